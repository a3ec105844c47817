"""The results screen: ranking, charts, peak month and what-if.

Every change of the document (and every move of a what-if slider) asks the
:class:`~vendorpick.ui.workers.ResultsService` for new figures; the service
computes them off the GUI thread and hands back only the newest.  The page
then fills the tab on screen (the ranking table or a chart); the other tabs are
filled when they are opened (so an edit costs one tab, not nine).
While a what-if slider is held down the ranking follows every move (its
columns keep their widths until the release), and the chart on screen is
redrawn as a draft (no antialiasing, no table) in its own turn of the event
loop, at most every ``DRAFT_INTERVAL_MS``; on the release it is drawn in full
(issue 13: no frame over 100 ms while dragging).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vendorpick.formatting import number
from vendorpick.project import edit_builders_project as pb
from vendorpick.project.model import Project
from vendorpick.results import Results, WhatIf, current_weights, whatif_edit
from vendorpick.ui.charts.base import ChartPanel
from vendorpick.ui.charts.contribution import ContributionChart
from vendorpick.ui.charts.crossover import CrossoverChart
from vendorpick.ui.charts.monthly import MonthlyCostChart
from vendorpick.ui.charts.risk import RiskChart
from vendorpick.ui.charts.sensitivity import SensitivityChart
from vendorpick.ui.charts.value import ValueChart
from vendorpick.ui.garbage import hold_garbage_collection
from vendorpick.ui.undo import Document
from vendorpick.ui.views.results_peak import PeakPanel
from vendorpick.ui.views.results_service import ServicePanel
from vendorpick.ui.views.results_table import RankingPanel
from vendorpick.ui.views.results_whatif import WhatIfPanel
from vendorpick.ui.workers import ResultsService

#: while a what-if slider is held, the chart on screen is redrawn at most this often
DRAFT_INTERVAL_MS = 150
DRAFT_GAP_MS = 20

#: a tab of the page: each shows the newest results
Panel = RankingPanel | ChartPanel | PeakPanel | ServicePanel


class ResultsView(QWidget):
    """Live results of the document's project."""

    #: emitted after the page shows new results (tests, benchmark)
    resultsShown = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None, *, service: ResultsService | None = None):
        super().__init__(parent)
        self.document = document
        lang = document.lang
        self.service = service or ResultsService(self)
        self.results: Results | None = None
        self.ranking = RankingPanel(lang, self)
        self.breakdown = ContributionChart(lang, self)
        self.monthly = MonthlyCostChart(lang, self)
        self.risk = RiskChart(lang, self)
        self.crossover = CrossoverChart(lang, self)
        self.value = ValueChart(lang, self)
        self.sensitivity = SensitivityChart(lang, self)
        self.peak = PeakPanel(lang, self)
        self.service_levels = ServicePanel(lang, self)
        self.whatif_panel = WhatIfPanel(self)
        self.tabs = QTabWidget(self)
        self._panels: list[Panel] = []
        for widget, title in ((self.ranking, self.tr("Ranking")), (self.breakdown, self.tr("Why this order")),
                              (self.monthly, self.tr("Monthly cost")),
                              (self.risk, self.tr("Risk")), (self.crossover, self.tr("Break-even")),
                              (self.value, self.tr("Value for money")), (self.sensitivity, self.tr("Sensitivity")),
                              (self.peak, self.tr("Peak month")), (self.service_levels, self.service_levels.title())):
            self.tabs.addTab(widget, title)
            self._panels.append(widget)
        self._dirty: set[Panel] = set()
        self._drafting = False
        self._drawn = QElapsedTimer()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self._draw_draft)
        self._build_header()
        self._build_layout()
        self._connect()
        self._on_document_changed(document.project)

    def _build_header(self) -> None:
        self.status = QLabel(self.tr("Computing…"), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy.setToolTip(self.tr("Computing…"))
        self._build_uncovered_warning()

    def _build_uncovered_warning(self) -> None:
        """The banner shown when candidates leave contacts to the shop and
        those contacts cost nothing because no in-house cost is set."""
        self.uncovered_warning = QFrame(self)
        self.uncovered_warning.setObjectName("uncoveredWarning")
        self.uncovered_warning.setStyleSheet("#uncoveredWarning { background: #fff4e5; border: 1px solid #e65100;"
                                             " border-radius: 4px; }")
        self.uncovered_text = QLabel("", self.uncovered_warning)
        self.uncovered_text.setWordWrap(True)
        self.uncovered_text.setStyleSheet("color: #7a2e00;")
        self.set_in_house_button = QPushButton(self.tr("Set &in-house cost…"), self.uncovered_warning)
        self.set_in_house_button.setToolTip(self.tr("What one contact costs the shop when it handles it itself "
                                                    "(staff time); also on the Settings page"))
        self.set_in_house_button.clicked.connect(lambda _checked=False: self.ask_in_house_cost())
        row = QHBoxLayout(self.uncovered_warning)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.uncovered_text, 1)
        row.addWidget(self.set_in_house_button)
        self.uncovered_warning.setVisible(False)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        header.addWidget(self.busy)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.whatif_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1000, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.uncovered_warning)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.document.changed.connect(self._on_document_changed)
        self.service.ready.connect(self._on_ready)
        self.service.failed.connect(self._on_failed)
        self.service.busyChanged.connect(self.busy.setVisible)
        self.whatif_panel.changed.connect(self._on_whatif_changed)
        self.whatif_panel.applyRequested.connect(self._on_apply_requested)
        self.whatif_panel.held.connect(self._on_slider_held)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, project: Project) -> None:
        # Ask for figures first: the worker starts while the sliders are reset.
        self.service.request(project, WhatIf())
        self.whatif_panel.set_criteria(project, current_weights(project, None))

    def _on_whatif_changed(self, whatif: WhatIf) -> None:
        self.service.request(self.document.project, whatif)

    def _on_apply_requested(self, whatif: WhatIf) -> None:
        edit = whatif_edit(self.document.project, whatif)
        if edit is not None:
            self.document.apply(edit)

    def _on_ready(self, results: Results) -> None:
        previous, self.results = self.results, results
        if not results.whatif.active and self.document.project.weighting.method != "direct" \
                and results.ranking is not None:
            self.whatif_panel.set_criteria(self.document.project, current_weights(results.project, results.ranking))
        self._show_status(results)
        self._show_uncovered(results)
        if previous is not None and previous.sim is results.sim and previous.whatif == results.whatif:
            # the second pass adds only the sensitivity figures (and the ranking's columns of them)
            self._dirty |= {self.ranking, self.sensitivity}
        else:
            self._dirty = {self.ranking, self.breakdown, self.monthly, self.risk, self.crossover, self.value,
                           self.sensitivity, self.peak, self.service_levels}
        self._refresh_current()
        self.resultsShown.emit(results)

    def ask_in_house_cost(self) -> bool:
        """Ask what one contact costs the shop and set it as one undoable edit
        (the results are then recomputed like after any edit)."""
        current = self.document.project.settings.in_house_cost_per_contact
        value, ok = QInputDialog.getDouble(
            self, self.tr("In-house cost per contact"),
            self.tr("What does one contact cost the shop when it answers it itself (yen, tax excluded)?\n"
                    "For example staff time: 10 minutes at ¥1,800 an hour is ¥300."),
            current, 0.0, 1_000_000.0, 0)
        if not ok or value == current:
            return False
        return not self.document.apply(pb.set_field(self.document.project, "in_house_cost_per_contact",
                                                    float(value)))

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The results could not be computed:") + "\n" + message.strip().splitlines()[-1])

    def _on_tab_changed(self, _index: int) -> None:
        self._refresh_current()

    # ---------------------------------------------------------------- helpers

    def refresh_all(self) -> None:
        """Draw every chart now (PNG export of all charts, tests)."""
        for widget in list(self._dirty):
            self._refresh(widget)

    def _current(self) -> Panel | None:
        """The panel of the tab on screen."""
        widget = self.tabs.currentWidget()
        return next((panel for panel in self._panels if panel is widget), None)

    def _refresh_current(self) -> None:
        widget = self._current()
        if widget is None:
            return
        if widget not in self._dirty:
            if widget is self.ranking and not self.whatif_panel.is_held():
                self.ranking.settle()
            return
        if self._drafting and isinstance(widget, ChartPanel):
            if not self._draft_timer.isActive():
                wait = DRAFT_INTERVAL_MS - self._drawn.elapsed() if self._drawn.isValid() else 0
                # never in the turn that brought the figures (the ranking's update is in that one)
                self._draft_timer.start(max(DRAFT_GAP_MS, int(wait)))
            return
        self._refresh(widget)

    def _on_slider_held(self, held: bool) -> None:
        """A what-if slider pressed (charts as drafts) or released (in full)."""
        if held == self._drafting:
            return
        self._drafting = held
        hold_garbage_collection(held)
        charts = [panel for panel in self._panels if isinstance(panel, ChartPanel)]
        if held:
            self._drawn.invalidate()
            return
        self._draft_timer.stop()
        if not self.service.pending and self.tabs.currentWidget() is self.ranking:
            self.ranking.settle()  # else fitted when the newest figures arrive or the tab is opened
        for chart in charts:
            if chart.draft:
                chart.set_draft(False)
                self._dirty.add(chart)  # its table and antialiased lines
        if not self.service.pending:  # else the newest figures are drawn in full when they arrive
            self._refresh_current()

    def _draw_draft(self) -> None:
        if not self.whatif_panel.is_held():  # a slider rebuilt while held never says it was released
            self._on_slider_held(False)
            return
        widget = self._current()
        if not self._drafting or not isinstance(widget, ChartPanel) or widget not in self._dirty:
            return
        widget.set_draft(True)
        self._refresh(widget)
        widget.set_draft(True)  # items the draw added
        self._drawn.restart()

    def _refresh(self, widget: Panel) -> None:
        if widget is self.ranking:
            if self.results is not None:  # its columns are fitted once the slider is released
                self.ranking.set_results(self.results, held=self.whatif_panel.is_held())
        elif self.results is not None:
            widget.set_results(self.results)
        self._dirty.discard(widget)

    def _show_uncovered(self, results: Results) -> None:
        sim = results.sim
        leaving = [(float(sim.uncovered_contacts[i]), ref) for i, ref in enumerate(sim.candidates)
                   if sim.uncovered_contacts[i] >= 0.5]
        show = bool(leaving) and results.project.settings.in_house_cost_per_contact == 0
        if show:
            contacts, ref = max(leaving, key=lambda item: item[0])
            self.uncovered_text.setText(
                self.tr("%1 of %2 candidates leave contacts to the shop (most: %3, %4 contacts), and those "
                        "contacts are costed at ¥0 because no in-house cost per contact is set. Plans that "
                        "cover fewer hours then look cheaper than they are.")
                .replace("%1", str(len(leaving))).replace("%2", str(len(sim.candidates)))
                .replace("%3", f"{ref.vendor} / {ref.plan}").replace("%4", number(contacts)))
        self.uncovered_warning.setVisible(show)

    def _show_status(self, results: Results) -> None:
        lang = self.document.lang
        parts = []
        if not results.sim.candidates:
            parts.append(self.tr("No candidates yet: add vendors and their plans (or import quotes)."))
        elif results.problems:
            parts.append(self.tr("The ranking needs fixing:") + " " +
                         "; ".join(p.message(lang) for p in results.problems[:5]))
        elif results.ranking is not None and results.ranking.ranking:
            best = results.ranking.ranking[0]
            parts.append(self.tr("Best: %1 / %2 (score %3)").replace("%1", best.vendor)
                         .replace("%2", best.plan).replace("%3", number(best.score, 1)))
        if results.ranking is not None:
            parts += [w.message(lang) for w in results.ranking.warnings]
        if results.whatif.active:
            parts.append(self.tr("What-if: volume %1%").replace("%1", f"{100 * results.whatif.volume:.0f}"))
        self.status.setText("  ".join(parts))
