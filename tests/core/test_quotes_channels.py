"""The quote template asks for SPEC 7 (unit, rates by channel, seats, phases, premiums)
and the round trip template → filled as a vendor would → import → export → LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from tests.core.excel_helpers import close, fill, quote_sheet, rows_by_key, small_project
from vendorpick.errors import InputError
from vendorpick.excel.export import build_workbook, export_workbook
from vendorpick.excel.quotes import import_quotes, write_template
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.scoring.rank import rank_project

VENDOR = {"vendor_name": "テスト・コンタクト株式会社"}
SCORES = {"security": 4, "rms": "はい", "hours": 4, "quality": 3, "flexibility": 4, "backup": 3, "qa": 3,
          "reports": 4, "first_response_min": 60}
# billed by the minute, each contact rounded up; ¥40 a minute, phone ¥60; a 25 % night premium;
# weekday daytime first, every band from April (a staged roll-out)
PER_MINUTE = {
    "name": "分単位プラン", "tax_included": "いいえ", "unit": "分", "rounding": "はい", "rate": 40,
    "rate:phone": "60円", "cover_weekday_day": "はい", "cover_weekday_night": "はい", "cover_holiday_day": "はい",
    "cover_holiday_night": "はい", "sur_weekday_night_premium": "+25%", "sur_holiday_night_premium": "25",
    "phase1_from": "2027-01", "phase1_bands": "平日日中", "phase2_from": "2027年4月",
    "phase2_bands": "平日日中、平日夜間、土日祝日中、土日祝夜間",
}
# two dedicated seats at ¥250,000 a seat-month, weekday daytime, mail not handled
SEATS = {
    "name": "専任2席", "tax_included": "いいえ", "seats_count": 2, "seats_per_month": 250000,
    "cover_weekday_day": "はい", "cover_weekday_night": "いいえ", "cover_holiday_day": "いいえ",
    "cover_holiday_night": "いいえ", "handles:mail": "いいえ", "handles:chat": "いいえ",
}

PLAIN = {"name": "従量2", "tax_included": "いいえ", "rate": 300, "cover_weekday_day": "はい",
         "cover_weekday_night": "はい", "cover_holiday_day": "いいえ", "cover_holiday_night": "いいえ"}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    path = tmp_path_factory.mktemp("rt") / "quote.xlsx"
    project = demo_project()
    write_template(path, "ja", project)
    fill(path, VENDOR, [PER_MINUTE, SEATS], SCORES)
    new, summary = import_quotes(project, [path])
    return new, path


def _plan(project, name):
    return next(p for v in project.vendors for p in v.plans if p.name == name)


def test_template_asks_for_units_rates_by_channel_seats_and_phases(tmp_path):
    path = tmp_path / "t.xlsx"
    write_template(path, "ja", demo_project())
    ws = quote_sheet(openpyxl.load_workbook(path))
    rows = rows_by_key(ws)
    for key in ("unit", "rounding", "rate:phone", "rate:mail", "rate:chat", "rate:message", "handles:phone",
                "seats_count", "seats_per_month", "seats_per_hour", "phase1_from", "phase3_bands",
                "sur_weekday_night_premium", "included_contacts"):
        assert key in rows, key
    assert "sur_weekday_night_multiplier" not in rows
    assert ws.cell(rows["sur_weekday_night_premium"], 2).value == "平日夜間: 単価の割増率（%）"
    assert ws.cell(rows["rate:phone"], 2).value == "単価: 電話"
    # kept as typed: Excel would turn 2027-07 into a date and 25% into 0.25
    assert ws.cell(rows["phase1_from"], 4).number_format == "@"


def test_filled_template_imports_every_spec7_term(imported):
    project, _ = imported
    minute = _plan(project, "分単位プラン")
    assert (minute.unit, minute.rounding, minute.rate, minute.rates) == ("minute", "per_contact", 40, {"phone": 60})
    assert minute.surcharge("weekday_night").multiplier == 1.25
    assert minute.surcharge("holiday_night").multiplier == 1.25
    assert [(p.from_, p.coverage) for p in minute.phases] == [
        ("2027-01", ["weekday_day"]), ("2027-04", ["weekday_day", "weekday_night", "holiday_day", "holiday_night"])]
    assert minute.channels is None  # every channel handled
    seats = _plan(project, "専任2席")
    assert (seats.seats.count, seats.seats.per_seat_month, seats.seats.per_seat_hour) == (2, 250000, 0)
    # the demo's channels are message, mail and phone: mail answered "no", chat is not the project's
    assert sorted(seats.channels) == ["message", "phone"]


@pytest.mark.parametrize(("value", "fmt", "mult"), [("+25%", None, 1.25), ("25%", None, 1.25), (25, None, 1.25),
                                                    ("２５％", None, 1.25), (0.25, "0%", 1.25), ("0", None, 1.0),
                                                    ("+200%", None, 3.0)])
def test_a_premium_is_read_as_the_vendor_writes_it(tmp_path, value, fmt, mult):
    path = tmp_path / "p.xlsx"
    write_template(path, "ja", small_project())
    rows = fill(path, {"vendor_name": "割増社"}, [{**PLAIN, "sur_weekday_night_premium": value}])
    if fmt:
        wb = openpyxl.load_workbook(path)
        quote_sheet(wb).cell(rows["sur_weekday_night_premium"], 4).number_format = fmt
        wb.save(path)
    project, _ = import_quotes(small_project(), [path])
    assert _plan(project, "従量2").surcharge("weekday_night").multiplier == pytest.approx(mult)


def test_an_old_template_still_imports(tmp_path):
    """A template sent out before issue 16: the multiplier rows, no unit, seat, channel or phase rows."""
    path = tmp_path / "old.xlsx"
    write_template(path, "ja", small_project())
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    for r in range(2, ws.max_row + 1):
        key = ws.cell(r, 1).value
        if isinstance(key, str) and key.endswith("_premium"):
            ws.cell(r, 1).value = key.replace("_premium", "_multiplier")
        elif isinstance(key, str) and (key.startswith(("rate:", "handles:", "seats_", "phase"))
                                       or key in ("unit", "rounding")):
            ws.cell(r, 1).value = None
    wb.save(path)
    fill(path, {"vendor_name": "旧様式社"}, [{"name": "旧プラン", "tax_included": "いいえ", "included_contacts": 100,
                                            "rate": 300, "cover_weekday_day": "はい", "cover_weekday_night": "はい",
                                            "cover_holiday_day": "いいえ", "cover_holiday_night": "いいえ",
                                            "sur_weekday_night_multiplier": 1.25}])
    project, _ = import_quotes(small_project(), [path])
    plan = _plan(project, "旧プラン")
    assert plan.included == 100 and plan.surcharge("weekday_night").multiplier == 1.25 and plan.unit == "contact"


def test_a_phase_without_its_month_and_an_undeclared_channel_rate(tmp_path):
    path = tmp_path / "p.xlsx"
    write_template(path, "ja", small_project())
    rows = fill(path, {"vendor_name": "社"}, [{**PLAIN, "phase2_bands": "平日日中"}])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path])
    assert {(p.loc, p.code) for p in info.value.problems} == {(f"見積!D{rows['phase2_from']}", "xl_phase_from")}
    fill(path, None, [{"phase2_bands": None, "rate:phone": 500}])
    project, summary = import_quotes(small_project(), [path])  # small_project declares no channels
    assert _plan(project, "従量2").rates is None
    assert [(p.loc, p.code) for p in summary.ignored] == [(f"見積!D{rows['rate:phone']}", "xl_unknown_channel")]


def test_round_trip_seat_charges_by_hand(imported):
    project, _ = imported
    sim = simulate(project)
    i = [k for k, ref in enumerate(sim.candidates) if ref.plan == "専任2席"][0]
    # 2 seats × ¥250,000 a seat-month × 12 months, no seat-hour price
    assert sim.seat_cost[i] == pytest.approx(2 * 250000 * 12)
    assert sim.units[[k for k, ref in enumerate(sim.candidates) if ref.plan == "分単位プラン"][0]] == "minute"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_round_trip_recalculated_by_libreoffice_equals_the_engine(imported, tmp_path):
    project, _ = imported
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=200)
    path = tmp_path / "rt.xlsx"
    export_workbook(project, path, "ja", sim=sim, ranking=ranking)
    _, checks = build_workbook(project, "ja", sim=sim, ranking=ranking)
    out = tmp_path / "converted"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    wb = openpyxl.load_workbook(out / "rt.xlsx", data_only=True)
    bad = [(c.sheet, c.cell, c.formula, wb[c.sheet][c.cell].value, c.expected) for c in checks
           if not close(wb[c.sheet][c.cell].value, c.expected, rel=1e-7)]
    assert not bad, bad[:5]
    # the totals of the new quotes, recalculated, are the engine's
    monthly = wb["月別コスト"]
    for plan in ("分単位プラン", "専任2席"):
        i = [k for k, ref in enumerate(sim.candidates) if ref.plan == plan][0]
        row = next(r for r in range(6, monthly.max_row + 1) if monthly.cell(r, 3).value == plan)
        total_col = 4 + len(sim.months)
        assert monthly.cell(row, total_col).value == pytest.approx(sim.total[i], rel=1e-9)
    sheet = wb["チャネル・専任席"]
    seat_row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "専任2席")
    assert sheet.cell(seat_row, 8).value == pytest.approx(2 * 250000 * 12)
