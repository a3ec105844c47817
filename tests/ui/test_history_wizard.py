"""The "Fit from history" wizard, driven end to end on the sample history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from vendorpick.history.api import events_from_file, fit_files
from vendorpick.project.demo import demo_project
from vendorpick.ui.dialogs.history_wizard import HistoryWizard
from vendorpick.ui.i18n import Translations
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast import ForecastView

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CSV = ROOT / "samples" / "history" / "shop_contacts_cp932.csv"


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


@pytest.fixture
def japanese(qapp):
    translations = Translations(qapp)
    translations.install("ja")
    yield
    translations.install("en")


@pytest.fixture
def wizard(qtbot, japanese):
    document = Document(demo_project(), None, lang="ja")
    wizard = HistoryWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_fit_preview_apply_and_undo(wizard, qtbot):
    document = wizard.document
    before = document.project.forecast
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.files_page.set_paths([str(SAMPLE_CSV)])  # what the file dialog returns
    qtbot.mouseClick(wizard.files_page.rakuten, Qt.MouseButton.LeftButton)
    assert wizard.files_page.rakuten.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.date_combo.currentText() == "受付日時" and page.channel_combo.currentText() == "チャネル"
    assert page.count_combo.currentText() == "（なし）" or page.count_combo.currentData() == ""
    assert "shop_contacts_cp932.csv: CSV cp932" in page.files_label.text()
    assert "2023-11-01" in page.files_label.text() and "2026-10-31" in page.files_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    assert "バックテスト 2026-08 ～ 2026-10" in preview.backtest.text()
    assert preview.notes.count() >= 1
    expected = fit_files([SAMPLE_CSV], demo_project(), rakuten=True, lang="ja")
    assert wizard.fit.forecast == expected.forecast
    # the fitted channel shares, largest first (the sample: mail 40 %, phone 25 %, message 20 %, chat 15 %)
    shares = {c.id: c.share for c in expected.forecast.channels}
    assert list(shares) == ["mail", "phone", "message", "chat"]
    assert shares == pytest.approx({"mail": 0.4, "phone": 0.25, "message": 0.2, "chat": 0.15}, abs=0.01)
    text = preview.channels.text()
    assert text.startswith("チャネル: ")
    # the project's names (メール, 電話, R-Messe) and, for chat, new to the project, the vocabulary's word
    assert [part.rsplit(" ", 2)[0] for part in text.removeprefix("チャネル: ").rstrip("。").split("、")] == \
        ["メール", "電話", "R-Messe", "チャット"]
    assert "chat" not in text
    assert f"{shares['mail'] * 100:.1f} %" in text
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert document.project.forecast == expected.forecast
    assert document.project.forecast.channels == expected.forecast.channels != before.channels
    assert document.project.forecast.events == before.events  # the horizon's sale events are kept
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "履歴から予測を当てはめ"
    document.undo_stack.undo()
    assert document.project.forecast == before
    document.undo_stack.redo()
    assert document.project.forecast == expected.forecast


def test_changing_a_column_fits_again(wizard, qtbot):
    wizard.files_page.set_paths([str(SAMPLE_CSV)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    page = wizard.columns_page
    page.channel_combo.setCurrentIndex(page.channel_combo.findData(""))
    page.channel_combo.activated.emit(page.channel_combo.currentIndex())
    assert wizard.fit is None  # fitting again
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    assert wizard.fit.channel_counts == {}
    assert "note_no_channels" in [n.code for n in wizard.fit.notes]


def test_refused_file_shows_why_and_cancel_leaves_the_project(wizard, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("名前,チャネル\nA,電話\n", encoding="utf-8")
    before = wizard.document.project
    wizard.files_page.set_paths([str(bad)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    qtbot.waitUntil(lambda: bool(page.error_label.text()), timeout=5000)
    assert page.error_label.text().startswith("bad.csv: 1 行目: 日時の列が見つかりません")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert [page.date_combo.itemText(i) for i in range(page.date_combo.count())] == ["名前", "チャネル"]
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.document.project is before and wizard.document.undo_stack.count() == 0


def test_stop_reading_cancels_the_worker(wizard, qtbot):
    wizard.files_page.set_paths([str(SAMPLE_CSV)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == "読み込みを中止しました。"
    qtbot.wait(1500)  # the worker stops; its late result is dropped
    assert wizard.fit is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_forecast_page_has_the_button(qtbot):
    document = Document(demo_project(), None, lang="en")
    view = ForecastView(document)
    qtbot.addWidget(view)
    assert view.fit_button.text() == "F&it from history…"


def test_forecast_page_button_opens_the_wizard(qtbot):
    from PySide6.QtWidgets import QApplication

    document = Document(demo_project(), None, lang="en")
    view = ForecastView(document)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWizard) and w.isVisible()]
    assert len(wizards) == 1 and wizards[0].document is document
    wizards[0].reject()


def test_a_fit_the_file_cannot_hold_is_refused_and_the_wizard_stays(wizard, qtbot):
    wizard.files_page.set_paths([str(SAMPLE_CSV)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    bad = wizard.fit.forecast.model_copy(update={"base_monthly_contacts": -1.0})  # as if the fit overflowed
    wizard.fit.forecast = bad
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and wizard.document.undo_stack.count() == 0
    assert wizard.preview_page.error_label.text() == "当てはめた予測を適用できません: 0 以上でなければなりません"


def write_events(path, content):
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_past_events_file_counts_in_the_fit(wizard, qtbot, tmp_path):
    path = write_events(tmp_path / "events.json",
                        [{"name": "夏のセール", "start": "2026-07-20", "end": "2026-07-24", "multiplier": 1}])
    page = wizard.files_page
    assert page.events_label.text() == "過去のイベントファイルはありません。"
    assert page.set_events_file(path)  # what the file dialog returns
    assert page.events_label.text() == "過去のイベントファイル events.json: 1 件のイベント。"
    assert page.events_clear.isEnabled() and page.events_error.text() == ""
    page.set_paths([str(SAMPLE_CSV)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    assert [e.name for e in wizard.fit.events] == ["夏のセール"]
    same = fit_files([SAMPLE_CSV], demo_project(), events=events_from_file(path), lang="ja")  # as `fit --events`
    assert wizard.fit.events[0].multiplier == same.events[0].multiplier > 0
    assert wizard.fit.forecast == same.forecast
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    qtbot.mouseClick(page.events_clear, Qt.MouseButton.LeftButton)
    assert page.events == [] and not page.events_clear.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.fit is not None and not wizard.runner.running, timeout=15000)
    assert wizard.fit.events == []


@pytest.mark.parametrize("content, expected", [
    ([{"name": "x", "start": "2026-07-24", "end": "2026-07-20", "multiplier": 1}], "events.json[0]"),
    ([{"name": "x", "start": "2026-07-20", "end": "2026-07-24", "multiplier": -1}], "events.json[0].multiplier"),
    ({"name": "x"}, "events.json"),
])
def test_refused_events_file_says_why_in_japanese_and_keeps_the_previous(wizard, tmp_path, content, expected):
    page = wizard.files_page
    good = write_events(tmp_path / "good.json",
                        [{"name": "夏のセール", "start": "2026-07-20", "end": "2026-07-24", "multiplier": 1}])
    assert page.set_events_file(good)
    assert not page.set_events_file(write_events(tmp_path / "events.json", content))
    error = page.events_error.text()
    assert error.startswith("イベントファイルを使えません") and expected in error
    assert [e.name for e in page.events] == ["夏のセール"] and "good.json" in page.events_label.text()
    assert not page.set_events_file(str(tmp_path / "missing.json"))
    assert "missing.json" in page.events_error.text() or "読み" in page.events_error.text()


def test_channels_new_to_the_project_are_named_in_japanese_never_by_their_id(wizard, qtbot):
    """The sample's chat is not among the demo's channels (R-Messe, メール, 電話): the
    channel line and the notes name it チャット (vendorpick.vocabulary), the others by
    the project's names; no raw id (chat, mail, phone, message) is shown."""
    import re

    wizard.files_page.set_paths([str(SAMPLE_CSV)])
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.fit is not None, timeout=15000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    line = preview.channels.text()
    assert line.startswith("チャネル: メール 40.") and "チャット 15." in line, line
    notes = [preview.notes.item(i).text() for i in range(preview.notes.count())]
    shares = next(n for n in notes if n.startswith("全日のチャネル別の割合"))
    assert "メール 40." in shares and "チャット 15." in shares and "、" in shares, shares
    raw_id = re.compile(r"\b(chat|mail|phone|message)\b", re.IGNORECASE)
    assert not [t for t in [line, *notes] if raw_id.search(t)], [t for t in [line, *notes] if raw_id.search(t)]
