"""Results: does each plan answer in time? (SPEC 8, issue 15)

A heat map of months × candidates for one channel (chosen above it), each cell coloured
against that channel's target: green at or above it, red below it (the deeper, the further
below), grey where the plan handles none of the channel's contacts ("—"). Hovering a month
below target says why: a gap in the plan's hours, or too few seats. Beside the months: the
share over the horizon, and for live channels the agents needed at the busiest hour next to
the seats quoted. The figures are the engine's (:attr:`SimulationResult.service`), so they
follow the what-if volume like the other results.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vendorpick.formatting import number
from vendorpick.formatting import percent as percent_text
from vendorpick.results import Results, candidate_label, sim_index
from vendorpick.service import ChannelService, ServiceResult, overall_share
from vendorpick.ui.charts.base import month_label
from vendorpick.vocabulary import channel_label

MET = QColor("#c8e6c9")
NOT_SERVED = QColor("#eeeeee")
BELOW_NEAR = QColor("#ffcdd2")
BELOW_FAR = QColor("#c62828")


def cell_colour(share: float | None, target: float) -> QColor:
    """Green at or above target, red below (deeper the further below), grey without contacts."""
    if share is None:
        return NOT_SERVED
    if share >= target - 1e-9:
        return MET
    t = min(1.0, (target - share) / max(target, 1e-9) * 2.0)  # half the target missed: the deepest red
    near = (BELOW_NEAR.red(), BELOW_NEAR.green(), BELOW_NEAR.blue())
    far = (BELOW_FAR.red(), BELOW_FAR.green(), BELOW_FAR.blue())
    mix = [round(a + (b - a) * t) for a, b in zip(near, far, strict=True)]
    return QColor(*mix)


def service_header() -> str:
    """The ranking's column of the share answered in time (over every assessed channel)."""
    return QCoreApplication.translate("ServicePanel", "In time")


def service_share(results: Results, candidate) -> float | None:
    """A ranked candidate's share answered in time over every assessed channel, contact-weighted
    (None without service levels or when it handles none of the assessed channels' contacts)."""
    service = results.sim.service
    if service is None:
        return None
    return overall_share(service.candidates[sim_index(results.sim, candidate)])


