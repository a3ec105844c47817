"""vendorpick.ui.crash delivers reports through a queued signal: from any
thread to the GUI thread, never inside the call that reported, each distinct
error shown once per session."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer

from vendorpick.ui import crash

TRACEBACK = "Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n{}\n"


@pytest.fixture
def shown(qapp, monkeypatch):
    """The dialogs the reporter opens, recorded (summary, thread) instead of shown."""
    seen: list[tuple[str, threading.Thread]] = []

    def record(parent, title, text, details):
        seen.append((crash.summary(details), threading.current_thread()))

    monkeypatch.setattr(crash, "show_error", record)
    crash.install(lambda: None, None)
    yield seen
    crash.uninstall()


def test_a_report_from_a_worker_thread_is_shown_in_the_gui_thread(shown, qtbot):
    worker = threading.Thread(target=crash.report, args=(TRACEBACK.format("ValueError: worker"), " in a test"),
                              name="vendorpick-test-worker")
    worker.start()
    worker.join()
    assert shown == []  # only the GUI thread's event loop opens it
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [("ValueError: worker", threading.main_thread())]


def test_the_same_error_from_several_threads_is_shown_once(shown, qtbot):
    workers = [threading.Thread(target=crash.report, args=(TRACEBACK.format("KeyError: 'x'"),)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    crash.report(TRACEBACK.format("OSError: other"))  # from the GUI thread, after them
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    qtbot.wait(50)
    assert [s for s, _ in shown] == ["KeyError: 'x'", "OSError: other"]


def test_the_dialog_never_opens_inside_the_failing_call(shown, qtbot):
    """A model's ``data`` or a paint that fails reports and returns; the dialog comes after."""
    during: list[list[str]] = []

    class Painter(QObject):
        def paint(self) -> None:
            crash.report(TRACEBACK.format("ZeroDivisionError: in paint"))
            during.append([s for s, _ in shown])

    painter = Painter()
    QTimer.singleShot(0, painter.paint)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert during == [[]]
    assert shown[0][0] == "ZeroDivisionError: in paint"


def test_a_report_while_the_dialog_is_open_waits_for_it_to_close(qapp, monkeypatch, qtbot):
    """The dialog's own event loop delivers later reports: they open after it, not on top of it."""
    events: list[str] = []

    def modal(parent, title, text, details):
        short = crash.summary(details)
        events.append("open " + short)
        if short == "ValueError: first":
            crash.report(TRACEBACK.format("ValueError: second"))
            qapp.processEvents()  # what the modal box's event loop does
        events.append("close " + short)

    monkeypatch.setattr(crash, "show_error", modal)
    crash.install(lambda: None, None)
    try:
        crash.report(TRACEBACK.format("ValueError: first"))
        qtbot.waitUntil(lambda: len(events) == 4, timeout=3000)
        assert events == ["open ValueError: first", "close ValueError: first",
                          "open ValueError: second", "close ValueError: second"]
    finally:
        crash.uninstall()
