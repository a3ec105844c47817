"""The Criteria screen: criteria table, scores, evaluators and weighting."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog

from vendorpick.project.demo import demo_project
from vendorpick.ui.dialogs.ahp import AhpDialog
from vendorpick.ui.feedback import inline_message, is_marked_invalid
from vendorpick.ui.models.criteria import CriteriaTableModel as C
from vendorpick.ui.undo import Document
from vendorpick.ui.views.criteria import CriteriaView


@pytest.fixture
def view(qtbot):
    document = Document(demo_project(), lang="en")
    widget = CriteriaView(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def project(view):
    return view._document.project


def ids(view):
    return [c.id for c in project(view).criteria]


def test_add_remove_criterion_with_undo(view):
    n = len(ids(view))
    view.add_criterion("yes_no")
    assert len(ids(view)) == n + 1 and project(view).criteria[-1].kind == "yes_no"
    assert view.scores_model.columnCount() == n + 1
    view.criteria_view.setCurrentIndex(view.criteria_model.index(ids(view).index("quality"), 0))
    view.criteria_view.setFocus()
    view.criteria_view.deleteRequested.emit()
    assert "quality" not in ids(view)
    assert all("quality" not in v.scores for v in project(view).vendors)
    view._document.undo_stack.undo()
    assert "quality" in ids(view) and project(view).vendors[0].scores["quality"] == 4


def test_rename_id_and_refuse_duplicate(view):
    model = view.criteria_model
    row = ids(view).index("quality")
    assert model.setData(model.index(row, C.ID), "service")
    assert project(view).vendors[0].scores["service"] == 4
    assert project(view).vendors[3].evaluations[0].scores == {"service": 5}
    assert not model.setData(model.index(row, C.ID), "cost")
    assert is_marked_invalid(view.criteria_view)
    assert "used twice" in model.index(row, C.ID).data(Qt.ItemDataRole.ToolTipRole)
    view._document.undo_stack.undo()
    assert "quality" in ids(view)


def test_kind_and_must_have_cells(view):
    model = view.criteria_model
    row = ids(view).index("hours")
    assert not model.flags(model.index(row, C.MUST)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(row, C.KIND).data(Qt.ItemDataRole.EditRole) == "rating"
    assert model.setData(model.index(row, C.MUST_MIN), "3")
    assert project(view).criteria[row].must_min == 3
    assert model.setData(model.index(row, C.MUST_MIN), "")
    assert project(view).criteria[row].must_min is None
    assert not model.setData(model.index(row, C.MAX), "0")  # min < max
    assert model.setData(model.index(row, C.KIND), "yes_no")
    assert project(view).criteria[row].kind == "yes_no"
    assert all("hours" not in v.scores for v in project(view).vendors)
    assert model.setData(model.index(row, C.MUST), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert project(view).criteria[row].must is True


def test_scores_matrix_editors(qtbot, view):
    model = view.scores_model
    cost, quality, rms = (ids(view).index(k) for k in ("cost", "quality", "rms"))
    assert not model.flags(model.index(0, cost)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, quality), 2.0)
    assert project(view).vendors[0].scores["quality"] == 2
    assert not model.setData(model.index(0, quality), 7.0)  # off the 1–5 scale
    assert "outside the scale" in model.index(0, quality).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(0, rms), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert project(view).vendors[0].scores["rms"] is False
    # F2 opens a field; 7 on a 1–5 scale is refused with the reason and no undo step (issue 10, point 9)
    view.scores_view.setCurrentIndex(model.index(0, quality))
    view.scores_view.setFocus()
    steps = view._document.undo_stack.count()
    qtbot.keyClick(view.scores_view, Qt.Key.Key_F2)
    assert view.scores_view.state() == QAbstractItemView.State.EditingState
    editor = view.scores_view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scores_view.state() != QAbstractItemView.State.EditingState)
    assert project(view).vendors[0].scores["quality"] == 2
    assert view._document.undo_stack.count() == steps
    assert "outside the scale" in model.index(0, quality).data(Qt.ItemDataRole.ToolTipRole)
    assert is_marked_invalid(view.scores_view) and inline_message(view.scores_view) is not None
    # typing the value the cell already has pushes no empty step either
    qtbot.keyClick(view.scores_view, Qt.Key.Key_F2)
    qtbot.keyClick(view.scores_view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scores_view.state() != QAbstractItemView.State.EditingState)
    assert view._document.undo_stack.count() == steps
    # Delete clears a score; the cell then shows that it is missing
    qtbot.keyClick(view.scores_view, Qt.Key.Key_Delete)
    assert "quality" not in project(view).vendors[0].scores
    assert "no score" in model.index(0, quality).data(Qt.ItemDataRole.ToolTipRole)


def test_evaluators(view):
    view.evaluation_vendor.setCurrentIndex(3)
    model = view.evaluations_model
    assert model.rowCount() == 2 and model.index(0, 0).data() == "山田"
    view.add_evaluator()
    assert [e.evaluator for e in project(view).vendors[3].evaluations] == ["山田", "佐藤", "Evaluator"]
    col = 1 + [c.id for c in project(view).criteria if c.kind != "cost"].index("security")
    assert model.setData(model.index(2, col), 4.0)
    assert project(view).vendors[3].evaluations[2].scores == {"security": 4}
    assert not model.setData(model.index(2, 0), "  ")
    view.evaluations_view.setCurrentIndex(model.index(2, 0))
    view.remove_evaluator()
    assert len(project(view).vendors[3].evaluations) == 2


def test_rank_order_and_moving(view):
    view.method_radios["rank"].click()
    assert project(view).weighting.method == "rank"
    assert view.criteria_model.index(0, C.EFFECTIVE).data() == f"{100 * sum(1 / j for j in range(1, 12)) / 11:.1f} %"
    row = ids(view).index("security")
    view.criteria_view.setCurrentIndex(view.criteria_model.index(row, 1))
    view.move_criterion(-1)
    assert ids(view)[row - 1] == "security"
    assert view.current_criterion() == row - 1


def test_ahp_dialog_sets_method_and_matrix_in_one_step(view, monkeypatch):
    def fake_exec(dialog):
        dialog.set_judgement(0, 1, 3)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(AhpDialog, "exec", fake_exec)
    before = view._document.undo_stack.count()
    view.method_radios["ahp"].click()
    weighting = project(view).weighting
    assert weighting.method == "ahp"
    assert weighting.pairwise[0][1] == 3 and weighting.pairwise[1][0] == pytest.approx(1 / 3)
    assert view._document.undo_stack.count() == before + 1
    assert "CR" in view.weighting_label.text()
    # removing a criterion shrinks the matrix in the same edit
    view.criteria_view.setCurrentIndex(view.criteria_model.index(1, 0))
    view.remove_criterion()
    assert np.shape(project(view).weighting.pairwise) == (10, 10)
    view._document.undo_stack.undo()
    view._document.undo_stack.undo()
    assert project(view).weighting.method == "direct"
    assert view.method_radios["direct"].isChecked()


def test_cancelled_ahp_keeps_method(view, monkeypatch):
    monkeypatch.setattr(AhpDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    view.method_radios["ahp"].click()
    assert project(view).weighting.method == "direct"
    assert view.method_radios["direct"].isChecked()


def test_missing_score_falls_back_to_evaluators(view):
    model = view.scores_model
    quality = ids(view).index("quality")
    assert model.index(3, quality).data() == "(5, 3)"  # the demo's two evaluators
    assert "evaluators" in model.index(3, quality).data(Qt.ItemDataRole.ToolTipRole)


def test_delete_every_criterion(view):
    while project(view).criteria:
        view.criteria_view.setCurrentIndex(view.criteria_model.index(0, 0))
        view.remove_criterion()
    assert all(not v.scores for v in project(view).vendors)
    assert view.scores_model.columnCount() == 0 and not view.ahp_button.isEnabled()
    view._document.undo_stack.undo()
    assert len(project(view).criteria) == 1 and view.scores_model.columnCount() == 1


def test_scoring_method_weighted_sum_or_topsis(view, qtbot):
    radios, document = view.scoring_radios, view._document
    assert radios["weighted_sum"].isChecked() and project(view).scoring.method == "weighted_sum"
    qtbot.mouseClick(radios["topsis"], Qt.MouseButton.LeftButton)
    assert project(view).scoring.method == "topsis"
    assert document.undo_stack.undoText() == "Score by TOPSIS"
    document.lang = "ja"
    document.relabel()
    assert document.undo_stack.undoText() == "集計方法を TOPSIS に変更"
    document.undo_stack.undo()
    assert project(view).scoring.method == "weighted_sum" and radios["weighted_sum"].isChecked()
    document.undo_stack.redo()
    assert radios["topsis"].isChecked()
    qtbot.mouseClick(radios["topsis"], Qt.MouseButton.LeftButton)  # no change: no step
    assert document.undo_stack.count() == 1


def test_the_add_menu_adds_a_criterion_of_the_kind_chosen(view):
    menu = view.add_button.menu()
    names = view.criteria_model.kind_names()
    assert [a.text() for a in menu.actions()] == [names[k] for k in names if k != "cost"]
    before = len(project(view).criteria)
    action = next(a for a in menu.actions() if a.text() == names["yes_no"])
    action.trigger()
    assert len(project(view).criteria) == before + 1
    assert project(view).criteria[-1].kind == "yes_no"
    assert view.criteria_view.currentIndex().row() == before  # the new row is current, its name to type
