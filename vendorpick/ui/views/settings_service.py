"""The Settings page's response-time targets (SPEC 8): per channel, whether it is assessed,
the share to answer and within how long. Edits come from
:mod:`vendorpick.project.edit_builders_service` (undoable); a refused value stays marked
in its field."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from vendorpick.project import edit_builders_service as sb
from vendorpick.project.edits import Edit
from vendorpick.project.model import Project
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.number_field import NumberField
from vendorpick.vocabulary import channel_label


def _edit(project: Project, value: Any, *, cid: str, key: str) -> Edit:
    return sb.set_level_value(project, cid, key, value)


class ServiceLevelsBox(QGroupBox):
    """One row per channel of the forecast: assess (check box), target %, within."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Response-time targets (service levels)"))
        self.document = document
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[QCheckBox, NumberField, NumberField]] = {}
        self._channels: tuple[tuple[str, str], ...] = ()
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    def _name(self, channel) -> str:
        return channel_label(channel.id, channel.name, self.document.lang)

    def _build(self, project: Project) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        hint = QLabel(self.tr("Share of the contacts a plan handles that get their first answer in time, at the "
                              "expected volumes (phone: Erlang C with the seats quoted; mail and messages: the "
                              "queue of the plan's hours). Usual: phone 80% within 20 s, mail and messages 95% "
                              "within 24 h."), self)
        hint.setWordWrap(True)
        self.grid.addWidget(hint, 0, 0, 1, 5)
        for row, channel in enumerate(project.forecast.channel_list(), start=1):
            cid, live = channel.id, channel.channel_kind == "live"
            # Alt+1, Alt+2, … (channel names are the user's: letters would clash with the page's other keys)
            check = QCheckBox(f"&{row} {self._name(channel).replace('&', '&&')}" if row < 10 else self._name(channel), self)
            check.toggled.connect(lambda on, cid=cid: self._on_toggled(cid, on))
            target = NumberField(self.document, parent=self, scale=100, unit="percent").bind(
                partial(self._value, cid=cid, key="target"), partial(_edit, cid=cid, key="target"))
            key = "within_s" if live else "within_h"
            within = NumberField(self.document, parent=self, integer=not live).bind(
                partial(self._value, cid=cid, key=key), partial(_edit, cid=cid, key=key))
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(target, row, 1)
            self.grid.addWidget(QLabel(self.tr("% within"), self), row, 2)
            self.grid.addWidget(within, row, 3)
            self.grid.addWidget(QLabel(self.tr("seconds") if live else self.tr("hours"), self), row, 4)
            self.rows[cid] = (check, target, within)

    @staticmethod
    def _value(project: Project, *, cid: str, key: str) -> Any:
        level = project.settings.service_levels.get(cid)
        return None if level is None else getattr(level, key)

    def _on_document_changed(self, project: Project) -> None:
        channels = tuple((c.id, c.channel_kind) for c in project.forecast.channel_list())
        if channels != self._channels:
            self._channels = channels
            self._build(project)
        for cid, (check, target, within) in self.rows.items():
            on = cid in project.settings.service_levels
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
            target.setEnabled(on)
            within.setEnabled(on)

    def _on_toggled(self, cid: str, on: bool) -> None:
        edit = sb.assess_channel(self.document.project, cid, on)
        if edit is not None:
            self.document.apply(edit)
