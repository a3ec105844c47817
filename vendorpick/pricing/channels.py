"""Contacts by channel, and who handles them in which band (SPEC section 7).

Contacts of channel c in hour h of day d are ``v(d) × s_c × p_c(h)``, with s_c
the normalised share and p_c the channel's profile for the day's type,
normalised to sum 1.  A plan handles only its ``channels``:

- a **live** contact is handled when the band of its arrival hour is covered
  that month, and priced in that band; otherwise it is uncovered;
- a **deferred** contact that arrives in an uncovered hour is handled in the
  first covered hour among its arrival hour and the 168 after it, priced in
  that hour's band and counted in the month it arrived; with no such hour it
  is uncovered.  After the horizon's last month, that month's coverage
  continues (the day types of the days after the horizon are their own).

Without ``forecast.channels`` there is one live channel ``all`` of share 1 with
the forecast's profiles, and every figure here is exactly SPEC section 2's
band volumes (computed by the same arithmetic: ``split × s_c × day share``
with s_c = 1.0, which is exact).  The hour-by-hour walk is done only for
deferred channels of a plan that leaves some band uncovered in some month;
everything else comes from the monthly split of :mod:`~vendorpick.pricing.volume`.

:func:`plan_volumes` gives, for one plan, arrays by month (M), band (4, in
``BANDS`` order) and channel (Ch): ``handled`` priced-band contacts,
``uncovered`` contacts by arrival band, and the month's ``open_hours``.
:func:`hourly_flows` gives the same hour by hour (for the service levels of
SPEC 8, see :mod:`vendorpick.pricing.hourly`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.pricing.volume import (
    DailyVolumes,
    DaySplit,
    daily_volumes,
    day_night_shares,
    day_split,
    holiday_type,
    night_hours_mask,
)
from vendorpick.project.model import NightHours, Project

__all__ = ["DEFER_HOURS", "ChannelSet", "HourlyFlows", "PlanVolumes", "VolumeContext", "channel_set", "hourly_flows",
           "plan_volumes"]

DEFER_HOURS = 168  # a deferred contact waits at most 7 days for a covered hour


@dataclass(frozen=True)
class ChannelSet:
    """The project's channels (SPEC 7), in file order."""

    ids: tuple[str, ...]
    labels: tuple[str, ...]
    live: np.ndarray      # (Ch,) bool
    share: np.ndarray     # (Ch,) normalised to sum 1
    aht: np.ndarray       # (Ch,) minutes, NaN when not given
    weekday: tuple[list[float], ...]  # each channel's profile on weekday-type days (as given)
    holiday: tuple[list[float], ...]  # ... on holiday-type days


def channel_set(project: Project) -> ChannelSet:
    fc = project.forecast
    chans = fc.channel_list()
    shares = np.array([c.share for c in chans], dtype=float)
    total = shares.sum()
    profiles = [c.profiles(fc) for c in chans]
    return ChannelSet(
        ids=tuple(c.id for c in chans), labels=tuple(c.name or c.id for c in chans),
        live=np.array([c.channel_kind == "live" for c in chans]),
        share=shares / total if total > 0 else np.zeros_like(shares),
        aht=np.array([np.nan if c.aht_min is None else c.aht_min for c in chans], dtype=float),
        weekday=tuple(p[0] for p in profiles), holiday=tuple(p[1] for p in profiles),
    )


@dataclass(frozen=True)
class PlanVolumes:
    """One plan's contacts over the horizon: (M, 4, Ch) each, open hours (M,)."""

    arrival: np.ndarray    # contacts by arrival band
    handled: np.ndarray    # handled contacts by the band they are priced in, in their arrival month
    uncovered: np.ndarray  # uncovered contacts by arrival band
    open_hours: np.ndarray


