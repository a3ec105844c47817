"""Issue 10, point 7: quote kinds by name in the plan editor — 月額固定型,
従量課金型, 段階料金 — each showing only the fields it needs; the file keeps
its format (the kind is read off the plan)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.test_surcharge_premium import type_into  # noqa: E402
from vendorpick.project import edit_builders as eb  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.project.io import dumps, loads  # noqa: E402
from vendorpick.project.model import Plan  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.vendors import VendorsView  # noqa: E402


@pytest.fixture
def view(qtbot):
    widget = VendorsView(Document(demo_project(), lang="ja"))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def plan(view):
    editor = view.plan_editor
    return view._document.project.vendors[editor._vi].plans[editor._pi]


def shown(editor, key):
    return editor.fields[key].isVisible()


def test_kind_is_read_off_the_plan():
    assert eb.quote_kind(Plan(name="a", monthly_fee=30000, included=100, rate=300)) == "fixed"
    assert eb.quote_kind(Plan(name="b", rate=320)) == "per_contact"
    assert eb.quote_kind(Plan(name="c", minimum_monthly_charge=20000, rate=320)) == "per_contact"
    assert eb.quote_kind(Plan(name="d", tiers=[{"up_to": None, "rate": 250}])) == "graduated"


def test_per_contact_shows_only_its_fields_and_keeps_the_format(qtbot, view):
    editor = view.plan_editor
    assert eb.quote_kind(plan(view)) == "fixed" and editor.fixed_radio.isChecked()
    assert shown(editor, "monthly_fee") and shown(editor, "included") and shown(editor, "rate")
    document = view._document
    steps = document.undo_stack.count()
    qtbot.mouseClick(editor.per_contact_radio, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == steps + 1
    assert plan(view).monthly_fee == 0 and plan(view).included == 0 and plan(view).tiers is None
    assert editor.per_contact_radio.isChecked()
    assert not shown(editor, "monthly_fee") and not shown(editor, "included")
    assert shown(editor, "rate") and shown(editor, "minimum_monthly_charge") and shown(editor, "setup_fee")
    type_into(qtbot, editor.fields["rate"], "320")
    assert plan(view).rate == 320
    # the saved file has no new key: the kind is inferred again when loading
    import json

    saved = json.loads(dumps(document.project))
    plan_keys = set(saved["vendors"][editor._vi]["plans"][editor._pi])
    assert "kind" not in plan_keys and plan_keys <= set(Plan.model_fields) | {"included"}
    reloaded = loads(dumps(document.project))
    assert eb.quote_kind(reloaded.vendors[editor._vi].plans[editor._pi]) == "per_contact"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert editor.fixed_radio.isChecked() and plan(view).monthly_fee > 0


def test_graduated_shows_the_tiers(qtbot, view):
    editor = view.plan_editor
    qtbot.mouseClick(editor.tiers_radio, Qt.MouseButton.LeftButton)
    assert plan(view).tiers is not None
    assert editor.tiers_view.isVisible() and not shown(editor, "rate")
    qtbot.mouseClick(editor.fixed_radio, Qt.MouseButton.LeftButton)
    assert plan(view).tiers is None and shown(editor, "rate")


def test_a_new_fixed_plan_stays_fixed_while_its_fee_is_typed(qtbot, view):
    editor = view.plan_editor
    view.add_plan()
    assert plan(view).monthly_fee == 0 and plan(view).included == 0
    assert editor.per_contact_radio.isChecked()
    qtbot.mouseClick(editor.fixed_radio, Qt.MouseButton.LeftButton)
    assert editor.fixed_radio.isChecked() and shown(editor, "monthly_fee")
    type_into(qtbot, editor.fields["monthly_fee"], "30000")
    type_into(qtbot, editor.fields["included"], "100件")
    assert (plan(view).monthly_fee, plan(view).included) == (30000, 100)
    assert editor.fixed_radio.isChecked()
