"""Unexpected errors: written to a log file, shown in a dialog, survived.

An exception that escapes a slot reaches ``sys.excepthook`` (PySide6 hands
it there and carries on with the event loop); one that escapes a worker
comes back through :func:`report` (``vendorpick.ui.tasks``) or
``threading.excepthook``.  Either way it is logged with its traceback
(Python :mod:`logging`, a rotating file in the application's data folder,
``logs/vendorpick.log``) and shown once in a translated dialog that says the
project is still open; the window and the document are left as they were.

The dialog never opens inside the failing call (which may be a paint or a
model's ``data``): reports go on a queue that a GUI-thread timer empties,
which also makes :func:`report` safe from any thread.  The same error
(same last traceback line) is shown once per session, then only logged.
"""

from __future__ import annotations

import logging
import logging.handlers
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("vendorpick")
LOG_NAME = "vendorpick.log"
POLL_MS = 100

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
    """Logs every unexpected error and shows each distinct one once."""

    def __init__(self, parent_widget: Callable[[], QWidget | None], log_path: Path | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._parent_widget = parent_widget
        self.log_path = log_path
        self._inbox: queue.Queue[tuple[str, str]] = queue.Queue()
        self._seen: set[str] = set()
        self._showing = False
        self.shown: list[str] = []  # summaries shown, oldest first
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)
        self._timer.start()
        self._previous_hooks = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks
        self._timer.stop()

    def excepthook(self, exc_type, exc, tb) -> None:
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
        self._inbox.put((summary(details), details))

    def _drain(self) -> None:
        if self._showing:
            return  # the dialog's own event loop runs this timer too
        while True:
            try:
                short, details = self._inbox.get_nowait()
            except queue.Empty:
                return
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
