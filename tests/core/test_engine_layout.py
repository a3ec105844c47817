"""The candidate-major engine keeps the random stream and the figures: the
same factors bit for bit, percentiles equal to numpy's, the mean of the
totals, and one chunk's totals whatever the chunk size."""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.test_simulate import mixed_project
from vendorpick.pricing import montecarlo
from vendorpick.pricing.simulate import simulate


@pytest.mark.parametrize(("n", "months", "cv", "rho"), [(1, 1, 0.3, 0.0), (97, 6, 0.2, 0.4), (1024, 36, 0.5, 1.0)])
def test_month_major_factors_are_the_same_draws_bit_for_bit(n, months, cv, rho):
    a = montecarlo.draw_factors(np.random.Generator(np.random.PCG64(5)), n, months, cv, rho)
    b = montecarlo.draw_factors_t(np.random.Generator(np.random.PCG64(5)), n, months, cv, rho)
    assert b.shape == (months, n)
    assert np.array_equal(a.T, b)


def test_figures_of_the_candidate_major_totals():
    r = simulate(mixed_project(), scenarios=1001, seed=11, chunk=100)
    totals = np.ascontiguousarray(r.scenario_totals)
    assert r.scenario_totals.shape == (1001, 4)
    np.testing.assert_allclose(r.risk_mean, totals.mean(axis=0), rtol=1e-13)
    np.testing.assert_array_equal(np.stack([r.risk_p50, r.risk_p90, r.risk_p95]),
                                  np.percentile(totals, [50, 90, 95], axis=0))


def test_candidates_with_unequal_numbers_of_live_kinks_sum_in_groups():
    # rows of candidates 0 (two kinks), 1 (one), 2 (two): 0 and 2 share a group, 1 is alone
    rows = np.arange(10.0).reshape(5, 2)
    cand = np.array([0, 0, 1, 2, 2])
    order, buckets = montecarlo._buckets(cand)
    target = np.zeros((3, 2))
    montecarlo._reduce_buckets(rows[order], buckets, target)
    np.testing.assert_array_equal(target, [[0 + 2, 1 + 3], [4, 5], [6 + 8, 7 + 9]])
