"""Issue 13: while a what-if slider is held the results page does less on the
GUI thread (the ranking's cells change in place, its columns keep their widths,
tabs not on screen wait until they are opened).  None of it may leave a stale
figure: once the slider is released every view shows the engine's figures for
the final setting, and a tab opened after the drag shows them too.  (The speed
is measured by ``benchmarks/bench_results_latency.py --drag``.)"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.results_page import TIMEOUT, open_results, settle  # noqa: E402
from tests.ui.test_whatif_drag import press, release  # noqa: E402
from vendorpick.formatting import number  # noqa: E402
from vendorpick.results import WhatIf, compute, ranking_rows  # noqa: E402
from vendorpick.ui.charts.base import yen_full  # noqa: E402

DRAWS = 300


@pytest.fixture
def view(qtbot):
    return open_results(qtbot, draws=DRAWS)


def engine(view, volume: float):
    """The figures the engine computes for the project at ``volume`` (same seed, same draws)."""
    return compute(view.document.project, WhatIf(volume=volume), draws=DRAWS)


def drag(qtbot, view, values, wait_each: bool = True):
    """Hold the volume slider, move it through ``values`` (results arriving between
    moves when ``wait_each``), and release it."""
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    for value in values:
        slider.setSliderPosition(value)
        if wait_each:
            settle(qtbot, view)
    release(qtbot, slider)
    settle(qtbot, view)


def table_cells(view) -> list[list[str]]:
    """The ranking's texts as the table shows them (its sort order), rank to total."""
    proxy = view.ranking.proxy
    return [[proxy.data(proxy.index(r, c)) for c in range(5)] for r in range(proxy.rowCount())]


def assert_ranking_is(view, expected) -> None:
    rows = ranking_rows(expected)
    shown = view.ranking.visible_rows()
    assert [r[:3] for r in shown] == [r[:3] for r in rows]
    for got, want in zip(shown, rows, strict=True):
        assert got[3:10] == pytest.approx(want[3:10])
    assert table_cells(view) == [[str(r[0]), r[1], r[2], number(r[3], 1), yen_full(r[4], "ja")] for r in rows]
    assert "…" not in {view.ranking.proxy.data(view.ranking.proxy.index(r, 8))
                       for r in range(view.ranking.proxy.rowCount())}  # the second pass is shown too
    assert rows[0][1] in view.status.text()  # the best candidate, in the page's header
    volume = f"{100 * expected.whatif.volume:.0f}%"
    assert (volume in view.status.text()) == expected.whatif.active


def fitted_widths(view) -> list[int]:
    table = view.ranking.table
    return [table.columnWidth(c) for c in range(view.ranking.model.columnCount())]


def test_after_a_held_drag_the_ranking_shows_the_final_figures_and_fitted_columns(qtbot, view):
    widths = fitted_widths(view)
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    for value in (150, 300):
        slider.setSliderPosition(value)
        settle(qtbot, view)
        # the figures follow while held; the columns keep their widths until the release
        assert_ranking_is(view, engine(view, value / 100))
        assert fitted_widths(view) == widths
    slider.setSliderPosition(255)
    release(qtbot, slider)
    settle(qtbot, view)
    assert_ranking_is(view, engine(view, 2.55))
    after = fitted_widths(view)
    view.ranking._size_columns()  # fitting them again to what is shown changes nothing: they were fitted
    assert fitted_widths(view) == after
    assert after != widths  # ¥ totals at 255 % are wider than at 100 %


def test_the_selected_candidate_stays_selected_while_the_ranking_changes(qtbot, view):
    table, proxy = view.ranking.table, view.ranking.proxy
    last = proxy.rowCount() - 1
    table.setCurrentIndex(proxy.index(last, 1))
    chosen = view.ranking.visible_rows()[last][1:3]
    for key, slider in view.whatif_panel.weight_sliders.items():  # cost only: another order
        slider.setValue(100 if key == "cost" else 0)
    settle(qtbot, view)
    rows = view.ranking.visible_rows()
    current = table.currentIndex()
    assert rows[current.row()][1:3] == chosen
    assert view.ranking.details.text().startswith(f"{chosen[0]} / {chosen[1]}")
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))  # still sorted by rank


