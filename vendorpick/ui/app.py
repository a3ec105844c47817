"""Starting the desktop application.

``run_app(path, lang)`` sets up the QApplication (organisation and
application names for QSettings, translators), opens ``path`` — or, without
one, the last project, or the bundled demo the first time — shows the main
window and offers to recover an earlier session's unsaved changes.  Heavy
modules (the pricing engine, scipy, openpyxl, the export) are not imported
here; the pages import them when they need them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from vendorpick.errors import InputError, Problem
from vendorpick.project import io
from vendorpick.ui import i18n
from vendorpick.ui.document_actions import show_problems
from vendorpick.ui.recovery import RecoveryStore, absolute
from vendorpick.ui.undo import Document

ORGANIZATION = "vendorpick"
APPLICATION = "vendorpick"
LAST_PROJECT_KEY = "files/last"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setOrganizationDomain("vendorpick.example")
    return app


def _startup_project(path: str | None):
    """(project, path, problems): ``path``, else the last project, else the demo.

    A requested file that cannot be opened leaves the demo open and its
    problems to show once the window is up."""
    candidate = path or QSettings().value(LAST_PROJECT_KEY)
    problems: list[Problem] = []
    if candidate and (path or Path(str(candidate)).is_file()):
        candidate = absolute(str(candidate))
        try:
            return io.load(candidate), candidate, []
        except InputError as exc:
            problems = exc.problems
    from vendorpick.project.demo import demo_project

    return demo_project(), None, problems


def create_window(path: str | None = None, lang: str | None = None,
                  recovery: RecoveryStore | None = None):
    """Set up the application and build the main window (not shown yet)."""
    from vendorpick.ui.main_window import MainWindow

    app = application()
    code = i18n.startup_lang(lang)
    translations = i18n.Translations(app)
    translations.install(code)
    project, project_path, problems = _startup_project(path)
    document = Document(project, project_path, lang=code)
    window = MainWindow(document, translations, recovery)
    window.startup_problems = problems
    document.pathChanged.connect(lambda p: p and QSettings().setValue(LAST_PROJECT_KEY, str(p)))
    if project_path is not None:
        QSettings().setValue(LAST_PROJECT_KEY, str(project_path))
    return window


def after_show(window) -> None:
    """What happens once the window is up: problems with the requested file,
    then the offer to recover an earlier session."""
    if window.startup_problems:
        show_problems(window, QCoreApplication.translate("App", "Cannot open the project"),
                      window.startup_problems, window.document.lang)
    window.files.offer_recovery()


def run_app(path: str | None = None, lang: str | None = None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    app = application()
    window = create_window(path, lang)
    window.show()
    QTimer.singleShot(0, lambda: after_show(window))
    return app.exec()
