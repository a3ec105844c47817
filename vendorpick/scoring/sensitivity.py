"""Sensitivity figures of SPEC section 6, over the ranked candidates only.

* weight stability: for each criterion k, the interval of its weight t (the
  other weights rescaled in proportion, w_j (1 − t)/(1 − w_k)) within which
  the first candidate stays first;
* price-to-win: the smallest cut x of a runner-up's cost figures, (1 − x)·cost,
  that makes it first, checked by re-ranking with the cut applied;
* win probability: the share of draws in which a candidate is first, each
  draw taking one Monte Carlo cost scenario and Dirichlet weights centred on
  the weights;
* value for money: score against total cost, Pareto-efficient points marked.

Everything here is a kernel over a :class:`RankTable` (no validation).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.scoring import kernels

GRID = 201          # points of the coarse scans over [0, 1]
BISECT_STEPS = 40   # halvings after the scan: 2^-40 of a grid step
DRAW_BLOCK = 1000   # draws scored at once by TOPSIS (bounds memory)


@dataclass(frozen=True)
class RankTable:
    """The ranked candidates as arrays: raw (C, K), weights (K,), total (C,)."""

    raw: np.ndarray
    spec: kernels.CriteriaSpec
    weights: np.ndarray
    method: str
    total: np.ndarray
    names: list[tuple[str, str]]

    @property
    def name_rank(self) -> np.ndarray:
        return kernels.name_ranks(self.names)

    def scores(self, raw=None, weights=None) -> np.ndarray:
        raw = self.raw if raw is None else raw
        weights = self.weights if weights is None else weights
        return kernels.scores(raw, weights, self.spec, self.method)

    def winner(self, raw=None, weights=None, total=None) -> np.ndarray:
        """First candidate for a batch of raw values, weights or totals."""
        total = self.total if total is None else total
        return kernels.first_place(self.scores(raw, weights), total, self.name_rank)


# -------------------------------------------------------- weight stability


def weight_path(weights: np.ndarray, k: int, t: np.ndarray) -> np.ndarray:
    """Weights (T, K) with w_k = t and the others rescaled in proportion to
    sum 1 − t (shared equally when they are all 0)."""
    others = np.array(weights, dtype=float)
    others[k] = 0.0
    rest = others.sum()
    if rest > 0:
        others /= rest
    else:
        others = np.where(np.arange(len(others)) == k, 0.0, 1.0 / (len(others) - 1))
    out = (1.0 - np.asarray(t, dtype=float))[:, None] * others[None, :]
    out[:, k] = t
    return out


def weight_stability(table: RankTable) -> list[tuple[float, float]]:
    """The stability interval [low, high] ⊂ [0, 1] of every criterion's weight."""
    n_cand, n_crit = table.raw.shape
    if n_cand < 2 or n_crit < 2:
        return [(0.0, 1.0)] * n_crit
    first = int(table.winner())
    if table.method == "weighted_sum":
        return [_linear_interval(table, k, first) for k in range(n_crit)]
    return [_scanned_interval(table, k, first) for k in range(n_crit)]


def _linear_interval(table: RankTable, k: int, first: int) -> tuple[float, float]:
    """Weighted sum: score_c(t) = t a_c + (1 − t) R_c is linear in t, so each
    rival c bounds t at the root of d_c(t) = score_first(t) − score_c(t)."""
    s = kernels.normalise(table.raw, table.spec)
    ends = weight_path(table.weights, k, np.array([0.0, 1.0]))
    at0, at1 = s @ ends[0], s @ ends[1]     # R_c and a_c
    low, high = 0.0, 1.0
    for c in range(len(s)):
        if c == first:
            continue
        d0 = at0[first] - at0[c]
        slope = (at1[first] - at1[c]) - d0
        if abs(slope) < 1e-15:
            continue
        root = -d0 / slope
        if slope > 0:
            low = max(low, root)
        else:
            high = min(high, root)
    return (float(min(max(low, 0.0), 1.0)), float(min(max(high, 0.0), 1.0)))


def _scanned_interval(table: RankTable, k: int, first: int) -> tuple[float, float]:
    """TOPSIS (not linear in t): scan a grid outward from the current weight,
    then bisect between the last point where ``first`` wins and the next."""
    def wins(t: np.ndarray) -> np.ndarray:
        return table.winner(weights=weight_path(table.weights, k, t)) == first

    current = float(table.weights[k])
    grid = np.linspace(0.0, 1.0, GRID)
    ok = wins(grid)
    below, above = grid[grid < current][::-1], grid[grid > current]
    return (_edge(wins, current, below, ok[grid < current][::-1]),
            _edge(wins, current, above, ok[grid > current]))


