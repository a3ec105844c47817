"""Forecast, third tab: sale events with date pickers and multipliers, and
one-click presets of the Rakuten calendar (:mod:`vendorpick.project.presets`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.errors import Problem
from vendorpick.i18n import L_
from vendorpick.project.edits import Compound, InsertItem, RemoveItem, SetValue
from vendorpick.project.presets import rakuten_calendar_edit
from vendorpick.ui.i18n import format_number
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_chart import MonthlyOutlookChart
from vendorpick.ui.widgets.numbers import format_plain, parse_number, parse_problem
from vendorpick.ui.widgets.series_table import _ERROR_BRUSH

Index = QModelIndex | QPersistentModelIndex
NAME, START, END, MULTIPLIER = range(4)
EVENTS = ("forecast", "events")


class EventsModel(QAbstractTableModel):
    """The project's events; every change is an edit through the document."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.errors: dict[tuple[int, int], list[Problem]] = {}
        self._rows = len(document.project.forecast.events)
        self.headers = [self.tr("Event"), self.tr("First day"), self.tr("Last day"), self.tr("Multiplier")]
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.document.project.forecast.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.document.project.forecast.events[index.row()]
        col, key = index.column(), (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return [event.name, event.start.isoformat(), event.end.isoformat(),
                    "× " + format_number(event.multiplier)][col]
        if role == Qt.ItemDataRole.EditRole:
            return [event.name, QDate(event.start), QDate(event.end), format_plain(event.multiplier)][col]
        if role == Qt.ItemDataRole.ToolTipRole and key in self.errors:
            return "\n".join(p.message(self.document.lang) for p in self.errors[key])
        if role == Qt.ItemDataRole.BackgroundRole and key in self.errors:
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and col == MULTIPLIER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        edit = self._edit(row, col, value)
        if edit is None:
            problems = [parse_problem(EVENTS + (row, "multiplier"))]
            self.document.status.emit(problems[0].message(self.document.lang))
            return self._refuse(index, problems)
        problems = self.document.apply(edit)
        return self._refuse(index, problems) if problems else True

    def _edit(self, row: int, col: int, value):
        path = EVENTS + (row,)
        if col == NAME:
            return SetValue(path + ("name",), str(value).strip(), text=L_("Rename event"))
        if col == MULTIPLIER:
            number = value if isinstance(value, int | float) else parse_number(str(value))
            if number is None:
                return None
            return SetValue(path + ("multiplier",), float(number),
                            text=L_("Change event multiplier"))
        day = value.toPython() if isinstance(value, QDate) else dt.date.fromisoformat(str(value))
        if col == END:
            return SetValue(path + ("end",), day.isoformat(), text=L_("Change event dates"))
        # Moving the first day keeps the event's length, so an event can be moved in one step.
        event = self.document.project.forecast.events[row]
        end = day + (event.end - event.start)
        return Compound((SetValue(path + ("start",), day.isoformat()), SetValue(path + ("end",), end.isoformat())),
                        text=L_("Change event dates"))

    def _refuse(self, index: Index, problems: list[Problem]) -> bool:
        self.errors[(index.row(), index.column())] = problems
        self.dataChanged.emit(index, index)
        return False

    def _on_document_changed(self, project) -> None:
        self.errors.clear()
        rows = len(project.forecast.events)
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 3))


class DateDelegate(QStyledItemDelegate):
    """Dates are edited with a date field and a calendar pop-up."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor


class EventsTab(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.model = EventsModel(document, self)
        self.table = self._table()
        self.add_button = QPushButton(self.tr("&Add event"), self)
        self.add_button.clicked.connect(self.add_event)
        self.remove_button = QPushButton(self.tr("&Remove event"), self)
        self.remove_button.clicked.connect(self.remove_event)
        self.presets_button = self._presets_button()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.presets_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.chart = MonthlyOutlookChart(document, self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart, 2)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setItemDelegateForColumn(START, DateDelegate(table))
        table.setItemDelegateForColumn(END, DateDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.DoubleClicked)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (START, END, MULTIPLIER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # In the table, Insert adds an event and Delete removes the current one.
        for key, slot in ((QKeySequence.StandardKey.Delete, self.remove_event), (Qt.Key.Key_Insert, self.add_event)):
            action = QAction(table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            table.addAction(action)
        return table

    def _presets_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        self.preset_actions = {}
        for kinds, text in (
            (("super_sale", "marathon", "year_end", "closure"), self.tr("Rakuten &calendar (all)")),
            (("super_sale",), self.tr("Rakuten &Super SALE (Mar, Jun, Sep, Dec)")),
            (("marathon",), self.tr("Shopping &Marathon (other months)")),
            (("year_end", "closure"), self.tr("&Year-end rush and closure days")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=kinds: self.add_presets(k))
            self.preset_actions[kinds] = action
        button.setMenu(menu)
        default = next(iter(self.preset_actions.values()))
        # A tool button shows its action's icon text, which drops the "&" of the
        # mnemonic unless the icon text is set explicitly.
        default.setIconText(default.text())
        button.setDefaultAction(default)
        button.setToolTip(self.tr("Adds the Rakuten Ichiba busy seasons inside the horizon as one step you can undo"))
        return button

    def add_presets(self, kinds) -> None:
        edit = rakuten_calendar_edit(self.document.project, kinds, self.document.lang)
        if edit is None:
            self.document.status.emit(self.tr("The project already has these events."))
            return
        self.document.apply(edit)

    def add_event(self) -> None:
        start = dt.date.fromisoformat(self.document.project.start + "-01")
        event = {"name": self.tr("New event"), "start": start.isoformat(),
                 "end": (start + dt.timedelta(days=6)).isoformat(), "multiplier": 1.5}
        if not self.document.apply(InsertItem(EVENTS, -1, event, text=L_("Add event"))):
            row = self.model.rowCount() - 1
            self.table.setCurrentIndex(self.model.index(row, NAME))
            self.table.setFocus()

    def remove_event(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.document.apply(RemoveItem(EVENTS, row, text=L_("Remove event")))
