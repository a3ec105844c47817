"""Risk: the P50–P90–P95 range of every candidate's horizon total."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from vendorpick.results import Results, candidate_label
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    candidate_colour,
    chart_font,
    excluded_indices,
    excluded_pen,
    excluded_suffix,
    hold_range,
    hover_points,
    label_axis,
    new_plot,
    yen_full,
)


class RiskChart(ChartPanel):
    """Horizontal ranges, one row per candidate (cheapest P90 at the top):
    a thick bar from P50 to P90, a thin line on to P95, a dot at the mean."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Risk"), lang, parent)
        self.note.setText(self.tr("Horizon total over the Monte Carlo scenarios: thick bar P50–P90, "
                                  "thin line to P95, dot = mean (tax excluded)."))
        self.left = label_axis("left", [])
        self.plot = new_plot({"left": self.left, "bottom": YenAxis("bottom", lang)}, self.tr("Horizon total"))
        self.body.addWidget(self.plot, 1)
        #: candidate index → (p50, p90, p95, mean), as drawn
        self.ranges: dict[int, tuple[float, float, float, float]] = {}
        self.order: list[int] = []
        self._key: tuple | None = None
        self._items: dict[int, tuple] = {}
        self.excluded: set[int] = set()

    def set_results(self, results: Results) -> None:
        """Draw ``results``; bars are updated in place while the candidates and
        their order stay the same."""
        sim = results.sim
        order = sorted(range(len(sim.candidates)), key=lambda c: -float(sim.risk_p90[c]))
        key = (tuple((r.vendor, r.plan) for r in sim.candidates), tuple(order),
               tuple(sorted(excluded_indices(results))))
        if key != self._key:
            if self.draft and self._key is not None and key[0] == self._key[0] and key[2] == self._key[2]:
                order = self.order  # while a what-if slider is held the rows keep their order (sorted on release)
            else:
                self._key = key
                self._rebuild(results, order)
        self.ranges = {}
        if self.draft:  # the bars move in a view that only widens: the axis is not redrawn at every move
            lo = min(min(float(sim.risk_p50[c]), float(sim.risk_mean[c])) for c in order) if order else 0.0
            hi = max(max(float(sim.risk_p95[c]), float(sim.risk_mean[c])) for c in order) if order else 1.0
            margin = 0.02 * (hi - lo or hi or 1.0)
            hold_range(self.plot.getPlotItem(), x=(lo - margin, hi + margin))
        for row, c in enumerate(order):
            p50, p90, p95 = float(sim.risk_p50[c]), float(sim.risk_p90[c]), float(sim.risk_p95[c])
            mean = float(sim.risk_mean[c])
            self.ranges[c] = (p50, p90, p95, mean)
            bar, line, points = self._items[c]
            bar.setOpts(x0=[p50], x1=[p90], y=[row])
            line.setData([p90, p95], [row, row])
            name = candidate_label(sim.candidates[c].vendor, sim.candidates[c].plan)
            tips = [f"{name}\n{label}: {yen_full(v, self.lang)}" for label, v in
                    (("P50", p50), ("P90", p90), ("P95", p95), (self.tr("Mean"), mean))]
            points.setData(x=[p50, p90, p95, mean], y=[row] * 4, data=tips)

    def set_draft(self, on: bool) -> None:
        """While a slider is held the horizontal axis stops following the bars
        (:func:`hold_range`); on the release it fits them again."""
        super().set_draft(on)
        box = self.plot.getPlotItem().getViewBox()
        if on:
            box.disableAutoRange(axis=pg.ViewBox.XAxis)
        else:
            box.enableAutoRange(axis=pg.ViewBox.XAxis)

    def _rebuild(self, results: Results, order: list[int]) -> None:
        sim = results.sim
        item = self.plot.getPlotItem()
        item.clear()
        self.order, self._items = order, {}
        labels = []
        excluded = excluded_indices(results)
        self.excluded = excluded
        for row, c in enumerate(order):
            ref = sim.candidates[c]
            out = c in excluded  # faded and dashed, named "(excluded)"
            labels.append(candidate_label(ref.vendor, ref.plan) + (excluded_suffix(self.lang) if out else ""))
            colour = candidate_colour(c)
            if out:
                fill = QColor(colour)
                fill.setAlpha(60)
                bar = pg.BarGraphItem(x0=[0], x1=[0], y=[row], height=0.45, brush=fill, pen=excluded_pen(c))
            else:
                bar = pg.BarGraphItem(x0=[0], x1=[0], y=[row], height=0.45, brush=colour, pen=pg.mkPen(colour))
            item.addItem(bar)
            line = item.plot([0, 0], [row, row], pen=excluded_pen(c, 2) if out else pg.mkPen(colour, width=2))
            points = hover_points([], [], [], colour, size=8)
            item.addItem(points)
            self._items[c] = (bar, line, points)
        self.left.setTicks([list(enumerate(labels))])
        metrics = QFontMetrics(chart_font(8))  # wide enough for the whole names, not cut off
        self.left.setWidth(min(max((metrics.horizontalAdvance(t) for t in labels), default=60) + 16, 460))
        item.setYRange(-0.7, len(order) - 0.3, padding=0)
