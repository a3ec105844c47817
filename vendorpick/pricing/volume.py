"""Expected contacts by month and band (SPEC section 2).

For month k of the horizon (calendar month c)::

    M_k  = base_monthly_contacts × monthly_index[c] × (1 + growth_per_year)^(k/12)
    v(d) = M_k × w(d) / Σ_{d' in month} w(d')        (0 when the sum is 0)
    v(d) ×= Π multiplier of every event containing d

w(d) is ``day_weights.holiday`` on a Japanese public holiday (the ``holidays``
package, substitute and "national" holidays included), else the weight of the
weekday; ``extra_holidays`` change the day *type*, not the weight.  A day is
holiday-type when it is a Saturday, a Sunday, a public holiday or an extra
holiday.  Its contacts are split over the hours by the hourly profile (the
holiday one on holiday-type days), normalised to sum 1; an hour is night when
it lies in the plan's night window.  Nothing is rounded.

Everything is computed for all days of the horizon at once with numpy; the
holiday calendar is built once per calendar year and cached.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from vendorpick.project.model import BANDS, NightHours, Project
from vendorpick.project.months import month_index

__all__ = [
    "BANDS", "DailyVolumes", "DaySplit", "DayTypes", "band_volumes", "band_volumes_from_split", "daily_volumes",
    "day_night_shares", "day_split", "day_types", "holiday_type", "month_base", "monthly_contacts", "night_hours_mask", "public_holidays",
]


_JAPAN_LOCK = threading.Lock()


def _japan_calendar():
    """The ``holidays`` package's Japanese calendar class, imported alone.

    Importing any module of ``holidays.countries`` runs that package's
    ``__init__``, which imports all ~250 countries (60–200 ms, most of the
    CLI's start-up); ``holidays.Japan`` and ``holidays.country_holidays("JP")``
    do the same.  So ``holidays.countries.japan`` is loaded under a bare
    stand-in for its package (the module itself imports only the package's
    base modules), and the stand-in is removed at once, so that a later
    ``import holidays.countries`` is the real, complete one.  Any surprise
    (another ``holidays`` layout) falls back to ``holidays.Japan``."""
    with _JAPAN_LOCK:
        if "holidays.countries" in sys.modules:
            import holidays

            return holidays.Japan
        try:
            import holidays  # noqa: F401 - the base package: constants, calendars, HolidayBase (lazy registry)

            spec = importlib.util.find_spec("holidays.countries")
            if spec is None or spec.submodule_search_locations is None:
                raise ImportError("holidays.countries")  # another layout: fall back below
            stand_in = types.ModuleType("holidays.countries")
            stand_in.__path__ = list(spec.submodule_search_locations)
            stand_in.__spec__ = spec
            sys.modules["holidays.countries"] = stand_in
            try:
                module = importlib.import_module("holidays.countries.japan")
            finally:
                del sys.modules["holidays.countries"]
            return module.Japan
        except Exception:  # noqa: BLE001 - never worse than importing everything
            sys.modules.pop("holidays.countries.japan", None)
            import holidays

            return holidays.Japan


@lru_cache(maxsize=512)
def _year_holidays(year: int) -> np.ndarray:
    days = sorted(_japan_calendar()(years=[year]).keys())
    out = np.array(days, dtype="datetime64[D]")
    out.flags.writeable = False
    return out


def public_holidays(first_year: int, last_year: int) -> np.ndarray:
    """Japanese public holidays of the years ``first_year..last_year`` (sorted
    ``datetime64[D]``).  The ``holidays`` package covers 1949–2099; other years
    have no public holidays (weekends and ``extra_holidays`` still count)."""
    parts = [_year_holidays(y) for y in range(first_year, last_year + 1)]
    return np.concatenate(parts) if parts else np.array([], dtype="datetime64[D]")


def month_base(project: Project) -> np.ndarray:
    """M_k = base × monthly_index[calendar month] × (1+g)^(k/12), shape (months,)."""
    fc = project.forecast
    first = month_index(project.start)
    k = np.arange(project.months)
    index = np.asarray(fc.monthly_index, dtype=float)[(first + k) % 12]
    return fc.base_monthly_contacts * index * (1.0 + fc.growth_per_year) ** (k / 12.0)


@dataclass(frozen=True)
class DailyVolumes:
    """Every day of the horizon: its date, horizon month, expected contacts
    (events applied) and whether it is holiday-type."""

    days: np.ndarray          # datetime64[D], (D,)
    month: np.ndarray         # int, (D,) month k of the horizon
    contacts: np.ndarray      # float, (D,) v(d)
    holiday_type: np.ndarray  # bool, (D,)
    public_holiday: np.ndarray  # bool, (D,)


def _days_of_horizon(start: str, months: int) -> tuple[np.ndarray, np.ndarray]:
    first = np.datetime64(start, "M")
    edges = np.arange(first, first + months + 1).astype("datetime64[D]")
    days = np.arange(edges[0], edges[-1], dtype="datetime64[D]")
    month = (days.astype("datetime64[M]") - first).astype(np.int64)
    return days, month


def _as_days(dates: Sequence[dt.date]) -> np.ndarray:
    return np.array(dates, dtype="datetime64[D]") if len(dates) else np.array([], dtype="datetime64[D]")


@dataclass(frozen=True)
class DayTypes:
    """The calendar of some days: weekday, Japanese public holiday, holiday-type."""

    weekday: np.ndarray       # int, 0..6, Monday 0
    public: np.ndarray        # bool: a Japanese public holiday
    holiday_type: np.ndarray  # bool: a Saturday, a Sunday, a public or an extra holiday


def day_types(days: np.ndarray, extra_holidays: Sequence[dt.date] = ()) -> DayTypes:
    """The weekday, public holiday and day type of each day (``datetime64[D]``,
    or whole days since 1970-01-01); ``extra_holidays`` (the project's) make a
    day holiday-type without making it a public holiday (SPEC 2)."""
    dates = np.asarray(days).astype("datetime64[D]")
    weekday = (dates.astype(np.int64) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    if not dates.size:
        return DayTypes(weekday, np.zeros(0, dtype=bool), np.zeros(0, dtype=bool))
    years = dates.astype("datetime64[Y]").astype(np.int64) + 1970
    public = np.isin(dates, public_holidays(int(years.min()), int(years.max())))
    holiday = (weekday >= 5) | public
    if len(extra_holidays):
        holiday |= np.isin(dates, _as_days(extra_holidays))
    return DayTypes(weekday, public, holiday)


def daily_volumes(project: Project) -> DailyVolumes:
    """v(d) for every day of the horizon (SPEC 2), with its day type."""
    fc = project.forecast
    days, month = _days_of_horizon(project.start, project.months)
    types = day_types(days, project.settings.extra_holidays)
    weight = np.where(types.public, fc.day_weights.holiday, np.asarray(fc.day_weights.by_weekday())[types.weekday])
    month_weight = np.bincount(month, weights=weight, minlength=project.months)
    scale = np.divide(month_base(project), month_weight, out=np.zeros(project.months), where=month_weight > 0)
    contacts = scale[month] * weight
    for event in fc.events:
        inside = (days >= np.datetime64(event.start, "D")) & (days <= np.datetime64(event.end, "D"))
        contacts[inside] *= event.multiplier
    return DailyVolumes(days, month, contacts, types.holiday_type, types.public)


def holiday_type(project: Project, days: np.ndarray) -> np.ndarray:
    """Whether each day (``datetime64[D]``) is holiday-type: a Saturday, a
    Sunday, a public holiday or one of the project's ``extra_holidays``."""
    return day_types(days, project.settings.extra_holidays).holiday_type


@dataclass(frozen=True)
class DaySplit:
    """Expected contacts per month: all, on weekday-type and on holiday-type days."""

    contacts: np.ndarray  # (M,)
    weekday: np.ndarray   # (M,)
    holiday: np.ndarray   # (M,)


def day_split(project: Project, daily: DailyVolumes | None = None) -> DaySplit:
    """Sum v(d) per month, and separately over weekday- and holiday-type days
    (of ``daily`` when given: the project's :func:`daily_volumes`)."""
    daily = daily_volumes(project) if daily is None else daily
    m = project.months
    holiday = np.bincount(daily.month, weights=np.where(daily.holiday_type, daily.contacts, 0.0), minlength=m)
    weekday = np.bincount(daily.month, weights=np.where(daily.holiday_type, 0.0, daily.contacts), minlength=m)
    total = np.bincount(daily.month, weights=daily.contacts, minlength=m)
    return DaySplit(total, weekday, holiday)


def night_hours_mask(night_hours: NightHours) -> np.ndarray:
    """Hours 0..23 inside the night window: ``start`` inclusive, ``end``
    exclusive, wrapping midnight when start > end, empty when start = end."""
    hours = np.arange(24)
    s, e = night_hours.start, night_hours.end
    if s < e:
        return (hours >= s) & (hours < e)
    if s > e:
        return (hours >= s) | (hours < e)
    return np.zeros(24, dtype=bool)


def day_night_shares(profile: list[float], night: np.ndarray) -> tuple[float, float]:
    """The shares of a day's contacts in the day hours and in the night hours of a profile."""
    p = np.asarray(profile, dtype=float)
    total = p.sum()
    return float(p[~night].sum() / total), float(p[night].sum() / total)


def band_volumes_from_split(split: DaySplit, project: Project, night_hours: NightHours) -> np.ndarray:
    """(M, 4) band volumes from a :class:`DaySplit`, bands in ``BANDS`` order:
    weekday_day, weekday_night, holiday_day, holiday_night."""
    night = night_hours_mask(night_hours)
    wd_day, wd_night = day_night_shares(project.forecast.hourly_profile, night)
    ho_day, ho_night = day_night_shares(project.forecast.holiday_profile(), night)
    return np.stack(
        [split.weekday * wd_day, split.weekday * wd_night, split.holiday * ho_day, split.holiday * ho_night],
        axis=1,
    )


def band_volumes(project: Project, night_hours: NightHours) -> np.ndarray:
    """(months, 4) expected contacts per band for one night window (SPEC 2)."""
    return band_volumes_from_split(day_split(project), project, night_hours)


def monthly_contacts(project: Project) -> np.ndarray:
    """(months,) expected contacts per month, events included (SPEC 2)."""
    return day_split(project).contacts
