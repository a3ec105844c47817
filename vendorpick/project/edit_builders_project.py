"""Building the edits of the Forecast, Settings and Results screens, the
scoring method, the quote import, the fitted forecast and the recovery of
unsaved changes, without Qt (the Vendors and Criteria screens' edits are in
:mod:`vendorpick.project.edit_builders`).

Views name a field by key (``"tax_rate"``), never by its place in the file:
:data:`FIELDS` maps each key to its project path and bilingual undo text, and
:func:`field_value` / :func:`set_field` read and write it.  Nothing is
applied here; the caller passes the edit to ``Document.apply``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from vendorpick.i18n import L_, LazyText
from vendorpick.project.edits import Compound, Edit, InsertItem, RemoveItem, SetValue
from vendorpick.project.io import to_data
from vendorpick.project.model import BANDS, WEEKDAYS, Project

Text = LazyText

#: the single values a field edits: key → (project path, undo text)
FIELDS: dict[str, tuple[tuple[Any, ...], Text]] = {
    "name": (("name",), L_("Rename project")),
    "start": (("start",), L_("Change first month")),
    "months": (("months",), L_("Change horizon")),
    "in_house_cost_per_contact": (("settings", "in_house_cost_per_contact"),
                                  L_("Change in-house cost per contact")),
    "tax_rate": (("settings", "tax_rate"), L_("Change tax rate")),
    "monthly_budget": (("settings", "monthly_budget"), L_("Change monthly budget")),
    "scenarios": (("settings", "scenarios"), L_("Change scenarios")),
    "seed": (("settings", "seed"), L_("Change seed")),
    "base_monthly_contacts": (("forecast", "base_monthly_contacts"),
                              L_("Change base monthly contacts")),
    "growth_per_year": (("forecast", "growth_per_year"), L_("Change growth per year")),
    "cv": (("forecast", "uncertainty", "cv"), L_("Change uncertainty")),
    "correlation": (("forecast", "uncertainty", "correlation"),
                    L_("Change correlation between months")),
}
TEXTS: dict[str, Text] = {
    "required_bands": L_("Change required cover"),
    "add_holiday": L_("Add extra holiday"),
    "remove_holiday": L_("Remove extra holiday"),
    "weighted_sum": L_("Score by weighted sum"),
    "topsis": L_("Score by TOPSIS"),
    "monthly_index": L_("Change monthly index"),
    "day_weight": L_("Change day weight"),
    "hourly_profile": L_("Change hourly profile"),
    "holiday_hourly_profile": L_("Change holiday hourly profile"),
    "separate_holiday_profile": L_("Separate holiday hourly profile"),
    "rename_event": L_("Rename event"),
    "event_multiplier": L_("Change event multiplier"),
    "event_dates": L_("Change event dates"),
    "add_event": L_("Add event"),
    "remove_event": L_("Remove event"),
    "import_quotes": L_("Import quotes"),
    "fit_forecast": L_("Fit forecast from history"),
    "recover": L_("Recover unsaved changes"),
}
DAY_KEYS = (*WEEKDAYS, "holiday")
_EVENTS = ("forecast", "events")


def _read(obj: Any, path: Iterable[Any]) -> Any:
    for key in path:
        obj = obj[key] if isinstance(key, int) or isinstance(obj, dict) else getattr(obj, key)
    return obj


def field_value(project: Project, key: str) -> Any:
    """The project's value of field ``key`` (see :data:`FIELDS`)."""
    return _read(project, FIELDS[key][0])


def set_field(project: Project, key: str, value: Any) -> Edit:
    """Set field ``key`` (see :data:`FIELDS`) to ``value``."""
    path, text = FIELDS[key]
    return SetValue(path, value, text=text)


# --------------------------------------------------------------------- settings


def set_required_bands(project: Project, bands: Iterable[str]) -> Edit:
    chosen = set(bands)
    return SetValue(("settings", "required_bands"), [b for b in BANDS if b in chosen], text=TEXTS["required_bands"])


def add_extra_holiday(project: Project, day: dt.date) -> Edit | None:
    """Add a closure day (None when it is listed already)."""
    current = list(project.settings.extra_holidays)
    if day in current:
        return None
    return _holidays(current + [day], TEXTS["add_holiday"])


def remove_extra_holiday(project: Project, index: int) -> Edit:
    current = list(project.settings.extra_holidays)
    del current[index]
    return _holidays(current, TEXTS["remove_holiday"])


