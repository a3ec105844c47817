"""Volume rules of SPEC section 2, each against figures worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from vendorpick.pricing.volume import band_volumes, daily_volumes, day_split, monthly_contacts, night_hours_mask
from vendorpick.project.io import parse_project
from vendorpick.project.model import NightHours


def make(forecast: dict | None = None, start: str = "2027-01", months: int = 1, **settings) -> object:
    fc = {"base_monthly_contacts": 620}
    fc.update(forecast or {})
    return parse_project({"format": "vendorpick/1", "start": start, "months": months, "forecast": fc,
                          "settings": settings})


NO_NIGHT = NightHours(start=0, end=0)


def test_worked_example_bands():
    # SPEC 3 worked example: January 2027, 12 holiday-type days (10 weekend days,
    # Jan 1 and Jan 11), 19 weekday-type; v(d) = 620/31 = 20; night 22→5 = 7/24.
    # weekday_day 19·20·17/24 = 269.1667, weekday_night 19·20·7/24 = 110.8333,
    # holiday_day 12·20·17/24 = 170, holiday_night 12·20·7/24 = 70.
    bands = band_volumes(make(), NightHours(start=22, end=5))
    assert bands.shape == (1, 4)
    np.testing.assert_allclose(bands[0], [19 * 20 * 17 / 24, 19 * 20 * 7 / 24, 170.0, 70.0], rtol=1e-12)
    assert monthly_contacts(make())[0] == pytest.approx(620.0)


def test_substitute_holiday_takes_holiday_weight_and_type():
    # March 2027: 31 days; weekend = 6,7,13,14,20,21,27,28 (8 days); public holidays
    # Mar 21 (Sun, Vernal Equinox) and Mar 22 (Mon, substitute holiday).
    # Weights 1, holiday 3: Σw = 29·1 + 2·3 = 35; base 350 → 10 per weight unit.
    # Holiday-type: 7 weekend days ·1 + Mar 21 ·3 + Mar 22 ·3 = 13 units → 130.
    # Weekday-type: 22 days · 1 = 22 units → 220.
    p = make({"base_monthly_contacts": 350, "day_weights": {"holiday": 3}}, start="2027-03")
    split = day_split(p)
    assert split.holiday[0] == pytest.approx(130.0)
    assert split.weekday[0] == pytest.approx(220.0)
    daily = daily_volumes(p)
    assert daily.contacts[21] == pytest.approx(30.0)  # 2027-03-22, the substitute holiday
    assert daily.holiday_type[21] and daily.public_holiday[21]


def test_holiday_on_a_saturday_takes_the_holiday_weight():
    # April 2028: April 1 is a Saturday; Saturdays 1,8,15,22,29 and Sundays 2,9,16,23,30;
    # Apr 29 (Sat) is Showa Day, the month's only public holiday.  Weights 1, sat 2,
    # holiday 4: Σw = 20 weekdays·1 + 4 Saturdays·2 + Apr 29·4 + 5 Sundays·1 = 37.
    # v(Apr 29) = 300·4/37 = 32.4324 (not the Saturday's 300·2/37 = 16.2162).
    # Holiday-type: 8 + 4 + 5 = 17 units → 300·17/37 = 137.8378; weekday 300·20/37 = 162.1622.
    p = make({"base_monthly_contacts": 300, "day_weights": {"sat": 2, "holiday": 4}}, start="2028-04")
    daily = daily_volumes(p)
    assert daily.contacts[28] == pytest.approx(300 * 4 / 37)
    assert daily.contacts[21] == pytest.approx(300 * 2 / 37)
    bands = band_volumes(p, NO_NIGHT)[0]
    np.testing.assert_allclose(bands, [300 * 20 / 37, 0.0, 300 * 17 / 37, 0.0], rtol=1e-12)


def test_extra_holidays_change_the_type_not_the_weight():
    # January 2027, holiday weight 2, extra holiday Mon 2027-01-04.
    # Σw = 29 days·1 + Jan 1·2 + Jan 11·2 = 33; the extra holiday keeps weight 1.
    # Holiday-type units: 10 weekend + 2 + 2 + 1 (Jan 4) = 15 → 620·15/33 = 281.8182.
    # Weekday-type: 18 days → 620·18/33 = 338.1818.
    p = make({"day_weights": {"holiday": 2}}, extra_holidays=["2027-01-04"])
    daily = daily_volumes(p)
    assert daily.contacts[3] == pytest.approx(620 / 33)
    assert daily.holiday_type[3] and not daily.public_holiday[3]
    split = day_split(p)
    assert split.holiday[0] == pytest.approx(620 * 15 / 33)
    assert split.weekday[0] == pytest.approx(620 * 18 / 33)


def test_overlapping_events_multiply():
    # February 2027, 28 days, weights 1, base 280 → v = 10 a day.
    # Event A Feb 1–10 ×2, event B Feb 6–15 ×1.5; Feb 6–10 get ×3.
    # 5·20 + 5·30 + 5·15 + 13·10 = 100 + 150 + 75 + 130 = 455.
    p = make({"base_monthly_contacts": 280, "events": [
        {"name": "A", "start": "2027-02-01", "end": "2027-02-10", "multiplier": 2},
        {"name": "B", "start": "2027-02-06", "end": "2027-02-15", "multiplier": 1.5}]}, start="2027-02")
    daily = daily_volumes(p)
    assert daily.contacts[7] == pytest.approx(30.0)  # Feb 8, inside both
    assert monthly_contacts(p)[0] == pytest.approx(455.0)


def test_event_across_a_month_boundary_adds_to_both_months():
    # base 1, monthly_index Jan 620, Feb 280: v = 20 in January, 10 in February.
    # Event Jan 30 – Feb 2 ×2: January 620 + 2·20 = 660, February 280 + 2·10 = 300.
    index = [620, 280] + [1] * 10
    p = make({"base_monthly_contacts": 1, "monthly_index": index, "events": [
        {"name": "x", "start": "2027-01-30", "end": "2027-02-02", "multiplier": 2}]}, months=2)
    np.testing.assert_allclose(monthly_contacts(p), [660.0, 300.0])


def test_growth_compounds_by_month_of_the_horizon():
    # g = 0.21 = 1.1² − 1: k = 6 → ×1.21^(1/2) = 1.1; k = 12 → ×1.21.  Base 1200, index 1.
    p = make({"base_monthly_contacts": 1200, "growth_per_year": 0.21}, months=13)
    contacts = monthly_contacts(p)
    assert contacts[0] == pytest.approx(1200.0)
    assert contacts[6] == pytest.approx(1320.0)
    assert contacts[12] == pytest.approx(1452.0)


def test_monthly_index_by_calendar_month():
    # A horizon starting in November: k = 0 is November (index[10] = 2), k = 2 is January (index[0] = 0.5).
    index = [0.5] + [1] * 9 + [2, 1]
    p = make({"base_monthly_contacts": 100, "monthly_index": index}, start="2027-11", months=3)
    np.testing.assert_allclose(monthly_contacts(p), [200.0, 100.0, 50.0])


def test_zero_weights_give_zero_volume():
    weights = {d: 0 for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday")}
    p = make({"day_weights": weights})
    assert monthly_contacts(p)[0] == 0.0


def test_night_window_wrapping_and_not():
    assert night_hours_mask(NightHours(start=22, end=5)).nonzero()[0].tolist() == [0, 1, 2, 3, 4, 22, 23]
    assert night_hours_mask(NightHours(start=18, end=22)).nonzero()[0].tolist() == [18, 19, 20, 21]
    assert not night_hours_mask(NightHours(start=9, end=9)).any()
    # Weekday profile h+1 (1..24, Σ 300), holiday profile flat; January 2027 at v = 20:
    # weekday-type 380 contacts, holiday-type 240.
    # 22→5 (wraps): weekday night share (23+24+1+2+3+4+5)/300 = 62/300 → 380·62/300 = 78.5333;
    #   holiday night 7/24 → 240·7/24 = 70.
    # 18→22: weekday night (19+20+21+22)/300 = 82/300 → 103.8667; holiday 4/24 → 40.
    p = make({"hourly_profile": list(range(1, 25)), "holiday_hourly_profile": [1] * 24})
    wrap = band_volumes(p, NightHours(start=22, end=5))[0]
    np.testing.assert_allclose(wrap, [380 * 238 / 300, 380 * 62 / 300, 170.0, 70.0], rtol=1e-12)
    evening = band_volumes(p, NightHours(start=18, end=22))[0]
    np.testing.assert_allclose(evening, [380 * 218 / 300, 380 * 82 / 300, 200.0, 40.0], rtol=1e-12)
    none = band_volumes(p, NightHours(start=3, end=3))[0]
    np.testing.assert_allclose(none, [380.0, 0.0, 240.0, 0.0], rtol=1e-12)


def test_holiday_profile_defaults_to_the_weekday_one():
    # Profile: all contacts between 0:00 and 1:00; night 22→5 holds hour 0, so every
    # contact of every day is a night contact: 380 weekday_night, 240 holiday_night.
    p = make({"hourly_profile": [1] + [0] * 23})
    np.testing.assert_allclose(band_volumes(p, NightHours(start=22, end=5))[0], [0, 380, 0, 240], atol=1e-9)
