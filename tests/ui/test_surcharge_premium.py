"""Issue 10, point 2: surcharges are typed and shown as a percentage premium,
as the vendors write them; the file keeps the multiplier."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


from tests.ui.keyboard import type_into  # noqa: E402
from vendorpick.premium import format_premium, parse_premium  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.feedback import inline_message, is_marked_invalid  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.vendors import VendorsView  # noqa: E402


@pytest.fixture
def view(qtbot):
    widget = VendorsView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def night(view):
    return view._document.project.vendors[0].plans[0].surcharge("holiday_night")


@pytest.mark.parametrize("text", ["+25%", "25%", "25", "+25 %", "＋２５％", "２５", "2割5分増し", "25%増し"])
def test_premium_as_the_vendor_writes_it(qtbot, view, text):
    field = view.plan_editor.surcharges["holiday_night", "multiplier"]
    type_into(qtbot, field, text)
    assert night(view).multiplier == pytest.approx(1.25)
    assert field.text() == "+25 %"
    assert not is_marked_invalid(field)
    dumped = view._document.project.model_dump(mode="json")
    assert dumped["vendors"][0]["plans"][0]["surcharges"]["holiday_night"]["multiplier"] == pytest.approx(1.25)


def test_zero_is_no_premium(qtbot, view):
    field = view.plan_editor.surcharges["holiday_night", "multiplier"]
    type_into(qtbot, field, "25")
    type_into(qtbot, field, "0")
    assert night(view).multiplier == 1.0
    assert field.text() == "0 %"


@pytest.mark.parametrize("text", ["-10%", "250", "+300 %", "abc"])
def test_discount_or_implausible_premium_is_refused_beside_the_field(qtbot, view, text):
    field = view.plan_editor.surcharges["holiday_night", "multiplier"]
    before = night(view).multiplier
    steps = view._document.undo_stack.count()
    type_into(qtbot, field, text)
    assert night(view).multiplier == before
    assert view._document.undo_stack.count() == steps
    assert is_marked_invalid(field)
    message = inline_message(field)
    assert message is not None and message.isVisible() and "%" in message.text()
    assert field.text() == format_premium(before)  # the screen shows what the project holds


def test_premium_text_round_trips():
    for multiplier in (1.0, 1.25, 1.5, 2.0, 3.0, 1.125):
        assert 1 + parse_premium(format_premium(multiplier)) / 100 == pytest.approx(multiplier)


@pytest.mark.parametrize("text", ["1.25倍", "１．２５倍", "×1.25", "1.25x"])
def test_a_factor_written_as_such_is_the_multiplier(qtbot, view, text):
    field = view.plan_editor.surcharges["holiday_night", "multiplier"]
    type_into(qtbot, field, text)
    assert night(view).multiplier == pytest.approx(1.25)
    assert field.text() == "+25 %"


def test_a_bare_decimal_asks_which_is_meant(qtbot, view):
    """``1.25`` would silently be +1.25 %: the field asks instead (and keeps the project's value)."""
    field = view.plan_editor.surcharges["holiday_night", "multiplier"]
    before = night(view).multiplier
    steps = view._document.undo_stack.count()
    type_into(qtbot, field, "1.25")
    assert night(view).multiplier == before and view._document.undo_stack.count() == steps
    message = inline_message(field)
    assert message is not None and "+25 %" in message.text() and "+1.25 %" in message.text()
    type_into(qtbot, field, "+1.25%")  # said explicitly, a small premium is fine
    assert night(view).multiplier == pytest.approx(1.0125)
