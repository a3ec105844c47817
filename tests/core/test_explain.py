"""Why the winner won (issue 10, point 6): contributions and the one sentence,
against hand-worked figures."""

from __future__ import annotations

import pytest

from vendorpick.scoring.explain import contributions, explain_winner, reason_criteria
from vendorpick.scoring.rank import rank_project
from vendorpick.scoring.synthetic import fake_simulation, project_from

CRITERIA = [
    {"id": "cost", "name": "Cost", "kind": "cost", "weight": 50},
    {"id": "sec", "name": "Security", "kind": "rating", "weight": 30},
    {"id": "rms", "name": "RMS", "kind": "yes_no", "weight": 20},
]


def vendor(name, plans=("P",), **scores):
    return {"name": name, "plans": [{"name": p} for p in plans], "scores": scores}


def case(sensitivity=True):
    # A: total 100, security 5, RMS yes; B: total 80, security 3, RMS yes.
    # A: cost 80/100 = .8 → 40, security 1 → 30, RMS 1 → 20: 90
    # B: cost 1 → 50,           security .5 → 15, RMS 1 → 20: 85
    # B's price to win: A's cost s becomes .8(1 − x), A = 90 − 40x = 85 at x = .125,
    # and the tie then goes to B (lower total): 12.5 %.
    project = project_from(CRITERIA, [vendor("A", sec=5, rms=True), vendor("B", sec=3, rms=True)])
    return rank_project(project, fake_simulation(project, [100, 80]), draws=0, sensitivity=sensitivity)


def test_contributions_are_weight_times_score_times_100_and_add_up():
    ranking = case()
    table = contributions(ranking)
    assert list(table) == [("A", "P"), ("B", "P")]
    assert table[("A", "P")] == pytest.approx({"cost": 40, "sec": 30, "rms": 20})
    assert table[("B", "P")] == pytest.approx({"cost": 50, "sec": 15, "rms": 20})
    for r in ranking.ranking:
        assert sum(table[(r.vendor, r.plan)].values()) == pytest.approx(r.score)


def test_the_sentence_names_the_lead_criterion_gap_and_price_to_win():
    ranking = case()
    assert reason_criteria(ranking) == ["sec"]  # cost: A is behind; RMS: equal
    assert ranking.ranking[1].price_to_win == pytest.approx(0.125, abs=1e-6)
    assert explain_winner(ranking, "en") == (
        "A wins on \u201cSecurity\u201d; B is 5.0 points behind and would need a price cut of 12.5 % to rank first.")
    assert explain_winner(ranking, "ja") == (
        "Aは「Security」で上回り1位です。2位のBは5.0点差で、1位になるには12.5%の値下げが必要です。")


def test_two_criteria_largest_lead_first_and_plans_named_when_a_vendor_has_two():
    # weights .5/.3/.2; A/P1: cost 100 (s .5 → 25), security 5 → 30, RMS yes → 20 = 75
    # A/P2: cost 50 (s 1 → 50), same scores = 100 → first; B: cost 60 (s 5/6 → 41.67), security 1 → 0, RMS no → 0
    # P2 against P1: cost +25, others 0 → reasons [cost]
    project = project_from(CRITERIA, [vendor("A", plans=("P1", "P2"), sec=5, rms=True),
                                      vendor("B", sec=1, rms=False)])
    ranking = rank_project(project, fake_simulation(project, [100, 50, 60]), draws=0)
    assert [(r.vendor, r.plan) for r in ranking.ranking] == [("A", "P2"), ("A", "P1"), ("B", "P")]
    text = explain_winner(ranking, "en")
    assert text.startswith("A \u201cP2\u201d wins on \u201cCost\u201d; A \u201cP1\u201d is 25.0 points behind")
    # P1 needs its cost 100 below 50 to beat P2 → cut 50 %; the tie at exactly 50 goes to names (P1 first)
    assert ranking.ranking[1].price_to_win == pytest.approx(0.5, abs=1e-6)
    assert text.endswith("would need a price cut of 50.0 % to rank first.")
    # and B behind on everything: the winner's two largest leads over the runner-up, largest first
    project = project_from(CRITERIA, [vendor("A", sec=5, rms=True), vendor("B", sec=2, rms=False)])
    ranking = rank_project(project, fake_simulation(project, [100, 100]), draws=0)
    # A: 50 + 30 + 20 = 100; B: 50 + 7.5 + 0 = 57.5; leads: security 22.5, RMS 20, cost 0
    assert reason_criteria(ranking) == ["sec", "rms"]
    assert explain_winner(ranking, "ja").startswith("Aは「Security」と「RMS」で上回り1位です。2位のBは42.5点差")


def test_no_price_cut_can_make_it_first():
    # weights .4/.3/.3. A: cost 80/100 → 32, security 5 → 30, RMS yes → 30: 92
    # B: cost 1 → 40, security 1 → 0, RMS no → 0: 40. At most 40 for B, at least 60 for A: no cut helps.
    crits = [dict(c, weight=w) for c, w in zip(CRITERIA, (40, 30, 30), strict=True)]
    project = project_from(crits, [vendor("A", sec=5, rms=True), vendor("B", sec=1, rms=False)])
    ranking = rank_project(project, fake_simulation(project, [100, 80]), draws=0)
    assert ranking.ranking[1].price_to_win is None
    assert explain_winner(ranking, "en").endswith("is 52.0 points behind and no price cut alone would make it first.")
    assert explain_winner(ranking, "ja").endswith("52.0点差で、値下げだけでは1位になりません。")


def test_without_sensitivity_the_price_clause_is_left_out():
    assert explain_winner(case(sensitivity=False), "en") == "A wins on \u201cSecurity\u201d; B is 5.0 points behind."


def test_ties_say_how_they_were_decided():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "q", "name": "Quality", "kind": "rating"}]
    # A: cost 1, q 3 → .5 → 75; B: cost .5, q 5 → 1 → 75: tie, A cheaper
    project = project_from(crits, [vendor("B", q=5), vendor("A", q=3)])
    ranking = rank_project(project, fake_simulation(project, [200, 100]), draws=0)
    assert explain_winner(ranking, "en") == "A and B both score 75.0; A ranks first because its total cost is lower."
    project = project_from(crits, [vendor("B", q=4), vendor("A", q=4)])
    ranking = rank_project(project, fake_simulation(project, [100, 100]), draws=0)
    assert explain_winner(ranking, "ja") == "AとBは87.5点で総費用も同じため、名前順でAが1位です。"


def test_single_and_no_candidate():
    crits = [{"id": "cost", "kind": "cost"}, {"id": "rms", "kind": "yes_no", "must": True}]
    project = project_from(crits, [vendor("A", rms=True), vendor("B", rms=False)])
    ranking = rank_project(project, fake_simulation(project, [1, 2]), draws=0)
    assert explain_winner(ranking, "en") == "A is the only candidate that meets every must-have."
    project = project_from(crits, [vendor("A", rms=False)])
    ranking = rank_project(project, fake_simulation(project, [1]), draws=0)
    assert explain_winner(ranking, "ja") == "必須条件をすべて満たす候補がないため、1位はありません。"
    assert contributions(ranking) == {}
