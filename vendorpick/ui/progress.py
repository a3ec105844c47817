"""Work behind a progress dialog with a working Cancel, without blocking.

:func:`run_with_progress` starts ``work(state)`` as a task (see
:mod:`vendorpick.ui.tasks`) behind a window-modal :class:`QProgressDialog`
that shows the state's progress; the window keeps its own event loop.
Cancel (the button, Escape or closing the dialog) ends the transfer at once
as cancelled; the worker sees it at its next ``state.set_progress(...)`` or
``state.cancelled()`` and stops.  Whatever the work leaves behind must go
through ``state.commit(write)``: the write runs only if Cancel was not
pressed before it, and Cancel pressed during it is too late (the work is
done), so a cancelled transfer never leaves an output file and a finished
one is never reported as cancelled.

The outcome goes to ``done(kind, value)`` in the GUI thread — ``("ok",
result)``, ``("cancelled", None)`` or ``("failed", exception)`` — whose
return value becomes the :class:`Transfer`'s ``outcome``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from vendorpick.errors import InputError
from vendorpick.ui.tasks import TaskRunner, TaskState


def cancelled_text(wrote_files: bool) -> str:
    """The status bar's word after Cancel: an export wrote nothing, an import changed nothing."""
    if wrote_files:
        return QCoreApplication.translate("Progress", "Cancelled: nothing was written.")
    return QCoreApplication.translate("Progress", "Cancelled: the project was not changed.")


def progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    return dialog


_running: set[Transfer] = set()  # kept alive until they end (a transfer may have no parent)


class Transfer(QObject):
    """One piece of work behind a progress dialog; ``finished(outcome)`` when it ended."""

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, label: str, done: Callable[[str, Any], Any]):
        super().__init__(parent)
        self.outcome: Any = None
        self.is_done = False
        self._done = done
        # input and file problems are said by ``done``; anything else is also a crash report
        self.runner = TaskRunner(self, where=" during a file transfer", expected=(InputError, OSError))
        self.dialog = progress_dialog(parent, label)
        self.dialog.canceled.connect(self._on_cancel)
        self.runner.progress.connect(lambda f: self.dialog.setValue(min(99, int(100 * f))))
        self.runner.finished.connect(lambda result: self._end("ok", result))
        self.runner.cancelled.connect(lambda: self._end("cancelled", None))
        self.runner.failed.connect(lambda exc, _details: self._end("failed", exc))

    def _on_cancel(self) -> None:
        if self.runner.cancel():
            self._end("cancelled", None)

    def _end(self, kind: str, value: Any) -> None:
        if self.is_done:
            return
        self.dialog.canceled.disconnect(self._on_cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.is_done = True
        _running.discard(self)
        self.outcome = self._done(kind, value)
        self.finished.emit(self.outcome)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[TaskState], Any],
                      done: Callable[[str, Any], Any]) -> Transfer:
    """Start ``work(state)`` in a worker thread behind a progress dialog; see the module."""
    transfer = Transfer(parent, label, done)
    _running.add(transfer)
    transfer.runner.start(work)
    return transfer
