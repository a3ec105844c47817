"""The Forecast screen: how many contacts to expect, when, and how sure.

Three tabs — monthly contacts (base, growth, uncertainty, monthly index and
the live chart of expected contacts over the horizon), days and hours (day
weights and hourly profiles as tables with bar charts) and sale events (with
the Rakuten calendar presets).  Every change goes through
``document.apply``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_days import DaysHoursTab
from vendorpick.ui.views.forecast_events import EventsTab
from vendorpick.ui.views.forecast_volume import VolumeTab


class ForecastView(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.tabs = QTabWidget(self)
        self.volume = VolumeTab(document, self.tabs)
        self.days = DaysHoursTab(document, self.tabs)
        self.events = EventsTab(document, self.tabs)
        self.tabs.addTab(self.volume, self.tr("&Monthly contacts"))
        self.tabs.addTab(self.days, self.tr("&Days and hours"))
        self.tabs.addTab(self.events, self.tr("Sale even&ts"))
        from vendorpick.ui.dialogs.history_wizard import history_button  # SPEC 9: fit from the shop's history

        self.fit_button = history_button(document, self)
        self.tabs.setCornerWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
