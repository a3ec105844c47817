"""Starting the desktop application.

``run_app(path, lang)`` sets up the QApplication (organisation and
application names for QSettings, translators), opens ``path`` — or, without
one, the last project, or the bundled demo the first time — shows the main
window and offers to recover an earlier session's unsaved changes.  Heavy
modules (the pricing engine, scipy, openpyxl, the export) are not imported
here; the pages import them when they need them.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vendorpick.errors import InputError, Problem, problems_text
from vendorpick.project import io
from vendorpick.ui import crash, i18n
from vendorpick.ui.document_actions import blank_project, show_problems
from vendorpick.ui.garbage import collect_garbage_in_gui_thread
from vendorpick.ui.recovery import RecoveryStore, absolute
from vendorpick.ui.undo import Document

if TYPE_CHECKING:
    from vendorpick.ui.main_window import MainWindow

ORGANIZATION = "vendorpick"
APPLICATION = "vendorpick"
LAST_PROJECT_KEY = "files/last"
# The project the last start was opening, until its first complete results
STARTING_KEY = "files/starting"
STARTING_PID_KEY = "files/starting_pid"


def _alive(pid) -> bool:
    """True when process ``pid`` (as QSettings returns it) still runs."""
    try:
        number = int(pid)
    except (TypeError, ValueError):
        return False
    if number <= 0:
        return False
    try:
        os.kill(number, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setOrganizationDomain("vendorpick.example")
    collect_garbage_in_gui_thread()
    return app


def _startup_project(path: str | None):
    """(project, path, problems, notice, skipped): ``path``, else the last project, else the demo.

    A requested file that cannot be opened leaves the demo open and its
    problems to show once the window is up.  The last project is not
    reopened automatically when it cannot be read, or when the previous start
    with it never reached its first results (:data:`STARTING_KEY` still set:
    it crashed or failed computing them); the window then opens on an empty
    project and ``notice`` says why, so one bad file cannot make every later
    start crash; ``skipped`` is the file not reopened, kept in the recent
    files so that the user can try it again."""
    settings = QSettings()
    last = settings.value(LAST_PROJECT_KEY)
    failed_before = settings.value(STARTING_KEY)
    if failed_before and _alive(settings.value(STARTING_PID_KEY)):
        failed_before = None  # another window is still starting with it, not a failure
    if path is None and failed_before:
        settings.remove(LAST_PROJECT_KEY)
        settings.remove(STARTING_KEY)
        notice = QCoreApplication.translate(
            "App", "vendorpick stopped or failed while opening “%1” last time, so it was not opened again. "
            "Open it from File ▸ Open Recent to try again.").replace("%1", str(failed_before))
        return blank_project(), None, [], notice, str(failed_before)
    candidate = path or last
    problems: list[Problem] = []
    if candidate and (path or Path(str(candidate)).is_file()):
        candidate = absolute(str(candidate))
        settings.setValue(STARTING_KEY, str(candidate))
        settings.setValue(STARTING_PID_KEY, os.getpid())
        settings.sync()  # on disk before the load or the first results can crash the process
        try:
            return io.load(candidate), candidate, [], None, None
        except InputError as exc:
            problems = exc.problems
        except Exception:  # noqa: BLE001 - a bug in loading must not stop the application from starting
            crash.report(traceback.format_exc(), f" while opening {candidate}")
            settings.remove(STARTING_KEY)
            settings.remove(LAST_PROJECT_KEY)
            notice = QCoreApplication.translate("App", "“%1” could not be opened because of an unexpected error "
                                                "(the details are in the log), so an empty project is open "
                                                "instead.").replace("%1", str(candidate))
            return blank_project(), None, [], notice, str(candidate)
        settings.remove(STARTING_KEY)
        if path is None:  # the last project no longer opens: not again at the next start
            settings.remove(LAST_PROJECT_KEY)
            notice = QCoreApplication.translate("App", "The last project “%1” could not be opened, so an empty "
                                                "project is open instead.").replace("%1", str(candidate))
            return blank_project(), None, problems, notice, None
    from vendorpick.project.demo import demo_project

    return demo_project(), None, problems, None, None


def create_window(path: str | None = None, lang: str | None = None,
                  recovery: RecoveryStore | None = None) -> MainWindow:
    """Set up the application and build the main window (not shown yet)."""
    from vendorpick.ui.main_window import MainWindow

    app = application()
    code = i18n.startup_lang(lang)
    translations = i18n.Translations(app)
    translations.install(code)
    project, project_path, problems, notice, skipped = _startup_project(path)
    document = Document(project, project_path, lang=code)
    window = MainWindow(document, translations, recovery)
    window.startup_problems = problems
    window.startup_notice = notice
    document.pathChanged.connect(_remember_last)
    if project_path is not None:
        QSettings().setValue(LAST_PROJECT_KEY, str(project_path))
    for recent in (skipped, project_path):
        if recent is not None:
            window.files.add_recent(recent)
    return window


def _remember_last(path: Path | None) -> None:
    if path:
        QSettings().setValue(LAST_PROJECT_KEY, str(path))


def show_notice(parent, title: str, text: str) -> None:
    """An information dialog (tests replace it)."""
    QMessageBox.information(parent, title, text)


class StartupWatch(QObject):
    """Clears :data:`STARTING_KEY` once the start-up project showed its first
    complete results, or when the window closes normally with no failure;
    a failure computing them keeps it, so the next start does not reopen the
    project.  The Results page is not created for this (it is built after the
    window is up): the watch connects to it when the window creates it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.failed = False
        self.cleared = False  # the start is known to have succeeded: nothing more to write
        if not QSettings().value(STARTING_KEY):
            return
        window.files.closing.connect(self._on_closing)
        results_slot = next((s for s in window.slots if s.spec.key == "results"), None)
        if results_slot is None:
            self._done()
        elif results_slot.page is not None:
            self._watch(results_slot.page)
        else:
            window.pageCreated.connect(self._on_page_created)

    def _on_page_created(self, key: str, page) -> None:
        if key == "results":
            self._watch(page)

    def _watch(self, page) -> None:
        service = getattr(page, "service", None)
        if service is None:  # the Results screen is not available: nothing to wait for
            self._done()
            return
        page.resultsShown.connect(self._on_results)
        service.failed.connect(self._on_failed)
        if getattr(page, "results", None) is not None:
            self._on_results(page.results)

    def _on_results(self, results) -> None:
        if getattr(results, "complete", True) and not self.failed and not self.cleared:
            self._done()

    def _on_failed(self, _message: str) -> None:
        if QSettings().value(STARTING_KEY):
            self.failed = True

    def _on_closing(self) -> None:
        if not self.failed and not self.cleared:
            self._done()

    def _done(self) -> None:
        QSettings().remove(STARTING_KEY)
        self.cleared = True


def after_show(window: MainWindow) -> None:
    """What happens once the window is up: why the last project was not
    reopened, problems with the requested file, then the offer to recover an
    earlier session."""
    window.startup_watch = StartupWatch(window)
    title = QCoreApplication.translate("App", "Cannot open the project")
    if window.startup_notice:
        window.statusBar().showMessage(window.startup_notice)
        text = window.startup_notice
        if window.startup_problems:
            text += "\n\n" + problems_text(window.startup_problems, window.document.lang, limit=20)
        show_notice(window, QCoreApplication.translate("App", "The last project was not reopened"), text)
    elif window.startup_problems:
        show_problems(window, title, window.startup_problems, window.document.lang)
    window.files.offer_recovery()


def run_app(path: str | None = None, lang: str | None = None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    app = application()
    reporter = crash.install(lambda: QApplication.activeWindow(), crash.setup_logging())
    window = create_window(path, lang)
    reporter.setParent(window)
    window.show()
    QTimer.singleShot(0, lambda: after_show(window))
    return app.exec()
