"""Issue 13: while a what-if slider is held down the chart on screen is a
draft (no antialiasing, no table; the ranking follows every move) and on the
release it is drawn in full with the newest figures.  The speed itself is
measured by ``benchmarks/bench_results_latency.py --drag``."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from tests.ui.results_page import TIMEOUT, open_results, settle


@pytest.fixture
def view(qtbot):
    return open_results(qtbot)


def handle_centre(slider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    rect = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                         QStyle.SubControl.SC_SliderHandle, slider)
    return rect.center()


def press(qtbot, slider):
    """The mouse pressed on the slider's handle, as a drag begins."""
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle_centre(slider))
    assert slider.isSliderDown()


def release(qtbot, slider):
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=handle_centre(slider))
    assert not slider.isSliderDown()


def antialiased(chart) -> set[bool]:
    return {item.opts["antialias"] for item in chart.plot.scene().items()
            if isinstance(item, pg.PlotCurveItem | pg.PlotDataItem)}


def test_monthly_chart_is_a_draft_while_held_and_full_on_release(qtbot, view):
    chart = view.monthly
    view.tabs.setCurrentWidget(chart)
    table_before = chart.table.rows()
    assert antialiased(chart) == {True}
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    slider.setSliderPosition(200)  # what a drag of the handle does
    settle(qtbot, view)
    assert "200" in view.status.text()  # the ranking and the status follow while held
    sim = view.results.sim
    qtbot.waitUntil(lambda: list(chart.curves[0].getData()[1]) == pytest.approx(list(sim.monthly_cost[0])),
                    timeout=TIMEOUT)
    assert chart.draft and antialiased(chart) == {False}
    assert chart.table.rows() == table_before  # the table waits for the release
    release(qtbot, slider)
    settle(qtbot, view)
    qtbot.waitUntil(lambda: not chart.draft and chart.table.rows() != table_before, timeout=TIMEOUT)
    assert antialiased(chart) == {True}
    total = chart.table.rows()[-1]  # the horizon totals of the 200 % figures
    assert total[2:] == pytest.approx([float(v) for v in view.results.sim.total])
    assert view.results.whatif.volume == 2.0


def test_risk_rows_keep_their_order_while_held_and_sort_on_release(qtbot, view):
    chart = view.risk
    view.tabs.setCurrentWidget(chart)
    before = list(chart.order)
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    for value in (150, 220, 300):
        slider.setSliderPosition(value)
        settle(qtbot, view)
    sim = view.results.sim
    qtbot.waitUntil(lambda: chart.ranges.get(before[0], (0,))[0] == pytest.approx(float(sim.risk_p50[before[0]])),
                    timeout=TIMEOUT)
    assert chart.order == before
    release(qtbot, slider)
    qtbot.waitUntil(lambda: not chart.draft, timeout=TIMEOUT)
    settle(qtbot, view)
    sim = view.results.sim
    assert chart.order == sorted(range(len(sim.candidates)), key=lambda c: -float(sim.risk_p90[c]))
    assert chart.order != before  # at 300 % the order differs: it was kept only while held
    for c, (p50, p90, p95, mean) in chart.ranges.items():
        assert (p50, p90, p95, mean) == pytest.approx(
            (sim.risk_p50[c], sim.risk_p90[c], sim.risk_p95[c], sim.risk_mean[c]))


def test_value_points_move_while_held_and_are_redrawn_on_release(qtbot, view):
    chart = view.value
    view.tabs.setCurrentWidget(chart)
    spots = {c: drawn[0] for c, drawn in chart._drawn.items()}
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    slider.setSliderPosition(250)
    settle(qtbot, view)
    expected = {v.candidate: float(v.cost) for v in view.results.ranking.value_for_money}
    qtbot.waitUntil(lambda: sorted(p[1] for p in chart.points) == pytest.approx(sorted(expected.values())),
                    timeout=TIMEOUT)
    for c, cost, score, _pareto in chart.points:  # each point and its name drawn where its figures are
        spot, text, cost0, score0 = chart._drawn[c]
        assert spot.pos().x() + cost0 == pytest.approx(cost) and spot.pos().y() + score0 == pytest.approx(score)
        assert (text.pos().x(), text.pos().y()) == pytest.approx((cost, score))
    assert {c: drawn[0] for c, drawn in chart._drawn.items()} == spots  # moved, not drawn again
    release(qtbot, slider)
    qtbot.waitUntil(lambda: not chart.draft, timeout=TIMEOUT)
    settle(qtbot, view)
    assert all(chart._drawn[c][0] is not spots[c] for c in spots)
    for c, cost, score, _pareto in chart.points:  # drawn afresh at the figures themselves
        spot, _text, cost0, score0 = chart._drawn[c]
        assert (spot.pos().x(), spot.pos().y()) == (0.0, 0.0) and (cost0, score0) == (cost, score)
