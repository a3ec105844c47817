""""Fit forecast from history…": a wizard over :mod:`vendorpick.history`.

Three pages: the files (whether the Rakuten sale calendar of those years
counts as past events, and an optional file of past events, a JSON list as in
``events``, as ``vendorpick fit --events``); what was read — format, encoding, columns (which the
user may change), rows and date range — while the files are read and fitted
in a worker thread with progress and Cancel; and the preview — the history
against the fitted model by month, weekday and hour, the backtest error
beside the seasonal naive one, the channel shares, and the notes.  Finishing applies the fitted
forecast as one undoable edit; cancelling leaves the project untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vendorpick.errors import InputError, Problem, problems_text
from vendorpick.project import edit_builders_project as pb
from vendorpick.project.model import Event, Project
from vendorpick.ui.feedback import status_text
from vendorpick.ui.tasks import TaskRunner, TaskState
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast_chart import month_tick_labels
from vendorpick.ui.widgets.charts import BarChart, LineChart
from vendorpick.ui.widgets.numbers import format_number
from vendorpick.vocabulary import channel_label, listed

if TYPE_CHECKING:  # the history modules are imported when the wizard reads files
    from vendorpick.history.fit import FitResult
    from vendorpick.history.rows import Columns


def fit_task(paths: Sequence[str], columns: Columns | None, project: Project, rakuten: bool, lang: str,
             events: Sequence[Event] = ()) -> Callable[[TaskState], FitResult]:
    """The reading and fitting, as a task of a :class:`~vendorpick.ui.tasks.TaskRunner`
    (an :class:`~vendorpick.errors.InputError` is the files' problems); ``events``
    are past events from a file, beside the project's."""
    project = project.model_copy(deep=True)
    paths, events = list(paths), list(events)

    def run(state: TaskState) -> FitResult:
        from vendorpick.history.api import fit_files

        return fit_files(paths, project, events=events, rakuten=rakuten, columns=columns, lang=lang,
                         progress=state.set_progress, cancelled=state.cancelled)

    return run


class FilesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("History files"))
        self.setSubTitle(self.tr("Choose the shop's past contacts: CSV (UTF-8 or Shift_JIS), Excel, or the JSON "
                                 "of RMS inquiries. Several files are read as one history."))
        self.files = QListWidget(self)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.rakuten = QCheckBox(self.tr("Count the Rakuten &sale calendar of those years as past events "
                                         "(Super SALE, Shopping Marathon, year-end rush)"), self)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("The project's own sale events are always counted as past events."), self)
        hint.setWordWrap(True)
        self.events: list[Event] = []
        self.events_path: str | None = None
        self.events_button = QPushButton(self.tr("Past &events file…"), self)
        self.events_button.setToolTip(self.tr("A JSON list of past sale events, each with name, start, end "
                                              "and multiplier, as in the project's events"))
        self.events_clear = QPushButton(self.tr("Forget events &file"), self)
        self.events_label = QLabel(self.tr("No past events file."), self)
        self.events_label.setWordWrap(True)
        self.events_error = QLabel(self)
        self.events_error.setWordWrap(True)
        self.events_error.setStyleSheet("color: #b00020;")
        self.events_button.clicked.connect(self._on_events)
        self.events_clear.clicked.connect(lambda: self.set_events_file(None))
        self.events_clear.setEnabled(False)
        events_row = QHBoxLayout()
        events_row.addWidget(self.events_button)
        events_row.addWidget(self.events_clear)
        events_row.addWidget(self.events_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.rakuten)
        layout.addWidget(hint)
        layout.addLayout(events_row)
        layout.addWidget(self.events_error)

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def set_paths(self, paths: Sequence[str]) -> None:
        for path in paths:
            if path not in self.paths():
                self.files.addItem(str(path))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.files.count() > 0

    def _on_add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose history files"), "",
            self.tr("Histories (*.csv *.tsv *.txt *.xlsx *.json);;All files (*)"))
        self.set_paths(paths)

    def set_events_file(self, path: str | None, lang: str | None = None) -> bool:
        """Read past events from ``path`` (None: none); a refused file is said
        on the page in the user's language and the previous events stay."""
        from vendorpick.history.api import events_from_file

        self.events_error.clear()
        if not path:
            self.events, self.events_path = [], None
            self.events_label.setText(self.tr("No past events file."))
            self.events_clear.setEnabled(False)
            return True
        wizard = self.wizard()
        lang = lang or (wizard.document.lang if isinstance(wizard, HistoryWizard) else "en")
        try:
            events = events_from_file(path)
        except InputError as exc:
            self.events_error.setText(self.tr("The events file cannot be used:") + "\n"
                                      + problems_text(exc.problems, lang, limit=12))
            return False
        except OSError as exc:
            self.events_error.setText(self.tr("The events file cannot be read: %1")
                                      .replace("%1", exc.strerror or str(exc)))
            return False
        self.events, self.events_path = events, path
        self.events_label.setText(self.tr("Past events file %1: %2 events.").replace("%1", Path(path).name)
                                  .replace("%2", str(len(events))))
        self.events_clear.setEnabled(True)
        return True

    def _on_events(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a past events file"), "",
                                              self.tr("Events (*.json);;All files (*)"))
        if path:
            self.set_events_file(path)

    def _on_remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.completeChanged.emit()


