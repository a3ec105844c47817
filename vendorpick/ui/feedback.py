"""Showing why a value was refused, at the field itself.

A refused value outlines the field in red with the reason as its tooltip and
in a small red label just below the field (the document's ``status`` signal
also puts it in the status bar); the next accepted value, or typing in the
field again, clears the mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from vendorpick.errors import Problem

if TYPE_CHECKING:
    from vendorpick.project.edits import Edit
    from vendorpick.ui.undo import Document

# Only the marked widget itself, not its children (a table's headers kept the outline).
_INVALID_STYLE = '*[vp_invalid="true"] { border: 2px solid #d32f2f; }'


_MESSAGE_STYLE = ("QLabel { color: white; background: #c62828; border-radius: 3px; padding: 2px 6px; }")
#: how long the inline message stays when the user does not come back to the field
MESSAGE_MS = 12000


def mark_invalid(widget: QWidget, problems: list[Problem], lang: str) -> None:
    """Outline ``widget`` in red and explain ``problems`` in its tooltip and
    in a label right below it."""
    mark_invalid_text(widget, "\n".join(p.message(lang) for p in problems))


def mark_invalid_text(widget: QWidget, text: str) -> None:
    """:func:`mark_invalid` with a reason already in the user's language."""
    widget.setProperty("vp_invalid", True)
    widget.setStyleSheet(_INVALID_STYLE)
    widget.setToolTip(text)
    show_message(widget, text)


def clear_invalid(widget: QWidget) -> None:
    if widget.property("vp_invalid"):
        widget.setProperty("vp_invalid", False)
        widget.setStyleSheet("")
        widget.setToolTip("")
    hide_message(widget)


def inline_message(widget: QWidget) -> QLabel | None:
    """The label explaining why ``widget``'s value was refused (None when none is shown)."""
    holder = _InlineMessage.of(widget)
    if holder is None:
        return None
    try:
        return holder.label if not holder.label.isHidden() else None
    except RuntimeError:  # deleted with its parent
        return None


def show_message(widget: QWidget, text: str) -> None:
    """Show ``text`` in a small red label just below ``widget`` (a child of
    its window, over what lies below it, as a balloon), until the user types there again, the value
    is accepted or :data:`MESSAGE_MS` pass."""
    parent = widget.window()  # over everything, so a small row container cannot clip it
    if parent is widget or not text:
        return
    holder = _InlineMessage.of(widget) or _InlineMessage(widget, parent)
    label = holder.label
    label.setText(text)
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
    label.setFixedWidth(min(widest + 16, 480))  # one line when it fits, wrapped beyond 480 px
    label.adjustSize()
    label.move(_anchor(widget, label))
    label.raise_()
    label.show()
    holder.timer.start()


def hide_message(widget: QWidget) -> None:
    label = inline_message(widget)
    if label is not None:
        label.hide()


def _anchor(widget: QWidget, label: QLabel) -> QPoint:
    """Where the message goes in the widget's window: below the field, or for
    a table or list below its current cell; kept inside the window."""
    parent = label.parentWidget()
    if parent is None:  # never: the label is made a child of the field's window
        return label.pos()
    point = widget.mapTo(parent, widget.rect().bottomLeft())
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        rect = widget.visualRect(widget.currentIndex())
        point = widget.viewport().mapTo(parent, rect.bottomLeft())
    x = max(0, min(point.x(), parent.width() - label.width()))
    y = point.y() + 2
    if y + label.height() > parent.height():  # no room below: above instead
        y = max(0, point.y() - label.height() - (widget.height() if not isinstance(widget, QAbstractItemView) else 24))
    return QPoint(x, y)


class _InlineMessage(QObject):
    """One field's message label (a child of the field's window) and its timer.

    It is a child of the field, so it goes with it, and the field's event
    filter: it hides the message when the user types there again or the
    field is hidden, and keeps it under the field when the field moves."""

    def __init__(self, field: QWidget, window: QWidget):
        super().__init__(field)
        self.field = field
        self.label = QLabel(window)
        self.label.setObjectName("vp_inline_message")
        self.label.setStyleSheet(_MESSAGE_STYLE)
        self.label.setWordWrap(True)
        self.timer = QTimer(self.label)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MESSAGE_MS)
        self.timer.timeout.connect(self.label.hide)
        field.installEventFilter(self)

    @staticmethod
    def of(field: QWidget) -> _InlineMessage | None:
        return field.findChild(_InlineMessage, "", Qt.FindChildOption.FindDirectChildrenOnly)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.Hide):
            hide_message(self.field)
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize):
            label = inline_message(self.field)
            if label is not None:
                label.move(_anchor(self.field, label))
        return False


def is_marked_invalid(widget: QWidget) -> bool:
    return bool(widget.property("vp_invalid"))


_MNEMONIC = re.compile(r"\(&[^&]\)|&(?=[^&])")
_TAIL = re.compile(r"\s*(\([^()]*\)|（[^（）]*）)?\s*[:：]?\s*$")


def plain_label(text: str) -> str:
    """A label's text as a name: ``"&Monthly fee (yen):"`` → ``"Monthly fee"``,
    ``"月額固定費（円）(&M):"`` → ``"月額固定費"`` (no mnemonic, unit or colon)."""
    return _TAIL.sub("", _MNEMONIC.sub("", text)).replace("&&", "&").strip()


def field_label(widget: QWidget) -> str | None:
    """The visible name of ``widget``: the text of the label whose buddy it is."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain_label(label.text()) or None
    return None


def status_text(problems: list[Problem], lang: str, label: str | None = None) -> str:
    """Refused values for the status bar: the reason, after the field's name
    when it is known; never the project path of the value."""
    prefix = f"{label}: " if label else ""
    return "\n".join(prefix + p.message(lang) for p in problems)


def submit(document: Document, widget: QWidget, edit: Edit) -> bool:
    """Apply ``edit`` made in ``widget`` (the one way a field applies an edit);
    on refusal outline ``widget`` in red with the reason (the document puts
    it in the status bar, after the field's name) and show the project's
    value again where the widget can (``revert``)."""
    problems = document.apply(edit, field_label(widget))
    if problems:
        mark_invalid(widget, problems, document.lang)
        revert = getattr(widget, "revert", None)
        if callable(revert) and not isinstance(widget, QAbstractItemView):
            revert()  # never show a value the project does not hold
        return False
    clear_invalid(widget)
    return True
