"""``settings.service_levels`` (SPEC 8): the model and its checks, and those of ``service`` criteria.

The model (:mod:`vendorpick.project.service_model`) accepts any number for ``within_s``, ``within_h`` and ``target``: the
rules (which key for which kind of channel, whole hours, a share in (0, 1] or
(0, 1)) are the checks below, run by the loader with the other rules across
objects (:func:`service_problems`), so that each problem names its place.

Each function returns a list of :class:`~vendorpick.errors.Problem` with its
place (``settings.service_levels.phone.target``); an empty list means the
input is good. They read mappings (the project file's JSON) or objects with
the same attributes (the pydantic models), so the loader and the editor can
share them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vendorpick.errors import Problem, format_loc
from vendorpick.project.model import ALL_CHANNEL, LIVE_BY_DEFAULT
from vendorpick.project.plain import finite_number, member

LIVE = "live"
#: the longest targets accepted: a year of hours, a day of seconds (longer ones
#: can only be typing errors, and the deferred queue runs on for within_h hours)
MAX_WITHIN_H = 8760
MAX_WITHIN_S = 86400
_KIND_JA = {"live": "即時応答（live）", "deferred": "非同期（deferred）"}


def check_service_levels(
    levels: Mapping[str, Any] | None,
    channel_kinds: Mapping[str, str],
    loc: Sequence[str | int] = ("settings", "service_levels"),
) -> list[Problem]:
    """Problems of ``settings.service_levels`` given the kind (``live`` or
    ``deferred``) of every channel id of the forecast."""
    problems: list[Problem] = []
    for cid, level in (levels or {}).items():
        here = (*loc, cid)
        kind = channel_kinds.get(cid)
        if kind is None:
            known = ", ".join(channel_kinds) or "—"
            problems.append(Problem(format_loc(here), "vp_service_unknown_channel", {"channel": cid, "known": known}))
            continue
        live = kind == LIVE
        key, other = ("within_s", "within_h") if live else ("within_h", "within_s")
        if member(level, other) is not None:
            problems.append(Problem(format_loc((*here, other)), "vp_service_within_kind",
                                    {"key": other, "kind": kind, "kind_ja": _KIND_JA.get(kind, kind),
                                     "channel": cid, "other": key}))
        within = member(level, key)
        if within is None:
            problems.append(Problem(format_loc((*here, key)), "missing"))
        elif live:
            x = finite_number(within)
            if x is None or not 0 < x <= MAX_WITHIN_S:
                problems.append(Problem(format_loc((*here, key)), "vp_service_within_s", {"value": within, "max": MAX_WITHIN_S}))
        else:
            x = finite_number(within)
            if x is None or x != int(x) or not 1 <= x <= MAX_WITHIN_H:
                problems.append(Problem(format_loc((*here, key)), "vp_service_within_h", {"value": within, "max": MAX_WITHIN_H}))
        target = member(level, "target")
        t = finite_number(target)
        if target is None:
            problems.append(Problem(format_loc((*here, "target")), "missing"))
        elif live and (t is None or not 0 < t < 1):
            problems.append(Problem(format_loc((*here, "target")), "vp_service_target_live", {"value": target}))
        elif not live and (t is None or not 0 < t <= 1):
            problems.append(Problem(format_loc((*here, "target")), "vp_service_target_deferred", {"value": target}))
    return problems


def check_service_criteria(
    criteria: Sequence[Any],
    levels: Mapping[str, Any] | None,
    loc: Sequence[str | int] = ("criteria",),
) -> list[Problem]:
    """Problems of the criteria of kind ``service``: the channel they name must
    have a service level; without ``channel``, some channel must have one."""
    problems: list[Problem] = []
    levels = levels or {}
    for i, criterion in enumerate(criteria):
        if member(criterion, "kind") != "service":
            continue
        name = member(criterion, "id") or member(criterion, "name") or f"#{i + 1}"
        channel = member(criterion, "channel")
        if channel is not None and not isinstance(channel, str):
            continue  # not a channel id: the criterion's own problem, reported at its place
        if channel is not None and channel not in levels:
            problems.append(Problem(format_loc((*loc, i, "channel")), "vp_service_no_level",
                                    {"criterion": name, "channel": channel}))
        elif channel is None and not levels:
            problems.append(Problem(format_loc((*loc, i)), "vp_service_no_levels", {"criterion": name}))
    return problems


def service_problems(data: Mapping[str, Any]) -> list[Problem]:
    """The service-level problems of the project's plain JSON data (tolerant
    of anything malformed in it: the field problems report that)."""
    settings = data.get("settings")
    levels = settings.get("service_levels") if isinstance(settings, Mapping) else None
    if not isinstance(levels, Mapping):
        levels = {}
    forecast = data.get("forecast")
    raw = forecast.get("channels") if isinstance(forecast, Mapping) else None
    kinds: dict[str, str] = {}
    if isinstance(raw, list):
        for ch in raw:
            if isinstance(ch, Mapping) and isinstance(ch.get("id"), str):
                kind = ch.get("kind")
                if kind not in ("live", "deferred"):
                    kind = "live" if ch["id"] in LIVE_BY_DEFAULT else "deferred"
                kinds.setdefault(ch["id"], kind)
    else:
        kinds = {ALL_CHANNEL: LIVE}
    good_levels = {k: v for k, v in levels.items() if isinstance(v, Mapping)}
    criteria = data.get("criteria")
    return (check_service_levels(good_levels, kinds)
            + check_service_criteria(criteria if isinstance(criteria, list) else [], levels))
