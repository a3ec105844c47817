"""The Forecast screen: how many contacts to expect, when, and how sure.

Three tabs — monthly contacts (base, growth, uncertainty, monthly index and
the live chart of expected contacts over the horizon), days and hours (day
weights and hourly profiles as tables with bar charts) and sale events (with
the Rakuten calendar presets).  Every change goes through
``document.apply``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from vendorpick.project.presets import uses_typical_profile
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_channels import ChannelsTab
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
        self.channels_editor = ChannelsTab(document, self.tabs)
        self.tabs.addTab(self.channels_editor, self.tr("C&hannels"))
        from vendorpick.ui.dialogs.history_wizard import history_button  # SPEC 9: fit from the shop's history

        self.fit_button = history_button(document, self)
        self.tabs.setCornerWidget(self.fit_button)
        self.assumption = QLabel(self.tr(
            "Assumption: contacts arrive by hour and day as at a typical online shop (evening and weekend "
            "peaks). Replace these figures under “Days and hours” with your shop's own (for example "
            "counted from your mail and chat history)."), self)
        self.assumption.setWordWrap(True)
        self.assumption.setStyleSheet("background: #fff8e1; color: #6d4c00; border: 1px solid #f0c36d;"
                                      " border-radius: 4px; padding: 4px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.assumption)
        layout.addWidget(self.tabs)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    def _on_document_changed(self, project) -> None:
        self.assumption.setVisible(uses_typical_profile(project))
