"""Issue 10, point 1: after Reset (or sliders dragged back to the project's
values) every view shows the project's figures, not the what-if's."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.results_page import open_results, settle  # noqa: E402
from vendorpick.results import compute, ranking_rows  # noqa: E402


@pytest.fixture
def view(qtbot):
    return open_results(qtbot, show=False)


def project_figures(view):
    """Rank, vendor, plan, score and total as the engine computes them for the project."""
    return [row[:5] for row in ranking_rows(compute(view.document.project, draws=300))]


def screen_figures(view):
    return [row[:5] for row in view.ranking.visible_rows()]


def curves(view):
    view.refresh_all()
    return {c: list(curve.getData()[1]) for c, curve in view.monthly.curves.items()}


def test_reset_button_shows_the_projects_figures_everywhere(qtbot, view):
    expected = project_figures(view)
    assert screen_figures(view) == expected
    base_curves = curves(view)
    panel = view.whatif_panel
    panel.volume.setValue(207)
    next(iter(panel.weight_sliders.values())).setValue(90)
    settle(qtbot, view)
    assert screen_figures(view) != expected
    assert "207" in view.status.text()
    assert curves(view) != base_curves

    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert not view.results.whatif.active
    assert "207" not in view.status.text()
    assert screen_figures(view) == expected
    assert curves(view) == base_curves
    for index in range(view.tabs.count()):  # every page switch shows the project
        view.tabs.setCurrentIndex(index)
        assert view.results.project.forecast.base_monthly_contacts == \
            view.document.project.forecast.base_monthly_contacts
    view.peak.set_results(view.results)
    assert view.peak.results.sim is view.results.sim


def test_sliders_dragged_back_are_the_project_again(qtbot, view):
    expected = project_figures(view)
    panel = view.whatif_panel
    slider = next(iter(panel.weight_sliders.values()))
    start = slider.value()
    slider.setValue(start + 30 if start < 70 else start - 30)
    panel.volume.setValue(150)
    settle(qtbot, view)
    assert view.results.whatif.active
    slider.setValue(start)
    panel.volume.setValue(100)
    settle(qtbot, view)
    assert not view.results.whatif.active
    assert not panel.reset_button.isEnabled()
    assert screen_figures(view) == expected