def test_monthly_chart_shows_the_final_figures_after_the_release(qtbot, view):
    chart = view.monthly
    view.tabs.setCurrentWidget(chart)
    drag(qtbot, view, (200, 300, 120, 180))
    qtbot.waitUntil(lambda: not chart.draft, timeout=TIMEOUT)
    settle(qtbot, view)
    sim = engine(view, 1.8).sim
    assert view.results.whatif.volume == 1.8
    for c, curve in chart.curves.items():
        assert list(curve.getData()[1]) == pytest.approx([float(v) for v in sim.monthly_cost[c]])
        points = chart.points[c]
        assert points.isVisible()  # hidden while held, back with their tips
        assert list(points.getData()[1]) == pytest.approx([float(v) for v in sim.monthly_cost[c]])
        tips = [p.data() for p in points.points()]
        assert all(yen_full(float(v), "ja") in tip for v, tip in zip(sim.monthly_cost[c], tips, strict=True))
    top = max(float(sim.monthly_cost.max()), view.document.project.settings.monthly_budget or 0.0)
    assert chart.plot.getPlotItem().getViewBox().viewRange()[1][1] == pytest.approx(top * 1.05)  # not the 300 % axis
    assert chart.table.rows()[-1][2:] == pytest.approx([float(v) for v in sim.total])


@pytest.mark.parametrize("start", ["monthly", "ranking"])
def test_a_tab_opened_after_the_drag_shows_the_final_figures(qtbot, view, start):
    view.tabs.setCurrentWidget(getattr(view, start))
    drag(qtbot, view, (140, 260, 230), wait_each=False)
    expected = engine(view, 2.3)
    view.tabs.setCurrentWidget(view.ranking)
    assert_ranking_is(view, expected)
    view.tabs.setCurrentWidget(view.risk)
    sim = expected.sim
    for c, (p50, p90, p95, mean) in view.risk.ranges.items():
        assert (p50, p90, p95, mean) == pytest.approx(
            (sim.risk_p50[c], sim.risk_p90[c], sim.risk_p95[c], sim.risk_mean[c]))
    view.tabs.setCurrentWidget(view.monthly)
    for c, curve in view.monthly.curves.items():
        assert list(curve.getData()[1]) == pytest.approx([float(v) for v in sim.monthly_cost[c]])
    view.tabs.setCurrentWidget(view.value)
    costs = {v.candidate: float(v.cost) for v in expected.ranking.value_for_money}
    assert sorted(p[1] for p in view.value.points) == pytest.approx(sorted(costs.values()))


def test_reset_after_a_held_drag_leaves_no_what_if_figure_on_any_tab(qtbot, view):
    view.tabs.setCurrentWidget(view.monthly)
    drag(qtbot, view, (220, 280))
    qtbot.mouseClick(view.whatif_panel.reset_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    project = engine(view, 1.0)
    assert not view.results.whatif.active
    view.tabs.setCurrentWidget(view.ranking)
    assert_ranking_is(view, project)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    for c, curve in view.monthly.curves.items():
        assert list(curve.getData()[1]) == pytest.approx([float(v) for v in project.sim.monthly_cost[c]])


def test_garbage_is_not_collected_while_a_slider_is_held(qtbot, view, qapp):
    """A full collection is a long frame of its own: the window's collector
    (a timer in the GUI thread) waits while a slider is held and resumes on the release."""
    from vendorpick.ui.garbage import collect_garbage_in_gui_thread

    timer = collect_garbage_in_gui_thread().timer
    assert timer.isActive()
    slider = view.whatif_panel.volume
    press(qtbot, slider)
    slider.setSliderPosition(190)
    settle(qtbot, view)
    assert not timer.isActive()
    release(qtbot, slider)
    assert timer.isActive() and timer.interval() == 1000


def test_risk_and_value_axes_fit_the_final_figures_after_the_release(qtbot, view):
    """While held, their axes only widen (a draft); on the release they fit the final figures."""
    view.tabs.setCurrentWidget(view.risk)
    drag(qtbot, view, (300, 120))
    qtbot.waitUntil(lambda: not view.risk.draft, timeout=TIMEOUT)
    settle(qtbot, view)
    sim = engine(view, 1.2).sim
    lo = min(min(float(sim.risk_p50[c]), float(sim.risk_mean[c])) for c in view.risk.ranges)
    hi = max(max(float(sim.risk_p95[c]), float(sim.risk_mean[c])) for c in view.risk.ranges)
    box = view.risk.plot.getPlotItem().getViewBox()

    def fitted():
        x0, x1 = box.viewRange()[0]
        return x0 <= lo and x1 >= hi and x1 - x0 <= 1.3 * (hi - lo)

    qtbot.waitUntil(fitted, timeout=TIMEOUT)  # not the 300 % axis
    view.tabs.setCurrentWidget(view.value)
    drag(qtbot, view, (290, 110))
    qtbot.waitUntil(lambda: not view.value.draft, timeout=TIMEOUT)
    settle(qtbot, view)
    costs = {v.candidate: float(v.cost) for v in engine(view, 1.1).ranking.value_for_money}
    assert sorted(p[1] for p in view.value.points) == pytest.approx(sorted(costs.values()))
    (x0, x1), (y0, y1) = view.value.plot.getPlotItem().getViewBox().viewRange()
    assert (x0, x1, y0, y1) == pytest.approx([*view.value._range()[0], *view.value._range()[1]])
