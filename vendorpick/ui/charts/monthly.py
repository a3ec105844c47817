"""Monthly cost per candidate over the horizon, with sale events and budget."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QWidget

from vendorpick.results import Results, candidate_label
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    candidate_colour,
    chart_font,
    excluded_indices,
    excluded_pen,
    excluded_suffix,
    hover_points,
    legend_html,
    month_label,
    new_plot,
    pen,
    yen_full,
)
from vendorpick.ui.widgets.copy_table import CopyTable
from vendorpick.ui.widgets.numbers import format_number

#: the gap kept between the shadings of two neighbouring months
EVENT_MARGIN = 0.08


def event_span(months: list[str], start: dt.date, end: dt.date) -> tuple[float, float] | None:
    """The x range shaded for an event: the whole column of every month it
    touches (month k spans k−0.5 … k+0.5 around its tick), or None when it
    lies outside the horizon.  The chart shows one point per month, so a sale
    from the 4th to the 11th of March is drawn over March's tick, not at the
    left edge of March's column, where it read as late February."""
    first = f"{start.year:04d}-{start.month:02d}"
    last = f"{end.year:04d}-{end.month:02d}"
    inside = [k for k, m in enumerate(months) if first <= m <= last]
    if not inside:
        return None
    return inside[0] - 0.5 + EVENT_MARGIN, inside[-1] + 0.5 - EVENT_MARGIN


