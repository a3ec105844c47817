"""Issue 10, point 9: input feedback — one way of reading numbers everywhere,
a refusal explained beside the field, the field never showing a value the
project does not hold, and no empty undo step."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale  # noqa: E402

from tests.ui.keyboard import type_into  # noqa: E402
from tests.ui.test_shell import env, make_window  # noqa: E402, F401
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.project.edits import SetValue  # noqa: E402
from vendorpick.ui.feedback import inline_message, is_marked_invalid  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.forecast import ForecastView  # noqa: E402
from vendorpick.ui.widgets.numbers import parse_number  # noqa: E402


@pytest.fixture(params=["ja_JP", "en_US"])
def locale(request, qapp):
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("８００件", "count", 800), ("800件", None, 800), ("３５０", "count", 350), ("320円", "yen", 320),
    ("¥1,200", "yen", 1200), ("￥１，２００", "yen", 1200), ("1,234,567", None, 1234567), ("+25%", "percent", 25),
    ("＋２５％", "percent", 25), ("12.5", None, 12.5), ("-3", None, -3),
])
def test_what_users_type_is_read_alike_everywhere(locale, text, unit, value):
    assert parse_number(text, unit) == pytest.approx(value)


@pytest.mark.parametrize(("text", "unit"), [
    ("3,30", None), ("12,34", "yen"), ("1,2345", None), ("25%", "count"), ("800件", "yen"), ("円", "yen"),
    ("1.2.3", None), ("", None), (",", None),
])
def test_what_is_no_number_is_refused(locale, text, unit):
    assert parse_number(text, unit) is None




@pytest.fixture
def forecast(qtbot):
    view = ForecastView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(view)
    view.show()
    return view


def test_count_with_its_unit_and_a_refusal_beside_the_field(qtbot, forecast):
    field = forecast.volume.base
    document = forecast.document
    type_into(qtbot, field, "８００件")
    assert document.project.forecast.base_monthly_contacts == 800
    steps = document.undo_stack.count()
    type_into(qtbot, field, "3,30")
    assert document.project.forecast.base_monthly_contacts == 800  # never 330
    assert document.undo_stack.count() == steps
    assert is_marked_invalid(field)
    message = inline_message(field)
    assert message is not None and message.isVisible() and message.text()
    below = field.mapTo(message.parentWidget(), field.rect().bottomLeft())
    assert message.geometry().top() >= below.y()  # below the field, not only in the status bar
    assert abs(message.geometry().left() - below.x()) < 5
    assert field.text() == "800"  # the screen shows what the project holds
    type_into(qtbot, field, "-5")  # a value the project refuses: the same
    assert field.text() == "800" and is_marked_invalid(field)


def test_no_empty_undo_step(forecast):
    document = forecast.document
    steps = document.undo_stack.count()
    value = document.project.forecast.base_monthly_contacts
    assert document.apply(SetValue(("forecast", "base_monthly_contacts"), value)) == []
    assert document.undo_stack.count() == steps


def test_japanese_undo_label_has_no_doubled_particle(make_window):  # noqa: F811 - the fixture imported from test_shell
    window = make_window(lang="ja")
    document = window.document
    quality = next(c.id for c in document.project.criteria if c.kind == "rating")
    from vendorpick.project import edit_builders as eb

    document.apply(eb.set_score(document.project, 0, quality, 2))
    text = window.act_undo.text()
    assert "スコアを変更" in text and "を変更を元に戻す" not in text and "」を元に戻す" not in text
    window.set_language("en")
    assert "「" not in window.act_undo.text().replace(document.project.vendors[0].name, "")


def test_tier_cells_take_the_units_of_their_column(qtbot):
    from vendorpick.ui.views.vendors import VendorsView

    view = VendorsView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(view)
    editor = view.plan_editor
    editor.kind_radios["graduated"].click()
    tiers = editor.tiers_model
    editor.add_tier_button.click()
    assert tiers.setData(tiers.index(0, 0), "１，０００件") and tiers.setData(tiers.index(0, 1), "￥300")
    plan = view._document.project.vendors[0].plans[0]
    assert (plan.tiers[0].up_to, plan.tiers[0].rate) == (1000, 300)
    steps = view._document.undo_stack.count()
    assert not tiers.setData(tiers.index(0, 0), "1,000円")  # a limit is a count of contacts, not yen
    assert not tiers.setData(tiers.index(0, 1), "3,00")
    assert view._document.undo_stack.count() == steps
