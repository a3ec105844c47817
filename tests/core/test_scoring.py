"""Normalisation, aggregation, must-haves, evaluators and ties (SPEC 4 and 6),
against hand-computed figures."""

from __future__ import annotations

import numpy as np
import pytest

from vendorpick.errors import InputError
from vendorpick.scoring import kernels
from vendorpick.scoring.rank import rank_project
from vendorpick.scoring.synthetic import fake_simulation, project_from
from vendorpick.scoring.table import spec_of

ALL_KINDS = [
    {"id": "cost", "kind": "cost", "weight": 40},
    {"id": "p90", "kind": "cost", "basis": "p90", "weight": 10},
    {"id": "security", "kind": "rating", "min": 1, "max": 5, "weight": 20},
    {"id": "rms", "kind": "yes_no", "weight": 10},
    {"id": "frt", "kind": "number", "direction": "cost", "weight": 10},
    {"id": "kpi", "kind": "number", "direction": "benefit", "weight": 10},
]


def vendor(name, plans=("P",), **scores):
    return {"name": name, "plans": [{"name": p} for p in plans], "scores": scores}


def all_kinds_case():
    vendors = [vendor("A", security=5, rms=True, frt=30, kpi=80),
               vendor("B", security=3, rms=False, frt=60, kpi=100),
               vendor("C", security=4, rms=True, frt=20, kpi=90)]
    project = project_from(ALL_KINDS, vendors)
    return project, fake_simulation(project, [100_000, 80_000, 125_000], p90=[120_000, 130_000, 125_000])


def test_weighted_sum_with_every_kind_hand_worked():
    # weights: cost .4, p90 .1, security .2, rms .1, frt .1, kpi .1
    # cost (total):  lowest 80k  → A 80/100 = .8,  B 1,            C 80/125 = .64
    # cost (p90):    lowest 120k → A 1,            B 120/130,      C 120/125 = .96
    # security (v − 1)/4         → A 1,            B .5,           C .75
    # rms yes/no                 → A 1,            B 0,            C 1
    # frt number/cost lowest 20  → A 20/30,        B 20/60,        C 1
    # kpi number/benefit high 100→ A .8,           B 1,            C .9
    # A = .32 + .1 + .2 + .1 + .0666667 + .08 = .8666667
    # B = .4 + .0923077 + .1 + 0 + .0333333 + .1 = .7256410
    # C = .256 + .096 + .15 + .1 + .1 + .09 = .792
    project, sim = all_kinds_case()
    res = rank_project(project, sim, sensitivity=False)
    assert [r.vendor for r in res.ranking] == ["A", "C", "B"]
    assert [r.score for r in res.ranking] == pytest.approx([86.66667, 79.2, 72.56410], abs=1e-4)
    b = res.ranking[2]
    assert b.scores == pytest.approx({"cost": 1, "p90": 120 / 130, "security": .5, "rms": 0,
                                      "frt": 1 / 3, "kpi": 1})
    assert b.raw["rms"] == 0 and b.raw["p90"] == 130_000 and b.total == 80_000
    assert res.weights == pytest.approx({"cost": .4, "p90": .1, "security": .2, "rms": .1, "frt": .1, "kpi": .1})


def test_zero_values_count_as_one():
    # cost 0 → 1; number/cost all 0 → 0/0 = 1; number/benefit all 0 → 1
    raw = np.array([[0.0, 0, 0], [50.0, 0, 0]])
    crits = [{"id": "c", "kind": "cost"}, {"id": "n", "kind": "number", "direction": "cost"},
             {"id": "b", "kind": "number", "direction": "benefit"}]
    spec = spec_of(project_from(crits, []).criteria)
    np.testing.assert_allclose(kernels.normalise(raw, spec), [[1, 1, 1], [0, 1, 1]])


def test_tzeng_huang_topsis_example():
    raw = np.array([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], dtype=float)
    spec = kernels.CriteriaSpec(np.full(3, kernels.NUMBER_BENEFIT), np.ones(3), np.full(3, 5.0))
    closeness = kernels.topsis(raw, np.array([.3, .4, .3]), spec) / 100
    np.testing.assert_allclose(closeness, [.5037, .6581, .7482, .3340], atol=5e-5)


def test_topsis_project_treats_cost_as_cost_and_yes_no_as_benefit():
    # cost 100/200 (cost), rms 1/0 (benefit), weights .5/.5.
    # r_cost = (100, 200)/223.607 = (.44721, .89443); v = (.22361, .44721); ideal .22361 (lowest)
    # r_rms = (1, 0)/1; v = (.5, 0); ideal .5
    # A sits on the ideal: D+ = 0 → closeness 1; B on the anti-ideal: closeness 0
    crits = [{"id": "cost", "kind": "cost"}, {"id": "rms", "kind": "yes_no"}]
    project = project_from(crits, [vendor("A", rms=True), vendor("B", rms=False)],
                           scoring={"method": "topsis"})
    res = rank_project(project, fake_simulation(project, [100, 200]), sensitivity=False)
    assert [(r.vendor, r.score) for r in res.ranking] == [("A", 100.0), ("B", 0.0)]
    assert res.method == "topsis"


