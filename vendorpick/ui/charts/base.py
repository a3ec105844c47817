"""Shared pieces of the result charts: colours, fonts, yen axes, PNG export.

Every chart is a :class:`ChartPanel`: a title, a "Save as PNG" button and a
pyqtgraph plot.  Candidates keep one colour on every chart (by their index
in the simulation).  Axes show yen as ``¥1.2M`` / ``120万円`` and months as
``2027-01`` / ``1月``.  Hover values come from hoverable scatter points whose
tooltip names the candidate and the figure.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.formatting import number, yen
from vendorpick.formatting import percent as formatting_percent
from vendorpick.project.months import month_index, year_month

if TYPE_CHECKING:
    from vendorpick.results import Results

#: Families tried in order for Japanese glyphs (present ones win; none is required).
CJK_FAMILIES = ["Noto Sans CJK JP", "Noto Sans JP", "IPAGothic", "IPAexGothic", "Hiragino Sans",
                "Yu Gothic UI", "Meiryo", "TakaoGothic", "VL Gothic"]

#: Colour-blind-friendly palette (Okabe–Ito, then Tableau) for candidates.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000", "#8c564b", "#7f7f7f", "#bcbd22", "#17becf"]
BAND_COLOURS = ["#56B4E9", "#0072B2", "#E69F00", "#D55E00"]

pg.setConfigOptions(antialias=True, background="w", foreground="#222222")


def chart_font(point_size: int = 9) -> QFont:
    """The application font with Japanese fallbacks."""
    font = QFont(QApplication.font())
    font.setFamilies([QApplication.font().family(), *CJK_FAMILIES])
    font.setPointSize(point_size)
    return font


def candidate_colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def swatch_icon(index: int, size: int = 12) -> QIcon:
    """A square of the candidate's colour with a dark outline, for lists whose
    text stays black: some palette colours (the yellow) cannot be read as text."""
    pixmap = QPixmap(size, size)
    pixmap.fill(candidate_colour(index))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def pen(index: int, width: float = 2.0, style=Qt.PenStyle.SolidLine):
    return pg.mkPen(candidate_colour(index), width=width, style=style)


def yen_short(value: float, lang: str) -> str:
    """Compact yen for axes: ``120万円`` / ``1.2億円`` in Japanese, ``¥1.2M`` in English."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    if lang == "ja":
        if v >= 1e8:
            return f"{sign}{v / 1e8:.3g}億円"
        if v >= 1e4:
            return f"{sign}{v / 1e4:,.4g}万円"
        return f"{sign}{number(v)}円"
    if v >= 1e6:
        return f"{sign}¥{v / 1e6:.3g}M"
    if v >= 1e3:
        return f"{sign}¥{v / 1e3:.3g}k"
    return f"{sign}¥{number(v)}"


def yen_full(value: float, lang: str) -> str:
    """Whole yen with separators: ``¥1,234,567`` / ``1,234,567円``."""
    return yen(value, lang)


def percent(value: float | None) -> str:
    return "—" if value is None else formatting_percent(value)


def month_label(month: str, lang: str, first: bool = False) -> str:
    """``2027-01`` → ``2027年1月`` (first tick and January) or ``2月`` in Japanese."""
    if lang == "ja":
        year, m = year_month(month_index(month))
        return f"{year}年{m}月" if first or m == 1 else f"{m}月"
    return month


