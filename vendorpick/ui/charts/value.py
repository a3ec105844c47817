"""Value for money: score against horizon total, Pareto-efficient highlighted."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from vendorpick.formatting import number
from vendorpick.results import Results, candidate_label, sim_index
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    add_legend,
    candidate_colour,
    chart_font,
    new_plot,
    yen_full,
)


class ValueChart(ChartPanel):
    """Each ranked candidate is a point (x = total cost, y = score).  Points no
    other candidate beats on both cost and score are Pareto-efficient: large,
    coloured and joined by the frontier; the others are small and grey."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Value for money"), lang, parent)
        self.note.setText(self.tr("Up and to the left is better. Large points are Pareto-efficient: "
                                  "no other candidate is both cheaper and better scored."))
        self.plot = new_plot({"bottom": YenAxis("bottom", lang)}, self.tr("Horizon total (tax excluded)"),
                             self.tr("Score"))
        self.body.addWidget(self.plot, 1)
        #: (candidate index, cost, score, pareto) as drawn
        self.points: list[tuple[int, float, float, bool]] = []
        self.frontier: pg.PlotDataItem | None = None

    def set_results(self, results: Results) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        legend = item.legend or add_legend(self.plot, offset=(-10, 10))
        legend.clear()
        self.points, self.frontier = [], None
        if results.ranking is None:
            return
        for vp in results.ranking.value_for_money:
            c = sim_index(results.sim, vp.candidate)
            self.points.append((c, float(vp.cost), float(vp.score), bool(vp.pareto)))
        self._draw_frontier(item)
        for c, cost, score, pareto in self.points:
            self._draw_point(item, results, c, cost, score, pareto)
        item.getViewBox().setDefaultPadding(0.08)
        item.autoRange()
        legend.addItem(self._sample(True), self.tr("Pareto-efficient"))
        legend.addItem(self._sample(False), self.tr("Dominated"))

    def _draw_frontier(self, item: pg.PlotItem) -> None:
        front = sorted((cost, score) for _, cost, score, pareto in self.points if pareto)
        if len(front) > 1:
            self.frontier = item.plot([p[0] for p in front], [p[1] for p in front],
                                      pen=pg.mkPen("#009E73", width=2, style=pg.QtCore.Qt.PenStyle.DashLine))

    def _draw_point(self, item, results: Results, c: int, cost: float, score: float, pareto: bool) -> None:
        ref = results.sim.candidates[c]
        name = candidate_label(ref.vendor, ref.plan)
        colour = candidate_colour(c) if pareto else pg.mkColor("#9e9e9e")
        score_label = self.tr("Score")
        tip = f"{name}\n{score_label}: {number(score, 1)}\n{yen_full(cost, self.lang)}"
        spot = pg.ScatterPlotItem(x=[cost], y=[score], data=[tip], size=16 if pareto else 9,
                                  brush=pg.mkBrush(colour), pen=pg.mkPen("#222" if pareto else "w"),
                                  hoverable=True, tip=lambda x, y, data: data)
        item.addItem(spot)
        text = pg.TextItem(name, color="#222" if pareto else "#777", anchor=(0, 1))
        text.setFont(chart_font(8))
        text.setPos(cost, score)
        item.addItem(text)

    @staticmethod
    def _sample(pareto: bool) -> pg.ScatterPlotItem:
        if pareto:
            return pg.ScatterPlotItem(size=14, brush=pg.mkBrush("#bbbbbb"), pen=pg.mkPen("#222"))
        return pg.ScatterPlotItem(size=8, brush=pg.mkBrush("#9e9e9e"), pen=pg.mkPen("w"))
