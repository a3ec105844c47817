"""Sensitivity figures of SPEC section 6, over the ranked candidates only.

* weight stability: for each criterion k, the interval of its weight t (the
  other weights rescaled in proportion, w_j (1 − t)/(1 − w_k)) within which
  the first candidate stays first;
* price-to-win: the smallest cut x of a runner-up's cost figures, (1 − x)·cost,
  that makes it first, checked with the first-place rule with the cut applied
  (weighted sum: one vectorised bisection over every runner-up at once);
* win probability: the share of draws in which a candidate is first, each
  draw taking one Monte Carlo cost scenario and Dirichlet weights centred on
  the weights;
* value for money: score against total cost, Pareto-efficient points marked.

Everything here is a kernel over a :class:`RankTable` (no validation).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.pricing.threads import one_blas_thread
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
    rival c bounds t at the root of d_c(t) = score_first(t) − score_c(t)
    (all rivals at once)."""
    s = kernels.normalise(table.raw, table.spec)
    ends = weight_path(table.weights, k, np.array([0.0, 1.0]))
    at0, at1 = s @ ends[0], s @ ends[1]     # R_c and a_c
    d0 = at0[first] - at0
    slope = (at1[first] - at1) - d0
    rival = (np.arange(len(s)) != first) & (np.abs(slope) >= 1e-15)
    with np.errstate(divide="ignore", invalid="ignore"):
        root = -d0 / slope
    low = max([0.0, *root[rival & (slope > 0)].tolist()])
    high = min([1.0, *root[rival & (slope < 0)].tolist()])
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
    """Smallest cut x ∈ [0, 1] that makes candidate c first, or None
    (:func:`prices_to_win` of one candidate)."""
    return prices_to_win(table, [c])[c]


def prices_to_win(table: RankTable, candidates) -> dict[int, float | None]:
    """The price-to-win of each of ``candidates`` (0 for the one already first).

    Weighted sum: a cut of c's cost raises c's score and lowers (or keeps)
    every other score, so "c is first" is monotone in the cut.  One
    vectorised bisection over all runner-ups at once finds each threshold,
    scoring a cut in O(C × cost criteria) from the fixed part of every score
    (:class:`_CutScores`); each cut found is then checked once with the
    kernels' own scores and first-place rule (no re-ranking).  A check that
    fails (a tie within the rounding of the two sums) falls back to the
    definition, :func:`_scanned_price_to_win`.

    TOPSIS (not monotone): the definition for every runner-up at once — a
    coarse scan finds the first winning grid point, bisection refines it, and
    the cut found is checked with the first-place rule."""
    cands = [int(c) for c in candidates]
    if not cands:
        return {}
    with one_blas_thread():
        if table.method == "weighted_sum" and len(table.spec.cost_columns):
            found = _linear_prices(table, cands)
        else:
            found = _scanned_prices(table, cands)
    return {c: found[c] for c in cands}


def _linear_prices(table: RankTable, cands: list[int]) -> dict[int, float | None]:
    cut_scores = _CutScores(table)
    c = np.asarray(cands)
    out: dict[int, float | None] = {}
    wins0 = cut_scores.wins(c, np.zeros(len(c)))
    wins1 = cut_scores.wins(c, np.ones(len(c)))
    for i in np.flatnonzero(wins0).tolist():
        out[cands[i]] = 0.0
    rest = np.flatnonzero(~wins0 & wins1)
    good, bad = np.ones(len(rest)), np.zeros(len(rest))
    for _ in range(BISECT_STEPS_LINEAR):
        mid = 0.5 * (good + bad)
        ok = cut_scores.wins(c[rest], mid)
        good, bad = np.where(ok, mid, good), np.where(ok, bad, mid)
    found = np.r_[np.zeros(int(wins0.sum())), good]
    idx = np.r_[np.flatnonzero(wins0), rest]
    confirmed = _first_is(table, c[idx], found)
    for i, x, sure in zip(idx.tolist(), found.tolist(), confirmed.tolist(), strict=True):
        out[cands[i]] = x if sure else _scanned_price_to_win(table, cands[i])
    never = np.flatnonzero(~wins0 & ~wins1)
    # the kernels' own rule decides at x = 1 too (a tie within rounding)
    free = _first_is(table, c[never], np.ones(len(never)))
    for i, wins in zip(never.tolist(), free.tolist(), strict=True):
        out[cands[i]] = _scanned_price_to_win(table, cands[i]) if wins else None
    return out


BISECT_STEPS_LINEAR = 54   # halvings of [0, 1]: below the 2^-40 of a grid step of the scan
CUT_BLOCK_CELLS = 1 << 21  # (cuts × candidates) scored at once


