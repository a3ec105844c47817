"""Bar and line charts on pyqtgraph with labels that can be Japanese.

Titles and tick labels are drawn with the application font, so Qt's font
fallback finds a CJK font for Japanese labels (on Linux, e.g. Noto Sans CJK).
The charts only show numbers given to them; they never read the project.

pyqtgraph takes about half a second to import, so a chart is an empty frame
until it has been painted once: ``set_data`` only records the data, and the
first paint starts a zero timer that imports pyqtgraph and draws.  The window
thus appears at once and a chart on a tab never shown costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # pyqtgraph is imported at the first paint (and has no type information)
    from pyqtgraph import LegendItem, PlotWidget

# Colour-blind-friendly (Okabe–Ito) colours, one per series.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


class Chart(QWidget):
    """A titled plot with category labels on the x axis."""

    def __init__(self, title: str = "", y_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.y_label = title, y_label
        self.plot: PlotWidget | None = None
        self.legend: LegendItem | None = None
        self._pending: tuple[list[str], list[tuple[str, list[float]]], int] | None = None
        self._dirty = False
        self.painted = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.hide()
        self._layout.addWidget(self.caption)
        self.setMinimumHeight(180)

    def set_caption(self, text: str) -> None:
        """A line of text under the chart (empty hides it)."""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 tick_every: int = 1) -> None:
        """Show ``series`` (name, one value per label) over ``labels``."""
        self._pending = (list(labels), [(name, [float(v) for v in values]) for name, values in series], tick_every)
        self._dirty = True
        if self.painted:
            self._timer.start()

    def flush(self) -> None:
        """Draw now (for tests and screenshots)."""
        self._timer.stop()
        if self._dirty:
            self._render()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.on_first_paint()

    def on_first_paint(self) -> None:
        """The frame is on screen: now draw (subclasses may compute first)."""
        if self._dirty:
            self._timer.start()

    def _render(self) -> None:
        if self._pending is None:
            return
        self._dirty = False
        plot = self.plot if self.plot is not None else self._build_plot()
        labels, series, tick_every = self._pending
        self._start(plot, labels, named=len(series) > 1, tick_every=tick_every)
        self._draw(plot, series)

    def _build_plot(self) -> PlotWidget:
        import pyqtgraph as pg

        palette = self.palette()
        plot = self.plot = pg.PlotWidget(parent=self, background=palette.color(QPalette.ColorRole.Base))
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        font = QApplication.font()
        text_colour = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(text_colour)
            axis.setPen(text_colour)
        if self.title:
            plot.setTitle(self.title, color=text_colour.name(), size=f"{font.pointSizeF() + 1:.0f}pt")
        if self.y_label:
            plot.setLabel("left", self.y_label, color=text_colour.name())
        self._layout.insertWidget(0, plot, 1)
        return plot

    def _start(self, plot: PlotWidget, labels: Sequence[str], named: bool, tick_every: int = 1) -> None:
        plot.clear()
        if self.legend is not None:
            self.legend.clear()
        if named and self.legend is None:
            text = self.palette().color(QPalette.ColorRole.Text)
            self.legend = plot.addLegend(offset=(10, 5), labelTextColor=text, colCount=len(labels) and 2)
        ticks = [(i, label) for i, label in enumerate(labels) if i % tick_every == 0]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(labels) - 0.4, padding=0)

    def _draw(self, plot: PlotWidget, series: list[tuple[str, list[float]]]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _fit_y(self, plot: PlotWidget, series: list[tuple[str, list[float]]]) -> None:
        top = max((max(v) for _, v in series if len(v)), default=1.0)
        plot.setYRange(0, top * 1.2 if top > 0 else 1.0, padding=0)


class BarChart(Chart):
    """Grouped bars: one group per label, one bar per series."""

    def _draw(self, plot: PlotWidget, series: list[tuple[str, list[float]]]) -> None:
        import pyqtgraph as pg

        width = 0.8 / max(len(series), 1)
        for n, (name, values) in enumerate(series):
            x = [i - 0.4 + width * (n + 0.5) for i in range(len(values))]
            colour = QColor(COLOURS[n % len(COLOURS)])
            bars = pg.BarGraphItem(x=x, height=values, width=width * 0.9, brush=colour, pen=colour, name=name)
            plot.addItem(bars)  # named items join the legend by themselves
        self._fit_y(plot, series)


class LineChart(Chart):
    """Lines with markers: one point per label, one line per series."""

    def _draw(self, plot: PlotWidget, series: list[tuple[str, list[float]]]) -> None:
        import pyqtgraph as pg

        for n, (name, values) in enumerate(series):
            colour = COLOURS[n % len(COLOURS)]
            plot.plot(list(range(len(values))), values, pen=pg.mkPen(colour, width=2),
                           symbol="o", symbolSize=6, symbolBrush=colour, symbolPen=colour, name=name)
        self._fit_y(plot, series)
