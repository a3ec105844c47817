"""The undo stack keeps each edit with its inverse: undoing every step brings
back the project as it was, redoing them the project as it became."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from vendorpick.project import edit_builders as eb  # noqa: E402
from vendorpick.project import edit_builders_project as pb  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.project.io import to_data  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402


def test_undo_and_redo_walk_the_same_states(qtbot):
    document = Document(demo_project(), lang="ja")
    states = [to_data(document.project)]
    for build in (lambda p: pb.set_field(p, "months", 18),
                  lambda p: eb.add_vendor(p, "ja")[0],
                  lambda p: eb.remove_criterion(p, 0),
                  lambda p: pb.add_event(p, "セール")):
        assert document.apply(build(document.project)) == []
        states.append(to_data(document.project))
    stack = document.undo_stack
    assert stack.count() == 4 and stack.undoText() == "イベントを追加"
    for expected in reversed(states[:-1]):
        stack.undo()
        assert to_data(document.project) == expected
    for expected in states[1:]:
        stack.redo()
        assert to_data(document.project) == expected
    document.lang = "en"
    document.relabel()
    assert stack.undoText() == "Add event"


def test_a_refused_edit_leaves_no_step(qtbot):
    document = Document(demo_project())
    before = document.project
    assert document.apply(pb.set_field(before, "months", 0))
    assert document.project is before and document.undo_stack.count() == 0
