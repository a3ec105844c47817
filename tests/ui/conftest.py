"""The interface tests run the way the application runs: Python's cyclic
garbage collector works only in the GUI thread
(:func:`vendorpick.ui.garbage.collect_garbage_in_gui_thread`), never in a worker
that happens to allocate while windows of earlier tests wait to be freed."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(scope="session", autouse=True)
def gui_thread_garbage_collection(qapp):
    from PySide6.QtCore import QCoreApplication, QEvent

    from vendorpick.ui.garbage import collect_garbage_in_gui_thread

    collector = collect_garbage_in_gui_thread()
    yield collector
    # the end of the session: free what the tests left, here and while the application still lives
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def collect_between_tests(gui_thread_garbage_collection):
    """What the application's timer does once a second, after each test (whose
    widgets pytest-qt has closed by then)."""
    yield
    gui_thread_garbage_collection.check()
