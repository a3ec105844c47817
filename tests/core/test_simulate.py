"""simulate(): Monte Carlo, JSON of SPEC 5/6, the command line, reproducibility, memory."""

from __future__ import annotations

import json
import tracemalloc

import numpy as np
import pytest

from vendorpick.cli import main
from vendorpick.pricing.montecarlo import Cancelled
from vendorpick.pricing.plans import month_costs
from vendorpick.pricing.simulate import _inputs, simulate
from vendorpick.project.demo import demo_project
from vendorpick.project.io import parse_project, save

MIXED_PLANS = [
    {"name": "fixed", "monthly_fee": 50000, "included_contacts": 500, "rate": 350, "setup_fee": 30000,
     "surcharges": {"weekday_night": {"multiplier": 1.25}, "holiday_night": {"multiplier": 1.5, "monthly": 10000}}},
    {"name": "per contact", "rate": 300, "minimum_monthly_charge": 180000,
     "surcharges": {"holiday_day": {"per_contact": 40}}},
    {"name": "tiers", "tiers": [{"up_to": 400, "rate": 380}, {"up_to": 900, "rate": 300}, {"up_to": None, "rate": 240}],
     "minimum_monthly_charge": 150000, "night_hours": {"start": 18, "end": 9}},
    {"name": "day only", "monthly_fee": 20000, "included_contacts": 80, "rate": 300,
     "coverage": ["weekday_day", "holiday_day"], "tax_included": True,
     "phases": [{"from": "2027-04", "coverage": ["weekday_day", "weekday_night", "holiday_day", "holiday_night"]}]},
]


def mixed_project(cv: float = 0.3, rho: float = 0.4, budget: float | None = 260000, months: int = 6):
    return parse_project({
        "format": "vendorpick/1", "start": "2027-01", "months": months,
        "forecast": {"base_monthly_contacts": 800, "uncertainty": {"cv": cv, "correlation": rho},
                     "events": [{"name": "SALE", "start": "2027-03-04", "end": "2027-03-11", "multiplier": 2.2}]},
        "vendors": [{"name": "A", "plans": MIXED_PLANS[:2]}, {"name": "B", "plans": MIXED_PLANS[2:]}],
        "settings": {"in_house_cost_per_contact": 900, "monthly_budget": budget},
    })


def naive_monte_carlo(project, scenarios: int, seed: int):
    """An independent, slow implementation: the SPEC 3 formula evaluated on the
    scaled band volumes of every scenario (same draws: M + 1 normals a scenario)."""
    inp = _inputs(project)
    s = project.settings
    cv, rho = project.forecast.uncertainty.cv, project.forecast.uncertainty.correlation
    m = project.months
    z = np.random.Generator(np.random.PCG64(seed)).standard_normal((scenarios, m + 1))
    sigma2 = np.log(1 + cv * cv)
    x = np.exp(np.sqrt(sigma2) * (np.sqrt(rho) * z[:, :1] + np.sqrt(1 - rho) * z[:, 1:]) - sigma2 / 2)
    totals, over = [], []
    for row in x:
        mc = month_costs(inp.bands * row[None, :, None], inp.covers, inp.terms, s.in_house_cost_per_contact)
        totals.append(mc.cost.sum(axis=1))
        bill = mc.plan_charge + mc.options  # SPEC 6: the vendor's monthly bill, no setup fee, no in-house cost
        over.append((bill > s.monthly_budget).any(axis=1) if s.monthly_budget is not None else None)
    return np.array(totals), np.array(over)


def test_monte_carlo_matches_a_naive_implementation():
    p = mixed_project()
    r = simulate(p, scenarios=400, seed=7, chunk=128)
    totals, over = naive_monte_carlo(p, 400, 7)
    np.testing.assert_allclose(r.scenario_totals, totals, rtol=1e-10)
    np.testing.assert_allclose(r.risk_p90, np.percentile(totals, 90, axis=0), rtol=1e-10)
    np.testing.assert_allclose(r.budget.probability_any_month_over, over.mean(axis=0))
    cheapest = np.bincount(totals.argmin(axis=1), minlength=4) / 400
    np.testing.assert_allclose(r.cheapest_probability, cheapest)
    assert r.cheapest_probability.sum() == pytest.approx(1.0)


