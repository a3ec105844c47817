"""Value for money: score against horizon total, Pareto-efficient highlighted."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from vendorpick.formatting import number
from vendorpick.results import Results, candidate_label, sim_index
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    add_legend,
    candidate_colour,
    chart_font,
    hold_range,
    new_plot,
    yen_full,
)

#: where a label may sit around its point, in order of preference, as TextItem
#: anchors: above right, below right, above left, below left
ANCHORS = ((0.0, 1.0), (0.0, 0.0), (1.0, 1.0), (1.0, 0.0))
Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def place_labels(points: list[tuple[float, float]], sizes: list[tuple[float, float]], view: Box,
                 taken: Sequence[Box] = ()) -> list[tuple[float, float]]:
    """An anchor for each label (as TextItem anchors, preferring those of
    :data:`ANCHORS`) so that labels stay inside ``view`` and do not cover one
    another (nor the boxes in ``taken``, such as the legend).  ``points`` are
    pixel positions, ``sizes`` the labels' pixel sizes; the first label is
    placed first.  A label too wide for either side of its point slides
    sideways into the view; where every place collides, the one covering
    least is used."""
    placed: list[Box] = list(taken)
    anchors = []
    for (px, py), (w, h) in zip(points, sizes, strict=True):
        options: list[tuple[float, tuple[float, float], Box]] = []  # cost, anchor, box
        for ax, ay in ANCHORS:
            wanted = px - ax * w
            left = min(max(wanted, view[0]), view[2] - w) if w <= view[2] - view[0] else wanted
            ax = (px - left) / w
            box = (left, py - ay * h, left + w, py - ay * h + h)
            cost = (4 * (w * h - _overlap(box, view)) + sum(_overlap(box, other) for other in placed)
                    + 0.1 * h * abs(left - wanted))  # sliding away from the point only when needed
            options.append((cost, (ax, ay), box))
            if cost == 0:
                break
        _, best, best_box = min(options, key=lambda option: option[0])  # the first of the cheapest
        placed.append(best_box)
        anchors.append(best)
    return anchors


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
        #: the candidates' names beside their points, in the order of ``points``
        self.labels: list[pg.TextItem] = []
        #: candidate index → (its point, its name, the cost and score it was drawn at)
        self._drawn: dict[int, tuple[pg.ScatterPlotItem, pg.TextItem, float, float]] = {}
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._place_labels)

    def set_results(self, results: Results) -> None:
        if self.draft and self._move(results):
            return
        item = self.plot.getPlotItem()
        item.clear()
        self._drawn = {}
        legend = item.legend or add_legend(self.plot, offset=(-10, 10))
        legend.clear()
        self.points, self.frontier, self.labels = [], None, []
        if results.ranking is None:
            return
        for vp in results.ranking.value_for_money:
            c = sim_index(results.sim, vp.candidate)
            self.points.append((c, float(vp.cost), float(vp.score), bool(vp.pareto)))
        self._draw_frontier(item)
        for c, cost, score, pareto in self.points:
            self._draw_point(item, results, c, cost, score, pareto)
        self._set_range(item)
        legend.addItem(self._sample(True), self.tr("Pareto-efficient"))
        legend.addItem(self._sample(False), self.tr("Dominated"))
        self._place_labels()

    def _move(self, results: Results) -> bool:
        """The draft while a what-if slider is held: the same candidates' points
        and names moved to their new cost and score, the frontier redrawn;
        sizes, colours and label places follow on the release.  False when
        the candidates are not those drawn."""
        drawn = self._drawn
        if results.ranking is None or not drawn:
            return False
        points = [(sim_index(results.sim, vp.candidate), float(vp.cost), float(vp.score), bool(vp.pareto))
                  for vp in results.ranking.value_for_money]
        if sorted(p[0] for p in points) != sorted(drawn):
            return False
        self.points = points
        for c, cost, score, _pareto in points:
            spot, text, cost0, score0 = drawn[c]
            spot.setPos(cost - cost0, score - score0)
            text.setPos(cost, score)
        front = sorted((cost, score) for _, cost, score, pareto in points if pareto)
        if self.frontier is not None and len(front) > 1:
            self.frontier.setData([p[0] for p in front], [p[1] for p in front])
        hold_range(self.plot.getPlotItem(), *self._range())
        return True

    def _set_range(self, item: pg.PlotItem) -> None:
        x, y = self._range()
        item.setXRange(*x, padding=0)
        item.setYRange(*y, padding=0)

    def _range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The points with room around them: labels go left of points near the
        right edge, so only a little padding is needed there."""
        costs = [p[1] for p in self.points]
        scores = [p[2] for p in self.points]
        dx = (max(costs) - min(costs)) or max(costs) or 1.0
        dy = (max(scores) - min(scores)) or 10.0
        return ((min(costs) - 0.06 * dx, max(costs) + 0.06 * dx),
                (min(scores) - 0.08 * dy, max(scores) + 0.14 * dy))

    def _place_labels(self, *_args) -> None:
        """Anchor each name beside its point, inside the plot and clear of the
        other names and the legend (again whenever the plot is resized)."""
        if not self.labels:
            return
        view = self.plot.getPlotItem().getViewBox()
        rect = view.boundingRect()
        if rect.width() < 50 or rect.height() < 50:
            return
        metrics = QFontMetrics(chart_font(8))
        order = sorted(range(len(self.points)), key=lambda k: (not self.points[k][3], -self.points[k][2]))
        sizes = [(metrics.horizontalAdvance(self.labels[k].toPlainText()) + 12.0, metrics.height() + 6.0)
                 for k in order]  # the Pareto-efficient candidates' names are placed first
        pixels = [(p.x(), p.y()) for p in (view.mapFromView(pg.Point(*self.points[k][1:3])) for k in order)]
        legend = self.plot.getPlotItem().legend
        taken = []
        if legend is not None:
            box = legend.mapRectToItem(view, legend.boundingRect())
            taken.append((box.left(), box.top(), box.right(), box.bottom()))
        anchors = place_labels(pixels, sizes, (0.0, 0.0, rect.width(), rect.height()), taken)
        for k, anchor in zip(order, anchors, strict=True):
            self.labels[k].setAnchor(anchor)

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
        self.labels.append(text)
        self._drawn[c] = (spot, text, cost, score)

    @staticmethod
    def _sample(pareto: bool) -> pg.ScatterPlotItem:
        if pareto:
            return pg.ScatterPlotItem(size=14, brush=pg.mkBrush("#bbbbbb"), pen=pg.mkPen("#222"))
        return pg.ScatterPlotItem(size=8, brush=pg.mkBrush("#9e9e9e"), pen=pg.mkPen("w"))
