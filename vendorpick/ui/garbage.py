"""Python's cyclic garbage collector in the window: only in the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate
when a threshold is crossed — often a worker building a workbook — and frees
the Qt objects of closed windows there, destroying QObjects outside their
thread (seen as a crash in ``QUndoStack::clear`` under garbage collection,
once in a few runs of the suite).  pyqtgraph's ``GarbageCollector`` turns
automatic collection off and, every second in the GUI thread, collects the
generations whose thresholds were crossed.  While a what-if slider is held
the collections wait (a full one takes 45 ms, 100 ms and more under load: a
frame of its own in the middle of a drag) and resume on the release.
"""

from __future__ import annotations

from typing import Any

_collector: Any = None  # pyqtgraph's GarbageCollector, once installed


def collect_garbage_in_gui_thread() -> Any:
    """Install the collector (once, in the GUI thread, with the application
    created); returns it (tests call its ``check``)."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=1.0)
    return _collector


def hold_garbage_collection(held: bool) -> None:
    """Hold the collections while a slider is held; resume them on the release."""
    if _collector is None:
        return
    if held:
        _collector.timer.stop()
    elif not _collector.timer.isActive():
        _collector.timer.start()
