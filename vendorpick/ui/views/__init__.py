"""The screens of the main window, in the order they are shown.

Each page is a ``QWidget`` subclass constructed as ``View(document, parent)``.
``PAGES`` names them with a factory that imports the page's module where the
page is first built (a plain import, so the window is up before the heavier
screens load their libraries such as pyqtgraph).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    make: Callable[..., QWidget]

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


def _forecast(document, parent: QWidget | None) -> QWidget:
    from vendorpick.ui.views.forecast import ForecastView

    return ForecastView(document, parent)


def _vendors(document, parent: QWidget | None) -> QWidget:
    from vendorpick.ui.views.vendors import VendorsView

    return VendorsView(document, parent)


def _criteria(document, parent: QWidget | None) -> QWidget:
    from vendorpick.ui.views.criteria import CriteriaView

    return CriteriaView(document, parent)


def _settings(document, parent: QWidget | None) -> QWidget:
    from vendorpick.ui.views.settings import SettingsView

    return SettingsView(document, parent)


def _results(document, parent: QWidget | None) -> QWidget:
    from vendorpick.ui.views.results import ResultsView

    return ResultsView(document, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("forecast", _forecast),
    PageSpec("vendors", _vendors),
    PageSpec("criteria", _criteria),
    PageSpec("settings", _settings),
    PageSpec("results", _results),
)
