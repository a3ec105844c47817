"""Render the "Fit from history" wizard offscreen on the sample history.

    .venv/bin/python scripts/screenshots_history.py [--lang ja|en] [--out docs/screenshots]

Writes ``history_wizard_columns.png`` (what was read) and
``history_wizard_preview.png`` (history against the fitted model, backtest,
notes), fitting the demo project to ``samples/history/shop_contacts_cp932.csv``
with the Rakuten sale calendar as past events.  Needs a CJK font for Japanese.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import _cjk_font, _settle, run  # noqa: E402

SAMPLE = ROOT / "samples" / "history" / "shop_contacts_cp932.csv"


def render(out: Path, lang: str) -> list[Path]:
    from PySide6.QtWidgets import QWizard

    from vendorpick.project.demo import demo_project
    from vendorpick.ui.app import application
    from vendorpick.ui.dialogs.history_wizard import HistoryWizard
    from vendorpick.ui.i18n import Translations
    from vendorpick.ui.undo import Document

    app = application()
    _cjk_font(app)
    Translations(app).install(lang)
    wizard = HistoryWizard(Document(demo_project(), None, lang=lang))
    wizard.resize(1100, 860)
    wizard.show()
    wizard.files_page.set_paths([str(SAMPLE)])
    wizard.files_page.rakuten.setChecked(True)
    wizard.next()
    deadline = time.monotonic() + 30
    while wizard.fit is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    written = []
    for name in ("history_wizard_columns.png", "history_wizard_preview.png"):
        if name.endswith("preview.png"):
            wizard.next()
        _settle(app, wizard)
        target = out / name
        wizard.grab().save(str(target))
        written.append(target)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    return written


def main() -> None:
    run(__doc__, render)


if __name__ == "__main__":
    main()
