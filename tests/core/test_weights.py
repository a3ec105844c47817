"""Criterion weights (SPEC 4): direct, AHP with Saaty's RI table, rank-order centroid."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendorpick.errors import InputError
from vendorpick.scoring.synthetic import project_from
from vendorpick.scoring.weights import (
    RI_TABLE_NAME,
    SAATY_RI,
    ahp_weights,
    criterion_weights,
    override_weights,
    rank_order_centroid,
)

# Saaty's drink consumption example (coffee, wine, tea, beer, soda, milk, water).
DRINKS = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
]


def test_saaty_drink_matrix_published_weights_and_lambda():
    res = ahp_weights(DRINKS)
    np.testing.assert_allclose(res.weights, [.1775, .0191, .0418, .1164, .1896, .1288, .3268], atol=5e-5)
    assert res.lambda_max == pytest.approx(7.1766, abs=5e-5)
    # CI = (7.1766 − 7) / 6 = 0.02944; RI(7) = 1.32 → CR = 0.0223, no warning
    assert res.ci == pytest.approx(0.17663 / 6, abs=1e-4)
    assert res.ri == 1.32
    assert res.cr == pytest.approx(0.17663 / 6 / 1.32, abs=1e-4)
    assert not res.warning
    assert res.ri_table_name == RI_TABLE_NAME == "Saaty (1980) classic random index"


def test_contributions_add_up_to_the_consistency_ratio():
    # λmax − n = (1/n) Σ_{i<j} (ε + 1/ε − 2) exactly, so the shares sum to CR
    res = ahp_weights(DRINKS)
    assert sum(j.contribution for j in res.inconsistent_judgements) == pytest.approx(res.cr, rel=1e-9)
    assert len(res.inconsistent_judgements) == 21  # 7·6/2 judgements


def test_three_by_three_cycle_hand_computed():
    # a12 = 2, a23 = 4, a13 = 1/2: λmax = 1 + r + 1/r with r = (a12·a23/a13)^(1/3) = 16^(1/3) = 2.519842
    # λmax = 1 + 2.519842 + 0.396850 = 3.916692; CI = 0.458346; CR = CI / 0.58 = 0.790252
    a = [[1, 2, 1 / 2], [1 / 2, 1, 4], [2, 1 / 4, 1]]
    res = ahp_weights(a)
    assert res.lambda_max == pytest.approx(3.916692, abs=1e-6)
    assert res.cr == pytest.approx(0.790252, abs=1e-6)
    assert res.warning


def test_the_wrong_judgement_is_named_first():
    # consistent from w = (8, 4, 2, 1) except a14 = 1/8 instead of 8
    w = np.array([8.0, 4, 2, 1])
    a = w[:, None] / w[None, :]
    a[0, 3], a[3, 0] = 1 / 8, 8
    res = ahp_weights(a.tolist())
    assert res.warning
    first = res.inconsistent_judgements[0]
    assert (first.i, first.j) == (0, 3)
    # the judgement the weights would agree with is far from the 1/8 given
    assert res.consistent_value(0, 3) > 4 * a[0, 3]


def test_warning_names_criteria_and_table():
    w = np.array([8.0, 4, 2, 1])
    a = w[:, None] / w[None, :]
    a[0, 3], a[3, 0] = 1 / 8, 8
    crits = [{"id": x, "name": n, "kind": "rating"} for x, n in
             zip("abcd", ["費用", "品質", "セキュリティ", "時間"], strict=True)]
    project = project_from(crits, [], weighting={"method": "ahp", "pairwise": a.tolist()})
    info = criterion_weights(project)
    problem = info.warning_problem([c.label for c in project.criteria])
    assert problem is not None
    assert "費用 : 時間" in problem.message("ja")
    assert "Saaty (1980) classic random index" in problem.message("en")
    assert "0.10" in problem.message("en")


def test_two_criteria_have_cr_zero():
    res = ahp_weights([[1, 3], [1 / 3, 1]])
    np.testing.assert_allclose(res.weights, [0.75, 0.25])
    assert res.cr == 0 and res.inconsistent_judgements == []


@pytest.mark.parametrize(
    ("matrix", "loc", "code"),
    [
        ([[1, 2], [0.4, 1]], "weighting.pairwise[0][1]", "vp_ahp_reciprocal"),
        ([[1, -2], [-0.5, 1]], "weighting.pairwise[0][1]", "vp_ahp_positive"),
        ([[2, 2], [0.5, 1]], "weighting.pairwise[0][0]", "vp_ahp_diagonal"),
    ],
)
def test_bad_matrix_refused_with_the_cell(matrix, loc, code):
    with pytest.raises(InputError) as err:
        ahp_weights(matrix)
    assert (err.value.problems[0].loc, err.value.problems[0].code) == (loc, code)


def test_more_than_fifteen_criteria_refused():
    with pytest.raises(InputError) as err:
        ahp_weights(np.ones((16, 16)).tolist())
    assert err.value.problems[0].code == "vp_ahp_too_many"


def test_ri_table_is_the_spec_table():
    assert SAATY_RI == (0, 0, .58, .90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59)


def test_rank_order_centroid_hand_computed():
    # n = 3: w1 = (1 + 1/2 + 1/3)/3 = 0.611111, w2 = (1/2 + 1/3)/3 = 0.277778, w3 = (1/3)/3 = 0.111111
    np.testing.assert_allclose(rank_order_centroid(3), [0.611111, 0.277778, 0.111111], atol=1e-6)
    assert rank_order_centroid(7).sum() == pytest.approx(1.0)


def test_direct_and_rank_methods_on_a_project():
    crits = [{"id": "cost", "kind": "cost", "weight": 40}, {"id": "q", "kind": "rating", "weight": 20},
             {"id": "s", "kind": "rating", "weight": 20}, {"id": "r", "kind": "yes_no", "weight": 10},
             {"id": "t", "kind": "number", "direction": "cost", "weight": 10}]
    direct = criterion_weights(project_from(crits, []))
    assert direct.as_dict() == pytest.approx({"cost": .4, "q": .2, "s": .2, "r": .1, "t": .1})
    assert direct.consistency_ratio is None and direct.ri_table_name is None
    ranked = criterion_weights(project_from(crits, [], weighting={"method": "rank"}))
    assert ranked.weights[0] == pytest.approx((1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5) / 5)


def test_override_weights_checks_ids_and_zero_sum():
    project = project_from([{"id": "a", "kind": "rating"}, {"id": "b", "kind": "rating"}], [])
    assert override_weights(project, {"a": 3}).as_dict() == {"a": 1.0, "b": 0.0}
    with pytest.raises(InputError) as err:
        override_weights(project, {"zz": 1})
    assert err.value.problems[0].code == "vp_override_unknown"
    with pytest.raises(InputError) as err:
        override_weights(project, {"a": 0, "b": 0})
    assert err.value.problems[0].code == "vp_all_weights_zero"


@given(st.lists(st.floats(0.05, 20), min_size=3, max_size=15))
def test_consistent_matrix_gives_its_weights_and_cr_zero(raw):
    w = np.array(raw) / sum(raw)
    res = ahp_weights((w[:, None] / w[None, :]).tolist())
    np.testing.assert_allclose(res.weights, w, rtol=1e-8)
    assert res.cr == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("matrix", [
    [[1, 2], [0.4, 1]],                      # not reciprocal
    [[1, -2], [-0.5, 1]],                    # not positive
    [[2, 2], [0.5, 1]],                      # diagonal not 1
    [[1.0] * 16 for _ in range(16)],         # more than fifteen criteria
])
def test_a_project_file_and_the_weights_refuse_a_matrix_alike(matrix):
    # one rule (project/checks.py ahp_problems): reading the file and computing the weights agree
    from vendorpick.project.io import parse_project

    n = len(matrix)
    data = {"format": "vendorpick/1", "start": "2027-01", "months": 1, "forecast": {"base_monthly_contacts": 100},
            "criteria": [{"id": f"c{k}", "kind": "rating", "weight": 1} for k in range(n)],
            "weighting": {"method": "ahp", "pairwise": matrix},
            "vendors": [{"name": "A", "plans": [{"name": "P"}], "scores": {f"c{k}": 3 for k in range(n)}}]}
    with pytest.raises(InputError) as from_file:
        parse_project(data)
    with pytest.raises(InputError) as from_weights:
        ahp_weights(matrix)
    assert [(p.loc, p.code) for p in from_file.value.problems] == \
        [(p.loc, p.code) for p in from_weights.value.problems]
