"""Issue 10, point 8: a first start that explains itself — the demo says it
is the demo, File ▸ New is empty, Help opens a guide in the user's language,
a vendor is renamed in a name field and deleting one says it can be undone."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402

from tests.ui.test_shell import env, make_window  # noqa: E402, F401
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views import PAGES  # noqa: E402
from vendorpick.ui.views.vendors import VendorsView  # noqa: E402


def test_the_demo_is_labelled_and_new_is_empty(make_window):  # noqa: F811 - the fixture imported from test_shell
    window = make_window(lang="ja")
    assert window.windowTitle().startswith("デモプロジェクト")
    window.files.new_project()
    assert not window.windowTitle().startswith("デモプロジェクト")
    assert window.document.project.vendors == []
    window.show_page([spec.key for spec in PAGES].index("vendors"))
    editor = window.page("vendors").plan_editor
    assert not editor.isEnabled()
    texts = [editor.name_edit.text(), *[f.text() for f in editor.fields.values()],
             *[f.text() for f in editor.surcharges.values()]]
    assert all(t == "" for t in texts), texts  # nothing of the demo's plan stays on screen
    assert not any(c.isChecked() for c in editor.coverage.values())


def test_help_opens_a_getting_started_guide_in_japanese(make_window, qtbot):  # noqa: F811 - the fixture imported from test_shell
    window = make_window(lang="ja")
    window.act_guide.trigger()
    guide = window.guide
    assert guide.isVisible()
    text = guide.text.toPlainText()
    for step in ("予測", "ベンダー", "評価", "結果"):
        assert step in text
    assert text.index("予測") < text.index("ベンダー") < text.index("結果")
    guide.close()
    window.set_language("en")
    window.act_guide.trigger()
    english = window.guide.text.toPlainText()
    assert "Forecast" in english and "「" not in english


@pytest.fixture
def vendors(qtbot):
    view = VendorsView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(view)
    view.show()
    return view


def test_vendor_renamed_in_its_name_field(qtbot, vendors):
    field = vendors.vendor_name
    assert field.text() == vendors._document.project.vendors[0].name
    field.setFocus()
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString("新しい名前株式会社")
    field.inputMethodEvent(event)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert vendors._document.project.vendors[0].name == "新しい名前株式会社"
    # a name another vendor has is refused, and the field shows the project's name again
    other = vendors._document.project.vendors[1].name
    field.setText(other)
    field.editingFinished.emit()
    assert vendors._document.project.vendors[0].name == "新しい名前株式会社"
    assert field.text() == "新しい名前株式会社"


def test_deleting_a_vendor_says_it_can_be_undone(qtbot, vendors):
    messages = []
    vendors._document.status.connect(messages.append)
    name = vendors._document.project.vendors[0].name
    vendors.delete_vendor()
    assert name not in [v.name for v in vendors._document.project.vendors]
    assert name in messages[-1] and "Ctrl+Z" in messages[-1]
    vendors._document.undo_stack.undo()
    assert vendors._document.project.vendors[0].name == name
