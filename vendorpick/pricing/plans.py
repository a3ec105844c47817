"""The cost of a plan in a month (SPEC sections 3 and 7), as vectorised kernels.

With n_{x,c} the handled contacts of band x and channel c (priced in band x),
u_c the units a contact of channel c counts and C the month's coverage::

    H = Σ_{x,c} n_{x,c} u_c,  U = uncovered contacts,  Q = max(0, H − included)
    usage = tiers(Q) × m̄,  m̄ = Σ_{x,c} (n_{x,c} u_c / H) × multiplier_x     (1 when H = 0)
       or, with ``rates``:  Q × p̄,  p̄ = Σ_{x,c} (n_{x,c} u_c / H) × rate_c × multiplier_x
    seat_charge = count × (per_seat_month + per_seat_hour × open_hours)
    plan_charge = max(minimum, monthly_fee + seat_charge + usage + Σ_{x,c} per_contact_x × n_{x,c})
    vendor_cost = plan_charge + Σ_{x∈C} monthly_x (+ setup_fee in month 0)
    cost = vendor_cost + U × in_house_cost_per_contact

A flat ``rate`` is one open tier, so without ``rates`` the usage is
``tiers(Q) × m̄`` as in SPEC 3 (p̄ = rate × m̄).  With ``rates`` the tier is
one open step of 1 and the "multiplier" m̄ of the kernels is p̄ itself, so
the Monte Carlo pieces (:mod:`vendorpick.pricing.pieces`) are unchanged.
Without channels (one live channel ``all``, unit contact) every figure is
computed by the same floating-point operations as SPEC 3.

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

from vendorpick.pricing.channels import ChannelSet
from vendorpick.project.model import ALL_CHANNEL, BANDS, Plan, Project
from vendorpick.project.months import month_index

__all__ = [
    "MonthCosts", "PlanTerms", "candidate_plans", "contact_units", "coverage_by_month", "handled_channels",
    "month_costs", "plan_terms", "usage",
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
    tier_start: np.ndarray   # (C, J) first billable unit of each tier (0 first; padding 0)
    tier_step: np.ndarray    # (C, J) rate change at tier_start (padding 0)
    unit: np.ndarray | None = None    # (C, Ch) units per handled contact u_c (None: 1, one channel)
    weight: np.ndarray | None = None  # (C, Ch) rate_c with `rates` (tier step 1), else 1
    seat_count: np.ndarray | None = None      # (C,)
    seat_month: np.ndarray | None = None      # (C,) per seat a month
    seat_hour: np.ndarray | None = None       # (C,) per seat and open hour
    handles: np.ndarray | None = None         # (C, Ch) bool: channels the plan handles


def _tiers(plan: Plan, factor: float) -> tuple[list[float], list[float]]:
    if plan.rates is not None and plan.tiers is None:
        return [0.0], [1.0]  # usage = Q × p̄: p̄ is the kernels' mean multiplier
    if plan.tiers is None:
        return [0.0], [plan.rate * factor]
    starts = [0.0] + [float(t.up_to) for t in plan.tiers[:-1] if t.up_to is not None]  # only the last is open
    rates = [t.rate * factor for t in plan.tiers]
    steps = [rates[0]] + [rates[j] - rates[j - 1] for j in range(1, len(rates))]
    return starts, steps


def contact_units(plan: Plan, aht: np.ndarray) -> np.ndarray:
    """u_c (SPEC 7): 1 a contact; by the minute, aht_c, or with ``rounding:
    per_contact`` 1 / (1 − e^(−1/aht_c)), the mean of ⌈T⌉ for an exponential
    handling time T of mean aht_c.  NaN aht (not given) gives 0: such a
    channel is never handled by a minute-billed plan (the file check)."""
    if plan.unit == "contact":
        return np.ones_like(aht)
    a = np.where(np.isfinite(aht), aht, 1.0)
    u = a if plan.rounding == "none" else 1.0 / -np.expm1(-1.0 / a)
    return np.where(np.isfinite(aht), u, 0.0)


def handled_channels(plan: Plan, ids: tuple[str, ...]) -> np.ndarray:
    """(Ch,) bool: the channels the plan handles (all when it names none)."""
    if plan.channels is None:
        return np.ones(len(ids), bool)
    return np.array([i in plan.channels for i in ids], dtype=bool)


def _one_channel() -> ChannelSet:
    return ChannelSet((ALL_CHANNEL,), (ALL_CHANNEL,), np.array([True]), np.array([1.0]), np.array([np.nan]),
                      ([1.0] * 24,), ([1.0] * 24,))


def plan_terms(plans: list[Plan], tax_rate: float, channels: ChannelSet | None = None) -> PlanTerms:
    """Arrays of the plans' terms; tax-included quotes divided by (1 + tax_rate)
    (every yen amount, rates and seat prices too; not counts, not multipliers).
    ``channels`` default: the one channel ``all``."""
    channels = _one_channel() if channels is None else channels
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
        included=np.array([p.included for p in plans], dtype=float),
        minimum=np.array([p.minimum_monthly_charge for p in plans]) * f,
        setup=np.array([p.setup_fee for p in plans]) * f,
        multiplier=band("multiplier"),
        per_contact=band("per_contact") * f[:, None],
        monthly=band("monthly") * f[:, None],
        tier_start=start,
        tier_step=step,
        unit=np.array([contact_units(p, channels.aht) for p in plans]).reshape(c, len(channels.ids)),
        weight=np.array([[(p.rates.get(i, p.rate) * fp if p.rates is not None and p.tiers is None else 1.0)
                          for i in channels.ids] for p, fp in zip(plans, factors, strict=True)]
                        ).reshape(c, len(channels.ids)),
        seat_count=np.array([p.seats.count if p.seats else 0.0 for p in plans], dtype=float),
        seat_month=np.array([p.seats.per_seat_month if p.seats else 0.0 for p in plans], dtype=float) * f,
        seat_hour=np.array([p.seats.per_seat_hour if p.seats else 0.0 for p in plans], dtype=float) * f,
        handles=np.array([handled_channels(p, channels.ids) for p in plans], dtype=bool).reshape(c, len(channels.ids)),
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
    seat: np.ndarray | None = None           # (C, M) seat charges
    band_units: np.ndarray | None = None     # (C, M, 4) Σ_c n_{x,c} u_c w_c: band x's part of H·m̄ (or H·p̄)
    band_handled: np.ndarray | None = None   # (C, M, 4) handled contacts priced in band x
    band_uncovered: np.ndarray | None = None  # (C, M, 4) uncovered contacts by arrival band
    channel_uncovered: np.ndarray | None = None  # (C, M, Ch) uncovered contacts by channel


def month_costs(bands: np.ndarray | None, cover: np.ndarray, terms: PlanTerms, in_house: float,
                setup_month: int | None = 0, *, handled: np.ndarray | None = None,
                uncovered: np.ndarray | None = None, open_hours: np.ndarray | None = None) -> MonthCosts:
    """The SPEC 3 and 7 formulas for C plans over M months.

    Either ``bands`` (C, M, 4) contacts of the one channel (SPEC 3), or
    ``handled``/``uncovered`` (C, M, 4, Ch) by band and channel (SPEC 7);
    ``cover`` (C, M, 4) bool; ``open_hours`` (C, M) for seats; the setup fee
    is added in month ``setup_month`` (None: never, for a typical month)."""
    if handled is None or uncovered is None:
        assert bands is not None, "bands or handled/uncovered"
        handled = np.where(cover, bands, 0.0)[..., None]
        uncovered = np.where(cover, 0.0, bands)[..., None]
    ch = handled.shape[3]
    unit = np.ones((terms.fee.size, ch)) if terms.unit is None else terms.unit
    weight = np.ones_like(unit) if terms.weight is None else terms.weight
    units = (handled * unit[:, None, None, :]).sum(axis=3)
    contacts = handled.sum(axis=3)
    priced = units if (weight == 1.0).all() else (handled * (unit * weight)[:, None, None, :]).sum(axis=3)
    h = units.sum(axis=2)
    band_unc = uncovered.sum(axis=3)
    unc = band_unc.sum(axis=2)
    billable = np.maximum(h - terms.included[:, None], 0.0)
    use = usage(billable, terms.tier_start[:, None, :], terms.tier_step[:, None, :])
    weighted = (priced * terms.multiplier[:, None, :]).sum(axis=2)
    mbar = np.divide(weighted, h, out=np.ones_like(h), where=h > 0)
    per = (contacts * terms.per_contact[:, None, :]).sum(axis=2)
    seat = np.zeros_like(h)
    if terms.seat_count is not None and terms.seat_count.any():
        assert terms.seat_month is not None and terms.seat_hour is not None
        hours = np.zeros_like(h) if open_hours is None else open_hours
        seat = terms.seat_count[:, None] * (terms.seat_month[:, None] + terms.seat_hour[:, None] * hours)
    charge = np.maximum(terms.minimum[:, None], terms.fee[:, None] + seat + use * mbar + per)
    options = (cover * terms.monthly[:, None, :]).sum(axis=2)
    setup = np.zeros_like(charge)
    if setup_month is not None and setup.shape[1] > setup_month:
        setup[:, setup_month] = terms.setup
    vendor = charge + options + setup
    unc_cost = unc * in_house
    return MonthCosts(h, unc, billable, use, mbar, per, charge, options, setup, vendor,
                      unc_cost, vendor + unc_cost, seat, priced, contacts, band_unc, uncovered.sum(axis=2))