class VolumeContext:
    """What every plan of a project shares: daily volumes, the monthly split,
    the channels; band volumes are cached per night window."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.daily: DailyVolumes = daily_volumes(project)
        self.split: DaySplit = day_split(project, self.daily)
        self.channels = channel_set(project)
        self._arrival: dict[tuple[int, int], np.ndarray] = {}
        self._after: np.ndarray | None = None
        self._hourly: np.ndarray | None = None
        m = project.months
        self.weekday_days = np.bincount(self.daily.month, weights=~self.daily.holiday_type, minlength=m)
        self.holiday_days = np.bincount(self.daily.month, weights=self.daily.holiday_type, minlength=m)

    def arrival(self, night_hours: NightHours) -> np.ndarray:
        """(M, 4, Ch) contacts by arrival band and channel (SPEC 2 per channel)."""
        key = (night_hours.start, night_hours.end)
        if key not in self._arrival:
            night = night_hours_mask(night_hours)
            s = self.split
            cols = []
            for c, share in enumerate(self.channels.share):
                wd_day, wd_night = day_night_shares(self.channels.weekday[c], night)
                ho_day, ho_night = day_night_shares(self.channels.holiday[c], night)
                cols.append(np.stack([s.weekday * share * wd_day, s.weekday * share * wd_night,
                                      s.holiday * share * ho_day, s.holiday * share * ho_night], axis=1))
            self._arrival[key] = np.stack(cols, axis=2)
        return self._arrival[key]

    def hourly_by_channel(self) -> np.ndarray:
        """(Ch, T) contacts of each channel arriving in each hour of the horizon (computed once)."""
        if self._hourly is None:
            ch, daily = self.channels, self.daily
            out = np.zeros((len(ch.ids), 24 * daily.days.size))
            for c in range(len(ch.ids)):
                prof = np.stack([np.asarray(ch.weekday[c], float), np.asarray(ch.holiday[c], float)])
                prof = prof / prof.sum(axis=1, keepdims=True)
                out[c] = ((daily.contacts * ch.share[c])[:, None] * prof[daily.holiday_type.astype(int)]).ravel()
            self._hourly = out
        return self._hourly

    def after_horizon(self) -> np.ndarray:
        """Holiday type of the 7 days after the horizon (a deferred contact may wait into them)."""
        if self._after is None:
            last = self.daily.days[-1] if self.daily.days.size else np.datetime64(self.project.start, "D")
            days = last + np.arange(1, DEFER_HOURS // 24 + 1)
            self._after = holiday_type(self.project, days)
        return self._after

    def open_hours(self, night_hours: NightHours, cover: np.ndarray) -> np.ndarray:
        """(M,) hours of each month whose band the plan covers that month."""
        n = float(night_hours_mask(night_hours).sum())
        per_day = np.array([24.0 - n, n, 24.0 - n, n])
        days = np.stack([self.weekday_days, self.weekday_days, self.holiday_days, self.holiday_days], axis=1)
        return (np.where(cover, days * per_day, 0.0)).sum(axis=1)


def plan_volumes(ctx: VolumeContext, night_hours: NightHours, cover: np.ndarray, handles: np.ndarray) -> PlanVolumes:
    """A plan's handled and uncovered contacts (SPEC 7).

    ``cover`` (M, 4) bool: the bands covered each month; ``handles`` (Ch,) bool:
    the channels the plan handles."""
    arrival = ctx.arrival(night_hours)
    mine = cover[:, :, None] & handles[None, None, :]
    handled = np.where(mine, arrival, 0.0)
    uncovered = np.where(mine, 0.0, arrival)
    deferred = handles & ~ctx.channels.live
    if deferred.any() and not cover.all():
        flows = hourly_flows(ctx, night_hours, cover, handles, only=deferred, at_hours=False)
        handled = handled + flows.moved
        uncovered = np.where(mine | ~deferred[None, None, :], uncovered, flows.lost)
    return PlanVolumes(arrival, handled, uncovered, ctx.open_hours(night_hours, cover))


@dataclass(frozen=True)
class HourlyFlows:
    """Hour-by-hour contacts of one plan; hours t = 24·d + h over the horizon's
    T hours, then the 168 hours after it."""

    arrived: np.ndarray   # (T, Ch) contacts arriving in hour t
    handled_at: np.ndarray  # (T + 168, Ch) handled contacts by the hour they are handled in
    covered: np.ndarray   # (T + 168,) bool: the plan covers the band of hour t
    handled: np.ndarray   # (T, Ch) bool per arrival hour: handled (live: at once; deferred: within 168 h)
    moved: np.ndarray     # (M, 4, Ch) deferred contacts of uncovered hours, by month and the band they are priced in
    lost: np.ndarray      # (M, 4, Ch) contacts nobody handles, by month and arrival band


def hourly_flows(ctx: VolumeContext, night_hours: NightHours, cover: np.ndarray, handles: np.ndarray,
                 only: np.ndarray | None = None, at_hours: bool = True) -> HourlyFlows:
    """Walk the horizon hour by hour for the channels in ``only`` (default: all);
    ``handled_at`` is left zero unless ``at_hours``."""
    ch = ctx.channels
    n_ch = len(ch.ids)
    only = np.ones(n_ch, bool) if only is None else only
    daily = ctx.daily
    night = night_hours_mask(night_hours).astype(np.int64)
    m, d = cover.shape[0], daily.days.size
    t_len = 24 * d
    day_type = np.r_[daily.holiday_type, ctx.after_horizon()].astype(np.int64)
    band = (2 * day_type[:, None] + night[None, :]).ravel()                    # (T + 168,)
    month = np.r_[daily.month, np.full(DEFER_HOURS // 24, m - 1)]
    hour_month = np.repeat(month, 24)
    covered = cover[hour_month, band]
    size = covered.size
    idx = np.where(covered, np.arange(size), np.iinfo(np.int64).max)
    nxt = np.minimum(np.minimum.accumulate(idx[::-1])[::-1][:t_len], size - 1)
    wait_ok = nxt - np.arange(t_len) <= DEFER_HOURS
    wait_ok &= covered[nxt]  # (nothing covered up to the end: no hour to wait for)
    arrival_key = hour_month[:t_len] * 4 + band[:t_len]
    priced_key = hour_month[:t_len] * 4 + band[nxt]
    moved_rows = ~covered[:t_len]
    hourly = ctx.hourly_by_channel()                                        # (Ch, T), contiguous rows
    handled = np.zeros((n_ch, t_len), bool)
    moved, lost = np.zeros((n_ch, m * 4)), np.zeros((n_ch, m * 4))
    handled_at = np.zeros((n_ch, size))
    for k in np.flatnonzero(only).tolist():
        if handles[k]:
            handled[k] = covered[:t_len] if ch.live[k] else wait_ok
        ok, a = handled[k], hourly[k]
        moved[k] = np.bincount(priced_key, weights=np.where(moved_rows & ok, a, 0.0), minlength=m * 4)
        lost[k] = np.bincount(arrival_key, weights=np.where(ok, 0.0, a), minlength=m * 4)
        if at_hours:
            at = np.arange(t_len) if ch.live[k] else nxt
            handled_at[k] = np.bincount(at, weights=np.where(ok, a, 0.0), minlength=size)
    arrived = np.where(only[:, None], hourly, 0.0).T
    return HourlyFlows(arrived, handled_at.T, covered, handled.T, moved.T.reshape(m, 4, n_ch),
                       lost.T.reshape(m, 4, n_ch))
