"""The SPEC 7 part of the plan editor: minute billing, seats, rates by
channel and the channels a plan handles.

Each part shows only when the plan's quote kind needs it (the plan editor
calls :meth:`PlanBilling.show_plan`); each field writes through an edit built by
:mod:`vendorpick.project.edit_builders_channels`, and a refused value is
outlined in red with the reason, next to the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders_channels as ebc
from vendorpick.project.model import Plan
from vendorpick.ui.feedback import submit
from vendorpick.ui.models.channels import channel_label
from vendorpick.ui.widgets.number_field import NumberField


class PlanBilling(QWidget):
    """Minute billing, seats, rates by channel and handled channels of one plan."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._vi: int | None = None
        self._pi: int | None = None
        self._ids: list[str] = []
        self.rate_fields: dict[str, NumberField] = {}
        self.channel_checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._minute_box())
        layout.addWidget(self._seats_box())
        self.channels_box = QGroupBox(self.tr("Channels"), self)
        channels = QVBoxLayout(self.channels_box)
        self.channels_hint = QLabel(self.tr("Rate by channel: blank = the plan's rate. Uncheck the channels "
                                            "this plan does not handle (their contacts stay uncovered)."),
                                    self.channels_box)
        self.channels_hint.setWordWrap(True)
        self.channels_hint.setEnabled(False)
        channels.addWidget(self.channels_hint)
        self.channels_grid = QGridLayout()
        channels.addLayout(self.channels_grid)
        layout.addWidget(self.channels_box)

    # ------------------------------------------------------------ building

    def _minute_box(self) -> QGroupBox:
        box = self.minute_box = QGroupBox(self.tr("Billing by the minute"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Billing unit:"), QLabel(self.tr("minute of handling time (talk or writing, "
                                                             "plus wrap-up)"), box))
        row = QHBoxLayout()
        self.rounding_radios = {
            "none": QRadioButton(self.tr("Minutes as they are"), box),
            "per_contact": QRadioButton(self.tr("Each contact rounded &up to a whole minute"), box),
        }
        group = QButtonGroup(box)
        for key, radio in self.rounding_radios.items():
            group.addButton(radio)
            radio.clicked.connect(lambda _on=False, key=key: self._on_rounding(key))
            row.addWidget(radio)
        row.addStretch(1)
        form.addRow(self.tr("Rounding:"), row)
        return box

    def _seats_box(self) -> QGroupBox:
        box = self.seats_box = QGroupBox(self.tr("Dedicated seats"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        labels = {"count": self.tr("Number of s&eats:"), "per_seat_month": self.tr("Price per seat and month (yen):"),
                  "per_seat_hour": self.tr("Price per seat and open hour (yen):")}
        self.seat_fields: dict[str, NumberField] = {}
        for key in ebc.SEAT_KEYS:
            field = self.seat_fields[key] = NumberField(self._document, False, box,
                                                        unit="count" if key == "count" else "yen")
            field.committed.connect(lambda value, key=key: self._on_seat(key, value))
            form.addRow(labels[key], field)
        hint = QLabel(self.tr("Seat charge a month = seats × (price per seat and month + price per seat-hour "
                              "× the hours the plan covers that month)."), box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        return box

    def _rebuild_channels(self, channels) -> None:
        while self.channels_grid.count():
            item = self.channels_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rate_fields.clear()
        self.channel_checks.clear()
        box = self.channels_box
        for col, text in enumerate((self.tr("Handled"), self.tr("Rate (yen)"))):
            self.channels_grid.addWidget(QLabel(f"<b>{text}</b>", box), 0, col)
        for row, channel in enumerate(channels, start=1):
            check = self.channel_checks[channel.id] = QCheckBox(channel_label(channel, self._document.lang), box)
            check.clicked.connect(lambda on, cid=channel.id: self._on_channel(cid, on))
            self.channels_grid.addWidget(check, row, 0)
            field = self.rate_fields[channel.id] = NumberField(self._document, False, box, unit="yen", optional=True)
            field.setPlaceholderText(self.tr("plan's rate"))
            field.committed.connect(lambda value, cid=channel.id: self._on_rate(cid, value))
            self.channels_grid.addWidget(field, row, 1)
        self.channels_grid.setColumnStretch(2, 1)

    # ------------------------------------------------------------- showing

    def show_plan(self, vi: int | None, pi: int | None, plan: Plan | None, kind: str | None) -> None:
        """Show ``plan`` (of kind ``kind``): only the parts its kind needs."""
        self._vi, self._pi = vi, pi
        self.minute_box.setVisible(kind == "per_minute")
        self.seats_box.setVisible(kind == "dedicated")
        channels = self._document.project.forecast.channels or []
        self.channels_box.setVisible(plan is not None and bool(channels))
        ids = [c.id for c in channels]
        if ids != self._ids or any(self.channel_checks[c.id].text() != channel_label(c, self._document.lang)
                                   for c in channels):
            self._ids = ids
            self._rebuild_channels(channels)
        if plan is None:
            return
        for key, radio in self.rounding_radios.items():
            radio.blockSignals(True)
            radio.setChecked(plan.rounding == key)
            radio.blockSignals(False)
        for key, field in self.seat_fields.items():
            field.set_value(getattr(plan.seats, key) if plan.seats is not None else None)
        handled = set(ids if plan.channels is None else plan.channels)
        for cid, check in self.channel_checks.items():
            check.blockSignals(True)
            check.setChecked(cid in handled)
            check.blockSignals(False)
        rates = plan.rates or {}
        for cid, field in self.rate_fields.items():
            field.set_value(rates.get(cid))
            field.setEnabled(kind != "graduated")  # rates by channel and tiers exclude each other

    # --------------------------------------------------------------- slots

    def _on_rounding(self, rounding: str) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_rounding(self._document.project, self._vi, self._pi, rounding)
            submit(self._document, self.rounding_radios[rounding], edit)

    def _on_seat(self, key: str, value) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_seat_value(self._document.project, self._vi, self._pi, key, value)
            submit(self._document, self.seat_fields[key], edit)

    def _on_rate(self, cid: str, value) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_channel_rate(self._document.project, self._vi, self._pi, cid, value)
            submit(self._document, self.rate_fields[cid], edit)

    def _on_channel(self, cid: str, on: bool) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_plan_channel(self._document.project, self._vi, self._pi, cid, on)
            if not submit(self._document, self.channel_checks[cid], edit):
                check = self.channel_checks[cid]
                check.blockSignals(True)
                check.setChecked(not on)
                check.blockSignals(False)
