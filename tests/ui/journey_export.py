"""The journeys' last step: File ▸ Export workbook as a user does it, and the
ranking the exported workbook computes once recalculated."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog

from tests.core.excel_helpers import recalculate

TIMEOUT = 60000


def export_from_window(qtbot, monkeypatch, window, target):
    """Export through the window's action (the save dialog answered with
    ``target``); returns the recalculated values and the workbook."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    window.act_export_workbook.trigger()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    return recalculate(target), openpyxl.load_workbook(target)


def summary_ranking(values, wb) -> dict[str, tuple[float, float]]:
    """``"vendor／plan"`` → (score, total) of the 概要 sheet's ranked rows, recalculated."""
    summary = wb.worksheets[0]
    assert summary.title == "概要"
    exported = {}
    for row in range(1, summary.max_row + 1):
        label = summary.cell(row=row, column=2).value
        if isinstance(summary.cell(row=row, column=1).value, int) and isinstance(label, str) and "／" in label:
            exported[label] = (values[("概要", f"C{row}")], values[("概要", f"D{row}")])
    return exported
