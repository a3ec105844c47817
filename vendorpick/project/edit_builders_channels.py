"""Building the edits of SPEC 7 (channels, minute billing, seats), without Qt.

The quote kinds a user knows — fixed fee, per contact, graduated tiers, per
minute and dedicated seats — are read off the plan (the file has no kind);
:func:`set_quote_kind` turns a plan into another kind in one undoable edit.
The other builders edit the billing fields of one plan and the forecast's
channels; removing a channel also drops it from every plan's channels and
rates, so the project stays valid.
"""

from __future__ import annotations

from typing import Any

from vendorpick import vocabulary
from vendorpick.i18n import L_
from vendorpick.project.edits import DELETE, Compound, Edit, InsertItem, RemoveItem, SetValue
from vendorpick.project.model import Channel, Project
from vendorpick.project.paths import plan_label, plan_path

#: quote kinds a user knows (the file format has no kind: it is read off the plan)
QUOTE_KINDS = ("fixed", "per_contact", "graduated", "per_minute", "dedicated")
#: the usual channel ids, in the order the channels editor offers them
USUAL_CHANNELS = ("phone", "mail", "chat", "message")
SEAT_KEYS = ("count", "per_seat_month", "per_seat_hour")
CHANNEL_KEYS = ("id", "name", "kind", "share", "aht_min")


def quote_kind(plan) -> str:
    """The kind a plan reads as: seats → dedicated; billed by the minute →
    per minute; tiers → graduated; no monthly fee and no included contacts →
    per contact; else fixed (a fee with a cap and a price beyond it)."""
    if plan.seats is not None:
        return "dedicated"
    if plan.unit == "minute":
        return "per_minute"
    if plan.tiers is not None:
        return "graduated"
    if plan.monthly_fee == 0 and plan.included == 0:
        return "per_contact"
    return "fixed"


def set_quote_kind(project: Project, vi: int, pi: int, kind: str) -> Edit | None:
    """One edit turning a plan into ``kind`` while keeping its prices where
    they mean the same (None when nothing changes).  A per-contact plan has
    no monthly fee and no included contacts; every kind but graduated has a
    single rate (the first tier's); a graduated plan starts from its rate; a
    per-minute plan counts minutes; a dedicated plan starts with one seat."""
    plan = project.vendors[vi].plans[pi]
    path = plan_path(vi, pi)
    edits: list[Edit] = []
    if kind == "graduated":
        if plan.tiers is None:
            edits += [SetValue((*path, "rate"), 0.0),
                      SetValue((*path, "tiers"), [{"up_to": None, "rate": plan.rate}])]
            if plan.rates is not None:  # rates by channel and tiers exclude each other
                edits.append(SetValue((*path, "rates"), None))
    elif plan.tiers is not None:
        edits += [SetValue((*path, "tiers"), None), SetValue((*path, "rate"), plan.tiers[0].rate)]
    if kind == "per_contact":
        if plan.monthly_fee:
            edits.append(SetValue((*path, "monthly_fee"), 0.0))
        if plan.included:
            edits.append(SetValue((*path, "included"), 0.0))
    if kind == "per_minute":
        if plan.unit != "minute":
            edits.append(SetValue((*path, "unit"), "minute"))
    else:
        if plan.unit != "contact":
            edits.append(SetValue((*path, "unit"), "contact"))
        if plan.rounding != "none":
            edits.append(SetValue((*path, "rounding"), "none"))
    if kind == "dedicated":
        if plan.seats is None:
            edits.append(SetValue((*path, "seats"), {"count": 1.0, "per_seat_month": 0.0, "per_seat_hour": 0.0}))
    elif plan.seats is not None:
        edits.append(SetValue((*path, "seats"), None))
    if not edits:
        return None
    label = plan_label(project, vi, pi)
    return Compound(tuple(edits), text=L_("Change pricing of {label}: {kind}", label=label,
                                          kind=L_(vocabulary.QUOTE_KINDS[kind])))


# ------------------------------------------------------------ plan billing