class ServicePanel(QWidget):
    """The service-level tab of the results page."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.channel = QComboBox(self)
        self.channel.currentIndexChanged.connect(self._on_channel)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMouseTracking(True)
        self.empty = QLabel(self.tr("No service levels are set: give each channel a target on the Settings page "
                                    "(for example phone 80% within 20 s, messages 95% within 24 h)."), self)
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Channel:"), self))
        row.addWidget(self.channel)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.results: Results | None = None
        self._chosen: str | None = None

    def title(self) -> str:
        """The tab's title (here, so that its translation lives with the panel's)."""
        return self.tr("Response times")

    # ----------------------------------------------------------------- input

    def set_results(self, results: Results) -> None:
        self.results = results
        service = results.sim.service
        ids = list(service.candidates[0]) if service is not None and service.candidates else []
        ids = [cid for cid in results.sim.channel_ids if cid in ids]
        self.empty.setVisible(not ids)
        self.channel.setEnabled(bool(ids))
        chosen = self._chosen if self._chosen in ids else (ids[0] if ids else None)
        self.channel.blockSignals(True)
        self.channel.clear()
        for cid in ids:
            self.channel.addItem(self._channel_name(results, cid), cid)
        if chosen is not None:
            self.channel.setCurrentIndex(ids.index(chosen))
        self.channel.blockSignals(False)
        self._show(chosen)

    def choose_channel(self, cid: str) -> None:
        self.channel.setCurrentIndex(self.channel.findData(cid))

    def _on_channel(self, index: int) -> None:
        if self.results is not None and index >= 0:
            self._chosen = self.channel.itemData(index)
            self._show(self._chosen)

    # ---------------------------------------------------------------- output

    def _channel_name(self, results: Results, cid: str) -> str:
        sim = results.sim
        label = sim.channel_labels[sim.channel_ids.index(cid)] if sim.channel_labels else cid
        return channel_label(cid, "" if label == cid else label, self.lang)

    def _target_text(self, figures: ChannelService) -> str:
        share = percent_text(figures.target, 0)
        if figures.kind == "live":
            return self.tr("%1 within %2 s").replace("%1", share).replace("%2", number(figures.within or 0))
        return self.tr("%1 within %2 h").replace("%1", share).replace("%2", number(figures.within or 0))

    def _show(self, cid: str | None) -> None:
        results = self.results
        service = results.sim.service if results is not None else None
        if results is None or service is None or cid is None:
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.summary.setText("")
            return
        first = service.candidates[0][cid]
        live = first.kind == "live"
        months = list(service.months)
        headers = [self.tr("Candidate"), self.tr("Horizon")]
        headers += [month_label(m, self.lang, first=k == 0) for k, m in enumerate(months)]
        if live:
            headers += [self.tr("Agents needed (busiest hour)"), self.tr("Seats quoted")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(results.sim.candidates))
        below_count = 0
        for c, ref in enumerate(results.sim.candidates):
            figures = service.candidates[c][cid]
            below_count += bool(figures.months_below)
            self._set(c, 0, candidate_label(ref.vendor, ref.plan), None)
            self._set(c, 1, self._share(figures.share), cell_colour(figures.share, figures.target))
            reasons = dict(zip(figures.months_below, figures.reasons, strict=True))
            for k, share in enumerate(figures.months):
                item = self._set(c, 2 + k, self._share(share), cell_colour(share, figures.target))
                item.setToolTip(self._tip(service, c, figures, months[k], share, reasons.get(months[k])))
            if live:
                seats = service.seats[c] if c < len(service.seats) else None
                agents = self._set(c, 2 + len(months), number(figures.agents_needed or 0), None)
                if figures.busiest_hour:
                    agents.setToolTip(self.tr("Busiest hour: %1").replace("%1", figures.busiest_hour.replace("T", " ")
                                                                          + ":00"))
                short = seats is not None and (figures.agents_needed or 0) > seats
                self._set(c, 3 + len(months), self.tr("shared pool") if seats is None else number(seats),
                          BELOW_NEAR if short else None)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("Target: %1. %2 of %3 candidates miss it in some month.")
                             .replace("%1", self._target_text(first)).replace("%2", str(below_count))
                             .replace("%3", str(len(results.sim.candidates))))

    def _share(self, share: float | None) -> str:
        return "—" if share is None else percent_text(share, 1)

    def _set(self, row: int, col: int, text: str, colour: QColor | None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if col:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if colour is not None:
            item.setBackground(QBrush(colour))
            if colour.lightness() < 128:
                item.setForeground(QBrush(QColor("white")))
        self.table.setItem(row, col, item)
        return item

    def _tip(self, service: ServiceResult, c: int, figures: ChannelService, month: str, share: float | None,
             reason: str | None) -> str:
        label = month_label(month, self.lang, first=True)
        if share is None:
            return self.tr("%1: this plan handles none of this channel's contacts").replace("%1", label)
        head = (self.tr("%1: %2 answered in time (target %3)").replace("%1", label)
                .replace("%2", percent_text(share, 1)).replace("%3", percent_text(figures.target, 0)))
        if reason == "coverage":
            return head + "\n" + self.tr("Below target: a gap in coverage. The plan does not work in the hours "
                                         "when many of these contacts arrive, so even more seats would not help.")
        if reason == "seats":
            seats = service.seats[c] if c < len(service.seats) else None
            return head + "\n" + (self.tr("Below target: too few seats (%1) for the contacts of the busiest hours.")
                                  .replace("%1", "—" if seats is None else number(seats)))
        return head
