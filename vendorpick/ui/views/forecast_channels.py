"""Forecast, fourth tab: the channels contacts arrive by (SPEC 7).

A table of channels (id, name, kind, share, handling time, own hourly
profile), buttons to add and remove one, the selected channel's own hourly
profile (copied from the forecast's when the user ticks "Own hourly
profile") and a chart of a weekday's arrivals by hour and channel.  Every
change is an undoable edit from :mod:`vendorpick.project.edit_builders_channels`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders_channels as ebc
from vendorpick.ui.feedback import submit
from vendorpick.ui.models.channels import ChannelsTableModel, channel_label
from vendorpick.ui.models.series import Series, SeriesTableModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.editing import ChoiceDelegate, EditTableView, show_model
from vendorpick.ui.widgets.charts import LineChart
from vendorpick.ui.widgets.series_table import NumberTable


def weekday_arrivals(project) -> list[tuple[str, str, list[float]]]:
    """(id, label source channel, % of a weekday's contacts by hour) per channel."""
    channels = project.forecast.channels or []
    total = sum(c.share for c in channels)
    out = []
    for ch in channels:
        profile = list(ch.hourly_profile or project.forecast.hourly_profile)
        day = sum(profile)
        share = ch.share / total if total > 0 else 0.0
        out.append((ch.id, ch, [100.0 * share * v / day if day > 0 else 0.0 for v in profile]))
    return out


class ChannelsTab(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.model = ChannelsTableModel(document, self)
        self.table = EditTableView(self)
        show_model(self.table, self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.deleteRequested.connect(self.remove_channel)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_profile())
        self.hint = QLabel(self.tr(
            "Without channels every contact is one live channel. Shares are relative (they need not add up "
            "to 100). Handling time (talk or writing plus wrap-up) is needed for quotes billed by the minute "
            "or by the seat. Live contacts are answered while the customer waits (phone, chat); deferred ones "
            "wait for the vendor's next covered hour (mail, R-Messe)."), self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add channel"), self)
        self.remove_button = QPushButton(self.tr("&Remove channel"), self)
        self.add_button.clicked.connect(self.add_channel)
        self.remove_button.clicked.connect(self.remove_channel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        table_box = QGroupBox(self.tr("Channels"), self)
        left = QVBoxLayout(table_box)
        left.addWidget(self.hint)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(table_box, 3)
        layout.addLayout(self._right_side(), 2)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    def _right_side(self) -> QVBoxLayout:
        self.profile_model = SeriesTableModel(self.document, [
            Series(self.tr("Weekdays"), lambda p: self._profile(p, False),
                   lambda i, v: ebc.set_channel_hour(self.document.project, self._row(), i, v)),
            Series(self.tr("Sat, Sun & holidays"), lambda p: self._profile(p, True),
                   lambda i, v: ebc.set_channel_hour(self.document.project, self._row(), i, v, holiday=True)),
        ], [f"{h}:00" for h in range(24)], parent=self)
        self.profile_table = NumberTable(self.profile_model, self)
        self.profile_box = QGroupBox(self.tr("Own hourly profile of the channel"), self)
        box_layout = QVBoxLayout(self.profile_box)
        box_layout.addWidget(self.profile_table)
        self.chart = LineChart(self.tr("A weekday's contacts by hour and channel (%)"), self.tr("%"), self)
        right = QVBoxLayout()
        right.addWidget(self.chart, 2)
        right.addWidget(self.profile_box, 3)
        return right

    # ------------------------------------------------------------- reading

    def _row(self) -> int:
        row = self.table.currentIndex().row()
        return row if 0 <= row < self.model.rowCount() else 0

    def _profile(self, project, holiday: bool) -> list[float]:
        channels = project.forecast.channels or []
        if not channels:
            return project.forecast.holiday_profile() if holiday else list(project.forecast.hourly_profile)
        ch = channels[min(self._row(), len(channels) - 1)]
        if ch.hourly_profile is None:
            return project.forecast.holiday_profile() if holiday else list(project.forecast.hourly_profile)
        return list(ch.holiday_hourly_profile or ch.hourly_profile) if holiday else list(ch.hourly_profile)

    def _show_profile(self) -> None:
        channels = self.document.project.forecast.channels or []
        row = self.table.currentIndex().row()
        own = 0 <= row < len(channels) and channels[row].hourly_profile is not None
        self.profile_box.setEnabled(own)
        if 0 <= row < len(channels):
            name = channel_label(channels[row], self.document.lang)
            self.profile_box.setTitle(self.tr("Own hourly profile of %1").replace("%1", name) if own else
                                      self.tr("%1 follows the forecast's hourly profile").replace("%1", name))
        self.profile_model.refresh()

    def _on_document_changed(self, project) -> None:
        channels = project.forecast.channels or []
        self.remove_button.setEnabled(bool(channels))
        if channels and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_profile()
        lang = self.document.lang
        self.chart.set_data([str(h) for h in range(24)],
                            [(channel_label(ch, lang), values) for _cid, ch, values in weekday_arrivals(project)],
                            tick_every=3)

    # --------------------------------------------------------------- slots

    def add_channel(self) -> None:
        edit, index = ebc.add_channel(self.document.project)
        if submit(self.document, self.table, edit):
            self.table.setCurrentIndex(self.model.index(index, ChannelsTableModel.SHARE))

    def remove_channel(self) -> None:
        channels = self.document.project.forecast.channels or []
        if not channels:
            return
        row = self.table.currentIndex().row()
        row = row if 0 <= row < len(channels) else len(channels) - 1
        submit(self.document, self.table, ebc.remove_channel(self.document.project, row))
