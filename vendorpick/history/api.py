"""The fit as one call: files and past events in, :class:`FitResult` out."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from vendorpick.errors import InputError, Problem
from vendorpick.history.fit import FitResult, fit_history
from vendorpick.history.history import History, build_history
from vendorpick.history.read import Columns, IsCancelled, Progress, load_json, read_files
from vendorpick.project.model import Event, Project
from vendorpick.project.presets import rakuten_events


def read_history(paths: Sequence[str | os.PathLike[str]], columns: Columns | None = None, *,
                 today: dt.date | None = None, progress: Progress | None = None,
                 cancelled: IsCancelled | None = None) -> History:
    """Read the files as one history (refusals as :class:`InputError`)."""
    return build_history(read_files(paths, columns, today=today, progress=progress, cancelled=cancelled))


def events_from_file(path: str | os.PathLike[str]) -> list[Event]:
    """A JSON list of events as in the project's ``forecast.events``."""
    from vendorpick.project.io import problems_from_validation, read_text

    p = Path(path)
    text = read_text(p)
    data = load_json(text, p.name)
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        data = data["events"]
    if not isinstance(data, list):
        raise InputError([Problem(p.name, "list_type")])
    events, problems = [], []
    for i, item in enumerate(data):
        try:
            event = Event.model_validate_json(json.dumps(item, ensure_ascii=False), strict=True)
        except ValidationError as exc:
            problems += [Problem(f"{p.name}[{i}]" + (f".{q.loc}" if q.loc else ""), q.code, q.ctx)
                         for q in problems_from_validation(exc)]
            continue
        if event.start > event.end:
            problems.append(Problem(f"{p.name}[{i}]", "vp_event_order", {"start": event.start, "end": event.end}))
        events.append(event)
    if problems:
        raise InputError(problems)
    return events


def past_rakuten_events(history: History, lang: str = "ja") -> list[Event]:
    """The Rakuten sale presets (Super SALE, Shopping Marathon, year-end rush)
    for the calendar years of the history."""
    first = int(str(np.datetime64(int(history.days[0]), "D"))[:4])
    last = int(str(np.datetime64(int(history.days[-1]), "D"))[:4])
    return rakuten_events(f"{first}-01", 12 * (last - first + 1), ("super_sale", "marathon", "year_end"), lang)


def fit_files(paths: Sequence[str | os.PathLike[str]], project: Project, *, events: Sequence[Event] = (),
              rakuten: bool = False, columns: Columns | None = None, today: dt.date | None = None,
              lang: str = "ja", progress: Progress | None = None, cancelled: IsCancelled | None = None) -> FitResult:
    """Read ``paths`` and fit the project's forecast (SPEC 9).  The past events
    are the project's, then ``events``, then (``rakuten``) the presets."""
    history = read_history(paths, columns, today=today, progress=progress, cancelled=cancelled)
    return fit_with_events(history, project, events, rakuten, lang)


def fit_with_events(history: History, project: Project, events: Sequence[Event] = (), rakuten: bool = False,
                    lang: str = "ja") -> FitResult:
    past = [*project.forecast.events, *events]
    if rakuten:
        past += past_rakuten_events(history, lang)
    return fit_history(history, project, past)
