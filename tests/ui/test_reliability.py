"""The desktop application beside crashes, absurd values, other programs and
a second window (issue 11, findings 1 and 6): real processes where a crash or
a second process matters (tests/ui/reliability_harness.py), pytest-qt otherwise."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from vendorpick.errors import InputError
from vendorpick.project import io
from vendorpick.project.demo import demo_project
from vendorpick.ui import crash, document_actions

from . import test_shell

env, make_window, set_base = test_shell.env, test_shell.make_window, test_shell.set_base  # shared fixtures

HARNESS = Path(__file__).with_name("reliability_harness.py")
ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------ reproductions

def absurd_project(path: Path, contacts: float = 1e26) -> Path:
    """The demo with base monthly contacts no shop has: totals beyond 1e28 yen
    (the ranking table's formatting raised inside resizeColumnsToContents)."""
    data = io.to_data(demo_project())
    data["forecast"]["base_monthly_contacts"] = contacts
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def broken_project(path: Path) -> Path:
    """A project file cut short, as a full disk or a bad copy leaves it."""
    path.write_bytes(io.dumps(demo_project()).encode("utf-8")[:300])
    return path


# --------------------------------------------------------------- processes

class Home:
    """Settings, data and logs of one user, shared by the processes of a test."""

    def __init__(self, root: Path):
        self.root = root
        self.env = dict(os.environ, HOME=str(root / "home"), XDG_CONFIG_HOME=str(root / "config"),
                        XDG_DATA_HOME=str(root / "data"), QT_QPA_PLATFORM="offscreen",
                        PYTHONPATH=str(ROOT))
        self.env.pop("VENDORPICK_LANG", None)

    def start(self, cwd: Path | None = None, **spec) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, str(HARNESS), json.dumps(spec)], cwd=cwd or self.root,
                                env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, cwd: Path | None = None, **spec) -> tuple[int, dict]:
        process = self.start(cwd, **spec)
        out, err = process.communicate(timeout=180)
        return process.returncode, self.result(out, err)

    @staticmethod
    def result(out: str, err: str) -> dict:
        lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
        return json.loads(lines[-1][7:]) if lines else {"stderr": err[-3000:]}

    def recovery_files(self) -> list[Path]:
        return sorted((self.root / "data").rglob("recovery/*.vendorpick.json"))


def wait_for(path: Path, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.1)


# ------------------------------------------------------------------ crashes

def test_absurd_and_unopenable_projects_the_window_survives_and_the_next_start_is_clean(tmp_path):
    home = Home(tmp_path)
    absurd = absurd_project(tmp_path / "absurd.vendorpick.json")
    code, seen = home.run(path=str(absurd), wait_results=True)
    assert code == 0, seen  # was SIGSEGV
    assert seen["alive"]
    # Either the value is refused when loading (shown, demo open) or it opens and its results show.
    assert seen["problems"] or (seen["path"] == str(absurd) and seen["starting"] is None), seen
    broken = broken_project(tmp_path / "broken.vendorpick.json")
    code, seen = home.run(path=str(broken), wait_results=True)
    assert code == 0 and seen["alive"]
    with pytest.raises(InputError) as refused:  # the window reports what the loader refuses
        io.load(broken)
    assert seen["problems"] == [[p.code for p in refused.value.problems]]
    assert seen["path"] is None and seen["starting"] is None  # the demo, nothing marked as failing
    for _ in range(2):  # the next starts: no dialog, no error, a working window
        code, seen = home.run(wait_results=True)
        assert code == 0 and seen["alive"], seen
        assert seen["notices"] == seen["problems"] == seen["errors"] == []
        assert seen["starting"] is None


def test_a_start_that_crashes_is_not_repeated(tmp_path):
    home = Home(tmp_path)
    project = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), project)
    code, seen = home.run(path=str(project), wait_results=True)
    assert code == 0 and seen["starting"] is None and seen["last"] == str(project)
    code, seen = home.run(wait_results=True, crash_compute=True)  # reopens the last project and dies
    assert code == -signal.SIGABRT
    code, seen = home.run(wait_results=True)
    assert code == 0 and seen["alive"]
    assert seen["path"] is None and seen["name"] == ""  # an empty project, not the one that crashed
    assert len(seen["notices"]) == 1 and str(project) in seen["notices"][0]
    assert str(project) in seen["status"]
    assert seen["recent"][0] == str(project)  # File ▸ Open Recent has it, as the notice says
    code, seen = home.run(wait_results=True)  # and the start after that is clean
    assert code == 0 and seen["notices"] == seen["problems"] == seen["errors"] == []
    code, seen = home.run(path=str(project), wait_results=True)  # asked for by name: opened again
    assert code == 0 and seen["path"] == str(project) and seen["starting"] is None


