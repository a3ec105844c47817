"""Qt objects are freed in the GUI thread, never by a garbage collection that
happens to run in a worker.

The suite crashed once in a few runs in ``QUndoStack::clear`` under garbage
collection, in a worker thread building a workbook: a closed view's document,
its undo stack and the stack's commands formed a reference cycle (each command
referred back to its document), which only the cyclic collector could free,
at a moment and in a thread of its choosing."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

pytest.importorskip("pytestqt")

from vendorpick.project import edit_builders_project as pb  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.app import application  # noqa: E402
from vendorpick.ui.garbage import collect_garbage_in_gui_thread  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402


def test_a_document_with_undo_history_is_freed_without_the_cyclic_collector(qtbot):
    document = Document(demo_project(), lang="ja")
    for months in (13, 14, 15):
        assert document.apply(pb.set_field(document.project, "months", months)) == []
    document.undo_stack.undo()
    assert document.undo_stack.count() == 3
    gone = weakref.ref(document)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del document
        assert gone() is None  # freed at once by its reference count, in this thread
    finally:
        if was_enabled:
            gc.enable()


def test_undo_and_redo_still_change_the_document_they_belong_to(qtbot):
    document = Document(demo_project(), lang="en")
    before = document.project.months
    assert document.apply(pb.set_field(document.project, "months", before + 6)) == []
    document.undo_stack.undo()
    assert document.project.months == before
    document.undo_stack.redo()
    assert document.project.months == before + 6


def test_the_application_collects_garbage_only_in_the_gui_thread(qtbot, qapp):
    assert application() is qapp
    collector = collect_garbage_in_gui_thread()
    assert collect_garbage_in_gui_thread() is collector  # installed once
    assert not gc.isenabled()  # no automatic collection in whatever thread allocates

    threads: list[str] = []

    class Cycle:
        def __init__(self):
            self.me = self

    def allocate_in_a_worker():
        # far more than the collector's threshold: automatic collection would run here
        for _ in range(50_000):
            Cycle()
        cycle = Cycle()
        weakref.finalize(cycle, lambda: threads.append(threading.current_thread().name))

    worker = threading.Thread(target=allocate_in_a_worker, name="worker")
    worker.start()
    worker.join()
    assert threads == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: threads != [], timeout=5000)  # the GUI thread's timer collects it
    assert threads == [threading.main_thread().name]
