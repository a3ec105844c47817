"""Background work, one way: a task runs in a worker thread and talks to the
GUI thread only through queued signals (the pattern of Orange3's
``ConcurrentWidgetMixin`` and ``TaskState``).

A task is a plain function ``fn(state)``.  It reports through its
:class:`TaskState` — :meth:`~TaskState.set_progress`,
:meth:`~TaskState.set_partial_result` — and looks at
:meth:`~TaskState.is_interruption_requested` (or passes the state's
``cancelled`` to the engine, which stops between chunks).  Its return value
or exception comes back the same way.  The state is a ``QObject`` living in
the GUI thread, so a signal the worker emits on it is queued and delivered
there: no polling timer, no nested event loop.

:class:`TaskRunner` runs one task at a time for its owner: starting a new
one asks the running one to stop, and anything an old task still delivers is
dropped (stale results never show).  It emits ``progress``, ``partial``,
``finished``, ``cancelled`` and ``failed`` in the GUI thread.  An exception
other than a cancellation is logged and shown by :mod:`vendorpick.ui.crash`
unless the owner expects it (``expected``, e.g. the input problems of a file).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

_executor: ThreadPoolExecutor | None = None


def executor() -> ThreadPoolExecutor:
    """The shared worker threads (two: a cancelled task may still be winding
    down while the newest one starts)."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vendorpick-task")
    return _executor


class TaskCancelled(Exception):
    """Raised in a task that saw its cancellation (at a progress step or a commit)."""


class TaskState(QObject):
    """What a running task shares with the GUI thread.

    The worker calls the ``set_*`` methods and ``is_interruption_requested``;
    the GUI thread calls :meth:`cancel`.  ``commit(write)`` runs the one step
    that leaves something behind (a file) only if the task was not cancelled
    before it; a cancel arriving during or after it is too late and refused."""

    progressChanged = Signal(float)
    partialResult = Signal(object)
    done = Signal(str, object)  # ("ok", result) | ("cancelled", None) | ("failed", (exception, traceback))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._cancelled = False
        self._committed = False

    # -- worker side
    def set_progress(self, fraction: float) -> None:
        """Report the fraction done; raises :class:`TaskCancelled` once cancelled."""
        if self._cancelled:
            raise TaskCancelled
        self.progressChanged.emit(float(fraction))

    def set_partial_result(self, value: Any) -> None:
        if not self._cancelled:
            self.partialResult.emit(value)

    def is_interruption_requested(self) -> bool:
        return self._cancelled

    #: the engine's ``cancelled`` callable
    cancelled = is_interruption_requested

    def commit(self, write: Callable[[], Any]) -> Any:
        """Run ``write`` unless cancelled (then :class:`TaskCancelled`)."""
        with self._lock:
            if self._cancelled:
                raise TaskCancelled
            self._committed = True
            return write()

    # -- GUI side
    def cancel(self) -> bool:
        """Ask the task to stop; False when it already committed its result."""
        with self._lock:
            if self._committed:
                return False
            self._cancelled = True
            return True


def _run(fn: Callable[[TaskState], Any], state: TaskState) -> None:
    """The worker thread's part: run ``fn`` and send its outcome home."""
    from vendorpick.pricing.simulate import Cancelled

    try:
        result = fn(state)
    except (TaskCancelled, Cancelled):
        state.done.emit("cancelled", None)
    except Exception as exc:  # noqa: BLE001 - sent to the GUI thread, never lost in a thread
        state.done.emit("failed", (exc, traceback.format_exc()))
    else:
        state.done.emit("cancelled" if state.is_interruption_requested() else "ok", result)


class TaskRunner(QObject):
    """Runs its owner's tasks one at a time, newest wins (see the module)."""

    progress = Signal(float)
    partial = Signal(object)
    finished = Signal(object)
    cancelled = Signal()
    #: (exception, traceback text); unexpected exceptions are also reported by ui.crash
    failed = Signal(object, str)
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, where: str = "",
                 expected: tuple[type[BaseException], ...] = ()):
        super().__init__(parent)
        self.where, self.expected = where, expected
        self._state: TaskState | None = None

    @property
    def state(self) -> TaskState | None:
        """The running task's state (None when idle)."""
        return self._state

    @property
    def running(self) -> bool:
        return self._state is not None

    def start(self, fn: Callable[[TaskState], Any]) -> TaskState:
        """Run ``fn(state)`` in a worker thread, after asking a running task to stop."""
        was_running = self._drop()
        state = TaskState(self)
        # bound slots of this QObject: the worker's emits are queued to the GUI thread
        state.progressChanged.connect(self._on_progress)
        state.partialResult.connect(self._on_partial)
        state.done.connect(self._on_done)
        self._state = state
        if not was_running:
            self.runningChanged.emit(True)
        executor().submit(_run, fn, state)
        return state

    def cancel(self) -> bool:
        """Stop the running task; False when there is none or it already committed."""
        state = self._state
        if state is None or not state.cancel():
            return False
        self._drop()
        self.runningChanged.emit(False)
        return True

    def _drop(self) -> bool:
        state, self._state = self._state, None
        if state is not None:
            state.cancel()
        return state is not None

    def _current(self) -> bool:
        """True when the signal being delivered comes from the running task."""
        return self._state is not None and self.sender() is self._state

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        if self._current():
            self.progress.emit(fraction)

    @Slot(object)
    def _on_partial(self, value: Any) -> None:
        if self._current():
            self.partial.emit(value)

    @Slot(str, object)
    def _on_done(self, kind: str, value: Any) -> None:
        state = self.sender()
        if state is not None:
            state.deleteLater()
        if not self._current():
            return  # a task asked to stop: whatever it delivers is stale
        self._state = None
        self.runningChanged.emit(False)
        if kind == "ok":
            self.finished.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            exc, details = value
            if not isinstance(exc, self.expected):
                from vendorpick.ui import crash

                crash.report(details, self.where)  # logged and shown; the window carries on
            self.failed.emit(exc, details)
