"""The Criteria screen: criteria, weighting method, scores and evaluators (SPEC 4, 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.errors import InputError
from vendorpick.project import edit_builders as eb
from vendorpick.project import edit_builders_project as pb
from vendorpick.scoring.weights import criterion_weights
from vendorpick.ui.dialogs.ahp import AhpDialog
from vendorpick.ui.feedback import submit
from vendorpick.ui.models.criteria import (
    CRITERION_ROLE,
    CriteriaTableModel,
    EvaluationsTableModel,
    ScoresTableModel,
)
from vendorpick.ui.undo import Document
from vendorpick.ui.views.editing import ChoiceDelegate, EditTableView, radio_group, show_model
from vendorpick.ui.widgets.numbers import format_number


class ScoreDelegate(ChoiceDelegate):
    """A plain text field for ratings and numbers: what the user types reaches
    the model, which refuses a value off the criterion's scale with the
    reason (a spin box silently kept its old value and pushed an empty undo
    step)."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        crit = index.data(CRITERION_ROLE)
        if crit is None or crit.kind not in ("rating", "number"):
            return super().createEditor(parent, option, index)
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if crit.kind == "rating":
            editor.setPlaceholderText(f"{format_number(crit.scale_min)}–{format_number(crit.scale_max)}")
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if isinstance(editor, QLineEdit) and index.data(CRITERION_ROLE) is not None:
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QLineEdit) and index.data(CRITERION_ROLE) is not None:
            text = editor.text().strip()
            if text and text != str(index.data(Qt.ItemDataRole.EditRole) or ""):
                model.setData(index, text, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CriteriaView(QWidget):
    """What candidates are judged on, how much each counts, and the scores."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.criteria_model = CriteriaTableModel(document, self)
        self.scores_model = ScoresTableModel(document, self)
        self.evaluations_model = EvaluationsTableModel(document, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self._criteria_box(top), 1)
        methods = QHBoxLayout()
        methods.addWidget(self._weighting_box(top), 3)
        methods.addWidget(self._scoring_box(top), 1)
        top_layout.addLayout(methods)
        splitter.addWidget(top)
        splitter.addWidget(self._scores_tabs(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        document.changed.connect(self._on_document_changed)
        self._on_document_changed(document.project)

    # ------------------------------------------------------------ building

    def _table(self, model, parent: QWidget, delegate=None) -> EditTableView:
        view = EditTableView(parent)
        show_model(view, model)
        view.setItemDelegate(delegate or ChoiceDelegate(view))
        model.modelReset.connect(view.resizeColumnsToContents)
        view.resizeColumnsToContents()
        return view

    def _criteria_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Criteria"), parent)
        layout = QVBoxLayout(box)
        self.criteria_view = self._table(self.criteria_model, box)
        self.criteria_view.horizontalHeader().setSectionResizeMode(
            CriteriaTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.criteria_view.setMinimumHeight(180)
        self.criteria_view.deleteRequested.connect(self.remove_criterion)
        self.criteria_view.moveRequested.connect(self.move_criterion)
        layout.addWidget(self.criteria_view)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add criterion"), box)
        menu = QMenu(self.add_button)
        for kind, label in self.criteria_model.kind_names().items():
            if kind != "cost":
                menu.addAction(label).triggered.connect(lambda _=False, kind=kind: self.add_criterion(kind))
        self.add_button.setMenu(menu)
        remove = QPushButton(self.tr("&Delete criterion"), box)
        remove.clicked.connect(self.remove_criterion)
        row.addWidget(self.add_button)
        row.addWidget(remove)
        row.addStretch(1)
        self._move_buttons(box, row)
        layout.addLayout(row)
        return box

    def _move_buttons(self, box: QWidget, row: QHBoxLayout) -> None:
        for arrow, step, tip in ((Qt.ArrowType.UpArrow, -1, self.tr("More important (Ctrl+Up)")),
                                 (Qt.ArrowType.DownArrow, 1, self.tr("Less important (Ctrl+Down)"))):
            button = QToolButton(box)
            button.setArrowType(arrow)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, step=step: self.move_criterion(step))
            row.addWidget(button)

    def _weighting_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Weighting"), parent)
        layout = QHBoxLayout(box)
        self.method_radios = {
            "direct": QRadioButton(self.tr("Di&rect weights"), box),
            "rank": QRadioButton(self.tr("Ran&k order (top row most important)"), box),
            "ahp": QRadioButton(self.tr("Pair&wise comparison (AHP)"), box),
        }
        radio_group(box, self.method_radios, layout, self._on_method)
        self.ahp_button = QPushButton(self.tr("Edit &comparisons…"), box)
        self.ahp_button.clicked.connect(self.open_ahp)
        layout.addWidget(self.ahp_button)
        self.weighting_label = QLabel(box)
        self.weighting_label.setWordWrap(True)
        layout.addWidget(self.weighting_label, 1)
        return box

    def _scoring_box(self, parent: QWidget) -> QGroupBox:
        """How the weighted scores are combined (SPEC section 4): weighted sum or TOPSIS."""
        box = QGroupBox(self.tr("Scoring method"), parent)
        layout = QHBoxLayout(box)
        self.scoring_radios = {
            "weighted_sum": QRadioButton(self.tr("Wei&ghted sum"), box),
            "topsis": QRadioButton(self.tr("TO&PSIS"), box),
        }
        self.scoring_radios["weighted_sum"].setToolTip(self.tr("Score = the weighted mean of the normalised scores"))
        self.scoring_radios["topsis"].setToolTip(self.tr("Score = closeness to the ideal candidate and distance "
                                                         "from the worst one (TOPSIS)"))
        radio_group(box, self.scoring_radios, layout, self._on_scoring)
        layout.addStretch(1)
        return box

    def _scores_tabs(self, parent: QWidget) -> QTabWidget:
        tabs = QTabWidget(parent)
        self.scores_view = self._table(self.scores_model, tabs, ScoreDelegate())
        self.scores_view.deleteRequested.connect(lambda: self._clear_cell(self.scores_view, self.scores_model))
        tabs.addTab(self.scores_view, self.tr("&Scores"))
        page = QWidget(tabs)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        label = QLabel(self.tr("Vend&or:"), page)
        self.evaluation_vendor = QComboBox(page)
        label.setBuddy(self.evaluation_vendor)
        self.evaluation_vendor.currentIndexChanged.connect(self._on_evaluation_vendor)
        add = QPushButton(self.tr("Add eval&uator"), page)
        add.clicked.connect(self.add_evaluator)
        remove = QPushButton(self.tr("Re&move evaluator"), page)
        remove.clicked.connect(self.remove_evaluator)
        for widget in (label, self.evaluation_vendor, add, remove):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.evaluations_view = self._table(self.evaluations_model, page, ScoreDelegate())
        self.evaluations_view.deleteRequested.connect(
            lambda: self._clear_cell(self.evaluations_view, self.evaluations_model))
        layout.addWidget(self.evaluations_view)
        hint = QLabel(self.tr("A vendor's own score wins; where it has none, the evaluators' mean is used "
                              "(for yes/no, the majority)."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        tabs.addTab(page, self.tr("Evalua&tors"))
        return tabs

    # ------------------------------------------------------------- reading

    def _on_document_changed(self, project) -> None:
        method = project.weighting.method
        self.method_radios[method].setChecked(True)
        self.scoring_radios[project.scoring.method].setChecked(True)
        self.ahp_button.setEnabled(bool(project.criteria))
        self.weighting_label.setText(self._weighting_text(project))
        combo = self.evaluation_vendor
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([v.name for v in project.vendors])
        combo.setCurrentIndex(min(max(current, 0), combo.count() - 1))
        combo.blockSignals(False)
        if self.evaluations_model.vendor_index() != (combo.currentIndex() if combo.count() else None):
            self._on_evaluation_vendor(combo.currentIndex())

    def _weighting_text(self, project) -> str:
        try:
            result = criterion_weights(project)
        except InputError as exc:
            return "\n".join(p.message(self._document.lang) for p in exc.problems)
        if result.method != "ahp":
            return ""
        text = self.tr("Consistency ratio CR = {cr}").format(cr=f"{result.consistency_ratio:.3f}")
        if result.warning:
            text += " — " + self.tr("above 0.10: please review the comparisons")
        return text

    def current_criterion(self) -> int | None:
        row = self.criteria_view.currentIndex().row()
        return row if 0 <= row < len(self._document.project.criteria) else None

    # ---------------------------------------------------------------- slots

    def add_criterion(self, kind: str = "rating") -> None:
        edit, index = eb.add_criterion(self._document.project, kind, self._document.lang)
        if submit(self._document, self.criteria_view, edit):
            self.criteria_view.setCurrentIndex(self.criteria_model.index(index, CriteriaTableModel.NAME))

    def remove_criterion(self) -> None:
        ci = self.current_criterion()
        if ci is not None and submit(self._document, self.criteria_view,
                                     eb.remove_criterion(self._document.project, ci)):
            left = len(self._document.project.criteria)
            if left:
                self.criteria_view.setCurrentIndex(self.criteria_model.index(min(ci, left - 1), 0))

    def move_criterion(self, step: int) -> None:
        ci = self.current_criterion()
        if ci is None or not 0 <= ci + step < len(self._document.project.criteria):
            return
        column = self.criteria_view.currentIndex().column()
        if submit(self._document, self.criteria_view, eb.move_criterion(self._document.project, ci, ci + step)):
            self.criteria_view.setCurrentIndex(self.criteria_model.index(ci + step, column))

    def _on_method(self, method: str) -> None:
        project = self._document.project
        if method == project.weighting.method:
            return
        if method == "ahp":
            if not self.open_ahp():
                self.method_radios[project.weighting.method].setChecked(True)
            return
        submit(self._document, self.method_radios[method], eb.set_weighting_method(project, method))

    def _on_scoring(self, method: str) -> None:
        if method == self._document.project.scoring.method:
            return
        edit = pb.set_scoring_method(self._document.project, method)
        if not submit(self._document, self.scoring_radios[method], edit):
            self.scoring_radios[self._document.project.scoring.method].setChecked(True)

    def ahp_dialog(self) -> AhpDialog:
        project = self._document.project
        return AhpDialog([c.label for c in project.criteria], project.weighting.pairwise, self)

    def open_ahp(self) -> bool:
        """Edit the pairwise comparisons; OK sets method and matrix as one undoable edit."""
        dialog = self.ahp_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return submit(self._document, self.ahp_button, eb.set_ahp(self._document.project, dialog.matrix()))

    def _clear_cell(self, view: EditTableView, model: ScoresTableModel) -> None:
        index = view.currentIndex()
        if index.isValid():
            model.clear(index)

    def _on_evaluation_vendor(self, row: int) -> None:
        self.evaluations_model.set_vendor(row if row >= 0 else None)

    def add_evaluator(self) -> None:
        vi = self.evaluations_model.vendor_index()
        if vi is not None:
            edit, _index = eb.add_evaluation(self._document.project, vi, self._document.lang)
            submit(self._document, self.evaluations_view, edit)

    def remove_evaluator(self) -> None:
        vi = self.evaluations_model.vendor_index()
        row = self.evaluations_view.currentIndex().row()
        if vi is not None and 0 <= row < self.evaluations_model.rowCount():
            submit(self._document, self.evaluations_view, eb.remove_evaluation(self._document.project, vi, row))