def _holidays(dates: list[dt.date], text: Text) -> Edit:
    return SetValue(("settings", "extra_holidays"), [d.isoformat() for d in sorted(set(dates))], text=text)


def set_scoring_method(project: Project, method: str) -> Edit:
    """Score by ``"weighted_sum"`` or ``"topsis"``."""
    return SetValue(("scoring", "method"), method, text=TEXTS[method])


# --------------------------------------------------------------------- forecast


def set_monthly_index(project: Project, month: int, value: float) -> Edit:
    return SetValue(("forecast", "monthly_index", month), value, text=TEXTS["monthly_index"])


def set_day_weight(project: Project, day: int, value: float) -> Edit:
    """Weight of weekday ``day`` (0 Monday … 6 Sunday, 7 public holidays)."""
    return SetValue(("forecast", "day_weights", DAY_KEYS[day]), value, text=TEXTS["day_weight"])


def set_hourly_profile(project: Project, hour: int, value: float) -> Edit:
    return SetValue(("forecast", "hourly_profile", hour), value, text=TEXTS["hourly_profile"])


def set_holiday_hourly_profile(project: Project, hour: int, value: float) -> Edit:
    """One hour of the weekend and holiday profile (made separate from the weekday one)."""
    profile = list(project.forecast.holiday_profile())
    profile[hour] = value
    return SetValue(("forecast", "holiday_hourly_profile"), profile, text=TEXTS["holiday_hourly_profile"])


def separate_holiday_profile(project: Project, on: bool) -> Edit | None:
    """Give weekends and holidays their own hourly profile (a copy of the weekday
    one) or not; None when nothing changes."""
    forecast = project.forecast
    if on == (forecast.holiday_hourly_profile is not None):
        return None
    value = list(forecast.hourly_profile) if on else None
    return SetValue(("forecast", "holiday_hourly_profile"), value, text=TEXTS["separate_holiday_profile"])


def event_path(row: int, key: str | None = None) -> tuple[Any, ...]:
    """Where event ``row`` (or its ``key``) is: for a parse problem's place."""
    return (*_EVENTS, row) if key is None else (*_EVENTS, row, key)


def rename_event(project: Project, row: int, name: str) -> Edit:
    return SetValue(event_path(row, "name"), name.strip(), text=TEXTS["rename_event"])


def set_event_multiplier(project: Project, row: int, multiplier: float) -> Edit:
    return SetValue(event_path(row, "multiplier"), float(multiplier), text=TEXTS["event_multiplier"])


def set_event_end(project: Project, row: int, day: dt.date) -> Edit:
    return SetValue(event_path(row, "end"), day.isoformat(), text=TEXTS["event_dates"])


def move_event_start(project: Project, row: int, day: dt.date) -> Edit:
    """Move the event's first day keeping its length (an event moves in one step)."""
    event = project.forecast.events[row]
    end = day + (event.end - event.start)
    return Compound((SetValue(event_path(row, "start"), day.isoformat()),
                     SetValue(event_path(row, "end"), end.isoformat())), text=TEXTS["event_dates"])


def add_event(project: Project, name: str) -> Edit:
    """A new week-long event at the horizon's start (×1.5), at the end of the list."""
    start = dt.date.fromisoformat(project.start + "-01")
    event = {"name": name, "start": start.isoformat(), "end": (start + dt.timedelta(days=6)).isoformat(),
             "multiplier": 1.5}
    return InsertItem(_EVENTS, -1, event, text=TEXTS["add_event"])


def remove_event(project: Project, row: int) -> Edit:
    return RemoveItem(_EVENTS, row, text=TEXTS["remove_event"])


def fit_forecast(project: Project, forecast: Any) -> Edit:
    """The forecast fitted from history, as one step."""
    return SetValue(("forecast",), forecast.model_dump(mode="json"), text=TEXTS["fit_forecast"])


# ------------------------------------------------------------- whole-project steps


def import_quotes(project: Project, imported: Project) -> Edit:
    """The vendors of ``imported`` (the project after a quote import) as one step."""
    return SetValue(("vendors",), to_data(imported)["vendors"], text=TEXTS["import_quotes"])


def recover(base: Project, recovered: Project) -> Compound:
    """The changes from ``base`` to ``recovered`` as one undoable step, top-level key by key."""
    before, after = to_data(base), to_data(recovered)
    edits = tuple(SetValue((key,), value) for key, value in after.items() if before.get(key) != value)
    return Compound(edits, text=TEXTS["recover"])
