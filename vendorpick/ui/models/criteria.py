"""Models of the Criteria screen: the criteria, the scores matrix, the evaluators."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vendorpick.errors import InputError, Problem
from vendorpick.formatting import number
from vendorpick.project import edit_builders as eb
from vendorpick.project.checks import score_problem
from vendorpick.project.edit_builders_service import assessed_channels, set_criterion_channel
from vendorpick.project.model import Criterion
from vendorpick.scoring.weights import criterion_weights
from vendorpick.ui.i18n import vocabulary_word
from vendorpick.ui.models.base import (
    CHECKABLE,
    CHOICES_ROLE,
    EDITABLE,
    READ_ONLY,
    RIGHT,
    SHOWN_ROLES,
    DocumentTableModel,
    Index,
    check_state,
    is_checked,
    not_a_number,
    typed_number,
)
from vendorpick.ui.models.channels import channel_label
from vendorpick.ui.models.service_words import service_kind_name, service_value_text
from vendorpick.ui.undo import Document
from vendorpick.ui.widgets.numbers import cell_number, format_number

#: the criterion of a cell, for the score editors
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 2
_MISSING_BRUSH = QBrush(QColor("#fff4c2"))
_HINT_BRUSH = QBrush(QColor("#757575"))


class CriteriaTableModel(DocumentTableModel):
    """One row per criterion; cells that do not apply to its kind show a dash."""

    ID, NAME, KIND, MIN, MAX, DIRECTION, WEIGHT, MUST_MIN, MUST_MAX, MUST, EFFECTIVE, CHANNEL = range(12)
    _NUMBER_KEYS = {MIN: "min", MAX: "max", WEIGHT: "weight", MUST_MIN: "must_min", MUST_MAX: "must_max"}

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(document, parent)
        self.remember_shape()

    def columns(self) -> list[str]:
        return [self.tr("ID"), self.tr("Name"), self.tr("Kind"), self.tr("Scale min"), self.tr("Scale max"),
                self.tr("Direction / basis"), self.tr("Weight"), self.tr("Must be at least"),
                self.tr("Must be at most"), self.tr("Must be yes"), self.tr("Effective weight"), self.tr("Channel")]

    def kind_names(self) -> dict[str, str]:
        words = {kind: vocabulary_word("criterion_kind", kind, capitalise=True) for kind in ("rating", "number", "yes_no")}
        return {**words, "cost": self.tr("Cost (from quotes)"), "service": service_kind_name()}

    def direction_names(self, kind: str) -> dict[str, str]:
        if kind == "cost":
            return {"total": self.tr("Expected total"), "p90": self.tr("P90 (busy-season risk)")}
        return {"benefit": self.tr("Higher is better"), "cost": self.tr("Lower is better")}

    def channel_names(self) -> dict[str, str]:
        """Blank (all assessed channels), then each channel with a service level."""
        lang = self._document.lang
        names = {c.id: channel_label(c, lang) for c in self.project.forecast.channel_list()}
        assessed = assessed_channels(self.project)
        return {"": self.tr("All assessed channels"), **{cid: names[cid] for cid in assessed}}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.project.criteria)

    def applies(self, crit: Criterion, column: int) -> bool:
        """Whether a column means something for the criterion's kind."""
        kind = crit.kind
        return {
            self.MIN: kind == "rating", self.MAX: kind == "rating",
            self.DIRECTION: kind in ("number", "cost"),
            self.MUST_MIN: kind in ("rating", "number", "service"), self.MUST_MAX: kind in ("rating", "number"),
            self.MUST: kind == "yes_no", self.EFFECTIVE: False, self.CHANNEL: kind == "service",
        }.get(column, True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.project.criteria):
            return None
        crit = self.project.criteria[index.row()]
        col = index.column()
        if col == self.EFFECTIVE:
            return self._effective(index, role)
        if not self.applies(crit, col):
            return "—" if role == Qt.ItemDataRole.DisplayRole else self.decoration(index, role, read_only=True)
        if col == self.MUST:
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(bool(crit.must))
            return self.decoration(index, role)
        if role in SHOWN_ROLES:
            return self._text(crit, col, role)
        if role == CHOICES_ROLE and col == self.CHANNEL:
            return list(self.channel_names().items())
        if role == CHOICES_ROLE and col in (self.KIND, self.DIRECTION):
            names = self.kind_names() if col == self.KIND else self.direction_names(crit.kind)
            return list(names.items())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._NUMBER_KEYS:
            return RIGHT
        if col == self.WEIGHT and self.project.weighting.method != "direct":
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.error_at(index) or self.tr("Used only with direct weights")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _HINT_BRUSH
        return self.decoration(index, role)

    def _text(self, crit: Criterion, col: int, role: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        if col == self.ID:
            return crit.id
        if col == self.NAME:
            return crit.name
        if col == self.KIND:
            return self.kind_names()[crit.kind] if display else crit.kind
        if col == self.DIRECTION:
            code = crit.cost_basis if crit.kind == "cost" else crit.direction
            return self.direction_names(crit.kind).get(code or "", "") if display else code
        if col == self.CHANNEL:
            return self.channel_names().get(crit.channel or "", crit.channel or "") if display else crit.channel or ""
        if col == self.MIN:
            return cell_number(crit.scale_min, role)
        if col == self.MAX:
            return cell_number(crit.scale_max, role)
        return cell_number(getattr(crit, self._NUMBER_KEYS[col]), role)

    def _effective(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            try:
                weights = criterion_weights(self.project).weights
            except InputError:
                return "—"
            return f"{number(100 * weights[index.row()], 1)} %"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self.decoration(index, role, read_only=True)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self.project.criteria):
            return Qt.ItemFlag.NoItemFlags
        crit = self.project.criteria[index.row()]
        if not self.applies(crit, index.column()):
            return READ_ONLY
        return CHECKABLE if index.column() == self.MUST else EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        ci, col = index.row(), index.column()
        project = self.project
        if col == self.MUST and role == Qt.ItemDataRole.CheckStateRole:
            return self.apply(index, eb.set_criterion_value(project, ci, "must", True if is_checked(value) else None))
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == self.ID:
            return self.apply(index, eb.rename_criterion_id(project, ci, str(value).strip()))
        if col == self.NAME:
            return self.apply(index, eb.set_criterion_value(project, ci, "name", str(value)))
        if col == self.KIND:
            return self.apply(index, eb.set_criterion_kind(project, ci, str(value)))
        if col == self.DIRECTION:
            key = "basis" if project.criteria[ci].kind == "cost" else "direction"
            return self.apply(index, eb.set_criterion_value(project, ci, key, str(value)))
        if col == self.CHANNEL:
            edit = set_criterion_channel(project, ci, None if value is None else str(value))
            return True if edit is None else self.apply(index, edit)
        return self._set_number(index, value)

    def _set_number(self, index: Index, value: Any) -> bool:
        key = self._NUMBER_KEYS.get(index.column())
        if key is None:
            return False
        return self.apply_number(index, value, lambda n: eb.set_criterion_value(self.project, index.row(), key, n),
                                 blank=key.startswith("must"))  # a blank limit: none


class ScoresTableModel(DocumentTableModel):
    """Vendors × criteria: each vendor's own score; cost criteria are computed."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(document, parent)
        self.remember_shape()

    def columns(self) -> list[str]:
        return [c.label for c in self.project.criteria]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.project.vendors)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            vendors = self.project.vendors
            return vendors[section].name if section < len(vendors) else None
        return super().headerData(section, orientation, role)

    def scores_at(self, row: int) -> dict[str, Any]:
        return self.project.vendors[row].scores

    def criterion_at(self, col: int) -> Criterion:
        return self.project.criteria[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        crit = self.criterion_at(index.column())
        if role == CRITERION_ROLE:
            return crit
        if crit.kind in ("cost", "service"):
            text = self.tr("computed from the quotes") if crit.kind == "cost" else service_value_text()
            return text if role == Qt.ItemDataRole.DisplayRole else self.decoration(index, role, read_only=True)
        value = self.scores_at(index.row()).get(crit.id)
        if crit.kind == "yes_no":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.PartiallyChecked if value is None else check_state(bool(value))
            if role == Qt.ItemDataRole.DisplayRole and value is not None:
                return self.tr("yes") if value else self.tr("no")
        elif role == Qt.ItemDataRole.EditRole or (role == Qt.ItemDataRole.DisplayRole and value is not None):
            return cell_number(value, role)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return self._missing(index, role, value, crit)

    def _missing(self, index: Index, role: int, value: Any, crit: Criterion) -> Any:
        if value is not None or self.error_at(index):
            return self.decoration(index, role)
        evaluated = self.evaluated(index.row(), crit)
        if role == Qt.ItemDataRole.DisplayRole and evaluated:
            return f"({evaluated})"
        if role == Qt.ItemDataRole.ForegroundRole and evaluated:
            return _HINT_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and not evaluated:
            return _MISSING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.missing_text(index.row(), crit)
        return None

    def evaluated(self, row: int, crit: Criterion) -> str:
        """The evaluators' values of a criterion for vendor ``row``, as text ("" when none)."""
        vendor = self.project.vendors[row]
        values = [e.scores[crit.id] for e in vendor.evaluations if crit.id in e.scores]
        yes, no = self.tr("yes"), self.tr("no")
        return ", ".join((yes if v else no) if isinstance(v, bool) else format_number(v) for v in values)

    def missing_text(self, row: int, crit: Criterion) -> str:
        vendor = self.project.vendors[row]
        evaluated = self.evaluated(row, crit)
        if evaluated:
            return self.tr("Not scored here; the evaluators' scores are used: %1").replace("%1", evaluated)
        problem = Problem("", "vp_missing_score", {"vendor": vendor.name, "criterion": crit.label})
        return problem.message(self._document.lang)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= self.rowCount():
            return Qt.ItemFlag.NoItemFlags
        kind = self.criterion_at(index.column()).kind
        return {"cost": READ_ONLY, "service": READ_ONLY, "yes_no": CHECKABLE}.get(kind, EDITABLE)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        crit = self.criterion_at(index.column())
        if crit.kind == "yes_no" and role == Qt.ItemDataRole.CheckStateRole:
            return self.apply(index, self.score_edit(index.row(), crit.id, is_checked(value)))
        if crit.kind in ("rating", "number") and role == Qt.ItemDataRole.EditRole:
            typed = typed_number(value)
            if typed is None:
                return self.refuse(index, not_a_number())
            number = int(typed) if typed.is_integer() else typed
            problem = score_problem(crit, number)
            if problem is not None:  # refused before it reaches the project: no undo step
                return self.refuse(index, [Problem("", problem[0], problem[1])])
            return self.apply(index, self.score_edit(index.row(), crit.id, number))
        return False

    def clear(self, index: Index) -> bool:
        """Remove the score of a cell (Delete key)."""
        crit = self.criterion_at(index.column())
        if crit.kind in ("cost", "service") or self.scores_at(index.row()).get(crit.id) is None:
            return False
        return self.apply(index, self.score_edit(index.row(), crit.id, None))

    def score_edit(self, row: int, criterion_id: str, value: Any):
        return eb.set_score(self.project, row, criterion_id, value)


class EvaluationsTableModel(ScoresTableModel):
    """The evaluators of one vendor (SPEC 6): a name column, then their scores."""

    def __init__(self, document: Document, parent: QObject | None = None):
        self._vi: int | None = None
        super().__init__(document, parent)

    def set_vendor(self, vi: int | None) -> None:
        self._vi = vi
        self.reset()

    def vendor_index(self) -> int | None:
        return self._vi if self._vi is not None and self._vi < len(self.project.vendors) else None

    def _shown(self) -> int:
        """The vendor's index, for a row that exists (so a vendor is shown)."""
        vi = self.vendor_index()
        if vi is None:
            raise IndexError("no vendor is shown")
        return vi

    def _criteria(self) -> list[Criterion]:
        return [c for c in self.project.criteria if c.kind != "cost"]

    def columns(self) -> list[str]:
        return [self.tr("Evaluator")] + [c.label for c in self._criteria()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        vi = self.vendor_index()
        return 0 if parent.isValid() or vi is None else len(self.project.vendors[vi].evaluations)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return DocumentTableModel.headerData(self, section, orientation, role)

    def scores_at(self, row: int) -> dict[str, Any]:
        return self.project.vendors[self._shown()].evaluations[row].scores

    def criterion_at(self, col: int) -> Criterion:
        return self._criteria()[col - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and index.row() < self.rowCount():
            if role in SHOWN_ROLES:
                return self.project.vendors[self._shown()].evaluations[index.row()].evaluator
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return self.decoration(index, role)
        return super().data(index, role)

    def _missing(self, index: Index, role: int, value: Any, crit: Criterion) -> Any:
        return self.decoration(index, role)  # an evaluator need not score everything

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == 0:
            return EDITABLE
        return super().flags(index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.isValid() and index.column() == 0:
            if role != Qt.ItemDataRole.EditRole:
                return False
            edit = eb.rename_evaluator(self.project, self._shown(), index.row(), str(value))
            return self.apply(index, edit)
        return super().setData(index, value, role)

    def clear(self, index: Index) -> bool:
        return False if index.column() == 0 else super().clear(index)

    def score_edit(self, row: int, criterion_id: str, value: Any):
        return eb.set_evaluation_score(self.project, self._shown(), row, criterion_id, value)
