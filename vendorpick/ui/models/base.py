"""The base of every editing table model: read the document, write through edits.

A model never keeps a copy of the project: ``data`` reads
``document.project`` each time and ``setData`` builds an edit (from a builder
in ``vendorpick/project``) and calls :meth:`DocumentTableModel.apply`.  A
refused value leaves the project unchanged; the cell keeps the reason
(tooltip, the one error colour) and ``refused`` tells the view so it can
outline itself and the status bar can show the message.  Models never import
views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vendorpick.errors import Problem
from vendorpick.project.edits import Edit
from vendorpick.project.model import Project
from vendorpick.ui.feedback import status_text
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import parse_number, parse_problem

Index = QModelIndex | QPersistentModelIndex
#: the background of a cell whose typed value was refused (the one error colour of tables)
ERROR_BRUSH = QBrush(QColor("#fde0dc"))
_READ_ONLY_BRUSH = QBrush(QColor("#eeeeee"))
#: item data role through which a model offers the choices of a cell: [(code, label)]
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
#: the roles in which a cell gives its value: as shown, and as its editor starts from
SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
#: the alignment of a number in its cell (TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def band_labels() -> dict[str, str]:
    """The four bands' labels in the user's language, for a column header or a
    field (vendorpick.vocabulary's label form, as the workbook's headings: 平日日中 /
    Weekday day); a sentence uses the mid-sentence form (``band_phrase``)."""
    from vendorpick.project.model import BANDS
    from vendorpick.ui.i18n import vocabulary_word

    return {band: vocabulary_word("band", band) for band in BANDS}


def not_a_number() -> list[Problem]:
    return [parse_problem(())]


def typed_number(value: Any, unit: str | None = None) -> float | None:
    """The number typed in a cell: as its editor gave it, or text read the window's
    way (:func:`~vendorpick.parsing.parse_number`, with only ``unit``'s marks); None
    when it is not a number, a blank cell included."""
    if isinstance(value, int | float):
        return float(value)
    return parse_number("" if value is None else str(value), unit)


def is_blank(value: Any) -> bool:
    return value is None or not str(value).strip()


def check_state(on: bool) -> Qt.CheckState:
    """A check box cell's CheckStateRole value."""
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def is_checked(value: Any) -> bool:
    """Whether the CheckStateRole value given to ``setData`` ticks the box."""
    return Qt.CheckState(value) == Qt.CheckState.Checked


class DocumentTableModel(QAbstractTableModel):
    """Shared plumbing: refresh on ``document.changed``, apply edits, remember refusals.

    ``keep_errors`` False forgets every refusal on any change of the project
    (an undo, an edit elsewhere); True keeps them until the shape changes or
    an edit through this model is accepted."""

    refused = Signal(list)
    accepted = Signal()

    def __init__(self, document: Document, parent: QObject | None = None, follow: bool = True, keep_errors: bool = True):
        super().__init__(parent)
        self._document = document
        self._keep_errors = keep_errors
        self._errors: dict[tuple[int, int], str] = {}
        self._shape = (0, 0)
        if follow:  # else the owning view calls refresh() itself, to keep its selection
            document.changed.connect(self.refresh)

    @property
    def document(self) -> Document:
        return self._document

    @property
    def project(self) -> Project:
        return self._document.project

    def refresh(self, *_args: Any) -> None:
        """Follow the project: a reset when rows or columns changed, else dataChanged
        (which keeps the views' selection)."""
        shape = (self.rowCount(), self.columnCount())
        if not self._keep_errors:
            self._errors.clear()
        if shape != self._shape:
            self.beginResetModel()
            self._errors.clear()
            self._shape = shape
            self.endResetModel()
        elif shape[0] and shape[1]:
            self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, shape[1] - 1)

    def remember_shape(self) -> None:
        """Call at the end of a subclass's __init__, once rowCount works."""
        self._shape = (self.rowCount(), self.columnCount())

    def reset(self) -> None:
        self.beginResetModel()
        self._errors.clear()
        self._shape = (self.rowCount(), self.columnCount())
        self.endResetModel()

    def apply(self, index: Index, edit: Edit, label: str | None = None) -> bool:
        """Apply ``edit`` made at ``index``; False (the reason kept) when refused.
        ``label`` names the cell in the status bar's reason."""
        problems = self._document.apply(edit, label)
        if problems:
            return self.refuse(index, problems, announce=False)
        self._errors.clear()
        self.accepted.emit()
        return True

    def apply_number(self, index: Index, value: Any, build: Callable[[float | None], Edit],
                     unit: str | None = None, blank: bool = False) -> bool:
        """Apply ``build(number)`` for the number typed at ``index`` (:func:`typed_number`);
        a blank cell gives None where ``blank`` allows it, else it is refused as any text
        that is not a number."""
        number = typed_number(value, unit)
        if number is None and not (blank and is_blank(value)):
            return self.refuse(index, not_a_number())
        return self.apply(index, build(number))

    def refuse(self, index: Index, problems: list[Problem], announce: bool = True, label: str | None = None) -> bool:
        """Keep why the value typed at ``index`` was refused; always False."""
        text = "\n".join(p.message(self._document.lang) for p in problems)
        self._errors[(index.row(), index.column())] = text
        if announce:  # Document.apply announces its own refusals
            self._document.status.emit(status_text(problems, self._document.lang, label))
        self.dataChanged.emit(index, index)
        self.refused.emit(problems)
        return False

    def error_at(self, index: Index) -> str | None:
        return self._errors.get((index.row(), index.column()))

    def decoration(self, index: Index, role: int, read_only: bool = False) -> Any:
        """Tooltip and background for refused and read-only cells."""
        error = self.error_at(index)
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return ERROR_BRUSH
            if read_only:
                return _READ_ONLY_BRUSH
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns())

    def columns(self) -> list[str]:  # pragma: no cover - overridden
        return []

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            columns = self.columns()
            return columns[section] if section < len(columns) else None
        return super().headerData(section, orientation, role)


EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
