"""Small editing widgets shared by the Vendors and Criteria screens.

A value the user types goes to the project only through ``Document.apply``;
:func:`submit` does that and marks the field with the reason when the edit is
refused (the document also puts it in the status bar).  Number fields accept
full-width digits and thousands separators, as Japanese users often type them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from vendorpick.errors import Problem
from vendorpick.project.edits import Edit
from vendorpick.project.model import BANDS
from vendorpick.ui.feedback import clear_invalid, field_label, mark_invalid, mark_invalid_text, status_text
from vendorpick.ui.i18n import vocabulary_word
from vendorpick.ui.widgets.numbers import (
    PREMIUM_MAX_PERCENT,
    format_plain,
    format_premium,
    is_ambiguous_premium,
    parse_number,
    parse_premium,
    parse_problem,
    parse_times,
    premium_to_multiplier,
)

#: item data role through which a model offers the choices of a cell: [(code, label)]
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


def band_labels() -> dict[str, str]:
    """The four bands in the user's language (from vendorpick.vocabulary)."""
    return {band: vocabulary_word("band_phrase", band, capitalise=True) for band in BANDS}


def format_number(value: float | None) -> str:
    """50000.0 → ``"50,000"``; 1.25 → ``"1.25"`` (the locale's separators)."""
    return format_plain(value, grouped=True)


def submit(document, widget: QWidget, edit: Edit) -> bool:
    """Apply ``edit``; on refusal outline ``widget`` in red with the reason."""
    problems = document.apply(edit, field_label(widget))
    if problems:
        mark_invalid(widget, problems, document.lang)
        if isinstance(widget, NumberField):
            widget.revert()  # never show a value the project does not hold
        return False
    clear_invalid(widget)
    return True


def not_a_number() -> list[Problem]:
    return [parse_problem(())]


class NumberField(QLineEdit):
    """A line edit for one number; ``committed`` fires when the user finishes
    typing a different value (Enter or leaving the field).  ``unit`` (``yen``,
    ``count``, ``percent``) says which unit marks the field accepts.  A text
    that is no number is explained below the field and the field shows the
    project's value again (never a value the project does not hold)."""

    committed = Signal(float)

    def __init__(self, document, integer: bool = False, parent: QWidget | None = None, unit: str | None = None):
        super().__init__(parent)
        self._document = document
        self._integer = integer
        self._unit = unit
        self._value: float | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(110)
        self.editingFinished.connect(self._on_editing_finished)

    def set_value(self, value: float | None) -> None:
        self._value = value
        self.setText(self.format(value))
        clear_invalid(self)

    def format(self, value: float | None) -> str:
        return format_number(value)

    def value(self) -> float | None:
        return self._value

    def revert(self) -> None:
        """Show the project's value again, keeping the refusal's mark."""
        self.setText(self.format(self._value))

    def _on_editing_finished(self) -> None:
        if self.text() == self.format(self._value):
            return
        value = parse_number(self.text(), self._unit)
        if value is None or (self._integer and not value.is_integer()):
            problems = [parse_problem((), self._integer)]
            mark_invalid(self, problems, self._document.lang)
            self._document.status.emit(status_text(problems, self._document.lang, field_label(self)))
            self.revert()
            return
        if value == self._value:
            self.set_value(value)
            return
        self.committed.emit(float(int(value)) if self._integer and value.is_integer() else value)


class PremiumField(NumberField):
    """A surcharge typed as vendors write it, a percentage premium (``+25 %``,
    ``25%``, ``25``, ``＋２５％``) or a factor (``1.25倍``, ``×1.25``);
    ``committed`` carries the multiplier the file keeps (1.25).  A bare
    ``1.25`` is ambiguous (+1.25 % or ×1.25?) and asks which is meant.  A discount or a premium above +200 % is refused with
    the reason below the field."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, False, parent, unit="percent")
        self.setPlaceholderText("+0 %")
        self.setToolTip(self.tr("Premium in percent: +25 % (or 25) means 1.25 × the price"))

    def format(self, value: float | None) -> str:
        return format_premium(value)

    def _on_editing_finished(self) -> None:
        if self.text() == self.format(self._value):
            return
        times = parse_times(self.text())
        percent = (100.0 * (times - 1.0) if times is not None
                   else parse_premium(self.text()) if self.text().strip() else 0.0)
        reason = None
        if times is None and is_ambiguous_premium(self.text()):
            reason = self.tr("Is %1 a premium of %1 % or %1 × the price? Type +%2 % (or ×%1) for %1 × the "
                             "price, or +%1 % for a premium of %1 %.").replace("%1", self.text().strip()) \
                .replace("%2", format_plain(100.0 * ((parse_number(self.text()) or 1.0) - 1.0)))
        elif percent is None:
            reason = self.tr("Type the premium in percent, for example +25 %.")
        elif percent < 0:
            reason = self.tr("A surcharge cannot be a discount: type the premium in percent, for example +25 %.")
        elif percent > PREMIUM_MAX_PERCENT:
            reason = self.tr("A premium above +200 % is not plausible: type the premium in percent "
                             "(+25 % for 1.25 × the price).")
        if reason is not None:
            mark_invalid_text(self, reason)
            label = field_label(self)
            self._document.status.emit(f"{label}: {reason}" if label else reason)
            self.revert()
            return
        multiplier = premium_to_multiplier(percent)
        if multiplier == self._value:
            self.set_value(multiplier)
            return
        self.committed.emit(multiplier)


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


class _KeyboardMixin:
    """Enter or F2 edits the current cell, Delete asks to remove, Ctrl+Up/Down to move."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        editing = self.state() == QAbstractItemView.State.EditingState
        key = event.key()
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._edit_current():
            return
        if not editing and (event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Delete):
            self.deleteRequested.emit()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not editing and ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def _edit_current(self) -> bool:
        index: QModelIndex = self.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
            return True
        return False


class EditListView(_KeyboardMixin, QListView):
    deleteRequested = Signal()
    moveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class EditTableView(_KeyboardMixin, QTableView):
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
