"""Month labels (``"2027-03"``) and their arithmetic, written once.

A month is a label ``YYYY-MM`` in files and on screen, and an index (months
since January of year 0) for comparing and stepping.  The history fit counts
months from 1970-01 like numpy's ``datetime64[M]``: :data:`EPOCH_1970` converts.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "EPOCH_1970", "add_months", "calendar_month", "month_dates", "month_index", "month_label", "month_labels",
    "year_month",
]


def month_index(label: str) -> int:
    """``"2027-03"`` → months since year 0, for comparing and stepping months."""
    year, month = label.split("-")
    return int(year) * 12 + int(month) - 1


#: month_index("1970-01"): numpy's datetime64[M] counts months from there
EPOCH_1970 = 1970 * 12


def year_month(index: int) -> tuple[int, int]:
    """Months since year 0 → (year, month 1–12)."""
    return index // 12, index % 12 + 1


def month_label(index: int) -> str:
    """Months since year 0 → ``"YYYY-MM"``."""
    year, month = year_month(index)
    return f"{year:04d}-{month:02d}"


def add_months(label: str, n: int) -> str:
    """The label ``n`` months after (before, when negative) ``label``."""
    return month_label(month_index(label) + n)


def month_labels(start: str, months: int) -> list[str]:
    """``months`` consecutive labels from ``start``."""
    first = month_index(start)
    return [month_label(first + k) for k in range(months)]


def calendar_month(label: str) -> int:
    """The month of the year, 1–12, of a label."""
    return month_index(label) % 12 + 1


def month_dates(label: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of a month."""
    year, month = year_month(month_index(label))
    next_year, next_month = year_month(month_index(label) + 1)
    return dt.date(year, month, 1), dt.date(next_year, next_month, 1) - dt.timedelta(days=1)
