"""Saving beside other programs: read-only files and folders, hard links,
stale temporary files of crashed saves, and the stamp that tells whether
another program changed the file (issue 11, finding 6)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest

from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.project import io
from vendorpick.project.demo import demo_project

from .excel_helpers import fill, small_project

FIXED = {"name": "月額固定", "tax_included": "いいえ", "monthly_fee": 50000, "included_contacts": 150, "rate": 350,
         "cover_weekday_day": "はい", "cover_weekday_night": "いいえ", "cover_holiday_day": "いいえ",
         "cover_holiday_night": "いいえ"}


def _edited(contacts: int):
    project = demo_project()
    return project.model_copy(update={"forecast": project.forecast.model_copy(update={"base_monthly_contacts": contacts})})


def test_read_only_file_is_refused_and_untouched_even_for_root(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), path)
    before = path.read_bytes()
    os.chmod(path, 0o444)
    with pytest.raises(InputError) as info:
        io.save(_edited(1234), path)
    assert [p.code for p in info.value.problems] == ["vp_read_only"]
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(os.listdir(tmp_path)) == ["p.vendorpick.json"]  # no temporary file left
    assert "読み取り専用" in info.value.problems[0].text("ja")


def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "p.vendorpick.json"
    io.save(demo_project(), path)
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(InputError) as info:
            io.save(_edited(5), path)
        assert info.value.problems[0].code == "vp_folder_read_only"
        with pytest.raises(InputError):
            io.save(_edited(5), folder / "new.vendorpick.json")
    finally:
        os.chmod(folder, 0o755)
    assert io.load(path) == demo_project()
    assert sorted(os.listdir(folder)) == ["p.vendorpick.json"]


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "vendorpick", *args, "--lang", "en"], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_cli_demo_over_a_read_only_file_exits_2(tmp_path):
    path = tmp_path / "ro.vendorpick.json"
    path.write_text("keep me", encoding="utf-8")
    os.chmod(path, 0o444)
    done = _cli("demo", "-o", str(path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr
    assert path.read_text(encoding="utf-8") == "keep me"


def test_cli_import_into_a_read_only_output_exits_2(tmp_path, capsys):
    project_file = tmp_path / "p.vendorpick.json"
    io.save(small_project(), project_file)
    quotes = tmp_path / "q.xlsx"
    assert main(["template", "-o", str(quotes), "--project", str(project_file), "--lang", "en"]) == 0
    fill(quotes, {"vendor_name": "RO社"}, [FIXED], {"security": 3, "rms": "いいえ"})
    for target in (None, tmp_path / "out.vendorpick.json"):
        written = target or project_file
        if target is not None:
            io.save(small_project(), target)
        before = written.read_bytes()
        os.chmod(written, 0o444)
        args = ["import", str(project_file), str(quotes), "--lang", "en"] + (["-o", str(target)] if target else [])
        assert main(args) == 2
        assert "read-only" in capsys.readouterr().err
        assert written.read_bytes() == before


def test_save_keeps_a_hard_link_and_its_mode(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    link = tmp_path / "shared-copy.vendorpick.json"
    io.save(demo_project(), path)
    os.chmod(path, 0o640)
    os.link(path, link)
    inode = path.stat().st_ino
    io.save(_edited(4321), path)
    assert path.stat().st_ino == inode == link.stat().st_ino and path.stat().st_nlink == 2
    assert io.load(link).forecast.base_monthly_contacts == 4321
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    io.save(_edited(7), link)  # shorter content through the other name: no tail of the old text
    assert io.load(path).forecast.base_monthly_contacts == 7
    assert path.read_bytes() == io.dumps(_edited(7)).encode("utf-8")
    assert sorted(os.listdir(tmp_path)) == ["p.vendorpick.json", "shared-copy.vendorpick.json"]


def test_without_hard_links_the_save_is_still_a_replace(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), path)
    inode = path.stat().st_ino
    io.save(_edited(9), path)
    assert path.stat().st_ino != inode  # atomic rename of a fresh file


def _crash_leftovers(folder, name, age_s):
    """Temporary files as a save killed half-way leaves them (same name pattern)."""
    made = []
    for token in ("a1b2c3d4", "zz_9y8x7"):
        tmp = folder / f".{name}.{token}.tmp"
        tmp.write_bytes(b'{"format": "vendorpick/1", "na')
        os.utime(tmp, (time.time() - age_s, time.time() - age_s))
        made.append(tmp)
    return made


def test_stale_temporary_files_of_this_project_are_removed_on_save(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), path)
    old = _crash_leftovers(tmp_path, path.name, age_s=3600)
    fresh = tmp_path / f".{path.name}.fresh123.tmp"  # a save running right now in another window
    fresh.write_bytes(b"{")
    others = [tmp_path / ".other.vendorpick.json.a1b2c3d4.tmp", tmp_path / f".{path.name}.ABCDEFGH.tmp",
              tmp_path / f"{path.name}.a1b2c3d4.tmp", tmp_path / f".{path.name}.a1b2c3d4.tmp.keep"]
    for other in others:
        other.write_bytes(b"not ours")
        os.utime(other, (time.time() - 3600, time.time() - 3600))
    assert io.stale_temps(path) == sorted(old)
    io.save(_edited(11), path)
    assert not any(p.exists() for p in old)
    assert fresh.exists() and all(p.exists() for p in others)


def test_stale_temporary_files_are_kept_while_the_project_is_torn(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    path.write_bytes(io.dumps(demo_project()).encode("utf-8")[:500])  # cut short in place
    old = _crash_leftovers(tmp_path, path.name, age_s=3600)
    assert io.remove_stale_temps(path) == []
    assert all(p.exists() for p in old)


def test_stamp_sees_another_programs_change_but_not_a_touch(tmp_path):
    path = tmp_path / "p.vendorpick.json"
    io.save(demo_project(), path)
    stamp = io.file_stamp(path)
    assert stamp.size == path.stat().st_size
    os.utime(path, (time.time() + 5, time.time() + 5))
    assert not io.changed_since(path, stamp)
    code = ("import sys, json; p = sys.argv[1]; d = json.load(open(p, encoding='utf-8')); d['name'] = 'other'; "
            "open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False))")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert io.changed_since(path, stamp)
    path.unlink()
    assert not io.changed_since(path, stamp)  # gone: saving recreates it, nothing to overwrite
    assert io.file_stamp(path) is None


SAVER = """
import sys
from vendorpick.project import io
from vendorpick.project.demo import demo_project
project = demo_project()
versions = [project.model_copy(update={"name": "v" + str(i) * (1 + 500 * (i % 2))}) for i in range(2)]
print("ready", flush=True)
i = 0
while True:
    io.save(versions[i % 2], sys.argv[1])
    i += 1
