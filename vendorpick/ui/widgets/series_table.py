"""An editable table over one or more lists of numbers of the project.

Each :class:`Series` reads its numbers from the project and turns a changed
cell into an :class:`~vendorpick.project.edits.Edit`; the model adapts, it
does not copy: it reads ``document.project`` on every paint and writes only
through ``document.apply``.  A refused cell keeps the project's value and is
shown in red with the reason as its tooltip (and in the status bar).
Series are rows (``items_as_columns=True``, e.g. twelve months side by side)
or columns (e.g. 24 hours down, weekday and holiday side by side).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vendorpick.errors import Problem
from vendorpick.project.edits import Edit
from vendorpick.project.model import Project
from vendorpick.ui.feedback import status_text
from vendorpick.ui.i18n import format_number
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import format_plain, parse_number, parse_problem

_ERROR_BRUSH = QBrush(QColor("#f8d7da"))
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Series:
    """One list of numbers: its title, how to read it, how to change item i."""

    title: str
    values: Callable[[Project], Sequence[float]]
    edit: Callable[[int, float], Edit]
    scale: float = 1.0


class SeriesTableModel(QAbstractTableModel):
    def __init__(self, document: Document, series: Sequence[Series], labels: Sequence[str],
                 items_as_columns: bool = False, parent=None):
        super().__init__(parent)
        self.document = document
        self.series = list(series)
        self.labels = list(labels)
        self.items_as_columns = items_as_columns
        self.errors: dict[tuple[int, int], list[Problem]] = {}
        document.changed.connect(self._on_document_changed)

    # -- addressing: (series number, item number) of a cell
    def _cell(self, index: Index) -> tuple[int, int]:
        if self.items_as_columns:
            return index.row(), index.column()
        return index.column(), index.row()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self.series) if self.items_as_columns else len(self.labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self.labels) if self.items_as_columns else len(self.series)

    def value(self, series: int, item: int) -> float:
        return self.series[series].values(self.document.project)[item]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s, i = self._cell(index)
        scale = self.series[s].scale
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(self.value(s, i) * scale)
        if role == Qt.ItemDataRole.EditRole:
            return format_plain(self.value(s, i), scale=scale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and (s, i) in self.errors:
            return "\n".join(p.message(self.document.lang) for p in self.errors[(s, i)])
        if role == Qt.ItemDataRole.BackgroundRole and (s, i) in self.errors:
            return _ERROR_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        items_axis = Qt.Orientation.Horizontal if self.items_as_columns else Qt.Orientation.Vertical
        if orientation == items_axis:
            return self.labels[section] if section < len(self.labels) else None
        return self.series[section].title if section < len(self.series) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        s, i = self._cell(index)
        number = value if isinstance(value, int | float) else parse_number(str(value))
        if number is None:
            problems = [parse_problem(("value",))]
            self.document.status.emit(status_text(problems, self.document.lang, self._cell_name(s, i)))
            return self._refuse(index, s, i, problems)
        number = round(float(number) / self.series[s].scale, 12)
        if number == self.value(s, i):
            return True
        problems = self.document.apply(self.series[s].edit(i, number), self._cell_name(s, i))
        if problems:
            return self._refuse(index, s, i, problems)
        return True

    def _cell_name(self, s: int, i: int) -> str:
        """``Index · Mar``: how the status bar names a refused cell."""
        return f"{self.series[s].title} · {self.labels[i]}"

    def _refuse(self, index: Index, s: int, i: int, problems: list[Problem]) -> bool:
        self.errors[(s, i)] = problems
        self.dataChanged.emit(index, index)
        return False

    def _on_document_changed(self, _project: object) -> None:
        self.errors.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class NumberTable(QTableView):
    """A compact table for a :class:`SeriesTableModel`, edited with the keyboard:
    arrows move, typing replaces a cell, Enter or F2 edits it.  Tab leaves the
    table for the next field (as in EditTableView): with Tab cycling through
    the cells, the rest of the screen could not be reached by keyboard."""

    def __init__(self, model: SeriesTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        if model.items_as_columns:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFixedHeight(self._fitted_height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if (self.state() != QAbstractItemView.State.EditingState
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid()):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _fitted_height(self) -> int:
        rows = self.model().rowCount()
        header = self.horizontalHeader().sizeHint().height()
        row = self.verticalHeader().defaultSectionSize() if rows else 0
        return header + rows * row + 2 * self.frameWidth() + 2
