"""SPEC 9 step 7: the fitted ``forecast.channels`` (SPEC 7).

- shares = each channel's contacts over the whole days / all of them (contacts
  without a channel, from a file with no channel column beside files with one,
  are left out of the shares and counted in a note);
- a channel with at least 500 contacts on whole days gets its own weekday-type
  and holiday-type profiles (step 2); fewer: none, so it uses the forecast's;
- a channel already in the project keeps its ``name``, ``kind`` and
  ``aht_min`` (handling times are in no export);
- a channel of the project that is not in the history is kept with share 0
  (plans may name it in ``channels`` or ``rates``), and the notes say so;
- a new channel gets no ``aht_min`` — unless a plan billed by the minute or
  with seats handles it (a plan without ``channels`` handles all), since the
  project would then fail validation (SPEC 7).  It then gets the
  contact-weighted mean ``aht_min`` of the project's channels that have one
  (such a plan always has some), and the notes name the channel and the value
  to replace with the real handling time.
- without any channel in the history the project's channels are unchanged.
"""

from __future__ import annotations

from vendorpick.errors import Problem
from vendorpick.history.history import History
from vendorpick.project.model import Channel, Project
from vendorpick.vocabulary import channel_name, listed


def needs_aht(project: Project, cid: str) -> bool:
    """Whether a plan billed by the minute or with seats handles channel ``cid``."""
    return any((plan.unit == "minute" or plan.seats is not None)
               and (plan.channels is None or cid in plan.channels)
               for vendor in project.vendors for plan in vendor.plans)


def fit_channels(history: History, project: Project, profiles: dict[str, dict[str, list[float]]],
                 notes: list[Problem]) -> list[Channel] | None:
    """The fitted ``forecast.channels`` (None: the project's stay as they are)."""
    old = {c.id: c for c in project.forecast.channels or []}
    if not history.has_channels:
        return project.forecast.channels
    counts = history.daily[history.whole].sum(axis=0)
    named = {cid: float(n) for cid, n in zip(history.channels, counts, strict=True) if cid and n > 0}
    unnamed = float(sum(n for cid, n in zip(history.channels, counts, strict=True) if not cid))
    if unnamed > 0:
        notes.append(Problem("", "note_channel_unnamed", {"n": int(round(unnamed))}))
    total = sum(named.values())
    if total <= 0:
        return project.forecast.channels
    with_aht = [(c.aht_min, named.get(c.id, 0.0) or c.share) for c in old.values() if c.aht_min is not None]
    weight = sum(w for _a, w in with_aht)
    mean_aht = (sum(a * w for a, w in with_aht) / weight if weight > 0
                else sum(a for a, _w in with_aht) / len(with_aht)) if with_aht else None
    out: list[Channel] = []
    for cid, n in sorted(named.items(), key=lambda kv: -kv[1]):
        prev = old.get(cid)
        own = profiles.get(cid)
        update = {"share": n / total,
                  "hourly_profile": own["weekday"] if own else None,
                  "holiday_hourly_profile": own["holiday"] if own else None}
        if prev is not None:
            out.append(prev.model_copy(update=update))
            continue
        aht = None
        if needs_aht(project, cid) and mean_aht is not None:
            aht = round(mean_aht, 2)
            notes.append(Problem("", "note_channel_aht_assumed", {"channel": channel_name(cid), "aht": aht}))
        out.append(Channel(id=cid, aht_min=aht, **update))
    missing = [c for cid, c in old.items() if cid not in named]
    for c in missing:
        out.append(c.model_copy(update={"share": 0.0}))
    if missing:
        notes.append(Problem("", "note_channel_missing", {"channels": listed(channel_name(c.id, c.name) for c in missing)}))
    return out
