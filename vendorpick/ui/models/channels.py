"""The forecast's channels as an editing table (SPEC 7): id, name, kind,
share, the share of contacts it makes, handling time, own hourly profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from vendorpick import vocabulary
from vendorpick.project import edit_builders_channels as ebc
from vendorpick.ui.models.base import (
    CHECKABLE,
    CHOICES_ROLE,
    EDITABLE,
    READ_ONLY,
    RIGHT,
    SHOWN_ROLES,
    DocumentTableModel,
    Index,
    check_state,
    is_checked,
)
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import cell_number


def channel_label(channel, lang: str) -> str:
    """The channel's name, else the usual word for its id, else the id."""
    return vocabulary.channel_label(channel.id, channel.name, lang)


class ChannelsTableModel(DocumentTableModel):
    ID, NAME, KIND, SHARE, PERCENT, AHT, OWN = range(7)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(document, parent)
        self.remember_shape()

    def channels(self) -> list:
        return list(self.project.forecast.channels or [])

    def columns(self) -> list[str]:
        return [self.tr("Id"), self.tr("Name"), self.tr("Kind"), self.tr("Share"), self.tr("Of contacts (%)"),
                self.tr("Handling time (min)"), self.tr("Own hourly profile")]

    def kind_names(self) -> dict[str, str]:
        return {"live": self.tr("Live"), "deferred": self.tr("Deferred")}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.channels())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        channels = self.channels()
        if not index.isValid() or index.row() >= len(channels):
            return None
        ch, col = channels[index.row()], index.column()
        if col == self.OWN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(ch.hourly_profile is not None)
            return self.decoration(index, role)
        if role == CHOICES_ROLE and col == self.KIND:
            return list(self.kind_names().items())
        if role in SHOWN_ROLES:
            return self._text(ch, col, role, channels)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SHARE, self.PERCENT, self.AHT):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == self.KIND and not self.error_at(index):
            return self.tr("Live: answered while the customer waits (phone, chat). Deferred: answered in the "
                           "vendor's next covered hour (mail, R-Messe, forms).")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ID and not self.error_at(index):
            return self.tr("phone, mail, chat and message get their usual names; any other id is a channel "
                           "of your own")
        return self.decoration(index, role, read_only=col == self.PERCENT)

    def _text(self, ch, col: int, role: int, channels: list) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        if col == self.ID:
            return ch.id
        if col == self.NAME:
            if display and not ch.name:
                return channel_label(ch, self._document.lang)
            return ch.name
        if col == self.KIND:
            kind = ch.kind or ebc.default_kind(ch.id)
            return self.kind_names()[kind] if display else kind
        if col == self.SHARE:
            return cell_number(ch.share, role)
        if col == self.PERCENT:
            total = sum(c.share for c in channels)
            return cell_number(100 * ch.share / total, role, 1) if total > 0 else "—"
        if col == self.AHT:
            return cell_number(ch.aht_min, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self.channels()):
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.PERCENT:
            return READ_ONLY
        return CHECKABLE if index.column() == self.OWN else EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        ci, col = index.row(), index.column()
        project = self.project
        if col == self.OWN and role == Qt.ItemDataRole.CheckStateRole:
            edit = ebc.own_profile(project, ci) if is_checked(value) else ebc.set_channel_profile(project, ci, None)
            return self.apply(index, edit)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == self.ID:
            return self.apply(index, ebc.set_channel_value(project, ci, "id", str(value).strip()))
        if col == self.NAME:
            return self.apply(index, ebc.set_channel_value(project, ci, "name", str(value).strip()))
        if col == self.KIND:
            return self.apply(index, ebc.set_channel_value(project, ci, "kind", str(value)))
        if col in (self.SHARE, self.AHT):
            key = "share" if col == self.SHARE else "aht_min"  # a blank handling time: the usual one
            return self.apply_number(index, value, lambda n: ebc.set_channel_value(project, ci, key, n),
                                     blank=key == "aht_min")
        return False


class PlanChannelsModel(DocumentTableModel):
    """The channels of one plan: whether it handles each (check) and its rate
    for it (blank: the plan's rate)."""

    CHANNEL, RATE = range(2)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(document, parent)
        self.vi: int | None = None
        self.pi: int | None = None
        self.remember_shape()

    def set_scope(self, vi: int | None, pi: int | None) -> None:
        self.vi, self.pi = vi, pi
        self.reset()

    def plan(self):
        vendors = self.project.vendors
        if self.vi is None or self.pi is None or self.vi >= len(vendors) or self.pi >= len(vendors[self.vi].plans):
            return None
        return vendors[self.vi].plans[self.pi]

    def channels(self) -> list:
        return list(self.project.forecast.channels or []) if self.plan() is not None else []

    def columns(self) -> list[str]:
        return [self.tr("Handled channel"), self.tr("Rate (yen, blank = the plan's rate)")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.channels())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        channels, plan = self.channels(), self.plan()
        if not index.isValid() or plan is None or index.row() >= len(channels):
            return None
        ch = channels[index.row()]
        if index.column() == self.CHANNEL:
            if role == Qt.ItemDataRole.DisplayRole:
                return channel_label(ch, self._document.lang)
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(plan.channels is None or ch.id in plan.channels)
            return self.decoration(index, role)
        rate = (plan.rates or {}).get(ch.id)
        if role in SHOWN_ROLES:
            return cell_number(rate, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self.decoration(index, role, read_only=plan.tiers is not None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        plan = self.plan()
        if not index.isValid() or plan is None or index.row() >= len(self.channels()):
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.CHANNEL:
            return CHECKABLE
        return READ_ONLY if plan.tiers is not None else EDITABLE  # rates by channel and tiers exclude each other

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.plan() is None or self.vi is None or self.pi is None:
            return False
        cid = self.channels()[index.row()].id
        vi, pi = self.vi, self.pi
        if index.column() == self.CHANNEL and role == Qt.ItemDataRole.CheckStateRole:
            return self.apply(index, ebc.set_plan_channel(self.project, vi, pi, cid, is_checked(value)))
        if index.column() != self.RATE or role != Qt.ItemDataRole.EditRole:
            return False
        return self.apply_number(index, value, lambda rate: ebc.set_channel_rate(self.project, vi, pi, cid, rate),
                                 "yen", blank=True)  # blank: the plan's rate
