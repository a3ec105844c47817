"""Bare numpy kernels of SPEC section 4: normalisation, aggregation, first place.

Nothing here validates; the callers in :mod:`vendorpick.scoring.rank` and
:mod:`vendorpick.scoring.sensitivity` do.  Every kernel works on arrays with
optional leading batch dimensions, so that one call scores a whole batch of
Monte Carlo draws, weight variations or price cuts:

* ``raw``: (..., C, K) raw values, C candidates, K criteria;
* ``weights``: (..., K), summing to 1;
* result scores: (..., C), on a 0–100 scale.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Criterion kinds as integer codes, so that a kernel can select columns.
COST, RATING, NUMBER_BENEFIT, NUMBER_COST, YES_NO = range(5)
# Scores (0–100) closer than this count as a tie (SPEC 4 tie rules): sums of
# the same terms in another order differ in the last bits.
TIE_TOLERANCE = 1e-9
# Totals (yen) closer than this are equal (SPEC 4): a tax-included quote
# divided by 1.08 must not win a tie by a rounding step.
TOTAL_TOLERANCE = 1e-6
# TOPSIS weighted values (0–1) closer than this are equal.
TOPSIS_ALIKE = 1e-12


@dataclass(frozen=True)
class CriteriaSpec:
    """What the kernels need to know of the criteria, as arrays of length K.

    ``kinds`` holds the codes above; ``lo``/``hi`` the rating scale (unused for
    other kinds).
    """

    kinds: np.ndarray
    lo: np.ndarray
    hi: np.ndarray

    @property
    def lower_is_better(self) -> np.ndarray:
        return (self.kinds == COST) | (self.kinds == NUMBER_COST)

    @property
    def cost_columns(self) -> np.ndarray:
        return np.flatnonzero(self.kinds == COST)


def normalise(raw: np.ndarray, spec: CriteriaSpec) -> np.ndarray:
    """Normalised scores s in [0, 1] of SPEC 4, column by column.

    cost and number/cost: s = lowest / value (1 when value is 0, so 0/0 = 1);
    number/benefit: s = value / highest (1 when the highest is 0);
    rating: s = (value − min) / (max − min); yes_no: s = value (1 or 0).
    Lowest and highest are taken over the candidates axis (−2).
    """
    raw = np.asarray(raw, dtype=float)
    lowest = raw.min(axis=-2, keepdims=True)
    highest = raw.max(axis=-2, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        down = np.where(raw == 0, 1.0, lowest / raw)
        up = np.where(highest == 0, 1.0, raw / highest)
        rating = (raw - spec.lo) / np.where(spec.hi > spec.lo, spec.hi - spec.lo, 1.0)
    kinds = spec.kinds
    return np.where(spec.lower_is_better, down,
                    np.where(kinds == NUMBER_BENEFIT, up,
                             np.where(kinds == RATING, rating, raw)))


def weighted_sum(normalised: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """score = 100 × Σ_k w_k s_k (SPEC 4 ``weighted_sum``)."""
    return 100.0 * (np.asarray(normalised) @ np.asarray(weights)[..., :, None])[..., 0]


def topsis(raw: np.ndarray, weights: np.ndarray, spec: CriteriaSpec) -> np.ndarray:
    """score = 100 × closeness coefficient (SPEC 4 ``topsis``).

    r_ck = x_ck / sqrt(Σ_c x_ck²) (0 for a column of zeros), v_ck = w_k r_ck;
    the ideal takes the best v of each column (lowest for cost and
    number/cost, highest otherwise), the anti-ideal the worst;
    D± = Euclidean distances, closeness = D− / (D+ + D−), and 1 when both
    distances are 0 (every candidate alike, or a single candidate; SPEC 4).
    Columns whose weighted values differ by at most :data:`TOPSIS_ALIKE`
    count as alike (v is at most 1, so this is a rounding difference).
    """
    raw = np.asarray(raw, dtype=float)
    norm = np.sqrt((raw * raw).sum(axis=-2, keepdims=True))
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(norm > 0, raw / norm, 0.0)
    v = r * np.asarray(weights)[..., None, :]
    vmax, vmin = v.max(axis=-2, keepdims=True), v.min(axis=-2, keepdims=True)
    # a column whose weighted values agree to rounding (1/1.08 of the same price) is alike for
    # everyone: otherwise a last-bit difference would put one candidate at 100 and the other at 0
    alike = vmax - vmin <= TOPSIS_ALIKE
    v, vmin = np.where(alike, vmax, v), np.where(alike, vmax, vmin)
    lower = spec.lower_is_better
    ideal, anti = np.where(lower, vmin, vmax), np.where(lower, vmax, vmin)
    d_plus = np.sqrt(((v - ideal) ** 2).sum(axis=-1))
    d_minus = np.sqrt(((v - anti) ** 2).sum(axis=-1))
    total = d_plus + d_minus
    with np.errstate(divide="ignore", invalid="ignore"):
        return 100.0 * np.where(total > 0, d_minus / total, 1.0)


def scores(raw: np.ndarray, weights: np.ndarray, spec: CriteriaSpec, method: str) -> np.ndarray:
    """Scores (..., C) of raw values by ``method`` (``weighted_sum``/``topsis``)."""
    if method == "topsis":
        return topsis(raw, weights, spec)
    return weighted_sum(normalise(raw, spec), weights)


def first_place(score: np.ndarray, total: np.ndarray, name_rank: np.ndarray) -> np.ndarray:
    """Index (...,) of the first candidate: highest score, ties (within
    :data:`TIE_TOLERANCE` of the highest) to the lower total cost (within
    :data:`TOTAL_TOLERANCE` yen), then to the
    earlier vendor and plan name (``name_rank``: position in name order)."""
    score = np.asarray(score, dtype=float)
    total = np.broadcast_to(np.asarray(total, dtype=float), score.shape)
    tied = score >= score.max(axis=-1, keepdims=True) - TIE_TOLERANCE
    cost = np.where(tied, total, np.inf)
    cheapest = tied & (cost <= cost.min(axis=-1, keepdims=True) + TOTAL_TOLERANCE)
    return np.where(cheapest, name_rank, np.iinfo(np.int64).max).argmin(axis=-1)


def ranking_order(score: np.ndarray, total: np.ndarray, names: list[tuple[str, str]]) -> list[int]:
    """Candidate indices best first, each the :func:`first_place` of those
    left, so that the order and every "who is first" agree exactly."""
    score, total = np.asarray(score, dtype=float), np.asarray(total, dtype=float)
    ranks = name_ranks(names)
    left = list(range(len(names)))
    order = []
    while left:
        pick = int(first_place(score[left], total[left], ranks[left]))
        order.append(left.pop(pick))
    return order


def name_ranks(names: list[tuple[str, str]]) -> np.ndarray:
    """Position of each candidate when sorted by (vendor, plan) name."""
    order = sorted(range(len(names)), key=lambda c: names[c])
    ranks = np.empty(len(names), dtype=np.int64)
    ranks[order] = np.arange(len(names))
    return ranks


def pareto_efficient(score: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """True where no other candidate has a score ≥ and a cost ≤, one strictly."""
    s, c = np.asarray(score, float), np.asarray(cost, float)
    better_or_equal = (s[None, :] >= s[:, None]) & (c[None, :] <= c[:, None])
    strictly = (s[None, :] > s[:, None]) | (c[None, :] < c[:, None])
    return np.asarray(~(better_or_equal & strictly).any(axis=1))
