"""From a project and its cost simulation to the table of raw values.

SPEC 4 and 6: a candidate is one plan of one vendor carrying its vendor's
scores; a score missing from the vendor's own ``scores`` is the mean of its
evaluators' values (``yes_no``: true when more than half say true); pairs of
evaluators whose ratings differ by more than 40 % of the scale are listed as
disagreements; must-haves exclude candidates before anything is normalised.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from vendorpick.errors import Problem
from vendorpick.i18n import L_
from vendorpick.project.model import BANDS, Criterion, Plan, Project, _num
from vendorpick.project.months import month_index
from vendorpick.scoring import kernels
from vendorpick.scoring.service_values import service_must_problem
from vendorpick.vocabulary import BAND_PHRASES

DISAGREEMENT_SHARE = 0.40


@dataclass(frozen=True)
class Disagreement:
    """Two evaluators whose ratings of one vendor differ by > 40 % of the scale."""

    vendor: str
    criterion: str
    evaluator_a: str
    value_a: float
    evaluator_b: str
    value_b: float

    @property
    def difference(self) -> float:
        return abs(self.value_a - self.value_b)

    def problem(self, label: str) -> Problem:
        return Problem("", "vp_disagreement", {
            "vendor": self.vendor, "criterion": label, "a": self.evaluator_a, "b": self.evaluator_b,
            "value_a": _num(self.value_a), "value_b": _num(self.value_b),
            "difference": _num(round(self.difference, 6))})

    def to_json(self) -> dict[str, Any]:
        return {"vendor": self.vendor, "criterion": self.criterion,
                "evaluators": [self.evaluator_a, self.evaluator_b],
                "values": [self.value_a, self.value_b], "difference": self.difference}


def spec_of(criteria: list[Criterion]) -> kernels.CriteriaSpec:
    """The kernels' view of the criteria."""
    def code(c: Criterion) -> int:
        if c.kind == "cost":
            return kernels.COST
        if c.kind == "rating":
            return kernels.RATING
        if c.kind == "yes_no":
            return kernels.YES_NO
        if c.kind == "service":  # a share computed by SPEC 8, normalised like a benefit number
            return kernels.NUMBER_BENEFIT
        return kernels.NUMBER_COST if c.direction == "cost" else kernels.NUMBER_BENEFIT

    return kernels.CriteriaSpec(
        np.array([code(c) for c in criteria], dtype=np.int64),
        np.array([c.scale_min for c in criteria], dtype=float),
        np.array([c.scale_max for c in criteria], dtype=float))


def effective_value(vendor, crit: Criterion) -> Any:
    """The vendor's own score, else its evaluators' mean (SPEC 6); None if none."""
    if crit.id in vendor.scores:
        return vendor.scores[crit.id]
    values = [ev.scores[crit.id] for ev in vendor.evaluations if crit.id in ev.scores]
    if not values:
        return None
    if crit.kind == "yes_no":
        return sum(1 for v in values if v) * 2 > len(values)
    return float(np.mean([float(v) for v in values]))


def disagreements(project: Project) -> list[Disagreement]:
    """Every pair of evaluators of a vendor whose values of a rating differ by
    more than 40 % of its scale (max − min), in project order."""
    out = []
    for vendor in project.vendors:
        for crit in project.criteria:
            if crit.kind != "rating":
                continue
            limit = DISAGREEMENT_SHARE * (crit.scale_max - crit.scale_min)
            scored = [(ev.evaluator, float(ev.scores[crit.id]))
                      for ev in vendor.evaluations if crit.id in ev.scores]
            for (a, va), (b, vb) in combinations(scored, 2):
                if abs(va - vb) > limit + 1e-12:
                    out.append(Disagreement(vendor.name, crit.id, a, va, b, vb))
    return out


def must_problems(project: Project, vi: int, pi: int, service: dict[str, float] | None = None) -> list[Problem]:
    """Every reason a candidate fails the must-haves (SPEC 4), in order:
    criteria first, then required bands. ``service``: the values of the
    ``service`` criteria (:func:`vendorpick.scoring.service_values.service_values`)."""
    vendor = project.vendors[vi]
    out = []
    for crit in project.criteria:
        if crit.kind == "cost":
            continue
        if crit.kind == "service":
            reason = service_must_problem(project, crit, (service or {}).get(crit.id, 0.0),
                                          f"vendors[{vi}].plans[{pi}]")
            out += [reason] if reason else []
            continue
        value = effective_value(vendor, crit)
        loc = f"vendors[{vi}].scores.{crit.id}"
        if crit.kind == "yes_no":
            if crit.must and not value:
                out.append(Problem(loc, "vp_must_yes", {"criterion": crit.label}))
            continue
        ctx = {"criterion": crit.label, "value": _num(round(float(value), 6))}
        if crit.must_min is not None and value < crit.must_min:
            out.append(Problem(loc, "vp_must_min", {**ctx, "limit": _num(crit.must_min)}))
        if crit.must_max is not None and value > crit.must_max:
            out.append(Problem(loc, "vp_must_max", {**ctx, "limit": _num(crit.must_max)}))
    out += band_problems(project, vi, pi)
    return out


def band_problems(project: Project, vi: int, pi: int) -> list[Problem]:
    """Required bands the plan does not cover in every month of the horizon
    (with phases, coverage changes by month: SPEC 6 staged roll-out)."""
    plan = project.vendors[vi].plans[pi]
    months = project.month_labels
    coverage = [monthly_coverage(plan, m) for m in months]
    out = []
    for band in project.settings.required_bands:
        missing = [m for m, cov in zip(months, coverage, strict=True) if band not in cov]
        if not missing:
            continue
        name = L_(BAND_PHRASES[band])
        loc = f"vendors[{vi}].plans[{pi}].coverage"
        if len(missing) == len(months):
            out.append(Problem(loc, "vp_must_band", {"band": band, "band_name": name}))
        else:
            out.append(Problem(loc, "vp_must_band_partial", {
                "band": band, "band_name": name, "count": len(missing),
                "months": len(months), "first": missing[0]}))
    return out


def monthly_coverage(plan: Plan, month: str) -> set[str]:
    """The bands a plan covers in a month: the last phase begun by then, else
    the plan's own coverage."""
    bands = set(plan.coverage)
    for phase in plan.phases:
        if month_index(phase.from_) <= month_index(month):
            bands = set(phase.coverage)
    return bands & set(BANDS)


def raw_values(project: Project, vi: int, cost_values: dict[str, float],
               service: dict[str, float] | None = None) -> np.ndarray:
    """Raw values (K,) of one candidate: cost criteria from ``cost_values``
    (keyed by basis), service criteria from ``service`` (by id), others the
    vendor's effective scores (yes_no as 1/0)."""
    vendor = project.vendors[vi]
    out = np.empty(len(project.criteria))
    for k, crit in enumerate(project.criteria):
        if crit.kind == "cost":
            out[k] = cost_values[crit.cost_basis]
        elif crit.kind == "service":
            out[k] = (service or {}).get(crit.id, 0.0)
        else:
            out[k] = float(effective_value(vendor, crit))
    return out
