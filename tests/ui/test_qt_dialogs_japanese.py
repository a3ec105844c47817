"""Issue 10, point 10: Qt's own dialogs speak Japanese too (qtbase_ja plus
the few file-dialog strings Qt 6 renamed, shipped in qtdialogs_ja)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QTreeView  # noqa: E402

from tests.ui.test_shell import env, make_window  # noqa: E402, F401


def visible_texts(dialog) -> set[str]:
    texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
    return texts


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog_in_japanese(make_window, qtbot, mode):  # noqa: F811 - the fixture imported from test_shell
    window = make_window(lang="ja")
    dialog = QFileDialog(window, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setNameFilter("vendorpick (*.json)")
    dialog.show()
    qtbot.addWidget(dialog)
    texts = visible_texts(dialog)
    assert "場所(&L):" in texts and "ファイルの種類(&T):" in texts
    english = sorted(t for t in texts if t.isascii() and any(c.isalpha() for c in t))
    assert english == [], english


def test_message_box_buttons_in_japanese(make_window):  # noqa: F811 - the fixture imported from test_shell
    make_window(lang="ja")
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "変更を破棄", "キャンセル"])
