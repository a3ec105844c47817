"""Crossover: monthly cost against monthly contacts for chosen candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from vendorpick.results import Crossing, Results, candidate_label, crossings, crossover_curves, sim_index
from vendorpick.ui.charts.base import (
    ChartPanel,
    YenAxis,
    add_legend,
    chart_font,
    hover_points,
    new_plot,
    pen,
    swatch_icon,
    yen_full,
)
from vendorpick.ui.widgets.numbers import format_number

if TYPE_CHECKING:
    from vendorpick.pricing.simulate import SimulationResult

DEFAULT_CHOSEN = 3


class CrossoverChart(ChartPanel):
    """Lines of monthly cost (at the horizon's average band mix) from 0 to
    well past the busiest month; crossing points marked and explained."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(self.tr("Break-even"), lang, parent)
        self.note.setText(self.tr("Monthly cost (tax excluded, no setup fee) at each monthly volume. "
                                  "Tick the candidates to compare."))
        self.plot = new_plot({"left": YenAxis("left", lang)}, self.tr("Contacts per month"),
                             self.tr("Cost per month"))
        self.chooser = QListWidget(self)
        self.chooser.setMaximumWidth(320)
        self.chooser.itemChanged.connect(self._on_choice_changed)
        self.statements = QLabel("", self)
        self.statements.setWordWrap(True)
        self.statements.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.plot, 1)
        row.addWidget(self.chooser)
        self.body.addLayout(row, 1)
        self.body.addWidget(self.statements)
        self.results: Results | None = None
        self.curves: dict[int, tuple[list[float], list[float]]] = {}
        self.crossings: list[Crossing] = []

    def chosen(self) -> list[int]:
        return [self.chooser.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chooser.count())
                if self.chooser.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, candidates: list[int]) -> None:
        self.chooser.blockSignals(True)
        for i in range(self.chooser.count()):
            item = self.chooser.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in candidates
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.chooser.blockSignals(False)
        self._redraw()

    def set_results(self, results: Results) -> None:
        keep = set(self.chosen()) if self.results is not None else None
        self.results = results
        sim = results.sim
        if keep is None or not keep:
            ranked = [sim_index(sim, r.candidate) for r in results.ranking.ranking] if results.ranking else []
            keep = set((ranked or list(range(len(sim.candidates))))[:DEFAULT_CHOSEN])
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for c, ref in enumerate(sim.candidates):
            item = QListWidgetItem(candidate_label(ref.vendor, ref.plan))
            item.setData(Qt.ItemDataRole.UserRole, c)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c in keep else Qt.CheckState.Unchecked)
            item.setIcon(swatch_icon(c))  # black text beside a colour swatch: yellow text was unreadable
            item.setToolTip(item.text())  # long names are cut by the list's width
            self.chooser.addItem(item)
        self.chooser.blockSignals(False)
        self._redraw()

    def _on_choice_changed(self, _item: QListWidgetItem) -> None:
        self._redraw()

    @staticmethod
    def x_max(sim: SimulationResult, chosen: list[int]) -> float:
        """Twice the busiest month, and past every crossing of the chosen ones."""
        top = max([float(v) for v in sim.contacts] or [1.0])
        cross = [c.monthly_contacts for c in crossings(sim, chosen)]
        return max([2.0 * top, 100.0] + [1.25 * x for x in cross])

    def _redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        legend = item.legend or add_legend(self.plot)
        legend.clear()
        self.curves, self.crossings = {}, []
        if self.results is None:
            return
        sim, chosen = self.results.sim, self.chosen()
        xs, curves = crossover_curves(sim, chosen, self.x_max(sim, chosen))
        for c in chosen:
            ref = sim.candidates[c]
            self.curves[c] = (xs, curves[c])
            item.plot(xs, curves[c], pen=pen(c), name=candidate_label(ref.vendor, ref.plan))
        self.crossings = crossings(sim, chosen)
        self._mark_crossings(item, sim)

    def _mark_crossings(self, item: pg.PlotItem, sim: SimulationResult) -> None:
        lang = self.lang
        lines: list[str] = []
        for n, cross in enumerate(self.crossings):
            above, below = sim.candidates[cross.above], sim.candidates[cross.below]
            quote = ("「{}」" if lang == "ja" else "“{}”").format  # English text never uses 「」
            text = (self.tr("%1 is cheaper than %2 above %3 contacts a month")
                    .replace("%1", quote(f"{above.vendor} {above.plan}"))
                    .replace("%2", quote(f"{below.vendor} {below.plan}"))
                    .replace("%3", format_number(cross.monthly_contacts, 0)))
            lines.append("• " + text + f"（{yen_full(cross.cost, lang)}）" if lang == "ja"
                         else "• " + text + f" ({yen_full(cross.cost, lang)})")
            item.addItem(hover_points([cross.monthly_contacts], [cross.cost], [text], "#222222", size=11))
            # alternate above/below so labels of nearby crossings do not overlap
            label = pg.TextItem(format_number(cross.monthly_contacts, 0), color="#222",
                                anchor=(1.1, 1.2) if n % 2 == 0 else (-0.1, -0.2))
            label.setFont(chart_font(8))
            label.setPos(cross.monthly_contacts, cross.cost)
            item.addItem(label)
        if not self.crossings:
            lines.append(self.tr("The chosen candidates' costs do not cross."))
        self.statements.setText("\n".join(lines))
