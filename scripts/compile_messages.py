"""Compile the core's Japanese catalogue (.po → .mo), as ``make messages`` does.

``pybabel compile`` refuses msgids such as "more than 1 % refuses the file",
whose "% r" it takes for a %-placeholder (Babel flags them python-format while
the core uses only ``str.format`` placeholders), so the .mo is written with
Babel's API; ``tests/core/test_catalogue.py`` checks the committed .mo
matches the .po the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

PO = Path(__file__).resolve().parent.parent / "resources" / "locale" / "ja" / "LC_MESSAGES" / "vendorpick.po"


def main() -> int:
    with PO.open("rb") as f:
        catalog = read_po(f, locale="ja", domain="vendorpick")
    missing = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    for msgid in missing + fuzzy:
        print(f"{PO.name}: no Japanese (or fuzzy) for {msgid!r}", file=sys.stderr)
    with PO.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog, use_fuzzy=False)
    print(f"{len(catalog)} messages, {len(missing)} without Japanese, {len(fuzzy)} fuzzy → {PO.with_suffix('.mo')}")
    return 1 if missing or fuzzy else 0


if __name__ == "__main__":
    sys.exit(main())