def set_rounding(project: Project, vi: int, pi: int, rounding: str) -> Edit:
    """``none`` (minutes as they are) or ``per_contact`` (each contact rounded up)."""
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "rounding"), rounding,
                    text=L_("Change minute rounding of {label}", label=label))


def set_seat_value(project: Project, vi: int, pi: int, key: str, value: float) -> Edit:
    """Set the seat count or a seat price (the seats are created if missing)."""
    seats = project.vendors[vi].plans[pi].seats
    data = seats.model_dump(mode="json") if seats is not None else {"count": 0.0}
    data[key] = value
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "seats"), data, text=L_("Change seats of {label}", label=label))


def set_channel_rate(project: Project, vi: int, pi: int, cid: str, value: float | None) -> Edit:
    """The plan's rate for channel ``cid``; None: the channel pays the plan's rate."""
    rates = dict(project.vendors[vi].plans[pi].rates or {})
    if value is None:
        rates.pop(cid, None)
    else:
        rates[cid] = value
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "rates"), rates or None,
                    text=L_("Change rate for {channel} of {label}", channel=cid, label=label))


def channel_ids(project: Project) -> list[str]:
    """The ids of the forecast's channels (``all`` without channels)."""
    channels = project.forecast.channels
    return [c.id for c in channels] if channels else []


def set_plan_channel(project: Project, vi: int, pi: int, cid: str, on: bool) -> Edit:
    """Whether the plan handles channel ``cid`` (every channel: the key is dropped)."""
    known = channel_ids(project)
    current = project.vendors[vi].plans[pi].channels
    handled = set(known if current is None else current)
    handled = handled | {cid} if on else handled - {cid}
    value = None if set(known) <= handled else [c for c in known if c in handled]
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "channels"), value,
                    text=L_("Change channels of {label}", label=label))


# ------------------------------------------------------------ forecast channels


def _channel_path(ci: int) -> tuple:
    return ("forecast", "channels", ci)


def add_channel(project: Project, cid: str | None = None, name: str = "") -> tuple[Edit, int]:
    """A new channel at the end: the first usual id not taken (else ``channel N``),
    share 0, the mean handling time of the other channels."""
    taken = set(channel_ids(project))
    if cid is None:
        cid = next((c for c in USUAL_CHANNELS if c not in taken), None)
        n = len(taken) + 1
        while cid is None or cid in taken:
            cid, n = f"channel{n}", n + 1
    # the mean handling time of the others: plans by the minute or by the seat need one for every channel
    times = [c.aht_min for c in project.forecast.channels or [] if c.aht_min is not None]
    aht = round(sum(times) / len(times), 1) if times else None
    data = Channel(id=cid, name=name, share=0.0, aht_min=aht).model_dump(mode="json", exclude_none=True)
    if not name:
        data.pop("name", None)
    index = len(taken)
    if project.forecast.channels is None:
        edit: Edit = SetValue(("forecast", "channels"), [data], text=L_("Add channel {name}", name=cid))
    else:
        edit = InsertItem(("forecast", "channels"), index, data, text=L_("Add channel {name}", name=cid))
    return edit, index


def remove_channel(project: Project, ci: int) -> Edit:
    """Remove channel ``ci`` and every plan's mention of it (its rate, its
    place in the plan's channels); the last channel leaves the forecast
    without channels (one channel, ``all``)."""
    channels = project.forecast.channels or []
    cid = channels[ci].id
    edits: list[Edit] = []
    for vi, vendor in enumerate(project.vendors):
        for pi, plan in enumerate(vendor.plans):
            path = plan_path(vi, pi)
            if plan.rates and cid in plan.rates:
                rest = {k: v for k, v in plan.rates.items() if k != cid}
                edits.append(SetValue((*path, "rates"), rest or None))
            if plan.channels is not None and cid in plan.channels:
                rest_ids = [c for c in plan.channels if c != cid]
                edits.append(SetValue((*path, "channels"), rest_ids or None))
    edits += _service_mentions(project, cid, None)
    if len(channels) == 1:
        edits.append(SetValue(("forecast", "channels"), DELETE))
    else:
        edits.append(RemoveItem(("forecast", "channels"), ci))
    return Compound(tuple(edits), text=L_("Remove channel {name}", name=cid))


