"""The edits of the service levels (SPEC 8) for the Settings page, without Qt.

Each builder returns one undoable :class:`~vendorpick.project.edits.SetValue` of
``settings.service_levels``; the caller applies it. :func:`usual_level` gives the usual
targets offered when a channel is first assessed (DOMAIN.md: phone 80 % within 20
seconds; mail and messages 95 % within 24 hours).
"""

from __future__ import annotations

from typing import Any

from vendorpick.i18n import L_
from vendorpick.project.edits import Edit, SetValue
from vendorpick.project.model import Project

PATH = ("settings", "service_levels")
USUAL_LIVE: dict[str, Any] = {"within_s": 20, "target": 0.8}
USUAL_DEFERRED: dict[str, Any] = {"within_h": 24, "target": 0.95}


def channel_kinds(project: Project) -> dict[str, str]:
    """Channel id → ``live`` or ``deferred``, in the forecast's order."""
    return {c.id: c.channel_kind for c in project.forecast.channel_list()}


def usual_level(kind: str) -> dict[str, Any]:
    """The usual target of a live or deferred channel."""
    return dict(USUAL_LIVE if kind == "live" else USUAL_DEFERRED)


def _levels(project: Project) -> dict[str, dict[str, Any]]:
    return {cid: level.model_dump(exclude_none=True) for cid, level in project.settings.service_levels.items()}


def assess_channel(project: Project, cid: str, on: bool) -> Edit | None:
    """Give channel ``cid`` its usual target (``on``) or stop assessing it; None when nothing changes."""
    levels = _levels(project)
    if on == (cid in levels):
        return None
    if on:
        levels[cid] = usual_level(channel_kinds(project).get(cid, "deferred"))
        return SetValue(PATH, levels, text=L_("Set a response-time target"))
    del levels[cid]
    return SetValue(PATH, levels, text=L_("Remove a response-time target"))


def set_level_value(project: Project, cid: str, key: str, value: float) -> Edit:
    """Set ``target``, ``within_s`` or ``within_h`` of channel ``cid``'s level (the usual one when it has none)."""
    levels = _levels(project)
    level = levels.get(cid) or usual_level(channel_kinds(project).get(cid, "deferred"))
    level[key] = value
    levels[cid] = level
    return SetValue(PATH, levels, text=L_("Change a response-time target"))


def assessed_channels(project: Project) -> list[str]:
    """The ids of the channels with a service level, in the forecast's order (a ``service``
    criterion may name one of them; none means all of them)."""
    levels = project.settings.service_levels
    return [c.id for c in project.forecast.channel_list() if c.id in levels]


def set_criterion_channel(project: Project, ci: int, channel: str | None) -> Edit | None:
    """Point ``service`` criterion ``ci`` at one channel, or at all assessed channels (None or
    blank); None when nothing changes."""
    crit = project.criteria[ci]
    value = (channel or "").strip() or None
    if value == crit.channel:
        return None
    return SetValue(("criteria", ci, "channel"), value, text=L_("Change the channel of {label}", label=crit.label))
