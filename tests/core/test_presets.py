"""The Rakuten calendar presets (vendorpick/project/presets.py)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from vendorpick.project.demo import demo_project
from vendorpick.project.edits import apply_edit
from vendorpick.project.months import month_index
from vendorpick.project.presets import rakuten_calendar_edit, rakuten_events, year_end_closure


def test_super_sale_in_march_june_september_december_4th_to_11th():
    events = rakuten_events("2027-01", 12, kinds=["super_sale"])
    assert [(e.start, e.end) for e in events] == [
        (dt.date(2027, m, 4), dt.date(2027, m, 11)) for m in (3, 6, 9, 12)
    ]
    assert all(e.multiplier == 2.2 for e in events)
    assert events[0].name == "楽天スーパーSALE（3月）"


def test_marathon_in_the_other_months_and_year_end_rush():
    events = rakuten_events("2027-01", 12, kinds=["marathon", "year_end"], lang="en")
    marathons = [e for e in events if e.multiplier == 1.4]
    assert sorted(e.start.month for e in marathons) == [1, 2, 4, 5, 7, 8, 10, 11]
    assert all((e.end - e.start).days == 7 for e in marathons)
    rush = [e for e in events if e.multiplier == 1.3]
    assert [(e.start, e.end) for e in rush] == [(dt.date(2027, 12, 18), dt.date(2027, 12, 28))]
    assert marathons[0].name == "Shopping Marathon (Jan)"


def test_year_end_closure_only_inside_the_horizon():
    assert year_end_closure("2027-01", 12) == [
        dt.date(2027, 1, 1), dt.date(2027, 1, 2), dt.date(2027, 1, 3),
        dt.date(2027, 12, 29), dt.date(2027, 12, 30), dt.date(2027, 12, 31),
    ]
    assert year_end_closure("2027-02", 10) == []


@given(start_year=st.integers(2020, 2040), start_month=st.integers(1, 12), months=st.integers(1, 60))
def test_every_date_inside_the_horizon(start_year, start_month, months):
    start = f"{start_year:04d}-{start_month:02d}"
    first, last = month_index(start), month_index(start) + months - 1
    events = rakuten_events(start, months)
    for e in events:
        assert first <= e.start.year * 12 + e.start.month - 1 <= last
        assert first <= e.end.year * 12 + e.end.month - 1 <= last
        assert e.start <= e.end
    for d in year_end_closure(start, months):
        assert first <= d.year * 12 + d.month - 1 <= last
    assert len([e for e in events if e.multiplier == 2.2]) == sum(
        1 for k in range(months) if (first + k) % 12 + 1 in (3, 6, 9, 12))


def test_edit_adds_once_and_undoes_in_one_step():
    project = demo_project()
    edit = rakuten_calendar_edit(project)
    assert edit is not None and (edit.label("en"), edit.label("ja")) == ("Add Rakuten calendar", "楽天カレンダーを追加")
    after, inverse = apply_edit(project, edit)
    assert dt.date(2027, 1, 1) in after.settings.extra_holidays
    # the demo already has this calendar's SALE events: only new ones are added
    assert len(after.forecast.events) == len(project.forecast.events) + len(edit.edits) - 1
    assert rakuten_calendar_edit(after) is None
    restored, _ = apply_edit(after, inverse)
    assert restored == project
