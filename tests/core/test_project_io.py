"""Loading and saving safely: size and encoding limits, newer formats,
migrations, and atomic saves that never damage the file on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vendorpick.errors import InputError
from vendorpick.project import io
from vendorpick.project.demo import demo_project


@pytest.fixture
def demo():
    return demo_project()


def codes(exc_info) -> list[str]:
    return [p.code for p in exc_info.value.problems]


def test_save_then_load_gives_an_equal_project(tmp_path, demo):
    path = tmp_path / "demo.vendorpick.json"
    io.save(demo, path)
    assert io.load(path) == demo
    assert path.read_text(encoding="utf-8") == io.dumps(demo)


def test_failed_write_leaves_old_file_byte_for_byte(tmp_path, demo, monkeypatch):
    path = tmp_path / "p.vendorpick.json"
    path.write_bytes(b"previous contents")

    def broken_fsync(fd):  # the disk fills up after part of the file was written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(io.os, "fsync", broken_fsync)
    with pytest.raises(InputError) as info:
        io.save(demo, path)
    assert codes(info) == ["vp_write_failed"]
    assert "No space left on device" in info.value.text("en")
    assert path.read_bytes() == b"previous contents"
    assert os.listdir(tmp_path) == ["p.vendorpick.json"]  # no temporary file left behind


def test_save_killed_before_replace_keeps_old_file(tmp_path, demo, monkeypatch):
    path = tmp_path / "p.vendorpick.json"
    io.save(demo, path)
    before = path.read_bytes()
    changed = demo.model_copy(update={"name": "changed"})

    def killed(src, dst):
        raise OSError(4, "Interrupted")

    monkeypatch.setattr(io.os, "replace", killed)
    with pytest.raises(InputError):
        io.save(changed, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["p.vendorpick.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_permission_denied_is_a_clear_error(tmp_path, demo):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InputError) as info:
            io.save(demo, folder / "x.vendorpick.json")
        assert codes(info) == ["vp_write_failed"]
    finally:
        folder.chmod(0o700)


def test_save_into_missing_folder_is_a_clear_error(tmp_path, demo):
    with pytest.raises(InputError) as info:
        io.save(demo, tmp_path / "nope" / "x.vendorpick.json")
    assert codes(info) == ["vp_write_failed"]
    assert "元のファイルは変更されていません" in info.value.text("ja")


def test_newer_format_is_refused_before_reading_the_rest(tmp_path):
    path = tmp_path / "future.vendorpick.json"
    # the rest of the file is nonsense for version 2; only the version is reported
    path.write_text(json.dumps({"format": "vendorpick/3", "start": 5, "whatever": []}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        io.load(path)
    assert codes(info) == ["vp_format_newer"]
    assert "newer vendorpick" in info.value.text("en")
    assert "新しい vendorpick" in info.value.text("ja")


def test_too_large_file_is_refused_without_reading(tmp_path):
    path = tmp_path / "big.vendorpick.json"
    path.write_bytes(b" " * 2048)
    with pytest.raises(InputError) as info:
        io.read_text(path, max_bytes=1024)
    assert codes(info) == ["vp_too_large"]
    assert io.MAX_BYTES == 20 * 1024 * 1024


def test_non_utf8_file_is_refused(tmp_path):
    path = tmp_path / "sjis.vendorpick.json"
    path.write_bytes('{"name": "楽天"}'.encode("shift_jis"))
    with pytest.raises(InputError) as info:
        io.load(path)
    assert codes(info) == ["vp_not_utf8_at"]
    assert "UTF-8" in info.value.text("ja") and "(line 1, column 11)" in info.value.text("en")


def test_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "u16.vendorpick.json"
    path.write_bytes('{"name": "楽天"}'.encode("utf-16"))
    with pytest.raises(InputError) as info:
        io.load(path)
    assert codes(info) == ["vp_utf16"] and "UTF-16" in info.value.text("ja")


def test_utf8_bom_is_accepted(tmp_path, demo):
    path = tmp_path / "bom.vendorpick.json"
    path.write_bytes(b"\xef\xbb\xbf" + io.dumps(demo).encode())
    assert io.load(path) == demo


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as info:
        io.load(tmp_path / "nothing.json")
    assert codes(info) == ["vp_read_failed"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{", "vp_json_invalid"),
        ("[1, 2]", "vp_not_object"),
        ('{"format": "vendorpick/1", "start": NaN}', "vp_json_constant"),
        ('{"format": "vendorpick/1", "start": Infinity}', "vp_json_constant"),
        ("[" * 100000 + "]" * 100000, "vp_json_too_deep"),
    ],
)
def test_bad_json_is_refused(text, code):
    with pytest.raises(InputError) as info:
        io.loads(text)
    assert codes(info)[0] == code  # first (NaN beside "forecast: is required")


def test_json_syntax_error_names_line_and_column():
    with pytest.raises(InputError) as info:
        io.loads('{\n  "format": "vendorpick/1",\n  "start": }')
    assert "line 3" in info.value.text("en")
    assert "3 行" in info.value.text("ja")


def test_migrations_run_step_by_step(monkeypatch):
    """A version-3 world: a version-1 file is migrated to 2, then to 3, before validation."""
    seen = []

    def v2_to_v3(data):
        seen.append(data["format"])
        data = dict(data)
        data["name"] = data.pop("title")
        return data

    monkeypatch.setattr(io, "CURRENT_VERSION", 3)
    monkeypatch.setitem(io.MIGRATIONS, 2, v2_to_v3)
    migrated = io.migrate({"format": "vendorpick/1", "title": "旧形式",
                           "vendors": [{"name": "A", "plans": [{"name": "p", "included_contacts": 5}]}]})
    assert seen == ["vendorpick/2"]
    assert migrated == {"format": "vendorpick/3", "name": "旧形式",
                        "vendors": [{"name": "A", "plans": [{"name": "p", "included": 5}]}]}


def test_loading_never_executes_code(tmp_path):
    # Only JSON is read: Python-looking text is just an invalid value.
    payload = {"format": "vendorpick/1", "start": "__import__('os').system('touch hacked')",
               "forecast": {"base_monthly_contacts": 1}}
    with pytest.raises(InputError) as info:
        io.loads(json.dumps(payload))
    assert codes(info) == ["vp_month"]
    assert not (tmp_path / "hacked").exists()


STORED = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize("name", ["demo-2026-11-v1.vendorpick.json", "spec-worked-example-v1.vendorpick.json"])
def test_stored_version_1_files_still_load(name):
    """Files users saved with format vendorpick/1 must keep loading (through
    the migrations once the format moves on) and mean the same."""
    project = io.load(STORED / name)
    assert project.format == "vendorpick/2"  # migrated: saved as version 2
    assert io.loads(io.dumps(project)) == project
    assert json.loads(io.dumps(project))["format"] == "vendorpick/2"
    # the migration renames included_contacts to included and nothing else
    raw = json.loads((STORED / name).read_text(encoding="utf-8"))
    for vendor, stored in zip(raw["vendors"], project.vendors, strict=True):
        for plan, loaded in zip(vendor["plans"], stored.plans, strict=True):
            assert loaded.included == plan.get("included_contacts", 0)
            assert "included_contacts" not in loaded.model_dump()


def test_stored_worked_example_keeps_its_figures():
    from vendorpick.pricing.simulate import simulate

    result = simulate(io.load(STORED / "spec-worked-example-v1.vendorpick.json"), scenarios=100)
    assert [round(t, 2) for t in result.total] == [236107.53, 361416.67]  # SPEC section 3


def test_saving_through_a_symlink_updates_the_real_file(tmp_path, demo):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "p.vendorpick.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.vendorpick.json"
    link.symlink_to(real)
    io.save(demo, link)
    assert link.is_symlink()  # the link is kept ...
    assert io.load(real) == demo  # ... and the file it points to is saved


def test_special_files_are_refused(tmp_path, demo):
    with pytest.raises(InputError) as info:
        io.load("/dev/zero")  # would never end
    assert codes(info) == ["vp_not_regular_file"]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as info:
        io.load(fifo)  # would wait for a writer forever
    assert codes(info) == ["vp_not_regular_file"]
    with pytest.raises(InputError) as info:
        io.save(demo, tmp_path)  # a folder
    assert codes(info) == ["vp_not_regular_file"]
