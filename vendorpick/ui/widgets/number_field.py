"""A number field bound to one place in the project.

The field shows the project's value; when the user finishes editing (Enter or
leaving the field) it builds a :class:`~vendorpick.project.edits.SetValue`
and calls ``document.apply``.  A text that is not a number, or a value the
project refuses, is never accepted: the field is outlined in red with the
reason below it and as its tooltip, the reason goes to the status bar, in the
user's language, and the field shows the project's value again (never a
value the project does not hold).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from vendorpick.project.edits import SetValue
from vendorpick.ui.feedback import clear_invalid, field_label, is_marked_invalid, mark_invalid, status_text
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import format_plain, parse_number, parse_problem, read_at


class NumberField(QLineEdit):
    """Edits the number at ``path``; ``text`` is the undo label (English, Japanese).

    ``scale`` shows the value multiplied (100 for a rate shown in percent);
    ``unit`` (``yen``, ``count``, ``percent``) says which unit marks may be typed
    (``800件`` in a count, ``¥1,200`` in an amount; any of them when None);
    ``integer`` refuses fractions; ``optional`` lets an empty field mean null.
    """

    #: emitted after the project accepted a new value
    accepted = Signal(object)

    def __init__(self, document: Document, path: Sequence[Any], text: tuple[str, str], *,
                 scale: float = 1.0, integer: bool = False, optional: bool = False,
                 decimals: int = -1, unit: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.path = tuple(path)
        self.edit_text = text
        self.scale, self.integer, self.optional, self.decimals = scale, integer, optional, decimals
        self.unit = unit  # "yen", "count" or "percent": the unit marks the field accepts
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(110)
        self.editingFinished.connect(self._on_editing_finished)
        document.changed.connect(self._on_document_changed)
        self.refresh()

    def value(self) -> Any:
        return read_at(self.document.project, self.path)

    def refresh(self) -> None:
        """Show the project's value and drop any error mark."""
        self.setText(format_plain(self.value(), 0 if self.integer else self.decimals, self.scale, grouped=True))
        clear_invalid(self)

    def _on_document_changed(self, _project: object) -> None:
        self.refresh()

    def revert(self) -> None:
        """Show the project's value again, keeping the refusal's mark."""
        self.setText(format_plain(self.value(), 0 if self.integer else self.decimals, self.scale, grouped=True))

    def _on_editing_finished(self) -> None:
        value = self._typed_value()
        if value is _INVALID:
            problems = [parse_problem(self.path, self.integer)]
            mark_invalid(self, problems, self.document.lang)
            self.document.status.emit(status_text(problems, self.document.lang, field_label(self)))
            self.revert()
            return
        if value == self.value():
            if is_marked_invalid(self) and self.isModified():  # the user typed the project's value
                self.refresh()
            return
        problems = self.document.apply(SetValue(self.path, value, text=self.edit_text), field_label(self))
        if problems:
            mark_invalid(self, problems, self.document.lang)
            self.revert()
        else:
            clear_invalid(self)
            self.accepted.emit(value)

    def _typed_value(self) -> Any:
        text = self.text().strip()
        if not text and self.optional:
            return None
        number = parse_number(text, self.unit)
        if number is None:
            return _INVALID
        number = number / self.scale if self.scale != 1.0 else number
        if self.integer:
            if not float(number).is_integer():
                return _INVALID
            return int(number)
        return round(number, 12)


_INVALID = object()
