"""The pairwise comparison (AHP) dialog of SPEC section 4.

The user judges each pair of criteria once, in the upper triangle, on Saaty's
1–9 scale (1/9 … 1 … 9); the lower triangle shows the reciprocals.  Weights,
λmax and the consistency ratio follow every change, computed by
:func:`vendorpick.scoring.weights.ahp_weights`; a CR above 0.10 is a warning
naming the judgements that contribute most.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vendorpick.errors import InputError
from vendorpick.scoring.weights import CR_LIMIT, WARNING_PAIRS, AhpResult, ahp_weights

#: Saaty's scale from "row extremely more important" to "column extremely more important"
SCALE: tuple[float, ...] = tuple([float(k) for k in range(9, 1, -1)] + [1.0] + [1.0 / k for k in range(2, 10)])
_TOLERANCE = 1e-6


def scale_label(value: float) -> str:
    """9 → ``"9"``; 0.333… → ``"1/3"``; anything else with three decimals."""
    if value >= 1 and abs(value - round(value)) < _TOLERANCE:
        return str(round(value))
    if value < 1 and abs(1 / value - round(1 / value)) < _TOLERANCE:
        return f"1/{round(1 / value)}"
    frac = Fraction(value).limit_denominator(20)
    return f"{frac.numerator}/{frac.denominator}" if abs(float(frac) - value) < _TOLERANCE else f"{value:.3g}"


class AhpDialog(QDialog):
    """Edit the pairwise matrix of ``labels``; ``matrix()`` is the result on OK."""

    def __init__(self, labels: list[str], matrix: list[list[float]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pairwise comparison (AHP)"))
        self._labels = list(labels)
        n = len(labels)
        start = matrix if matrix is not None and len(matrix) == n else [[1.0] * n for _ in range(n)]
        self._combos: dict[tuple[int, int], QComboBox] = {}
        self._cells: dict[tuple[int, int], QTableWidgetItem] = {}  # the diagonal and the mirrored judgements
        self._result: AhpResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each cell says how much more important the row's criterion is than the column's: "
            "1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; "
            "1/3 … 1/9 the same the other way round. Judge the upper triangle; "
            "the lower triangle shows the reciprocals."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        body.addWidget(self._grid(start), 1)
        results = self._results_box()
        results.setMaximumWidth(380)
        body.addWidget(results)
        layout.addLayout(body)
        layout.addLayout(self._button_row())
        self._recompute()
        self.resize(min(1300, 700 + 72 * n), min(800, 330 + 32 * n))

    # ------------------------------------------------------------ building

    def _grid(self, start: list[list[float]]) -> QTableWidget:
        n = len(self._labels)
        self.grid = QTableWidget(n, n, self)
        self.grid.setTabKeyNavigation(False)  # Tab walks through the judgements, row by row
        # numbered columns keep the grid narrow; the rows and tooltips carry the names
        self.grid.setVerticalHeaderLabels([f"{k + 1}. {label}" for k, label in enumerate(self._labels)])
        for k, label in enumerate(self._labels):
            header = QTableWidgetItem(str(k + 1))
            header.setToolTip(label)
            self.grid.setHorizontalHeaderItem(k, header)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.horizontalHeader().setDefaultSectionSize(72)
        for i in range(n):
            for j in range(n):
                if i < j:
                    self._combos[i, j] = self._combo(i, j, start[i][j])
                    self.grid.setCellWidget(i, j, self._combos[i, j])
                else:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(i, j, item)
                    self._cells[i, j] = item
        return self.grid

    def _combo(self, i: int, j: int, value: float) -> QComboBox:
        combo = QComboBox(self.grid)
        for v in SCALE:
            combo.addItem(scale_label(v), v)
        pos = next((k for k, v in enumerate(SCALE) if abs(v - value) < _TOLERANCE), -1)
        if pos < 0:  # a judgement from a file that is not on Saaty's scale: keep it
            combo.addItem(scale_label(value), float(value))
            pos = combo.count() - 1
        combo.setCurrentIndex(pos)
        tip = self.tr("How much more important is \u201c{row}\u201d than \u201c{col}\u201d?")
        combo.setToolTip(tip.format(row=self._labels[i], col=self._labels[j]))
        combo.setAccessibleName(combo.toolTip())
        combo.currentIndexChanged.connect(self._recompute)
        return combo

    def _results_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weights and consistency"), self)
        layout = QVBoxLayout(box)
        self.weights_table = QTableWidget(len(self._labels), 2, box)
        self.weights_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight")])
        self.weights_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weights_table.verticalHeader().setVisible(False)
        self.weights_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.weights_table)
        self.consistency_label = QLabel(box)
        self.consistency_label.setWordWrap(True)
        self.consistency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.consistency_label)
        self.warning_label = QLabel(box)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.warning_label)
        return box

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        reset = QPushButton(self.tr("&Equal importance"), self)
        reset.setToolTip(self.tr("Set every judgement to 1"))
        reset.clicked.connect(self.reset_judgements)
        row.addWidget(reset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    # ------------------------------------------------------------ the matrix

    def combo(self, i: int, j: int) -> QComboBox:
        """The judgement of row ``i`` over column ``j`` (i < j)."""
        return self._combos[i, j]

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Choose ``value`` (a Saaty scale value) for the pair; (j, i) sets its reciprocal."""
        if i > j:
            i, j, value = j, i, 1.0 / value
        combo = self._combos[i, j]
        pos = next(k for k in range(combo.count()) if abs(combo.itemData(k) - value) < _TOLERANCE)
        combo.setCurrentIndex(pos)

    def matrix(self) -> list[list[float]]:
        n = len(self._labels)
        m = [[1.0] * n for _ in range(n)]
        for (i, j), combo in self._combos.items():
            m[i][j] = float(combo.currentData())
            m[j][i] = 1.0 / m[i][j]
        return m

    def ahp_result(self) -> AhpResult | None:
        """The weights and consistency of the judgements shown (None when they cannot be computed)."""
        return self._result

    def reset_judgements(self) -> None:
        for combo in self._combos.values():
            combo.setCurrentIndex(SCALE.index(1.0))

    # ---------------------------------------------------------------- output

    def _recompute(self) -> None:
        matrix = self.matrix()
        for i in range(len(matrix)):
            for j in range(i + 1):
                self._cells[i, j].setText(scale_label(matrix[i][j]))
        try:
            self._result = ahp_weights(matrix) if matrix else None
        except InputError:
            self._result = None
        self.ok_button.setEnabled(self._result is not None)
        self._show_result()

    def _show_result(self) -> None:
        res = self._result
        for k, label in enumerate(self._labels):
            weight = "—" if res is None else f"{100 * res.weights[k]:.1f} %"
            for col, text in enumerate((label, weight)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.weights_table.setItem(k, col, item)
        if res is None:
            self.consistency_label.setText("")
            self.warning_label.setText("")
            return
        text = self.tr("λmax = {lam}, CI = {ci}, consistency ratio CR = {cr} (random index RI = {ri}, {table})")
        self.consistency_label.setText(text.format(
            lam=f"{res.lambda_max:.4f}", ci=f"{res.ci:.4f}", cr=f"{res.cr:.3f}", ri=f"{res.ri:.2f}",
            table=self.tr("Saaty's classic random index table")))
        self.warning_label.setText(self._warning(res) if res.cr > CR_LIMIT else "")

    def _warning(self, res: AhpResult) -> str:
        pairs = []
        for jd in res.inconsistent_judgements[:WARNING_PAIRS]:
            pair = self.tr("\u201c{a}\u201d over \u201c{b}\u201d: {now} (consistent with the weights: about {fit})")
            pairs.append(pair.format(a=self._labels[jd.i], b=self._labels[jd.j],
                                     now=scale_label(self.matrix()[jd.i][jd.j]),
                                     fit=f"{res.consistent_value(jd.i, jd.j):.2f}"))
        head = self.tr("CR is above 0.10: the judgements are inconsistent. Review these first:")
        return head + "\n• " + "\n• ".join(pairs)
