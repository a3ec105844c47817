"""The Settings screen, driven through its real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from vendorpick.project.demo import demo_project
from vendorpick.project.edits import SetValue
from vendorpick.ui.feedback import is_marked_invalid
from vendorpick.ui.undo import Document
from vendorpick.ui.views.settings import SettingsView


def retype(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture
def view(qtbot):
    view = SettingsView(Document(demo_project(), None, lang="en"))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    return view


def test_project_name_typed_in_japanese(view, qtbot):
    view.name.setFocus()
    view.name.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString("新しい比較")
    QApplication.sendEvent(view.name, event)
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert view.document.project.name == "新しい比較"
    assert view.document.undo_stack.undoText() == "Rename project"
    view.document.undo_stack.undo()
    assert view.name.text() == demo_project().name


def test_costs_tax_and_budget(view, qtbot):
    retype(qtbot, view.in_house, "1,200")
    retype(qtbot, view.tax_rate, "8")
    settings = view.document.project.settings
    assert settings.in_house_cost_per_contact == 1200 and settings.tax_rate == pytest.approx(0.08)
    retype(qtbot, view.budget, "")
    assert view.document.project.settings.monthly_budget is None
    retype(qtbot, view.budget, "-10")
    assert is_marked_invalid(view.budget) and view.document.project.settings.monthly_budget is None
    retype(qtbot, view.budget, "¥250,000")
    assert view.document.project.settings.monthly_budget == 250000


def test_horizon_scenarios_and_seed_are_validated(view, qtbot):
    retype(qtbot, view.months, "61")
    assert is_marked_invalid(view.months) and view.months.toolTip() == "must be ≤ 60"
    assert view.document.project.months == 12
    retype(qtbot, view.months, "2.5")
    assert view.months.toolTip() == "must be a whole number"
    retype(qtbot, view.months, "24")
    assert view.document.project.months == 24 and not is_marked_invalid(view.months)
    retype(qtbot, view.scenarios, "50")
    assert view.scenarios.toolTip() == "must be ≥ 100"
    retype(qtbot, view.seed, "7")
    assert view.document.project.settings.seed == 7


def test_start_month(view):
    view.start.setDate(QDate(2028, 4, 1))
    view.start.editingFinished.emit()
    assert view.document.project.start == "2028-04"
    assert view.document.project.month_labels[0] == "2028-04"


def test_required_bands(view, qtbot):
    box = view.band_boxes["holiday_night"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    view.band_boxes["weekday_day"].click()
    assert view.document.project.settings.required_bands == ["weekday_day", "holiday_night"]
    view.document.undo_stack.undo()
    assert not view.band_boxes["weekday_day"].isChecked()


def test_extra_holidays_and_year_end_closure(view, qtbot):
    view.document.apply(SetValue(("settings", "extra_holidays"), []))
    view.holiday_date.setDate(QDate(2027, 5, 6))
    qtbot.mouseClick(view.add_holiday, Qt.MouseButton.LeftButton)
    assert view.document.project.settings.extra_holidays == [dt.date(2027, 5, 6)]
    assert view.holidays.count() == 1
    qtbot.mouseClick(view.closure, Qt.MouseButton.LeftButton)
    assert view.holidays.count() == 7
    assert view.document.undo_stack.undoText() == "Add year-end closure days"
    item = view.holidays.findItems("2027-05-06 (", Qt.MatchFlag.MatchStartsWith)[0]
    view.holidays.setCurrentItem(item)
    qtbot.mouseClick(view.remove_holiday, Qt.MouseButton.LeftButton)
    assert dt.date(2027, 5, 6) not in view.document.project.settings.extra_holidays
    messages = []
    view.document.status.connect(messages.append)
    qtbot.mouseClick(view.closure, Qt.MouseButton.LeftButton)
    assert messages == ["The year-end closure days are already listed."]


def test_refused_value_in_the_status_bar_names_the_field(view, qtbot):
    messages = []
    view.document.status.connect(messages.append)
    retype(qtbot, view.scenarios, "50")
    assert messages[-1] == "Scenarios: must be ≥ 100"  # not "settings.scenarios: …"
    retype(qtbot, view.months, "x")
    assert messages[-1] == "Horizon: must be a whole number"
