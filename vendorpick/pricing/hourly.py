"""Hour by hour, the contacts a candidate handles, by channel (SPEC 7, for SPEC 8).

:func:`hourly_handling` is the seam for the service-level engine: for one
candidate (a plan of a vendor) it returns numpy arrays over the hours of the
horizon (hour t = 24 × day + hour of day, the horizon's first day first, in
Japan time), by channel in ``forecast.channels`` order (the one channel
``all`` without channels):

- ``arrived[t, c]``: contacts of channel c that arrive in hour t **and** that
  the plan handles (live: the hour is covered; deferred: a covered hour comes
  within 168 hours);
- ``handled[t, c]``: the same contacts placed at the hour in which they are
  handled (deferred ones at the first covered hour; live ones at once), over
  the horizon's hours and the 168 after it, where the last month's coverage
  continues;
- ``covered[t]``: whether the plan covers the band of hour t (its night
  window, that month's coverage after any phase);
- ``all_arrivals[t, c]``: every contact of channel c arriving in hour t,
  handled or not.

These are the expected volumes of SPEC 2 split by hour and channel, the
same figures that :func:`vendorpick.pricing.simulate.simulate` sums by month
and band (to within float rounding of the hourly sums).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.pricing.channels import DEFER_HOURS, VolumeContext, hourly_flows
from vendorpick.pricing.plans import candidate_plans, coverage_by_month, handled_channels
from vendorpick.project.model import Project

__all__ = ["HourlyHandling", "hourly_handling"]


@dataclass(frozen=True)
class HourlyHandling:
    """One candidate's hourly contacts; T hours of the horizon, Ch channels."""

    hours: np.ndarray        # (T + 168,) datetime64[h], the start of each hour (Japan time)
    channel_ids: tuple[str, ...]
    live: np.ndarray         # (Ch,) bool
    aht_min: np.ndarray      # (Ch,) minutes, NaN when not given
    arrived: np.ndarray      # (T, Ch) handled contacts by arrival hour
    handled: np.ndarray      # (T + 168, Ch) handled contacts by the hour they are handled in
    covered: np.ndarray      # (T + 168,) bool
    all_arrivals: np.ndarray  # (T, Ch) every arriving contact
    month: np.ndarray        # (T,) month k of the horizon of each hour

    @property
    def horizon_hours(self) -> int:
        return self.arrived.shape[0]


def hourly_handling(project: Project, candidate: int, ctx: VolumeContext | None = None,
                    at_hours: bool = True) -> HourlyHandling:
    """The hourly handled contacts of candidate ``candidate`` (index in
    :func:`~vendorpick.pricing.plans.candidate_plans` order, as in ``simulate``).
    Pass a :class:`~vendorpick.pricing.channels.VolumeContext` to share the
    daily volumes between candidates; ``at_hours=False`` leaves ``handled``
    zero (the response-time engine reads only ``arrived`` and ``covered``)."""
    ctx = VolumeContext(project) if ctx is None else ctx
    _, _, plan = candidate_plans(project)[candidate]
    cover = coverage_by_month(project, plan)
    handles = handled_channels(plan, ctx.channels.ids)
    flows = hourly_flows(ctx, plan.night_hours, cover, handles, at_hours=at_hours)
    arrived = np.where(flows.handled, flows.arrived, 0.0)
    first = ctx.daily.days[0].astype("datetime64[h]") if ctx.daily.days.size else np.datetime64(project.start, "h")
    hours = first + np.arange(flows.covered.size)
    assert flows.covered.size == arrived.shape[0] + DEFER_HOURS
    return HourlyHandling(hours, ctx.channels.ids, ctx.channels.live.copy(), ctx.channels.aht.copy(), arrived,
                          flows.handled_at, flows.covered, flows.arrived, np.repeat(ctx.daily.month, 24))