def test_results_do_not_depend_on_the_chunk_size():
    p = mixed_project()
    a = simulate(p, scenarios=1000, seed=3, chunk=97)
    b = simulate(p, scenarios=1000, seed=3, chunk=1000)
    np.testing.assert_allclose(a.scenario_totals, b.scenario_totals, rtol=1e-12)
    np.testing.assert_allclose(a.budget.probability_any_month_over, b.budget.probability_any_month_over)


def test_same_seed_same_output_other_seed_other_output():
    p = mixed_project()
    assert simulate(p, 300, 11).to_json() == simulate(p, 300, 11).to_json()
    assert simulate(p, 300, 11).to_json() != simulate(p, 300, 12).to_json()


def test_ties_share_the_cheapest_probability():
    # Two identical plans: each is cheapest in every scenario with share 1/2.
    data = {"format": "vendorpick/1", "start": "2027-01", "forecast": {"base_monthly_contacts": 500},
            "vendors": [{"name": "A", "plans": [{"name": "p", "rate": 300}]},
                        {"name": "B", "plans": [{"name": "p", "rate": 300}]},
                        {"name": "C", "plans": [{"name": "p", "rate": 301}]}]}
    r = simulate(parse_project(data), scenarios=200)
    np.testing.assert_allclose(r.cheapest_probability, [0.5, 0.5, 0.0])


def test_json_has_exactly_the_keys_of_spec_5_6_and_10():
    r = simulate(mixed_project(), scenarios=200)
    out = json.loads(json.dumps(r.to_json()))
    assert set(out) == {"months", "contacts", "candidates", "crossovers"}
    assert out["months"] == ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]
    c = out["candidates"][0]
    assert set(c) == {"vendor", "plan", "monthly_cost", "total", "vendor_cost", "uncovered_contacts",
                      "uncovered_cost", "risk", "cheapest_probability", "budget", "units", "seat_cost"}
    assert (c["units"], c["seat_cost"]) == ("contact", 0.0)  # SPEC 10; no channels: no by-channel key
    assert set(c["risk"]) == {"mean", "p50", "p90", "p95"}
    assert set(c["budget"]) == {"months_over", "probability_any_month_over"}
    assert (c["vendor"], c["plan"]) == ("A", "fixed")
    assert sum(c["monthly_cost"]) == pytest.approx(c["total"])
    for x in out["crossovers"]:
        assert set(x) == {"a", "b", "monthly_contacts"} and len(x["a"]) == 2 and x["monthly_contacts"] > 0
    no_budget = simulate(mixed_project(budget=None), scenarios=200).to_json()
    assert "budget" not in no_budget["candidates"][0]


def test_progress_and_cancel():
    seen: list[float] = []
    simulate(mixed_project(), scenarios=1000, chunk=250, progress=seen.append)
    assert seen == [0.25, 0.5, 0.75, 1.0]
    calls = iter([False, True])
    with pytest.raises(Cancelled):
        simulate(mixed_project(), scenarios=1000, chunk=250, cancelled=lambda: next(calls))


def test_no_candidates():
    p = parse_project({"format": "vendorpick/1", "start": "2027-01", "forecast": {"base_monthly_contacts": 10}})
    r = simulate(p, scenarios=100)
    assert r.scenario_totals.shape == (100, 0) and r.to_json()["candidates"] == []


