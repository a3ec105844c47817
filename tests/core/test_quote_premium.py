"""Surcharge premiums in a filled quote template, read by the rules of the
window (vendorpick.premium): a bare decimal such as 1.25 is refused at its
cell with both readings, a factor written as such (1.25倍, ×1.25, 1.25x) is
the multiplier, 25 and +25% are +25 %, and 0.25 in a cell formatted as a
percentage (Excel shows 25%) is +25 % too."""

from __future__ import annotations

import openpyxl
import pytest

from tests.core.excel_helpers import address, fill, quote_sheet, small_project
from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.excel.quotes import import_quotes, write_template
from vendorpick.project.io import save

PLAIN = {"name": "従量2", "tax_included": "いいえ", "rate": 300, "cover_weekday_day": "はい",
         "cover_weekday_night": "はい", "cover_holiday_day": "いいえ", "cover_holiday_night": "いいえ"}
KEY = "sur_weekday_night_premium"


def _filled(tmp_path, value, fmt: str | None = None):
    """A template filled as a vendor would, ``value`` in the weekday-night premium
    cell (D); ``fmt`` is that cell's number format (the template's own is text, "@")."""
    path = tmp_path / "q.xlsx"
    write_template(path, "ja", small_project())
    rows = fill(path, {"vendor_name": "割増社"}, [{**PLAIN, KEY: value}])
    if fmt is not None:
        wb = openpyxl.load_workbook(path)
        quote_sheet(wb).cell(rows[KEY], 4).number_format = fmt
        wb.save(path)
    return path, rows


def _multiplier(path) -> float:
    project, _ = import_quotes(small_project(), [path])
    plan = next(p for v in project.vendors for p in v.plans if p.name == "従量2")
    return plan.surcharge("weekday_night").multiplier


@pytest.mark.parametrize(("value", "fmt", "multiplier"), [
    ("1.25倍", None, 1.25), ("１．２５倍", None, 1.25), ("×1.25", None, 1.25), ("1.25x", None, 1.25),
    ("X1.5", None, 1.5), ("2倍", None, 2.0),
    (25, "General", 1.25), (25, None, 1.25), ("25", None, 1.25), ("+25%", None, 1.25), ("25%増", None, 1.25),
    (0.25, "0%", 1.25), (0.25, "0.0%", 1.25), (0.125, "+0.0%", 1.125),
    (1.25, "0%", 2.25),  # a percentage cell showing 125 %: said explicitly, read as such
    ("+1.25", None, 1.0125), ("1.25%", None, 1.0125), (2, "General", 1.02), (0.5, "General", 1.005),
    ("2割増", None, 1.2), ("2割5分増し", None, 1.25), ("２割５分増し", None, 1.25),
])
def test_a_premium_cell_is_read_by_the_windows_rules(tmp_path, value, fmt, multiplier):
    path, _ = _filled(tmp_path, value, fmt)
    assert _multiplier(path) == pytest.approx(multiplier, abs=1e-12)


@pytest.mark.parametrize(("value", "fmt"), [(1.25, "General"), (1.25, None), ("1.25", None), ("１．２５", None),
                                            (1.5, "0.00"), (3.0 - 1e-9, "General")])
def test_a_bare_decimal_is_refused_at_its_cell_with_both_readings(tmp_path, value, fmt):
    """1.25 in a general cell would silently be +1.25 %, a plausible wrong number."""
    path, rows = _filled(tmp_path, value, fmt)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path])
    assert [(p.loc, p.code) for p in info.value.problems] == [(address(rows, KEY), "xl_premium_ambiguous")]


def test_the_ambiguity_message_names_the_cell_and_both_readings_in_both_languages(tmp_path, capsys):
    path, rows = _filled(tmp_path, 1.25, "General")
    project_file = tmp_path / "p.vendorpick.json"
    save(small_project(), project_file)
    before = project_file.read_bytes()
    cell = address(rows, KEY)
    texts = {}
    for lang in ("ja", "en"):
        assert main(["import", str(project_file), str(path), "--lang", lang]) == 2
        out = capsys.readouterr()
        assert "Traceback" not in out.err and out.out == ""
        texts[lang] = out.err.strip()
        assert project_file.read_bytes() == before  # nothing imported
    assert texts["en"] == (f'{cell}: "1.25" is ambiguous: a premium of 1.25% or 1.25 × the price (+25%)? '
                           "Write +25% or 1.25倍 for 1.25 × the price, or +1.25% for a premium of 1.25%")
    assert texts["ja"].startswith(f"{cell}: ")
    for part in ("+25%", "1.25倍", "+1.25%", "1.25%"):
        assert part in texts["ja"]
    assert "割増" in texts["ja"] and "倍" in texts["ja"]


@pytest.mark.parametrize(("value", "fmt", "code"), [
    ("0.8倍", None, "xl_premium_discount"), ("×4", None, "xl_premium_high"), (-0.1, "0%", "xl_premium_discount"),
    (2.5, "0%", "xl_premium_high"), ("5分増", None, "xl_premium"), ("1.25%倍", None, "xl_premium"),
    ("倍", None, "xl_premium"), ("1.25増", None, "xl_premium_ambiguous"),
])
def test_a_factor_or_percentage_out_of_range_is_refused(tmp_path, value, fmt, code):
    path, rows = _filled(tmp_path, value, fmt)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path])
    assert [(p.loc, p.code) for p in info.value.problems] == [(address(rows, KEY), code)]
