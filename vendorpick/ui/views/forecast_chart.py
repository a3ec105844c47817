"""The live chart of expected contacts per month over the horizon.

Two lines: the seasonal shape alone (M_k of SPEC 2: base × monthly index ×
growth) and the expected contacts with the sale events, computed by the
pricing engine's :func:`~vendorpick.pricing.volume.monthly_contacts`.  The
engine (numpy and the holiday calendar) is imported on the first refresh,
which runs once the chart's frame has been painted, so start-up stays fast.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from vendorpick.project.months import calendar_month
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.charts import LineChart
from vendorpick.ui.widgets.numbers import format_number


def month_tick_labels(months: list[str], every: int = 1) -> list[str]:
    """``2027-01`` → ``2027-01`` for January and the first month, else ``03``;
    with ``every`` 3 only the quarters' months (April, July, October) are labelled."""
    out = []
    for i, m in enumerate(months):
        month = calendar_month(m)
        out.append(m if i == 0 or month == 1 else f"{month:02d}" if (month - 1) % every == 0 else "")
    return out


class MonthlyOutlookChart(LineChart):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(self.tr("Expected contacts per month"), self.tr("contacts"), parent)
        self.document = document
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        document.changed.connect(self._on_document_changed)

    def on_first_paint(self) -> None:
        self._refresh_timer.start()

    def _on_document_changed(self, _project: object) -> None:
        if self.painted:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Compute the expected contacts and draw them."""
        self._refresh_timer.stop()
        from vendorpick.pricing.volume import month_base, monthly_contacts

        project = self.document.project
        months = project.month_labels
        expected = [float(v) for v in monthly_contacts(project)]
        tick_every = max(1, len(months) // 12)
        self.set_data(month_tick_labels(months), [
            (self.tr("With sale events"), expected),
            (self.tr("Seasonal shape only"), [float(v) for v in month_base(project)]),
        ], tick_every=tick_every)
        busiest = max(range(len(expected)), key=expected.__getitem__)
        self.set_caption(self.tr("%1 contacts expected over the horizon; the busiest month is %2 with %3.")
                         .replace("%1", format_number(sum(expected), 0))
                         .replace("%2", months[busiest])
                         .replace("%3", format_number(expected[busiest], 0)))
