"""The ranking table and the list of excluded candidates."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vendorpick.formatting import number
from vendorpick.results import Results, excluded_rows, ranking_rows, sim_index, to_tsv
from vendorpick.ui.charts.base import candidate_colour, percent, yen_full

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
YEN_COLUMNS = {4, 5, 6}
PERCENT_COLUMNS = {7, 8, 9}
PENDING_COLUMNS = {8, 9}  # computed in the second pass
PRICE_CUT = 9


class RankingTableModel(QAbstractTableModel):
    """Rows of :func:`vendorpick.results.ranking_rows`, read-only."""

    def __init__(self, headers: list[str], lang: str, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.lang = lang
        self.rows: list[list[Any]] = []
        self.colours: list[int] = []
        self.complete = True
        self._format_failed = False

    def set_rows(self, rows: list[list[Any]], colours: list[int], complete: bool = True) -> None:
        self.beginResetModel()
        self.rows, self.colours, self.complete = rows, colours, complete
        self._format_failed = False
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Qt calls this from C++ (resizeColumnsToContents, painting): an exception
        # escaping here took the process down (SIGSEGV with totals >= 1e28), so a
        # value that cannot be formatted is logged and shown as it is.
        try:
            return self._data(index, role)
        except Exception:  # noqa: BLE001
            if not self._format_failed:  # once per set of rows: Qt asks for every cell again and again
                self._format_failed = True
                logging.getLogger(__name__).exception("cannot show cell %d,%d", index.row(), index.column())
            return None if role != Qt.ItemDataRole.DisplayRole else str(self.rows[index.row()][index.column()])

    def _data(self, index: QModelIndex, role):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        col = index.column()
        leads = self.rows[index.row()][0] == 1
        if role == SORT_ROLE:
            if col == PRICE_CUT:  # the leader needs no cut; "no cut is enough" sorts last
                return -1.0 if leads else float("inf") if value is None else value
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            if not self.complete and col in PENDING_COLUMNS:
                return "…"
            if col == PRICE_CUT and (leads or value is None):
                # as the command line: "—" for the leader (first already), "none" when no cut can make it first
                return "—" if leads else self.tr("none")
            return self._text(col, value)
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2):
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return candidate_colour(self.colours[index.row()])
        return None

    def _text(self, col: int, value: Any) -> str:
        if col in YEN_COLUMNS:
            return yen_full(value, self.lang)
        if col in PERCENT_COLUMNS:
            return percent(value)
        if col == 3:
            return number(value, 1)
        return str(value)


class RankingPanel(QWidget):
    """The ranking (sortable), excluded candidates with reasons, and a button
    copying both as tab-separated text."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.headers = [self.tr("Rank"), self.tr("Vendor"), self.tr("Plan"), self.tr("Score"),
                        self.tr("Horizon total (tax excl.)"), self.tr("Horizon total (tax incl.)"),
                        self.tr("P90"), self.tr("Cheapest probability"), self.tr("Win probability"),
                        self.tr("Price cut to win")]
        self.model = RankingTableModel(self.headers, lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 10)  # two lines of header text
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.excluded_title = QLabel(self.tr("Excluded candidates"), self)
        self.excluded = QTableWidget(0, 3, self)
        self.excluded.setHorizontalHeaderLabels([self.tr("Vendor"), self.tr("Plan"), self.tr("Reasons")])
        self.excluded.horizontalHeader().setStretchLastSection(True)
        self.excluded.verticalHeader().setVisible(False)
        self.excluded.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.excluded.setMaximumHeight(180)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copy_button.setToolTip(self.tr("Copy the table as tab-separated text for Excel or mail (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        copy = QAction(self.table)  # Ctrl+C in the table copies it all, as the button does
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_to_clipboard)
        self.table.addAction(copy)
        self._build_layout()
        self._excluded: list[list[str]] = []
        self._sized_for: list[tuple] | None = None
        self._excluded_shown: bool | None = None

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.excluded_title)
        layout.addWidget(self.excluded)

    def set_results(self, results: Results) -> None:
        rows = ranking_rows(results)
        colours = [sim_index(results.sim, r.candidate) for r in results.ranking.ranking] if results.ranking else []
        self.model.set_rows(rows, colours, results.complete)
        names = [tuple(row[1:3]) for row in rows] + [results.complete]
        if names != self._sized_for:  # measuring text is slow: only when the candidates change
            self._sized_for = names
            self.table.resizeColumnsToContents()
            for col, cap in ((1, 150), (2, 170)):  # long names are elided; the tooltip has them whole
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))
            for col in range(3, len(self.headers)):  # figures: as wide as the numbers; headers wrap
                self.table.setColumnWidth(col, max(self.table.sizeHintForColumn(col) + 12, 84))
        excluded = excluded_rows(results, self.lang)
        if excluded != self._excluded or self._excluded_shown is None:
            self._excluded = excluded
            self._fill_excluded()

    def _fill_excluded(self) -> None:
        self.excluded.setRowCount(len(self._excluded))
        for r, row in enumerate(self._excluded):
            for c, text in enumerate(row):
                self.excluded.setItem(r, c, QTableWidgetItem(text))
        self.excluded.resizeRowsToContents()
        self._excluded_shown = bool(self._excluded)
        self.excluded_title.setVisible(self._excluded_shown)
        self.excluded.setVisible(self._excluded_shown)

    def visible_rows(self) -> list[list[Any]]:
        """The ranking rows in the table's current sort order."""
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def clipboard_text(self) -> str:
        text = to_tsv(self.headers, self.visible_rows())
        if self._excluded:
            text += "\n" + to_tsv([self.tr("Excluded candidates"), self.tr("Plan"), self.tr("Reasons")],
                                  self._excluded)
        return text

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