def test_memory_does_not_grow_with_scenarios_times_months():
    # 200,000 scenarios × 2 candidates × 60 months would be 192 MB as one float64 array;
    # only the (S × C) totals (3.2 MB) and one chunk are held.
    data = {"format": "vendorpick/1", "start": "2027-01", "months": 60, "forecast": {"base_monthly_contacts": 600},
            "vendors": [{"name": "A", "plans": [MIXED_PLANS[0], MIXED_PLANS[2]]}]}
    p = parse_project(data)
    tracemalloc.start()
    try:
        simulate(p, scenarios=200_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40e6


def test_demo_project_runs():
    r = simulate(demo_project())
    assert len(r.candidates) == 11 and r.scenario_totals.shape == (10000, 11)
    assert np.all(r.risk_p50 <= r.risk_p90) and np.all(r.risk_p90 <= r.risk_p95)


def test_demo_has_channels_a_per_minute_and_a_dedicated_seat_quote():
    project = demo_project()
    assert [(c.id, c.share, c.channel_kind) for c in project.forecast.channel_list()] == \
        [("message", 0.5, "deferred"), ("mail", 0.3, "deferred"), ("phone", 0.2, "live")]
    r = simulate(project, scenarios=200)
    units = dict(zip([c.plan for c in r.candidates], r.units, strict=True))
    assert units["時間課金（1分単位）"] == "minute"
    seat = [c.plan for c in r.candidates].index("専任1席（平日日中）")
    # 1 seat × ¥1,800 an hour × 9 hours (9:00–18:00) × 240 weekday-type days of 2027: 261 Monday–Friday
    # dates less 16 public holidays on weekdays and the shop's 5 weekday closures (13 and 16 August,
    # 29–31 December) = 3,888,000
    assert r.seat_cost[seat] == pytest.approx(1800 * 9 * 240, rel=1e-12)
    # the short-hours team: 1 seat × ¥1,800 × 4 hours (13:00–17:00) every day of 2027 = 2,628,000
    short = [c.plan for c in r.candidates].index("専任1席（毎日13〜17時）")
    assert r.seat_cost[short] == pytest.approx(1800 * 4 * 365, rel=1e-12)
    assert r.seat_cost.sum() == pytest.approx(r.seat_cost[seat] + r.seat_cost[short], rel=1e-12)


# ------------------------------------------------------------------ command line


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.vendorpick.json"
    save(mixed_project(), path)
    return str(path)


def test_cli_json(demo_file, capsys):
    assert main(["simulate", demo_file, "--json", "--scenarios", "200", "--seed", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["candidates"]) == 4


@pytest.mark.parametrize("lang, words", [("en", ["Total (incl. tax)", "P90", "Cheapest", "¥"]),
                                         ("ja", ["合計（税込）", "最安確率", "円"])])
def test_cli_text(demo_file, capsys, lang, words):
    assert main(["simulate", demo_file, "--scenarios", "200", "--lang", lang]) == 0
    out = capsys.readouterr().out
    for w in words:
        assert w in out
    # thousands separators, whole yen: the fixed plan costs 6 × 50,000 + … ≥ 300,000
    assert any("," in token for token in out.split())


@pytest.mark.parametrize("args, en, ja", [
    (["--scenarios", "5"], "from 100 to 1,000,000", "100 から 1,000,000"),
    (["--scenarios", "2000000"], "from 100 to 1,000,000", "100 から 1,000,000"),
    (["--seed", "-1"], "seed must be a whole number ≥ 0", "0 以上の整数"),
])
def test_cli_bad_values_exit_2_with_a_bilingual_message(demo_file, capsys, args, en, ja):
    assert main(["simulate", demo_file, *args, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert en in err and "Traceback" not in err
    assert main(["simulate", demo_file, *args, "--lang", "ja"]) == 2
    err = capsys.readouterr().err
    assert ja in err and "Traceback" not in err


def test_cli_unparsable_value_and_bad_file_exit_2(demo_file, tmp_path, capsys):
    assert main(["simulate", demo_file, "--scenarios", "many"]) == 2
    bad = tmp_path / "bad.vendorpick.json"
    bad.write_text('{"format": "vendorpick/1", "start": "2027-13", "forecast": {}}', encoding="utf-8")
    assert main(["simulate", str(bad), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "start" in err and "Traceback" not in err


@pytest.mark.parametrize("scenarios", [100, 101, 999, 4321])
def test_percentiles_equal_numpys_default(scenarios):
    from vendorpick.pricing.montecarlo import percentiles

    totals = np.random.default_rng(scenarios).lognormal(0, 0.3, (scenarios, 5)) * 1e5
    np.testing.assert_array_equal(percentiles(totals), np.percentile(totals, [50, 90, 95], axis=0))


def test_text_rounds_half_up_to_whole_yen_with_separators():
    from vendorpick.pricing.report import yen

    assert yen(236107.53, "en") == "¥236,108"
    assert yen(1234567.5, "ja") == "1,234,568円"
    assert yen(0.49, "en") == "¥0"
