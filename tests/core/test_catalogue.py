"""The core's one gettext catalogue (vendorpick/i18n.py, resources/locale): every
extracted msgid has Japanese, the committed .mo is the .po compiled, every
message code written in the source is registered, and the old pair
mechanisms are gone from the core."""

from __future__ import annotations

import ast
import gettext
import io
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from vendorpick.errors import Problem, message
from vendorpick.i18n import L_, NP_, _, n_
from vendorpick.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "vendorpick"
PO = ROOT / "resources" / "locale" / "ja" / "LC_MESSAGES" / "vendorpick.po"
KEYWORDS = {"_": (2,), "n_": (2, 3), "NP_": ((1, "c"), 2), "NN_": (1, 2), "N_": None, "L_": None}


def _catalog():
    with PO.open("rb") as f:
        return read_po(f, locale="ja", domain="vendorpick")


def _extracted() -> set[tuple[str | None, object]]:
    found = set()
    for _file, _line, msg, _comments, context in extract_from_dir(
            str(PKG), method_map=[("**.py", "python")], keywords=KEYWORDS):
        found.add((context, msg[0] if isinstance(msg, tuple) else msg))
    return found


def test_every_extracted_msgid_has_japanese():
    cat = _catalog()
    missing = []
    for context, msgid in _extracted():
        m = cat.get(msgid, context=context)
        strings = () if m is None else (m.string if isinstance(m.string, tuple) else (m.string,))
        if m is None or m.fuzzy or not all(strings):
            missing.append((context, msgid))
    assert not missing, f"no Japanese in {PO.name} for {missing[:10]} (run make messages, fill the msgstr)"


def test_committed_mo_is_the_po_compiled():
    buf = io.BytesIO()
    write_mo(buf, _catalog(), use_fuzzy=False)
    buf.seek(0)
    fresh = gettext.GNUTranslations(buf)
    with PO.with_suffix(".mo").open("rb") as f:
        committed = gettext.GNUTranslations(f)
    assert committed._catalog == fresh._catalog  # noqa: SLF001 - the whole table, key by key


def test_every_code_in_the_source_is_registered():
    """Problem("loc", "code", ...) anywhere in vendorpick/ names a code of vendorpick/messages.py."""
    used = {}
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Problem", "message")
                    and len(node.args) >= (2 if node.func.id == "Problem" else 1)):
                code = node.args[1 if node.func.id == "Problem" else 0]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    used[code.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    assert len(used) > 50
    unknown = {c: where for c, where in used.items() if c not in MESSAGES}
    assert not unknown


def test_every_code_like_string_is_registered():
    """Codes also travel through helpers (``fail("vp_month", ...)``): every string of the
    core shaped like one of vendorpick's codes (vp_, xl_, hist_, note_) is registered (the
    window's object names such as ``vp_invalid`` are not codes)."""
    shaped = re.compile(r"(vp|xl|hist|note)_[a-z0-9_]+")
    unknown = {}
    for path in PKG.rglob("*.py"):
        if path.relative_to(PKG).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and shaped.fullmatch(node.value)
                    and node.value not in MESSAGES):
                unknown[node.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    assert not unknown


def test_an_unregistered_code_fails_loudly():
    import pytest

    with pytest.raises(KeyError):
        message("vp_no_such_code", "en")


def test_no_pair_mechanism_left_in_the_core():
    old = re.compile(r"\bpick\(|MESSAGES\.add\(|Catalog\(|registers|F401  \(registers")
    hits = [f"{p.relative_to(ROOT)}:{i}" for p in PKG.rglob("*.py") if "ui" not in p.relative_to(PKG).parts[:1] and p.name != "messages.py"
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if old.search(line)]
    assert not hits


def test_rendering_late_in_either_language():
    p = Problem("rate", "greater_than_equal", {"ge": 0})
    assert (p.text("en"), p.text("ja")) == ("rate: must be ≥ 0", "rate: 0 以上でなければなりません")
    assert message("vp_nonempty", "ja") == "空にはできません"
    assert _("ja", NP_("excel.labels", "none")) == "なし" and _("ja", "none") == "不可"
    text = L_("Rename vendor {old} to {name}", old="A", name="B")
    assert (text.render("en"), text.render("ja")) == ("Rename vendor A to B", "ベンダー名を「A」から「B」に変更")
    one = n_("en", "Horizon: {horizon} ({n} month), {contacts} expected contacts",
             "Horizon: {horizon} ({n} months), {contacts} expected contacts", 1)
    assert "(1 month)" in one.format(horizon="h", n=1, contacts=3)
    assert _("en", "Weekday day") == "Weekday day" and _("ja", "Weekday day") == "平日日中"


def test_argparse_speaks_the_chosen_language_and_only_inside_the_block(capsys):
    import argparse

    import pytest

    from vendorpick.cli import argparse_language, main

    before = argparse._
    with argparse_language("ja"):
        assert argparse._("usage: ") == "使い方: "
    assert argparse._ is before and argparse._("usage: ") == "usage: "
    with pytest.raises(SystemExit):
        main(["rank", "--help", "--lang", "ja"])
    out = capsys.readouterr().out
    assert out.startswith("使い方: vendorpick rank") and "位置引数:" in out
    assert main(["demo", "-o", "x", "--bogus", "--lang", "ja"]) == 2
    assert "認識できない引数です: --bogus" in capsys.readouterr().err