class MonthlyCostChart(ChartPanel):
    """One line per candidate; events shaded; the monthly budget as a line."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Monthly cost"), lang, parent)
        self.note.setText(self.tr("Expected cost of each month (tax excluded). Shaded: sale events."))
        self.plot = new_plot({"left": YenAxis("left", lang)}, self.tr("Month"), self.tr("Cost per month"))
        self.body.addWidget(self.plot, 1)
        self.legend = QLabel("", self)
        self.body.addWidget(self.legend)
        self.table = CopyTable(self)
        self.table.setToolTip(self.tr("Ctrl+C copies the table as tab-separated text for Excel or mail"))
        self.body.addWidget(self.table, 1)
        self.curves: dict[int, pg.PlotDataItem] = {}
        self.points: dict[int, pg.ScatterPlotItem] = {}
        self._key: tuple | None = None
        self._top = 0.0  # the highest cost the y axis shows
        self.events: list[tuple[str, float, float]] = []
        self.budget_line: pg.InfiniteLine | None = None

    def set_results(self, results: Results, visible: list[int] | None = None) -> None:
        """Draw ``results``; when only the figures changed (same candidates,
        months, events and budget) the existing lines are updated in place,
        which is much cheaper than rebuilding the plot."""
        sim, project = results.sim, results.project
        key = (tuple(sim.months), tuple((r.vendor, r.plan) for r in sim.candidates), tuple(visible or ()),
               tuple((e.name, e.start, e.end, e.multiplier) for e in project.forecast.events),
               project.settings.monthly_budget, tuple(sorted(excluded_indices(results))))
        if key != self._key:
            self._key = key
            self._rebuild(results, visible)
        for c, curve in self.curves.items():
            if self.draft:  # the points (hover tips) are hidden while a slider is held: drawn on its release
                curve.setData(np.arange(sim.monthly_cost.shape[1]), np.asarray(sim.monthly_cost[c], dtype=float))
                continue
            xs, ys, tips = self._series(results, c)
            curve.setData(xs, ys)
            self.points[c].setData(x=xs, y=ys, data=tips)
        top = max([float(sim.monthly_cost.max()) if sim.monthly_cost.size else 1.0,
                   project.settings.monthly_budget or 0.0])
        if not self.draft or top > self._top:  # while a slider is held the axis only grows (redrawing it is slow)
            self.plot.getPlotItem().setYRange(0, top * 1.05, padding=0)
            self._top = top
        if not self.draft:  # while a what-if slider is held, the table follows on its release
            self._fill_table(results)

    def set_draft(self, on: bool) -> None:
        """While a slider is held the months' points (there for their hover tips) are hidden: the
        lines alone are drawn, in about half the time."""
        super().set_draft(on)
        for points in self.points.values():
            points.setVisible(not on)

    def _fill_table(self, results: Results) -> None:
        """The figures of the chart as a table: one row per month, one column
        per candidate (expected cost, tax excluded), and the horizon total."""
        sim = results.sim
        headers = [self.tr("Month"), self.tr("Expected contacts"),
                   *[candidate_label(ref.vendor, ref.plan) for ref in sim.candidates]]
        rows = [[month, float(sim.contacts[k]), *[float(sim.monthly_cost[c][k]) for c in range(len(sim.candidates))]]
                for k, month in enumerate(sim.months)]
        rows.append([self.tr("Total"), float(sum(sim.contacts)), *[float(v) for v in sim.total]])

        def text(col: int, value):
            if isinstance(value, str):
                return value
            return format_number(value, 0) if col == 1 else yen_full(value, self.lang)

        self.table.set_rows(headers, rows, text)

    def _series(self, results: Results, c: int) -> tuple[list[int], list[float], list[str]]:
        sim = results.sim
        ref = sim.candidates[c]
        name = candidate_label(ref.vendor, ref.plan)
        if c in excluded_indices(results):
            name += excluded_suffix(self.lang)
        ys = [float(v) for v in sim.monthly_cost[c]]
        tips = [f"{name}\n{self._month_title(sim.months[k], k)}: {yen_full(y, self.lang)}" for k, y in enumerate(ys)]
        return list(range(len(ys))), ys, tips

    def _month_title(self, month: str, k: int) -> str:
        """``2027-03`` or, in a month with sale events, ``2027-03 · 楽天スーパーSALE（3月）``."""
        names = [name for name, lo, hi in self.events if lo < k + 0.5 and hi > k - 0.5]
        return " · ".join([month, *dict.fromkeys(names)])

    def _rebuild(self, results: Results, visible: list[int] | None) -> None:
        sim, lang = results.sim, self.lang
        item = self.plot.getPlotItem()
        item.clear()
        self.curves, self.points, self.events, self.budget_line = {}, {}, [], None
        labels = [month_label(m, lang, first=(k == 0)) for k, m in enumerate(sim.months)]
        item.getAxis("bottom").setTicks([list(enumerate(labels))])
        self._draw_events(results)
        entries: list = []
        excluded = excluded_indices(results)
        for c, ref in enumerate(sim.candidates):
            if visible is not None and c not in visible:
                continue
            out = c in excluded  # drawn dashed and faded, named "(excluded)" in the legend
            self.curves[c] = item.plot([], [], pen=excluded_pen(c) if out else pen(c))
            if out:
                self.curves[c].setZValue(-5)
            self.points[c] = hover_points([], [], [], candidate_colour(c), size=4 if out else 6)
            item.addItem(self.points[c])
            entries.append((candidate_label(ref.vendor, ref.plan) + (excluded_suffix(lang) if out else ""),
                            candidate_colour(c)))
        self._draw_budget(results)
        self.legend.setText(legend_html(entries))
        item.setXRange(-0.6, len(sim.months) - 0.4, padding=0)

    def _draw_events(self, results: Results) -> None:
        item = self.plot.getPlotItem()
        for event in results.project.forecast.events:
            span = event_span(list(results.sim.months), event.start, event.end)
            if span is None:
                continue
            strength = min(90, int(10 + 40 * max(0.0, event.multiplier - 1)))  # whole months: lighter
            region = pg.LinearRegionItem(values=span, movable=False, brush=pg.mkBrush(255, 140, 0, strength),
                                         pen=pg.mkPen(None))
            region.setZValue(-10)
            # No tooltip on the region: it would hide the hover values of the
            # points above it; the points' tooltips name the month's events.
            item.addItem(region)
            self.events.append((event.name, span[0], span[1]))
            if event.multiplier >= 1.8:
                text = pg.TextItem(event.name, color="#a04000", anchor=(0, 0), angle=90)
                text.setFont(chart_font(8))
                item.addItem(text, ignoreBounds=True)
                text.setPos(span[0], 0)

    def _draw_budget(self, results: Results) -> None:
        budget = results.project.settings.monthly_budget
        if budget is None:
            return
        text = self.tr("Monthly budget %1").replace("%1", yen_full(budget, self.lang))
        self.budget_line = pg.InfiniteLine(
            pos=budget, angle=0, pen=pg.mkPen("#c62828", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=text, labelOpts={"position": 0.05, "color": "#c62828", "anchors": [(0, 1), (0, 1)]})
        self.plot.getPlotItem().addItem(self.budget_line)
