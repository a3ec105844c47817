"""The project's sale events as an editable table (Forecast, third tab)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt

from vendorpick.project import edit_builders_project as pb
from vendorpick.ui.models.base import RIGHT, DocumentTableModel, Index, typed_number
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import format_number, format_plain, parse_problem

NAME, START, END, MULTIPLIER = range(4)


class EventsModel(DocumentTableModel):
    """The project's events; every change is an edit through the document."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(document, parent, keep_errors=False)
        self.headers = [self.tr("Event"), self.tr("First day"), self.tr("Last day"), self.tr("Multiplier")]
        self.remember_shape()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.project.forecast.events)

    def columns(self) -> list[str]:
        return self.headers

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.project.forecast.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [event.name, event.start.isoformat(), event.end.isoformat(),
                    "× " + format_number(event.multiplier)][col]
        if role == Qt.ItemDataRole.EditRole:
            return [event.name, _qdate(event.start), _qdate(event.end), format_plain(event.multiplier)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == MULTIPLIER:
            return RIGHT
        return self.decoration(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        edit = self._edit(row, col, value)
        if edit is None:
            return self.refuse(index, [parse_problem(pb.event_path(row, "multiplier"))])
        return self.apply(index, edit)

    def _edit(self, row: int, col: int, value):
        project = self.project
        if col == NAME:
            return pb.rename_event(project, row, str(value))
        if col == MULTIPLIER:
            number = typed_number(value)
            if number is None:
                return None
            return pb.set_event_multiplier(project, row, number)
        day = (dt.date(value.year(), value.month(), value.day()) if isinstance(value, QDate)
               else dt.date.fromisoformat(str(value)))
        if col == END:
            return pb.set_event_end(project, row, day)
        return pb.move_event_start(project, row, day)  # keeps the event's length


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
