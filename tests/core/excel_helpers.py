"""Helpers for the Excel tests: small hand-built projects and template filling."""

from __future__ import annotations

import openpyxl

from vendorpick.excel.quote_layout import MARKER
from vendorpick.project.io import parse_project


def small_project(**overrides) -> object:
    data = {
        "format": "vendorpick/1",
        "name": "テスト",
        "start": "2027-01",
        "months": 3,
        "forecast": {"base_monthly_contacts": 620},
        "vendors": [
            {"name": "既存社", "scores": {"security": 4, "rms": True},
             "plans": [{"name": "従量", "rate": 300}]},
        ],
        "criteria": [
            {"id": "cost", "name": "費用", "kind": "cost", "weight": 60},
            {"id": "security", "name": "セキュリティ", "kind": "rating", "weight": 30},
            {"id": "rms", "name": "RMS", "kind": "yes_no", "weight": 10},
        ],
        "settings": {"scenarios": 200},
    }
    data.update(overrides)
    return parse_project(data)


def quote_sheet(wb):
    return next(ws for ws in wb.worksheets if ws.cell(row=1, column=1).value == MARKER)


def rows_by_key(ws) -> dict[str, int]:
    return {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value}


def fill(path, vendor: dict | None = None, plans: list[dict] | None = None, scores: dict | None = None, out=None):
    """Fill the template at ``path`` (keys of the layout) and save it to ``out``."""
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    rows = rows_by_key(ws)
    for key, value in (vendor or {}).items():
        ws.cell(row=rows[key], column=4).value = value
    for i, plan in enumerate(plans or []):
        for key, value in plan.items():
            ws.cell(row=rows[key], column=4 + i).value = value
    for cid, value in (scores or {}).items():
        ws.cell(row=rows["score:" + cid], column=4).value = value
    wb.save(out or path)
    return rows


def address(rows, key, plan_index=0, sheet="見積") -> str:
    return f"{sheet}!{'DEFGH'[plan_index]}{rows[key]}"


def recalculate(path) -> dict[tuple[str, str], object]:
    """Every formula cell of the workbook recalculated by the ``formulas``
    package: ``{(SHEET, "C5"): value}`` (sheet names upper-cased)."""
    import formulas

    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    out = {}
    for key, ranges in solution.items():
        ref = key.split("]", 1)[-1]
        sheet, _, cell = ref.rpartition("!")
        if ":" in cell or not sheet:
            continue
        value = getattr(ranges, "value", ranges)
        try:
            value = value[0][0]
        except (TypeError, IndexError):
            pass
        out[(sheet.strip("'").upper(), cell.upper())] = value


    return out


def close(value, expected, rel=1e-9, abs_=1e-6) -> bool:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return False
    return abs(value - expected) <= max(abs_, rel * abs(expected))


def scoring_project(weighting: dict | None = None, method: str = "weighted_sum", hostile: bool = False):
    """Four vendors with every criterion kind, one excluded by a must-have."""
    names = ["=HYPERLINK(\"http://evil\",\"x\")", "+81 サポート", "-minus社", "@at社"] if hostile \
        else ["A社", "B社", "C社", "D社"]
    vendors = [
        {"name": names[0], "scores": {"security": 5, "speed": 30, "rms": True, "ops": 12},
         "notes": "=1+1" if hostile else "",
         "plans": [{"name": "\tタブ" if hostile else "固定", "monthly_fee": 50000, "included_contacts": 150,
                    "rate": 350, "setup_fee": 30000,
                    "surcharges": {"holiday_night": {"multiplier": 1.5, "monthly": 10000}},
                    "notes": "\r=cmd|' /C calc'!A0" if hostile else ""},
                   {"name": "従量", "rate": 300, "coverage": ["weekday_day", "holiday_day"]}]},
        {"name": names[1], "scores": {"security": 3, "speed": 60, "rms": True, "ops": 20},
         "plans": [{"name": "段階", "tiers": [{"up_to": 300, "rate": 380}, {"up_to": None, "rate": 250}],
                    "minimum_monthly_charge": 60000, "tax_included": True}]},
        {"name": names[2], "scores": {"security": 2, "speed": 20, "rms": True, "ops": 8},
         "plans": [{"name": "格安", "rate": 200}]},
        {"name": names[3], "scores": {"security": 4, "speed": 45, "rms": False, "ops": 0},
         "plans": [{"name": "標準", "monthly_fee": 30000, "included_contacts": 100, "rate": 320}]},
    ]
    criteria = [
        {"id": "cost", "name": "費用", "kind": "cost", "weight": 40},
        {"id": "security", "name": "セキュリティ", "kind": "rating", "weight": 20, "must_min": 3},
        {"id": "speed", "name": "初回返信（分）", "kind": "number", "direction": "cost", "weight": 15},
        {"id": "ops", "name": "担当者数", "kind": "number", "direction": "benefit", "weight": 10},
        {"id": "rms", "name": "RMS", "kind": "yes_no", "weight": 15},
        {"id": "risk", "name": "費用（P90）", "kind": "cost", "basis": "p90", "weight": 5},
    ]
    return parse_project({
        "format": "vendorpick/1", "name": "=テスト案件" if hostile else "テスト案件", "start": "2027-01", "months": 4,
        "forecast": {"base_monthly_contacts": 620,
                     "events": [{"name": "スーパーSALE", "start": "2027-03-04", "end": "2027-03-11", "multiplier": 2.5}]},
        "vendors": vendors, "criteria": criteria, "weighting": weighting or {"method": "direct"},
        "scoring": {"method": method},
        "settings": {"scenarios": 300, "in_house_cost_per_contact": 800, "monthly_budget": 250000},
    })
