"""The ranking table and the list of excluded candidates."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QStandardItem, QStandardItemModel
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


class RankingTableModel(QStandardItemModel):
    """Rows of :func:`vendorpick.results.ranking_rows`, read-only.

    The cells' texts, sort keys, tooltips and colours are worked out once per
    set of rows and kept in Qt's own item model: painting, measuring and
    sorting the table then run no Python at all.  A Python model was asked
    some 5,000 times a paint (each role of each cell, and the row and column
    counts), each call waiting for Python's lock held by the thread computing
    the next results (issue 13: a what-if slider drag must stay smooth)."""

    def __init__(self, headers: list[str], lang: str, parent=None):
        super().__init__(0, len(headers), parent)
        self.headers = headers
        self.lang = lang
        self.rows: list[list[Any]] = []
        self.colours: list[int] = []
        self.complete = True
        self.cell_tips: dict[tuple[int, int], str] = {}  # (row, column): billing unit, seats, channels
        self._keys: list[tuple[int, str, str]] = []  # each row's candidate: (index, vendor, plan)
        self.setHorizontalHeaderLabels(headers)

    def set_header_tips(self, tips: dict[int, str]) -> None:
        for section, tip in tips.items():
            self.setHeaderData(section, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)

    def set_rows(self, rows: list[list[Any]], colours: list[int], complete: bool = True,
                 cell_tips: dict[tuple[int, int], str] | None = None) -> None:
        """Show ``rows`` (ranked order; ``colours[i]`` is row i's candidate index).
        When they are the same candidates as shown, each keeps its row and only the
        figures change (one ``dataChanged``: the proxy re-sorts, the selection stays
        on its candidate, the view is not reset); else the model is reset."""
        tips = cell_tips or {}
        keys = [(colour, row[1], row[2]) for row, colour in zip(rows, colours, strict=True)]
        where = {key: i for i, key in enumerate(self._keys)}
        same = bool(rows) and len(where) == len(self._keys) == len(keys) and set(keys) == set(where)
        if same:  # new row n goes to the row its candidate has
            order = [where[key] for key in keys]
            placed: list[list[Any]] = [[] for _ in rows]
            for n, row in enumerate(rows):
                placed[order[n]] = row
            rows, tips = placed, {(order[r], c): tip for (r, c), tip in tips.items()}
        else:
            self.beginResetModel()
            self._keys, self.colours = keys, colours
        self.rows, self.complete, self.cell_tips = rows, complete, tips
        # the items change quietly and the views hear of it once (a signal per cell and role
        # made the proxy re-sort hundreds of times)
        blocked = self.blockSignals(True)
        try:
            if not same:
                self.setRowCount(len(rows))
            self._fill()
        finally:
            self.blockSignals(blocked)
        if not same:
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))

    def _fill(self) -> None:
        failed = False
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for r, values in enumerate(self.rows):
            leads = values[0] == 1
            for col, value in enumerate(values):
                item = self.item(r, col)
                if item is None:
                    item = QStandardItem()
                    item.setEditable(False)
                    if col not in (1, 2):
                        item.setData(right, Qt.ItemDataRole.TextAlignmentRole)
                    self.setItem(r, col, item)
                try:
                    text, tip = self._display(col, value, leads), self._tip(r, col, value)
                except Exception:  # noqa: BLE001 - a figure that cannot be formatted is shown as it is
                    if not failed:
                        failed = True
                        logging.getLogger(__name__).exception("cannot show cell %d,%d", r, col)
                    text, tip = str(value), None
                item.setData(text, Qt.ItemDataRole.DisplayRole)
                item.setData(sort_key(col, value, leads), SORT_ROLE)
                item.setData(tip, Qt.ItemDataRole.ToolTipRole)
                if col == 1:
                    item.setData(candidate_colour(self.colours[r]), Qt.ItemDataRole.DecorationRole)

    def _tip(self, row: int, col: int, value: Any) -> str | None:
        if col in (1, 2, UNCOVERED):
            tip = self.cell_tips.get((row, col))
            text = "" if col == UNCOVERED else str(value)
            return "\n".join(t for t in (text, tip) if t) or None
        if col == 4:
            return self.tr("Tax included: %1").replace("%1", yen_full(self.rows[row][TAX_INCLUDED], self.lang))
        return None

    def _display(self, col: int, value: Any, leads: bool) -> str:
        if not self.complete and col in PENDING_COLUMNS:
            return "…"
        if col == PRICE_CUT and (leads or value is None):
            # as the command line: "—" for the leader (first already), "none" when no cut can make it first
            return LEADER_CUT if leads else self.tr("none")
        return self._text(col, value)

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


def sort_key(col: int, value: Any, leads: bool) -> Any:
    """What the table sorts a cell by: the leader needs no price cut, "no cut is enough" sorts last."""
    if col == PRICE_CUT:
        return -1.0 if leads else float("inf") if value is None else value
    return -1.0 if value is None else value


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
        self.model.set_header_tips({CHEAPEST: self.tr(
            "Share of the cost scenarios in which this candidate has the lowest total among the ranked "
            "candidates (candidates excluded by a must-have are no real alternative and are left out)")})
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
        self._resize_pending = False  # the columns were left unfitted while a slider was held
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

    def set_results(self, results: Results, held: bool = False) -> None:
        """Show ``results``.  While a what-if slider is ``held`` the columns keep
        their widths (measuring text is the slow part of an update, issue 13):
        they are fitted once, to the figures shown, on the release
        (:meth:`settle`) or with the next results."""
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
        if names != self._sized_for or self._resize_pending:  # measuring text is slow: only when the candidates change
            self._sized_for = names
            self._resize_pending = held
            if not held:
                self._size_columns()
        excluded = excluded_rows(results, self.lang)
        if excluded != self._excluded or self._excluded_shown is None:
            self._excluded = excluded
            self._fill_excluded()

    def settle(self) -> None:
        """The slider was released: fit the columns to the figures shown if
        they were left as they were while it was held."""
        if self._resize_pending:
            self._resize_pending = False
            self._size_columns()

    def _show_details(self) -> None:
        """The selected candidate (else the leader): its plan and the tooltips' figures on one line."""
        current = self.table.currentIndex()
        rows = self.model.rows
        # the model keeps each candidate's row while the ranking changes: the leader is the row ranked 1
        row = self.proxy.mapToSource(current).row() if current.isValid() else \
            next((r for r, values in enumerate(rows) if values[0] == 1), 0)
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
