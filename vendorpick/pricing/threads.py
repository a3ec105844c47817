"""One BLAS thread around the engine's hot loops (issue 13).

The Monte Carlo chunks and the win-probability draws multiply small matrices
(36 months × 1,024 scenarios × C candidates) thousands of times.  OpenBLAS's
default (one thread per core) spends longer waking and joining threads than
multiplying, and on a busy machine a product that takes 72 ms on one thread
took 1.5 s on two.  :func:`one_blas_thread` limits BLAS to one thread for the
duration of a block (through ``threadpoolctl``, which finds the BLAS numpy
loaded) and restores the user's setting afterwards; nested and concurrent
blocks (the application's two worker threads) share one limit, restored when
the last block ends.  Nothing is pinned outside these blocks.  (OpenBLAS 0.3.31
ignored, in our tests, a rise in threads asked from a worker thread, so a
block that ends last in a worker thread may leave one BLAS thread:
the application's own computations all run in its worker threads and want one.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["one_blas_thread"]

_lock = threading.Lock()
_depth = 0
_state: dict = {}


def _controller():
    controller = _state.get("controller")
    if controller is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:  # pragma: no cover - a declared dependency; run with the defaults without it
            controller = False
        else:
            try:
                controller = ThreadpoolController()
            except Exception:  # noqa: BLE001 - an unknown BLAS must not stop a simulation
                controller = False
        _state["controller"] = controller
    return controller


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with BLAS limited to one thread."""
    global _depth
    with _lock:
        if _depth == 0:
            controller = _controller()
            _state["limit"] = controller.limit(limits=1, user_api="blas") if controller else None
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _state.get("limit") is not None:
                _state.pop("limit").restore_original_limits()