class ColumnsPage(QWizardPage):
    """Reads and fits in the background; shows what was read; columns editable."""

    def __init__(self, wizard: HistoryWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("What was read"))
        self.setSubTitle(self.tr("Check the columns vendorpick picked; change them if they are wrong."))
        self.date_combo, self.channel_combo, self.count_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date-time column:"), self.date_combo)
        form.addRow(self.tr("C&hannel column:"), self.channel_combo)
        form.addRow(self.tr("C&ount column:"), self.count_combo)
        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Stop &reading"), self)
        self.cancel_button.clicked.connect(self._on_cancel)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(busy)
        layout.addWidget(self.files_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for combo in (self.date_combo, self.channel_combo, self.count_combo):
            combo.activated.connect(self._on_column_chosen)
        runner = wizard.runner
        runner.progress.connect(lambda f: self.progress.setValue(int(round(f * 100))))
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._wizard.columns = None
        self._start()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self._wizard.runner.cancel()
        self._busy(False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.fit is not None and not self._wizard.runner.running

    def _start(self) -> None:
        self._wizard.fit = None
        self.error_label.clear()
        self._busy(True)
        self._wizard.start_fit()
        self.completeChanged.emit()

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for combo in (self.date_combo, self.channel_combo, self.count_combo):
            combo.setEnabled(not busy and combo.count() > 0)

    def _on_cancel(self) -> None:
        self._wizard.runner.cancel()
        self._busy(False)
        self.error_label.setText(self.tr("Reading stopped."))
        self.completeChanged.emit()

    def _on_finished(self, result: FitResult) -> None:
        self._wizard.fit = result
        self._show_files(result.history.files)
        s = result.summary()
        months = result.whole_months
        self.files_label.setText(self.files_label.text() + "\n\n" + self.tr(
            "History %1 – %2: %3 contacts, %4 whole months (%5 – %6).")
            .replace("%1", s["first"]).replace("%2", s["last"]).replace("%3", format_number(s["contacts"], 0))
            .replace("%4", str(len(months))).replace("%5", months[0]).replace("%6", months[-1]))
        self._busy(False)
        self.completeChanged.emit()

    def _on_refused(self, problems: list[Problem]) -> None:
        lang = self._wizard.document.lang
        self.error_label.setText(problems_text(problems, lang, limit=12))
        self._busy(False)
        self._fill_from_first_file()
        self.completeChanged.emit()

    def _on_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, InputError):
            self._on_refused(exc.problems)
            return
        self.error_label.setText(self.tr("The history could not be read: %1").replace("%1", details.splitlines()[-1]))
        self._busy(False)
        self.completeChanged.emit()

    def _show_files(self, infos) -> None:
        lines = []
        for f in infos:
            kind = {"contacts": self.tr("one row per contact"), "daily": self.tr("counts per day"),
                    "hourly": self.tr("counts per hour")}[f.shape]
            lines.append(self.tr("%1: %2, %3, %4 rows (%5 unreadable), %6 – %7")
                         .replace("%1", f.name).replace("%2", f"{f.format.upper()} {f.encoding or ''}".strip())
                         .replace("%3", kind).replace("%4", format_number(f.rows, 0))
                         .replace("%5", format_number(f.bad_rows, 0)).replace("%6", f.first or "-")
                         .replace("%7", f.last or "-"))
        self.files_label.setText("\n".join(lines))
        first = infos[0]
        self._fill_combos(first.header, first.columns, editable=first.format != "rms")

    def _fill_from_first_file(self) -> None:
        """After a refusal, offer the first file's header so the user can pick the columns."""
        from vendorpick.errors import InputError
        from vendorpick.history.read import Columns, detect_encoding, pick_columns

        paths = self._wizard.files_page.paths()
        if not paths or Path(paths[0]).suffix.lower() not in (".csv", ".tsv", ".txt"):
            return
        try:
            with open(paths[0], encoding=detect_encoding(Path(paths[0])), errors="replace") as fh:
                line = fh.readline()
        except (OSError, InputError):
            return
        header = [h.strip().lstrip("\ufeff") for h in line.rstrip("\r\n").split("\t" if "\t" in line else ",")]
        self._fill_combos(header, pick_columns(header, self._wizard.columns or Columns()), editable=True)

    def _fill_combos(self, header: list[str], chosen, editable: bool) -> None:
        none = self.tr("(none)")
        for combo, value, optional in ((self.date_combo, chosen.date, False),
                                       (self.channel_combo, chosen.channel, True),
                                       (self.count_combo, chosen.count, True)):
            combo.clear()
            if optional:
                combo.addItem(none, "")
            for name in header:
                combo.addItem(name, name)
            index = combo.findData(value or "")
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(editable)

    def _on_column_chosen(self, _index: int) -> None:
        from vendorpick.history.read import Columns

        self._wizard.columns = Columns(date=self.date_combo.currentData() or None,
                                       channel=self.channel_combo.currentData() or "",
                                       count=self.count_combo.currentData() or "")
        self._start()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: HistoryWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview of the fitted forecast"))
        self.setSubTitle(self.tr("The history against the fitted model. Apply replaces the project's forecast "
                                 "(sale events kept) in one step you can undo."))
        self.month_chart = LineChart(self.tr("Contacts per whole month"), self.tr("contacts"), self)
        self.weekday_chart = BarChart(self.tr("Day weights"), "", self)
        self.hour_chart = LineChart(self.tr("Share of contacts by hour (%)"), "", self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.channels = QLabel(self)
        self.channels.setWordWrap(True)
        self.backtest = QLabel(self)
        self.backtest.setWordWrap(True)
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        grid = QGridLayout()
        grid.addWidget(self.month_chart, 0, 0, 1, 2)
        grid.addWidget(self.weekday_chart, 1, 0)
        grid.addWidget(self.hour_chart, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.channels)
        layout.addWidget(self.backtest)
        notes_label = QLabel(self.tr("&Notes:"), self)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self._wizard.fit is not None:  # the page before is complete only with one
            self.show_result(self._wizard.fit)

    def show_result(self, result: FitResult) -> None:
        import numpy as np

        fc = result.forecast
        # a tick every quarter, with the year on the first month and on January
        labels = month_tick_labels(result.whole_months, every=3)
        self.month_chart.set_data(labels, [(self.tr("History"), result.month_actual),
                                           (self.tr("Fitted model"), result.month_fitted)])
        days = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun"), self.tr("Hol")]
        ratios = list(result.weekday_ratio.values())
        weekdays = [r for r in ratios[:5] if r is not None]
        scale = float(np.mean(weekdays)) if weekdays else 1.0
        observed = [(r / scale if r is not None else 0.0) for r in ratios]
        fitted = [*fc.day_weights.by_weekday(), fc.day_weights.holiday]
        now = self._wizard.document.project.forecast
        current = [*now.day_weights.by_weekday(), now.day_weights.holiday]
        self.weekday_chart.set_data(days, [(self.tr("History"), observed), (self.tr("Fitted"), fitted),
                                           (self.tr("Current"), current)])

        def percent(profile):
            return (np.asarray(profile) / np.sum(profile) * 100).tolist()

        self.hour_chart.set_data([str(h) for h in range(24)], [
            (self.tr("Weekdays"), percent(fc.hourly_profile)),
            (self.tr("Weekends and holidays"), percent(fc.holiday_profile())),
            (self.tr("Current, weekdays"), percent(now.hourly_profile))], tick_every=3)
        self.summary.setText(
            self.tr("Base %1 contacts a month, growth %2 a year, volatility (cv) %3, correlation %4.")
            .replace("%1", format_number(fc.base_monthly_contacts, 0))
            .replace("%2", f"{fc.growth_per_year * 100:.1f} %").replace("%3", f"{fc.uncertainty.cv:.3f}")
            .replace("%4", f"{fc.uncertainty.correlation:.2f}"))
        self.channels.setText(self.channel_text(fc))
        bt = result.backtest
        if bt is None or bt.mape is None:
            self.backtest.setText(self.tr("No backtest: it needs 6 or more whole months of history."))
        else:
            self.backtest.setText(
                self.tr("Backtest on %1 – %2 (fitted on the months before): mean absolute percentage error "
                        "%3, seasonal naive forecast %4.")
                .replace("%1", bt.months[0]).replace("%2", bt.months[-1]).replace("%3", f"{bt.mape * 100:.1f} %")
                .replace("%4", "-" if bt.naive_mape is None else f"{bt.naive_mape * 100:.1f} %"))
        self.notes.clear()
        self.notes.addItems([n.text(self._wizard.document.lang) for n in result.notes])


    def channel_text(self, fc) -> str:
        """The fitted channel shares, largest first (SPEC 9 step 7), each channel
        by its name in the project or the usual word for its id (vendorpick.vocabulary)."""
        if not fc.channels:
            return self.tr("Channels: none in the history (the forecast is one channel).")
        total = sum(c.share for c in fc.channels) or 1.0
        lang = self._wizard.document.lang
        parts = [f"{channel_label(c.id, c.name, lang)} {format_number(c.share / total * 100, 1)} %"
                 for c in sorted(fc.channels, key=lambda c: -c.share)]
        return self.tr("Channels: %1.").replace("%1", listed(parts).render(lang))


class HistoryWizard(QWizard):
    """Choose files → check what was read → preview → apply as one edit."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        #: the reading and fitting of the files chosen (None while it runs or when it failed)
        self.fit: FitResult | None = None
        #: the columns the user chose on the columns page (None: as vendorpick picks them)
        self.columns: Columns | None = None
        # every failure is said on the page (a file's problems or the last line of the error)
        self.runner = TaskRunner(self, expected=(Exception,))
        self.setWindowTitle(self.tr("Fit Forecast from History"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Apply"))
        self.files_page = FilesPage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.files_page, self.columns_page, self.preview_page):
            self.addPage(page)
        self.resize(980, 760)

    def start_fit(self) -> None:
        self.runner.start(fit_task(self.files_page.paths(), self.columns, self.document.project,
                                   self.files_page.rakuten.isChecked(), self.document.lang, self.files_page.events))

    def accept(self) -> None:
        if self.fit is not None:
            problems = self.document.apply(pb.fit_forecast(self.document.project, self.fit.forecast))
            if problems:  # the fitted values break a rule of the file: say why and stay open
                self.preview_page.error_label.setText(
                    status_text(problems, self.document.lang, self.tr("The fitted forecast cannot be applied")))
                return
        super().accept()

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()


def open_history_wizard(document: Document, parent: QWidget | None = None) -> HistoryWizard:
    wizard = HistoryWizard(document, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def history_button(document: Document, parent: QWidget) -> QPushButton:
    """The Forecast page's button that opens the wizard (its texts in this module's translation part)."""
    button = QPushButton(QCoreApplication.translate("HistoryWizard", "F&it from history…"), parent)
    button.setToolTip(QCoreApplication.translate(
        "HistoryWizard", "Fit the forecast to the shop's past contacts (CSV, Excel or RMS inquiries)"))
    button.clicked.connect(lambda: open_history_wizard(document, parent.window()))
    return button
