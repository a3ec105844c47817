"""Sensitivity: weight-stability intervals and price-to-win bars."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from vendorpick.formatting import percent
from vendorpick.results import Results, candidate_label, sim_index
from vendorpick.scoring.rank import RankingResult
from vendorpick.ui.charts.base import (
    ChartPanel,
    PercentAxis,
    candidate_colour,
    hover_points,
    label_axis,
    new_plot,
)


class SensitivityChart(ChartPanel):
    """Top: for each criterion, the range of its weight within which the
    leader stays first (bar) and the current weight (dot).  Bottom: for each
    other candidate, the price cut that would make it first."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Sensitivity"), lang, parent)
        self._explanation = self.tr("Bars: weights at which the first candidate stays first; dot: current "
                                    "weight. Below: the price cut each candidate needs to come first.")
        self.note.setText(self._explanation)
        self.weight_axis = label_axis("left", [])
        self.weights_plot = new_plot({"left": self.weight_axis, "bottom": PercentAxis("bottom")},
                                     self.tr("Weight"))
        self.cut_axis = label_axis("left", [])
        self.cut_plot = new_plot({"left": self.cut_axis, "bottom": PercentAxis("bottom")},
                                 self.tr("Price cut needed to rank first"))
        self.body.addWidget(self.weights_plot, 1)
        self.body.addWidget(self.cut_plot, 1)
        #: criterion id → (low, high, current), as drawn
        self.intervals: dict[str, tuple[float, float, float]] = {}
        #: candidate index → price-to-win fraction (None: no cut can)
        self.cuts: dict[int, float | None] = {}

    def set_results(self, results: Results) -> None:
        self.weights_plot.getPlotItem().clear()
        self.cut_plot.getPlotItem().clear()
        self.intervals, self.cuts = {}, {}
        self.note.setText(self._explanation if results.complete else self.tr("Computing…"))
        if results.ranking is None or not results.complete:
            return
        self._draw_intervals(results, results.ranking)
        self._draw_cuts(results, results.ranking)

    def _draw_intervals(self, results: Results, ranking: RankingResult) -> None:
        item = self.weights_plot.getPlotItem()
        labels = []
        criteria = list(results.project.criteria)
        for row, criterion in enumerate(criteria):
            labels.append(criterion.label)
            current = float(ranking.weights.get(criterion.id, 0.0))
            low, high = (float(v) for v in ranking.weight_stability.get(criterion.id, (current, current)))
            self.intervals[criterion.id] = (low, high, current)
            item.addItem(pg.BarGraphItem(x0=[low], x1=[high], y=[row], height=0.5, brush="#a6cee3",
                                         pen=pg.mkPen("#1f78b4")))
            now, stays = self.tr("Current weight"), self.tr("Stays first")
            tip = f"{criterion.label}\n{now}: {percent(current)}\n{stays}: {percent(low)} – {percent(high)}"
            item.addItem(hover_points([current], [row], [tip], "#D55E00", size=10))
        self.weight_axis.setTicks([list(enumerate(labels))])
        item.setXRange(0, 1, padding=0.02)
        item.setYRange(-0.7, len(criteria) - 0.3, padding=0)

    def _draw_cuts(self, results: Results, ranking: RankingResult) -> None:
        item = self.cut_plot.getPlotItem()
        labels = []
        others = ranking.ranking[1:]
        for row, r in enumerate(others):
            c = sim_index(results.sim, r.candidate)
            self.cuts[c] = r.price_to_win
            name = candidate_label(r.vendor, r.plan)
            labels.append(name)
            if r.price_to_win is None:
                text = pg.TextItem(self.tr("no price cut is enough"), color="#777", anchor=(0, 0.5))
                text.setPos(0, row)
                item.addItem(text)
                continue
            cut = float(r.price_to_win)
            item.addItem(pg.BarGraphItem(x0=[0], x1=[cut], y=[row], height=0.5, brush=candidate_colour(c)))
            needed = self.tr("Price cut needed")
            tip = f"{name}\n{needed}: {percent(cut)}"
            item.addItem(hover_points([cut], [row], [tip], candidate_colour(c), size=8))
        self.cut_axis.setTicks([list(enumerate(labels))])
        item.setXRange(0, 1, padding=0.02)
        item.setYRange(-0.7, max(1, len(others)) - 0.3, padding=0)
