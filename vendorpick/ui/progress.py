"""Work in a worker thread behind a progress dialog with a working Cancel.

:func:`run_with_progress` runs ``work(state)`` in a thread while a modal
:class:`QProgressDialog` shows ``state.progress`` (the window keeps
painting).  Cancel (the button, Escape or closing the dialog) returns at
once by raising :class:`TransferCancelled` in the GUI thread; the worker
sees it at its next ``state.progress(...)`` call or ``state.cancelled()``
check and stops.  Whatever the work leaves behind must go through
``state.commit(write)``: the write runs only if Cancel was not pressed
before it, and Cancel pressed during it waits for it and then counts as too
late (the work is done), so a cancelled transfer never leaves an output file
and a finished one is never reported as cancelled.

The worker touches no Qt object (see :mod:`vendorpick.ui.workers` for why):
a GUI-thread timer reads its state.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

POLL_MS = 20


class TransferCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


class TransferState:
    """Shared between the dialog (GUI thread) and the work (worker thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False
        self.fraction = 0.0

    def progress(self, fraction: float) -> None:
        """Report the fraction done; raises :class:`TransferCancelled` once cancelled."""
        self.fraction = float(fraction)
        if self._cancelled:
            raise TransferCancelled

    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> bool:
        """Ask the work to stop; False when it already wrote its result."""
        with self._lock:
            if self._committed:
                return False
            self._cancelled = True
            return True

    def commit(self, write: Callable[[], Any]) -> Any:
        """Run ``write`` (the only step leaving anything on disk) unless cancelled."""
        with self._lock:
            if self._cancelled:
                raise TransferCancelled
            self._committed = True
            return write()


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


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[TransferState], Any]) -> Any:
    """Run ``work(state)`` in a worker thread behind a modal progress dialog;
    return its result or raise its exception here, in the GUI thread, or
    :class:`TransferCancelled` as soon as the user cancelled."""
    box: queue.Queue = queue.Queue()
    state = TransferState()

    def target() -> None:
        try:
            box.put(("ok", work(state)))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the GUI thread
            box.put(("error", exc))

    dialog = progress_dialog(parent, label)
    loop = QEventLoop()
    cancelled = [False]

    def on_cancel() -> None:
        if state.cancel():
            cancelled[0] = True
            loop.quit()

    def poll() -> None:
        if not box.empty():
            loop.quit()
        else:
            dialog.setValue(min(99, int(100 * state.fraction)))

    dialog.canceled.connect(on_cancel)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    threading.Thread(target=target, name="vendorpick-transfer", daemon=True).start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.canceled.disconnect(on_cancel)
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if cancelled[0]:
        raise TransferCancelled
    kind, value = box.get()
    if kind == "error":
        raise value
    return value
