"""The values of ``service`` criteria (SPEC 8 "In the ranking"): computed, never typed.

A ``service`` criterion's value is the candidate's share of contacts answered within
the service level over the horizon, for its ``channel`` (or, without one, over every
assessed channel, contact-weighted); a candidate that does not serve the channel
(share null, "—") has value 0. The shares come from the simulation's ``service``
figures (:attr:`vendorpick.pricing.simulate.SimulationResult.service`), or are
computed here for a simulation that has none (the test fakes).
"""

from __future__ import annotations

from typing import Any

from vendorpick.errors import Problem
from vendorpick.i18n import L_, LazyText
from vendorpick.pricing.service_levels import project_service
from vendorpick.project.model import Criterion, Project, _num
from vendorpick.service import ChannelService, ServiceResult, overall_share
from vendorpick.vocabulary import CHANNELS

__all__ = ["criterion_share", "service_figures", "service_must_problem", "service_values"]


def service_figures(project: Project, sim: Any) -> ServiceResult | None:
    """The response times of the simulation's candidates (None when the project has no
    ``service`` criterion or no service levels)."""
    if not any(c.kind == "service" for c in project.criteria) or not project.settings.service_levels:
        return None
    figures = getattr(sim, "service", None)
    return figures if isinstance(figures, ServiceResult) else project_service(project)


def criterion_share(services: dict[str, ChannelService], crit: Criterion) -> float | None:
    """The share a ``service`` criterion measures, None when the candidate does not serve it."""
    if crit.channel is not None:
        figures = services.get(crit.channel)
        return None if figures is None else figures.share
    return overall_share(services)


def service_values(project: Project, figures: ServiceResult | None, candidate: int) -> dict[str, float]:
    """Criterion id → value (the share, 0 when null) of every ``service`` criterion for one candidate."""
    if figures is None:
        return {c.id: 0.0 for c in project.criteria if c.kind == "service"}
    services = figures.candidates[candidate]
    out = {}
    for crit in project.criteria:
        if crit.kind == "service":
            share = criterion_share(services, crit)
            out[crit.id] = 0.0 if share is None else float(share)
    return out


def _channel_words(project: Project, cid: str | None) -> str | LazyText:
    if cid is None:
        return L_("all assessed channels")
    for channel in project.forecast.channel_list():
        if channel.id == cid and channel.name:
            return channel.name
    return L_(CHANNELS[cid]) if cid in CHANNELS else cid


def _within_words(project: Project, cid: str | None) -> LazyText:
    levels = project.settings.service_levels
    if cid is None or cid not in levels:
        return L_("the target time")
    level = levels[cid]
    if level.within_h is not None:
        return L_("{n} h", n=_num(level.within_h))
    return L_("{n} s", n=_num(level.within_s or 0))


def service_must_problem(project: Project, crit: Criterion, value: float, loc: str) -> Problem | None:
    """The reason a candidate fails a ``service`` criterion's ``must_min``, in words
    (``answers 82% of R-Messe contacts within 24 h; required 90%``), or None."""
    if crit.must_min is None or value >= crit.must_min:
        return None
    return Problem(loc, "vp_must_service", {
        "criterion": crit.label, "channel": _channel_words(project, crit.channel),
        "within": _within_words(project, crit.channel),
        "share": f"{_num(round(100 * value, 1))}%", "limit": f"{_num(round(100 * crit.must_min, 1))}%"})
