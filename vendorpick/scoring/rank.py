"""Ranking of candidates (SPEC sections 4 and 6): the validated public API.

:func:`rank_project` checks the project once (every cross-object rule and
every missing score), applies the must-haves, normalises and aggregates the
remaining candidates, orders them (score, then lower total, then vendor and
plan names) and adds the sensitivity figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.project.checks import completeness_problems, cross_problems
from vendorpick.project.model import Project
from vendorpick.scoring import kernels, sensitivity, table
from vendorpick.scoring.protocols import CandidateKey, PricedCandidates
from vendorpick.scoring.service_values import service_figures, service_values
from vendorpick.scoring.table import Disagreement
from vendorpick.scoring.weights import WeightsResult, criterion_weights, override_weights


@dataclass(frozen=True)
class RankedCandidate:
    """A candidate that passed the must-haves, with its place and figures.

    ``scores`` are the normalised s of SPEC 4 (shown for reading with either
    aggregation), ``raw`` the values they come from; ``score`` is 0–100.
    """

    rank: int
    candidate: CandidateKey
    vendor: str
    plan: str
    score: float
    scores: dict[str, float]
    raw: dict[str, float]
    total: float
    total_tax_included: float
    p90: float
    win_probability: float | None = None
    price_to_win: float | None = None
    #: share of the Monte Carlo scenarios in which this candidate has the lowest
    #: total among the ranked candidates only (SPEC 6/10; ties share equally)
    cheapest_probability: float = 0.0
    #: contacts of the horizon the plan leaves to the shop, and their in-house cost (SPEC 3)
    uncovered_contacts: float = 0.0
    uncovered_cost: float = 0.0


@dataclass(frozen=True)
class ExcludedCandidate:
    """A candidate failing a must-have, with every reason (bilingual)."""

    candidate: CandidateKey
    vendor: str
    plan: str
    reasons: list[Problem]

    def reason_texts(self, lang: str) -> list[str]:
        return [p.message(lang) for p in self.reasons]


@dataclass(frozen=True)
class ValuePoint:
    """One point of the value-for-money chart: score against total cost."""

    candidate: CandidateKey
    vendor: str
    plan: str
    score: float
    cost: float
    pareto: bool


@dataclass(frozen=True)
class RankingResult:
    """Everything ``vendorpick rank`` reports (SPEC 5 and 6)."""

    method: str
    weighting: str
    weights: dict[str, float]
    consistency_ratio: float | None
    weights_info: WeightsResult
    ranking: list[RankedCandidate]
    excluded: list[ExcludedCandidate]
    weight_stability: dict[str, tuple[float, float]] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    value_for_money: list[ValuePoint] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: criterion id -> the name shown to the user (for :mod:`vendorpick.scoring.explain`)
    criterion_labels: dict[str, str] = field(default_factory=dict)

    def to_json(self, lang: str) -> dict[str, Any]:
        """The ``rank --json`` object of SPEC 5/6 (plus ``total``,
        ``total_tax_included``, ``p90`` per candidate and ``ri_table``)."""
        return {
            "method": self.method, "weighting": self.weighting, "weights": self.weights,
            "consistency_ratio": self.consistency_ratio,
            "ri_table": self.weights_info.ri_table_name,
            "ranking": [_ranked_json(r) for r in self.ranking],
            "excluded": [{"vendor": e.vendor, "plan": e.plan, "reasons": e.reason_texts(lang)}
                         for e in self.excluded],
            "weight_stability": {k: [lo, hi] for k, (lo, hi) in self.weight_stability.items()},
            "disagreements": [d.to_json() for d in self.disagreements],
        }


def _ranked_json(r: RankedCandidate) -> dict[str, Any]:
    return {"rank": r.rank, "vendor": r.vendor, "plan": r.plan, "score": r.score,
            "scores": r.scores, "total": r.total, "total_tax_included": r.total_tax_included,
            "p90": r.p90, "win_probability": r.win_probability, "price_to_win": r.price_to_win,
            "cheapest_probability": r.cheapest_probability,
            "uncovered_contacts": r.uncovered_contacts, "uncovered_cost": r.uncovered_cost}


def check_rankable(project: Project) -> None:
    """Raise InputError listing every problem that stops a ranking."""
    problems = cross_problems(project) + completeness_problems(project)
    if problems:
        raise InputError(problems)


def rank_project(project: Project, sim: PricedCandidates | None = None, *, draws: int = 10000, sensitivity: bool = True,
                 weights_override: dict[str, float] | None = None,
                 cost_scale: float = 1.0) -> RankingResult:
    """Rank every plan of every vendor (SPEC 4, 6).

    ``sim`` is the pricing result (computed with the project's settings when
    None); ``weights_override`` replaces the weights for a what-if (ids left
    out weigh 0; normalised); ``cost_scale`` multiplies every cost figure
    (e.g. 1.1 to show tax included; scores are scale-free, so the order does
    not change).  ``sensitivity=False`` skips stability, price-to-win and win
    probability; ``draws=0`` skips only the win probability (left None).
    """
    check_rankable(project)
    if not cost_scale > 0:
        raise ValueError("cost_scale must be > 0")
    info = (override_weights(project, weights_override) if weights_override is not None
            else criterion_weights(project))
    if sim is None:
        from vendorpick.pricing.simulate import simulate

        sim = simulate(project)
    _check_sim(project, sim)
    kept, excluded = _split(project, sim)
    tab = rank_table(project, sim, kept, info, cost_scale)
    score = tab.scores() if kept else np.zeros(0)
    order = kernels.ranking_order(score, tab.total, tab.names)
    extras = _sensitivity(project, sim, tab, kept, order, draws, cost_scale) if sensitivity else {}
    normalised = kernels.normalise(tab.raw, tab.spec) if kept else tab.raw
    extras["cheapest"] = cheapest_among(np.asarray(sim.scenario_totals, dtype=float)[:, kept])
    ranking = [_ranked(project, sim, tab, kept, (score, normalised), c, place + 1, extras, cost_scale)
               for place, c in enumerate(order)]
    labels = [c.label for c in project.criteria]
    warning = info.warning_problem(labels)
    return RankingResult(
        method=project.scoring.method, weighting=info.method, weights=info.as_dict(),
        consistency_ratio=info.consistency_ratio, weights_info=info, ranking=ranking,
        excluded=excluded, weight_stability=extras.get("stability", {}),
        disagreements=table.disagreements(project),
        value_for_money=_value_points(ranking), warnings=[warning] if warning else [],
        criterion_labels={c.id: c.label for c in project.criteria})


def _check_sim(project: Project, sim: PricedCandidates) -> None:
    plans = sum(len(v.plans) for v in project.vendors)
    if len(sim.candidates) != plans:
        raise ValueError(f"the simulation has {len(sim.candidates)} candidates, the project {plans} plans")


def _split(project: Project, sim: PricedCandidates) -> tuple[list[int], list[ExcludedCandidate]]:
    kept, excluded = [], []
    figures = service_figures(project, sim)
    for i, ref in enumerate(sim.candidates):
        reasons = table.must_problems(project, ref.vendor_index, ref.plan_index,
                                      service_values(project, figures, i))
        if reasons:
            vendor, plan = _names(project, ref)
            excluded.append(ExcludedCandidate(ref, vendor, plan, reasons))
        else:
            kept.append(i)
    return kept, excluded


def _names(project: Project, ref: CandidateKey) -> tuple[str, str]:
    vendor = project.vendors[ref.vendor_index]
    return vendor.name, vendor.plans[ref.plan_index].name


def rank_table(project: Project, sim: PricedCandidates, kept: list[int], info: WeightsResult,
           cost_scale: float) -> sensitivity.RankTable:
    """The kept candidates (indices into ``sim.candidates``) as kernel arrays."""
    total = np.asarray(sim.total, dtype=float)[kept] * cost_scale
    p90 = np.asarray(sim.risk_p90, dtype=float)[kept] * cost_scale
    k = len(project.criteria)
    raw = np.empty((len(kept), k))
    figures = service_figures(project, sim)
    for row, i in enumerate(kept):
        costs = {"total": total[row], "p90": p90[row]}
        raw[row] = table.raw_values(project, sim.candidates[i].vendor_index, costs,
                                    service_values(project, figures, i))
    names = [_names(project, sim.candidates[i]) for i in kept]
    return sensitivity.RankTable(raw, table.spec_of(project.criteria), np.asarray(info.weights, float),
                                 project.scoring.method, total, names)


def _sensitivity(project: Project, sim: PricedCandidates, tab: sensitivity.RankTable, kept: list[int],
                 order: list[int], draws: int, cost_scale: float) -> dict[str, Any]:
    ids = [c.id for c in project.criteria]
    if not kept:
        return {"stability": {}, "win": np.zeros(0), "cut": {}}
    stability = dict(zip(ids, sensitivity.weight_stability(tab), strict=True))
    cuts = {order[0]: 0.0, **sensitivity.prices_to_win(tab, order[1:])}
    # draw d uses scenario d mod S: only the first `draws` scenarios are read (no copy of all S × C totals)
    used = sim.scenario_totals[: max(1, draws)]
    scenarios = np.asarray(used, dtype=float)[:, kept] * cost_scale
    win = (sensitivity.win_probability(tab, scenarios, project.scoring.weight_concentration,
                                       draws, project.settings.seed) if draws > 0 else None)
    return {"stability": stability, "win": win, "cut": cuts}


def _ranked(project: Project, sim: PricedCandidates, tab: sensitivity.RankTable, kept: list[int],
            figures: tuple[np.ndarray, np.ndarray], c: int, place: int, extras: dict[str, Any],
            cost_scale: float) -> RankedCandidate:
    i = kept[c]
    ids = [crit.id for crit in project.criteria]
    score, s = figures[0], figures[1][c]
    win = extras.get("win")
    return RankedCandidate(
        rank=place, candidate=sim.candidates[i], vendor=tab.names[c][0], plan=tab.names[c][1],
        score=float(score[c]), scores={k: float(v) for k, v in zip(ids, s, strict=True)},
        raw={k: float(v) for k, v in zip(ids, tab.raw[c], strict=True)},
        total=float(tab.total[c]), total_tax_included=float(sim.total_tax_included[i]) * cost_scale,
        p90=float(sim.risk_p90[i]) * cost_scale,
        win_probability=None if win is None else float(win[c]),
        price_to_win=extras.get("cut", {}).get(c), cheapest_probability=float(extras["cheapest"][c]),
        uncovered_contacts=float(sim.uncovered_contacts[i]),
        uncovered_cost=float(sim.uncovered_cost[i]) * cost_scale)


def cheapest_among(totals: np.ndarray) -> np.ndarray:
    """(C,) share of the scenarios (rows of ``totals``, S × C) in which each
    column has the lowest total; candidates within 1e-6 yen (or 1e-9 of the
    lowest, the simulation's own rule) of the lowest share that scenario
    equally.  Zeros when there are no scenarios."""
    totals = np.asarray(totals, dtype=float)
    if totals.size == 0:
        return np.zeros(totals.shape[1] if totals.ndim == 2 else 0)
    lowest = totals.min(axis=1, keepdims=True)
    tie = totals <= lowest + np.maximum(kernels.TOTAL_TOLERANCE, 1e-9 * np.abs(lowest))
    return (tie / tie.sum(axis=1, keepdims=True)).mean(axis=0)


def _value_points(ranking: list[RankedCandidate]) -> list[ValuePoint]:
    if not ranking:
        return []
    flags = sensitivity.value_for_money(np.array([r.score for r in ranking]),
                                        np.array([r.total for r in ranking]))
    return [ValuePoint(r.candidate, r.vendor, r.plan, r.score, r.total, bool(f))
            for r, f in zip(ranking, flags, strict=True)]
