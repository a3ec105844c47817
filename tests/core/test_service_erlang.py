"""Erlang C of SPEC 8: the published worked example, exact values, and
stability up to a thousand agents."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from vendorpick.service import erlang

# The standard worked example of Erlang C (e.g. callcentrehelper.com, "Erlang C Formula -
# Made Simple With an Easy Worked Example"): 100 calls in 30 minutes with an average
# handling time of 3 minutes is A = (100 × 2 calls an hour) × 3 / 60 = 10 Erlangs; with a
# 20-second target, 14 agents answer 88.835 % in time and 17.413 % of calls wait;
# 13 agents answer 79.56 %, 15 agents 94.15 %.
A, TAU, T = 10.0, 3.0, 20.0


def test_published_worked_example():
    assert round(float(erlang.erlang_c(14, A)) * 100, 3) == 17.413
    assert round(float(erlang.service_level(14, A, TAU, T)) * 100, 3) == 88.835
    assert round(float(erlang.service_level(13, A, TAU, T)) * 100, 2) == 79.56
    assert round(float(erlang.service_level(15, A, TAU, T)) * 100, 2) == 94.15


def test_published_example_vectorised_over_agents_and_hours():
    n = np.array([[13, 14, 15], [14, 14, 14]])
    a = np.array([[A, A, A], [A, 0.0, 20.0]])
    sl = erlang.service_level(n, a, TAU, T)
    np.testing.assert_allclose(sl[0], [0.7955947884, 0.8883500192, 0.9414528429], atol=1e-9)
    # the same 14 agents: 88.835 % at 10 Erlangs, every contact at once without calls, none at 20 Erlangs (n ≤ A)
    np.testing.assert_allclose(sl[1], [0.8883500192, 1.0, 0.0], atol=1e-9)


def test_agents_needed_for_the_published_example():
    # 13 agents give 79.56 % < 80 %, 14 give 88.835 %: 14 needed for 80 %; 15 for 90 %
    np.testing.assert_array_equal(erlang.agents_needed([A, A, A, 0.0], TAU, T, [0.8, 0.85, 0.9, 0.8]), [14, 14, 15, 0])


def _exact_erlang_b(n: int, a: Fraction) -> Fraction:
    """B(n, A) from its definition (A^n / n!) / Σ_{k ≤ n} A^k / k!, in exact fractions."""
    terms = [a**k / math.factorial(k) for k in range(n + 1)]
    return terms[-1] / sum(terms)


@pytest.mark.parametrize(("n", "a"), [(1, Fraction(1, 2)), (7, Fraction(13, 2)), (40, Fraction(35)), (60, Fraction(123, 2))])
def test_recursion_matches_the_definition_exactly(n, a):
    assert float(erlang.erlang_b(n, float(a))) == pytest.approx(float(_exact_erlang_b(n, a)), rel=1e-12)


@pytest.mark.parametrize(("n", "a"), [(1000, 950.0), (1000, 999.5), (1000, 600.0), (800, 790.25)])
def test_stable_up_to_a_thousand_agents(n, a):
    # A^n / n! overflows a double long before n = 1000; the recursion does not. Compare with
    # B = P(N = n) / P(N ≤ n), N ~ Poisson(A), computed with logarithms by scipy.
    reference = math.exp(stats.poisson.logpmf(n, a) - stats.poisson.logcdf(n, a))
    b = float(erlang.erlang_b(n, a))
    assert b == pytest.approx(reference, rel=1e-9)
    c = float(erlang.erlang_c(n, a))
    assert 0.0 < c < 1.0 and math.isfinite(c)  # tiny at 600 Erlangs (about 1e-50), but not 0
    sl = float(erlang.service_level(n, a, 5.0, 20.0))
    assert 0.0 < sl <= 1.0


def test_agents_needed_at_a_thousand_erlangs_is_the_least_meeting_the_target():
    n = int(erlang.agents_needed(1000.0, 4.0, 20.0, 0.8))
    assert erlang.service_level(n, 1000.0, 4.0, 20.0) >= 0.8 > erlang.service_level(n - 1, 1000.0, 4.0, 20.0)
    assert 1000 < n < 1100


def test_mixed_agent_counts_in_one_array_match_one_by_one():
    n = np.array([0, 1, 2, 5, 30, 3])
    a = np.array([0.7, 0.5, 0.5, 4.2, 25.0, 3.0])
    one_by_one = [float(erlang.erlang_b(int(k), float(x))) for k, x in zip(n, a, strict=True)]
    np.testing.assert_allclose(erlang.erlang_b(n, a), one_by_one, rtol=1e-15)
    # M/M/1: the probability of waiting is the load itself
    assert float(erlang.erlang_c(1, 0.5)) == pytest.approx(0.5)
    # n ≤ A: every call waits and none is answered in time
    assert float(erlang.erlang_c(3, 3.0)) == 1.0 and float(erlang.service_level(3, 3.0, 4.0, 20.0)) == 0.0


@settings(max_examples=80, deadline=None)
@given(
    n=st.integers(1, 60),
    extra=st.integers(1, 10),
    a=st.floats(0.0, 70.0),
    tau=st.floats(0.5, 30.0),
    t=st.floats(0.0, 600.0),
    more_t=st.floats(0.0, 600.0),
)
def test_more_agents_or_a_longer_target_never_lower_the_service_level(n, extra, a, tau, t, more_t):
    sl = float(erlang.service_level(n, a, tau, t))
    assert float(erlang.service_level(n + extra, a, tau, t)) >= sl - 1e-12
    assert float(erlang.service_level(n, a, tau, t + more_t)) >= sl - 1e-12
    assert 0.0 <= sl <= 1.0