def test_a_last_project_that_no_longer_opens_is_not_reopened(tmp_path):
    home = Home(tmp_path)
    project = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), project)
    assert home.run(path=str(project), wait_results=True)[0] == 0
    broken_project(project)  # damaged by another program meanwhile
    code, seen = home.run(wait_results=True)
    assert code == 0 and seen["path"] is None and seen["name"] == ""
    assert str(project) in seen["notices"][0] and "JSON" in seen["notices"][0]
    code, seen = home.run(wait_results=True)
    assert code == 0 and seen["notices"] == seen["problems"] == [] and seen["last"] is None


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_or_worker_is_logged_shown_once_and_the_window_survives(make_window, env, qtbot,
                                                                                        monkeypatch):
    shown = []
    monkeypatch.setattr(crash, "show_error", lambda parent, title, text, details: shown.append((title, text, details)))
    reporter = crash.install(lambda: None, crash.setup_logging(env / "logs"))
    try:
        window = make_window()
        set_base(window, 700)

        def broken_slot():
            raise ZeroDivisionError("slot went wrong")

        for _ in range(2):
            QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        qtbot.wait(300)  # a second dialog, were there one, would be up by now
        assert len(shown) == 1  # the same error twice: one dialog
        title, text, details = shown[0]
        assert title == "Unexpected error" and "ZeroDivisionError: slot went wrong" in text
        assert "still open" in text and str(env / "logs" / "vendorpick.log") in text
        assert "broken_slot" in details
        log_text = (env / "logs" / "vendorpick.log").read_text(encoding="utf-8")
        assert log_text.count("ZeroDivisionError: slot went wrong") == 2 and "Traceback" in log_text
        assert window.isVisible() and window.document.project.forecast.base_monthly_contacts == 700

        from vendorpick.ui import workers

        def failing_compute(*args, **kwargs):
            raise RuntimeError("engine went wrong")

        monkeypatch.setattr(workers, "compute", failing_compute)
        page = window.page("results")
        with qtbot.waitSignal(page.service.failed, timeout=10_000):
            set_base(window, 800)
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
        assert "RuntimeError: engine went wrong" in shown[1][1]
        assert "engine went wrong" in page.status.text()
        assert window.isVisible() and window.document.project.forecast.base_monthly_contacts == 800
        assert window.isWindowModified()
    finally:
        crash.uninstall()
        reporter.deleteLater()


def test_the_error_dialog_speaks_japanese(make_window, env, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(crash, "show_error", lambda parent, title, text, details: shown.append((title, text)))
    reporter = crash.install(lambda: None, None)
    try:
        make_window(lang="ja")
        reporter.report("Traceback (most recent call last):\nValueError: x")
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        assert shown[0][0] == "予期しないエラー" and "ValueError: x" in shown[0][1] and "プロジェクト" in shown[0][1]
    finally:
        crash.uninstall()
        reporter.deleteLater()


def test_ranking_table_shows_totals_beyond_1e28(qtbot, caplog):
    from vendorpick.ui.views.results_table import RankingPanel

    panel = RankingPanel("en")
    qtbot.addWidget(panel)
    panel.model.set_rows([[1, "A社", "固定", 50.0, 3e29, 3.3e29, 4e29, 0.5, 0.5, None, 2e28, 3e30]], [0])
    panel.table.resizeColumnsToContents()  # was a SIGSEGV
    texts = [panel.model.data(panel.model.index(0, c)) for c in range(12)]
    assert all(isinstance(t, str) and t for t in texts)
    assert texts[1] == "A社"
    for _ in range(3):
        panel.table.resizeColumnsToContents()
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) <= 1  # a log line, not a flood


# ------------------------------------------------------- other programs


def _open_edited(make_window, path: Path, contacts: int):
    window = make_window(path)
    set_base(window, contacts)
    return window


def _changed_by_another_program(path: Path) -> None:
    code = ("import json, sys; p = sys.argv[1]; d = json.load(open(p, encoding='utf-8')); d['name'] = 'changed elsewhere'; "
            "open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False))")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


