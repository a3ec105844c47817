"""Bar and line charts on pyqtgraph with labels that can be Japanese.

Titles and tick labels are drawn with the application font, so Qt's font
fallback finds a CJK font for Japanese labels (on Linux, e.g. Noto Sans CJK).
The charts only show numbers given to them; they never read the project.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

# Colour-blind-friendly (Okabe–Ito) colours, one per series.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


class Chart(QWidget):
    """A titled plot with category labels on the x axis."""

    def __init__(self, title: str = "", y_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        palette = self.palette()
        self.plot = pg.PlotWidget(parent=self, background=palette.color(QPalette.ColorRole.Base))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        font = QApplication.font()
        text_colour = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(text_colour)
            axis.setPen(text_colour)
        if title:
            self.plot.setTitle(title, color=text_colour.name(), size=f"{font.pointSizeF() + 1:.0f}pt")
        if y_label:
            self.plot.setLabel("left", y_label, color=text_colour.name())
        self.legend = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(180)

    def _start(self, labels: Sequence[str], named: bool, tick_every: int = 1) -> None:
        self.plot.clear()
        if self.legend is not None:
            self.legend.clear()
        if named and self.legend is None:
            self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor=self.palette().color(QPalette.ColorRole.Text))
        ticks = [(i, label) for i, label in enumerate(labels) if i % tick_every == 0]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)


class BarChart(Chart):
    """Grouped bars: one group per label, one bar per series."""

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 tick_every: int = 1) -> None:
        self._start(labels, named=len(series) > 1, tick_every=tick_every)
        width = 0.8 / max(len(series), 1)
        for n, (name, values) in enumerate(series):
            x = [i - 0.4 + width * (n + 0.5) for i in range(len(values))]
            colour = QColor(COLOURS[n % len(COLOURS)])
            bars = pg.BarGraphItem(x=x, height=list(values), width=width * 0.9, brush=colour, pen=colour, name=name)
            self.plot.addItem(bars)
            if self.legend is not None and len(series) > 1:
                self.legend.addItem(bars, name)
        top = max((max(v) for _, v in series if len(v)), default=1.0)
        self.plot.setYRange(0, top * 1.1 if top > 0 else 1.0, padding=0)


class LineChart(Chart):
    """Lines with markers: one point per label, one line per series."""

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 tick_every: int = 1) -> None:
        self._start(labels, named=len(series) > 1, tick_every=tick_every)
        for n, (name, values) in enumerate(series):
            colour = COLOURS[n % len(COLOURS)]
            self.plot.plot(list(range(len(values))), list(values), pen=pg.mkPen(colour, width=2),
                           symbol="o", symbolSize=6, symbolBrush=colour, symbolPen=colour, name=name)
        top = max((max(v) for _, v in series if len(v)), default=1.0)
        self.plot.setYRange(0, top * 1.1 if top > 0 else 1.0, padding=0)
