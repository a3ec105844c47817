"""The Settings screen: the project (name, first month, horizon), costs
(in-house cost per contact, consumption tax, monthly budget), required
bands, extra holidays and the Monte Carlo settings.  Every change goes
through ``document.apply``; a refused value stays in its field, marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders_project as pb
from vendorpick.project.model import BANDS
from vendorpick.project.months import month_index, year_month
from vendorpick.project.presets import rakuten_calendar_edit
from vendorpick.ui.feedback import clear_invalid, submit
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_volume import with_unit
from vendorpick.ui.views.settings_service import ServiceLevelsBox
from vendorpick.ui.widgets.number_field import NumberField


class SettingsView(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(self._project_box(), 0, 0)
        grid.addWidget(self._costs_box(), 1, 0)
        grid.addWidget(self._simulation_box(), 2, 0)
        grid.addWidget(self._bands_box(), 0, 1)
        grid.addWidget(self._holidays_box(), 1, 1, 2, 1)
        self.service_levels = ServiceLevelsBox(document, self)
        grid.addWidget(self.service_levels, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    def _field(self, key: str, **options) -> NumberField:
        """A number field bound to the project's field ``key`` (see ``edit_builders_project.FIELDS``)."""
        return NumberField(self.document, parent=self, **options).bind(
            lambda p: pb.field_value(p, key), lambda p, v: pb.set_field(p, key, v))

    def _row(self, form: QFormLayout, text: str, field: QWidget, unit: str | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, with_unit(field, unit) if unit else field)

    def _project_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Project"), self)
        form = QFormLayout(box)
        self.name = QLineEdit(self)
        self.name.editingFinished.connect(self._on_name_edited)
        self.start = QDateEdit(self)
        self.start.setDisplayFormat("yyyy-MM")
        self.start.editingFinished.connect(self._on_start_edited)
        self.months = self._field("months", integer=True)
        self._row(form, self.tr("Project &name:"), self.name)
        self._row(form, self.tr("First &month:"), self.start)
        self._row(form, self.tr("Hori&zon:"), self.months, self.tr("months (1 to 60)"))
        return box

    def _costs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Costs (yen, tax excluded)"), self)
        form = QFormLayout(box)
        self.in_house = self._field("in_house_cost_per_contact", unit="yen")
        self.tax_rate = self._field("tax_rate", scale=100, unit="percent")
        self.budget = self._field("monthly_budget", optional=True, unit="yen")
        self.budget.setPlaceholderText(self.tr("no ceiling"))
        self._row(form, self.tr("&In-house cost per contact:"), self.in_house, self.tr("yen"))
        self._row(form, self.tr("Consumption &tax rate:"), self.tax_rate, self.tr("%"))
        self._row(form, self.tr("Monthly &budget ceiling:"), self.budget, self.tr("yen a month (empty: none)"))
        self.in_house_hint = QLabel(self.tr(
            "Not set: contacts that no vendor covers (outside a plan's hours) count as ¥0, so plans covering "
            "fewer hours look cheaper than they are. Type what one contact costs the shop (for example staff "
            "time: 10 minutes at ¥1,800 an hour is ¥300)."), self)
        self.in_house_hint.setWordWrap(True)
        self.in_house_hint.setStyleSheet("color: #b45309;")
        form.addRow("", self.in_house_hint)
        return box

    def _simulation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk simulation (Monte Carlo)"), self)
        form = QFormLayout(box)
        self.scenarios = self._field("scenarios", integer=True)
        self.seed = self._field("seed", integer=True)
        self._row(form, self.tr("&Scenarios:"), self.scenarios, self.tr("100 to 1,000,000"))
        self._row(form, self.tr("See&d:"), self.seed, self.tr("same seed, same figures"))
        return box

    def _bands_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Required cover (a plan that misses one is excluded)"), self)
        layout = QVBoxLayout(box)
        names = {
            "weekday_day": self.tr("&Weekday day"),
            "weekday_night": self.tr("Weekday ni&ght"),
            "holiday_day": self.tr("Holid&ay day"),
            "holiday_night": self.tr("H&oliday night"),
        }
        self.band_boxes = {}
        for band in BANDS:
            check = QCheckBox(names[band], self)
            check.toggled.connect(self._on_band_toggled)
            layout.addWidget(check)
            self.band_boxes[band] = check
        return box

    def _holidays_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Extra holidays (closure days, treated like Sundays)"), self)
        self.holidays = QListWidget(self)
        self.holiday_date = QDateEdit(self)
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setDate(QDate(year_month(month_index(self.document.project.start))[0], 12, 29))
        self.add_holiday = QPushButton(self.tr("Add this da&y"), self)
        self.add_holiday.clicked.connect(self._on_add_holiday)
        self.remove_holiday = QPushButton(self.tr("&Remove date"), self)
        self.remove_holiday.clicked.connect(self._on_remove_holiday)
        self.closure = QPushButton(self.tr("Add year-end &closure (29 Dec – 3 Jan)"), self)
        self.closure.clicked.connect(self._on_add_closure)
        buttons = QHBoxLayout()
        for widget in (self.holiday_date, self.add_holiday, self.remove_holiday):
            buttons.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.closure)
        layout.addWidget(self.holidays, 1)
        return box

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, project) -> None:
        self.in_house_hint.setVisible(project.settings.in_house_cost_per_contact == 0)
        self.name.setText(project.name)
        clear_invalid(self.name)
        year, month = year_month(month_index(project.start))
        self.start.setDate(QDate(year, month, 1))
        clear_invalid(self.start)
        for band, check in self.band_boxes.items():
            check.blockSignals(True)
            check.setChecked(band in project.settings.required_bands)
            check.blockSignals(False)
        self.holidays.clear()
        locale = QLocale()
        for day in project.settings.extra_holidays:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{day.isoformat()} ({weekday})", self.holidays)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())

    def _on_name_edited(self) -> None:
        if self.name.text() != self.document.project.name:
            submit(self.document, self.name, pb.set_field(self.document.project, "name", self.name.text()))

    def _on_start_edited(self) -> None:
        date = self.start.date()
        value = f"{date.year():04d}-{date.month():02d}"
        if value != self.document.project.start:
            submit(self.document, self.start, pb.set_field(self.document.project, "start", value))

    def _on_band_toggled(self, _checked: bool) -> None:
        bands = [band for band in BANDS if self.band_boxes[band].isChecked()]
        self.document.apply(pb.set_required_bands(self.document.project, bands))

    def _on_add_holiday(self) -> None:
        day = self.holiday_date.date()
        edit = pb.add_extra_holiday(self.document.project, dt.date(day.year(), day.month(), day.day()))
        if edit is not None:
            self.document.apply(edit)

    def _on_remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if 0 <= row < len(self.document.project.settings.extra_holidays):
            self.document.apply(pb.remove_extra_holiday(self.document.project, row))

    def _on_add_closure(self) -> None:
        edit = rakuten_calendar_edit(self.document.project, ["closure"], self.document.lang)
        if edit is None:
            self.document.status.emit(self.tr("The year-end closure days are already listed."))
        else:
            self.document.apply(edit)