def test_tie_goes_to_lower_total_cost():
    # equal weights; A: cost s 1, rating 3 → .5 → 75; B: cost s .5, rating 5 → 1 → 75: tie, A cheaper
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}]
    project = project_from(crits, [vendor("B", q=5), vendor("A", q=3)])
    res = rank_project(project, fake_simulation(project, [200, 100]), sensitivity=False)
    assert [(r.vendor, r.score) for r in res.ranking] == [("A", 75.0), ("B", 75.0)]


def test_tie_with_equal_cost_goes_to_vendor_then_plan_name():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}]
    project = project_from(crits, [vendor("B社", plans=("乙", "甲"), q=4), vendor("A社", q=4)])
    res = rank_project(project, fake_simulation(project, [100, 100, 100]), sensitivity=False)
    assert [(r.vendor, r.plan) for r in res.ranking] == [("A社", "P"), ("B社", "乙"), ("B社", "甲")]
    assert [r.rank for r in res.ranking] == [1, 2, 3]


def test_knock_outs_of_every_kind_with_every_reason():
    crits = [{"id": "cost", "kind": "cost"},
             {"id": "sec", "name": "セキュリティ", "kind": "rating", "must_min": 3},
             {"id": "rms", "name": "RMS", "kind": "yes_no", "must": True},
             {"id": "frt", "name": "初回返信", "kind": "number", "direction": "cost", "must_max": 60},
             {"id": "hrs", "name": "Hours", "kind": "number", "direction": "benefit", "must_min": 8}]
    vendors = [vendor("OK", sec=3, rms=True, frt=60, hrs=8),
               vendor("Bad", sec=2, rms=False, frt=61, hrs=7),
               {"name": "Day", "scores": {"sec": 5, "rms": True, "frt": 10, "hrs": 9},
                "plans": [{"name": "day", "coverage": ["weekday_day"]}]}]
    project = project_from(crits, vendors, settings={"required_bands": ["weekday_day", "holiday_night"]})
    res = rank_project(project, fake_simulation(project, [300, 100, 50]), sensitivity=False)
    assert [r.vendor for r in res.ranking] == ["OK"]
    assert res.ranking[0].scores["cost"] == 1.0  # the excluded cheaper ones are not the lowest
    bad, day = res.excluded
    assert [p.code for p in bad.reasons] == ["vp_must_min", "vp_must_yes", "vp_must_max", "vp_must_min"]
    assert bad.reason_texts("en")[0] == "\"セキュリティ\" is 2, below the required minimum 3"
    assert bad.reason_texts("ja")[2] == "「初回返信」が 61 で、必須条件の上限 60 を上回っています"
    assert [p.code for p in day.reasons] == ["vp_must_band"]
    assert "土日祝夜間" in day.reason_texts("ja")[0]
    assert "weekend/holiday night" in day.reason_texts("en")[0]
    assert res.to_json("en")["excluded"][1] == {"vendor": "Day", "plan": "day",
                                                "reasons": day.reason_texts("en")}


def test_required_band_covered_only_from_a_later_phase():
    plan = {"name": "staged", "coverage": ["weekday_day"],
            "phases": [{"from": "2027-03", "coverage": ["weekday_day", "holiday_day"]}]}
    project = project_from([{"id": "cost", "kind": "cost"}], [{"name": "S", "plans": [plan]}],
                           months=4, settings={"required_bands": ["holiday_day"]})
    res = rank_project(project, fake_simulation(project, [100]), sensitivity=False)
    (reason,) = res.excluded[0].reasons
    assert reason.code == "vp_must_band_partial"
    assert reason.ctx["count"] == 2 and reason.ctx["first"] == "2027-01"


def test_evaluators_are_averaged_and_disagreements_listed():
    crits = [{"id": "cost", "kind": "cost", "weight": 0}, {"id": "q", "kind": "rating"},
             {"id": "rms", "kind": "yes_no"}]
    evs = [{"evaluator": "山田", "scores": {"q": 2, "rms": True}},
           {"evaluator": "佐藤", "scores": {"q": 4, "rms": True}},
           {"evaluator": "鈴木", "scores": {"q": 3.6, "rms": False}}]
    half = [{"evaluator": "x", "scores": {"q": 3, "rms": True}},
            {"evaluator": "y", "scores": {"q": 3, "rms": False}}]
    vendors = [{"name": "E", "plans": [{"name": "P"}], "evaluations": evs},
               {"name": "H", "plans": [{"name": "P"}], "evaluations": half}]
    project = project_from(crits, vendors)
    res = rank_project(project, fake_simulation(project, [100, 100]), sensitivity=False)
    e = next(r for r in res.ranking if r.vendor == "E")
    h = next(r for r in res.ranking if r.vendor == "H")
    assert e.raw["q"] == pytest.approx((2 + 4 + 3.6) / 3)   # mean 3.2
    assert e.raw["rms"] == 1.0                             # 2 of 3 say true
    assert h.raw["rms"] == 0.0                             # 1 of 2 is not more than half
    # scale 1–5 → 40 % is 1.6: 2 vs 4 (2.0) and 2 vs 3.6 (1.6, not more) → one pair
    assert [(d.evaluator_a, d.evaluator_b) for d in res.disagreements] == [("山田", "佐藤")]
    assert res.to_json("ja")["disagreements"] == [
        {"vendor": "E", "criterion": "q", "evaluators": ["山田", "佐藤"], "values": [2.0, 4.0],
         "difference": 2.0}]


