"""Window shortcuts that a focused text field must not swallow.

On Linux (X11 key bindings) ``QLineEdit`` and the spin boxes take Ctrl+E as
"move to the end of the line" and accept the ``ShortcutOverride`` event, so
File ▸ Export Comparison Workbook (Ctrl+E) did nothing whenever a field had
the focus — which on the editing screens is nearly always (seen under Xvfb
with xdotool).  :class:`FieldShortcuts` filters the text fields of one
window as they get the focus and lets the given actions' shortcuts through;
every other key (Ctrl+Z, Ctrl+A, Ctrl+C…) keeps its text-field meaning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

FIELDS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
MARK = "vp_window_shortcuts"


class FieldShortcuts(QObject):
    """Let ``actions()``' shortcuts through the text fields of ``window``."""

    def __init__(self, window: QWidget, actions: Callable[[], list[QAction]]):
        super().__init__(window)
        self._window = window
        self._actions = actions
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("FieldShortcuts needs the QApplication of a window")
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, FIELDS) and not new.property(MARK) and new.window() is self._window:
            new.setProperty(MARK, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())  # one key: equal to a one-key shortcut only
            for action in self._actions():
                if action.isEnabled() and pressed in action.shortcuts():
                    event.ignore()  # not overridden: the window's shortcut fires
                    return True
        return False
