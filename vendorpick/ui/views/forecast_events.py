"""Forecast, third tab: sale events with date pickers and multipliers, and
one-click presets of the Rakuten calendar (:mod:`vendorpick.project.presets`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from vendorpick.project import edit_builders_project as pb
from vendorpick.project.presets import rakuten_calendar_edit
from vendorpick.ui.models.events import END, MULTIPLIER, NAME, START, EventsModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_chart import MonthlyOutlookChart


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
        if not self.document.apply(pb.add_event(self.document.project, self.tr("New event"))):
            row = self.model.rowCount() - 1
            self.table.setCurrentIndex(self.model.index(row, NAME))
            self.table.setFocus()

    def remove_event(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.document.apply(pb.remove_event(self.document.project, row))
