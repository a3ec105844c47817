"""The Forecast screen, driven through its real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from vendorpick.pricing.volume import monthly_contacts
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import SetValue
from vendorpick.ui.feedback import is_marked_invalid
from vendorpick.ui.undo import Document
from vendorpick.ui.views.forecast import ForecastView
from vendorpick.ui.views.forecast_events import MULTIPLIER, NAME, START


def type_japanese(widget, text):
    """Commit ``text`` as an input method would (never keyClicks for non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture
def view(qtbot):
    document = Document(demo_project(), None, lang="en")
    view = ForecastView(document)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    return view


def test_bad_value_is_refused_at_the_field(view, qtbot):
    document, field = view.document, view.volume.base
    messages = []
    document.status.connect(messages.append)
    retype(qtbot, field, "-5")
    assert document.project.forecast.base_monthly_contacts == 600
    assert document.undo_stack.count() == 0
    assert is_marked_invalid(field) and field.text() == "600"  # the project's value again (issue 10, point 9)
    assert field.toolTip() == "must be ≥ 0"
    assert messages[-1] == "Base monthly contacts: must be ≥ 0"  # the field's label, not the project path
    retype(qtbot, field, "abc")
    assert field.toolTip() == "must be a number" and document.undo_stack.count() == 0
    retype(qtbot, field, "800")
    assert document.project.forecast.base_monthly_contacts == 800
    assert not is_marked_invalid(field) and field.toolTip() == ""
    assert document.undo_stack.undoText() == "Change base monthly contacts"


def test_reason_in_japanese_and_full_width_digits(view, qtbot):
    view.document.lang = "ja"
    field = view.volume.base
    retype(qtbot, field, "-1")
    assert field.toolTip() == "0 以上でなければなりません"
    field.clear()
    type_japanese(field, "１２００")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert view.document.project.forecast.base_monthly_contacts == 1200
    assert view.document.undo_stack.undoText() == "基準の月間問い合わせ件数を変更"


def test_growth_and_uncertainty_in_percent(view, qtbot):
    retype(qtbot, view.volume.growth, "7")
    retype(qtbot, view.volume.cv, "30")
    forecast = view.document.project.forecast
    assert forecast.growth_per_year == pytest.approx(0.07) and forecast.uncertainty.cv == pytest.approx(0.3)
    retype(qtbot, view.volume.correlation, "1.5")
    assert is_marked_invalid(view.volume.correlation)
    assert view.document.project.forecast.uncertainty.correlation == 0.5


def open_editor(table):
    assert table.state() == QAbstractItemView.State.EditingState
    return [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()][-1]


def edit_cell(qtbot, table, index, text):
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Return through a queued call


def test_monthly_index_edited_with_the_keyboard(view, qtbot):
    table, model = view.volume.index_table, view.volume.index_model
    assert model.columnCount() == 12 and model.rowCount() == 1
    edit_cell(qtbot, table, model.index(0, 2), "1.4")
    assert view.document.project.forecast.monthly_index[2] == 1.4
    assert model.data(model.index(0, 2)) == "1.4"
    edit_cell(qtbot, table, model.index(0, 3), "-1")
    assert view.document.project.forecast.monthly_index[3] == 0.9
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "must be ≥ 0"
    view.document.undo_stack.undo()
    assert view.document.project.forecast.monthly_index[2] == 1.1
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) is None


def test_day_weights_and_hourly_profiles(view):
    days = view.days
    assert days.days_model.setData(days.days_model.index(0, 6), "2")
    assert view.document.project.forecast.day_weights.sun == 2
    hours = days.hours_model
    assert hours.rowCount() == 24 and hours.columnCount() == 2
    assert hours.setData(hours.index(20, 0), "6")
    assert view.document.project.forecast.hourly_profile[20] == 6
    assert not hours.setData(hours.index(20, 1), "x")
    days.separate.click()  # off: holidays use the weekday profile
    assert view.document.project.forecast.holiday_hourly_profile is None
    assert hours.data(hours.index(20, 1)) == "6"
    assert hours.setData(hours.index(3, 1), "0.5")  # editing the holiday column separates it again
    fc = view.document.project.forecast
    assert fc.holiday_hourly_profile[3] == 0.5 and fc.hourly_profile[3] == 0.2
    assert days.separate.isChecked()


