"""Why the ranking is what it is: each candidate's score split by criterion,
as stacked bars and as a table (Ctrl+C copies it)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from vendorpick.formatting import number
from vendorpick.results import Results
from vendorpick.ui.charts.base import ChartPanel, chart_font, label_axis, legend_html, new_plot
from vendorpick.ui.models.explanation import contributions
from vendorpick.ui.widgets.copy_table import CopyTable

#: colours of criteria (not of candidates: a bar's pieces are criteria)
CRITERION_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                     "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")


class ContributionChart(ChartPanel):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Score by criterion"), lang, parent)
        self.note.setText(self.tr("Each bar is a candidate's score, split into what each criterion adds "
                                  "(weight × the candidate's score on it). Ctrl+C in the table copies it."))
        self.axis = label_axis("left", [])
        self.plot = new_plot({"left": self.axis}, self.tr("Points (of 100)"))
        self.plot.getPlotItem().getViewBox().invertY(True)
        self.body.addWidget(self.plot, 3)
        self.legend = pg.QtWidgets.QLabel("", self)
        self.body.addWidget(self.legend)
        self.table = CopyTable(self)
        self.body.addWidget(self.table, 2)
        self.rows: list = []

    def set_results(self, results: Results) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        criteria = list(results.project.criteria)
        ids = [c.id for c in criteria]
        self.rows = contributions(results.ranking, ids)
        names = [f"{k + 1}. {r.vendor}" for k, r in enumerate(self.rows)]
        self.axis.setTicks([list(enumerate(names))])
        left = [0.0] * len(self.rows)
        for k, cid in enumerate(ids):
            widths = [r.points[cid] for r in self.rows]
            if self.rows:
                colour = CRITERION_COLOURS[k % len(CRITERION_COLOURS)]
                item.addItem(pg.BarGraphItem(x0=left, y=list(range(len(self.rows))), width=widths, height=0.6,
                                             brush=pg.mkBrush(colour), pen=pg.mkPen("w")))
            left = [a + b for a, b in zip(left, widths, strict=True)]
        for k, r in enumerate(self.rows):
            text = pg.TextItem(number(r.score, 1), color="#222222", anchor=(0, 0.5))
            text.setFont(chart_font(8))
            item.addItem(text)
            text.setPos(left[k] + 0.5, k)
        item.setXRange(0, 105, padding=0)
        item.setYRange(-0.6, max(len(self.rows), 1) - 0.4, padding=0)
        self.legend.setText(legend_html([(c.label, CRITERION_COLOURS[k % len(CRITERION_COLOURS)])
                                         for k, c in enumerate(criteria)], columns=5))
        headers = [self.tr("Vendor"), self.tr("Plan"), *[c.label for c in criteria], self.tr("Score")]
        table_rows = [[r.vendor, r.plan, *[r.points[cid] for cid in ids], r.score] for r in self.rows]
        self.table.set_rows(headers, table_rows,
                            lambda _c, v: v if isinstance(v, str) else number(v, 1))
