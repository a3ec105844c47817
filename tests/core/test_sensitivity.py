"""Sensitivity laws of SPEC 6: stability intervals, price-to-win, win probability,
value for money."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendorpick.scoring import kernels, sensitivity
from vendorpick.scoring.rank import rank_project
from vendorpick.scoring.synthetic import fake_simulation, project_from, synthetic_case

CRITS = [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}]


def two_vendors(cost_weight, rating_weight, method="weighted_sum", totals=(100, 200), scen=None):
    crits = [dict(CRITS[0], weight=cost_weight), dict(CRITS[1], weight=rating_weight)]
    vendors = [{"name": "A", "plans": [{"name": "P"}], "scores": {"q": 1}},
               {"name": "B", "plans": [{"name": "P"}], "scores": {"q": 5}}]
    project = project_from(crits, vendors, scoring={"method": method})
    return project, fake_simulation(project, list(totals), scenario_totals=scen)


def test_stability_interval_hand_worked():
    # A: cost s 1, q s 0; B: cost s .5, q s 1. Weights cost .6, q .4: A 60, B 70 → B first.
    # cost weight t (q = 1 − t): A = t, B = .5t + 1 − t = 1 − .5t; B ≥ A ⇔ t ≤ 2/3
    # q weight u (cost = 1 − u): A = 1 − u, B = .5(1 − u) + u; B ≥ A ⇔ u ≥ 1/3
    project, sim = two_vendors(60, 40)
    res = rank_project(project, sim, draws=100)
    assert res.ranking[0].vendor == "B"
    assert res.weight_stability["cost"] == pytest.approx((0.0, 2 / 3))
    assert res.weight_stability["q"] == pytest.approx((1 / 3, 1.0))
    assert res.to_json("en")["weight_stability"]["cost"] == pytest.approx([0.0, 2 / 3])


@pytest.mark.parametrize("method", ["weighted_sum", "topsis"])
def test_inside_the_interval_the_winner_stays_just_outside_it_changes(method):
    project, sim = two_vendors(60, 40, method)
    res = rank_project(project, sim, draws=100)
    low, high = res.weight_stability["cost"]
    assert 0 < high < 1
    for t, winner in [(high - 1e-6, "B"), (high + 1e-6, "A"), ((low + high) / 2, "B")]:
        moved = rank_project(project, sim, sensitivity=False, weights_override={"cost": t, "q": 1 - t})
        assert moved.ranking[0].vendor == winner, t


@st.composite
def tables(draw):
    n_cand, n_crit = draw(st.integers(2, 5)), draw(st.integers(2, 4))
    raw = np.array(draw(st.lists(st.lists(st.integers(1, 5), min_size=n_crit, max_size=n_crit),
                                 min_size=n_cand, max_size=n_cand)), dtype=float)
    raw[:, 0] *= 1000  # column 0 is a cost
    w = np.array(draw(st.lists(st.integers(1, 9), min_size=n_crit, max_size=n_crit)), dtype=float)
    kinds = np.full(n_crit, kernels.RATING)
    kinds[0] = kernels.COST
    spec = kernels.CriteriaSpec(kinds, np.ones(n_crit), np.full(n_crit, 5.0))
    method = draw(st.sampled_from(["weighted_sum", "topsis"]))
    names = [(f"V{c}", "P") for c in range(n_cand)]
    return sensitivity.RankTable(raw, spec, w / w.sum(), method, raw[:, 0].copy(), names)


@given(tables())
def test_stability_law_on_random_tables(tab):
    first = int(tab.winner())
    eps = 1e-6
    for k, (low, high) in enumerate(sensitivity.weight_stability(tab)):
        assert low <= tab.weights[k] + 1e-9 and tab.weights[k] <= high + 1e-9
        def winner(t, k=k):
            return int(tab.winner(weights=sensitivity.weight_path(tab.weights, k, np.array([t])))[0])
        if high - low > 4 * eps:
            assert winner(low + eps) == first and winner(high - eps) == first
        if low > 2 * eps:
            assert winner(low - eps) != first
        if high < 1 - 2 * eps:
            assert winner(high + eps) != first


def test_price_to_win_hand_worked():
    # cost .8, q .2: A = .8·1 + 0 = 80; B = .8·(100/200) + .2 = 60.
    # cut x on B (while 200(1 − x) ≥ 100): B = .8·100/(200(1 − x)) + .2 ≥ .8 ⇔ 1 − x ≤ 2/3 ⇔ x ≥ 1/3;
    # at exactly 1/3 the scores tie and A (cheaper) keeps first, so the cut is just above 1/3
    project, sim = two_vendors(80, 20)
    res = rank_project(project, sim, draws=100)
    a, b = res.ranking
    assert (a.vendor, a.price_to_win) == ("A", 0.0)
    assert b.price_to_win == pytest.approx(1 / 3, abs=1e-9)
    assert b.price_to_win > 1 / 3


def test_applying_the_price_to_win_cut_makes_the_runner_up_first():
    project, sim = synthetic_case(candidates=8, criteria=4, scenarios=200, seed=3)
    res = rank_project(project, sim, draws=200)
    checked = 0
    for r in res.ranking[1:]:
        if r.price_to_win is None:
            continue
        i = sim.candidates.index(r.candidate)
        cut = sim.total.copy(), sim.risk_p90.copy()
        cut[0][i] *= 1 - r.price_to_win
        cut[1][i] *= 1 - r.price_to_win
        after = rank_project(project, fake_simulation(project, cut[0], cut[1]), sensitivity=False)
        assert (after.ranking[0].vendor, after.ranking[0].plan) == (r.vendor, r.plan)
        checked += 1
    assert checked >= 2


def test_price_to_win_is_null_when_no_cut_can_win():
    # cost .1, q .9: A (q 5) = 90 + 10·(100/200) = 95; B free scores .1·1 + 0 = 10 against A's 90
    crits = [dict(CRITS[0], weight=10), dict(CRITS[1], weight=90)]
    vendors = [{"name": "A", "plans": [{"name": "P"}], "scores": {"q": 5}},
               {"name": "B", "plans": [{"name": "P"}], "scores": {"q": 1}}]
    project = project_from(crits, vendors)
    res = rank_project(project, fake_simulation(project, [200, 100]), draws=100)
    assert res.ranking[1].vendor == "B" and res.ranking[1].price_to_win is None


def test_win_probabilities_sum_to_one_and_follow_the_seed():
    project, sim = synthetic_case(candidates=10, criteria=5, scenarios=500, seed=5)
    one = [r.win_probability for r in rank_project(project, sim, draws=2000).ranking]
    two = [r.win_probability for r in rank_project(project, sim, draws=2000).ranking]
    assert sum(one) == pytest.approx(1.0, abs=1e-12)
    assert one == two
    other = project.model_copy(update={"settings": project.settings.model_copy(update={"seed": 9})})
    three = [r.win_probability for r in rank_project(other, sim, draws=2000).ranking]
    assert three != one and sum(three) == pytest.approx(1.0, abs=1e-12)


def test_win_probability_follows_the_cost_scenarios():
    # cost only: in scenarios 0 and 2 A is cheaper, in 1 and 3 B; 8 draws take each scenario twice
    scen = [[100, 200], [300, 200], [100, 150], [250, 200]]
    project, sim = two_vendors(1, 0, scen=scen, totals=(187.5, 187.5))
    res = rank_project(project, sim, draws=8)
    assert {r.vendor: r.win_probability for r in res.ranking} == {"A": 0.5, "B": 0.5}


def test_ties_in_a_draw_go_to_the_lower_scenario_cost():
    # only the rating weighs and both rate 3: every draw is a tie, settled by the scenario total
    crits = [dict(CRITS[0], weight=0), dict(CRITS[1], weight=1)]
    vendors = [{"name": "A", "plans": [{"name": "P"}], "scores": {"q": 3}},
               {"name": "B", "plans": [{"name": "P"}], "scores": {"q": 3}}]
    project = project_from(crits, vendors)
    sim = fake_simulation(project, [150, 150], scenario_totals=[[100, 200], [300, 200], [100, 200]])
    res = rank_project(project, sim, draws=3)
    assert {r.vendor: r.win_probability for r in res.ranking} == pytest.approx({"A": 2 / 3, "B": 1 / 3})


def test_dirichlet_draws_are_centred_on_the_weights():
    w = np.array([.5, .3, .2, 0.0])
    draws = sensitivity.dirichlet_weights(w, 50, 20000, np.random.default_rng(0))
    np.testing.assert_allclose(draws.sum(axis=1), 1.0)
    np.testing.assert_allclose(draws.mean(axis=0), w, atol=3e-3)
    assert (draws[:, 3] == 0).all()


def test_value_for_money_marks_pareto_points():
    # (score, cost): A (80, 100) B (70, 200) C (90, 300) D (60, 150)
    # B is beaten by A on both; D too; A and C are efficient
    flags = sensitivity.value_for_money(np.array([80, 70, 90, 60.0]), np.array([100, 200, 300, 150.0]))
    assert flags.tolist() == [True, False, True, False]


def test_rank_result_carries_value_points():
    project, sim = two_vendors(60, 40)
    res = rank_project(project, sim, draws=10)
    points = {p.vendor: (p.score, p.cost, p.pareto) for p in res.value_for_money}
    # B 70 at 200, A 60 at 100: neither beats the other on both
    assert points == {"A": (pytest.approx(60), 100, True), "B": (pytest.approx(70), 200, True)}


@given(tables())
def test_price_to_win_law_on_random_tables(tab):
    order = kernels.ranking_order(tab.scores(), tab.total, tab.names)
    for c in order[1:]:
        cut = sensitivity.price_to_win(tab, c)
        if cut is None:
            raw, total = sensitivity.cut_batch(tab, c, np.array([1.0]))
            assert int(tab.winner(raw=raw, total=total)[0]) != c   # not even free wins
            continue
        raw, total = sensitivity.cut_batch(tab, c, np.array([cut]))
        assert kernels.ranking_order(tab.scores(raw=raw[0]), total[0], tab.names)[0] == c
        if tab.method == "weighted_sum" and cut > 1e-6:
            # the score gap only shrinks as the cut grows, so a smaller cut does not win
            raw, total = sensitivity.cut_batch(tab, c, np.array([cut - 1e-6]))
            assert int(tab.winner(raw=raw, total=total)[0]) != c


@given(tables(), st.integers(0, 2**32 - 1))
def test_vectorised_draws_match_scoring_each_draw_alone(tab, seed):
    rng = np.random.default_rng(seed)
    costs = tab.raw[:, 0] * rng.lognormal(0, 0.3, (6, tab.raw.shape[0]))
    weights = sensitivity.dirichlet_weights(tab.weights, 50, 6, rng)
    batch = sensitivity._draw_scores(tab, weights, costs)
    for d in range(6):
        raw = tab.raw.copy()
        raw[:, 0] = costs[d]
        np.testing.assert_allclose(batch[d], tab.scores(raw=raw, weights=weights[d]), rtol=1e-9, atol=1e-9)


def test_no_draws_leaves_the_win_probability_unknown():
    project, sim = two_vendors(60, 40)
    res = rank_project(project, sim, draws=0)
    assert [r.win_probability for r in res.ranking] == [None, None]
    assert res.ranking[1].price_to_win is not None and res.weight_stability
