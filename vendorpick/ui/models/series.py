"""An editable table model over one or more lists of numbers of the project.

Each :class:`Series` reads its numbers from the project and turns a changed
cell into an :class:`~vendorpick.project.edits.Edit` (from a builder); the
model adapts, it does not copy: it reads ``document.project`` on every paint
and writes only through ``document.apply``.  A refused cell keeps the
project's value and is shown with the reason (see
:class:`~vendorpick.ui.models.base.DocumentTableModel`).  Series are rows
(``items_as_columns=True``, e.g. twelve months side by side) or columns
(e.g. 24 hours down, weekday and holiday side by side).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from vendorpick.project.edits import Edit
from vendorpick.project.model import Project
from vendorpick.ui.models.base import RIGHT, DocumentTableModel, Index, typed_number
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import cell_number, parse_problem


@dataclass(frozen=True)
class Series:
    """One list of numbers: its title, how to read it, how to change item i."""

    title: str
    values: Callable[[Project], Sequence[float]]
    edit: Callable[[int, float], Edit]
    scale: float = 1.0


class SeriesTableModel(DocumentTableModel):
    def __init__(self, document: Document, series: Sequence[Series], labels: Sequence[str],
                 items_as_columns: bool = False, parent=None):
        self.series = list(series)
        self.labels = list(labels)
        self.items_as_columns = items_as_columns
        super().__init__(document, parent, keep_errors=False)
        self.remember_shape()

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
        return self.series[series].values(self.project)[item]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s, i = self._cell(index)
        scale = self.series[s].scale
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_number(self.value(s, i), role, scale=scale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self.decoration(index, role)

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
        typed = typed_number(value)
        if typed is None:
            return self.refuse(index, [parse_problem(("value",))], label=self._cell_name(s, i))
        number = round(typed / self.series[s].scale, 12)
        if number == self.value(s, i):
            return True
        return self.apply(index, self.series[s].edit(i, number), self._cell_name(s, i))

    def _cell_name(self, s: int, i: int) -> str:
        """``Index · Mar``: how the status bar names a refused cell."""
        return f"{self.series[s].title} · {self.labels[i]}"
