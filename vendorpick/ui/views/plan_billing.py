"""The SPEC 7 part of the plan editor: minute billing, seats, rates by
channel and the channels a plan handles.

Each part shows only when the plan's quote kind needs it (the plan editor
calls :meth:`PlanBilling.show_plan`); each field writes through an edit built by
:mod:`vendorpick.project.edit_builders_channels`, and a refused value is
outlined in red with the reason, next to the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders_channels as ebc
from vendorpick.project.model import Plan
from vendorpick.ui.feedback import submit
from vendorpick.ui.models.channels import PlanChannelsModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.editing import EditTableView, show_model
from vendorpick.ui.widgets.number_field import NumberField


class PlanBilling(QWidget):
    """Minute billing, seats, rates by channel and handled channels of one plan."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._vi: int | None = None
        self._pi: int | None = None
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
        self.channels_model = PlanChannelsModel(self._document, self)
        self.channels_view = EditTableView(self.channels_box)
        show_model(self.channels_view, self.channels_model)
        self.channels_view.setMaximumWidth(520)
        self.channels_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        channels.addWidget(self.channels_view)
        layout.addWidget(self.channels_box)

    # ------------------------------------------------------------ building

    def _minute_box(self) -> QGroupBox:
        box = self.minute_box = QGroupBox(self.tr("Billing by the minute"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Billing unit:"), QLabel(self.tr("minute of handling time (talk or writing, "
                                                             "plus wrap-up)"), box))
        self.rounding_combo = QComboBox(box)
        self.rounding_combo.addItem(self.tr("Minutes as they are"), "none")
        self.rounding_combo.addItem(self.tr("Each contact rounded up to a whole minute"), "per_contact")
        self.rounding_combo.activated.connect(
            lambda i: self._on_rounding(str(self.rounding_combo.itemData(i))))
        form.addRow(self.tr("Rounding:"), self.rounding_combo)
        return box

    def _seats_box(self) -> QGroupBox:
        box = self.seats_box = QGroupBox(self.tr("Dedicated seats"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        labels = {"count": self.tr("Number of seats:"), "per_seat_month": self.tr("Price per seat and month (yen):"),
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

    # ------------------------------------------------------------- showing

    def show_plan(self, vi: int | None, pi: int | None, plan: Plan | None, kind: str | None) -> None:
        """Show ``plan`` (of kind ``kind``): only the parts its kind needs."""
        self._vi, self._pi = vi, pi
        self.minute_box.setVisible(kind == "per_minute")
        self.seats_box.setVisible(kind == "dedicated")
        channels = self._document.project.forecast.channels or []
        self.channels_box.setVisible(plan is not None and bool(channels))
        if (vi, pi) != (self.channels_model.vi, self.channels_model.pi):
            self.channels_model.set_scope(vi, pi)
        rows = max(len(channels), 1)
        view = self.channels_view
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                            + 2 * view.frameWidth() + 2)
        if plan is None:
            return
        self.rounding_combo.setCurrentIndex(self.rounding_combo.findData(plan.rounding))
        for key, field in self.seat_fields.items():
            field.set_value(getattr(plan.seats, key) if plan.seats is not None else None)

    # --------------------------------------------------------------- slots

    def _on_rounding(self, rounding: str) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_rounding(self._document.project, self._vi, self._pi, rounding)
            if not submit(self._document, self.rounding_combo, edit):
                self.rounding_combo.setCurrentIndex(self.rounding_combo.findData(self._plan_rounding()))

    def _plan_rounding(self) -> str:
        assert self._vi is not None and self._pi is not None
        return self._document.project.vendors[self._vi].plans[self._pi].rounding

    def _on_seat(self, key: str, value) -> None:
        if self._vi is not None and self._pi is not None:
            edit = ebc.set_seat_value(self._document.project, self._vi, self._pi, key, value)
            submit(self._document, self.seat_fields[key], edit)
