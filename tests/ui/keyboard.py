"""Typing into a field as a person does, in one place for every UI test.

``qtbot.keyClicks`` with non-ASCII text aborts the pytest run, so Japanese is
committed as an input method commits it (a ``QInputMethodEvent``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent


def type_into(qtbot, field, text: str) -> None:
    """Replace ``field``'s text with ``text`` (typed, or committed by an input
    method when it is not ASCII), then press Enter."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        field.inputMethodEvent(event)
    qtbot.keyClick(field, Qt.Key.Key_Return)
