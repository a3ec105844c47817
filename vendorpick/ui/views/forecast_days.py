"""Forecast, second tab: day weights and hourly profiles, as tables with bar charts."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from vendorpick.project import edit_builders_project as pb
from vendorpick.ui.models.series import Series, SeriesTableModel
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.charts import BarChart
from vendorpick.ui.widgets.series_table import NumberTable


def shares(values: list[float]) -> list[float]:
    """Percent of the day's contacts in each hour."""
    total = sum(values)
    return [100.0 * v / total if total > 0 else 0.0 for v in values]


class DaysHoursTab(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        locale = QLocale()
        self.day_labels = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        self.day_labels.append(self.tr("Holiday"))
        self.days_model = SeriesTableModel(document, [Series(
            self.tr("Weight"), lambda p: p.forecast.day_weights.by_weekday() + [p.forecast.day_weights.holiday],
            lambda i, v: pb.set_day_weight(document.project, i, v),
        )], self.day_labels, items_as_columns=True, parent=self)
        self.days_table = NumberTable(self.days_model, self)
        self.days_chart = BarChart(self.tr("Relative volume by day"), parent=self)
        days_box = QGroupBox(self.tr("Day weights (public holidays use “Holiday”)"), self)
        days_layout = QVBoxLayout(days_box)
        days_layout.addWidget(self.days_table)
        days_layout.addWidget(self.days_chart, 1)
        hours_box = self._hours_box()
        layout = QHBoxLayout(self)
        layout.addWidget(days_box, 2)
        layout.addWidget(hours_box, 3)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    def _hours_box(self) -> QGroupBox:
        self.hours_model = SeriesTableModel(self.document, [
            Series(self.tr("Weekdays"), lambda p: p.forecast.hourly_profile,
                   lambda i, v: pb.set_hourly_profile(self.document.project, i, v)),
            Series(self.tr("Sat, Sun & holidays"), lambda p: p.forecast.holiday_profile(),
                   lambda i, v: pb.set_holiday_hourly_profile(self.document.project, i, v)),
        ], [f"{h}:00" for h in range(24)], parent=self)
        self.hours_table = NumberTable(self.hours_model, self)
        self.hours_table.setMinimumWidth(290)
        self.separate = QCheckBox(self.tr("Separate &profile for Saturdays, Sundays and holidays"), self)
        self.separate.toggled.connect(self._on_separate_toggled)
        self.hours_chart = BarChart(self.tr("Share of the day's contacts by hour (%)"), parent=self)
        box = QGroupBox(self.tr("Hourly profile (relative volume by hour)"), self)
        right = QVBoxLayout()
        right.addWidget(self.separate)
        right.addWidget(self.hours_chart, 1)
        layout = QHBoxLayout(box)
        layout.addWidget(self.hours_table)
        layout.addLayout(right, 1)
        return box

    def _on_separate_toggled(self, checked: bool) -> None:
        edit = pb.separate_holiday_profile(self.document.project, checked)
        if edit is not None:
            self.document.apply(edit)

    def _on_document_changed(self, project) -> None:
        fc = project.forecast
        self.separate.blockSignals(True)
        self.separate.setChecked(fc.holiday_hourly_profile is not None)
        self.separate.blockSignals(False)
        self.days_chart.set_data(self.day_labels, [(self.tr("Weight"), fc.day_weights.by_weekday()
                                                    + [fc.day_weights.holiday])])
        self.hours_chart.set_data([str(h) for h in range(24)], [
            (self.tr("Weekdays"), shares(fc.hourly_profile)),
            (self.tr("Sat, Sun & holidays"), shares(fc.holiday_profile())),
        ], tick_every=3)
