"""Forecast, first tab: monthly contacts, growth, uncertainty and the monthly index."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vendorpick.project import edit_builders_project as pb
from vendorpick.ui.models.series import Series, SeriesTableModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_chart import MonthlyOutlookChart
from vendorpick.ui.widgets.number_field import NumberField
from vendorpick.ui.widgets.series_table import NumberTable


def with_unit(field: QWidget, unit: str) -> QWidget:
    """A field followed by its unit."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(QLabel(unit))
    layout.addStretch(1)
    return box


def month_names() -> list[str]:
    locale = QLocale()
    return [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


class VolumeTab(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.index_model = SeriesTableModel(document, [Series(
            self.tr("Index"), lambda p: p.forecast.monthly_index,
            lambda i, v: pb.set_monthly_index(document.project, i, v),
        )], month_names(), items_as_columns=True, parent=self)
        self.index_table = NumberTable(self.index_model, self)
        index_box = QGroupBox(self.tr("Monthly index (1 = an ordinary month)"), self)
        QVBoxLayout(index_box).addWidget(self.index_table)
        self.chart = MonthlyOutlookChart(document, self)
        top = QHBoxLayout()
        top.addWidget(self._volume_box(), 1)
        top.addWidget(self._risk_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(index_box)
        layout.addWidget(self.chart, 1)
        for first, second in ((self.base, self.growth), (self.growth, self.cv), (self.cv, self.correlation),
                              (self.correlation, self.index_table)):
            self.setTabOrder(first, second)

    def _volume_box(self) -> QGroupBox:
        self.base = self._field("base_monthly_contacts", unit="count")
        self.growth = self._field("growth_per_year", scale=100, unit="percent")
        box = QGroupBox(self.tr("Contacts"), self)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Base monthly contacts:"), self.base),
                    with_unit(self.base, self.tr("contacts a month (index 1)")))
        form.addRow(self._label(self.tr("&Growth:"), self.growth), with_unit(self.growth, self.tr("% a year")))
        return box

    def _risk_box(self) -> QGroupBox:
        self.cv = self._field("cv", scale=100)
        self.correlation = self._field("correlation")
        box = QGroupBox(self.tr("Uncertainty (Monte Carlo)"), self)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Spread of monthly volume (CV):"), self.cv),
                    with_unit(self.cv, self.tr("%")))
        form.addRow(self._label(self.tr("&Correlation between months:"), self.correlation),
                    with_unit(self.correlation, self.tr("0 to 1")))
        return box

    def _field(self, key: str, **options) -> NumberField:
        """A number field bound to the project's field ``key`` (see ``edit_builders_project.FIELDS``)."""
        return NumberField(self.document, parent=self, **options).bind(
            lambda p: pb.field_value(p, key), lambda p, v: pb.set_field(p, key, v))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label
