"""Render the SPEC 7 editors offscreen: the plan editor on a dedicated-seat
quote and on a per-minute quote, and the channels editor of the Forecast page.

    .venv/bin/python scripts/screenshots_channels.py [--lang ja|en] [--out docs/screenshots]

Writes ``plan_seats.png``, ``plan_per_minute.png`` and ``forecast_channels.png``
from the demo project.  Needs a CJK font for Japanese.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import _cjk_font, _settle, run  # noqa: E402


def _find_plan(project, kind: str) -> tuple[int, int]:
    from vendorpick.project.edit_builders_channels import quote_kind

    for vi, vendor in enumerate(project.vendors):
        for pi, plan in enumerate(vendor.plans):
            if quote_kind(plan) == kind:
                return vi, pi
    raise LookupError(kind)


def render(out: Path, lang: str) -> list[Path]:
    from vendorpick.ui.app import application, create_window

    app = application()
    _cjk_font(app)
    window = create_window(None, lang)
    window.resize(1280, 820)
    window.show()
    written = []
    keys = [slot.spec.key for slot in window.slots]
    window.show_page(keys.index("vendors"))
    view = window.page("vendors")
    for kind, name in (("dedicated", "plan_seats.png"), ("per_minute", "plan_per_minute.png")):
        vi, pi = _find_plan(window.document.project, kind)
        view._select_vendor(vi, pi)
        _settle(app, window)
        editor = view.plan_editor
        editor.resize(editor.width(), editor.sizeHint().height())
        _settle(app, window)
        target = out / name
        editor.grab().save(str(target))
        written.append(target)
    forecast = window.page("forecast")
    channels = getattr(forecast, "channels_editor", None)
    if channels is not None:
        window.show_page(keys.index("forecast"))
        forecast.tabs.setCurrentWidget(channels)
        own = [i for i, c in enumerate(window.document.project.forecast.channels or []) if c.hourly_profile]
        if own:  # a channel with its own profile: the profile editor is open
            channels.table.setCurrentIndex(channels.model.index(own[0], 0))
        _settle(app, window)
        target = out / "forecast_channels.png"
        window.grab().save(str(target))
        written.append(target)
    window.document.undo_stack.setClean()
    window.close()
    return written


def main() -> None:
    run(__doc__, render)


if __name__ == "__main__":
    main()
