"""Price-to-win by one vectorised bisection (weighted sum) or a batched scan
(TOPSIS) equals its definition: the smallest cut found by a 201-point scan,
bisection and a full re-ranking of the candidates with the cut applied."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.scoring import kernels, sensitivity


def by_definition(tab: sensitivity.RankTable, c: int) -> float | None:
    """The price-to-win as first written: one candidate at a time, re-ranking to check."""
    grid = np.linspace(0.0, 1.0, sensitivity.GRID)
    raw, total = sensitivity.cut_batch(tab, c, grid)
    wins = tab.winner(raw=raw, total=total) == c
    if not wins.any():
        return None
    first = int(np.argmax(wins))
    if first == 0:
        return 0.0
    good, bad = float(grid[first]), float(grid[first - 1])
    for _ in range(sensitivity.BISECT_STEPS):
        mid = 0.5 * (good + bad)
        r, t = sensitivity.cut_batch(tab, c, np.array([mid]))
        if int(tab.winner(raw=r, total=t)[0]) == c:
            good = mid
        else:
            bad = mid
    r, t = sensitivity.cut_batch(tab, c, np.array([good]))
    order = kernels.ranking_order(tab.scores(raw=r[0]), t[0], tab.names)
    return good if order[0] == c else float(grid[first])


@st.composite
def tables(draw):
    """Small tables with ties: integer values, one or two cost criteria
    (sometimes a zero cost), ratings, either method."""
    n_cand, n_crit = draw(st.integers(2, 6)), draw(st.integers(2, 4))
    n_cost = draw(st.integers(1, min(2, n_crit - 1)))
    raw = np.array(draw(st.lists(st.lists(st.integers(0, 5), min_size=n_crit, max_size=n_crit),
                                 min_size=n_cand, max_size=n_cand)), dtype=float)
    raw[:, n_cost:] = np.maximum(raw[:, n_cost:], 1.0)   # ratings 1–5
    raw[:, :n_cost] *= 1000                              # costs, possibly 0
    w = np.array(draw(st.lists(st.integers(0, 9), min_size=n_crit, max_size=n_crit)), dtype=float)
    if w.sum() == 0:
        w[0] = 1.0
    kinds = np.full(n_crit, kernels.RATING)
    kinds[:n_cost] = kernels.COST
    spec = kernels.CriteriaSpec(kinds, np.ones(n_crit), np.full(n_crit, 5.0))
    method = draw(st.sampled_from(["weighted_sum", "weighted_sum", "topsis"]))
    names = [(f"V{c}", "P") for c in range(n_cand)]
    total = raw[:, 0].copy() if draw(st.booleans()) else np.array(
        draw(st.lists(st.integers(1, 9), min_size=n_cand, max_size=n_cand)), dtype=float) * 1000
    return sensitivity.RankTable(raw, spec, w / w.sum(), method, total, names)


@settings(max_examples=150, deadline=None)
@given(tables())
def test_fast_price_to_win_equals_the_definition(tab):
    order = kernels.ranking_order(tab.scores(), tab.total, tab.names)
    fast = sensitivity.prices_to_win(tab, order[1:])
    assert list(fast) == order[1:]
    for c in order[1:]:
        expected = by_definition(tab, c)
        if expected is None:
            assert fast[c] is None, (c, fast[c])
        else:
            assert fast[c] is not None and abs(fast[c] - expected) <= 1e-9, (c, fast[c], expected)


def test_hand_worked_cut_with_two_cost_criteria():
    # costs (total, p90) A (100, 100), B (200, 400); weights .4, .2 and a rating .4 (A 0, B 0.5).
    # A = 100·(.4 + .2) = 60; B = 100·(.4·½ + .2·¼ + .4·½) = 45.  Cut x on B while B's costs stay
    # above A's: B = 100·(.2/(1 − x) + .05/(1 − x) + .2) reaches 60 at 1 − x = .25/.4, x = 3/8.
    raw = np.array([[100.0, 100.0, 1.0], [200.0, 400.0, 3.0]])
    spec = kernels.CriteriaSpec(np.array([kernels.COST, kernels.COST, kernels.RATING]), np.ones(3),
                                np.full(3, 5.0))
    tab = sensitivity.RankTable(raw, spec, np.array([0.4, 0.2, 0.4]), "weighted_sum", raw[:, 0].copy(),
                                [("A", "P"), ("B", "P")])
    cut = sensitivity.prices_to_win(tab, [1])[1]
    # at exactly 3/8 the scores tie and A (cheaper: 100 < 125) keeps first: B needs 1e-9 more score,
    # and its score rises by 25/(1 − x)² = 64 a unit of cut: the cut is 3/8 + 1e-9/64
    assert cut == pytest.approx(3 / 8 + 1e-9 / 64, abs=1e-13)
    assert cut == pytest.approx(by_definition(tab, 1), abs=1e-13)
