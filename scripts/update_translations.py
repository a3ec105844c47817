"""Update one part's Japanese translation file and compile it.

    .venv/bin/python scripts/update_translations.py PART [-no-obsolete] FILE_OR_FOLDER...

Runs ``pyside6-lupdate`` on the given sources into
``resources/i18n/PART_ja.ts`` (existing translations are kept;
strings no longer in the sources are marked vanished, or dropped with
``-no-obsolete``; other options starting with ``-`` go to lupdate too), then
``pyside6-lrelease`` to ``PART_ja.qm``, which the application loads.  Parts:
``shell`` (main window, Forecast, Settings), ``editors`` (Vendors & plans,
Criteria & scores), ``results``.  Translate the .ts file with Qt Linguist
(``pyside6-linguist``) or any XML editor, then run this again to compile.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python, else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def lupdate(sources: list[str], ts: Path) -> None:
    options = [a for a in sources if a.startswith("-")]
    files = [a for a in sources if not a.startswith("-")]
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-source-language", "en",
                    "-target-language", "ja", *options, *files, "-ts", str(ts)], check=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    if len(argv) < 2 or not re.fullmatch(r"[a-z][a-z0-9_]*", argv[0]):
        print(__doc__, file=sys.stderr)
        return 2
    part, sources = argv[0], argv[1:]
    I18N.mkdir(parents=True, exist_ok=True)
    ts = I18N / f"{part}_ja.ts"
    lupdate(sources, ts)
    qm = lrelease(ts)
    print(f"updated {ts.relative_to(ROOT)} and {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
