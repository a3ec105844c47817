"""The Criteria table's Channel column: a ``service`` criterion's channel, chosen in a combo box
(blank = all assessed channels), one undoable edit; other kinds show a dash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from vendorpick.project.demo import demo_project
from vendorpick.project.edit_builders_service import assess_channel, set_criterion_channel
from vendorpick.ui.models.base import CHOICES_ROLE
from vendorpick.ui.models.criteria import CriteriaTableModel as C
from vendorpick.ui.undo import Document
from vendorpick.ui.views.criteria import CriteriaView


@pytest.fixture
def view(qtbot):
    document = Document(demo_project(), lang="en")
    widget = CriteriaView(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def sla_row(view) -> int:
    return [c.id for c in view._document.project.criteria].index("sla")


def choose(view, row: int, label: str) -> None:
    """Open the cell's editor as a user would, pick ``label`` in its combo box and commit it."""
    table = view.criteria_view
    index = view.criteria_model.index(row, C.CHANNEL)
    table.setCurrentIndex(index)
    table.edit(index)
    (combo,) = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    combo.setCurrentIndex(combo.findText(label))
    table.itemDelegate().commitData.emit(combo)
    table.itemDelegate().closeEditor.emit(combo)


def test_the_channel_of_a_service_criterion_is_chosen_and_undone(view):
    model, row = view.criteria_model, sla_row(view)
    assert model.headerData(C.CHANNEL, Qt.Orientation.Horizontal) == "Channel"
    assert model.index(row, C.CHANNEL).data() == "R-Messe"
    # offered: all assessed channels, then the channels with a target (the demo: R-Messe and phone, not mail)
    labels = [label for _, label in model.index(row, C.CHANNEL).data(CHOICES_ROLE)]
    assert labels == ["All assessed channels", "R-Messe", "電話"]
    assert model.flags(model.index(row, C.CHANNEL)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, C.CHANNEL)) & Qt.ItemFlag.ItemIsEditable  # cost
    assert model.index(0, C.CHANNEL).data() == "—"

    choose(view, row, "電話")
    assert view._document.project.criteria[row].channel == "phone"
    assert model.index(row, C.CHANNEL).data() == "電話"
    choose(view, row, "All assessed channels")
    assert view._document.project.criteria[row].channel is None
    assert model.index(row, C.CHANNEL).data() == "All assessed channels"
    view._document.undo_stack.undo()
    assert view._document.project.criteria[row].channel == "phone"
    view._document.undo_stack.undo()
    assert view._document.project.criteria[row].channel == "message"
    assert view._document.undo_stack.redoText() == "Change the channel of R-Messe 24時間以内返信率"


def test_the_builder_changes_nothing_when_the_channel_is_the_same():
    project = demo_project()
    ci = [c.id for c in project.criteria].index("sla")
    assert set_criterion_channel(project, ci, "message") is None
    assert set_criterion_channel(project, ci, " ") is not None  # blank: all assessed channels
    edit = set_criterion_channel(project, ci, "phone")
    assert edit is not None and edit.label("en") == f"Change the channel of {project.criteria[ci].label}"
    assert edit.label("ja") == f"「{project.criteria[ci].label}」のチャネルを変更"


def test_a_channel_given_a_target_is_offered(view):
    row = sla_row(view)
    view._document.apply(assess_channel(view._document.project, "mail", True))
    labels = [label for _, label in view.criteria_model.channel_names().items()]
    assert labels == ["All assessed channels", "R-Messe", "メール", "電話"]
    assert row == sla_row(view)
