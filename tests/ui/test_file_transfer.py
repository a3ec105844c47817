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


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_export_workbook_from_the_menu(monkeypatch, window, messages, tmp_path):
    document = Document(demo_project(), lang="ja")
    save_to(monkeypatch, tmp_path / "比較")
    written = file_transfer.export_workbook(window, document)
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
    assert (tmp_path / "menu.xlsx").exists()
    openpyxl.load_workbook(tmp_path / "menu.xlsx")


def test_cancelled_dialog_writes_nothing(monkeypatch, window, messages, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert file_transfer.export_workbook(window, Document(demo_project())) is None
    assert not list(tmp_path.iterdir())


def test_export_failure_is_reported(monkeypatch, window, messages, tmp_path):
    save_to(monkeypatch, tmp_path / "missing-folder" / "x.xlsx")
    assert file_transfer.export_template(window, Document(demo_project(), lang="ja")) is None
    assert messages and messages[0][0] in ("warning", "critical")


def test_template_then_import_is_one_undoable_edit(monkeypatch, window, messages, tmp_path):
    document = Document(small_project(), lang="ja")
    template = tmp_path / "quotes.xlsx"
    save_to(monkeypatch, template)
    assert file_transfer.export_template(window, document) == template
    fill(template, {"vendor_name": "新規サポート社"}, [PLAN], {"security": 4, "rms": "はい"})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(template)], "")))
    steps = document.undo_stack.count()
    assert file_transfer.import_quotes(window, document)
    assert document.undo_stack.count() == steps + 1
    assert [v.name for v in document.project.vendors] == ["既存社", "新規サポート社"]
    assert document.project.vendors[1].plans[0].rate == 310
    assert messages[-1][0] == "information"
    document.undo_stack.undo()
    assert [v.name for v in document.project.vendors] == ["既存社"]


def test_failed_import_changes_nothing(monkeypatch, window, messages, tmp_path):
    document = Document(small_project(), lang="ja")
    template = tmp_path / "bad.xlsx"
    save_to(monkeypatch, template)
    file_transfer.export_template(window, document)
    fill(template, {"vendor_name": "新規サポート社"}, [{**PLAN, "rate": -5}], {"security": 4})
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(template)], "")))
    before = document.project
    assert not file_transfer.import_quotes(window, document)
    assert document.project is before and document.undo_stack.count() == 0
    kind, _title, text = messages[-1]
    assert kind == "warning" and "見積!" in text and "0 以上" in text
