"""Issue 16 (SPEC 7) in the plan editor: a per-minute quote and a
dedicated-seat quote entered as a user would (kind radio, fields), the values
the project file keeps, the engine's figures for them worked by hand, and the
refusals next to the field."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.ui.test_forecast import edit_cell, open_editor  # noqa: E402
from tests.ui.test_surcharge_premium import type_into  # noqa: E402
from vendorpick.pricing.simulate import simulate  # noqa: E402
from vendorpick.project import edit_builders as eb  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.project.io import dumps  # noqa: E402
from vendorpick.ui.feedback import is_marked_invalid  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.vendors import VendorsView  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
CHANNELS = ["message", "mail", "phone"]  # the demo's


def type_rate(qtbot, billing, cid, text):
    """Type a rate into the plan's table of channels."""
    view = billing.channels_view
    edit_cell(qtbot, view, view.model().index(CHANNELS.index(cid), 1), text)


def tick(billing, cid, on):
    model = billing.channels_model
    state = (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value
    model.setData(model.index(CHANNELS.index(cid), 0), state, Qt.ItemDataRole.CheckStateRole)


def ticked(billing, cid):
    model = billing.channels_model
    return model.index(CHANNELS.index(cid), 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


@pytest.fixture
def view(qtbot):
    widget = VendorsView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    widget.add_plan()  # a new plan of the first vendor: every band covered, no surcharge
    return widget


def plan(view):
    editor = view.plan_editor
    return view._document.project.vendors[editor._vi].plans[editor._pi]


def candidate(result, view):
    editor = view.plan_editor
    return next(i for i, ref in enumerate(result.candidates)
                if (ref.vendor_index, ref.plan_index) == (editor._vi, editor._pi))


def saved_plan(view):
    editor = view.plan_editor
    return json.loads(dumps(view._document.project))["vendors"][editor._vi]["plans"][editor._pi]


def test_a_per_minute_quote_as_a_user_enters_it(qtbot, view):
    editor, billing = view.plan_editor, view.plan_editor.billing
    assert plan(view).coverage == ["weekday_day", "weekday_night", "holiday_day", "holiday_night"]
    assert not billing.minute_box.isVisible() and not billing.seats_box.isVisible()
    qtbot.mouseClick(editor.per_minute_radio, LEFT)
    assert eb.quote_kind(plan(view)) == "per_minute" and editor.per_minute_radio.isChecked()
    assert billing.minute_box.isVisible() and not billing.seats_box.isVisible()
    assert editor.fields["included"].isVisible() and editor.fields["monthly_fee"].isVisible()
    combo = billing.rounding_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the second choice: each contact rounded up
    type_into(qtbot, editor.fields["monthly_fee"], "10000")
    type_into(qtbot, editor.fields["included"], "1000")
    type_into(qtbot, editor.fields["rate"], "60")
    type_rate(qtbot, billing, "phone", "80")
    saved = saved_plan(view)
    assert saved["unit"] == "minute" and saved["rounding"] == "per_contact"
    assert saved["monthly_fee"] == 10000 and saved["included"] == 1000 and saved["rate"] == 60
    assert saved["rates"] == {"phone": 80} and saved.get("seats") is None and saved.get("channels") is None

    # every band covered: all contacts handled in their own month; u_c = 1 / (1 - e^(-1/aht_c))
    channels = view._document.project.forecast.channels
    total_share = sum(c.share for c in channels)
    units = {c.id: c.share / total_share / (1 - math.exp(-1 / c.aht_min)) for c in channels}
    rate = {c.id: 80.0 if c.id == "phone" else 60.0 for c in channels}
    per_contact = sum(units.values())
    p_bar = sum(units[c] * rate[c] for c in units) / per_contact
    result = simulate(view._document.project, scenarios=100)
    i = candidate(result, view)
    expected = 10000 + np.maximum(0, result.contacts * per_contact - 1000) * p_bar
    np.testing.assert_allclose(result.monthly_vendor_cost[i], expected, rtol=1e-9)
    assert result.units[i] == "minute" and result.seat_cost[i] == 0

    # blank rate: the channel pays the plan's rate again
    table = billing.channels_view
    table.setCurrentIndex(table.model().index(CHANNELS.index("phone"), 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert plan(view).rates is None


def test_a_dedicated_seat_quote_as_a_user_enters_it(qtbot, view):
    editor, billing = view.plan_editor, view.plan_editor.billing
    document = view._document
    steps = document.undo_stack.count()
    qtbot.mouseClick(editor.seats_radio, LEFT)
    assert document.undo_stack.count() == steps + 1  # one undoable edit
    assert billing.seats_box.isVisible() and not billing.minute_box.isVisible()
    type_into(qtbot, billing.seat_fields["count"], "2")
    type_into(qtbot, billing.seat_fields["per_seat_month"], "300,000")
    saved = saved_plan(view)
    assert saved["seats"] == {"count": 2, "per_seat_month": 300000, "per_seat_hour": 0}
    assert saved.get("unit", "contact") == "contact"
    result = simulate(document.project, scenarios=100)
    i = candidate(result, view)
    months = len(result.months)
    np.testing.assert_allclose(result.monthly_vendor_cost[i], [600000.0] * months)
    assert result.seat_cost[i] == pytest.approx(600000.0 * months)
    # back to a fixed fee: the seats go, in one edit that undo brings back
    qtbot.mouseClick(editor.fixed_radio, LEFT)
    assert plan(view).seats is None and not billing.seats_box.isVisible()
    document.undo_stack.undo()
    assert plan(view).seats.count == 2 and editor.seats_radio.isChecked()


def test_refusals_stay_next_to_the_field(qtbot, view):
    editor, billing = view.plan_editor, view.plan_editor.billing
    qtbot.mouseClick(editor.seats_radio, LEFT)
    type_into(qtbot, billing.seat_fields["count"], "1.5")
    assert plan(view).seats.count == 1 and is_marked_invalid(billing.seat_fields["count"])
    assert billing.seat_fields["count"].text() == "1"  # the project's value again
    assert "席" in billing.seat_fields["count"].toolTip()
    type_rate(qtbot, billing, "mail", "-5")
    assert plan(view).rates is None and is_marked_invalid(billing.channels_view)
    assert billing.channels_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)  # the reason, on the cell
    type_rate(qtbot, billing, "mail", "250")
    assert plan(view).rates == {"mail": 250} and not is_marked_invalid(billing.channels_view)


def test_which_channels_the_plan_handles(qtbot, view):
    billing = view.plan_editor.billing
    assert billing.channels_view.isVisible() and all(ticked(billing, c) for c in CHANNELS)
    tick(billing, "phone", False)
    assert plan(view).channels == ["message", "mail"] and not ticked(billing, "phone")
    tick(billing, "message", False)
    tick(billing, "mail", False)  # the last one: a plan handles at least one channel
    assert plan(view).channels == ["mail"] and ticked(billing, "mail")
    assert is_marked_invalid(billing.channels_view)
    result = simulate(view._document.project, scenarios=100)
    i = candidate(result, view)
    mail = result.channel_ids.index("mail")
    others = [k for k in range(len(result.channel_ids)) if k != mail]
    assert result.uncovered_by_channel[i][mail] == pytest.approx(0.0, abs=1e-6)
    assert all(result.uncovered_by_channel[i][k] > 0 for k in others)
    tick(billing, "phone", True)
    tick(billing, "message", True)
    assert plan(view).channels is None  # every channel again: the key is dropped
