"""Models of the Vendors screen: vendors, their plans, a plan's tiers and phases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from vendorpick.errors import Problem
from vendorpick.project import edit_builders as eb
from vendorpick.project.model import BANDS, Plan, check_month
from vendorpick.ui.models.base import (
    CHECKABLE,
    EDITABLE,
    READ_ONLY,
    RIGHT,
    SHOWN_ROLES,
    DocumentTableModel,
    Index,
    band_labels,
    check_state,
    is_checked,
)
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import cell_number


class VendorListModel(DocumentTableModel):
    """One row per vendor; the name is edited in place (renaming the vendor)."""

    def __init__(self, document: Document, parent: QObject | None = None, follow: bool = True):
        super().__init__(document, parent, follow)
        self.remember_shape()

    def columns(self) -> list[str]:
        return [self.tr("Vendor")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.project.vendors)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.project.vendors):
            return None
        if role in SHOWN_ROLES:
            return self.project.vendors[index.row()].name
        return self.decoration(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value)
        if name == self.project.vendors[index.row()].name:
            return True
        return self.apply(index, eb.rename_vendor(self.project, index.row(), name))


class _PlanScoped(DocumentTableModel):
    """A model about one vendor (and maybe one plan) that may be gone after an undo."""

    def __init__(self, document: Document, parent: QObject | None = None, follow: bool = True):
        self._vi: int | None = None
        self._pi: int | None = None
        super().__init__(document, parent, follow)
        self.remember_shape()

    def set_scope(self, vi: int | None, pi: int | None = None) -> None:
        self._vi, self._pi = vi, pi
        self.reset()

    def scope(self) -> tuple[int, int] | None:
        """(vendor, plan) indexes, when both are set."""
        return (self._vi, self._pi) if self._vi is not None and self._pi is not None else None

    def plan(self) -> Plan | None:
        vendors = self.project.vendors
        if self._vi is None or self._vi >= len(vendors):
            return None
        plans = vendors[self._vi].plans
        return plans[self._pi] if self._pi is not None and self._pi < len(plans) else None


class PlanListModel(_PlanScoped):
    """The plans of one vendor; the name is edited in place."""

    def columns(self) -> list[str]:
        return [self.tr("Plan")]

    def _plans(self) -> list[Plan]:
        vendors = self.project.vendors
        return vendors[self._vi].plans if self._vi is not None and self._vi < len(vendors) else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._plans())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plans = self._plans()
        if not index.isValid() or index.row() >= len(plans):
            return None
        if role in SHOWN_ROLES:
            return plans[index.row()].name
        return self.decoration(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._vi is None:
            return False
        name = str(value)
        if name == self._plans()[index.row()].name:
            return True
        return self.apply(index, eb.set_plan_value(self.project, self._vi, index.row(), "name", name))


class TiersTableModel(_PlanScoped):
    """The graduated prices of a plan: up to how many billable contacts, at which rate."""

    UP_TO, RATE = 0, 1

    def columns(self) -> list[str]:
        return [self.tr("Up to (billable contacts)"), self.tr("Rate (yen per contact)")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        plan = self.plan()
        return 0 if parent.isValid() or plan is None or plan.tiers is None else len(plan.tiers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.plan()
        if not index.isValid() or plan is None or not plan.tiers or index.row() >= len(plan.tiers):
            return None
        tier = plan.tiers[index.row()]
        value = tier.up_to if index.column() == self.UP_TO else tier.rate
        if role in SHOWN_ROLES:
            if value is None:
                return self.tr("no limit") if role == Qt.ItemDataRole.DisplayRole else ""
            return cell_number(value, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self.decoration(index, role, read_only=value is None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        last = index.row() == self.rowCount() - 1
        return READ_ONLY if last and index.column() == self.UP_TO else EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        scope = self.scope()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or scope is None:
            return False
        vi, pi = scope
        key = "up_to" if index.column() == self.UP_TO else "rate"
        unit = "count" if key == "up_to" else "yen"  # 1,000件 for a limit, 300円 for a price
        return self.apply_number(index, value, lambda n: eb.set_tier(self.project, vi, pi, index.row(), key, n), unit)


class PhasesTableModel(TiersTableModel):
    """Staged roll-out (SPEC 6): from which month, which bands the plan covers."""

    def columns(self) -> list[str]:
        labels = band_labels()
        return [self.tr("From month (YYYY-MM)")] + [labels[b] for b in BANDS]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        plan = self.plan()
        return 0 if parent.isValid() or plan is None else len(plan.phases)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.plan()
        if not index.isValid() or plan is None or index.row() >= len(plan.phases):
            return None
        phase = plan.phases[index.row()]
        if index.column() == 0:
            return phase.from_ if role in SHOWN_ROLES else self.decoration(index, role)
        if role == Qt.ItemDataRole.CheckStateRole:
            on = BANDS[index.column() - 1] in phase.coverage
            return check_state(on)
        return self.decoration(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if index.column() == 0 else CHECKABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        scope = self.scope()
        if not index.isValid() or scope is None:
            return False
        vi, pi = scope
        if index.column() == 0 and role == Qt.ItemDataRole.EditRole:
            month = str(value).strip()
            try:
                check_month(month)
            except ValueError:
                return self.refuse(index, [Problem("", "vp_month")])
            return self.apply(index, eb.set_phase_month(self.project, vi, pi, index.row(), month))
        if index.column() > 0 and role == Qt.ItemDataRole.CheckStateRole:
            band = BANDS[index.column() - 1]
            return self.apply(index, eb.set_phase_band(self.project, vi, pi, index.row(), band, is_checked(value)))
        return False
