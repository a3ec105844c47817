"""Risk: the P50–P90–P95 range of every candidate's horizon total."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from vendorpick.results import Results, candidate_label
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    candidate_colour,
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

    def set_results(self, results: Results) -> None:
        sim, lang = results.sim, self.lang
        item = self.plot.getPlotItem()
        item.clear()
        order = sorted(range(len(sim.candidates)), key=lambda c: -float(sim.risk_p90[c]))
        self.order, self.ranges = order, {}
        labels = []
        for row, c in enumerate(order):
            ref = sim.candidates[c]
            name = candidate_label(ref.vendor, ref.plan)
            labels.append(name)
            p50, p90, p95 = float(sim.risk_p50[c]), float(sim.risk_p90[c]), float(sim.risk_p95[c])
            mean = float(sim.risk_mean[c])
            self.ranges[c] = (p50, p90, p95, mean)
            colour = candidate_colour(c)
            item.addItem(pg.BarGraphItem(x0=[p50], x1=[p90], y=[row], height=0.45, brush=colour,
                                         pen=pg.mkPen(colour)))
            item.plot([p90, p95], [row, row], pen=pg.mkPen(colour, width=2))
            tips = [f"{name}\nP50: {yen_full(p50, lang)}", f"{name}\nP90: {yen_full(p90, lang)}",
                    f"{name}\nP95: {yen_full(p95, lang)}", f"{name}\n{self.tr('Mean')}: {yen_full(mean, lang)}"]
            item.addItem(hover_points([p50, p90, p95, mean], [row] * 4, tips, colour, size=8))
        self.left.setTicks([list(enumerate(labels))])
        item.setYRange(-0.7, len(order) - 0.3, padding=0)