@pytest.mark.parametrize("answer", ["reload", "overwrite", "save_as", "cancel"])
def test_a_file_changed_by_another_program_asks_before_saving(make_window, env, monkeypatch, answer):
    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    window = _open_edited(make_window, path, 1111)
    _changed_by_another_program(path)
    theirs = path.read_bytes()
    asked = []
    monkeypatch.setattr(document_actions, "ask_conflict", lambda parent, name: asked.append(name) or answer)
    monkeypatch.setattr(document_actions, "ask_save_path", lambda parent, suggested: str(env / "mine"))
    window.act_save.trigger()
    assert asked == ["p.vendorpick.json"]
    if answer == "reload":
        assert window.document.project.name == "changed elsewhere" and not window.isWindowModified()
        assert path.read_bytes() == theirs
        set_base(window, 2222)  # and saving after the reload asks nothing
        window.act_save.trigger()
        assert len(asked) == 1 and io.load(path).forecast.base_monthly_contacts == 2222
    elif answer == "overwrite":
        assert io.load(path).forecast.base_monthly_contacts == 1111 and not window.isWindowModified()
    elif answer == "save_as":
        assert path.read_bytes() == theirs
        assert io.load(env / "mine.vendorpick.json").forecast.base_monthly_contacts == 1111
        assert window.document.path == env / "mine.vendorpick.json"
    else:
        assert path.read_bytes() == theirs and window.isWindowModified()


def test_saving_its_own_changes_twice_asks_nothing(make_window, env, monkeypatch):
    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    window = _open_edited(make_window, path, 1)
    monkeypatch.setattr(document_actions, "ask_conflict", lambda *args: pytest.fail("asked without a change"))
    window.act_save.trigger()
    set_base(window, 2)
    os.utime(path, (time.time() + 3, time.time() + 3))  # touched (a backup tool), not changed
    window.act_save.trigger()
    assert io.load(path).forecast.base_monthly_contacts == 2


def test_read_only_project_shows_a_dialog_and_keeps_file_and_changes(make_window, env, monkeypatch):
    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    window = _open_edited(make_window, path, 3333)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(document_actions, "show_problems",
                        lambda parent, title, problems, lang: shown.append((title, [p.code for p in problems])))
    window.act_save.trigger()
    assert shown == [("Cannot save the project", ["vp_read_only"])]
    assert path.read_bytes() == before and window.isWindowModified()


def test_saving_from_the_window_keeps_a_hard_link_and_tidies_stale_temporary_files(make_window, env):
    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    link = env / "link.vendorpick.json"
    os.link(path, link)
    stale = env / f".{path.name}.k1ll3d00.tmp"
    stale.write_bytes(b"{")
    os.utime(stale, (time.time() - 600, time.time() - 600))
    window = _open_edited(make_window, path, 4444)
    assert not stale.exists()  # removed on open
    stale.write_bytes(b"{")
    os.utime(stale, (time.time() - 600, time.time() - 600))
    window.act_save.trigger()
    assert not stale.exists()  # and on save
    assert io.load(link).forecast.base_monthly_contacts == 4444 and path.stat().st_nlink == 2


# ------------------------------------------------- recovery and windows


def test_recovery_of_a_relative_path_comes_back_absolute_and_is_kept_until_saved(tmp_path):
    home = Home(tmp_path)
    first, second = tmp_path / "shop", tmp_path / "elsewhere"
    first.mkdir()
    second.mkdir()
    io.save(demo_project(), first / "p.vendorpick.json")
    code, seen = home.run(cwd=first, path="p.vendorpick.json", edit=5555, end="crash")
    assert code == 9 and seen["path"] == str(first / "p.vendorpick.json")
    assert len(home.recovery_files()) == 1
    # Started from another folder: recovered as the file, not as an untitled project.
    code, seen = home.run(cwd=second, recover=True)
    assert seen["offered"] == [str(first / "p.vendorpick.json")]
    assert seen["path"] == str(first / "p.vendorpick.json") and seen["contacts"] == 5555 and seen["modified"]
    assert code == 0 and home.recovery_files() == []  # the user closed discarding the changes: decided
    # Recovered, then the process dies before saving: the recovery is still there.
    io.save(demo_project(), first / "p.vendorpick.json")
    assert home.run(cwd=first, path="p.vendorpick.json", edit=6666, end="crash")[0] == 9
    code, seen = home.run(cwd=second, recover=True, end="crash")
    assert seen["contacts"] == 6666
    files = home.recovery_files()
    assert files and all(io.load(f).forecast.base_monthly_contacts == 6666 for f in files)
    code, seen = home.run(cwd=second, recover=True, save=True)
    assert code == 0 and seen["contacts"] == 6666 and not seen["modified"]
    assert io.load(first / "p.vendorpick.json").forecast.base_monthly_contacts == 6666
    assert home.recovery_files() == []


