"""Issue 10, point 3: contacts a candidate leaves to the shop are shown beside
the ranking, and a ¥0 in-house cost is flagged with a one-step fix."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QInputDialog  # noqa: E402

from tests.ui.results_page import open_results, settle  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.results import compute  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.results import ResultsView  # noqa: E402
from vendorpick.ui.views.results_table import UNCOVERED, UNCOVERED_COST  # noqa: E402
from vendorpick.ui.workers import ResultsService  # noqa: E402


@pytest.fixture
def view(qtbot):
    project = demo_project()
    project.settings.in_house_cost_per_contact = 0
    return open_results(qtbot, project, draws=200)


def test_uncovered_contacts_beside_the_ranking(qtbot, view):
    results = compute(view.document.project, draws=200, sensitivity=False)
    sim = results.sim
    shown = {(row[1], row[2]): row for row in view.ranking.visible_rows()}
    assert any(row[UNCOVERED] > 0 for row in shown.values())
    for i, ref in enumerate(sim.candidates):
        if (ref.vendor, ref.plan) in shown:
            row = shown[ref.vendor, ref.plan]
            assert row[UNCOVERED] == pytest.approx(float(sim.uncovered_contacts[i]))
            assert row[UNCOVERED_COST] == pytest.approx(float(sim.uncovered_cost[i]))


def test_zero_in_house_cost_is_flagged_and_set_in_one_step(qtbot, view, monkeypatch):
    assert view.uncovered_warning.isVisible()
    assert "¥0" in view.uncovered_text.text()
    steps = view.document.undo_stack.count()
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *args, **kwargs: (450.0, True)))
    qtbot.mouseClick(view.set_in_house_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.document.project.settings.in_house_cost_per_contact == 450.0
    assert view.document.undo_stack.count() == steps + 1
    assert not view.uncovered_warning.isVisible()
    sim = view.results.sim
    assert sim.uncovered_cost == pytest.approx(450.0 * sim.uncovered_contacts)
    shown = view.ranking.visible_rows()
    assert all(row[UNCOVERED_COST] == pytest.approx(450.0 * row[UNCOVERED]) for row in shown)

    view.document.undo_stack.undo()
    settle(qtbot, view)
    assert view.document.project.settings.in_house_cost_per_contact == 0
    assert view.uncovered_warning.isVisible()


def test_no_warning_when_every_contact_is_covered(qtbot):
    project = demo_project()
    project.settings.in_house_cost_per_contact = 0
    for vendor in project.vendors:
        for plan in vendor.plans:
            plan.coverage = ["weekday_day", "weekday_night", "holiday_day", "holiday_night"]
            plan.phases = []
    page = ResultsView(Document(project, lang="ja"), service=ResultsService(draws=200))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page)
    assert float(page.results.sim.uncovered_contacts.max()) < 0.5
    assert not page.uncovered_warning.isVisible()


def test_settings_page_says_when_in_house_cost_is_not_set(qtbot):
    from vendorpick.project.edits import SetValue
    from vendorpick.ui.document_actions import blank_project
    from vendorpick.ui.views.settings import SettingsView

    document = Document(blank_project(), lang="ja")
    page = SettingsView(document)
    qtbot.addWidget(page)
    page.show()
    assert document.project.settings.in_house_cost_per_contact == 0
    assert page.in_house_hint.isVisible()  # a new project does not keep 0 unnoticed
    document.apply(SetValue(("settings", "in_house_cost_per_contact"), 300.0))
    assert not page.in_house_hint.isVisible()
