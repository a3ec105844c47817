"""Crossovers solved pair by pair on the pair's own kinks (O(C²·K), bounded
memory) equal the first formulation, which evaluated every pair on the union
of all candidates' kinks (O(C³) time and memory)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.pricing import breakeven
from vendorpick.pricing.pieces import Pieces


def on_the_union_of_all_kinks(pieces: Pieces) -> list[tuple[int, int, tuple[float, ...]]]:
    """The first formulation, kept here as the reference."""
    n = pieces.const.shape[0]
    a, b = np.triu_indices(n, k=1)
    grid = np.unique(np.concatenate([[0.0], pieces.kink[np.isfinite(pieces.kink)]]))
    values = pieces(np.broadcast_to(grid, (n, grid.size)).T).T
    end_slope = pieces.slope + pieces.gain.sum(axis=1)
    d = values[a] - values[b]
    scale = 1.0 + np.maximum(np.abs(values[a]), np.abs(values[b]))
    slope = end_slope[a] - end_slope[b]
    last = d[:, -1]
    reach = np.divide(np.abs(last), np.abs(slope), out=np.zeros_like(last), where=slope != 0)
    x_tail = grid[-1] + 1.0 + 2.0 * reach
    d_tail = last + slope * (x_tail - grid[-1])
    x = np.concatenate([np.broadcast_to(grid, d.shape), x_tail[:, None]], axis=1)
    d = np.concatenate([d, d_tail[:, None]], axis=1)
    scale = np.concatenate([scale, (scale[:, -1] + np.abs(d_tail))[:, None]], axis=1)
    found = breakeven._sign_changes(x, d, scale)
    return [(int(a[i]), int(b[i]), tuple(v)) for i, v in enumerate(found) if v]


@st.composite
def pieces(draw):
    n, k = draw(st.integers(2, 6)), draw(st.integers(0, 3))
    ints = st.integers(0, 40)
    const = np.array(draw(st.lists(ints, min_size=n, max_size=n)), float) * 1000
    slope = np.array(draw(st.lists(ints, min_size=n, max_size=n)), float) * 10
    kink = np.sort(np.array(draw(st.lists(st.lists(st.integers(1, 30), min_size=k, max_size=k),
                                          min_size=n, max_size=n)), float).reshape(n, k) * 10, axis=1)
    gain = np.array(draw(st.lists(st.lists(st.integers(-3, 5), min_size=k, max_size=k),
                                  min_size=n, max_size=n)), float).reshape(n, k) * 10
    gain = np.maximum(gain, -(slope[:, None] + np.cumsum(gain, axis=1) - gain))  # non-decreasing f
    unused = np.array(draw(st.lists(st.lists(st.booleans(), min_size=k, max_size=k),
                                    min_size=n, max_size=n)), bool).reshape(n, k)
    kink = np.sort(np.where(unused, np.inf, kink), axis=1)
    gain = np.where(np.isfinite(kink), gain, 0.0)
    return Pieces(const, slope, kink, gain)


@settings(max_examples=200, deadline=None)
@given(pieces())
def test_pairwise_crossings_equal_those_on_the_union_of_all_kinks(p):
    new = [(x.a, x.b, x.volumes) for x in breakeven.crossings(p)]
    old = on_the_union_of_all_kinks(p)
    assert [(a, b) for a, b, _ in new] == [(a, b) for a, b, _ in old]
    for (_, _, v), (_, _, w) in zip(new, old, strict=True):
        np.testing.assert_allclose(v, w, rtol=1e-9, atol=1e-9)


def test_pairs_come_in_blocks_of_bounded_size_and_in_order(monkeypatch):
    monkeypatch.setattr(breakeven, "PAIR_BLOCK_CELLS", 1)  # one row of pairs a block
    p = Pieces(np.array([0.0, 100, 50]), np.array([3.0, 1, 2]), np.zeros((3, 0)), np.zeros((3, 0)))
    # 3V = 100 + V at 50; 3V = 50 + 2V at 50; 100 + V = 50 + 2V at 50
    assert [(x.a, x.b, x.volumes) for x in breakeven.crossings(p)] == [(0, 1, (50.0,)), (0, 2, (50.0,)),
                                                                       (1, 2, (50.0,))]
    assert breakeven.crossings(p, limit=49.0) == []
