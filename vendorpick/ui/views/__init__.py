"""The screens of the main window, in the order they are shown.

Each page is a ``QWidget`` subclass constructed as ``View(document, parent)``.
Pages are imported by module path so that a screen another engineer has not
written yet shows a placeholder instead of stopping the application; any
other import error is logged with its traceback, never swallowed silently.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    cls: str

    def title(self) -> str:
        """The page's title in the current language."""
        return _titles()[self.key]


def _titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "forecast": translate("Pages", "Forecast"),
        "vendors": translate("Pages", "Vendors & plans"),
        "criteria": translate("Pages", "Criteria & scores"),
        "settings": translate("Pages", "Settings"),
        "results": translate("Pages", "Results"),
    }


PAGES: tuple[PageSpec, ...] = (
    PageSpec("forecast", "vendorpick.ui.views.forecast", "ForecastView"),
    PageSpec("vendors", "vendorpick.ui.views.vendors", "VendorsView"),
    PageSpec("criteria", "vendorpick.ui.views.criteria", "CriteriaView"),
    PageSpec("settings", "vendorpick.ui.views.settings", "SettingsView"),
    PageSpec("results", "vendorpick.ui.views.results", "ResultsView"),
)


def page_class(spec: PageSpec) -> type | None:
    """The page's class, or None when its module does not exist (yet).

    A module that exists but fails to import is a bug: it is logged with its
    traceback and the placeholder is shown."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name != spec.module:
            log.exception("cannot import page %s", spec.module)
        return None
    except Exception:
        log.exception("cannot import page %s", spec.module)
        return None
    cls = getattr(module, spec.cls, None)
    if cls is None:
        log.error("module %s has no class %s", spec.module, spec.cls)
    return cls
