"""Expected cost and Monte Carlo risk of every candidate (SPEC sections 3, 5, 6).

:func:`simulate` is the validated entry point: it computes the band volumes
once (:mod:`~vendorpick.pricing.volume`), the expected month costs by the
SPEC 3 formulas (:mod:`~vendorpick.pricing.plans`), the Monte Carlo totals
(:mod:`~vendorpick.pricing.montecarlo`), the budget figures and the
crossovers (:mod:`~vendorpick.pricing.breakeven`), and returns a
:class:`SimulationResult` whose :meth:`~SimulationResult.to_json` is the
``simulate --json`` object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.pricing.breakeven import TypicalMonth, crossings, typical_month_from
from vendorpick.pricing.channels import ChannelSet, PlanVolumes, VolumeContext, plan_volumes
from vendorpick.pricing.montecarlo import Cancelled, RiskFigures, ScenarioModel, percentiles, run, scenario_model
from vendorpick.pricing.pieces import Pieces, charge_pieces
from vendorpick.pricing.plans import (
    MonthCosts,
    PlanTerms,
    candidate_plans,
    coverage_by_month,
    handled_channels,
    month_costs,
    plan_terms,
)
from vendorpick.pricing.service_levels import project_service
from vendorpick.project.model import Plan, Project
from vendorpick.service import ServiceResult

__all__ = [
    "BudgetResult", "CandidateRef", "Cancelled", "Crossover", "SimulationResult", "TypicalMonth", "check_run_size",
    "monthly_cost_at", "simulate", "typical_month",
]

MIN_SCENARIOS, MAX_SCENARIOS = 100, 1_000_000
CROSSOVER_LIMIT = 100.0  # crossovers above 100 × the largest expected monthly volume are not reported



@dataclass(frozen=True)
class CandidateRef:
    """One plan of one vendor."""

    vendor_index: int
    plan_index: int
    vendor: str
    plan: str


@dataclass
class BudgetResult:
    """``settings.monthly_budget`` figures (SPEC 6), per candidate."""

    limit: float
    months_over: list[list[str]]                # months whose expected cost exceeds the limit
    probability_any_month_over: np.ndarray      # (C,)


@dataclass(frozen=True)
class Crossover:
    """The lowest monthly volume where the typical-month costs of a and b cross
    (``volumes``: every crossing, ascending; see :mod:`vendorpick.pricing.breakeven`)."""

    a: CandidateRef
    b: CandidateRef
    monthly_contacts: float
    volumes: tuple[float, ...] = ()


@dataclass
class SimulationResult:
    """Every figure of ``simulate``; arrays are indexed by candidate (C), month (M)."""

    months: list[str]
    contacts: np.ndarray                   # (M,)
    candidates: list[CandidateRef]
    band_contacts: np.ndarray              # (C, M, 4)
    monthly_cost: np.ndarray               # (C, M) vendor + uncovered
    monthly_vendor_cost: np.ndarray        # (C, M)
    monthly_uncovered_contacts: np.ndarray  # (C, M)
    monthly_uncovered_cost: np.ndarray     # (C, M)
    total: np.ndarray                      # (C,)
    vendor_cost: np.ndarray
    uncovered_contacts: np.ndarray
    uncovered_cost: np.ndarray
    total_tax_included: np.ndarray
    risk_mean: np.ndarray
    risk_p50: np.ndarray
    risk_p90: np.ndarray
    risk_p95: np.ndarray
    cheapest_probability: np.ndarray
    scenario_totals: np.ndarray            # (S, C)
    budget: BudgetResult | None
    # the candidates' typical months (SPEC 6): the crossover chart's curves and the crossovers
    typical_month: TypicalMonth
    # the crossovers, or a function computing them when first read (:attr:`crossovers`)
    crossover_source: list[Crossover] | Callable[[], list[Crossover]]
    scenarios: int = 0
    seed: int = 0
    tax_rate: float = 0.0
    # (C, M, 4) cost attributable to each band: its share of usage × m̄ (b_x·multiplier_x/H
    # of usage), its per-contact add-ons and its monthly option; uncovered bands: b_x × in-house.
    band_cost: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 4)))
    # (C, M) the rest: monthly fee, seat charges, the top-up to the minimum charge, the setup fee.
    monthly_fixed_cost: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    # SPEC 7: each candidate's billing unit ("contact" or "minute"), its seat charges by month
    # (before any minimum charge), and its uncovered contacts by channel over the horizon
    units: list[str] = field(default_factory=list)
    monthly_seat_cost: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    channel_ids: tuple[str, ...] = ()
    channel_labels: tuple[str, ...] = ()
    uncovered_by_channel: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (C, Ch)
    channels_declared: bool = False
    monthly_uncovered_by_channel: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 0)))  # (C, M, Ch)
    handled_by_channel: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (C, Ch) over the horizon
    #: SPEC 8 (None without service levels), computed the first time it is read
    service_source: ServiceResult | Callable[[], ServiceResult | None] | None = None

    @property
    def service(self) -> ServiceResult | None:
        """The response times of every candidate (SPEC 8), or None without service levels."""
        if callable(self.service_source):
            self.service_source = self.service_source()
        return self.service_source

    @property
    def seat_cost(self) -> np.ndarray:
        """(C,) the horizon's seat charges, before any minimum charge (SPEC 10)."""
        return self.monthly_seat_cost.sum(axis=1) if self.monthly_seat_cost.size else np.zeros(len(self.candidates))

    @property
    def crossovers(self) -> list[Crossover]:
        """Every crossing pair (SPEC 6), computed the first time it is read:
        ``rank`` and the application's quick pass never need them."""
        if callable(self.crossover_source):
            self.crossover_source = self.crossover_source()
        return self.crossover_source

    def monthly_cost_at(self, candidate: int, monthly_contacts: float | np.ndarray) -> float | np.ndarray:
        """Cost of one typical month of a candidate at a total monthly volume
        (a number gives a float, an array of volumes an array): see :func:`monthly_cost_at`."""
        return self.typical_month.cost_at(candidate, monthly_contacts)

    def to_json(self) -> dict:
        """The ``simulate --json`` object of SPEC 5 and 6 (plain, unrounded yen)."""
        out_candidates = [self._candidate_json(i) for i in range(len(self.candidates))]
        return {
            "months": list(self.months),
            "contacts": [float(v) for v in self.contacts],
            "candidates": out_candidates,
            "crossovers": [
                {"a": [c.a.vendor, c.a.plan], "b": [c.b.vendor, c.b.plan], "monthly_contacts": float(c.monthly_contacts)}
                for c in self.crossovers
            ],
        }

    def _candidate_json(self, i: int) -> dict:
        ref = self.candidates[i]
        item = {
            "vendor": ref.vendor,
            "plan": ref.plan,
            "monthly_cost": [float(v) for v in self.monthly_cost[i]],
            "total": float(self.total[i]),
            "vendor_cost": float(self.vendor_cost[i]),
            "uncovered_contacts": float(self.uncovered_contacts[i]),
            "uncovered_cost": float(self.uncovered_cost[i]),
            "risk": {
                "mean": float(self.risk_mean[i]), "p50": float(self.risk_p50[i]),
                "p90": float(self.risk_p90[i]), "p95": float(self.risk_p95[i]),
            },
            "cheapest_probability": float(self.cheapest_probability[i]),
            "units": self.units[i] if self.units else "contact",
            "seat_cost": float(self.seat_cost[i]),
        }
        if self.channels_declared:
            item["uncovered_contacts_by_channel"] = {
                cid: float(v) for cid, v in zip(self.channel_ids, self.uncovered_by_channel[i], strict=True)}
        if self.service is not None:
            item["service"] = self.service.to_json(i)
        if self.budget is not None:
            item["budget"] = {
                "months_over": list(self.budget.months_over[i]),
                "probability_any_month_over": float(self.budget.probability_any_month_over[i]),
            }
        return item