def test_a_second_window_never_offers_or_deletes_the_first_ones_live_autosave(tmp_path):
    home = Home(tmp_path)
    project = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), project)
    ready = tmp_path / "first.ready"
    first = home.start(path=str(project), edit=7777, ready_file=str(ready), hold_s=120, end="crash")
    try:
        wait_for(ready, first)
        live = home.recovery_files()
        assert len(live) == 1
        code, seen = home.run(path=str(project))  # a second window, closed normally
        assert code == 0 and seen["offered"] == []
        assert home.recovery_files() == live  # still there
        first.kill()  # the first window crashes now
        first.wait(timeout=30)
        code, seen = home.run(recover=True, save=True)
        assert seen["offered"] == [str(project)] and seen["contacts"] == 7777
        assert io.load(project).forecast.base_monthly_contacts == 7777
        assert home.recovery_files() == []
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)


def test_an_unexpected_error_loading_the_last_project_opens_an_empty_window(make_window, env, monkeypatch, caplog):
    from PySide6.QtCore import QSettings

    from vendorpick.ui import app

    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    QSettings().setValue(app.LAST_PROJECT_KEY, str(path))

    def buggy_load(where):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(app.io, "load", buggy_load)
    window = make_window()
    assert window.document.path is None and window.document.project.name == ""
    assert str(path) in window.startup_notice and "unexpected error" in window.startup_notice
    assert QSettings().value(app.LAST_PROJECT_KEY) is None and QSettings().value(app.STARTING_KEY) is None
    assert "RecursionError: maximum recursion depth exceeded" in caplog.text


def test_locks_of_ended_windows_without_files_are_swept_and_live_ones_kept(tmp_path, qapp):
    from vendorpick.ui.recovery import RecoveryStore

    folder = tmp_path / "recovery"
    folder.mkdir()
    dead = folder / "123-deadbeef.lock"
    code = ("import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
            "assert lock.tryLock(0); os._exit(0)")  # a window that dies holding its lock
    subprocess.run([sys.executable, "-c", code, str(dead)], check=True)
    assert dead.exists()
    live = RecoveryStore(folder)
    live.write(demo_project(), None)
    live.remove(None)  # saved: no file left, the window still runs
    other = RecoveryStore(folder)
    assert other.pending() == []
    assert not dead.exists()
    assert (folder / f"{live.session}.lock").exists()
    live.release()
    assert not list(folder.iterdir())


def test_the_title_says_read_only_before_the_user_edits(make_window, env):
    path = env / "ro.vendorpick.json"
    io.save(demo_project(), path)
    os.chmod(path, 0o444)
    window = make_window(path)
    assert window.windowTitle() == "ro.vendorpick.json (read-only)[*] — vendorpick"
    os.chmod(path, 0o644)
    set_base(window, 5)
    assert window.windowTitle() == "ro.vendorpick.json[*] — vendorpick"


def test_a_window_still_starting_elsewhere_is_not_taken_for_a_failed_start(make_window, env):
    from PySide6.QtCore import QSettings

    from vendorpick.ui import app

    path = env / "p.vendorpick.json"
    io.save(demo_project(), path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        for pid, reopened in ((other.pid, True), (None, False)):
            QSettings().setValue(app.LAST_PROJECT_KEY, str(path))
            QSettings().setValue(app.STARTING_KEY, str(path))
            QSettings().setValue(app.STARTING_PID_KEY, pid)
            if pid is None:
                other.kill()
                other.wait()
                QSettings().setValue(app.STARTING_PID_KEY, other.pid)  # that start died
            window = make_window()
            assert (window.document.path == path) is reopened
            assert (window.startup_notice is None) is reopened
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()


def test_ctrl_e_exports_even_while_a_text_field_has_the_focus(make_window, qtbot):
    """X11's key bindings make a line edit take Ctrl+E (end of line); the
    field below does the same on every platform, as the real one did under Xvfb."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    class X11LineEdit(QLineEdit):
        def event(self, event):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E \
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                event.accept()  # "mine: move to the end of the line"
                return True
            return super().event(event)

    window = make_window()
    field = X11LineEdit(window.page("forecast"))
    field.show()
    hits = []
    window.act_export_workbook.triggered.disconnect()
    window.act_export_workbook.triggered.connect(lambda: hits.append("export"))
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["export"]
    field.setText("abc")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # other keys stay the field's
    assert field.selectedText() == "abc"
    field.removeEventFilter(window.field_shortcuts)  # without it, the field swallows the shortcut
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["export"]
