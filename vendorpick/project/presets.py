"""Presets of the Rakuten Ichiba calendar (DOMAIN.md, "Busy seasons").

- 楽天スーパーSALE: March, June, September and December, the 4th to the 11th,
  volume × 2.2;
- お買い物マラソン: in the other months, a week (the 9th to the 16th), × 1.4;
- the year-end rush: 18–28 December, × 1.3;
- the year-end closure: 29–31 December and 1–3 January as holiday-type days
  (``settings.extra_holidays``).

Only dates inside the project's horizon are produced.  The user adjusts the
events afterwards; :func:`rakuten_calendar_edit` adds the presets to a
project as one undoable step and skips what the project already has.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from vendorpick.i18n import L_, N_, _
from vendorpick.project.edits import Compound, Edit, InsertItem, SetValue
from vendorpick.project.model import Event, Project
from vendorpick.project.months import month_index, year_month

SUPER_SALE_MONTHS = (3, 6, 9, 12)
SUPER_SALE = (4, 11, 2.2)  # first day, last day, multiplier
MARATHON = (9, 16, 1.4)
YEAR_END_RUSH = (18, 28, 1.3)
CLOSURE_DAYS = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))
KINDS = ("super_sale", "marathon", "year_end", "closure")

_NAMES = {
    "super_sale": N_("Rakuten Super SALE ({month})"),
    "marathon": N_("Shopping Marathon ({month})"),
    "year_end": N_("Year-end rush"),
}


def horizon_months(start: str, months: int) -> list[tuple[int, int]]:
    """(year, month) of every month of the horizon."""
    first = month_index(start)
    return [year_month(first + k) for k in range(months)]


def _month_name(year: int, month: int, lang: str) -> str:
    return f"{month}月" if lang == "ja" else calendar.month_abbr[month]


def _event(kind: str, year: int, month: int, days: tuple[int, int, float], lang: str) -> Event:
    first, last, multiplier = days
    name = _(lang, _NAMES[kind]).format(month=_month_name(year, month, lang))
    return Event(name=name, start=dt.date(year, month, first), end=dt.date(year, month, last),
                 multiplier=multiplier)


def rakuten_events(start: str, months: int, kinds: Iterable[str] = KINDS, lang: str = "ja") -> list[Event]:
    """The Rakuten calendar's sale events inside the horizon, in date order."""
    kinds = set(kinds)
    events = []
    for year, month in horizon_months(start, months):
        if month in SUPER_SALE_MONTHS:
            if "super_sale" in kinds:
                events.append(_event("super_sale", year, month, SUPER_SALE, lang))
        elif "marathon" in kinds:
            events.append(_event("marathon", year, month, MARATHON, lang))
        if month == 12 and "year_end" in kinds:
            events.append(_event("year_end", year, month, YEAR_END_RUSH, lang))
    return events


def year_end_closure(start: str, months: int) -> list[dt.date]:
    """29–31 December and 1–3 January inside the horizon."""
    return [dt.date(year, month, day)
            for year, in_month in horizon_months(start, months)
            for month, day in CLOSURE_DAYS if month == in_month]


def rakuten_calendar_edit(project: Project, kinds: Iterable[str] = KINDS, lang: str = "ja") -> Edit | None:
    """One undoable edit adding the chosen presets (None when nothing is new)."""
    kinds = set(kinds)
    have = {(e.start, e.end, e.multiplier) for e in project.forecast.events}
    edits: list[Edit] = [
        InsertItem(("forecast", "events"), -1, event.model_dump(mode="json"))
        for event in rakuten_events(project.start, project.months, kinds, lang)
        if (event.start, event.end, event.multiplier) not in have
    ]
    if "closure" in kinds:
        current = set(project.settings.extra_holidays)
        new = set(year_end_closure(project.start, project.months)) - current
        if new:
            dates = sorted(current | new)
            edits.append(SetValue(("settings", "extra_holidays"), [d.isoformat() for d in dates]))
    if not edits:
        return None
    text = (L_("Add year-end closure days") if kinds == {"closure"}
            else L_("Add Rakuten calendar"))
    return Compound(tuple(edits), text=text)


# ------------------------------------------------------- new-project defaults

#: A typical Japanese online shop's contacts by hour (relative): quiet at
#: night, rising through the day, peaking in the evening after work (the
#: demo's profile).  An assumption for new projects, to be replaced by the
#: shop's own figures.
TYPICAL_HOURLY_PROFILE = (0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.0, 1.5, 2.5, 3.0, 3.0,
                          3.5, 3.5, 3.0, 3.0, 3.0, 3.5, 4.0, 4.5, 5.0, 5.0, 4.0, 2.0)
#: the same on Saturdays, Sundays and holidays: busier from late morning on
TYPICAL_HOLIDAY_HOURLY_PROFILE = (1.0, 0.6, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1.5, 2.5, 3.5, 4.0,
                                  4.0, 4.0, 4.0, 3.5, 3.5, 3.5, 4.0, 4.5, 5.0, 5.0, 4.0, 2.2)
#: weekend peaks and a Monday catch-up
TYPICAL_DAY_WEIGHTS = {"mon": 1.1, "tue": 1.0, "wed": 1.0, "thu": 1.0, "fri": 1.0,
                       "sat": 1.3, "sun": 1.4, "holiday": 1.3}


def typical_shop_forecast() -> dict:
    """The forecast fields File ▸ New starts from (instead of a flat 24-hour
    day, which puts 29 % of contacts in a 22–5 night window): a typical online
    shop's hourly profiles and day weights, shown as an assumption."""
    return {"hourly_profile": list(TYPICAL_HOURLY_PROFILE),
            "holiday_hourly_profile": list(TYPICAL_HOLIDAY_HOURLY_PROFILE),
            "day_weights": dict(TYPICAL_DAY_WEIGHTS)}


def uses_typical_profile(project: Project) -> bool:
    """True while the project's hours and days are still the typical assumption."""
    forecast = project.forecast
    return (list(forecast.hourly_profile) == list(TYPICAL_HOURLY_PROFILE)
            and list(forecast.holiday_profile()) == list(TYPICAL_HOLIDAY_HOURLY_PROFILE)
            and forecast.day_weights.model_dump() == TYPICAL_DAY_WEIGHTS)
