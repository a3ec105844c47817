"""Issue 10, points 5 and 12: cheapest among the ranked candidates, ties of
totals within 1e-6 yen, TOPSIS closeness 1 when nothing differs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from vendorpick.cli import main
from vendorpick.pricing.simulate import simulate
from vendorpick.project.io import parse_project
from vendorpick.scoring import kernels
from vendorpick.scoring.rank import cheapest_among, rank_project
from vendorpick.scoring.synthetic import fake_simulation, project_from

CRITS = [{"id": "cost", "kind": "cost", "weight": 1}, {"id": "rms", "kind": "yes_no", "weight": 1, "must": True}]


def vendor(name, plans=("P",), **scores):
    return {"name": name, "plans": [{"name": p} for p in plans], "scores": scores}


# ----------------------------------------------------------- point 5: cheapest among ranked


def test_cheapest_among_ranked_by_hand_over_four_scenarios():
    # C is excluded and the cheapest in every scenario. Among A and B:
    # s1 A (100 < 120), s2 B (110 < 130), s3 A (90 < 95), s4 tie (100 = 100): A 2.5/4, B 1.5/4
    project = project_from(CRITS, [vendor("A", rms=True), vendor("B", rms=True), vendor("C", rms=False)])
    scen = np.array([[100, 120, 50], [130, 110, 60], [90, 95, 40], [100, 100, 30]], dtype=float)
    sim = fake_simulation(project, scen.mean(axis=0), scenario_totals=scen)
    res = rank_project(project, sim, draws=0)
    got = {r.vendor: r.cheapest_probability for r in res.ranking}
    assert got == {"A": 0.625, "B": 0.375}
    assert sim.cheapest_probability.tolist() == [0, 0, 1]  # the all-candidates figure is unchanged
    assert res.to_json("en")["ranking"][0]["cheapest_probability"] == 0.625


def test_totals_within_a_millionth_of_a_yen_share_the_scenario():
    scen = np.array([[1000.0, 1000.0 + 4e-7, 1000.5]])
    np.testing.assert_allclose(cheapest_among(scen), [0.5, 0.5, 0.0])
    assert cheapest_among(np.zeros((0, 2))).tolist() == [0.0, 0.0]


def deterministic_project(cv=0.0):
    """One month of 100 contacts, cv 0: A per contact 300 → ¥30,000; B fixed ¥50,000;
    C per contact 100 → ¥10,000 but without RMS (a must-have)."""
    return parse_project({
        "format": "vendorpick/1", "start": "2027-01", "months": 1,
        "forecast": {"base_monthly_contacts": 100, "uncertainty": {"cv": cv}},
        "vendors": [{"name": "A社", "scores": {"rms": True}, "plans": [{"name": "従量", "rate": 300}]},
                    {"name": "B社", "scores": {"rms": True},
                     "plans": [{"name": "固定", "monthly_fee": 50000, "included_contacts": 1000}]},
                    {"name": "C社", "scores": {"rms": False}, "plans": [{"name": "格安", "rate": 100}]}],
        "criteria": CRITS, "settings": {"scenarios": 200}})


def test_rank_json_and_simulate_json_on_deterministic_plans(tmp_path, capsys):
    project = deterministic_project()
    sim = simulate(project)
    np.testing.assert_allclose(sim.total, [30000, 50000, 10000])
    path = tmp_path / "p.vendorpick.json"
    path.write_text(json.dumps(project.model_dump(mode="json", by_alias=True, exclude_none=True),
                               ensure_ascii=False), encoding="utf-8")
    assert main(["rank", str(path), "--json"]) == 0
    ranked = json.loads(capsys.readouterr().out)["ranking"]
    assert [(r["vendor"], r["cheapest_probability"]) for r in ranked] == [("A社", 1.0), ("B社", 0.0)]
    assert main(["simulate", str(path), "--json"]) == 0
    candidates = json.loads(capsys.readouterr().out)["candidates"]
    assert [c["cheapest_probability"] for c in candidates] == [0.0, 0.0, 1.0]


# ------------------------------------------------------------ point 12: ties and TOPSIS


def tax_included_pair():
    """B社 quotes ¥275 a contact and A社 a monthly fee of 500 × ¥275, both tax included
    (8 %), for 500 contacts a month: the same bill, converted to tax excluded along two
    paths that differ in the last bit (B社's total is 2.9e-11 yen lower)."""
    return parse_project({
        "format": "vendorpick/1", "start": "2027-01", "months": 1,
        "forecast": {"base_monthly_contacts": 500, "uncertainty": {"cv": 0.0}},
        "vendors": [{"name": "B社", "scores": {"q": 3}, "plans": [{"name": "従量", "rate": 275, "tax_included": True}]},
                    {"name": "A社", "scores": {"q": 3},
                     "plans": [{"name": "固定", "monthly_fee": 275 * 500, "included_contacts": 1000,
                                "tax_included": True}]}],
        "criteria": [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"}],
        "settings": {"scenarios": 100, "tax_rate": 0.08}})


def test_same_tax_included_price_divided_by_1_08_ties_and_goes_by_name():
    project = tax_included_pair()
    sim = simulate(project)
    assert sim.total[0] != sim.total[1] and abs(sim.total[0] - sim.total[1]) < 1e-6  # a rounding step
    for method in ("weighted_sum", "topsis"):
        project.scoring.method = method
        res = rank_project(project, sim, draws=0)
        assert [r.vendor for r in res.ranking] == ["A社", "B社"], method  # by name, not by the rounding step
        assert res.ranking[0].score == pytest.approx(res.ranking[1].score, abs=1e-9)
        assert {r.cheapest_probability for r in res.ranking} == {0.5}  # and they share "cheapest"
    names = [("B社", "P"), ("A社", "P")]
    for total in ([100.0, 100.0 + 3e-7], [100.0 + 3e-7, 100.0]):
        order = kernels.ranking_order(np.array([50.0, 50.0]), np.array(total), names)
        assert [names[i] for i in order] == [("A社", "P"), ("B社", "P")]
    # a real difference of a yen still decides
    order = kernels.ranking_order(np.array([50.0, 50.0]), np.array([99.0, 100.0]), names)
    assert [names[i] for i in order] == [("B社", "P"), ("A社", "P")]


@pytest.mark.parametrize("raw", [
    [[123.4, 3.0, 1.0]],                                     # a single candidate
    [[305.55555555555554, 3.0, 1.0], [305.5555555555556, 3.0, 1.0]],  # alike up to a rounding step
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],                      # all zero
])
def test_topsis_closeness_is_one_when_nothing_differs(raw):
    spec = kernels.CriteriaSpec(np.array([kernels.COST, kernels.RATING, kernels.YES_NO]),
                                np.ones(3), np.full(3, 5.0))
    scores = kernels.topsis(np.array(raw), np.array([0.5, 0.3, 0.2]), spec)
    np.testing.assert_array_equal(scores, 100.0)


def test_topsis_single_ranked_candidate_scores_100_in_a_project():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "kind": "rating"},
             {"id": "rms", "kind": "yes_no", "must": True}]
    project = project_from(crits, [vendor("A", q=2, rms=True), vendor("B", q=5, rms=False)],
                           scoring={"method": "topsis"})
    res = rank_project(project, fake_simulation(project, [500, 100]), draws=0)
    assert [(r.vendor, r.score) for r in res.ranking] == [("A", 100.0)]


