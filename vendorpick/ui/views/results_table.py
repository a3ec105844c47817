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

from vendorpick import vocabulary
from vendorpick.formatting import LEADER_CUT, number
from vendorpick.results import Results, excluded_rows, ranking_rows, sim_index, to_tsv
from vendorpick.ui.charts.base import candidate_colour, percent, yen_full
from vendorpick.ui.models.base import Index
from vendorpick.ui.models.explanation import reason
from vendorpick.ui.views.results_service import service_header, service_share

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
YEN_COLUMNS = {4, 5, 6, 11}
PERCENT_COLUMNS = {7, 8, 9}
PENDING_COLUMNS = {8, 9}  # computed in the second pass
PRICE_CUT = 9
CHEAPEST = 7  # among the ranked candidates only (SPEC 6)
TAX_INCLUDED = 5  # hidden in the table (shown in the total's tooltip), kept on the clipboard
#: appended by the page to :func:`ranking_rows`: contacts each candidate leaves
#: to the shop over the horizon and what they cost at the in-house rate
UNCOVERED, UNCOVERED_COST = 10, 11
SERVICE = 12  # share answered in time (SPEC 8; hidden without service levels): results_service.py


def uncovered_columns(results: Results, candidate) -> list[float]:
    """Contacts a ranked candidate leaves to the shop and their in-house cost."""
    i = sim_index(results.sim, candidate)
    return [float(results.sim.uncovered_contacts[i]), float(results.sim.uncovered_cost[i])]