"""


def test_kill_during_saves_through_a_hard_link_never_loses_the_project(tmp_path):
    """``kill -9`` at random moments of saves that write a hard-linked file in
    place: afterwards the file is a whole version, or (cut short) the
    temporary file beside it still holds the whole new one, and stays."""
    import random

    path = tmp_path / "p.vendorpick.json"
    link = tmp_path / "link.vendorpick.json"
    io.save(demo_project(), path)
    os.link(path, link)
    rng = random.Random(11)
    names = {"v0", "v" + "1" * 501, demo_project().name}
    for _ in range(8):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(link)], stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.3))
        saver.kill()
        saver.wait()
        assert path.stat().st_ino == link.stat().st_ino and path.stat().st_nlink == 2
        try:
            assert io.load(path).name in names
        except InputError:
            temps = io.stale_temps(path, older_than_s=0)
            assert any(io.load(t).name in names for t in temps)
            assert io.remove_stale_temps(path, older_than_s=0) == []  # kept: the only whole copy
            io.save(io.load(temps[0]), path)  # what the user would do with it
        for temp in io.stale_temps(path, older_than_s=0):
            os.utime(temp, (time.time() - 3600, time.time() - 3600))
        io.remove_stale_temps(path)
        assert io.stale_temps(path, older_than_s=0) == []


def test_cli_export_and_template_over_read_only_files_exit_2(tmp_path, capsys):
    project_file = tmp_path / "p.vendorpick.json"
    io.save(small_project(), project_file)
    for args in (["export", str(project_file)], ["template", "--project", str(project_file)]):
        out = tmp_path / "out.xlsx"
        out.write_bytes(b"an older workbook")
        os.chmod(out, 0o444)
        assert main([*args, "-o", str(out), "--lang", "ja"]) == 2
        assert "読み取り専用" in capsys.readouterr().err
        assert out.read_bytes() == b"an older workbook"
        os.chmod(out, 0o644)
        out.unlink()
