"""The editor of one plan: every plan field of SPEC section 1, and phases (SPEC 6).

Each field writes through an edit built by :mod:`vendorpick.project.edit_builders`;
a refused value stays in the field, outlined in red with the reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders as eb
from vendorpick.project.model import BANDS, SURCHARGE_BANDS, Plan, Project
from vendorpick.ui.feedback import clear_invalid, submit
from vendorpick.ui.models.base import band_labels
from vendorpick.ui.models.vendors import PhasesTableModel, TiersTableModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.editing import EditTableView, NotesEdit, radio_group, show_model
from vendorpick.ui.views.plan_billing import PlanBilling
from vendorpick.ui.widgets.number_field import NumberField, PremiumField

_MONEY_FIELDS = ("monthly_fee", "included", "minimum_monthly_charge", "setup_fee")


class PlanEditor(QWidget):
    """Edits plan ``pi`` of vendor ``vi`` of the document's project."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._vi: int | None = None
        self._pi: int | None = None
        self.fields: dict[str, NumberField] = {}
        self.coverage: dict[str, QCheckBox] = {}
        self.surcharges: dict[tuple[str, str], NumberField] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._basics_box())
        layout.addWidget(self._price_box())
        layout.addWidget(self._hours_box())
        layout.addWidget(self._surcharge_box())
        layout.addWidget(self._phases_box())
        layout.addWidget(self._notes_box())
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _number(self, integer: bool = False, unit: str | None = "yen") -> NumberField:
        return NumberField(self._document, integer, self, unit=unit)

    def _basics_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Plan"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name_edit = QLineEdit(box)
        self.name_edit.setMinimumWidth(260)
        self.name_edit.editingFinished.connect(self._on_name)
        form.addRow(self.tr("Plan name:"), self.name_edit)
        labels = {
            "monthly_fee": self.tr("Monthly fee (yen):"),
            "included": self.tr("Included contacts per month:"),
            "minimum_monthly_charge": self.tr("Minimum monthly charge (yen):"),
            "setup_fee": self.tr("Setup fee (yen):"),
        }
        self._basics_form = form
        for key in _MONEY_FIELDS:
            field = self.fields[key] = self._number(unit="count" if key == "included" else "yen")
            field.committed.connect(lambda value, key=key: self._on_value(key, value))
            form.addRow(labels[key], field)
        self.term_spin = QSpinBox(box)
        self.term_spin.setRange(0, 120)
        self.term_spin.setSuffix(self.tr(" months"))
        self.term_spin.setKeyboardTracking(False)
        self.term_spin.valueChanged.connect(lambda v: self._on_value("min_term_months", v, self.term_spin))
        form.addRow(self.tr("Minimum term:"), self.term_spin)
        self.tax_check = QCheckBox(self.tr("Prices are &quoted including consumption tax"), box)
        self.tax_check.clicked.connect(lambda on: self._on_value("tax_included", on, self.tax_check))
        form.addRow(self.tr("Tax:"), self.tax_check)
        return box

    def _price_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kind of quote"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.fixed_radio = QRadioButton(self.tr("Fi&xed monthly fee (with a cap)"), box)
        self.per_contact_radio = QRadioButton(self.tr("Pe&r contact"), box)
        self.tiers_radio = QRadioButton(self.tr("&Graduated tiers"), box)
        self.per_minute_radio = QRadioButton(self.tr("Per-minute &billing (handling time)"), box)
        self.seats_radio = QRadioButton(self.tr("Dedicated seats (team si&ze, hours)"), box)
        self.flat_radio = self.fixed_radio  # the name older code and tests use
        self.kind_radios = {"fixed": self.fixed_radio, "per_contact": self.per_contact_radio,
                            "graduated": self.tiers_radio, "per_minute": self.per_minute_radio,
                            "dedicated": self.seats_radio}
        radio_group(box, self.kind_radios, row, self._on_kind)
        row.addStretch(1)
        layout.addLayout(row)
        self.kind_hint = QLabel("", box)
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setEnabled(False)
        layout.addWidget(self.kind_hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rate = self.fields["rate"] = self._number()
        rate.committed.connect(lambda value: self._on_value("rate", value))
        self.rate_label = QLabel(self.tr("Rate per extra contact (yen):"), box)
        self.rate_label.setBuddy(rate)
        form.addRow(self.rate_label, rate)
        layout.addLayout(form)
        self._tiers_controls(box, layout)
        self.billing = PlanBilling(self._document, box)
        layout.addWidget(self.billing)
        self._chosen_kind: dict[tuple[int, int], str] = {}
        return box

    def _tiers_controls(self, box: QGroupBox, layout: QVBoxLayout) -> None:
        self.tiers_model = TiersTableModel(self._document, self)
        self.tiers_view = self._table(self.tiers_model, box, 120)
        self.tiers_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers_view.setMaximumWidth(520)
        self.tiers_view.deleteRequested.connect(self._on_remove_tier)
        layout.addWidget(self.tiers_view)
        buttons = QHBoxLayout()
        self.add_tier_button = QPushButton(self.tr("Add t&ier"), box)
        self.remove_tier_button = QPushButton(self.tr("Re&move tier"), box)
        self.add_tier_button.clicked.connect(self._on_add_tier)
        self.remove_tier_button.clicked.connect(self._on_remove_tier)
        buttons.addWidget(self.add_tier_button)
        buttons.addWidget(self.remove_tier_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _table(self, model, parent: QWidget, height: int) -> EditTableView:
        view = EditTableView(parent)
        show_model(view, model)
        view.setMinimumHeight(height)
        return view

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hours covered"), self)
        form = QFormLayout(box)
        night = QHBoxLayout()
        self.night_start = self._hour_spin(box, "start")
        self.night_end = self._hour_spin(box, "end")
        night.addWidget(self.night_start)
        night.addWidget(QLabel(self.tr("to"), box))
        night.addWidget(self.night_end)
        night.addWidget(QLabel(self.tr("(same hour = no night)"), box))
        night.addStretch(1)
        night_label = QLabel(self.tr("Night window from:"), box)
        night_label.setBuddy(self.night_start)
        form.addRow(night_label, night)
        grid = QGridLayout()
        # The bands' labels (vendorpick.vocabulary's, as the workbook's headings), with
        # mnemonics that no other control of the Vendors page uses.
        names = {"weekday_day": self.tr("&Weekday day"), "weekday_night": self.tr("Wee&kday night"),
                 "holiday_day": self.tr("Holiday da&y"), "holiday_night": self.tr("Holiday &night")}
        for k, band in enumerate(BANDS):
            check = self.coverage[band] = QCheckBox(names[band], box)
            check.clicked.connect(lambda on, band=band: self._on_coverage(band, on))
            grid.addWidget(check, k // 2, k % 2)
        grid.setColumnStretch(2, 1)
        form.addRow(self.tr("Bands covered:"), grid)
        return box

    def _hour_spin(self, parent: QWidget, which: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, 23)
        spin.setSuffix(self.tr(":00"))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda hour: self._on_night(which, hour, spin))
        return spin

    def _surcharge_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Surcharges by band"), self)
        grid = QGridLayout(box)
        heads = [self.tr("Premium (%)"), self.tr("Per contact (yen)"), self.tr("Monthly option (yen)")]
        for col, text in enumerate(heads, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>", box), 0, col)
        for row, band in enumerate(SURCHARGE_BANDS, start=1):
            grid.addWidget(QLabel(band_labels()[band], box), row, 0)
            for col, key in enumerate(eb.SURCHARGE_KEYS, start=1):
                field = self.surcharges[band, key] = (PremiumField(self._document, self) if key == "multiplier"
                                                      else self._number())
                field.committed.connect(lambda value, band=band, key=key: self._on_surcharge(band, key, value))
                grid.addWidget(field, row, col)
        hint = QLabel(self.tr("Type surcharges as the quote writes them: +25 % (or 25, 1.25倍, 2割5分増し) adds "
                              "25 % to the price of billable contacts in that band; 0 means no premium."), box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, len(SURCHARGE_BANDS) + 1, 0, 1, 4)
        grid.setColumnStretch(4, 1)
        return box

    def _phases_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staged roll-out"), self)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("From each phase's month on, its bands replace the plan's coverage "
                              "(for example nights and weekends first, weekdays later)."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.phases_model = PhasesTableModel(self._document, self)
        self.phases_view = self._table(self.phases_model, box, 100)
        self.phases_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.phases_view.deleteRequested.connect(self._on_remove_phase)
        layout.addWidget(self.phases_view)
        buttons = QHBoxLayout()
        self.add_phase_button = QPushButton(self.tr("Add pha&se"), box)
        self.remove_phase_button = QPushButton(self.tr("Rem&ove phase"), box)
        self.add_phase_button.clicked.connect(self._on_add_phase)
        self.remove_phase_button.clicked.connect(self._on_remove_phase)
        buttons.addWidget(self.add_phase_button)
        buttons.addWidget(self.remove_phase_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Plan notes"), self)
        layout = QVBoxLayout(box)
        self.notes_edit = NotesEdit(box)
        self.notes_edit.committed.connect(lambda text: self._on_value("notes", text, self.notes_edit))
        layout.addWidget(self.notes_edit)
        return box

    def first_field(self) -> QWidget:
        """Where Tab enters the editor."""
        return self.name_edit

    # ------------------------------------------------------------- reading

    def set_plan(self, vi: int | None, pi: int | None) -> None:
        self._vi, self._pi = vi, pi
        self.tiers_model.set_scope(vi, pi)
        self.phases_model.set_scope(vi, pi)
        self.refresh()

    def plan(self) -> Plan | None:
        vendors = self._document.project.vendors
        if self._vi is None or self._pi is None or self._vi >= len(vendors):
            return None
        plans = vendors[self._vi].plans
        return plans[self._pi] if self._pi < len(plans) else None

    def refresh(self, *_args) -> None:
        plan, at = self.plan(), self._at()
        self.setEnabled(plan is not None)
        if plan is None or at is None:
            self._clear()
            self.billing.show_plan(None, None, None, None)
            return
        widgets = (self.name_edit, self.term_spin, self.tax_check, self.notes_edit, self.night_start,
                   self.night_end, *self.kind_radios.values(), *self.coverage.values())
        for widget in widgets:
            widget.blockSignals(True)
        self._show(plan, at)
        for widget in widgets:
            widget.blockSignals(False)

    def _clear(self) -> None:
        """No plan: empty fields, not the last plan's values greyed out."""
        self.name_edit.clear()
        for field in (*self.fields.values(), *self.surcharges.values()):
            field.set_value(None)
        for check in (*self.coverage.values(), self.tax_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        for radio in self.kind_radios.values():
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self.notes_edit.set_text("")
        self.kind_hint.setText("")

    def kind(self) -> str | None:
        """The quote kind shown: read off the plan, or the kind the user chose
        for it while the plan still reads either way (a fixed plan whose fee
        is not typed yet)."""
        plan, at = self.plan(), self._at()
        return None if plan is None or at is None else self._kind_of(plan, at)

    def _kind_of(self, plan: Plan, at: tuple[int, int]) -> str:
        inferred = eb.quote_kind(plan)
        chosen = self._chosen_kind.get(at)
        return "fixed" if chosen == "fixed" and inferred == "per_contact" else inferred

    def _at(self) -> tuple[int, int] | None:
        """(vendor, plan) indexes of the plan shown, when there is one."""
        vi, pi = self._vi, self._pi
        return None if vi is None or pi is None or self.plan() is None else (vi, pi)

    def _show(self, plan: Plan, at: tuple[int, int]) -> None:
        self.name_edit.setText(plan.name)
        clear_invalid(self.name_edit)
        for key, field in self.fields.items():
            field.set_value(getattr(plan, key))
        self.term_spin.setValue(plan.min_term_months)
        self.tax_check.setChecked(plan.tax_included)
        kind = self._kind_of(plan, at)
        tiered = kind == "graduated"
        self.kind_radios[kind].setChecked(True)
        for rate_widget in (self.fields["rate"], self.rate_label):
            rate_widget.setVisible(not tiered)
        for tier_widget in (self.tiers_view, self.add_tier_button, self.remove_tier_button):
            tier_widget.setVisible(tiered)
        per_contact = kind == "per_contact"
        for key in ("monthly_fee", "included"):
            self._basics_form.setRowVisible(self.fields[key], not per_contact)
        self.rate_label.setText({
            "per_contact": self.tr("Price per contact (yen):"),
            "per_minute": self.tr("Price per billable minute (yen):"),
            "dedicated": self.tr("Price per contact on top of the seats (yen):"),
        }.get(kind, self.tr("Rate per extra contact (yen):")))
        included_label = self._basics_form.labelForField(self.fields["included"])
        if isinstance(included_label, QLabel):
            included_label.setText(self.tr("Included minutes per month:") if kind == "per_minute"
                                   else self.tr("Included contacts per month:"))
        self.billing.show_plan(*at, plan, kind)
        self.kind_hint.setText({
            "fixed": self.tr("A monthly fee covers contacts up to the cap (included contacts); each contact "
                             "beyond it costs the extra-contact rate."),
            "per_contact": self.tr("Every contact costs the price per contact; a minimum monthly charge, if "
                                   "the quote has one, is the least billed in a month."),
            "graduated": self.tr("Contacts beyond the included ones are charged by tiers: up to each "
                                 "limit at that tier's price."),
            "per_minute": self.tr("The vendor bills the minutes of handling time (each channel's handling "
                                  "time on the Forecast page); the monthly fee covers the included minutes."),
            "dedicated": self.tr("A dedicated team: a price per seat and month and/or per seat and open hour, "
                                 "with a monthly fee and a price per contact if the quote has them."),
        }[kind])
        self.night_start.setValue(plan.night_hours.start)
        self.night_end.setValue(plan.night_hours.end)
        for band, check in self.coverage.items():
            check.setChecked(band in plan.coverage)
        for (band, key), field in self.surcharges.items():
            field.set_value(getattr(plan.surcharge(band), key))
        self.notes_edit.set_text(plan.notes)
        self.remove_phase_button.setEnabled(bool(plan.phases))

    # --------------------------------------------------------------- slots

    def _project(self) -> Project:
        return self._document.project

    def _on_name(self) -> None:
        plan, at = self.plan(), self._at()
        if plan is not None and at is not None and self.name_edit.text() != plan.name:
            edit = eb.set_plan_value(self._project(), *at, "name", self.name_edit.text())
            submit(self._document, self.name_edit, edit)

    def _on_value(self, key: str, value: object, widget: QWidget | None = None) -> None:
        if (at := self._at()) is not None:
            edit = eb.set_plan_value(self._project(), *at, key, value)
            submit(self._document, widget or self.fields[key], edit)

    def _on_night(self, which: str, hour: int, spin: QSpinBox) -> None:
        if (at := self._at()) is not None:
            submit(self._document, spin, eb.set_night_hours(self._project(), *at, which, hour))

    def _on_coverage(self, band: str, on: bool) -> None:
        if (at := self._at()) is not None:
            edit = eb.set_coverage(self._project(), *at, band, on)
            submit(self._document, self.coverage[band], edit)

    def _on_surcharge(self, band: str, key: str, value: float) -> None:
        if (at := self._at()) is not None:
            edit = eb.set_surcharge(self._project(), *at, band, key, value)
            submit(self._document, self.surcharges[band, key], edit)

    def _on_tiers(self, on: bool) -> None:
        self._on_kind("graduated" if on else "fixed")

    def _on_kind(self, kind: str) -> None:
        at = self._at()
        if at is None:
            return
        self._chosen_kind[at] = kind
        edit = eb.set_quote_kind(self._project(), *at, kind)
        if edit is None:
            self.refresh()
        elif not submit(self._document, self.kind_radios[kind], edit):
            self._chosen_kind.pop(at, None)
            self.refresh()  # the radio of the plan's kind again; the reason stays next to the chosen one

    def _on_add_tier(self) -> None:
        if (at := self._at()) is not None:
            submit(self._document, self.tiers_view, eb.add_tier(self._project(), *at))

    def _on_remove_tier(self) -> None:
        plan, at = self.plan(), self._at()
        row = self.tiers_view.currentIndex().row()
        if plan is not None and at is not None and plan.tiers and len(plan.tiers) > 1:
            row = row if 0 <= row < len(plan.tiers) else len(plan.tiers) - 1
            submit(self._document, self.tiers_view, eb.remove_tier(self._project(), *at, row))

    def _on_add_phase(self) -> None:
        if (at := self._at()) is not None:
            submit(self._document, self.phases_view, eb.add_phase(self._project(), *at))

    def _on_remove_phase(self) -> None:
        plan, at = self.plan(), self._at()
        row = self.phases_view.currentIndex().row()
        if plan is not None and at is not None and plan.phases:
            row = row if 0 <= row < len(plan.phases) else len(plan.phases) - 1
            submit(self._document, self.phases_view, eb.remove_phase(self._project(), *at, row))