class RankingTableModel(QAbstractTableModel):
    """Rows of :func:`vendorpick.results.ranking_rows`, read-only."""

    def __init__(self, headers: list[str], lang: str, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.lang = lang
        self.rows: list[list[Any]] = []
        self.colours: list[int] = []
        self.complete = True
        self.header_tips: dict[int, str] = {}
        self.cell_tips: dict[tuple[int, int], str] = {}  # (row, column): billing unit, seats, channels
        self._format_failed = False

    def set_rows(self, rows: list[list[Any]], colours: list[int], complete: bool = True,
                 cell_tips: dict[tuple[int, int], str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.colours, self.complete = rows, colours, complete
        self.cell_tips = cell_tips or {}
        self._format_failed = False
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt calls this from C++ (resizeColumnsToContents, painting): an exception
        # escaping here took the process down (SIGSEGV with totals >= 1e28), so a
        # value that cannot be formatted is logged and shown as it is.
        try:
            return self._data(index, role)
        except Exception:  # noqa: BLE001
            if not self._format_failed:  # once per set of rows: Qt asks for every cell again and again
                self._format_failed = True
                logging.getLogger(__name__).exception("cannot show cell %d,%d", index.row(), index.column())
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else []
            return str(row[index.column()]) if 0 <= index.column() < len(row) else ""

    def _data(self, index: Index, role: int) -> Any:
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
                return LEADER_CUT if leads else self.tr("none")
            return self._text(col, value)
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2, UNCOVERED):
            tip = self.cell_tips.get((index.row(), col))
            text = "" if col == UNCOVERED else str(value)
            return "\n".join(t for t in (text, tip) if t) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return self.tr("Tax included: %1").replace("%1", yen_full(self.rows[index.row()][TAX_INCLUDED], self.lang))
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return candidate_colour(self.colours[index.row()])
        return None

    def _text(self, col: int, value: Any) -> str:
        if col in YEN_COLUMNS:
            return yen_full(value, self.lang)
        if col in PERCENT_COLUMNS or col == SERVICE:
            return percent(value)
        if col == 3:
            return number(value, 1)
        if col == UNCOVERED:
            return number(value)
        return str(value)


class RankingPanel(QWidget):
    """The ranking (sortable), excluded candidates with reasons, and a button
    copying both as tab-separated text."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.headers = [self.tr("Rank"), self.tr("Vendor"), self.tr("Plan"), self.tr("Score"),
                        self.tr("Horizon total (tax excl.)"), self.tr("Horizon total (tax incl.)"),
                        self.tr("P90"), self.tr("Cheapest among ranked"), self.tr("Win probability"),
                        self.tr("Price cut to win"), self.tr("Contacts left to the shop"),
                        self.tr("Their in-house cost"), service_header()]
        self.model = RankingTableModel(self.headers, lang, self)
        self.model.header_tips = {CHEAPEST: self.tr(
            "Share of the cost scenarios in which this candidate has the lowest total among the ranked "
            "candidates (candidates excluded by a must-have are no real alternative and are left out)")}
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 10)  # two lines of header text
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the selected candidate's billing unit, seat charges and contacts left by channel (SPEC 7),
        # the same words as the cells' tooltips, visible without hovering
        self.details = QLabel("", self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.reason = QLabel("", self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setStyleSheet("font-weight: bold; padding: 2px 0;")
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
        #: the candidates' names, complete and service shown, when the columns were sized
        self._sized_for: tuple[list[tuple[Any, ...]], bool, bool] | None = None
        self._excluded_shown: bool | None = None
        self._service_shown = False

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addWidget(self.excluded_title)
        layout.addWidget(self.excluded)

    def set_results(self, results: Results) -> None:
        rows = [row + uncovered_columns(results, r.candidate) + [service_share(results, r.candidate)]
                for row, r in zip(ranking_rows(results), results.ranking.ranking if results.ranking else [],
                                  strict=True)]
        colours = [sim_index(results.sim, r.candidate) for r in results.ranking.ranking] if results.ranking else []
        tips = {}
        for row, r in enumerate(results.ranking.ranking if results.ranking else []):
            tips.update(self._tips(results, sim_index(results.sim, r.candidate), row))
        self.model.set_rows(rows, colours, results.complete, tips)
        labels = {c.id: c.label for c in results.project.criteria}
        self.reason.setText(reason(results.ranking, labels, self.lang))
        self._show_details()
        self._service_shown = results.sim.service is not None
        names = ([tuple(row[1:3]) for row in rows], results.complete, self._service_shown)
        if names != self._sized_for:  # measuring text is slow: only when the candidates change
            self._sized_for = names
            self._size_columns()
        excluded = excluded_rows(results, self.lang)
        if excluded != self._excluded or self._excluded_shown is None:
            self._excluded = excluded
            self._fill_excluded()

    def _show_details(self) -> None:
        """The selected candidate (else the leader): its plan and the tooltips' figures on one line."""
        current = self.table.currentIndex()
        row = self.proxy.mapToSource(current).row() if current.isValid() else 0
        rows = self.model.rows
        if not 0 <= row < len(rows):
            self.details.setText("")
            return
        parts = [self.model.cell_tips.get((row, col), "") for col in (2, UNCOVERED)]
        text = "  ".join(p.replace("\n", " ") for p in parts if p)
        self.details.setText(f"{rows[row][1]} / {rows[row][2]}: {text}" if text else "")

    def _tips(self, results: Results, i: int, row: int) -> dict[tuple[int, int], str]:
        """The plan's billing unit and seat charges (SPEC 7) on the plan's cell;
        the contacts left to the shop by channel on the uncovered cell."""
        sim = results.sim
        unit = sim.units[i] if sim.units else "contact"
        plan = [self.tr("Billed by the minute of handling time") if unit == "minute"
                else self.tr("Billed by the contact")]
        seats = float(sim.seat_cost[i]) if len(sim.seat_cost) > i else 0.0
        if seats > 0:
            plan.append(self.tr("Seat charges over the horizon: %1").replace("%1", yen_full(seats, self.lang)))
        tips = {(row, 2): "\n".join(plan)}
        if sim.channels_declared and sim.uncovered_by_channel.size:
            lines = [self.tr("Contacts left to the shop by channel:")]
            for cid, label, value in zip(sim.channel_ids, sim.channel_labels, sim.uncovered_by_channel[i],
                                         strict=True):
                name = vocabulary.channel_label(cid, "" if label == cid else label, self.lang)
                lines.append(f"{name}: {number(float(value))}")
            tips[(row, UNCOVERED)] = "\n".join(lines)
        return tips

    def _size_columns(self) -> None:
        """Fit the demo's ranking in the window without sideways scrolling:
        long names wrap onto a second line (the tooltip has them too), figures are as
        wide as their numbers, headers wrap; the tax-included total is in
        the tax-excluded total's tooltip and on the clipboard."""
        self.table.resizeColumnsToContents()
        for col, cap in ((1, 130), (2, 150)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))
        self.table.setColumnWidth(0, max(self.table.sizeHintForColumn(0) + 8, 40))
        for col in range(3, len(self.headers)):
            least = 84 if col in YEN_COLUMNS else 64
            self.table.setColumnWidth(col, max(self.table.sizeHintForColumn(col) + 12, least))
        self.table.setColumnHidden(TAX_INCLUDED, True)
        self.table.setColumnHidden(SERVICE, not self._service_shown)
        if self._service_shown:  # room for the share answered in time: plan names wrap a little sooner
            self.table.setColumnWidth(SERVICE, self.table.sizeHintForColumn(SERVICE))
            for column, narrower in ((1, 106), (2, 116)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), narrower))
        self.table.resizeRowsToContents()  # long names wrap onto a second line instead of being cut off

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