# ------------------------------------------------------- point 10: the same yes/no words everywhere


def test_a_failed_yes_no_must_have_says_no_as_the_score_table_does():
    from vendorpick.excel.labels import label

    project = project_from(CRITS, [vendor("A", rms=True), vendor("B", rms=False)])
    res = rank_project(project, fake_simulation(project, [1, 2]), draws=0)
    (reason,) = res.excluded[0].reasons
    ja, en = reason.message("ja"), reason.message("en")
    assert f"「{label('no', 'ja')}」" in ja and "なし" not in ja  # いいえ, as the score table and the workbook
    assert f'"{label("no", "en")}"' in en and "「" not in en and "」" not in en


def test_english_words_of_the_core_cli_and_workbook_never_use_japanese_quotes():
    from vendorpick.excel.export_info import METHOD
    from vendorpick.excel.labels import LABELS
    from vendorpick.messages import MESSAGES

    english = [str(en) for en in MESSAGES.values()] + [str(en) for en in LABELS.values()]
    english += [en for _, en in METHOD]
    assert english and not [t for t in english if "「" in t or "」" in t]


def test_topsis_candidates_alike_up_to_rounding_all_score_100_law():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    spec = kernels.CriteriaSpec(np.array([kernels.COST, kernels.RATING, kernels.NUMBER_BENEFIT]),
                                np.ones(3), np.full(3, 5.0))
    value = st.floats(0.0, 1e9, allow_nan=False)

    @settings(max_examples=60, deadline=None)
    @given(row=st.tuples(value, st.floats(1, 5), value), copies=st.integers(1, 6),
           ulps=st.lists(st.integers(-4, 4), min_size=18, max_size=18),
           w=st.tuples(st.floats(0.01, 1), st.floats(0.01, 1), st.floats(0.01, 1)))
    def law(row, copies, ulps, w):
        base = np.array(row, dtype=float)
        raw = np.array([[np.nextafter(v, np.inf) if u > 0 else np.nextafter(v, -np.inf) if u < 0 else v
                         for v, u in zip(base, ulps[3 * c: 3 * c + 3], strict=True)] for c in range(copies)])
        weights = np.array(w) / sum(w)
        np.testing.assert_array_equal(kernels.topsis(raw, weights, spec), 100.0)

    law()