def _edge(wins, good: float, points: np.ndarray, ok: np.ndarray) -> float:
    bad = np.flatnonzero(~ok)
    if not len(bad):
        return float(points[-1]) if len(points) else good
    if bad[0] > 0:
        good = float(points[bad[0] - 1])
    return _bisect(lambda t: bool(wins(np.array([t]))[0]), good, float(points[bad[0]]))


def _bisect(ok, good: float, bad: float) -> float:
    """The point nearest ``bad`` where ``ok`` still holds, between the two."""
    for _ in range(BISECT_STEPS):
        mid = 0.5 * (good + bad)
        if ok(mid):
            good = mid
        else:
            bad = mid
    return good


# ------------------------------------------------------------ price to win


def cut_batch(table: RankTable, c: int, cuts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw values (X, C, K) and totals (X, C) with candidate c's cost figures
    (every cost criterion and its total) multiplied by 1 − cut."""
    factor = 1.0 - np.asarray(cuts, dtype=float)
    raw = np.repeat(table.raw[None], len(factor), axis=0)
    cols = table.spec.cost_columns
    raw[:, c, cols] *= factor[:, None]
    total = np.repeat(table.total[None], len(factor), axis=0)
    total[:, c] *= factor
    return raw, total


def price_to_win(table: RankTable, c: int) -> float | None:
    """Smallest cut x ∈ [0, 1] that makes candidate c first, or None.

    A coarse scan finds the first winning grid point, bisection refines it,
    and the cut found is checked by re-ranking the candidates with it applied.
    """
    grid = np.linspace(0.0, 1.0, GRID)
    raw, total = cut_batch(table, c, grid)
    wins = table.winner(raw=raw, total=total) == c
    if not wins.any():
        return None
    first = int(np.argmax(wins))
    if first == 0:
        return 0.0

    def ok(x: float) -> bool:
        r, t = cut_batch(table, c, np.array([x]))
        return int(table.winner(raw=r, total=t)[0]) == c

    cut = _bisect(ok, float(grid[first]), float(grid[first - 1]))
    r, t = cut_batch(table, c, np.array([cut]))
    order = kernels.ranking_order(table.scores(raw=r[0]), t[0], table.names)
    return cut if order[0] == c else float(grid[first])


# --------------------------------------------------------- win probability


def dirichlet_weights(weights: np.ndarray, concentration: float, draws: int,
                      rng: np.random.Generator) -> np.ndarray:
    """Weights (D, K) ~ Dirichlet(concentration × w), zero weights kept at 0."""
    w = np.asarray(weights, dtype=float)
    positive = np.flatnonzero(w > 0)
    out = np.zeros((draws, len(w)))
    if len(positive) == 1:
        out[:, positive[0]] = 1.0
    else:
        out[:, positive] = rng.dirichlet(concentration * w[positive], size=draws)
    return out


def win_probability(table: RankTable, scenario_costs: np.ndarray, concentration: float,
                    draws: int, seed: int) -> np.ndarray:
    """Share of draws in which each candidate is first (sums to 1).

    Draw d uses cost scenario d mod S (its horizon totals replace every cost
    criterion's value and the tie-break totals) and Dirichlet weights; ties
    in a draw follow the ranking rules (lower scenario total, then names).
    """
    n_cand = table.raw.shape[0]
    if n_cand == 0 or draws <= 0:
        return np.zeros(n_cand)
    rng = np.random.default_rng([seed, 6])   # own stream, reproducible from the seed
    weights = dirichlet_weights(table.weights, concentration, draws, rng)
    costs = np.asarray(scenario_costs, dtype=float)[np.arange(draws) % len(scenario_costs)]
    score = _draw_scores(table, weights, costs)
    first = kernels.first_place(score, costs, table.name_rank)
    return np.bincount(first, minlength=n_cand) / draws


def _draw_scores(table: RankTable, weights: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """Scores (D, C): (D × K) weights times (C × K) normalised scores, the
    cost columns re-normalised per draw (weighted sum); TOPSIS in blocks."""
    cols = table.spec.cost_columns
    if table.method != "weighted_sum":
        out = np.empty(costs.shape)
        for start in range(0, len(costs), DRAW_BLOCK):
            block = slice(start, start + DRAW_BLOCK)
            raw = np.repeat(table.raw[None], len(costs[block]), axis=0)
            raw[:, :, cols] = costs[block][:, :, None]
            out[block] = kernels.topsis(raw, weights[block], table.spec)
        return out
    fixed = kernels.normalise(table.raw, table.spec)
    fixed[:, cols] = 0.0
    score = weights @ fixed.T
    if len(cols):
        lowest = costs.min(axis=1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            s_cost = np.where(costs == 0, 1.0, lowest / costs)
        score += weights[:, cols].sum(axis=1, keepdims=True) * s_cost
    return 100.0 * score


# ---------------------------------------------------------- value for money


def value_for_money(score: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Pareto flags of (score, total cost): True where nothing beats it on both."""
    return kernels.pareto_efficient(score, total)
