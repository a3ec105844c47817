"""Every results chart draws the engine's figures."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vendorpick.pricing.simulate import monthly_cost_at  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.results import compute, sim_index  # noqa: E402
from vendorpick.ui.charts.base import candidate_colour, month_label, yen_short  # noqa: E402
from vendorpick.ui.charts.crossover import CrossoverChart  # noqa: E402
from vendorpick.ui.charts.monthly import MonthlyCostChart, event_span  # noqa: E402
from vendorpick.ui.charts.risk import RiskChart  # noqa: E402
from vendorpick.ui.charts.sensitivity import SensitivityChart  # noqa: E402
from vendorpick.ui.charts.value import ValueChart  # noqa: E402
from vendorpick.ui.views.results_peak import PeakPanel  # noqa: E402


@pytest.fixture(scope="module")
def results():
    return compute(demo_project(), draws=500)


def make(qtbot, cls, results):
    chart = cls("ja")
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.set_results(results)
    return chart


def test_monthly_chart_draws_monthly_cost(qtbot, results):
    chart = make(qtbot, MonthlyCostChart, results)
    sim = results.sim
    assert set(chart.curves) == set(range(len(sim.candidates)))
    for c, curve in chart.curves.items():
        xs, ys = curve.getData()
        np.testing.assert_allclose(xs, np.arange(len(sim.months)))
        np.testing.assert_allclose(ys, sim.monthly_cost[c])
    assert chart.budget_line is not None and chart.budget_line.value() == 200000
    tips = [spot.data() for spot in chart.points[0].points()]
    assert tips[0].endswith(f": {sim.monthly_cost[0, 0]:,.0f}円")  # hover value in yen
    assert "\n2027-01" in tips[0]
    for ref in sim.candidates:
        assert ref.plan in chart.legend.text()  # legend names every candidate
    names = [name for name, _, _ in chart.events]
    assert "楽天スーパーSALE（12月）" in names


def test_event_span_is_drawn_over_its_month():
    """Issue 10, point 11: a sale of 4–11 March is shaded over March's tick
    (x = 2), inside March's column, not left of the tick (read as February)."""
    import datetime as dt

    months = ["2027-01", "2027-02", "2027-03", "2027-04"]
    lo, hi = event_span(months, dt.date(2027, 3, 4), dt.date(2027, 3, 11))
    assert 1.5 < lo < 2 < hi < 2.5
    lo, hi = event_span(months, dt.date(2027, 2, 25), dt.date(2027, 3, 3))  # across two months: both
    assert 0.5 < lo < 1 and 2 < hi < 2.5
    assert event_span(months, dt.date(2028, 1, 1), dt.date(2028, 1, 2)) is None


def test_risk_chart_draws_percentiles(qtbot, results):
    chart = make(qtbot, RiskChart, results)
    sim = results.sim
    for c, (p50, p90, p95, mean) in chart.ranges.items():
        assert (p50, p90, p95, mean) == pytest.approx(
            (sim.risk_p50[c], sim.risk_p90[c], sim.risk_p95[c], sim.risk_mean[c]))
    assert len(chart.ranges) == len(sim.candidates)


def test_crossover_chart_draws_engine_costs_and_crossings(qtbot, results):
    chart = make(qtbot, CrossoverChart, results)
    project = results.project
    ranked = [sim_index(results.sim, r.candidate) for r in results.ranking.ranking][:3]
    assert sorted(chart.chosen()) == sorted(ranked)
    for c, (xs, ys) in chart.curves.items():
        np.testing.assert_allclose(ys, monthly_cost_at(project, c, np.asarray(xs)))
    engine = {(sim_index(results.sim, x.a), sim_index(results.sim, x.b)): x.monthly_contacts
              for x in results.sim.crossovers}
    assert chart.crossings
    for cross in chart.crossings:
        assert cross.monthly_contacts == pytest.approx(engine[(cross.a, cross.b)])
    assert "件" in chart.statements.text() or "contacts" in chart.statements.text()
    chart.set_chosen([0, 1])
    assert sorted(chart.curves) == [0, 1]


def test_value_chart_marks_pareto(qtbot, results):
    chart = make(qtbot, ValueChart, results)
    expected = [(sim_index(results.sim, v.candidate), v.cost, v.score, v.pareto)
                for v in results.ranking.value_for_money]
    assert chart.points == expected
    assert any(p[3] for p in chart.points)


