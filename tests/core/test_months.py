"""Month labels and their arithmetic (vendorpick/project/months.py, the one place)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.project.months import (
    EPOCH_1970,
    add_months,
    calendar_month,
    month_dates,
    month_index,
    month_label,
    month_labels,
    year_month,
)


def test_worked_months():
    assert month_index("2027-03") == 2027 * 12 + 2
    assert month_label(2027 * 12 + 11) == "2027-12"
    assert add_months("2027-12", 1) == "2028-01"
    assert add_months("2028-01", -1) == "2027-12"
    assert month_labels("2027-11", 3) == ["2027-11", "2027-12", "2028-01"]
    assert calendar_month("2028-01") == 1 and calendar_month("2027-12") == 12
    assert year_month(month_index("0999-07")) == (999, 7)
    assert month_dates("2028-02") == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))  # leap year
    assert month_dates("2027-12") == (dt.date(2027, 12, 1), dt.date(2027, 12, 31))


def test_the_1970_epoch_is_numpy_months():
    import numpy as np

    assert month_index("2026-11") - EPOCH_1970 == int(np.datetime64("2026-11", "M").astype(np.int64))


@settings(max_examples=200)
@given(st.integers(21, 9978), st.integers(1, 12), st.integers(-240, 240))  # moved stays within 0001-9999
def test_labels_and_indices_agree(year, month, n):
    label = f"{year:04d}-{month:02d}"
    assert month_label(month_index(label)) == label
    assert year_month(month_index(label)) == (year, month)
    moved = add_months(label, n)
    assert month_index(moved) - month_index(label) == n
    first, last = month_dates(moved)
    assert (first.year, first.month, first.day) == (*year_month(month_index(moved)), 1)
    assert (last + dt.timedelta(days=1)).day == 1 and last.month == first.month
