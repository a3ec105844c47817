"""The main window: menus, actions, navigation, status bar and pages.

Wiring only.  File commands are in :mod:`vendorpick.ui.document_actions`,
translators in :mod:`vendorpick.ui.i18n`, the screens in
:mod:`vendorpick.ui.views`.  On a language switch the window rebuilds its
menus and recreates every page, so pages set their texts once in
``__init__``.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vendorpick import __version__
from vendorpick.errors import Problem
from vendorpick.ui import i18n
from vendorpick.ui.document_actions import DocumentActions
from vendorpick.ui.recovery import RecoveryStore
from vendorpick.ui.shortcuts import FieldShortcuts
from vendorpick.ui.undo import Document
from vendorpick.ui.views import PAGES, PageSpec

_DEMO_NAME: list[str] = []


def is_demo(project) -> bool:
    """True for the bundled demo project (not saved under a name of its own)."""
    if not _DEMO_NAME:
        from vendorpick.project.demo import demo_project

        _DEMO_NAME.append(demo_project().name)
    return project.name == _DEMO_NAME[0]

log = logging.getLogger(__name__)
STATUS_MS = 10_000


class PageSlot(QWidget):
    """The place of one page in the stack; the page is created on demand."""

    def __init__(self, spec: PageSpec, factory, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec, self._factory = spec, factory
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self._factory(self.spec)
            self._layout.addWidget(self.page)
        return self.page


class MainWindow(QMainWindow):
    """One window on one :class:`Document`."""

    # (key, page) each time a page is created (pages are built on demand)
    pageCreated = Signal(str, QWidget)

    def __init__(self, document: Document, translations: i18n.Translations | None = None,
                 recovery: RecoveryStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.translations = translations
        self.files = DocumentActions(document, self, recovery)
        # set by the start-up (vendorpick.ui.app), shown once the window is up
        self.startup_problems: list[Problem] = []
        self.startup_notice: str | None = None
        self.startup_watch: QObject | None = None
        self.slots: list[PageSlot] = []
        self._painted = False
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        document.status.connect(self._on_status)
        document.pathChanged.connect(self._update_title)
        document.changed.connect(self._update_title)
        document.undo_stack.cleanChanged.connect(self._update_title)
        self.files.recentChanged.connect(self._fill_recent_menu)
        self._retranslate()
        self.field_shortcuts = FieldShortcuts(self, lambda: [
            self.act_export_workbook, self.act_export_template, self.act_import_quotes, self.act_demo])
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        document.undo_stack.cleanChanged.connect(self._update_undo_actions)
        self._default_size()
        self._restore_geometry()

    # --------------------------------------------------------------- building

    def _retranslate(self) -> None:
        """(Re)build menus and pages in the current language."""
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()
        self.menuBar().clear()
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_language_menu()
        self._build_help_menu()
        self._build_pages()
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        # Owned by its menu, so rebuilding the menus on a language switch drops it.
        action = QAction(text, menu)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new = self._action(menu, self.tr("&New"), self.files.new_project, QKeySequence.StandardKey.New)
        self.act_open = self._action(menu, self.tr("&Open…"), self.files.open_file, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self._fill_recent_menu()
        self.act_demo = self._action(menu, self.tr("Open &Demo Project"), self.files.open_demo, "Ctrl+Shift+D")
        menu.addSeparator()
        self.act_save = self._action(menu, self.tr("&Save"), self.files.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(menu, self.tr("Save &As…"), self.files.save_as, "Ctrl+Shift+S")
        menu.addSeparator()
        self.act_export_workbook = self._action(menu, self.tr("&Export Comparison Workbook…"),
                                                lambda: self._transfer("export_workbook"), "Ctrl+E")
        self.act_export_template = self._action(menu, self.tr("Export Quote &Template…"),
                                                lambda: self._transfer("export_template"), "Ctrl+Shift+E")
        self.act_import_quotes = self._action(menu, self.tr("&Import Quotes…"),
                                              lambda: self._transfer("import_quotes"), "Ctrl+I")
        menu.addSeparator()
        self.act_quit = self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = menu

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.files.recent_files()
        for n, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{n} {path}" if n < 10 else path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_recent(p))
        if files:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear List"))
        clear.triggered.connect(self.files.clear_recent)
        clear.setEnabled(bool(files))

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.document.undo_stack
        self.act_undo = self._action(menu, self.tr("&Undo"), stack.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(menu, self.tr("&Redo"), stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self._update_undo_actions()

    def _undo_stack_alive(self) -> bool:
        """False while the document is being destroyed: QUndoStack's destructor
        still emits cleanChanged/indexChanged, and the slots must not touch it."""
        return shiboken6.isValid(self.document.undo_stack) and shiboken6.isValid(self)

    def _update_undo_actions(self, *_args) -> None:
        if not self._undo_stack_alive():
            return
        stack = self.document.undo_stack
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(self.tr("&Undo “%1”").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo “%1”").replace("%1", redo) if redo else self.tr("&Redo"))

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions = []
        for n, spec in enumerate(PAGES):
            text = f"&{n + 1} " + spec.title().replace("&", "&&")
            action = self._action(menu, text, lambda _=False, i=n: self.show_page(i), f"Ctrl+{n + 1}")
            self.page_actions.append(action)

    def _build_language_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        self.lang_actions = {}
        # Language names are written in their own language, as is usual in language menus.
        for lang, text in (("en", "&English"), ("ja", "日本語 (&J)")):
            action = self._action(menu, text, lambda _=False, code=lang: self.set_language(code))
            action.setCheckable(True)
            action.setChecked(lang == self.document.lang)
            group.addAction(action)
            self.lang_actions[lang] = action

    def _build_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_guide = self._action(menu, self.tr("&Getting started"), self.show_guide, "F1")
        self.act_about = self._action(menu, self.tr("&About vendorpick"), self._about)

    def _build_pages(self) -> None:
        """Recreate every page: the shown one now, the others one per turn of
        the event loop (or when asked for), so the window is up before the
        heavier screens import their libraries."""
        current = max(self.stack.currentIndex(), 0)
        for slot in self.slots:
            self.stack.removeWidget(slot)
            slot.deleteLater()
        self.slots = [PageSlot(spec, self._make_page, self) for spec in PAGES]
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec, slot in zip(PAGES, self.slots, strict=True):
            self.nav.addItem(spec.title())
            self.stack.addWidget(slot)
        self.nav.blockSignals(False)
        self.show_page(current)
        if self._painted:
            QTimer.singleShot(0, self._build_next_page)

    def _build_next_page(self) -> None:
        waiting = [slot for slot in self.slots if slot.page is None]
        if waiting:
            waiting[0].ensure()
            QTimer.singleShot(0, self._build_next_page)

    @property
    def pages(self) -> list[QWidget]:
        """Every page (created now if it was not yet)."""
        return [slot.ensure() for slot in self.slots]

    def _make_page(self, spec: PageSpec) -> QWidget:
        page = spec.make(self.document, self)
        self.pageCreated.emit(spec.key, page)
        return page

    # ------------------------------------------------------------------ slots

    def show_page(self, index: int) -> None:
        self.slots[index].ensure()
        self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)

    def page(self, key: str) -> QWidget:
        """The page of ``key`` (``"forecast"``, ``"settings"``…)."""
        return self.slots[[s.key for s in PAGES].index(key)].ensure()

    def set_language(self, lang: str) -> None:
        if self.translations is not None:
            self.translations.install(lang)
        i18n.remember_lang(lang)
        self.document.lang = lang
        self.document.relabel()
        self._retranslate()

    def _transfer(self, name: str) -> None:
        from vendorpick.ui import file_transfer

        if name == "export_workbook":
            file_transfer.export_workbook(self, self.document, self.current_results())
        else:
            getattr(file_transfer, name)(self, self.document)

    def current_results(self):
        """The complete results the Results page computed for the project as it
        is now (None when the page is not built or the project changed since)."""
        slot = self.slots[[s.key for s in PAGES].index("results")]
        service = getattr(slot.page, "service", None)
        return service.current(self.document.project) if service is not None else None

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.slots):
            self.show_page(row)

    def _on_status(self, message: str) -> None:
        self.statusBar().showMessage(message.replace("\n", " · "), STATUS_MS)

    def _update_title(self, *_args) -> None:
        if not self._undo_stack_alive():
            return
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        if path is None and is_demo(self.document.project):
            name = self.tr("Demo project")
        if path is not None and not self.files.writable():
            name = self.tr("%1 (read-only)").replace("%1", name)  # said before the user edits, not at Save
        self.setWindowTitle(self.tr("%1[*] — vendorpick").replace("%1", name))
        self.setWindowModified(not self.document.undo_stack.isClean())

    def show_guide(self) -> None:
        from vendorpick.ui.dialogs.guide import GettingStartedDialog

        self.guide = GettingStartedDialog(self)
        self.guide.show()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About vendorpick"), self.tr(
            "vendorpick %1\nCompare customer-support outsourcing quotes: busy-season cost, risk and ranking."
        ).replace("%1", __version__))

    def event(self, event: QEvent) -> bool:
        # The other pages are built once the window is on screen, not before.
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._build_next_page)
        return super().event(event)

    # ------------------------------------------------------ geometry and close

    def _default_size(self) -> None:
        """First start: most of the screen (the ranking table is wide), at
        least 1200 × 800 where the screen allows."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 200:
            self.resize(1200, 800)
            return
        width = min(max(1200, int(screen.width() * 0.9)), screen.width())
        height = min(max(800, int(screen.height() * 0.9)), screen.height())
        self.resize(width, height)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.close_document()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        event.accept()
