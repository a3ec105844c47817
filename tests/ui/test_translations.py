"""Every visible string of vendorpick/ui has a finished Japanese translation,
and the compiled .qm files shipped are up to date with their .ts sources."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "vendorpick" / "ui"
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path):
    """(context, source, translation or None when not finished)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            done = kind is None and tr is not None and bool(tr.text)
            yield name, message.findtext("source"), (tr.text if done else None)


def shipped() -> list[Path]:
    return sorted(I18N.glob("*_ja.ts"))


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_every_ui_string_has_a_finished_japanese_translation(tmp_path):
    ts = tmp_path / "all_ja.ts"
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none", str(UI), "-ts", str(ts)],
                   check=True)
    sources = {(c, s) for c, s, _ in messages(ts)}
    assert len(sources) > 100  # lupdate found the application's strings
    finished = {(c, s) for path in shipped() for c, s, t in messages(path) if t}
    missing = sorted(sources - finished)
    assert not missing, "no finished Japanese translation for:\n" + "\n".join(f"  [{c}] {s!r}" for c, s in missing)


@pytest.mark.parametrize("ts", shipped(), ids=lambda p: p.name)
def test_compiled_catalogue_matches_its_source(ts):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run scripts/update_translations.py"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = [(c, s) for c, s, t in messages(ts) if t and translator.translate(c, s) != t]
    assert not stale, f"{qm.name} is older than {ts.name}: {stale[:5]}"