class YenAxis(pg.AxisItem):
    """A value axis labelled in yen."""

    def __init__(self, orientation: str, lang: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.lang = lang
        self.setStyle(tickFont=chart_font(8))

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [yen_short(v * scale, self.lang) for v in values]


class PercentAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [f"{100 * v:.0f}%" for v in values]


def label_axis(orientation: str, labels: Sequence[str]) -> pg.AxisItem:
    """An axis with one text tick per integer position."""
    axis = pg.AxisItem(orientation)
    axis.setTicks([list(enumerate(labels))])
    axis.setStyle(tickFont=chart_font(8))
    return axis


def new_plot(axes: dict[str, pg.AxisItem], x_title: str = "", y_title: str = "") -> pg.PlotWidget:
    widget = pg.PlotWidget(axisItems=axes)
    item = widget.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setMenuEnabled(False)
    for side, title in (("bottom", x_title), ("left", y_title)):
        if title:
            item.getAxis(side).setLabel(title)
            item.getAxis(side).label.setFont(chart_font(9))
    for side in ("bottom", "left"):
        item.getAxis(side).setStyle(tickFont=chart_font(8))
    return widget


def add_legend(widget: pg.PlotWidget, offset=(10, 10)) -> pg.LegendItem:
    legend = widget.getPlotItem().addLegend(offset=offset, labelTextSize="8pt")
    legend.setBrush(pg.mkBrush(255, 255, 255, 220))
    return legend


def hover_points(xs, ys, tips: Sequence[str], colour: QColor | str, size: float = 7) -> pg.ScatterPlotItem:
    """Points that show ``tips[i]`` as a tooltip when the mouse is over them."""
    return pg.ScatterPlotItem(
        x=list(xs), y=list(ys), data=list(tips), size=size, pen=pg.mkPen("w"), brush=pg.mkBrush(colour),
        hoverable=True, hoverSize=size + 4, tip=lambda x, y, data: data,
    )


def legend_html(entries: Sequence[tuple[str, QColor | str]], columns: int = 2) -> str:
    """A legend as rich text for a QLabel under a chart (long Japanese
    candidate names do not fit inside the plot without hiding lines)."""
    cells = [f"<td style='padding-right:14px'><span style='color:{pg.mkColor(c).name()}'>■</span> "
             f"{html.escape(name)}</td>" for name, c in entries]
    rows = ["<tr>" + "".join(cells[i:i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
    return "<table>" + "".join(rows) + "</table>"


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """Tell the user (``kind``: information, warning, critical).  Tests replace it."""
    getattr(QMessageBox, kind)(parent, title, text)


class ChartPanel(QWidget):
    """A titled chart with a "Save as PNG" button."""

    def __init__(self, title: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.title = QLabel(title, self)
        font = chart_font(11)
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = QPushButton(QCoreApplication.translate("ChartPanel", "&Save as PNG…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(head)
        self.body.addWidget(self.note)

    #: True while a what-if slider is held down: frames must stay short, so
    #: lines are drawn without antialiasing and tables wait for the release
    draft = False

    def set_results(self, results: Results) -> None:  # pragma: no cover - every chart draws its own
        raise NotImplementedError

    def set_draft(self, on: bool) -> None:
        """Draft drawing on or off for every plot of the chart (also items
        added since the last call: the results view calls it after each draw)."""
        self.draft = on
        for plot in self.findChildren(pg.PlotWidget):
            for item in plot.scene().items():
                opts = getattr(item, "opts", None)
                if isinstance(opts, dict) and "antialias" in opts and opts["antialias"] == on:
                    opts["antialias"] = not on
                    item.update()

    def save_png(self, path: str) -> bool:
        """Write the chart (title and legend included) to ``path`` as PNG."""
        return self.grab().save(path, "PNG")

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ChartPanel", "Save chart as PNG"), self.title.text() + ".png",
            QCoreApplication.translate("ChartPanel", "PNG image (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            if not self.save_png(path):
                translate = QCoreApplication.translate
                show_message(self, "warning", translate("ChartPanel", "Chart not saved"),
                             translate("ChartPanel", "The chart could not be written to %1. Check that the "
                                                     "folder exists and that you may write there.").replace("%1", path))


def hold_range(item: pg.PlotItem, x: tuple[float, float] | None = None,
               y: tuple[float, float] | None = None) -> None:
    """The view of a draft (a what-if slider held): widened to ``x``/``y`` when
    the figures leave it, never narrowed, so the axes' labels are not redrawn
    at every move (the slow part of a draft's frame).  The release draws the
    chart with its exact range."""
    (x0, x1), (y0, y1) = item.getViewBox().viewRange()
    if x is not None and (x[0] < x0 or x[1] > x1):
        item.setXRange(min(x[0], x0), max(x[1], x1), padding=0)
    if y is not None and (y[0] < y0 or y[1] > y1):
        item.setYRange(min(y[0], y0), max(y[1], y1), padding=0)


def excluded_indices(results) -> set[int]:
    """Positions in ``results.sim.candidates`` of the candidates the must-haves exclude."""
    from vendorpick.results import sim_index

    if results.ranking is None:
        return set()
    return {sim_index(results.sim, e.candidate) for e in results.ranking.excluded}


def excluded_suffix(lang: str) -> str:
    """What a chart's legend adds to an excluded candidate's name."""
    return "（除外）" if lang == "ja" else " (excluded)"


def excluded_pen(index: int, width: float = 1.5):
    """Excluded candidates: dashed, in a faded version of their colour."""
    colour = QColor(candidate_colour(index))
    colour.setAlpha(140)
    return pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine)
