"""Criterion weights of SPEC section 4: direct, AHP and rank-order centroid.

Kernels (:func:`direct_kernel`, :func:`ahp_kernel`, :func:`rank_order_centroid`)
take arrays; :func:`ahp_weights` and :func:`criterion_weights` validate and
return result objects.  The AHP consistency ratio uses Saaty's classic random
index table (SPEC 4), whose name travels with every result so that the
application and the export can state it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.project.checks import ahp_problems
from vendorpick.project.model import Project

RI_TABLE_NAME = "Saaty (1980) classic random index"
# Saaty's classic random indices for n = 1 … 15, exactly as SPEC 4 lists them.
SAATY_RI: tuple[float, ...] = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                               1.51, 1.48, 1.56, 1.57, 1.59)
CR_LIMIT = 0.10
WARNING_PAIRS = 3  # judgements named in the inconsistency warning


class Judgement(NamedTuple):
    """An upper-triangle cell (i, j), i < j, and its share of the CR."""

    i: int
    j: int
    contribution: float


@dataclass(frozen=True)
class AhpResult:
    """Weights of a pairwise matrix and its consistency (SPEC 4 ``ahp``)."""

    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    ri: float
    inconsistent_judgements: list[Judgement]
    ri_table_name: str = RI_TABLE_NAME

    @property
    def warning(self) -> bool:
        return self.cr > CR_LIMIT

    def consistent_value(self, i: int, j: int) -> float:
        """The judgement a_ij that would agree with the weights: w_i / w_j."""
        return float(self.weights[i] / self.weights[j])


@dataclass(frozen=True)
class WeightsResult:
    """The weights of a project's criteria, in the order of ``criteria``."""

    weights: np.ndarray
    method: str
    ids: list[str] = field(default_factory=list)
    consistency_ratio: float | None = None
    lambda_max: float | None = None
    ri_table_name: str | None = None
    ri: float | None = None
    inconsistent_judgements: list[Judgement] = field(default_factory=list)
    warning: bool = False

    def as_dict(self) -> dict[str, float]:
        return {cid: float(w) for cid, w in zip(self.ids, self.weights, strict=True)}

    def warning_problem(self, labels: list[str]) -> Problem | None:
        """The CR > 0.10 warning naming the worst judgements, or None."""
        if not self.warning:
            return None
        pairs = ", ".join(f"{labels[j.i]} : {labels[j.j]}"
                          for j in self.inconsistent_judgements[:WARNING_PAIRS])
        return Problem("weighting.pairwise", "vp_ahp_inconsistent",
                       {"cr": f"{self.consistency_ratio:.3f}", "table": self.ri_table_name,
                        "pairs": pairs})


# ----------------------------------------------------------------- kernels


def direct_kernel(raw: np.ndarray) -> np.ndarray:
    """w_i = weight_i / Σ weight (the caller guarantees a positive sum)."""
    raw = np.asarray(raw, dtype=float)
    return raw / raw.sum()


def rank_order_centroid(n: int) -> np.ndarray:
    """Rank-order centroid weights w_i = (1/n) Σ_{j=i..n} 1/j, first most important."""
    inv = 1.0 / np.arange(1, n + 1)
    return np.cumsum(inv[::-1])[::-1] / n


def ahp_kernel(matrix: np.ndarray) -> AhpResult:
    """Principal eigenvector weights and consistency of a positive reciprocal
    matrix A (n ≤ 15).

    A w = λmax w, w normalised to Σ w = 1; CI = (λmax − n)/(n − 1);
    CR = CI / RI(n) (0 for n ≤ 2).  With ε_ij = a_ij w_j / w_i, the eigen
    equation gives λmax − n = (1/n) Σ_{i<j} (ε_ij + 1/ε_ij − 2) exactly, so
    judgement (i, j) contributes (ε_ij + 1/ε_ij − 2) / (n (n − 1) RI) to CR;
    the judgements are listed by that contribution, largest first.
    """
    a = np.asarray(matrix, dtype=float)
    n = a.shape[0]
    values, vectors = np.linalg.eig(a)
    top = int(np.argmax(values.real))
    w = np.abs(vectors[:, top].real)
    w = w / w.sum()
    lam = float(values[top].real)
    ri = SAATY_RI[n - 1]
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    cr = max(ci, 0.0) / ri if ri > 0 else 0.0
    return AhpResult(w, lam, ci, cr, ri, _judgements(a, w, ri))


def _judgements(a: np.ndarray, w: np.ndarray, ri: float) -> list[Judgement]:
    n = len(w)
    if ri <= 0:
        return []
    out = []
    for i in range(n):
        for j in range(i + 1, n):
            eps = a[i, j] * w[j] / w[i]
            out.append(Judgement(i, j, float((eps + 1 / eps - 2) / (n * (n - 1) * ri))))
    return sorted(out, key=lambda jd: (-jd.contribution, jd.i, jd.j))


# ------------------------------------------------------ validated functions


def ahp_weights(matrix) -> AhpResult:
    """Validated :func:`ahp_kernel`: refuses a matrix that is not square,
    has more than 15 rows, or is not positive and reciprocal to 1e-6 (each
    wrong cell named, ``weighting.pairwise[i][j]``)."""
    rows = [[float(x) for x in row] for row in matrix]
    # the rules are those of a project file (project/checks.py); the kernel also needs a criterion
    problems = ahp_problems(len(rows), rows) if rows else [Problem("weighting.pairwise", "vp_ahp_size", {"n": 0})]
    if problems:
        raise InputError(problems)
    return ahp_kernel(np.array(rows, dtype=float))


def criterion_weights(project: Project) -> WeightsResult:
    """The weights of ``project.criteria`` by ``weighting.method`` (SPEC 4)."""
    ids = [c.id for c in project.criteria]
    method = project.weighting.method
    if method == "ahp":
        problems = ahp_problems(len(ids), project.weighting.pairwise)
        if problems:
            raise InputError(problems)
        res = ahp_weights(project.weighting.pairwise)
        return WeightsResult(res.weights, method, ids, res.cr, res.lambda_max, res.ri_table_name,
                             res.ri, res.inconsistent_judgements, res.warning)
    if method == "rank":
        return WeightsResult(rank_order_centroid(len(ids)), method, ids)
    return WeightsResult(direct_kernel(_positive([c.weight for c in project.criteria])), method, ids)


def override_weights(project: Project, override: dict[str, float]) -> WeightsResult:
    """What-if weights: ``override`` gives each criterion's weight (ids left
    out weigh 0), normalised to sum 1; the project is not changed."""
    ids = [c.id for c in project.criteria]
    problems = [Problem(f"weights.{k}", "vp_override_unknown", {"name": k})
                for k in override if k not in ids]
    problems += [Problem(f"weights.{k}", "vp_override_negative")
                 for k, v in override.items() if k in ids and not v >= 0]
    if problems:
        raise InputError(problems)
    raw = _positive([float(override.get(cid, 0.0)) for cid in ids])
    return WeightsResult(direct_kernel(raw), "override", ids)


def _positive(raw: list[float]) -> np.ndarray:
    if not raw or not sum(raw) > 0:
        raise InputError([Problem("criteria", "vp_all_weights_zero")])
    return np.array(raw, dtype=float)
