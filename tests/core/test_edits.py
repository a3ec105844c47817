"""Edits are commands: applying one validates it, and its inverse restores
the project exactly."""

from __future__ import annotations

import pytest

from vendorpick.errors import InputError
from vendorpick.i18n import L_
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import (
    DELETE,
    Compound,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetValue,
    apply_edit,
)


@pytest.fixture
def demo():
    return demo_project()


def roundtrip(project, edit):
    changed, inverse = apply_edit(project, edit)
    restored, again = apply_edit(changed, inverse)
    assert restored == project
    reapplied, _ = apply_edit(restored, again)
    assert reapplied == changed
    return changed


def test_set_value_and_undo(demo):
    changed = roundtrip(demo, SetValue(("vendors", 1, "plans", 0, "rate"), 300))
    assert changed.vendors[1].plans[0].rate == 300
    assert demo.vendors[1].plans[0].rate == 320  # the original is never changed


def test_bad_value_is_refused_with_its_place(demo):
    with pytest.raises(InputError) as info:
        apply_edit(demo, SetValue(("vendors", 1, "plans", 0, "rate"), -1))
    assert [p.loc for p in info.value.problems] == ["vendors[1].plans[0].rate"]


def test_duplicate_vendor_name_refused(demo):
    with pytest.raises(InputError) as info:
        apply_edit(demo, SetValue(("vendors", 1, "name"), demo.vendors[0].name))
    assert info.value.problems[0].code == "vp_duplicate_name"


def test_insert_remove_move(demo):
    new_vendor = {"name": "新規ベンダー", "plans": [{"name": "従量", "rate": 300}]}
    added = roundtrip(demo, InsertItem(("vendors",), 0, new_vendor))
    assert added.vendors[0].name == "新規ベンダー"
    removed = roundtrip(demo, RemoveItem(("vendors",), 2))
    assert [v.name for v in removed.vendors] == [v.name for i, v in enumerate(demo.vendors) if i != 2]
    moved = roundtrip(demo, MoveItem(("vendors",), 0, 3))
    assert moved.vendors[3].name == demo.vendors[0].name


def test_compound_is_one_step_and_set_value_can_add_and_delete_keys(demo):
    edit = Compound((
        SetValue(("criteria", 1, "id"), "hours2"),
        *[SetValue(("vendors", i, "scores", "hours2"), v.scores["hours"]) for i, v in enumerate(demo.vendors)],
        *[SetValue(("vendors", i, "scores", "hours"), DELETE) for i in range(len(demo.vendors))],
    ), text=L_("Rename project"))
    changed = roundtrip(demo, edit)
    assert changed.criteria[1].id == "hours2"
    assert all("hours" not in v.scores and "hours2" in v.scores for v in changed.vendors)
    assert edit.label("ja") == "プロジェクト名を変更"