def test_sensitivity_chart_draws_stability_and_price_to_win(qtbot, results):
    chart = make(qtbot, SensitivityChart, results)
    ranking = results.ranking
    for key, (low, high, current) in chart.intervals.items():
        assert (low, high) == pytest.approx(ranking.weight_stability[key])
        assert current == pytest.approx(ranking.weights[key])
    for r in ranking.ranking[1:]:
        assert chart.cuts[sim_index(results.sim, r.candidate)] == r.price_to_win


def test_peak_panel_shows_the_busiest_month(qtbot, results):
    panel = PeakPanel("ja")
    qtbot.addWidget(panel)
    panel.set_results(results)
    sim = results.sim
    k = int(np.argmax(sim.contacts))
    assert panel.chart.peak.index == k
    for c, cost in panel.chart.costs.items():
        assert cost == pytest.approx(sim.monthly_cost[c, k])
    panel.choose_month(sim.months[0])
    assert panel.chart.peak.index == 0
    assert panel.table.rowCount() == len(sim.candidates)


def test_every_chart_saves_png(qtbot, results, tmp_path):
    for cls in (MonthlyCostChart, RiskChart, CrossoverChart, ValueChart, SensitivityChart):
        chart = make(qtbot, cls, results)
        path = tmp_path / f"{cls.__name__}.png"
        assert chart.save_png(str(path))
        image = QImage(str(path))
        assert image.width() > 100 and image.height() > 100


def test_axis_labels():
    assert yen_short(1_234_567, "ja") == "123.5万円"
    assert yen_short(1_200_000, "en") == "¥1.2M"
    assert month_label("2027-01", "ja") == "2027年1月"
    assert month_label("2027-02", "ja") == "2月"


def test_failed_png_save_is_reported(qtbot, results, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from vendorpick.ui.charts import base

    shown = []
    monkeypatch.setattr(base, "show_message", lambda parent, kind, title, text: shown.append((kind, text)))
    target = tmp_path / "no such folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    chart = make(qtbot, ValueChart, results)
    qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)
    assert not target.exists()
    assert shown and shown[0][0] == "warning" and str(target) in shown[0][1]
    shown.clear()
    good = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(good), "")))
    qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)
    assert good.exists() and not shown


def test_event_months_keep_their_hover_values_and_name_the_event(qtbot, results):
    chart = make(qtbot, MonthlyCostChart, results)
    regions = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.LinearRegionItem)]
    assert regions and all(region.toolTip() == "" for region in regions)  # nothing hides the points' tooltips
    tips = [spot.data() for spot in chart.points[0].points()]
    march = results.sim.months.index("2027-03")
    assert "2027-03 · 楽天スーパーSALE（3月）: " in tips[march]
    assert tips[march].endswith(f"{results.sim.monthly_cost[0, march]:,.0f}円")


def test_scores_and_percentages_round_half_up_in_tooltips(qtbot, results):
    from vendorpick.formatting import percent

    project = demo_project()
    results = compute(project.model_copy(update={"criteria": [c for c in project.criteria if c.kind != "service"]}),
                      draws=500)  # the demo without its response-time criterion: the winner scores 86.25
    leader = results.ranking.ranking[0]
    assert leader.score == 86.25  # the demo's winner: 86.3, never Python's 86.2
    chart = make(qtbot, ValueChart, results)
    tips = [spot.data() for item in chart.plot.getPlotItem().items if isinstance(item, pg.ScatterPlotItem)
            for spot in item.points()]
    assert any(f"{leader.plan}\nスコア: 86.3\n" in tip or "Score: 86.3\n" in tip for tip in tips), tips
    assert not any("86.2" in tip for tip in tips)
    chart = make(qtbot, SensitivityChart, results)
    tips = [spot.data() for plot in (chart.weights_plot, chart.cut_plot) for item in plot.getPlotItem().items
            if isinstance(item, pg.ScatterPlotItem) for spot in item.points()]
    for low, high, current in chart.intervals.values():
        assert any(f"{percent(current)}\n" in tip and f"{percent(low)} – {percent(high)}" in tip for tip in tips)
    for cut in chart.cuts.values():
        if cut is not None:
            assert any(tip.endswith(percent(cut)) for tip in tips)


