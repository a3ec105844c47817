"""File menu transfers: export workbook and template, import quotes (QFileDialog monkeypatched)."""

from __future__ import annotations

import openpyxl
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog, QWidget  # noqa: E402

from tests.core.excel_helpers import fill, small_project  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui import file_transfer  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402

PLAN = {"name": "従量プラン", "tax_included": "いいえ", "rate": 310, "cover_weekday_day": "はい",
        "cover_weekday_night": "はい", "cover_holiday_day": "はい", "cover_holiday_night": "はい"}


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(file_transfer, "show_message", lambda parent, kind, title, text: shown.append(
        (kind, title, text)))
    return shown


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def outcome(qtbot, transfer):
    """Wait for a transfer to end (None: the file dialog was closed); its outcome."""
    if transfer is None:
        return None
    qtbot.waitUntil(lambda: transfer.is_done, timeout=30000)
    return transfer.outcome


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_export_workbook_from_the_menu(monkeypatch, window, messages, tmp_path, qtbot):
    document = Document(demo_project(), lang="ja")
    save_to(monkeypatch, tmp_path / "比較")
    written = outcome(qtbot, file_transfer.export_workbook(window, document))
    assert written == tmp_path / "比較.xlsx"
    wb = openpyxl.load_workbook(written)
    assert len(wb.sheetnames) >= 2
    assert not messages


def test_export_workbook_through_the_main_window(qtbot, monkeypatch, messages, tmp_path):
    main_window = pytest.importorskip("vendorpick.ui.main_window")
    document = Document(demo_project(), lang="en")
    window = main_window.MainWindow(document)
    qtbot.addWidget(window)
    save_to(monkeypatch, tmp_path / "menu.xlsx")
    assert window.act_export_workbook.isEnabled()
    window.act_export_workbook.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "menu.xlsx").exists(), timeout=30000)
    openpyxl.load_workbook(tmp_path / "menu.xlsx")


def test_cancelled_dialog_writes_nothing(monkeypatch, window, messages, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert file_transfer.export_workbook(window, Document(demo_project())) is None
    assert not list(tmp_path.iterdir())


def test_export_failure_is_reported(monkeypatch, window, messages, tmp_path, qtbot):
    save_to(monkeypatch, tmp_path / "missing-folder" / "x.xlsx")
    assert outcome(qtbot, file_transfer.export_template(window, Document(demo_project(), lang="ja"))) is None
    assert messages and messages[0][0] in ("warning", "critical")


def test_template_then_import_is_one_undoable_edit(monkeypatch, window, messages, tmp_path, qtbot):
    document = Document(small_project(), lang="ja")
    template = tmp_path / "quotes.xlsx"
    save_to(monkeypatch, template)
    assert outcome(qtbot, file_transfer.export_template(window, document)) == template
    fill(template, {"vendor_name": "新規サポート社"}, [PLAN], {"security": 4, "rms": "はい"})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(template)], "")))
    steps = document.undo_stack.count()
    assert outcome(qtbot, file_transfer.import_quotes(window, document))
    assert document.undo_stack.count() == steps + 1
    assert [v.name for v in document.project.vendors] == ["既存社", "新規サポート社"]
    assert document.project.vendors[1].plans[0].rate == 310
    assert messages[-1][0] == "information"
    document.undo_stack.undo()
    assert [v.name for v in document.project.vendors] == ["既存社"]


def test_failed_import_changes_nothing(monkeypatch, window, messages, tmp_path, qtbot):
    document = Document(small_project(), lang="ja")
    template = tmp_path / "bad.xlsx"
    save_to(monkeypatch, template)
    outcome(qtbot, file_transfer.export_template(window, document))
    fill(template, {"vendor_name": "新規サポート社"}, [{**PLAN, "rate": -5}], {"security": 4})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(template)], "")))
    before = document.project
    assert not outcome(qtbot, file_transfer.import_quotes(window, document))
    assert document.project is before and document.undo_stack.count() == 0
    kind, _title, text = messages[-1]
    assert kind == "warning" and "見積!" in text and "0 以上" in text


# --------------------------------------------------------------- Cancel


