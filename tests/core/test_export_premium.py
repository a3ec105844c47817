"""The workbook's Quotes sheet shows surcharges as the user typed them, a
percentage premium (+25%), not the multiplier the file keeps (1.25)."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from tests.core.excel_helpers import fill, small_project
from vendorpick.excel.export import build_workbook
from vendorpick.excel.quotes import import_quotes, write_template

SURCHARGES = {"weekday_night": {"multiplier": 1.25}, "holiday_day": {"multiplier": 1.125, "monthly": 10000},
              "holiday_night": {"multiplier": 1.0, "per_contact": 30}}
#: (band header in ja, in en, the cell's value, its number format, as Excel and LibreOffice show it)
EXPECTED = [("平日夜間: 割増率", "Weekday night: premium", 0.25, "+0%;-0%;0%", "+25%"),
            ("土日祝日中: 割増率", "Holiday day: premium", 0.125, "+0.0%;-0.0%;0%", "+12.5%"),
            ("土日祝夜間: 割増率", "Holiday night: premium", 0.0, "+0%;-0%;0%", "0%")]


def _project():
    plans = [{"name": "従量", "rate": 300, "coverage": ["weekday_day", "weekday_night", "holiday_day", "holiday_night"],
              "surcharges": SURCHARGES}]
    return small_project(vendors=[{"name": "既存社", "scores": {"security": 4, "rms": True}, "plans": plans}])


def _quotes(wb, lang):
    return wb["見積条件" if lang == "ja" else "Quotes"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_surcharges_are_premiums_with_a_percentage_format(lang):
    wb, _ = build_workbook(_project(), lang)
    ws = _quotes(wb, lang)
    heads = [c.value for c in ws[3]]
    assert not any("multiplier" in str(h) or "倍率" in str(h) for h in heads)
    for ja, en, value, fmt, _shown in EXPECTED:
        column = heads.index(ja if lang == "ja" else en) + 1
        cell = ws.cell(row=4, column=column)
        assert cell.value == pytest.approx(value, abs=1e-12) and cell.number_format == fmt
    # the per-contact and monthly parts beside it are unchanged
    assert ws.cell(row=4, column=heads.index("Holiday day: monthly option" if lang == "en" else
                                            "土日祝日中: 月額オプション") + 1).value == 10000


def test_no_formula_reads_the_quotes_sheet():
    """The premiums are shown, not computed from: no formula of any sheet refers to
    the Quotes sheet, so showing 0.25 instead of 1.25 changes no figure."""
    for lang in ("ja", "en"):
        wb, checks = build_workbook(_project(), lang)
        name = _quotes(wb, lang).title
        formulas = [c.value for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
        assert formulas and checks
        assert not [f for f in formulas if name in str(f)]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_premium_as_typed(tmp_path):
    wb, _ = build_workbook(_project(), "ja")
    sheet = wb.sheetnames.index("見積条件") + 1
    path = tmp_path / "q.xlsx"
    wb.save(path)
    # the CSV filter's options: comma, quote, UTF-8, from line 1, cells as shown (formatted), … , that sheet only
    options = f"44,34,76,1,,0,false,true,true,false,false,{sheet}"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=120)
    (out,) = tmp_path.glob("q*.csv")
    rows = list(csv.reader(out.open(encoding="utf-8")))
    heads, first = rows[2], rows[3]
    assert [first[heads.index(ja)] for ja, *_rest in EXPECTED] == [shown for *_rest, shown in EXPECTED]


def test_a_factor_typed_in_the_template_comes_out_as_a_premium(tmp_path):
    """Template → 「×1.25」 as a vendor writes it → import → the Quotes sheet shows +25%."""
    path = tmp_path / "q.xlsx"
    write_template(path, "en", small_project())
    fill(path, {"vendor_name": "Factor Inc."}, [
        {"name": "Night", "tax_included": "no", "rate": 300, "cover_weekday_day": "yes", "cover_weekday_night": "yes",
         "cover_holiday_day": "no", "cover_holiday_night": "no", "sur_weekday_night_premium": "×1.25"}],
        {"security": 3, "rms": "yes"})
    project, _ = import_quotes(small_project(), [path])
    wb, _ = build_workbook(project, "en")
    ws = wb["Quotes"]
    heads = [c.value for c in ws[3]]
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(row=r, column=1).value == "Factor Inc.")
    cell = ws.cell(row=row, column=heads.index("Weekday night: premium") + 1)
    assert (cell.value, cell.number_format) == (pytest.approx(0.25), "+0%;-0%;0%")
