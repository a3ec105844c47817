"""The main window and its file handling, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from vendorpick.i18n import L_
from vendorpick.project import io
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import SetValue
from vendorpick.ui import document_actions
from vendorpick.ui.app import application, create_window
from vendorpick.ui.recovery import RecoveryStore
from vendorpick.ui.views import PAGES


@pytest.fixture
def env(tmp_path, monkeypatch, qapp):
    """Settings, data and recovery files in tmp_path; dialogs answered."""
    for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.delenv("VENDORPICK_LANG", raising=False)
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    application()
    QSettings().clear()
    monkeypatch.setattr(document_actions, "ask_save_changes", lambda parent, name: "discard")
    yield tmp_path
    QSettings().clear()


@pytest.fixture
def make_window(env, qtbot):
    windows = []

    def make(path=None, lang="en"):
        window = create_window(str(path) if path else None, lang, RecoveryStore(env / "recovery"))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.translations.install("en")


def set_base(window, value):
    return window.document.apply(SetValue(("forecast", "base_monthly_contacts"), value,
                                          text=L_("Change base monthly contacts")))


def test_first_start_opens_the_demo_with_every_page_in_order(make_window):
    window = make_window()
    assert window.document.project == demo_project()
    assert window.document.path is None
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Forecast", "Vendors & plans", "Criteria & scores", "Settings", "Results"]
    assert type(window.page("forecast")).__name__ == "ForecastView"
    assert type(window.page("settings")).__name__ == "SettingsView"
    assert window.windowTitle() == "Demo project[*] — vendorpick"  # the demo says so (issue 10, point 8)
    assert not window.isWindowModified()


def test_navigation_by_list_and_shortcut(make_window, qtbot):
    window = make_window()
    window.nav.setCurrentRow(3)
    assert window.stack.currentIndex() == 3
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0 and window.nav.currentRow() == 0


def test_edit_marks_modified_and_undo_redo_have_readable_names(make_window, qtbot):
    window = make_window()
    assert set_base(window, 800) == []
    assert window.isWindowModified()
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == "&Undo “Change base monthly contacts”"
    window.page("forecast").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.forecast.base_monthly_contacts == 600
    assert not window.isWindowModified()
    assert window.act_redo.text() == "&Redo “Change base monthly contacts”"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.forecast.base_monthly_contacts == 800
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.project.forecast.base_monthly_contacts == 800


def test_save_as_reopen_equal_and_last_project_reopens(make_window, env, monkeypatch):
    window = make_window()
    set_base(window, 750)
    target = env / "shop.vendorpick.json"
    monkeypatch.setattr(document_actions, "ask_save_path", lambda parent, suggested: str(env / "shop"))
    window.act_save_as.trigger()
    assert target.exists()
    assert io.load(target) == window.document.project
    assert window.windowTitle() == "shop.vendorpick.json[*] — vendorpick"
    assert not window.isWindowModified()
    assert window.files.recent_files() == [str(target.resolve())]
    again = make_window()  # no file given: the last project opens
    assert again.document.path == target
    assert again.document.project == window.document.project


def test_save_writes_to_the_open_file_atomically(make_window, env):
    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    window = make_window(path)
    set_base(window, 999)
    window.act_save.trigger()
    assert io.load(path).forecast.base_monthly_contacts == 999
    assert not list(env.glob(".p.vendorpick.json.*.tmp"))


def test_open_refuses_a_bad_file_and_keeps_the_project(make_window, env, monkeypatch):
    bad = env / "bad.vendorpick.json"
    bad.write_text('{"format": "vendorpick/1", "start": "2027-13", "forecast": {"base_monthly_contacts": -1}}')
    shown = []
    monkeypatch.setattr(document_actions, "show_problems", lambda parent, title, problems, lang: shown.append(problems))
    monkeypatch.setattr(document_actions, "ask_open_path", lambda parent: str(bad))
    window = make_window()
    window.act_open.trigger()
    assert window.document.project == demo_project()
    assert {p.loc for p in shown[0]} >= {"start", "forecast.base_monthly_contacts"}


def test_open_recent_and_new(make_window, env, monkeypatch):
    monkeypatch.setattr(document_actions, "show_problems", lambda *args: None)
    path = env / "r.vendorpick.json"
    io.save(demo_project(), path)
    window = make_window()
    window.files.add_recent(path)
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(path.resolve())]
    entries[0].trigger()
    assert window.document.path == path
    window.act_new.trigger()
    assert window.document.path is None and window.document.project.vendors == []
    path.unlink()
    window.files.open_recent(str(path.resolve()))
    assert window.files.recent_files() == []


def test_close_asks_to_save_changes(make_window, monkeypatch):
    window = make_window()
    set_base(window, 700)
    monkeypatch.setattr(document_actions, "ask_save_changes", lambda parent, name: "cancel")
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(document_actions, "ask_save_changes", lambda parent, name: "discard")
    assert window.close()


def test_recovery_offered_after_a_crash(make_window, env, monkeypatch):
    path = env / "c.vendorpick.json"
    io.save(demo_project(), path)
    window = make_window(path)
    assert window.files.timer.isActive() and window.files.timer.interval() == 60_000
    set_base(window, 1234)
    window.files.timer.timeout.emit()  # a minute later: autosaved
    store = RecoveryStore(env / "recovery")
    assert store.pending() == []  # the window still runs: its autosave is not offered to others
    # The process dies here: no save, no close (its lock goes with it).  The next start offers the recovery.
    window.files.recovery.release()
    assert [e.original for e in store.pending()] == [path]
    store.release()  # looking took the ended session's lock; the next window takes it now
    offered = []
    monkeypatch.setattr(document_actions, "ask_recover", lambda parent, entry: offered.append(entry) or True)
    again = make_window(path)
    assert again.files.offer_recovery()
    assert offered[0].original == path
    assert again.document.path == path
    assert again.document.project.forecast.base_monthly_contacts == 1234
    assert again.isWindowModified()
    again.act_undo.trigger()  # back to the file as saved
    assert again.document.project == io.load(path)
    again.act_redo.trigger()
    again.act_save.trigger()
    assert store.pending() == []
    assert io.load(path).forecast.base_monthly_contacts == 1234


def test_declined_recovery_is_discarded(make_window, env, monkeypatch):
    window = make_window()
    set_base(window, 42)
    window.files.autosave()
    window.files.recovery.release()  # as if the process had died
    monkeypatch.setattr(document_actions, "ask_recover", lambda parent, entry: False)
    again = make_window()
    assert not again.files.offer_recovery()
    assert again.document.project == demo_project()
    assert RecoveryStore(env / "recovery").pending() == []


def test_clean_close_leaves_no_recovery_file(make_window, env):
    window = make_window()
    set_base(window, 43)
    window.files.autosave()
    assert len(list((env / "recovery").glob("*.vendorpick.json"))) == 1
    assert window.close()
    assert not list((env / "recovery").glob("*"))  # files and lock gone
    assert RecoveryStore(env / "recovery").pending() == []


def test_switching_to_japanese_changes_the_visible_texts(make_window, qtbot):
    window = make_window()
    set_base(window, 605)
    window.lang_actions["ja"].trigger()
    assert window.act_undo.text() == "元に戻す：基準の月間問い合わせ件数を変更(&U)"  # history renamed too
    window.document.undo_stack.undo()
    assert window.document.lang == "ja"
    assert QSettings().value("ui/lang") == "ja"
    titles = [a.text() for a in window.menuBar().actions()]
    assert "ファイル(&F)" in titles
    assert window.nav.item(0).text() == "需要予測"
    assert window.act_save.text() == "保存(&S)"
    forecast = window.page("forecast")
    assert forecast.tabs.tabText(0) == "月間件数(&M)"
    set_base(window, 610)
    assert window.act_undo.text() == "元に戻す：基準の月間問い合わせ件数を変更(&U)"
    QApplication.processEvents()  # the old menus are gone; the new shortcuts work
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.forecast.base_monthly_contacts == 600
    window.lang_actions["en"].trigger()
    assert window.nav.item(0).text() == "Forecast"
    assert window.page("forecast").tabs.tabText(0) == "&Monthly contacts"


def test_language_and_geometry_remembered(make_window):
    window = make_window()
    window.lang_actions["ja"].trigger()
    window.resize(700, 500)
    assert window.close()
    again = create_window(None, None, None)
    try:
        assert again.document.lang == "ja"
        assert again.size().width() == 700
    finally:
        again.translations.install("en")
        again.deleteLater()


def test_transfer_actions_exist_with_shortcuts(make_window):
    window = make_window()
    for action, keys in ((window.act_export_workbook, "Ctrl+E"), (window.act_export_template, "Ctrl+Shift+E"),
                         (window.act_import_quotes, "Ctrl+I")):
        assert action in window.file_menu.actions()
        assert action.shortcut().toString() == keys
        assert action.isEnabled()


def test_the_pages_in_order():
    assert [s.key for s in PAGES] == ["forecast", "vendors", "criteria", "settings", "results"]


def test_refused_value_reason_in_the_status_bar_in_japanese(make_window, qtbot):
    window = make_window(lang="ja")
    field = window.page("forecast").volume.base
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "-3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "基準の月間問い合わせ件数: 0 以上でなければなりません"
    assert field.toolTip() == "0 以上でなければなりません"
    assert window.document.project.forecast.base_monthly_contacts == 600


def test_startup_problems_shown_then_recovery_offered(make_window, env, monkeypatch):
    from vendorpick.ui.app import after_show

    missing = env / "gone.vendorpick.json"
    shown, offered = [], []
    monkeypatch.setattr("vendorpick.ui.app.show_problems", lambda parent, title, problems, lang: shown.append(problems))
    window = make_window(missing)
    assert window.document.project == demo_project()
    monkeypatch.setattr(window.files, "offer_recovery", lambda: offered.append(True))
    after_show(window)
    assert shown and shown[0][0].code == "vp_read_failed"
    assert offered == [True]


def _visible_buttons(page):
    from PySide6.QtWidgets import QAbstractButton

    return [b for b in page.findChildren(QAbstractButton) if b.isVisible()]


def _visible_labels_with_buddy(page):
    """Labels whose mnemonic moves the focus to their field (a form's row labels)."""
    from PySide6.QtWidgets import QLabel

    return [label for label in page.findChildren(QLabel) if label.isVisible() and label.buddy() is not None]


def _screen_states(page):
    """Every state of a screen that shows other buttons or fields: each tab of
    each tab widget, and on the plan editor each kind of quote (which shows the
    fields of its billing unit: minutes, seats, tiers)."""
    import itertools

    from PySide6.QtWidgets import QTabWidget

    tabs = page.findChildren(QTabWidget)
    editor = getattr(page, "plan_editor", None)
    modes = list(editor.kind_radios.items()) if editor is not None else [(None, None)]
    for kind, radio in modes:
        if radio is not None:
            radio.click()
            QApplication.processEvents()
            assert editor.kind() == kind, f"the plan editor did not switch to {kind}"
        for combo in itertools.product(*[range(t.count()) for t in tabs]):
            for tab, index in zip(tabs, combo, strict=True):
                tab.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{type(page).__name__} {kind or ''} {combo}"


def _clash(state: str, text: str, key: str, keys: dict[str, str], menu_keys: set[str]) -> list[str]:
    """What is wrong with ``text``'s accelerator ``key`` (and remember it)."""
    if key in menu_keys:
        return [f"{state}: {text!r} takes the menu bar's {key}"]
    if key in keys:
        return [f"{state}: {text!r} and {keys[key]!r} share {key}"]
    keys[key] = text
    return []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_button_has_a_mnemonic_or_shortcut_and_none_is_shared(make_window, lang):
    """No two visible buttons or field labels of a screen share an accelerator
    (Alt+key would only cycle between them), none takes a menu's."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractItemView, QTabBar

    window = make_window(lang=lang)
    menu_keys = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    assert menu_keys == {"Alt+F", "Alt+E", "Alt+V", "Alt+L", "Alt+H"}
    clashes: list[str] = []
    for n, spec in enumerate(PAGES):
        window.show_page(n)
        page = window.page(spec.key)
        for state in _screen_states(page):
            keys: dict[str, str] = {}
            for button in _visible_buttons(page):
                if isinstance(button.parent(), QAbstractItemView | QTabBar):
                    continue  # Qt's own: a table's corner button, a tab bar's scroll arrows
                text = button.text()
                if not text:  # an arrow button: its tooltip names the key that does the same
                    assert "Ctrl+" in button.toolTip(), f"{state}: {type(button).__name__} {button.parent()} {button.objectName()} without text or key"
                    continue
                key = QKeySequence.mnemonic(text).toString() or button.shortcut().toString()
                assert key, f"{state}: {text!r} has no mnemonic or shortcut"
                clashes += _clash(state, text, key, keys, menu_keys)
            for label in _visible_labels_with_buddy(page):
                if key := QKeySequence.mnemonic(label.text()).toString():
                    clashes += _clash(state, label.text(), key, keys, menu_keys)
    assert not clashes, "\n".join(dict.fromkeys(clashes))
    window.document.undo_stack.clear()  # the kind clicks; a full stack warns when the window is destroyed


DESTROY_SCRIPT = """
import gc, os, sys, tempfile
home = tempfile.mkdtemp()
for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
    os.environ[var] = home
from PySide6.QtCore import QStandardPaths
QStandardPaths.setTestModeEnabled(True)
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import SetValue
from vendorpick.ui.app import application
from vendorpick.ui.main_window import MainWindow
from vendorpick.ui.undo import Document
app = application([])
window = MainWindow(Document(demo_project(), None, lang="en"))
window.show()
window.document.apply(SetValue(("name",), "changed"))
app.processEvents()
window.deleteLater()
app.processEvents()
del window
gc.collect()
print("done")
"""


def test_destroying_a_window_with_undo_history_prints_no_traceback(tmp_path):
    """QUndoStack's destructor still emits cleanChanged/indexChanged; the
    window's slots must not touch the dying stack.  In a subprocess, because
    the order of destruction is that of a real session, not pytest's."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", DESTROY_SCRIPT], capture_output=True, text=True,
                         timeout=120, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "done"
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
