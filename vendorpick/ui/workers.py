"""Background computation of results, off the GUI thread.

:class:`ResultsService` numbers every request (a generation counter, as
git-cola drops stale results by timestamp).  A request runs
:func:`vendorpick.results.compute` in a worker thread on a copy of the
project; its ``cancelled()`` callable turns true as soon as a newer request
exists, so the engine stops between chunks, and a result that still arrives
with an old id is dropped.  ``busyChanged(True)`` is emitted only when a
request takes longer than :data:`BUSY_DELAY_MS`, so quick updates do not
flicker.

Why a queue and a timer instead of a signal emitted by the worker: the
worker then touches no Qt object at all, so nothing Qt-side crosses threads
(PySide6 6.12.0 even aborted the interpreter on emits, see pyproject.toml).
It puts its outcome on a ``queue.Queue``, and a ``QTimer`` in the GUI thread
(running only while a request is pending) takes it off and emits ``ready``
there.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from vendorpick.project.model import Project
from vendorpick.results import Results, WhatIf, compute

BUSY_DELAY_MS = 200
POLL_MS = 5
# the sensitivity pass now takes 10–20 ms at 20 candidates (issue 13): a short pause suffices
SECOND_PASS_DELAY_S = 0.015


_executor: ThreadPoolExecutor | None = None


def executor() -> ThreadPoolExecutor:
    """The shared worker threads (two: a cancelled run may still be winding
    down while the newest one starts)."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vendorpick-results")
    return _executor


def run_job(request_id: int, fn: Callable[..., None], outbox: queue.Queue,
            is_stale: Callable[[int], bool]) -> None:
    """Run ``fn`` in a worker thread and put ``(kind, id, payload)`` on ``outbox``:
    ``("result", id, Results)``, ``("progress", id, fraction)``,
    ``("failed", id, traceback)`` and finally ``("end", id, None)``."""
    from vendorpick.pricing.simulate import Cancelled

    def cancelled() -> bool:
        return is_stale(request_id)

    try:
        if not cancelled():
            fn(emit=lambda result: outbox.put(("result", request_id, result)),
               progress=lambda f: outbox.put(("progress", request_id, float(f))),
               cancelled=cancelled)
    except Cancelled:
        pass
    except Exception:  # noqa: BLE001 - reported to the GUI, never lost in a thread
        outbox.put(("failed", request_id, traceback.format_exc()))
    finally:
        outbox.put(("end", request_id, None))


class ResultsService(QObject):
    """Runs result computations in the background, newest request wins.

    ``ready(Results)`` is emitted in the GUI thread for the newest request only,
    twice: first without the sensitivity figures (``complete`` False), then
    complete; ``failed(str)`` when the computation raised;
    ``busyChanged(bool)``; ``progress(float)``.
    """

    ready = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)
    progress = Signal(float)

    def __init__(self, parent: QObject | None = None, *, draws: int = 10000):
        super().__init__(parent)
        self.draws = draws
        self._lock = threading.Lock()
        self._latest = 0
        self._running = 0
        self._pending = False
        self._busy = False
        self._sim_cache: tuple[Project, float, Any] | None = None
        self._cache_key: tuple[Project | None, float] = (None, 1.0)
        self._outbox: queue.Queue = queue.Queue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._on_busy_timeout)

    @property
    def latest_id(self) -> int:
        return self._latest

    @property
    def pending(self) -> bool:
        """True until the newest request's complete results were delivered."""
        return self._pending

    def is_stale(self, request_id: int) -> bool:
        return request_id != self._latest

    def request(self, project: Project, whatif: WhatIf = WhatIf()) -> int:
        """Start computing ``project`` under ``whatif``; returns the request id.
        The project is deep-copied for the worker.  The simulation is reused
        when only the weights changed (same project object and volume)."""
        with self._lock:
            self._latest += 1
            request_id = self._latest
        self._pending = True
        self._cache_key = (project, whatif.volume)
        sim = self._cached_sim(project, whatif.volume)
        job = _job(project.model_copy(deep=True), whatif, sim, self.draws)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._running += 1
        executor().submit(run_job, request_id, job, self._outbox, self.is_stale)
        self._poll.start()
        return request_id

    def _cached_sim(self, project: Project, volume: float) -> Any:
        cache = self._sim_cache
        if cache is not None and cache[0] is project and cache[1] == volume:
            return cache[2]
        return None

    def _drain(self) -> None:
        """Deliver what the workers finished (GUI thread)."""
        while True:
            try:
                kind, request_id, payload = self._outbox.get_nowait()
            except queue.Empty:
                break
            if kind == "end":
                self._running -= 1
            elif not self.is_stale(request_id):
                self._deliver(kind, payload)
        if self._running <= 0:
            self._poll.stop()

    def _deliver(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.progress.emit(payload)
        elif kind == "failed":
            self._finish()
            from vendorpick.ui import crash

            crash.report(payload, " while computing the results")  # logged and shown; the window carries on
            self.failed.emit(payload)
        elif kind == "result":
            project, volume = self._cache_key
            self._sim_cache = (project, volume, payload.sim)
            if payload.complete:
                self._finish()
            self.ready.emit(payload)

    def _finish(self) -> None:
        self._pending = False
        self._busy_timer.stop()
        self._set_busy(False)

    def _on_busy_timeout(self) -> None:
        if self._pending:
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


def _job(project: Project, whatif: WhatIf, sim: Any, draws: int) -> Callable[..., None]:
    """The work of one request: costs and ranking first (fast), then the
    sensitivity figures (win probability, price-to-win), which take longer."""

    def run(emit: Callable[[Results], None], progress: Callable[[float], None],
            cancelled: Callable[[], bool]) -> None:
        quick = compute(project, whatif, sim=sim, draws=draws, sensitivity=False,
                        progress=progress, cancelled=cancelled)
        emit(quick)
        # Let the GUI thread show the quick pass before the (Python-heavy)
        # sensitivity pass competes with it for the GIL; an edit arriving
        # meanwhile cancels the second pass before it starts.
        time.sleep(SECOND_PASS_DELAY_S)
        if not cancelled():
            emit(compute(project, whatif, sim=quick.sim, draws=draws, cancelled=cancelled))

    return run
