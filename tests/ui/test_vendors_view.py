"""The Vendors screen driven through its real widgets (pytest-qt)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.keyboard import type_into  # noqa: E402
from vendorpick.project.demo import demo_project
from vendorpick.ui.feedback import is_marked_invalid
from vendorpick.ui.undo import Document
from vendorpick.ui.views.vendors import VendorsView


@pytest.fixture
def view(qtbot):
    document = Document(demo_project(), lang="ja")
    widget = VendorsView(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def japanese(qtbot, qapp):
    """Builds a screen with the Japanese translations installed (English again afterwards)."""
    from vendorpick.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("ja")

    def make(cls):
        widget = cls(Document(demo_project(), lang="ja"))
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        return widget

    yield make
    translations.install("en")


def doc(view) -> Document:
    return view._document




def test_edit_rate_then_undo_redo(qtbot, view):
    assert view.current_vendor() == 0 and view.current_plan() == 0
    rate = view.plan_editor.fields["rate"]
    assert rate.text() == "250"
    type_into(qtbot, rate, "275")
    stack = doc(view).undo_stack
    assert doc(view).project.vendors[0].plans[0].rate == 275
    assert stack.undoText().endswith("の超過単価を変更")
    stack.undo()
    assert doc(view).project.vendors[0].plans[0].rate == 250
    assert rate.text() == "250"
    stack.redo()
    assert doc(view).project.vendors[0].plans[0].rate == 275
    assert rate.text() == "275"


def test_negative_rate_is_refused_at_the_field(qtbot, view):
    rate = view.plan_editor.fields["rate"]
    messages = []
    doc(view).status.connect(messages.append)
    type_into(qtbot, rate, "-5")
    assert doc(view).project.vendors[0].plans[0].rate == 250
    assert doc(view).undo_stack.count() == 0
    assert is_marked_invalid(rate)
    assert "0 以上" in rate.toolTip()
    assert messages and "0 以上" in messages[-1]
    type_into(qtbot, rate, "abc")
    assert "数値" in rate.toolTip()
    type_into(qtbot, rate, "３００")  # full-width digits are a number
    assert doc(view).project.vendors[0].plans[0].rate == 300
    assert not is_marked_invalid(rate)


def test_add_and_delete_vendor_with_undo(qtbot, view):
    names = [v.name for v in doc(view).project.vendors]
    qtbot.mouseClick(next(b for b in view.findChildren(type(view.plan_editor.add_tier_button))
                          if b.text() == view.tr("&Add vendor")), Qt.MouseButton.LeftButton)
    project = doc(view).project
    assert [v.name for v in project.vendors] == [*names, "新しいベンダー"]
    assert view.current_vendor() == len(names)
    assert view.plan_editor.name_edit.text() == "標準プラン"
    doc(view).undo_stack.undo()
    assert [v.name for v in doc(view).project.vendors] == names
    assert view.current_vendor() == len(names) - 1
    # Delete key on the vendor list removes the selected vendor, undoably
    view.vendor_view.setCurrentIndex(view.vendor_model.index(1, 0))
    view.vendor_view.setFocus()
    qtbot.keyClick(view.vendor_view, Qt.Key.Key_Delete)
    assert [v.name for v in doc(view).project.vendors] == names[:1] + names[2:]
    assert doc(view).undo_stack.undoText() == f"ベンダー「{names[1]}」を削除"
    doc(view).undo_stack.undo()
    assert [v.name for v in doc(view).project.vendors] == names


def test_duplicate_vendor_name_is_refused(qtbot, view):
    names = [v.name for v in doc(view).project.vendors]
    assert not view.vendor_model.setData(view.vendor_model.index(1, 0), names[0])
    assert [v.name for v in doc(view).project.vendors] == names
    assert is_marked_invalid(view.vendor_view)
    assert "重複" in view.vendor_view.toolTip()
    assert "重複" in view.vendor_model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert view.vendor_model.setData(view.vendor_model.index(1, 0), "新コールリンク")
    assert doc(view).project.vendors[1].name == "新コールリンク"
    assert not is_marked_invalid(view.vendor_view)


def test_tiers_must_increase(qtbot, view):
    view._select_vendor(3, 0)  # the demo's tiered plan: 300, 800, open
    model = view.plan_editor.tiers_model
    assert model.rowCount() == 3
    assert not model.setData(model.index(1, 0), "200")
    tiers = doc(view).project.vendors[3].plans[0].tiers
    assert [t.up_to for t in tiers] == [300, 800, None]
    assert is_marked_invalid(view.plan_editor.tiers_view)
    assert "増加" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, 0), "1,000")
    assert doc(view).project.vendors[3].plans[0].tiers[1].up_to == 1000


def test_flat_rate_and_tiers_switch(qtbot, view):
    editor = view.plan_editor
    qtbot.mouseClick(editor.tiers_radio, Qt.MouseButton.LeftButton)
    plan = doc(view).project.vendors[0].plans[0]
    assert plan.tiers is not None and plan.rate == 0
    assert editor.tiers_view.isVisible() and not editor.fields["rate"].isVisible()
    qtbot.mouseClick(editor.add_tier_button, Qt.MouseButton.LeftButton)
    assert len(doc(view).project.vendors[0].plans[0].tiers) == 2
    doc(view).undo_stack.undo()
    doc(view).undo_stack.undo()
    assert doc(view).project.vendors[0].plans[0].tiers is None
    assert editor.flat_radio.isChecked()


def test_coverage_surcharge_phase_and_notes(qtbot, view):
    editor = view.plan_editor
    editor.coverage["holiday_night"].click()
    assert "holiday_night" in doc(view).project.vendors[0].plans[0].coverage
    type_into(qtbot, editor.surcharges["holiday_night", "monthly"], "10000")
    assert doc(view).project.vendors[0].plans[0].surcharges["holiday_night"].monthly == 10000
    type_into(qtbot, editor.surcharges["holiday_night", "multiplier"], "-1")
    assert is_marked_invalid(editor.surcharges["holiday_night", "multiplier"])
    editor.add_phase_button.click()
    phases = doc(view).project.vendors[0].plans[0].phases
    assert [p.from_ for p in phases] == ["2027-02"]
    model = editor.phases_model
    assert model.setData(model.index(0, 1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "weekday_day" not in doc(view).project.vendors[0].plans[0].phases[0].coverage
    assert not model.setData(model.index(0, 0), "2027-13")
    editor.notes_edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("夜間は要相談")
    editor.notes_edit.inputMethodEvent(event)
    editor.notes_edit.commit()
    assert "夜間は要相談" in doc(view).project.vendors[0].plans[0].notes


def test_plans_add_rename_delete(qtbot, view):
    before = len(doc(view).project.vendors[0].plans)
    view.add_plan()
    assert len(doc(view).project.vendors[0].plans) == before + 1
    assert view.current_plan() == before
    type_into(qtbot, view.plan_editor.name_edit, "Premium")
    assert doc(view).project.vendors[0].plans[before].name == "Premium"
    view.plan_view.setFocus()
    qtbot.keyClick(view.plan_view, Qt.Key.Key_Delete)
    assert len(doc(view).project.vendors[0].plans) == before
    doc(view).undo_stack.undo()
    assert doc(view).project.vendors[0].plans[before].name == "Premium"


def test_keyboard_rename_and_move(qtbot, view):
    names = [v.name for v in doc(view).project.vendors]
    view.vendor_view.setCurrentIndex(view.vendor_model.index(0, 0))
    view.vendor_view.setFocus()
    qtbot.keyClick(view.vendor_view, Qt.Key.Key_Return)
    assert view.vendor_view.state() == view.vendor_view.State.EditingState
    editor = view.vendor_view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Axis")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc(view).project.vendors[0].name == "Axis")  # the delegate commits queued
    view.vendor_view.setFocus()
    qtbot.keyClick(view.vendor_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [v.name for v in doc(view).project.vendors][:2] == [names[1], "Axis"]
    assert view.current_vendor() == 1
    assert doc(view).undo_stack.count() == 2


def test_delete_every_vendor_then_undo(qtbot, view):
    count = len(doc(view).project.vendors)
    for _ in range(count):
        view.delete_vendor()
    assert doc(view).project.vendors == []
    assert not view.plan_editor.isEnabled() and not view.vendor_notes.isEnabled()
    view.delete_vendor()  # nothing selected: nothing happens
    assert doc(view).undo_stack.count() == count
    for _ in range(count):
        doc(view).undo_stack.undo()
    assert len(doc(view).project.vendors) == count
    assert view.plan_editor.isEnabled() and view.current_plan() is not None


def test_refused_value_in_the_status_bar_names_the_field_not_its_path(qtbot, japanese):
    view = japanese(VendorsView)
    messages = []
    doc(view).status.connect(messages.append)
    type_into(qtbot, view.plan_editor.fields["monthly_fee"], "-5")
    assert messages[-1] == "月額固定費: 0 以上でなければなりません"
    type_into(qtbot, view.plan_editor.fields["monthly_fee"], "abc")
    assert messages[-1].startswith("月額固定費: ") and "数値" in messages[-1]
    type_into(qtbot, view.plan_editor.surcharges["holiday_night", "multiplier"], "-1")
    assert all("vendors[" not in m and "plans[" not in m for m in messages)


def test_tab_order_goes_down_the_screen(qtbot, view):
    """Vendor list, its buttons, vendor name and notes, plan list, its buttons, then the plan editor."""
    view.activateWindow()
    view.vendor_view.setFocus()
    qtbot.waitUntil(view.vendor_view.hasFocus)
    seen = [view.vendor_view]
    for _ in range(len(view.vendor_buttons) + len(view.plan_buttons) + 4):
        view.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert seen == [view.vendor_view, *view.vendor_buttons, view.vendor_name, view.vendor_notes,
                    view.plan_view, *view.plan_buttons, view.plan_editor.name_edit]
    # the same chain, read through nextInFocusChain (widgets that take Tab focus only)
    chain, widget = [], view.vendor_view
    while len(chain) < len(seen):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == seen
    for _ in range(len(seen) - 1):  # and Shift+Tab walks back
        view.focusPreviousChild()
    assert QApplication.focusWidget() is view.vendor_view
