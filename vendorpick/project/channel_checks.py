"""Rules of SPEC 7 across objects: channels, the plans' channels, rates and handling times.

Like :mod:`vendorpick.project.checks`, these read the project's plain JSON
data (after migration to version 2) and tolerate anything malformed in it,
so they are reported together with the field problems.
"""

from __future__ import annotations

from typing import Any

from vendorpick.errors import Problem
from vendorpick.project.model import ALL_CHANNEL
from vendorpick.project.plain import as_dict, as_list, is_number


def channel_problems(data: dict[str, Any]) -> list[Problem]:
    """Every SPEC 7 problem across objects of the project data."""
    raw = as_dict(data.get("forecast")).get("channels")
    declared = isinstance(raw, list)
    channels = [as_dict(c) for c in as_list(raw)]
    out: list[Problem] = []
    seen: set[str] = set()
    for i, ch in enumerate(channels):
        cid = ch.get("id")
        if isinstance(cid, str) and cid.strip():
            if cid in seen:
                out.append(Problem(f"forecast.channels[{i}].id", "vp_duplicate_id", {"name": cid}))
            seen.add(cid)
    shares = [ch.get("share") for ch in channels]
    numbers = [float(s) for s in shares if is_number(s) and s >= 0]
    if declared and len(numbers) == len(shares) and not sum(numbers) > 0:
        out.append(Problem("forecast.channels", "vp_channel_shares_zero"))
    known = seen if declared else {ALL_CHANNEL}
    aht = {ch["id"]: ch.get("aht_min") for ch in channels if isinstance(ch.get("id"), str)}
    for vi, vendor in enumerate(map(as_dict, as_list(data.get("vendors")))):
        for pi, plan in enumerate(map(as_dict, as_list(vendor.get("plans")))):
            out += _plan(plan, f"vendors[{vi}].plans[{pi}]", known, declared, aht)
    return out


def _plan(plan: dict[str, Any], base: str, known: set[str], declared: bool, aht: dict) -> list[Problem]:
    out: list[Problem] = []
    names = ", ".join(sorted(known))
    handled = plan.get("channels")
    if isinstance(handled, list):
        if not handled:
            out.append(Problem(f"{base}.channels", "vp_plan_channels_empty"))
        listed: set[str] = set()
        for i, cid in enumerate(handled):
            if isinstance(cid, str) and cid.strip() and cid not in known:
                out.append(Problem(f"{base}.channels[{i}]", "vp_channel_unknown", {"value": cid, "known": names}))
            elif isinstance(cid, str) and cid in listed:
                out.append(Problem(f"{base}.channels[{i}]", "vp_channel_twice", {"value": cid}))
            if isinstance(cid, str):
                listed.add(cid)
    rates = plan.get("rates")
    if isinstance(rates, dict):
        out += [Problem(f"{base}.rates.{cid}", "vp_channel_unknown", {"value": cid, "known": names})
                for cid in rates if cid not in known]
        if isinstance(plan.get("tiers"), list):
            out.append(Problem(f"{base}.rates", "vp_rates_and_tiers"))
    for key, needs in (("unit", plan.get("unit") == "minute"), ("seats", isinstance(plan.get("seats"), dict))):
        if not needs:
            continue
        if not declared:
            out.append(Problem(f"{base}.{key}", "vp_aht_needs_channels"))
            continue
        mine = [c for c in handled if isinstance(c, str)] if isinstance(handled, list) else list(aht)
        out += [Problem(f"{base}.{key}", "vp_aht_needed", {"channel": cid})
                for cid in mine if cid in aht and not (is_number(aht[cid]) and aht[cid] > 0)]
    return out