def test_missing_score_names_vendor_and_criterion():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "name": "品質", "kind": "rating"}]
    project = project_from(crits, [vendor("A", q=3), vendor("B社")])
    with pytest.raises(InputError) as err:
        rank_project(project, fake_simulation(project, [1, 2]))
    (problem,) = err.value.problems
    assert problem.loc == "vendors[1].scores.q"
    assert problem.message("ja") == "ベンダー「B社」に評価基準「品質」のスコアがありません"


def test_score_outside_its_scale_is_refused():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}]
    project = project_from(crits, [vendor("A", q=6)])
    with pytest.raises(InputError) as err:
        rank_project(project, fake_simulation(project, [1]))
    assert err.value.problems[0].code == "vp_score_range"


def test_weights_override_reranks_without_changing_the_project():
    project, sim = all_kinds_case()
    res = rank_project(project, sim, sensitivity=False, weights_override={"kpi": 1})
    # only kpi counts: B 1, C .9, A .8
    assert [r.vendor for r in res.ranking] == ["B", "C", "A"]
    assert res.weighting == "override" and project.criteria[0].weight == 40


def test_cost_scale_scales_figures_not_order():
    project, sim = all_kinds_case()
    plain = rank_project(project, sim, sensitivity=False)
    scaled = rank_project(project, sim, sensitivity=False, cost_scale=1.1)
    assert [r.vendor for r in scaled.ranking] == [r.vendor for r in plain.ranking]
    assert scaled.ranking[0].total == pytest.approx(110_000)
    assert scaled.ranking[0].score == pytest.approx(plain.ranking[0].score)


def test_every_candidate_excluded_gives_an_empty_ranking():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "rms", "kind": "yes_no", "must": True}]
    project = project_from(crits, [vendor("A", rms=False), vendor("B", rms=False)])
    res = rank_project(project, fake_simulation(project, [1, 2]))
    assert res.ranking == [] and len(res.excluded) == 2
    data = res.to_json("en")
    assert data["ranking"] == [] and data["weight_stability"] == {}


def test_a_single_candidate_wins_everything():
    project = project_from([{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}], [vendor("A", q=2)])
    res = rank_project(project, fake_simulation(project, [500]), draws=50)
    (only,) = res.ranking
    # cost s = 1 (it is the lowest), q s = (2 − 1)/4 = .25 → 100 × (.5 + .125) = 62.5
    assert (only.score, only.win_probability, only.price_to_win) == (62.5, 1.0, 0.0)
    assert res.weight_stability == {"cost": (0.0, 1.0), "q": (0.0, 1.0)}


def test_without_sensitivity_the_figures_are_null():
    project, sim = all_kinds_case()
    data = rank_project(project, sim, sensitivity=False).to_json("en")
    assert data["ranking"][0]["win_probability"] is None and data["ranking"][1]["price_to_win"] is None
    assert data["weight_stability"] == {}


def test_topsis_cost_with_p90_basis_uses_the_p90():
    # p90 values 300 and 400 (totals reversed: 500, 100), rating 2 and 4, weights .5/.5
    # cost column: r = (300, 400)/500 = (.6, .8), v = (.3, .4), ideal .3 (lowest), anti .4
    # rating: r = (2, 4)/√20 = (.44721, .89443), v = (.22361, .44721), ideal .44721, anti .22361
    # A: D+ = .22361, D− = .1 → .1/.32361 = .30902;  B: D+ = .1, D− = .22361 → .69098
    crits = [{"id": "risk", "kind": "cost", "basis": "p90"}, {"id": "q", "kind": "rating"}]
    project = project_from(crits, [vendor("A", q=2), vendor("B", q=4)], scoring={"method": "topsis"})
    sim = fake_simulation(project, [500, 100], p90=[300, 400])
    res = rank_project(project, sim, sensitivity=False)
    assert [(r.vendor, round(r.score, 3)) for r in res.ranking] == [("B", 69.098), ("A", 30.902)]
    assert res.ranking[0].raw["risk"] == 400
