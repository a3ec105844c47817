"""The cost of a plan in a month (SPEC section 3), as vectorised kernels.

With b_x the contacts of band x and C the month's coverage::

    H = Σ_{x∈C} b_x,  U = Σ_{x∉C} b_x,  Q = max(0, H − included_contacts)
    usage = Q × rate, or the graduated tiers over Q
    m̄ = Σ_{x∈C} (b_x / H) × multiplier_x           (1 when H = 0)
    plan_charge = max(minimum, monthly_fee + usage × m̄ + Σ_{x∈C} per_contact_x × b_x)
    vendor_cost = plan_charge + Σ_{x∈C} monthly_x (+ setup_fee in month 0)
    cost = vendor_cost + U × in_house_cost_per_contact

A flat rate is one open tier.  Tiers are held as steps: ``usage(Q) = Σ_j
step_j × max(Q − start_j, 0)`` with ``start_0 = 0`` and ``step_j = rate_j −
rate_{j−1}``, which is the graduated charge written as a sum of hinges.
Plans quoted tax included (``tax_included``) have every yen amount divided by
(1 + tax_rate) here, once, so every kernel works tax excluded.

The kernels take arrays and never validate; :mod:`vendorpick.pricing.simulate`
is the validated entry point.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.project.model import BANDS, Plan, Project
from vendorpick.project.months import month_index

__all__ = [
    "MonthCosts", "PlanTerms", "candidate_plans", "coverage_by_month", "month_costs", "plan_terms",
    "usage",
]


def candidate_plans(project: Project) -> list[tuple[int, int, Plan]]:
    """Every plan of every vendor, in project order: (vendor_index, plan_index, plan)."""
    return [(vi, pi, plan) for vi, v in enumerate(project.vendors) for pi, plan in enumerate(v.plans)]


@dataclass(frozen=True)
class PlanTerms:
    """The terms of C plans, tax excluded, as arrays (bands in ``BANDS`` order)."""

    fee: np.ndarray          # (C,)
    included: np.ndarray     # (C,)
    minimum: np.ndarray      # (C,)
    setup: np.ndarray        # (C,)
    multiplier: np.ndarray   # (C, 4), weekday_day = 1
    per_contact: np.ndarray  # (C, 4)
    monthly: np.ndarray      # (C, 4)
    tier_start: np.ndarray   # (C, J) first billable contact of each tier (0 first; padding 0)
    tier_step: np.ndarray    # (C, J) rate change at tier_start (padding 0)


def _tiers(plan: Plan, factor: float) -> tuple[list[float], list[float]]:
    if plan.tiers is None:
        return [0.0], [plan.rate * factor]
    starts = [0.0] + [float(t.up_to) for t in plan.tiers[:-1] if t.up_to is not None]  # only the last is open
    rates = [t.rate * factor for t in plan.tiers]
    steps = [rates[0]] + [rates[j] - rates[j - 1] for j in range(1, len(rates))]
    return starts, steps


def plan_terms(plans: list[Plan], tax_rate: float) -> PlanTerms:
    """Arrays of the plans' terms; tax-included quotes divided by (1 + tax_rate)
    (every yen amount; not counts, not multipliers)."""
    c = len(plans)
    factors = [1.0 / (1.0 + tax_rate) if p.tax_included else 1.0 for p in plans]
    tiers = [_tiers(p, f) for p, f in zip(plans, factors, strict=True)]
    j = max((len(s) for s, _ in tiers), default=1)
    start, step = np.zeros((c, j)), np.zeros((c, j))
    for i, (s, d) in enumerate(tiers):
        start[i, : len(s)], step[i, : len(d)] = s, d
    f = np.asarray(factors)

    def band(attr: str) -> np.ndarray:
        return np.array([[getattr(p.surcharge(b), attr) for b in BANDS] for p in plans]).reshape(c, 4)

    return PlanTerms(
        fee=np.array([p.monthly_fee for p in plans]) * f,
        included=np.array([p.included_contacts for p in plans], dtype=float),
        minimum=np.array([p.minimum_monthly_charge for p in plans]) * f,
        setup=np.array([p.setup_fee for p in plans]) * f,
        multiplier=band("multiplier"),
        per_contact=band("per_contact") * f[:, None],
        monthly=band("monthly") * f[:, None],
        tier_start=start,
        tier_step=step,
    )


def _band_mask(bands: list[str]) -> np.ndarray:
    return np.array([b in bands for b in BANDS])


def coverage_by_month(project: Project, plan: Plan) -> np.ndarray:
    """(M, 4) bool: the bands the plan handles each month.  From a phase's
    month on, its coverage replaces the plan's (SPEC 6); a phase that starts
    before the horizon applies from its first month."""
    out = np.tile(_band_mask(plan.coverage), (project.months, 1))
    first = month_index(project.start)
    for phase in plan.phases:
        out[max(0, month_index(phase.from_) - first):] = _band_mask(phase.coverage)
    return out


def usage(billable: np.ndarray, tier_start: np.ndarray, tier_step: np.ndarray) -> np.ndarray:
    """Graduated charge of ``billable`` (…, ) contacts: Σ_j step_j max(Q − start_j, 0).
    ``tier_start``/``tier_step`` broadcast against ``billable[..., None]``."""
    return (tier_step * np.maximum(billable[..., None] - tier_start, 0.0)).sum(axis=-1)


@dataclass(frozen=True)
class MonthCosts:
    """Every intermediate figure of SPEC 3, shape (C, M) each."""

    handled: np.ndarray
    uncovered: np.ndarray
    billable: np.ndarray
    usage: np.ndarray
    mean_multiplier: np.ndarray
    per_contact: np.ndarray
    plan_charge: np.ndarray
    options: np.ndarray
    setup: np.ndarray
    vendor_cost: np.ndarray
    uncovered_cost: np.ndarray
    cost: np.ndarray


def month_costs(bands: np.ndarray, cover: np.ndarray, terms: PlanTerms, in_house: float,
                setup_month: int | None = 0) -> MonthCosts:
    """The SPEC 3 formulas for C plans over M months.

    ``bands`` (C, M, 4) contacts; ``cover`` (C, M, 4) bool; the setup fee is
    added in month ``setup_month`` (None: never, for a typical month)."""
    covered = np.where(cover, bands, 0.0)
    handled = covered.sum(axis=2)
    uncovered = np.where(cover, 0.0, bands).sum(axis=2)
    billable = np.maximum(handled - terms.included[:, None], 0.0)
    use = usage(billable, terms.tier_start[:, None, :], terms.tier_step[:, None, :])
    weighted = (covered * terms.multiplier[:, None, :]).sum(axis=2)
    mbar = np.divide(weighted, handled, out=np.ones_like(handled), where=handled > 0)
    per = (covered * terms.per_contact[:, None, :]).sum(axis=2)
    charge = np.maximum(terms.minimum[:, None], terms.fee[:, None] + use * mbar + per)
    options = (cover * terms.monthly[:, None, :]).sum(axis=2)
    setup = np.zeros_like(charge)
    if setup_month is not None and setup.shape[1] > setup_month:
        setup[:, setup_month] = terms.setup
    vendor = charge + options + setup
    unc_cost = uncovered * in_house
    return MonthCosts(handled, uncovered, billable, use, mbar, per, charge, options, setup, vendor,
                      unc_cost, vendor + unc_cost)
