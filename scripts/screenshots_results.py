"""Screenshots of the results screen and each chart, in Japanese, offscreen.

Run:  .venv/bin/python scripts/screenshots_results.py [--out docs/screenshots]

Japanese glyphs need a CJK font (``apt-get install -y fonts-noto-cjk``); the
script works without one but the text then shows as boxes.  Writes
``results-*.png``: the whole window on the Results page, the ranking with
its one-sentence reason, the score breakdown, every chart, the peak month, the response-time heat map,
the what-if panel in use and the warning about contacts left to the shop at
¥0 (``results-uncovered-warning.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.charts.base import CJK_FAMILIES  # noqa: E402
from vendorpick.ui.i18n import Translations  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.results import ResultsView  # noqa: E402


def settle(app: QApplication, view: ResultsView, timeout: float = 60.0) -> None:
    """Process events until the newest results are complete and painted."""
    end = time.monotonic() + timeout
    while view.service.pending or view.results is None or not view.results.complete:
        if time.monotonic() > end:
            raise TimeoutError("results did not arrive")
        app.processEvents()
        time.sleep(0.005)
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(path)


def window_shot(app: QApplication, document: Document, translations: Translations, out: Path) -> None:
    """The main window on its Results page, when the shell is available."""
    try:
        from vendorpick.ui.main_window import MainWindow
    except ImportError:
        return
    window = MainWindow(document, translations)
    window.resize(1500, 940)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(len(titles) - 1)
    end = time.monotonic() + 30
    while window.findChild(ResultsView) is None and time.monotonic() < end:  # pages are built on demand
        app.processEvents()
        time.sleep(0.01)
    page = window.findChild(ResultsView)
    if page is not None:
        settle(app, page)
    save(window, out / "results-window.png")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont(app.font())
    font.setFamilies([font.family(), *CJK_FAMILIES])
    app.setFont(font)
    translations = Translations(app)
    translations.install("ja")
    document = Document(demo_project(), lang="ja")
    view = ResultsView(document)
    view.resize(1500, 940)
    view.show()
    settle(app, view)
    save(view, args.out / "results-ranking.png")
    shots = [(view.breakdown, "breakdown"), (view.monthly, "monthly"), (view.risk, "risk"), (view.crossover, "crossover"),
             (view.value, "value"), (view.sensitivity, "sensitivity"), (view.peak, "peak"),
             (view.service_levels, "service")]
    for widget, name in shots:
        view.tabs.setCurrentWidget(widget)
        settle(app, view)
        save(widget, args.out / f"results-{name}.png")
    view.tabs.setCurrentWidget(view.ranking)
    sliders = view.whatif_panel.weight_sliders
    sliders["cost"].setValue(60)
    view.whatif_panel.volume.setValue(150)
    settle(app, view)
    save(view, args.out / "results-whatif.png")
    window_shot(app, Document(demo_project(), lang="ja"), translations, args.out)
    uncovered_shot(app, args.out)
    return 0


def uncovered_shot(app: QApplication, out: Path) -> None:
    """The demo with no in-house cost per contact: the warning above the ranking."""
    project = demo_project()
    project.settings.in_house_cost_per_contact = 0
    view = ResultsView(Document(project, lang="ja"))
    view.resize(1500, 940)
    view.show()
    settle(app, view)
    save(view, out / "results-uncovered-warning.png")


if __name__ == "__main__":
    raise SystemExit(main())