def shown(qtbot, chart, width=900, height=600):
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    QApplication.processEvents()
    image = chart.grab().toImage()  # what the screenshot shows (looked at while fixing)
    assert image.width() == width
    return chart


@pytest.mark.parametrize("width", [700, 1000])
def test_value_chart_labels_stay_inside_and_apart(qtbot, results, width):
    chart = shown(qtbot, make(qtbot, ValueChart, results), width)
    view = chart.plot.getPlotItem().getViewBox()
    inside = view.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    boxes = [label.mapRectToScene(label.boundingRect()) for label in chart.labels]
    assert len(boxes) == len(chart.points)
    for label, box in zip(chart.labels, boxes, strict=True):
        assert inside.contains(box), f"{label.toPlainText()} is cut off: {box} outside {inside}"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = a.intersected(b)
            assert overlap.width() * overlap.height() < 0.1 * a.width() * a.height()


def test_place_labels_moves_a_label_left_at_the_right_edge_and_off_its_neighbour():
    from vendorpick.ui.charts.value import place_labels

    view = (0.0, 0.0, 500.0, 300.0)
    assert place_labels([(480.0, 150.0)], [(120.0, 20.0)], view) == [(1.0, 1.0)]  # left of the point
    anchors = place_labels([(100.0, 150.0), (110.0, 152.0)], [(120.0, 20.0), (120.0, 20.0)], view)
    assert anchors[0] == (0.0, 1.0) and anchors[1] != (0.0, 1.0)


def test_peak_band_legend_does_not_cover_the_bars(qtbot, results):
    from vendorpick.results import peak_month
    from vendorpick.ui.charts.peak import PeakChart, band_names

    chart = PeakChart("ja")
    qtbot.addWidget(chart)
    chart.set_peak(results, peak_month(results.sim, 0))
    shown(qtbot, chart)
    assert chart.band_plot.getPlotItem().legend is None  # nothing drawn over the bars
    assert all(name in chart.band_legend.text() for name in band_names())
    assert chart.band_legend.isVisible()
    assert not chart.band_legend.geometry().intersects(chart.band_plot.geometry())


def test_break_even_chooser_text_is_readable(qtbot, results):
    chart = make(qtbot, CrossoverChart, results)
    yellow = [c for c in range(chart.chooser.count()) if candidate_colour(c).name().lower() == "#f0e442"]
    assert yellow  # the demo has a candidate in the palette's yellow
    for row in range(chart.chooser.count()):
        item = chart.chooser.item(row)
        assert item.data(Qt.ItemDataRole.ForegroundRole) is None  # the list's own (black) text
        assert not item.icon().isNull()  # the candidate's colour as a swatch
        colour = item.icon().pixmap(12, 12).toImage().pixelColor(6, 6)
        assert colour == candidate_colour(item.data(Qt.ItemDataRole.UserRole))


def test_excluded_candidates_are_marked_in_the_monthly_and_risk_charts(qtbot, results):
    """Issue 10, point 11: excluded candidates drawn dashed and named "(excluded)"."""
    from PySide6.QtCore import Qt

    from vendorpick.ui.charts.base import excluded_indices

    excluded = excluded_indices(results)
    assert excluded  # the demo excludes some candidates by its must-haves
    monthly = make(qtbot, MonthlyCostChart, results)
    for c, curve in monthly.curves.items():
        style = curve.opts["pen"].style()
        assert (style == Qt.PenStyle.DashLine) == (c in excluded)
    legend = monthly.legend.text()
    for c in excluded:
        ref = results.sim.candidates[c]
        assert f"{ref.vendor} / {ref.plan}" in legend
    assert legend.count("(excluded)") + legend.count("（除外）") == len(excluded)
    risk = make(qtbot, RiskChart, results)
    assert risk.excluded == excluded
    labels = [text for _pos, text in risk.left._tickLevels[0]]
    assert sum(t.endswith(("(excluded)", "（除外）")) for t in labels) == len(excluded)
    from PySide6.QtGui import QFontMetrics

    from vendorpick.ui.charts.base import chart_font

    widest = max(QFontMetrics(chart_font(8)).horizontalAdvance(t) for t in labels)
    assert risk.left.fixedWidth >= min(widest, 440)  # names not cut off
