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
