"""Render the application's screens offscreen, in Japanese, as PNG files.

    .venv/bin/python scripts/screenshots.py [--lang ja|en] [--out docs/screenshots] [PAGE ...]

PAGE is a page key (forecast, vendors, criteria, settings, results); without
one every page is rendered, and the Forecast screen once per tab.  Needs a
CJK font for Japanese (on Debian/Ubuntu: ``apt-get install fonts-noto-cjk``).
Settings and recovery files go to a temporary folder, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 820)


def _setup_environment(home: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")


def _cjk_font(app) -> None:
    from PySide6.QtGui import QFont, QFontDatabase

    families = QFontDatabase.families()
    for name in ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic"):
        if name in families:
            app.setFont(QFont(name, 10))
            return
    print("warning: no Japanese font found; install fonts-noto-cjk", file=sys.stderr)


def _settle(app, window) -> None:
    from vendorpick.ui.widgets.charts import Chart

    for _ in range(5):
        app.processEvents()
        for chart in window.findChildren(Chart):
            chart.flush()
    app.processEvents()


def _shots(window) -> list[tuple[str, int, int | None]]:
    """(file name, page index, forecast tab or None)."""
    from vendorpick.ui.views import PAGES

    shots = []
    for index, spec in enumerate(PAGES):
        if spec.key == "forecast":
            shots += [("forecast.png", index, 0), ("forecast_days_hours.png", index, 1),
                      ("forecast_events.png", index, 2)]
        else:
            shots.append((f"{spec.key}.png", index, None))
    return shots


def render(out: Path, lang: str, keys: list[str]) -> list[Path]:
    from vendorpick.ui.app import application, create_window

    app = application()
    _cjk_font(app)
    window = create_window(None, lang)
    window.resize(*SIZE)
    window.show()
    written = []
    for name, index, tab in _shots(window):
        if keys and name.split(".")[0].split("_")[0] not in keys:
            continue
        window.show_page(index)
        page = window.page(window.slots[index].spec.key)
        if tab is not None:
            page.tabs.setCurrentIndex(tab)
        _settle(app, window)
        target = out / name
        window.grab().save(str(target))
        written.append(target)
    window.document.undo_stack.setClean()
    window.close()
    return written


def run(doc: str, render_shots, pages: bool = False) -> None:
    """The command line of every screenshot script: ``--lang``, ``--out`` (and
    page keys when ``pages``), a fresh settings folder, the files written."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--lang", default="ja", choices=["ja", "en"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    if pages:
        parser.add_argument("pages", nargs="*")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        _setup_environment(home)
        extra = (args.pages,) if pages else ()
        for path in render_shots(out, args.lang, *extra):
            print(path)


def main() -> None:
    run(__doc__, render, pages=True)


if __name__ == "__main__":
    main()
