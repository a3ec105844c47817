"""A compact table view for a :class:`~vendorpick.ui.models.series.SeriesTableModel`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vendorpick.ui.models.series import SeriesTableModel


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
