"""Response times of every candidate (SPEC 8), at expected volumes over the whole horizon.

The seam between the cost engine's hourly contacts (:func:`~vendorpick.pricing.hourly.hourly_handling`,
events and phases included) and the response-time engine (:func:`vendorpick.service.compute_service`):
routes each candidate's handled contacts by arrival hour, its covered hours (and the week after the
horizon, where the last month's coverage continues) and its seats into
:class:`~vendorpick.service.ServiceInputs`. Projects without ``settings.service_levels`` never come here.
"""

from __future__ import annotations

import numpy as np

from vendorpick.pricing.channels import VolumeContext
from vendorpick.pricing.hourly import hourly_handling
from vendorpick.pricing.plans import candidate_plans
from vendorpick.project.model import Project
from vendorpick.service import ChannelSpec, ServiceInputs, ServiceResult, compute_service

__all__ = ["project_service", "service_inputs"]


def service_inputs(project: Project) -> ServiceInputs:
    """The inputs of the response-time engine for every candidate (``simulate`` order)."""
    ctx = VolumeContext(project)
    plans = candidate_plans(project)
    rows = [hourly_handling(project, i, ctx, at_hours=False) for i in range(len(plans))]
    ids = ctx.channels.ids
    # a missing handling time only matters to a dedicated team, which needs one (project/channel_checks.py)
    aht = np.where(np.isfinite(ctx.channels.aht) & (ctx.channels.aht > 0), ctx.channels.aht, 1.0)
    specs = [ChannelSpec(cid, "live" if live else "deferred", float(a))
             for cid, live, a in zip(ids, ctx.channels.live, aht, strict=True)]
    if rows:
        hours = rows[0].hours[: rows[0].horizon_hours]
        t = rows[0].horizon_hours
        handled = {cid: np.stack([r.arrived[:, k] for r in rows]) for k, cid in enumerate(ids)}
        covered = np.stack([r.covered[:t] for r in rows])
        after = np.stack([r.covered[t:] for r in rows])
    else:  # no candidate: nothing to assess
        hours = np.zeros(0, "datetime64[h]")
        handled = {}
        covered = np.zeros((0, 0), bool)
        after = np.zeros((0, 168), bool)
    seats = [None if p.seats is None else int(p.seats.count) for _, _, p in plans]
    levels = {cid: level for cid, level in project.settings.service_levels.items() if cid in ids}
    return ServiceInputs(hours, specs, levels, handled, covered, after, seats)


def project_service(project: Project) -> ServiceResult | None:
    """The figures of SPEC 8 for every candidate, or None without service levels."""
    if not project.settings.service_levels:
        return None
    return compute_service(service_inputs(project))
