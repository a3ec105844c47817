"""Peak season: one month in detail, contacts by band and cost per candidate."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from vendorpick.project.model import BANDS
from vendorpick.results import PeakMonth, Results, candidate_label
from vendorpick.ui.charts.base import (
    BAND_COLOURS,
    ChartPanel,
    YenAxis,
    candidate_colour,
    hover_points,
    label_axis,
    legend_html,
    month_label,
    new_plot,
    yen_full,
)
from vendorpick.ui.models.base import band_labels
from vendorpick.ui.widgets.numbers import format_number


def band_names(_widget: QWidget | None = None) -> list[str]:
    """The four bands' labels, in model.BANDS order, in the user's language (the
    table's column headers, as the workbook's)."""
    return [band_labels()[band] for band in BANDS]


class PeakChart(ChartPanel):
    """Left: each candidate's contacts of the month split into the four bands
    (its own night window).  Right: each candidate's cost of the month."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Peak month"), lang, parent)
        self.band_axis = label_axis("left", [])
        self.band_plot = new_plot({"left": self.band_axis}, self.tr("Contacts in the month"))
        self.cost_axis = label_axis("left", [])
        self.cost_plot = new_plot({"left": self.cost_axis, "bottom": YenAxis("bottom", lang)},
                                  self.tr("Cost of the month (tax excluded)"))
        # The bands' legend sits above the plots: inside, it covered the bars.
        self.band_legend = QLabel(legend_html(list(zip(band_names(self), BAND_COLOURS, strict=True)), columns=4),
                                  self)
        self.body.addWidget(self.band_legend)
        row = QHBoxLayout()
        row.addWidget(self.band_plot, 3)
        row.addWidget(self.cost_plot, 2)
        self.body.addLayout(row, 1)
        self.peak: PeakMonth | None = None
        #: candidate index → cost bar value, as drawn
        self.costs: dict[int, float] = {}

    def set_peak(self, results: Results, peak: PeakMonth) -> None:
        self.peak, self.costs = peak, {}
        self.title.setText(self.tr("Peak month: %1").replace("%1", month_label(peak.label, self.lang, True)))
        bands = band_names(self)
        labels = [candidate_label(r.vendor, r.plan) for r in results.sim.candidates]
        self._draw_bands(peak, labels, bands)
        self._draw_costs(peak, labels)

    def _draw_bands(self, peak: PeakMonth, labels: list[str], bands: list[str]) -> None:
        item = self.band_plot.getPlotItem()
        item.clear()
        rows = range(len(labels))
        left = [0.0] * len(labels)
        for b, band in enumerate(bands):
            widths = [peak.band_contacts[c][b] for c in rows]
            bar = pg.BarGraphItem(x0=left, width=widths, y=list(rows), height=0.6, brush=BAND_COLOURS[b],
                                  pen=pg.mkPen("w"))
            item.addItem(bar)
            tips = [f"{labels[c]}\n{band}: {format_number(widths[c], 0)}" for c in rows]
            item.addItem(hover_points([lo + w / 2 for lo, w in zip(left, widths, strict=True)], list(rows),
                                      tips, BAND_COLOURS[b], size=5))
            left = [lo + w for lo, w in zip(left, widths, strict=True)]
        self.band_axis.setTicks([list(enumerate(labels))])
        item.setXRange(0, max(left + [1.0]) * 1.05, padding=0)
        item.setYRange(-0.7, len(labels) - 0.3, padding=0)

    def _draw_costs(self, peak: PeakMonth, labels: list[str]) -> None:
        item = self.cost_plot.getPlotItem()
        item.clear()
        for c, cost in enumerate(peak.cost):
            self.costs[c] = cost
            item.addItem(pg.BarGraphItem(x0=[0], x1=[cost], y=[c], height=0.6, brush=candidate_colour(c)))
            tip = f"{labels[c]}\n{peak.label}: {yen_full(cost, self.lang)}"
            item.addItem(hover_points([cost], [c], [tip], candidate_colour(c), size=6))
        self.cost_axis.setTicks([[(c, "") for c in range(len(labels))]])
        item.setYRange(-0.7, len(labels) - 0.3, padding=0)
