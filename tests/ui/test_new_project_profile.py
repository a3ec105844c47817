"""Issue 10, point 4: File ▸ New starts from a typical online shop's hours
and days (evening and weekend peaks), labelled as an assumption."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from vendorpick.project.edits import SetValue  # noqa: E402
from vendorpick.project.presets import uses_typical_profile  # noqa: E402
from vendorpick.ui.document_actions import blank_project  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.forecast import ForecastView  # noqa: E402


def night_share(profile, start=22, end=5):
    hours = [h for h in range(24) if h >= start or h < end]
    return sum(profile[h] for h in hours) / sum(profile)


def test_new_project_is_not_a_flat_day():
    forecast = blank_project().forecast
    assert night_share([1.0] * 24) == pytest.approx(7 / 24)  # the flat day's 29 %
    assert night_share(forecast.hourly_profile) < 0.15
    evening = max(forecast.hourly_profile[18:23])
    assert evening == max(forecast.hourly_profile)
    assert evening > 1.5 * forecast.hourly_profile[9]  # busier after work than in the morning
    weights = forecast.day_weights
    assert min(weights.sat, weights.sun) > max(weights.tue, weights.wed, weights.thu)
    assert forecast.holiday_hourly_profile is not None


def test_the_forecast_page_labels_it_an_assumption(qtbot):
    document = Document(blank_project(), lang="ja")
    view = ForecastView(document)
    qtbot.addWidget(view)
    view.show()
    assert uses_typical_profile(document.project)
    assert view.assumption.isVisible()
    document.apply(SetValue(("forecast", "hourly_profile", 20), 7.0))
    assert not view.assumption.isVisible()
    document.undo_stack.undo()
    assert view.assumption.isVisible()
