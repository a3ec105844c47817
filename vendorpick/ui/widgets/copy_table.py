"""A read-only table whose whole content Ctrl+C copies as tab-separated text
(for Excel or a mail), headers included."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from vendorpick.results import to_tsv


class CopyTable(QTableWidget):
    """Rows of values shown with ``formatter``; :meth:`copy_to_clipboard`
    (Ctrl+C) puts the unformatted values on the clipboard as TSV."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self._headers: list[str] = []
        self._rows: list[list[Any]] = []
        copy = QAction(self)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_to_clipboard)
        self.addAction(copy)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], formatter) -> None:
        """``formatter(column, value) -> str`` gives the text shown; text
        columns are left-aligned, numbers right-aligned."""
        self._headers, self._rows = list(headers), [list(r) for r in rows]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(formatter(c, value))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setToolTip(value)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def rows(self) -> list[list[Any]]:
        return [list(r) for r in self._rows]

    def clipboard_text(self) -> str:
        return to_tsv(self._headers, self._rows)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
