"""Issue 16 (SPEC 7): the channels editor of the Forecast page, driven as a
user would — edit cells, add and remove channels, an own hourly profile —
with undo, refusals and the weekday arrivals chart's figures."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.test_forecast import edit_cell  # noqa: E402
from vendorpick.project import edit_builders_channels as ebc  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.feedback import is_marked_invalid  # noqa: E402
from vendorpick.ui.models.channels import ChannelsTableModel as M  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.forecast import ForecastView  # noqa: E402
from vendorpick.ui.views.forecast_channels import weekday_arrivals  # noqa: E402


@pytest.fixture
def tab(qtbot):
    view = ForecastView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.tabs.setCurrentWidget(view.channels_editor)
    return view.channels_editor


def type_cell(qtbot, table, row, col, text):
    edit_cell(qtbot, table, table.model().index(row, col), text)


def channels(tab):
    return tab.document.project.forecast.channels


def test_edit_cells_and_undo(qtbot, tab):
    stack = tab.document.undo_stack
    type_cell(qtbot, tab.table, 2, M.SHARE, "0.5")
    type_cell(qtbot, tab.table, 2, M.AHT, "4.5")
    assert channels(tab)[2].share == 0.5 and channels(tab)[2].aht_min == 4.5
    # 0.5 of 0.5 + 0.3 + 0.5 = 1.3
    assert tab.model.index(2, M.PERCENT).data() == "38.5"
    type_cell(qtbot, tab.table, 2, M.ID, "tel")
    assert channels(tab)[2].id == "tel"
    stack.undo()
    assert channels(tab)[2].id == "phone"
    stack.undo()
    stack.undo()
    assert channels(tab)[2].share == 0.2 and channels(tab)[2].aht_min == 5


def test_renaming_an_id_follows_into_the_plans(qtbot, tab):
    project = tab.document.project
    vi, pi = next((vi, pi) for vi, v in enumerate(project.vendors) for pi, p in enumerate(v.plans) if p.rates)
    assert "phone" in project.vendors[vi].plans[pi].rates
    type_cell(qtbot, tab.table, 2, M.ID, "tel")
    assert tab.document.project.vendors[vi].plans[pi].rates == {"tel": 60.0}


def test_add_and_remove_channels(qtbot, tab):
    stack = tab.document.undo_stack
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in channels(tab)] == ["message", "mail", "phone", "chat"]
    assert channels(tab)[3].share == 0 and tab.table.currentIndex().row() == 3
    assert ebc.default_kind("chat") == "live" and tab.model.index(3, M.KIND).data(Qt.ItemDataRole.EditRole) == "live"
    type_cell(qtbot, tab.table, 3, M.SHARE, "0.1")
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in channels(tab)] == ["mail", "phone", "chat"]
    stack.undo()
    assert [c.id for c in channels(tab)] == ["message", "mail", "phone", "chat"]


def test_removing_a_channel_a_plan_prices_drops_its_rate(qtbot, tab):
    tab.table.setCurrentIndex(tab.model.index(2, 0))  # phone: a per-minute plan has a phone rate
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in channels(tab)] == ["message", "mail"]
    assert all(p.rates is None or "phone" not in p.rates for v in tab.document.project.vendors for p in v.plans)


def test_shares_all_zero_are_refused(qtbot, tab):
    type_cell(qtbot, tab.table, 0, M.SHARE, "0")
    type_cell(qtbot, tab.table, 1, M.SHARE, "0")
    type_cell(qtbot, tab.table, 2, M.SHARE, "0")
    assert [c.share for c in channels(tab)] == [0, 0, 0.2]
    assert is_marked_invalid(tab.table)
    assert tab.model.index(2, M.SHARE).data(Qt.ItemDataRole.ToolTipRole)
    type_cell(qtbot, tab.table, 2, M.SHARE, "-1")
    assert channels(tab)[2].share == 0.2


def test_own_hourly_profile_copied_then_edited(qtbot, tab):
    forecast = tab.document.project.forecast
    tab.table.setCurrentIndex(tab.model.index(1, 0))  # mail: follows the forecast's profile
    assert not tab.profile_box.isEnabled()
    assert tab.model.setData(tab.model.index(1, M.OWN), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    mail = channels(tab)[1]
    assert mail.hourly_profile == list(forecast.hourly_profile)
    assert tab.profile_box.isEnabled()
    type_cell(qtbot, tab.profile_table, 9, 0, "10")  # 9:00 on weekdays
    mail = channels(tab)[1]
    assert mail.hourly_profile[9] == 10 and forecast.hourly_profile[9] != 10
    # the chart: a weekday's share of mail at 9:00 = 0.3 x 10 / sum of mail's profile
    arrivals = {cid: values for cid, _ch, values in weekday_arrivals(tab.document.project)}
    assert arrivals["mail"][9] == pytest.approx(100 * 0.3 * 10 / sum(mail.hourly_profile))
    assert sum(sum(v) for v in arrivals.values()) == pytest.approx(100)
    tab.document.undo_stack.undo()
    tab.document.undo_stack.undo()
    assert channels(tab)[1].hourly_profile is None