def check_run_size(scenarios: object, seed: object, where: tuple[str, str] = ("scenarios", "seed")) -> None:
    """Raise InputError unless 100 ≤ scenarios ≤ 1,000,000 and seed ≥ 0 (whole
    numbers); None skips a check."""
    problems = []
    if scenarios is not None and (not _whole(scenarios) or not MIN_SCENARIOS <= scenarios <= MAX_SCENARIOS):  # type: ignore[operator]
        problems.append(Problem(where[0], "vp_scenarios_range", {"value": scenarios}))
    if seed is not None and (not _whole(seed) or seed < 0):  # type: ignore[operator]
        problems.append(Problem(where[1], "vp_seed_range", {"value": seed}))
    if problems:
        raise InputError(problems)


def _whole(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


@dataclass(frozen=True)
class _Inputs:
    refs: list[CandidateRef]
    contacts: np.ndarray
    bands: np.ndarray        # (C, M, 4) contacts by arrival band, all channels
    covers: np.ndarray       # (C, M, 4)
    terms: PlanTerms
    channels: ChannelSet
    handled: np.ndarray      # (C, M, 4, Ch) handled contacts by priced band
    uncovered: np.ndarray    # (C, M, 4, Ch) uncovered contacts by arrival band
    open_hours: np.ndarray   # (C, M)
    typical: tuple[np.ndarray, np.ndarray, np.ndarray]  # handled, uncovered, open hours under last-month cover


def _volumes(ctx: VolumeContext, plan: Plan, cover: np.ndarray, cache: dict) -> PlanVolumes:
    handles = handled_channels(plan, ctx.channels.ids)
    key = (plan.night_hours.start, plan.night_hours.end, cover.tobytes(), handles.tobytes())
    if key not in cache:
        cache[key] = plan_volumes(ctx, plan.night_hours, cover, handles)
    return cache[key]


def _inputs(project: Project) -> _Inputs:
    found = candidate_plans(project)
    plans = [p for _, _, p in found]
    refs = [CandidateRef(vi, pi, project.vendors[vi].name, p.name) for vi, pi, p in found]
    ctx = VolumeContext(project)
    m, ch = project.months, len(ctx.channels.ids)
    covers = np.stack([coverage_by_month(project, p) for p in plans]) if plans else np.zeros((0, m, 4), bool)
    cache: dict = {}
    vols = [_volumes(ctx, p, cov, cache) for p, cov in zip(plans, covers, strict=True)]
    # the typical month (SPEC 6): the last month's coverage over the whole horizon
    last = [v if cov.shape[0] == 0 or (cov == cov[-1]).all() else _volumes(ctx, p, np.tile(cov[-1], (m, 1)), cache)
            for p, v, cov in zip(plans, vols, covers, strict=True)]

    def stack(items: list[PlanVolumes], attr: str, shape: tuple) -> np.ndarray:
        return np.stack([getattr(v, attr) for v in items]) if items else np.zeros(shape)

    return _Inputs(
        refs, ctx.split.contacts, stack(vols, "arrival", (0, m, 4, ch)).sum(axis=3), covers,
        plan_terms(plans, project.settings.tax_rate, ctx.channels), ctx.channels,
        stack(vols, "handled", (0, m, 4, ch)), stack(vols, "uncovered", (0, m, 4, ch)),
        stack(vols, "open_hours", (0, m)),
        (stack(last, "handled", (0, m, 4, ch)), stack(last, "uncovered", (0, m, 4, ch)),
         stack(last, "open_hours", (0, m))),
    )


def _typical(inp: _Inputs, in_house: float) -> TypicalMonth:
    handled, uncovered, hours = inp.typical
    return typical_month_from(inp.contacts, handled, uncovered, inp.covers, inp.terms, in_house, hours)


def _month_costs(inp: _Inputs, in_house: float) -> MonthCosts:
    return month_costs(None, inp.covers, inp.terms, in_house, handled=inp.handled, uncovered=inp.uncovered,
                       open_hours=inp.open_hours)


def typical_month(project: Project) -> TypicalMonth:
    """The typical months of a project's candidates, without the Monte Carlo
    (the same as ``simulate(project).typical_month``)."""
    return _typical(_inputs(project), project.settings.in_house_cost_per_contact)


def monthly_cost_at(project: Project, candidate_index: int, monthly_contacts: float | np.ndarray) -> float | np.ndarray:
    """Cost of one typical month of a candidate at a total monthly volume,
    at the horizon's average band mix (for crossover charts, SPEC 6).

    The band mix is the candidate's horizon band volumes divided by the
    horizon's contacts (its own night window); the coverage is the one of
    the last month of the horizon (after any staged roll-out); no setup fee.
    Accepts a number (returns a float) or an array of volumes (returns an array).
    Computes the typical months each call: with a simulation at hand, use
    :meth:`SimulationResult.monthly_cost_at`.
    """
    return typical_month(project).cost_at(candidate_index, monthly_contacts)


def month_pieces(mc: MonthCosts, terms: PlanTerms, *, setup: bool = True, in_house: bool = True) -> Pieces:
    """The C × M month costs as functions of the scenario factor (rows c·M + k);
    without the setup fee and the in-house cost when asked (the vendor's
    monthly bill of the budget ceiling)."""
    c, m = mc.handled.shape

    def per_row(a: np.ndarray) -> np.ndarray:
        return np.repeat(a, m, axis=0)

    fee = terms.fee[:, None] + (mc.seat if mc.seat is not None else 0.0)  # seat charges do not scale (SPEC 7)
    p = charge_pieces(fee.ravel(), per_row(terms.minimum), per_row(terms.included),
                      mc.handled.ravel(), mc.mean_multiplier.ravel(), mc.per_contact.ravel(),
                      per_row(terms.tier_start), per_row(terms.tier_step))
    fixed = mc.options + mc.setup if setup else mc.options
    return p.plus_linear(fixed.ravel(), mc.uncovered_cost.ravel() if in_house else np.zeros(c * m))


def _band_cost(covers, mc: MonthCosts, terms: PlanTerms, in_house: float):
    """Cost by band: its share of the usage (by priced units), its add-ons and
    option where covered, plus its uncovered contacts (by arrival band) in house."""
    assert mc.band_units is not None and mc.band_handled is not None and mc.band_uncovered is not None
    units, handled, unc = mc.band_units, mc.band_handled, mc.band_uncovered
    share = np.divide(units * terms.multiplier[:, None, :], mc.handled[..., None],
                      out=np.zeros_like(units), where=mc.handled[..., None] > 0)
    # a deferred contact may be priced in a band its arrival month leaves uncovered (it waited into the
    # next month): its usage and add-on stay with that band
    variable = share * mc.usage[..., None] + handled * terms.per_contact[:, None, :]
    band_cost = np.where(covers, variable + terms.monthly[:, None, :] + unc * in_house,
                         np.where(handled > 0, variable, 0.0) + unc * in_house)
    fixed = mc.cost - band_cost.sum(axis=2)
    return band_cost, fixed


def simulate(project: Project, scenarios: int | None = None, seed: int | None = None, *,
             progress: Callable[[float], None] | None = None,
             cancelled: Callable[[], bool] | None = None, chunk: int | None = None) -> SimulationResult:
    """Expected cost, Monte Carlo risk, budget and crossovers of every candidate.

    ``scenarios``/``seed`` default to the project's settings; ``progress(f)``
    is called after each chunk with the fraction done; ``cancelled()`` is
    checked between chunks and :class:`Cancelled` raised when it returns True.
    Raises :class:`~vendorpick.errors.InputError` for a bad scenario count or seed.
    """
    s = project.settings
    scenarios = s.scenarios if scenarios is None else scenarios
    seed = s.seed if seed is None else seed
    check_run_size(scenarios, seed)
    with np.errstate(over="ignore", invalid="ignore"):  # overflow is reported below, in words
        inp = _inputs(project)
        mc = _month_costs(inp, s.in_house_cost_per_contact)
        _check_finite(mc.cost)
        model = risk_model(inp, mc, s)
        unc = project.forecast.uncertainty
        risk = run(model, int(scenarios), int(seed), unc.cv, unc.correlation,
                   chunk=chunk, progress=progress, cancelled=cancelled)
        # the mean is a sum over every scenario's total: not finite exactly when some total is not
        # (or when they overflow together); no copy of the (S × C) totals is made to check them
        _check_finite(risk.mean)
        result = _result(project, inp, mc, risk, int(scenarios), int(seed))
        _check_finite(np.concatenate([result.total, result.total_tax_included, result.risk_p95]))
        return result


def risk_model(inp: _Inputs, mc: MonthCosts, settings) -> ScenarioModel:
    """The Monte Carlo model: every month's cost as a function of the volume
    factor and, with a budget, the factor at which the vendor's monthly bill
    (SPEC 6: ``vendor_cost`` without the one-time setup fee and without the
    in-house cost of uncovered contacts) passes the budget."""
    c, m = mc.cost.shape
    bill = None
    if settings.monthly_budget is not None:
        bill = month_pieces(mc, inp.terms, setup=False, in_house=False)
    return scenario_model(month_pieces(mc, inp.terms), c, m, settings.monthly_budget, bill)


def _check_finite(figures: np.ndarray) -> None:
    """Valid but absurd inputs (a growth of 1e300 a year) overflow to infinity:
    refuse them with a message rather than print NaN or crash."""
    if not np.isfinite(figures).all():
        raise InputError([Problem("", "vp_not_finite")])


def _result(project: Project, inp: _Inputs, mc: MonthCosts, risk: RiskFigures, scenarios: int,
            seed: int) -> SimulationResult:
    s = project.settings
    q = percentiles(risk.totals)
    total = mc.cost.sum(axis=1)
    labels = project.month_labels
    budget = None
    if s.monthly_budget is not None:
        assert risk.any_over is not None  # the Monte Carlo counts months over a budget when there is one
        over = mc.plan_charge + mc.options > s.monthly_budget  # the monthly bill: no setup fee, no in-house cost
        budget = BudgetResult(s.monthly_budget, [[labels[k] for k in np.flatnonzero(row)] for row in over],
                              risk.any_over)
    band_cost, fixed = _band_cost(inp.covers, mc, inp.terms, s.in_house_cost_per_contact)
    typical = _typical(inp, s.in_house_cost_per_contact)
    return SimulationResult(
        months=labels, contacts=inp.contacts, candidates=inp.refs, band_contacts=inp.bands,
        monthly_cost=mc.cost, monthly_vendor_cost=mc.vendor_cost,
        monthly_uncovered_contacts=mc.uncovered, monthly_uncovered_cost=mc.uncovered_cost,
        total=total, vendor_cost=mc.vendor_cost.sum(axis=1), uncovered_contacts=mc.uncovered.sum(axis=1),
        uncovered_cost=mc.uncovered_cost.sum(axis=1),
        # consumption tax is due on the vendor's charges, not on the shop's own in-house cost
        total_tax_included=mc.vendor_cost.sum(axis=1) * (1.0 + s.tax_rate) + mc.uncovered_cost.sum(axis=1),
        risk_mean=risk.mean, risk_p50=q[0], risk_p90=q[1], risk_p95=q[2],
        cheapest_probability=risk.cheapest, scenario_totals=risk.totals, budget=budget,
        typical_month=typical, crossover_source=lambda: _crossovers(inp, typical), scenarios=scenarios, seed=seed,
        tax_rate=s.tax_rate, band_cost=band_cost, monthly_fixed_cost=fixed,
        units=[p.unit for _, _, p in candidate_plans(project)],
        monthly_seat_cost=mc.seat if mc.seat is not None else np.zeros_like(mc.cost),
        channel_ids=inp.channels.ids, channel_labels=inp.channels.labels,
        uncovered_by_channel=inp.uncovered.sum(axis=(1, 2)),
        channels_declared=project.forecast.channels is not None,
        monthly_uncovered_by_channel=inp.uncovered.sum(axis=2),
        handled_by_channel=inp.handled.sum(axis=(1, 2)),
        service_source=(lambda: project_service(project)) if s.service_levels else None,
    )


def _crossovers(inp: _Inputs, typical: TypicalMonth) -> list[Crossover]:
    with np.errstate(over="ignore", invalid="ignore"):  # absurd terms: see simulate()
        # SPEC 6: beyond 100 × the horizon's largest expected month, nearly parallel lines cross by rounding only
        limit = CROSSOVER_LIMIT * float(inp.contacts.max(initial=0.0))
        found = crossings(typical.pieces(), limit=limit)
    return [Crossover(inp.refs[x.a], inp.refs[x.b], x.volumes[0], x.volumes) for x in found]
