"""A dedicated-seat quote entered in Japanese through the real widgets, from
the demo project to the exported workbook (issues 15 and 16).

Demo project (channels R-Messe/mail/phone, a per-minute plan, seat plans,
service levels) → Vendors page: a new plan of the first vendor, quote kind
「専任席（席・時間）」, 2 seats at 300,000 yen a seat-month → Results page:
the ranking on screen is a fresh engine run's, the new plan's total is
12 × 2 × 300,000 plus the engine's in-house cost of what it leaves → the
response-time tab shows the engine's shares for it → the workbook, after
recalculation by ``formulas``, has the screen's totals and the engine's seat
charges on the channels sheet.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("formulas")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.journey_export import export_from_window, summary_ranking  # noqa: E402
from tests.ui.keyboard import type_into  # noqa: E402
from tests.ui.test_shell import env, make_window  # noqa: E402, F401
from vendorpick.formatting import percent  # noqa: E402
from vendorpick.i18n import _  # noqa: E402
from vendorpick.results import WhatIf, compute, ranking_rows  # noqa: E402
from vendorpick.ui.views import PAGES  # noqa: E402

TIMEOUT = 60000
LEFT = Qt.MouseButton.LeftButton
PAGE = {spec.key: n for n, spec in enumerate(PAGES)}
PLAN = "専任2席"


def settle(qtbot, page):
    qtbot.waitUntil(lambda: page.results is not None and page.results.complete and not page.service.pending,
                    timeout=TIMEOUT)


def click_row(qtbot, view, row):
    view.scrollTo(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.model().index(row, 0)).center())


def test_a_dedicated_seat_quote_from_the_demo_to_the_workbook(make_window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    window = make_window(lang="ja")
    document = window.document
    assert window.windowTitle().startswith("デモプロジェクト")
    assert [c.id for c in document.project.forecast.channels] == ["message", "mail", "phone"]

    # ---- 1. Vendors page: a new plan of the first vendor, 2 dedicated seats at 300,000 yen a month
    window.show_page(PAGE["vendors"])
    vendors = window.page("vendors")
    editor, billing = vendors.plan_editor, vendors.plan_editor.billing
    click_row(qtbot, vendors.vendor_view, 0)
    assert vendors.current_vendor() == 0
    vendor = document.project.vendors[0].name
    plans_before = len(document.project.vendors[0].plans)
    qtbot.mouseClick(vendors.plan_buttons[0], LEFT)  # 「プランを追加」
    assert len(document.project.vendors[0].plans) == plans_before + 1
    assert vendors.current_plan() == plans_before
    type_into(qtbot, editor.name_edit, PLAN)
    assert "専任席" in editor.seats_radio.text()
    qtbot.mouseClick(editor.seats_radio, LEFT)
    assert editor.kind() == "dedicated" and billing.seats_box.isVisible()
    type_into(qtbot, billing.seat_fields["count"], "2")
    type_into(qtbot, billing.seat_fields["per_seat_month"], "300,000")
    plan = document.project.vendors[0].plans[plans_before]
    assert plan.name == PLAN and plan.seats.count == 2 and plan.seats.per_seat_month == 300000
    assert plan.seats.per_seat_hour == 0

    # ---- 2. Results page: the ranking is the engine's; the new plan's total is its seats plus what it leaves
    window.show_page(PAGE["results"])
    results = window.page("results")
    settle(qtbot, results)
    fresh = compute(document.project, WhatIf(), sensitivity=False)
    expected = [row[:5] for row in ranking_rows(fresh)]
    shown = [row[:5] for row in results.ranking.visible_rows()]
    assert [r[:3] for r in shown] == [r[:3] for r in expected]
    for got, want in zip(shown, expected, strict=True):
        assert got[3] == pytest.approx(want[3], abs=1e-9) and got[4] == pytest.approx(want[4], rel=1e-12)
    sim = fresh.sim
    i = next(k for k, ref in enumerate(sim.candidates) if (ref.vendor, ref.plan) == (vendor, PLAN))
    assert len(sim.months) == 12
    assert sim.seat_cost[i] == pytest.approx(12 * 2 * 300000)
    assert sim.vendor_cost[i] == pytest.approx(12 * 2 * 300000)
    new_total = next(r[4] for r in shown if (r[1], r[2]) == (vendor, PLAN))
    assert new_total == pytest.approx(12 * 2 * 300000 + float(sim.uncovered_cost[i]), rel=1e-12)
    assert new_total == pytest.approx(float(sim.total[i]), rel=1e-12)

    # ---- 3. the 応答時間 tab: the new plan's shares are the engine's, channel by channel
    tabs = results.tabs
    index = tabs.indexOf(results.service_levels)
    assert tabs.tabText(index).replace("&", "").startswith("応答時間")
    qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentWidget() is results.service_levels
    panel = results.service_levels
    service = sim.service.candidates[i]
    table = panel.table
    assert panel.channel.count() == len(service) > 0
    for n in range(panel.channel.count()):
        panel.channel.setCurrentIndex(n)
        cid = panel.channel.itemData(n)
        figures = service[cid]
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().endswith(PLAN)
                   and vendor in table.item(r, 0).text())
        shares = [table.item(row, c).text() for c in range(1, 2 + len(figures.months))]
        want = [figures.share, *figures.months]
        assert shares == ["—" if s is None else percent(s, 1) for s in want]

    # ---- 4. export: the recalculated totals are the screen's; the channels sheet has the engine's seat charges
    values, wb = export_from_window(qtbot, monkeypatch, window, tmp_path / "比較.xlsx")
    exported = summary_ranking(values, wb)
    assert len(exported) == len(shown)
    for _rank, v, p, _score, total in shown:
        assert exported[f"{v}／{p}"][1] == pytest.approx(total, abs=0.01)

    heading = _("ja", "Seat charges (horizon)")
    found = [(ws, r, c) for ws in wb.worksheets for r in range(1, min(ws.max_row, 40) + 1)
             for c in range(1, 9) if ws.cell(row=r, column=c).value == heading]
    assert len(found) == 1, "the channels sheet's seat-charges column"
    ws, head, column = found[0]
    seat_rows = {(ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value): ws.cell(row=r, column=column).value
                 for r in range(head + 1, ws.max_row + 1)}
    assert seat_rows[(vendor, PLAN)] == pytest.approx(float(sim.seat_cost[i]))
    assert seat_rows[(vendor, PLAN)] == pytest.approx(12 * 2 * 300000)
    document.undo_stack.clear()