def _service_mentions(project: Project, old: str, new: str | None) -> list[Edit]:
    """Edits that follow a channel renamed to ``new`` (or removed: None) into
    the service levels and the ``service`` criteria that name it (SPEC 8)."""
    edits: list[Edit] = []
    levels = project.settings.service_levels or {}
    if old in levels:
        rest = {(new if k == old else k): v.model_dump(mode="json", exclude_none=True)
                for k, v in levels.items() if new is not None or k != old}
        edits.append(SetValue(("settings", "service_levels"), rest or DELETE))
    for i, criterion in enumerate(project.criteria):
        if criterion.kind == "service" and criterion.channel == old:
            edits.append(SetValue(("criteria", i, "channel"), DELETE if new is None else new))
    return edits


def set_channel_value(project: Project, ci: int, key: str, value: Any) -> Edit:
    """Set one field of channel ``ci`` (``kind`` None: the id's usual kind);
    renaming the id renames it in every plan's channels and rates."""
    channel = (project.forecast.channels or [])[ci]
    text = L_("Change channel {name}", name=channel.id)
    if key == "id":
        old = channel.id
        edits: list[Edit] = [SetValue((*_channel_path(ci), "id"), value)]
        if channel.kind is None and default_kind(str(value)) != channel.channel_kind:
            # the kind followed the old id ("phone" is live): a new id must not silently change it
            edits.append(SetValue((*_channel_path(ci), "kind"), channel.channel_kind))
        for vi, vendor in enumerate(project.vendors):
            for pi, plan in enumerate(vendor.plans):
                path = plan_path(vi, pi)
                if plan.rates and old in plan.rates:
                    edits.append(SetValue((*path, "rates"),
                                          {(value if k == old else k): v for k, v in plan.rates.items()}))
                if plan.channels is not None and old in plan.channels:
                    edits.append(SetValue((*path, "channels"), [value if c == old else c for c in plan.channels]))
        edits += _service_mentions(project, old, value)
        return Compound(tuple(edits), text=text)
    return SetValue((*_channel_path(ci), key), DELETE if value is None else value, text=text)


def set_channel_profile(project: Project, ci: int, profile: list[float] | None,
                        holiday: list[float] | None = None) -> Edit:
    """The channel's own hourly profiles (None: the forecast's)."""
    channel = (project.forecast.channels or [])[ci]
    path = _channel_path(ci)
    return Compound((SetValue((*path, "hourly_profile"), DELETE if profile is None else list(profile)),
                     SetValue((*path, "holiday_hourly_profile"), DELETE if holiday is None else list(holiday))),
                    text=L_("Change hourly profile of channel {name}", name=channel.id))


def own_profile(project: Project, ci: int) -> Edit:
    """Give channel ``ci`` its own profiles, copied from the forecast's."""
    forecast = project.forecast
    weekday = list(forecast.hourly_profile)
    holiday = list(forecast.holiday_hourly_profile) if forecast.holiday_hourly_profile else None
    return set_channel_profile(project, ci, weekday, holiday)


def set_channel_hour(project: Project, ci: int, hour: int, value: float, holiday: bool = False) -> Edit:
    """One hour of the channel's own profile (weekday, or weekend and holiday)."""
    channel = (project.forecast.channels or [])[ci]
    weekday = list(channel.hourly_profile or project.forecast.hourly_profile)
    if holiday:
        profile = list(channel.holiday_hourly_profile or weekday)
        key = "holiday_hourly_profile"
    else:
        profile, key = weekday, "hourly_profile"
    profile[hour] = value
    return SetValue((*_channel_path(ci), key), profile,
                    text=L_("Change hourly profile of channel {name}", name=channel.id))


def default_kind(cid: str) -> str:
    """A channel's kind when the file gives none: ``live`` for phone and chat."""
    return "live" if cid in ("phone", "chat") else "deferred"
