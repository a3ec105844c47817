"""Response times: does a plan answer customers within the service level? (SPEC 8)

The computation only; no Qt, no project file. The caller (the simulation, once
wired) routes the contacts and fills :class:`ServiceInputs`:

``hours``
    The hour timestamps of the horizon, increasing, as ``datetime64[h]`` (H,)
    in the shop's local time. The month of each hour is taken from them
    (``hours.astype("datetime64[M]")``) and labels the months (``"2027-03"``).
``channels``
    One :class:`ChannelSpec` per channel of SPEC 7: ``id``, ``kind``
    (``"live"`` or ``"deferred"``) and ``aht_min`` (> 0, minutes).
``levels``
    ``settings.service_levels``: channel id → ``{"within_s": 20, "target": 0.8}``
    (live) or ``{"within_h": 24, "target": 0.95}`` (deferred), as a mapping,
    a :class:`ServiceLevel`, or an object with those attributes. Only these
    channels are assessed; the others still take the team's time.
``handled``
    Channel id → (C, H) array: the contacts each candidate (row) handles,
    per hour of ARRIVAL. Live contacts count in their hour (a plan handles them
    only in hours it covers); deferred ones are already routed to their arrival
    hour (those waiting for the vendor included, those left to the shop not).
    A channel missing from the mapping is handled by no candidate.
``covered``
    (C, H) booleans: the hours of the horizon each plan covers.
``covered_after``
    (C, E) booleans: the covered hours that continue the calendar after the
    horizon (SPEC 7: the coverage of the last month continues). The deferred
    queue runs on there, with no new arrival, for the longest ``within_h``;
    when E is shorter than that the continuation is repeated, so give whole
    weeks (168 hours, or more when a target is longer).
``seats``
    Per candidate, the seat count of its dedicated team, or None for a shared
    pool (capacity not limited; it answers live contacts at once and clears
    the deferred queue in every hour it covers).

:func:`compute_service` returns a :class:`ServiceResult`: per candidate (same
order) a dict channel id → :class:`ChannelService` with the share over the
horizon, the share of every month (None where the plan handles no contact of
the channel: "—"), the months below target with the reason of each
(``"coverage"``: even unlimited seats on the plan's coverage would miss it;
``"seats"``: too few seats) and, for live channels, the agents needed at the
busiest hour and that hour (``"2027-03-04T21"``).
``ServiceResult.to_json(i)`` gives the ``service`` object of SPEC 10.

The kernels (:mod:`~vendorpick.service.erlang`, :mod:`~vendorpick.service.queue`)
take plain numpy arrays; :mod:`~vendorpick.project.service_levels` validates
``settings.service_levels`` and ``service`` criteria into ``Problem`` lists.
"""

from vendorpick.service.compute import (
    ChannelService,
    ChannelSpec,
    ServiceInputs,
    ServiceLevel,
    ServiceResult,
    compute_service,
    overall_share,
)

__all__ = [
    "ChannelService",
    "ChannelSpec",
    "ServiceInputs",
    "ServiceLevel",
    "ServiceResult",
    "compute_service",
    "overall_share",
]