def click_cancel_when_shown(window, clicked: list):
    """Press the progress dialog's Cancel button as a user would, once it is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    def look() -> None:
        for dialog in window.findChildren(QProgressDialog):
            button = dialog.findChild(QPushButton)
            if dialog.isVisible() and button is not None and button.isVisible() and not clicked:
                clicked.append(button.text())
                button.click()

    timer = QTimer(window)
    timer.setInterval(30)
    timer.timeout.connect(look)
    timer.start()
    return timer


def slow_steps(progress, seconds=30.0):
    import time

    steps = int(seconds / 0.01)
    for i in range(steps):
        progress(i / steps)
        time.sleep(0.01)


def test_export_cancel_stops_and_leaves_no_file(monkeypatch, window, messages, tmp_path, qtbot):
    import threading

    import vendorpick.excel.export as export

    real_build = export.build_workbook
    worker_done = threading.Event()

    def slow_build(project, lang, *, sim=None, ranking=None, progress=None):
        try:
            slow_steps(progress)
            return real_build(project, lang, sim=sim, ranking=ranking)
        finally:
            worker_done.set()

    monkeypatch.setattr(export, "build_workbook", slow_build)
    document = Document(small_project(), lang="en")
    statuses = []
    document.status.connect(statuses.append)
    save_to(monkeypatch, tmp_path / "comparison.xlsx")
    clicked = []
    timer = click_cancel_when_shown(window, clicked)
    assert outcome(qtbot, file_transfer.export_workbook(window, document)) is None
    timer.stop()
    assert clicked == ["Cancel"]
    assert worker_done.wait(5)  # the work stopped at its next progress step, long before its 30 s
    qtbot.wait(100)
    assert list(tmp_path.iterdir()) == []  # neither the workbook nor a temporary file
    assert statuses == ["Cancelled: nothing was written."] and not messages


def test_import_cancel_changes_nothing_even_when_the_reading_ends_later(monkeypatch, window, messages, tmp_path,
                                                                         qtbot):
    import threading

    import vendorpick.excel.quotes as quotes

    release, finished = threading.Event(), threading.Event()

    def slow_import(project, paths, lang="ja"):
        release.wait(30)
        finished.set()
        return project.model_copy(update={"vendors": []}), None

    monkeypatch.setattr(quotes, "import_quotes", slow_import)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(tmp_path / "q.xlsx")], "")))
    document = Document(small_project(), lang="ja")
    before = document.project
    clicked = []
    timer = click_cancel_when_shown(window, clicked)
    assert not outcome(qtbot, file_transfer.import_quotes(window, document))
    timer.stop()
    assert clicked == ["Cancel"]
    release.set()
    assert finished.wait(5)
    qtbot.wait(100)
    assert document.project is before and document.undo_stack.count() == 0 and not messages


def test_cancel_after_the_file_was_written_is_too_late_and_before_it_writes_nothing(tmp_path, qtbot):
    from vendorpick.ui.tasks import TaskCancelled, TaskState

    done = TaskState()
    done.commit(lambda: (tmp_path / "a").write_text("x"))
    assert not done.cancel() and not done.cancelled()  # reported as saved, not as cancelled
    early = TaskState()
    assert early.cancel() and early.cancelled()
    with pytest.raises(TaskCancelled):
        early.set_progress(0.5)
    with pytest.raises(TaskCancelled):
        early.commit(lambda: (tmp_path / "b").write_text("x"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_export_reuses_the_results_page_figures_until_the_project_changes(qtbot, monkeypatch, messages, tmp_path):
    import vendorpick.results as results_module
    from vendorpick.project import edit_builders_project as pb

    main_window = pytest.importorskip("vendorpick.ui.main_window")
    document = Document(demo_project(), lang="en")
    window = main_window.MainWindow(document)
    qtbot.addWidget(window)
    page = window.page("results")
    qtbot.waitUntil(lambda: page.results is not None and page.results.complete and not page.service.pending,
                    timeout=60000)
    real, computed = results_module.compute, []

    def counting(*args, **kwargs):
        computed.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(results_module, "compute", counting)
    save_to(monkeypatch, tmp_path / "same.xlsx")
    window.act_export_workbook.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "same.xlsx").exists(), timeout=30000)
    assert computed == []  # the page's results for this very project were written
    assert window.current_results() is page.results
    base = document.project.forecast.base_monthly_contacts
    document.apply(pb.set_field(document.project, "base_monthly_contacts", base + 100))
    assert window.current_results() is None  # changed since: the export computes again
    save_to(monkeypatch, tmp_path / "changed.xlsx")
    window.act_export_workbook.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "changed.xlsx").exists(), timeout=30000)
    assert any(p.forecast.base_monthly_contacts == base + 100 for p in computed)
    qtbot.waitUntil(lambda: not page.service.pending, timeout=60000)
    document.undo_stack.setClean()  # closing asks no "save changes?"