def without_events(view):
    view.document.replace(demo_project().model_copy(update={"forecast": demo_project().forecast.model_copy(
        update={"events": []})}), None)


def test_rakuten_presets_in_one_undo_step(view, qtbot):
    without_events(view)
    holidays_before = view.document.project.settings.extra_holidays
    qtbot.mouseClick(view.events.presets_button, Qt.MouseButton.LeftButton)
    project = view.document.project
    assert len(project.forecast.events) == 13  # 4 SALE, 8 marathons, the year-end rush
    assert view.events.model.rowCount() == 13
    sale = [e for e in project.forecast.events if e.name.startswith("Rakuten Super SALE")]
    assert [(e.start.month, e.start.day, e.end.day, e.multiplier) for e in sale] == [
        (m, 4, 11, 2.2) for m in (3, 6, 9, 12)]
    assert dt.date(2027, 1, 1) in project.settings.extra_holidays
    assert view.document.undo_stack.count() == 1
    assert view.document.undo_stack.undoText() == "Add Rakuten calendar"
    view.document.undo_stack.undo()
    assert view.document.project.forecast.events == []
    assert view.document.project.settings.extra_holidays == holidays_before


def test_event_added_named_in_japanese_moved_and_removed(view, qtbot):
    without_events(view)
    view.tabs.setCurrentWidget(view.events)
    events = view.events
    qtbot.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
    model, table = events.model, events.table
    assert model.rowCount() == 1
    table.setCurrentIndex(model.index(0, NAME))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    type_japanese(editor, "夏のセール")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    event = view.document.project.forecast.events[0]
    assert event.name == "夏のセール"
    assert model.setData(model.index(0, START), QDate(2027, 7, 10))  # moving keeps the length
    event = view.document.project.forecast.events[0]
    assert (event.start, event.end) == (dt.date(2027, 7, 10), dt.date(2027, 7, 16))
    assert not model.setData(model.index(0, START + 1), QDate(2027, 7, 1))  # end before start
    assert "after the end" in model.data(model.index(0, START + 1), Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(0, MULTIPLIER), "3")
    assert model.data(model.index(0, MULTIPLIER)) == "× 3"
    table.setFocus()
    table.setCurrentIndex(model.index(0, NAME))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert view.document.project.forecast.events == []
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(view.document.project.forecast.events) == 1


def test_chart_shows_the_expected_contacts(view):
    view.document.apply(SetValue(("forecast", "base_monthly_contacts"), 900.0))
    chart = view.volume.chart
    chart.refresh()
    chart.flush()
    lines = chart.plot.getPlotItem().listDataItems()
    expected = monthly_contacts(view.document.project)
    assert list(lines[0].yData) == pytest.approx(list(expected))
    assert len(lines[0].yData) == 12
    assert chart.caption.isVisible() and "2027-12" in chart.caption.text()
    QApplication.processEvents()
    assert not chart._refresh_timer.isActive()  # drawing does not start another refresh


@pytest.mark.parametrize("tab, table", [("volume", "index_table"), ("days", "days_table"), ("days", "hours_table")])
def test_tab_leaves_the_number_tables(view, qtbot, tab, table):
    """Tab and Shift+Tab move to the next and previous field; they do not cycle the cells."""
    view.tabs.setCurrentWidget(getattr(view, tab))
    table = getattr(getattr(view, tab), table)
    model = table.model()
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        table.setFocus()
        table.setCurrentIndex(model.index(0, 0))
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, key)
        assert not table.hasFocus(), f"{key} stayed in the table"
        assert table.currentIndex() == model.index(0, 0)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits the cell, as F2 does
    assert table.state() == QAbstractItemView.State.EditingState


def test_refused_cell_in_the_status_bar_names_the_cell_not_its_path(view, qtbot):
    messages = []
    view.document.status.connect(messages.append)
    table, model = view.volume.index_table, view.volume.index_model
    edit_cell(qtbot, table, model.index(0, 3), "-1")
    assert messages[-1] == f"Index · {model.headerData(3, Qt.Orientation.Horizontal)}: must be ≥ 0"
    assert not model.setData(model.index(0, 3), "x")
    assert messages[-1].startswith("Index · ") and "forecast" not in messages[-1]
