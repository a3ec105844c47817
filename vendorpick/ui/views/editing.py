"""Small editing widgets shared by the editing screens: notes, list and table
views edited with the keyboard (shown with their model's refusals by
:func:`show_model`), a group of radio buttons for one choice and a combo box
delegate.

A value the user types goes to the project only through
:func:`vendorpick.ui.feedback.submit`; number fields are
:class:`vendorpick.ui.widgets.number_field.NumberField`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from vendorpick.ui.feedback import clear_invalid, mark_invalid
from vendorpick.ui.models.base import CHOICES_ROLE, DocumentTableModel


class NotesEdit(QPlainTextEdit):
    """Free text; ``committed`` fires when the user leaves the field after a change."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self._saved = text

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.commit()
        super().focusOutEvent(event)

    def commit(self) -> None:
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)


def show_model(view: EditListView | EditTableView, model: DocumentTableModel) -> None:
    """Show ``model`` in ``view``, outlined in red with the reason while a value typed
    in it is refused (until one is accepted)."""
    view.setModel(model)
    model.refused.connect(lambda problems: mark_invalid(view, problems, model.document.lang))
    model.accepted.connect(lambda: clear_invalid(view))


def radio_group(parent: QWidget, radios: dict[str, QRadioButton], layout: QBoxLayout,
                chosen: Callable[[str], None]) -> QButtonGroup:
    """Make ``radios`` one exclusive choice, added to ``layout`` in order; the user's
    click on one calls ``chosen`` with its key."""
    group = QButtonGroup(parent)
    for key, radio in radios.items():
        group.addButton(radio)
        radio.clicked.connect(lambda _checked=False, key=key: chosen(key))
        layout.addWidget(radio)
    return group


def _keyboard(view: EditListView | EditTableView, event: QKeyEvent) -> bool:
    """Enter edits the current cell, Delete asks to remove, Ctrl+Up/Down to
    move (F2 is Qt's own); True when the key was used so."""
    if view.state() == QAbstractItemView.State.EditingState:
        return False
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _edit_current(view):
        return True
    if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Delete:
        view.deleteRequested.emit()
        return True
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        view.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
        return True
    return False


def _edit_current(view: QAbstractItemView) -> bool:
    index = view.currentIndex()
    if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
        view.edit(index)
        return True
    return False


class EditListView(QListView):
    """A list edited with the keyboard (:func:`_keyboard`)."""

    deleteRequested = Signal()
    moveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not _keyboard(self, event):
            super().keyPressEvent(event)


class EditTableView(QTableView):
    """A table edited with the keyboard (:func:`_keyboard`)."""

    deleteRequested = Signal()
    moveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.verticalHeader().setDefaultSectionSize(26)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not _keyboard(self, event):
            super().keyPressEvent(event)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the choices the model offers through :data:`CHOICES_ROLE`;
    other cells get the default editor."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(pos, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
