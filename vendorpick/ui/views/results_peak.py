"""Peak-season view: one chosen month in detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vendorpick.results import Results, busiest_month, candidate_label, peak_month
from vendorpick.ui.charts.base import month_label, yen_full
from vendorpick.ui.charts.peak import PeakChart, band_names
from vendorpick.ui.widgets.numbers import format_number


class PeakPanel(QWidget):
    """A month chooser (the busiest month first), the peak chart and a table
    of contacts by band and cost per candidate."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.month = QComboBox(self)
        self.month.currentIndexChanged.connect(self._on_month)
        self.summary = QLabel("", self)
        self.chart = PeakChart(lang, self)
        headers = [self.tr("Candidate"), *band_names(self), self.tr("Uncovered contacts"),
                   self.tr("Vendor cost"), self.tr("In-house cost"), self.tr("Cost of the month")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month:"), self))
        row.addWidget(self.month)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        self.results: Results | None = None
        self._chosen: str | None = None

    def set_results(self, results: Results) -> None:
        self.results = results
        months = list(results.sim.months)
        chosen = self._chosen if self._chosen in months else months[busiest_month(results.sim)]
        self.month.blockSignals(True)
        self.month.clear()
        for k, m in enumerate(months):
            self.month.addItem(month_label(m, self.lang, first=True), m)
            if m == chosen:
                self.month.setCurrentIndex(k)
        self.month.blockSignals(False)
        self._show(results, months.index(chosen))

    def choose_month(self, month: str) -> None:
        self.month.setCurrentIndex(self.month.findData(month))

    def _on_month(self, index: int) -> None:
        if self.results is not None and index >= 0:
            self._chosen = self.month.itemData(index)
            self._show(self.results, index)

    def _show(self, results: Results, index: int) -> None:
        peak = peak_month(results.sim, index)
        self.summary.setText(self.tr("Expected contacts: %1").replace("%1", format_number(peak.contacts, 0)))
        self.chart.set_peak(results, peak)
        self.table.setRowCount(len(peak.cost))
        for c, ref in enumerate(results.sim.candidates):
            values = [candidate_label(ref.vendor, ref.plan)]
            values += [format_number(v, 0) for v in peak.band_contacts[c]]
            values += [format_number(peak.uncovered_contacts[c], 0), yen_full(peak.vendor_cost[c], self.lang),
                       yen_full(peak.uncovered_cost[c], self.lang), yen_full(peak.cost[c], self.lang)]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(c, col, cell)
        self.table.resizeColumnsToContents()
