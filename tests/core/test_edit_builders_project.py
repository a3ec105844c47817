"""The Qt-free edits of the Forecast, Settings and Results screens, the scoring
method, the quote import, the fitted forecast and recovery: each applies,
says what it did, and its inverse restores the project exactly."""

import datetime as dt

import pytest

from vendorpick.errors import InputError
from vendorpick.project import edit_builders_project as pb
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import apply_edit
from vendorpick.project.io import to_data


@pytest.fixture
def project():
    return demo_project()


def roundtrip(project, edit):
    """Apply, check, undo: the inverse restores the data exactly."""
    after, inverse = apply_edit(project, edit)
    restored, _ = apply_edit(after, inverse)
    assert to_data(restored) == to_data(project)
    return after


@pytest.mark.parametrize(("key", "value"), [
    ("months", 24), ("tax_rate", 0.08), ("monthly_budget", 500000.0), ("monthly_budget", None),
    ("in_house_cost_per_contact", 300.0), ("scenarios", 2000), ("seed", 7),
    ("base_monthly_contacts", 1234.0), ("growth_per_year", 0.2), ("cv", 0.3), ("correlation", 0.5),
    ("name", "Another shop"), ("start", "2031-04"),
])
def test_every_field_reads_and_writes_its_value(project, key, value):
    after = roundtrip(project, pb.set_field(project, key, value))
    assert pb.field_value(after, key) == value
    assert pb.set_field(project, key, value).label("ja") == pb.FIELDS[key][1].render("ja")
    assert pb.set_field(project, key, value).label("ja") != pb.FIELDS[key][1].render("en")  # translated


def test_a_refused_field_value_changes_nothing(project):
    with pytest.raises(InputError):
        apply_edit(project, pb.set_field(project, "months", 0))


def test_settings_edits(project):
    after = roundtrip(project, pb.set_required_bands(project, ["holiday_day", "weekday_day"]))
    assert after.settings.required_bands == ["weekday_day", "holiday_day"]  # kept in band order
    day = dt.date(2031, 12, 31)
    added = roundtrip(project, pb.add_extra_holiday(project, day))
    assert day in added.settings.extra_holidays
    assert pb.add_extra_holiday(added, day) is None  # already listed
    removed = roundtrip(added, pb.remove_extra_holiday(added, added.settings.extra_holidays.index(day)))
    assert day not in removed.settings.extra_holidays
    other = "topsis" if project.scoring.method == "weighted_sum" else "weighted_sum"
    assert roundtrip(project, pb.set_scoring_method(project, other)).scoring.method == other


def test_forecast_edits(project):
    assert roundtrip(project, pb.set_monthly_index(project, 2, 1.7)).forecast.monthly_index[2] == 1.7
    assert roundtrip(project, pb.set_day_weight(project, 7, 1.9)).forecast.day_weights.holiday == 1.9
    assert roundtrip(project, pb.set_hourly_profile(project, 9, 4.0)).forecast.hourly_profile[9] == 4.0
    separate = roundtrip(project, pb.separate_holiday_profile(project, True)) \
        if project.forecast.holiday_hourly_profile is None else project
    assert pb.separate_holiday_profile(separate, True) is None
    after = roundtrip(separate, pb.set_holiday_hourly_profile(separate, 3, 2.5))
    assert after.forecast.holiday_profile()[3] == 2.5
    assert after.forecast.hourly_profile == separate.forecast.hourly_profile


def test_event_edits(project):
    added = roundtrip(project, pb.add_event(project, "Sale"))
    row = len(added.forecast.events) - 1
    event = added.forecast.events[row]
    assert (event.name, event.multiplier, (event.end - event.start).days) == ("Sale", 1.5, 6)
    moved = roundtrip(added, pb.move_event_start(added, row, event.start + dt.timedelta(days=10)))
    assert moved.forecast.events[row].end == event.end + dt.timedelta(days=10)  # the length is kept
    assert roundtrip(added, pb.rename_event(added, row, "  Big sale ")).forecast.events[row].name == "Big sale"
    assert roundtrip(added, pb.set_event_multiplier(added, row, 2)).forecast.events[row].multiplier == 2.0
    assert len(roundtrip(added, pb.remove_event(added, row)).forecast.events) == row


def test_whole_project_steps(project):
    fewer = project.model_copy(update={"vendors": project.vendors[:1]})
    after = roundtrip(project, pb.import_quotes(project, fewer))
    assert [v.name for v in after.vendors] == [project.vendors[0].name]
    recovered = roundtrip(project, pb.recover(project, fewer))
    assert to_data(recovered) == to_data(fewer)
    assert pb.recover(project, fewer).label("en") == "Recover unsaved changes"
    assert roundtrip(project, pb.fit_forecast(project, project.forecast)) == project
