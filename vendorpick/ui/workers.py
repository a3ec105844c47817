"""Background computation of results, off the GUI thread.

:class:`ResultsService` numbers every request and runs
:func:`vendorpick.results.compute` on a copy of the project as a task of a
:class:`~vendorpick.ui.tasks.TaskRunner`: a newer request cancels the
running one (the engine stops between chunks) and whatever an old request
still delivers is dropped.  The quick figures arrive as the task's partial
result, the complete ones as its result, both by queued signal in the GUI
thread.  ``busyChanged(True)`` is emitted only when a request takes longer
than :data:`BUSY_DELAY_MS`, so quick updates do not flicker.  The newest
complete results are kept (:meth:`ResultsService.current`) so the export can
reuse them instead of computing everything again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from vendorpick.project.model import Project
from vendorpick.results import Results, WhatIf, compute
from vendorpick.ui.tasks import TaskRunner, TaskState

BUSY_DELAY_MS = 200
# the sensitivity pass takes 10–20 ms at 20 candidates (issue 13): a short pause suffices
SECOND_PASS_DELAY_S = 0.015

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
        self._latest = 0
        self._pending = False
        self._busy = False
        self._sim_cache: tuple[Project, float, Any] | None = None
        self._request: tuple[Project, WhatIf] | None = None
        self._complete: tuple[Project, WhatIf, Results] | None = None
        self._runner = TaskRunner(self, where=" while computing the results")
        self._runner.partial.connect(self._deliver)
        self._runner.finished.connect(self._deliver)
        self._runner.progress.connect(self.progress)
        self._runner.failed.connect(self._on_failed)
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

    @property
    def task(self) -> TaskState | None:
        """The running computation's state (None when idle)."""
        return self._runner.state

    def is_stale(self, request_id: int) -> bool:
        return request_id != self._latest

    def current(self, project: Project, whatif: WhatIf = WhatIf(), draws: int = 10000) -> Results | None:
        """The complete results already computed for ``project`` (equal data)
        under ``whatif`` with ``draws``, or None when the project changed since."""
        done = self._complete
        if (done is not None and draws == self.draws and done[1] == whatif
                and (done[0] is project or done[0] == project)):
            return done[2]
        return None

    def request(self, project: Project, whatif: WhatIf = WhatIf()) -> int:
        """Start computing ``project`` under ``whatif``; returns the request id.
        The project is deep-copied for the worker.  The simulation is reused
        when only the weights changed (same project object and volume)."""
        self._latest += 1
        self._pending = True
        self._request = (project, whatif)
        sim = self._cached_sim(project, whatif.volume)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._runner.start(_job(project.model_copy(deep=True), whatif, sim, self.draws))
        return self._latest

    def _cached_sim(self, project: Project, volume: float) -> Any:
        cache = self._sim_cache
        if cache is not None and cache[0] is project and cache[1] == volume:
            return cache[2]
        return None

    def _deliver(self, results: Results) -> None:
        assert self._request is not None
        project, whatif = self._request
        self._sim_cache = (project, whatif.volume, results.sim)
        if results.complete:
            self._complete = (project, whatif, results)
            self._finish()
        self.ready.emit(results)

    def _on_failed(self, _exc: BaseException, details: str) -> None:
        self._finish()
        self.failed.emit(details)

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


def _job(project: Project, whatif: WhatIf, sim: Any, draws: int) -> Callable[[TaskState], Results]:
    """The work of one request: costs and ranking first (fast, delivered as
    the partial result), then the sensitivity figures (win probability,
    price-to-win), which take longer."""

    def run(state: TaskState) -> Results:
        quick = compute(project, whatif, sim=sim, draws=draws, sensitivity=False,
                        progress=state.set_progress, cancelled=state.cancelled)
        state.set_partial_result(quick)
        # Let the GUI thread show the quick pass before the (Python-heavy)
        # sensitivity pass competes with it for the GIL; an edit arriving
        # meanwhile cancels the second pass before it starts.
        time.sleep(SECOND_PASS_DELAY_S)
        if state.cancelled():
            from vendorpick.pricing.simulate import Cancelled

            raise Cancelled
        return compute(project, whatif, sim=quick.sim, draws=draws, cancelled=state.cancelled)

    return run
