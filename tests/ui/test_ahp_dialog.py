"""The AHP dialog reproduces Saaty's published drink-consumption example."""

import numpy as np
import pytest

from vendorpick.ui.dialogs.ahp import AhpDialog, scale_label

DRINKS = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"]
MATRIX = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
]
WEIGHTS = [0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268]


@pytest.fixture
def dialog(qtbot):
    dlg = AhpDialog(DRINKS)
    qtbot.addWidget(dlg)
    return dlg


def test_scale_labels():
    assert [scale_label(v) for v in (9, 1, 1 / 3, 1 / 9, 2.5)] == ["9", "1", "1/3", "1/9", "5/2"]


def test_drink_matrix_through_the_combo_boxes(dialog):
    for i in range(7):
        for j in range(i + 1, 7):
            combo = dialog.combo(i, j)
            combo.setCurrentIndex(combo.findText(scale_label(MATRIX[i][j])))
    assert np.allclose(dialog.matrix(), MATRIX, atol=1e-12)
    result = dialog.ahp_result()
    assert np.allclose(result.weights, WEIGHTS, atol=1e-3)
    assert result.lambda_max == pytest.approx(7.1766, abs=1e-3)
    # the lower triangle shows the reciprocals, the side table the weights
    assert dialog.grid.item(2, 0).text() == "1/5"
    assert dialog.weights_table.item(6, 1).text() == "32.7 %"
    assert "7.17" in dialog.consistency_label.text()
    assert result.cr < 0.10 and dialog.warning_label.text() == ""


def test_inconsistent_judgements_warn_and_name_the_pairs(dialog):
    dialog.set_judgement(0, 1, 9)   # coffee ≫ wine
    dialog.set_judgement(1, 2, 9)   # wine ≫ tea
    dialog.set_judgement(0, 2, 1 / 9)  # but tea ≫ coffee
    assert dialog.ahp_result().cr > 0.10
    warning = dialog.warning_label.text()
    assert "0.10" in warning and "coffee" in warning and "tea" in warning
    dialog.reset_judgements()
    assert dialog.ahp_result().cr == pytest.approx(0, abs=1e-9)
    assert dialog.warning_label.text() == ""


def test_existing_matrix_is_shown_and_off_scale_values_kept(qtbot):
    matrix = [[1, 2.5, 3], [0.4, 1, 1], [1 / 3, 1, 1]]
    dlg = AhpDialog(["a", "b", "c"], matrix)
    qtbot.addWidget(dlg)
    assert dlg.combo(0, 1).currentText() == "5/2"
    assert np.allclose(dlg.matrix(), matrix)
    assert dlg.ok_button.isEnabled()
