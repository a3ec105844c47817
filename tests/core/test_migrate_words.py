"""scripts/migrate_words.py on a small checkout with every old form, as the
lead runs it after merging a branch that still writes them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]

OLD_MODULE = '''"""Messages of a new feature."""

from __future__ import annotations

from vendorpick.errors import MESSAGES
from vendorpick.i18n import pick

MESSAGES.add(
    {
        "rel_lost": ("the file was lost: {error}", "ファイルが失われました: {error}"),
    }
)


def hello(lang, vendor, total):
    return pick(lang, f"{vendor.name} wins by {total:,.0f}", f"{vendor.name}が {total:,.0f} 差で勝ち")


def undo(name):
    return dict(text=(f"Rename {name}", f"「{name}」の名前を変更"))


TABLE = {"a": ("Apple", "りんご")}
'''
MESSAGES_PY = '''from vendorpick.i18n import N_

MESSAGES: dict[str, str] = {
    "old": N_("old"),
    # scripts/migrate_words.py adds moved codes above this line
}
'''


def _script():
    spec = importlib.util.spec_from_file_location("migrate_words", ROOT / "scripts" / "migrate_words.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["migrate_words"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_converts_every_old_form_and_fills_the_catalogue(tmp_path):
    pkg = tmp_path / "vendorpick"
    (pkg / "feature").mkdir(parents=True)
    (pkg / "messages.py").write_text(MESSAGES_PY, encoding="utf-8")
    (pkg / "feature" / "messages.py").write_text(
        '"""Codes."""\n\nfrom vendorpick.errors import MESSAGES\n\nMESSAGES.add({"rel_gone": ("gone", "消えました")})\n',
        encoding="utf-8")
    (pkg / "feature" / "report.py").write_text(OLD_MODULE, encoding="utf-8")
    (pkg / "feature" / "use.py").write_text(
        "from vendorpick.feature import messages  # noqa: F401 - registers the codes\n\nX = 1\n", encoding="utf-8")

    assert _script().main(["--root", str(tmp_path), "--no-make"]) == 0

    report = (pkg / "feature" / "report.py").read_text(encoding="utf-8")
    assert "MESSAGES" not in report and "pick(" not in report
    assert '_(lang, "{name} wins by {total:,.0f}").format(name=vendor.name, total=total)' in report
    assert 'text=L_("Rename {name}", name=name)' in report
    assert 'TABLE = {"a": N_("Apple")}' in report
    compile(report, "report.py", "exec")
    codes = (pkg / "messages.py").read_text(encoding="utf-8")
    assert '"rel_lost": N_("the file was lost: {error}"),' in codes and '"rel_gone": N_("gone"),' in codes
    assert not (pkg / "feature" / "messages.py").exists()  # nothing left in it but the registration
    assert "import messages" not in (pkg / "feature" / "use.py").read_text(encoding="utf-8")
    with (tmp_path / "resources" / "locale" / "ja" / "LC_MESSAGES" / "vendorpick.po").open("rb") as f:
        po = {m.id: m.string for m in read_po(f) if m.id}
    assert po["{name} wins by {total:,.0f}"] == "{name}が {total:,.0f} 差で勝ち"
    assert po["the file was lost: {error}"] == "ファイルが失われました: {error}"
    assert po["Rename {name}"] == "「{name}」の名前を変更" and po["Apple"] == "りんご"


def test_the_checkout_has_nothing_left_to_convert():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "migrate_words.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
