"""Unexpected errors: written to a log file, shown in a dialog, survived.

An exception that escapes a slot reaches ``sys.excepthook`` (PySide6 hands
it there and carries on with the event loop); one that escapes a worker
comes back through :func:`report` (``vendorpick.ui.tasks``) or
``threading.excepthook``.  Either way it is logged with its traceback
(Python :mod:`logging`, a rotating file in the application's data folder,
``logs/vendorpick.log``) and shown once in a translated dialog that says the
project is still open; the window and the document are left as they were.

The dialog never opens inside the failing call (which may be a paint or a
model's ``data``): a report is a signal of the :class:`CrashReporter`, an
object living in the GUI thread, connected to its slot with a queued
connection, so Qt delivers it to the GUI thread's event loop after the
failing call has returned (the pattern of :mod:`vendorpick.ui.tasks`); that
also makes :func:`report` safe from any thread.  The same error (same last
traceback line) is shown once per session, then only logged.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("vendorpick")
LOG_NAME = "vendorpick.log"

translate = QCoreApplication.translate


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs"


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send the application's log (warnings and errors) to a rotating file;
    returns its path, or None when the folder cannot be written."""
    folder = folder or log_folder()
    path = folder / LOG_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    return path


def show_error(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """The dialog (tests replace it)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()


def summary(details: str) -> str:
    lines = [line for line in details.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


class CrashReporter(QObject):
    """Logs every unexpected error and shows each distinct one once.

    Create it in the GUI thread: its slot runs there, whichever thread reports."""

    #: (summary, details) of a report; queued to this object's (the GUI) thread
    reported = Signal(str, str)

    def __init__(self, parent_widget: Callable[[], QWidget | None], log_path: Path | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._parent_widget = parent_widget
        self.log_path = log_path
        self._pending: deque[tuple[str, str]] = deque()  # reports not handled yet (GUI thread only)
        self._seen: set[str] = set()
        self._showing = False
        self.shown: list[str] = []  # summaries shown, oldest first
        # queued even when emitted in the GUI thread: never inside the failing call
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._previous_hooks = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hooks[0](exc_type, exc, tb)
            return
        self.report("".join(traceback.format_exception(exc_type, exc, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        where = f" in thread {args.thread.name}" if args.thread is not None else ""
        self.report("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)), where)

    def report(self, details: str, where: str = "") -> None:
        """Log ``details`` (a traceback) now; queue the dialog (any thread)."""
        log.error("unexpected error%s:\n%s", where, details.rstrip())
        try:
            self.reported.emit(summary(details), details)
        except RuntimeError:  # the reporter is gone (the application is closing): logged is all
            pass

    @Slot(str, str)
    def _on_reported(self, short: str, details: str) -> None:
        self._pending.append((short, details))
        if self._showing:
            return  # the dialog's own event loop delivered it: shown once that dialog closes
        while self._pending:
            short, details = self._pending.popleft()
            if short in self._seen:
                continue
            self._seen.add(short)
            self._show(short, details)

    def _show(self, short: str, details: str) -> None:
        text = translate("CrashReporter", "Something went wrong inside vendorpick:\n%1\n\n"
                         "Your project is still open, with its unsaved changes. Save your work (under a new "
                         "name if in doubt) and carry on, or restart vendorpick.").replace("%1", short)
        if self.log_path is not None:
            text += "\n\n" + translate("CrashReporter", "The details were written to %1.").replace("%1", str(self.log_path))
        self._showing = True
        try:
            self.shown.append(short)
            show_error(self._parent_widget(), translate("CrashReporter", "Unexpected error"), text, details)
        except Exception:  # noqa: BLE001 - a failing dialog must not loop back here
            log.exception("cannot show the error dialog")
        finally:
            self._showing = False


_reporter: CrashReporter | None = None


def install(parent_widget: Callable[[], QWidget | None], log_path: Path | None = None) -> CrashReporter:
    """Install the application's reporter (once; :func:`run_app` does this)."""
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
    _reporter = CrashReporter(parent_widget, log_path)
    _reporter.install()
    return _reporter


def uninstall() -> None:
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
        _reporter.deleteLater()
        _reporter = None


def report(details: str, where: str = "") -> None:
    """Log an unexpected error and, when the application installed a
    reporter, show it; safe from any thread."""
    if _reporter is None:
        log.error("unexpected error%s:\n%s", where, details.rstrip())
    else:
        _reporter.report(details, where)
