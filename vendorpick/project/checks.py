"""Rules across the objects of a project (SPEC sections 1 and 4).

:func:`cross_problems` lists what makes a file invalid: repeated names and
ids, scores that refer to no criterion or are off their scale, a bad AHP
matrix, all weights zero.  :func:`completeness_problems` lists what a project
still lacks before it can be ranked (a missing score); the application keeps
such a project open while the user fills it in, and ``validate`` and ``rank``
report it.
"""

from __future__ import annotations

from typing import Any

from vendorpick.errors import Problem
from vendorpick.project.model import Criterion, Project, _num

AHP_MAX_CRITERIA = 15
RECIPROCAL_TOLERANCE = 1e-6


def cross_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    problems += _unique(
        [v.name.strip() for v in project.vendors], lambda i: f"vendors[{i}].name", "vp_duplicate_name"
    )
    for vi, vendor in enumerate(project.vendors):
        problems += _unique(
            [p.name.strip() for p in vendor.plans],
            lambda i, vi=vi: f"vendors[{vi}].plans[{i}].name",
            "vp_duplicate_name",
        )
    problems += _unique([c.id for c in project.criteria], lambda i: f"criteria[{i}].id", "vp_duplicate_id")
    criteria = {c.id: c for c in project.criteria}
    for vi, vendor in enumerate(project.vendors):
        problems += _score_problems(vendor.scores, criteria, f"vendors[{vi}].scores")
        for ei, ev in enumerate(vendor.evaluations):
            problems += _score_problems(ev.scores, criteria, f"vendors[{vi}].evaluations[{ei}].scores")
    problems += _weight_problems(project)
    return problems


def _unique(names: list[str], where, code: str) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for i, name in enumerate(names):
        if name in seen:
            out.append(Problem(where(i), code, {"name": name}))
        seen.add(name)
    return out


def _score_problems(scores: dict[str, Any], criteria: dict[str, Criterion], base: str) -> list[Problem]:
    out = []
    for key, value in scores.items():
        loc = f"{base}.{key}"
        crit = criteria.get(key)
        if crit is None:
            out.append(Problem(loc, "vp_unknown_criterion", {"name": key}))
        elif crit.kind == "cost":
            out.append(Problem(loc, "vp_cost_score", {"name": key}))
        else:
            problem = score_problem(crit, value)
            if problem:
                out.append(Problem(loc, problem[0], problem[1]))
    return out


def score_problem(crit: Criterion, value: Any) -> tuple[str, dict] | None:
    """Why ``value`` is not a valid score for ``crit``, or None when it is."""
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if crit.kind == "yes_no":
        return None if isinstance(value, bool) else ("vp_score_type_bool", {})
    if crit.kind == "rating":
        lo, hi = crit.scale_min, crit.scale_max
        if not is_number:
            return ("vp_score_type_rating", {"min": _num(lo), "max": _num(hi)})
        if not lo <= value <= hi:
            return ("vp_score_range", {"value": _num(value), "min": _num(lo), "max": _num(hi),
                                       "criterion": crit.label})
        return None
    if crit.kind == "number":
        return None if is_number and value >= 0 else ("vp_score_type_number", {})
    return None


def _weight_problems(project: Project) -> list[Problem]:
    n = len(project.criteria)
    method = project.weighting.method
    if method == "direct" and n and not any(c.weight > 0 for c in project.criteria):
        return [Problem("criteria", "vp_all_weights_zero")]
    if method != "ahp":
        return []
    if n > AHP_MAX_CRITERIA:
        return [Problem("weighting.method", "vp_ahp_too_many", {"n": n})]
    matrix = project.weighting.pairwise
    if matrix is None:
        return [Problem("weighting.pairwise", "vp_ahp_missing")]
    if len(matrix) != n or any(len(row) != n for row in matrix):
        return [Problem("weighting.pairwise", "vp_ahp_size", {"n": n})]
    return pairwise_problems(matrix)


def pairwise_problems(matrix: list[list[float]]) -> list[Problem]:
    """Cells of a pairwise matrix that are not positive, not 1 on the diagonal,
    or not the reciprocal of their mirror cell (to 1e-6), with their place."""
    out = []
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            value = matrix[i][j]
            loc = f"weighting.pairwise[{i}][{j}]"
            if not value > 0:
                out.append(Problem(loc, "vp_ahp_positive"))
            elif i == j and abs(value - 1) > RECIPROCAL_TOLERANCE:
                out.append(Problem(loc, "vp_ahp_diagonal"))
            elif i < j and matrix[j][i] > 0 and abs(value * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE:
                out.append(Problem(loc, "vp_ahp_reciprocal", {
                    "i": i, "j": j, "other": _fmt(matrix[j][i]),
                    "expected": _fmt(1 / matrix[j][i]), "value": _fmt(value)}))
    return out


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def completeness_problems(project: Project) -> list[Problem]:
    """Scores still missing for ranking: every vendor needs a value for every
    non-cost criterion, its own or from its evaluators (SPEC sections 4, 6)."""
    out = []
    for vi, vendor in enumerate(project.vendors):
        if not vendor.plans:
            continue
        for crit in project.criteria:
            if crit.kind == "cost" or crit.id in vendor.scores:
                continue
            if any(crit.id in ev.scores for ev in vendor.evaluations):
                continue
            out.append(Problem(f"vendors[{vi}].scores.{crit.id}", "vp_missing_score",
                               {"vendor": vendor.name, "criterion": crit.label}))
    return out