class _CutScores:
    """Weighted-sum scores of every candidate when candidate c's cost figures
    are multiplied by 1 − x: the criteria other than cost do not move, so a
    score is its fixed part plus Σ over the cost criteria of w_k · lowest_k / value_ck."""

    def __init__(self, table: RankTable):
        s = kernels.normalise(table.raw, table.spec)
        cols = table.spec.cost_columns
        other = np.setdiff1d(np.arange(table.raw.shape[1]), cols)
        self.fixed = s[:, other] @ table.weights[other]
        self.cost = table.raw[:, cols]                    # (C, Kc)
        self.w = table.weights[cols]
        order = np.argsort(self.cost, axis=0, kind="stable")
        self.lowest_at = order[0]                        # (Kc,)
        self.lowest = np.take_along_axis(self.cost, order[:1], axis=0)[0]
        self.second = (np.take_along_axis(self.cost, order[1:2], axis=0)[0] if len(self.cost) > 1
                       else np.full(len(cols), np.inf))
        self.total = table.total
        self.name_rank = table.name_rank
        self.size = len(self.cost)

    def wins(self, cand: np.ndarray, cut: np.ndarray) -> np.ndarray:
        out = np.empty(len(cand), dtype=bool)
        step = max(1, CUT_BLOCK_CELLS // max(1, self.size))
        for a in range(0, len(cand), step):
            out[a: a + step] = self._wins(cand[a: a + step], cut[a: a + step])
        return out

    def _wins(self, cand: np.ndarray, cut: np.ndarray) -> np.ndarray:
        b = np.arange(len(cand))
        factor = 1.0 - cut
        mine = self.cost[cand] * factor[:, None]                                 # (B, Kc)
        others = np.where(self.lowest_at[None, :] == cand[:, None], self.second, self.lowest)
        lowest = np.minimum(others, mine)                                        # (B, Kc)
        score = np.broadcast_to(self.fixed, (len(cand), self.size)).copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            for k in range(self.cost.shape[1]):
                value = np.broadcast_to(self.cost[:, k], score.shape).copy()
                value[b, cand] = mine[:, k]
                score += self.w[k] * np.where(value == 0, 1.0, lowest[:, k, None] / value)
        score *= 100.0
        total = np.broadcast_to(self.total, score.shape).copy()
        total[b, cand] *= factor
        return kernels.first_place(score, total, self.name_rank) == cand


def _first_is(table: RankTable, cand: np.ndarray, cut: np.ndarray) -> np.ndarray:
    """Whether each cand[i] is first with its cut[i] applied, by the kernels'
    own scores and first-place rule (a batch of cut tables, in blocks)."""
    out = np.zeros(len(cand), dtype=bool)
    n, k = table.raw.shape
    step = max(1, CUT_BLOCK_CELLS // max(1, n * k))
    for a in range(0, len(cand), step):
        raw, total = _cut_tables(table, cand[a: a + step], cut[a: a + step])
        out[a: a + step] = table.winner(raw=raw, total=total) == cand[a: a + step]
    return out


def _cut_tables(table: RankTable, cand: np.ndarray, cut: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw values (B, C, K) and totals (B, C): in table b, candidate cand[b]'s
    cost figures multiplied by 1 − cut[b]."""
    factor = 1.0 - np.asarray(cut, dtype=float)
    b = np.arange(len(cand))
    raw = np.repeat(table.raw[None], len(cand), axis=0)
    cols = table.spec.cost_columns
    raw[b[:, None], cand[:, None], cols[None, :]] *= factor[:, None]
    total = np.repeat(table.total[None], len(cand), axis=0)
    total[b, cand] *= factor
    return raw, total


def _scanned_price_to_win(table: RankTable, c: int) -> float | None:
    return _scanned_prices(table, [c])[c]


def _scanned_prices(table: RankTable, cands: list[int]) -> dict[int, float | None]:
    """The definition, for several candidates at once: the first winning point
    of a 201-point grid of cuts, then bisection between it and the point
    before, then a first-place check of the cut found."""
    grid = np.linspace(0.0, 1.0, GRID)
    c = np.asarray(cands)
    wins = _first_is(table, np.repeat(c, GRID), np.tile(grid, len(c))).reshape(len(c), GRID)
    out: dict[int, float | None] = {}
    todo = []
    for i, row in enumerate(wins):
        if not row.any():
            out[cands[i]] = None
        elif row[0]:
            out[cands[i]] = 0.0
        else:
            todo.append((i, int(np.argmax(row))))
    if not todo:
        return out
    who = c[[i for i, _ in todo]]
    first = np.array([g for _, g in todo])
    good, bad = grid[first], grid[first - 1]
    for _ in range(BISECT_STEPS):
        mid = 0.5 * (good + bad)
        ok = _first_is(table, who, mid)
        good, bad = np.where(ok, mid, good), np.where(ok, bad, mid)
    sure = _first_is(table, who, good)
    for (i, g), cut, fine in zip(todo, good.tolist(), sure.tolist(), strict=True):
        out[cands[i]] = cut if fine else float(grid[g])
    return out


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
    with one_blas_thread():
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
