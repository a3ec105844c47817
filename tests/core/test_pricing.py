"""Cost rules of SPEC sections 3 and 6, each against figures worked out by hand.

Unless said otherwise the month is January 2027 of the SPEC worked example:
620 contacts; with the default night window 22→5 the bands are
weekday_day 269.1667, weekday_night 110.8333, holiday_day 170, holiday_night 70.
"""

from __future__ import annotations

import numpy as np
import pytest

from vendorpick.pricing.simulate import monthly_cost_at, simulate
from vendorpick.project.io import parse_project

WD_DAY, WD_NIGHT, HO_DAY, HO_NIGHT = 19 * 20 * 17 / 24, 19 * 20 * 7 / 24, 170.0, 70.0


def project(*plans: dict, forecast: dict | None = None, months: int = 1, **settings):
    fc = {"base_monthly_contacts": 620, "uncertainty": {"cv": 0.0, "correlation": 0.5}}
    fc.update(forecast or {})
    named = [{"name": f"plan {i}", **p} for i, p in enumerate(plans)]
    return parse_project({"format": "vendorpick/1", "start": "2027-01", "months": months, "forecast": fc,
                          "vendors": [{"name": "V", "plans": named}], "settings": settings})


def run(*plans: dict, **kw):
    return simulate(project(*plans, **kw), scenarios=100)


def test_spec_worked_example_to_the_yen():
    # Plan P: H = 620, Q = 320, usage = 128,000, m̄ = (269.1667 + 1.25·350.8333)/620 = 1.141465,
    # plan_charge = 50,000 + 146,107.53; + holiday_night option 10,000 + setup 30,000 = 236,107.53.
    p = {"monthly_fee": 50000, "included_contacts": 300, "rate": 400, "setup_fee": 30000, "surcharges": {
        "weekday_night": {"multiplier": 1.25}, "holiday_day": {"multiplier": 1.25},
        "holiday_night": {"multiplier": 1.25, "monthly": 10000}}}
    # Plan Q: 300 a contact, weekday_day only, minimum 20,000: usage = 269.1667·300 = 80,750;
    # U = 350.8333 at 800 = 280,666.67; cost = 361,416.67.
    q = {"rate": 300, "coverage": ["weekday_day"], "minimum_monthly_charge": 20000}
    r = run(p, q, in_house_cost_per_contact=800)
    assert round(r.total[0], 2) == 236107.53
    assert round(r.total[1], 2) == 361416.67
    assert round(r.vendor_cost[1], 2) == 80750.00
    assert r.uncovered_contacts[1] == pytest.approx(350.8333333333)
    assert round(r.uncovered_cost[1], 2) == 280666.67
    assert r.uncovered_contacts[0] == 0.0


TIERS = [{"up_to": 300, "rate": 380}, {"up_to": 800, "rate": 300}, {"up_to": None, "rate": 240}]


def test_tiers_crossing_boundaries():
    # 620 billable: 300·380 + 320·300 = 114,000 + 96,000 = 210,000.
    assert run({"tiers": TIERS}).total[0] == pytest.approx(210000.0)
    # 1,000 billable: 114,000 + 500·300 + 200·240 = 114,000 + 150,000 + 48,000 = 312,000.
    assert run({"tiers": TIERS}, forecast={"base_monthly_contacts": 1000}).total[0] == pytest.approx(312000.0)
    # 1,000 handled, 100 included → 900 billable: 114,000 + 150,000 + 100·240 = 288,000.
    r = run({"tiers": TIERS, "included_contacts": 100}, forecast={"base_monthly_contacts": 1000})
    assert r.total[0] == pytest.approx(288000.0)
    # 200 billable, inside the first tier: 200·380 = 76,000.
    assert run({"tiers": TIERS}, forecast={"base_monthly_contacts": 200}).total[0] == pytest.approx(76000.0)


def test_minimum_charge_binding_and_not():
    # 620·100 = 62,000 < 70,000 → 70,000; the holiday_night option 10,000 comes on top.
    binding = {"rate": 100, "minimum_monthly_charge": 70000, "surcharges": {"holiday_night": {"monthly": 10000}}}
    assert run(binding).total[0] == pytest.approx(80000.0)
    # 62,000 > 50,000 → 62,000.
    assert run({"rate": 100, "minimum_monthly_charge": 50000}).total[0] == pytest.approx(62000.0)


def test_multiplier_surcharge_on_billable_prices_at_the_band_mix():
    # rate 100, holiday_day ×2: m̄ = (620 + 170)/620; usage·m̄ = 62,000·790/620 = 79,000.
    r = run({"rate": 100, "surcharges": {"holiday_day": {"multiplier": 2}}})
    assert r.total[0] == pytest.approx(79000.0)
    # 310 included: Q = 310, usage 31,000 · 790/620 = 39,500 (the multiplier touches billable contacts only).
    r = run({"rate": 100, "included_contacts": 310, "surcharges": {"holiday_day": {"multiplier": 2}}})
    assert r.total[0] == pytest.approx(39500.0)


def test_per_contact_surcharge_on_every_handled_contact_of_the_band():
    # 62,000 + 110.8333·50 = 62,000 + 5,541.67 = 67,541.67; included contacts pay it too:
    # with 1,000 included, usage is 0 and the charge is 5,541.67.
    r = run({"rate": 100, "surcharges": {"weekday_night": {"per_contact": 50}}})
    assert r.total[0] == pytest.approx(62000 + WD_NIGHT * 50)
    r = run({"rate": 100, "included_contacts": 1000, "surcharges": {"weekday_night": {"per_contact": 50}}})
    assert r.total[0] == pytest.approx(WD_NIGHT * 50)


def test_monthly_option_charged_only_when_the_band_is_covered():
    # Covered: 62,000 + 10,000.  Not covered: holiday_night's 70 contacts go in-house at 1,000
    # (70,000) and the option is not charged: (620 − 70)·100 + 70,000 = 55,000 + 70,000 = 125,000.
    opt = {"holiday_night": {"monthly": 10000}}
    assert run({"rate": 100, "surcharges": opt}).total[0] == pytest.approx(72000.0)
    r = run({"rate": 100, "surcharges": opt, "coverage": ["weekday_day", "weekday_night", "holiday_day"]},
            in_house_cost_per_contact=1000)
    assert r.vendor_cost[0] == pytest.approx(55000.0)
    assert r.uncovered_cost[0] == pytest.approx(70000.0)
    assert r.total[0] == pytest.approx(125000.0)


def test_coverage_gap_priced_at_in_house_cost():
    # Day bands only, 100 a contact, in-house 1,000: H = 269.1667 + 170 = 439.1667 → 43,916.67;
    # U = 110.8333 + 70 = 180.8333 → 180,833.33; total 224,750.
    r = run({"rate": 100, "coverage": ["weekday_day", "holiday_day"]}, in_house_cost_per_contact=1000)
    assert r.vendor_cost[0] == pytest.approx(43916.6666667)
    assert r.uncovered_contacts[0] == pytest.approx(180.8333333)
    assert r.total[0] == pytest.approx(224750.0)
    # Tax (10 %) on the vendor's 43,916.67 only: 48,308.33 + 180,833.33 = 229,141.67.
    assert r.total_tax_included[0] == pytest.approx(229141.6666667)
    # No coverage at all: the fee still runs, every contact in-house: 5,000 + 620·1,000.
    r = run({"monthly_fee": 5000, "coverage": []}, in_house_cost_per_contact=1000)
    assert r.total[0] == pytest.approx(625000.0)


def test_tax_included_quote_is_normalised():
    # Quoted with 10 % tax: fee 55,000 → 50,000; rate 330 → 300; setup 33,000 → 30,000;
    # holiday_night option 11,000 → 10,000; included 200 stays a count.
    # Q = 420 → 126,000; total 50,000 + 126,000 + 10,000 + 30,000 = 216,000; ×1.1 = 237,600 tax included.
    plan = {"monthly_fee": 55000, "included_contacts": 200, "rate": 330, "setup_fee": 33000,
            "tax_included": True, "surcharges": {"holiday_night": {"monthly": 11000}}}
    r = run(plan)
    assert r.total[0] == pytest.approx(216000.0)
    assert r.total_tax_included[0] == pytest.approx(237600.0)
    # Minimum, tiers and per-contact add-ons too; multipliers untouched.  Tiers 440 up to 100, then 330
    # → 400 and 300; per-contact 55 → 50 on 70 holiday_night contacts; minimum 1,100,000 → 1,000,000 binds.
    tiers = [{"up_to": 100, "rate": 440}, {"up_to": None, "rate": 330}]
    r = run({"tiers": tiers, "tax_included": True, "surcharges": {"holiday_night": {"per_contact": 55}}})
    assert r.total[0] == pytest.approx(100 * 400 + 520 * 300 + 70 * 50)
    r = run({"rate": 110, "tax_included": True, "minimum_monthly_charge": 1_100_000})
    assert r.total[0] == pytest.approx(1_000_000.0)


def test_setup_fee_in_the_first_month_only():
    # Two months (Jan 620, Feb 280 with index): flat 100 a contact + setup 30,000 in January.
    r = run({"rate": 100, "setup_fee": 30000}, months=2,
            forecast={"base_monthly_contacts": 1, "monthly_index": [620, 280] + [1] * 10})
    np.testing.assert_allclose(r.monthly_cost[0], [92000.0, 28000.0])


PHASED = {"rate": 100, "setup_fee": 1000, "coverage": ["weekday_day"],
          "night_hours": {"start": 0, "end": 0},
          "surcharges": {"holiday_day": {"monthly": 5000}},
          "phases": [{"from": "2027-02", "coverage": ["weekday_day", "holiday_day"]},
                     {"from": "2027-03", "coverage": ["holiday_day"]}]}
# base 1, index Jan 620 / Feb 280 / Mar 310 → 20, 10, 10 a day; no night hours.
# Jan: 19 weekday-type days (380), 12 holiday-type (240).  Feb: Feb 11 and 23 are holidays →
# 18 weekday-type (180), 10 holiday-type (100).  Mar: 22 weekday-type (220), 9 holiday-type (90).
PHASED_FORECAST = {"base_monthly_contacts": 1, "monthly_index": [620, 280, 310] + [1] * 9}


def test_phases_replace_coverage_and_options_follow_it():
    # Jan: weekday_day only: 380·100 + setup 1,000 = 39,000; 240 in-house at 500 = 120,000.
    # Feb: both day bands: 280·100 + option 5,000 = 33,000; nothing uncovered.
    # Mar: holiday_day only: 90·100 + 5,000 = 14,000; 220 in-house = 110,000.
    r = run(PHASED, months=3, forecast=PHASED_FORECAST, in_house_cost_per_contact=500)
    np.testing.assert_allclose(r.monthly_vendor_cost[0], [39000.0, 33000.0, 14000.0])
    np.testing.assert_allclose(r.monthly_uncovered_contacts[0], [240.0, 0.0, 220.0])
    np.testing.assert_allclose(r.monthly_cost[0], [159000.0, 33000.0, 124000.0])
    assert r.total[0] == pytest.approx(316000.0)
    assert r.uncovered_cost[0] == pytest.approx(230000.0)


def test_budget_months_over_and_probability():
    # SPEC 6: the ceiling is compared with the vendor's monthly bill, without the setup fee and
    # without the in-house cost of uncovered contacts.  Bills (previous test): Jan 39,000 − setup
    # 1,000 = 38,000, Feb 33,000, Mar 14,000 (the 120,000 and 110,000 in-house are not billed).
    # Budget 35,000 → Jan only; with cv = 0 every scenario is the expected one: probability 1.
    r = run(PHASED, months=3, forecast=PHASED_FORECAST, in_house_cost_per_contact=500, monthly_budget=35000)
    assert r.budget.months_over == [["2027-01"]]
    assert r.budget.probability_any_month_over[0] == 1.0
    # Budget 38,000: Jan's bill equals it (not over) although its cost with setup and in-house is 159,000.
    r = run(PHASED, months=3, forecast=PHASED_FORECAST, in_house_cost_per_contact=500, monthly_budget=38000)
    assert r.budget.months_over == [[]]
    assert r.budget.probability_any_month_over[0] == 0.0
    assert run(PHASED, months=3, forecast=PHASED_FORECAST).budget is None


def test_a_one_yen_setup_fee_does_not_put_month_one_over_the_budget():
    # 620 contacts at 100 = 62,000 a month (all bands covered) + a ¥1 setup fee in month 1.
    # Budget 62,000: the bill equals it in every month: nothing over, probability 0.
    plan = {"rate": 100, "setup_fee": 1}
    r = run(plan, monthly_budget=62000)
    assert r.monthly_vendor_cost[0, 0] == pytest.approx(62001.0)
    assert r.budget.months_over == [[]]
    assert r.budget.probability_any_month_over[0] == 0.0
    r = run(plan, monthly_budget=61999)
    assert r.budget.months_over == [["2027-01"]]
    assert r.budget.probability_any_month_over[0] == 1.0


def test_band_cost_and_fixed_part_add_up():
    # Worked example plan P: usage·m̄ = 146,107.53 split by b_x·multiplier_x/H; fee, setup fixed.
    p = {"monthly_fee": 50000, "included_contacts": 300, "rate": 400, "setup_fee": 30000, "surcharges": {
        "weekday_night": {"multiplier": 1.25}, "holiday_day": {"multiplier": 1.25},
        "holiday_night": {"multiplier": 1.25, "monthly": 10000}}}
    r = run(p)
    assert r.band_cost[0, 0, 0] == pytest.approx(128000 * WD_DAY / 620)
    assert r.band_cost[0, 0, 3] == pytest.approx(128000 * 1.25 * HO_NIGHT / 620 + 10000)
    assert r.monthly_fixed_cost[0, 0] == pytest.approx(80000.0)
    assert r.band_cost[0].sum() + r.monthly_fixed_cost[0].sum() == pytest.approx(r.total[0])


def _crossovers(a: dict, b: dict):
    r = run(a, b)
    return [(c.monthly_contacts, c.volumes) for c in r.crossovers]


def test_crossover_single():
    # A: 50,000 for up to 150, then 350; B: 400 a contact.  400V = 50,000 at V = 125 (< 150).
    # Past 150, A rises by 350 < 400: no second crossing.
    assert _crossovers({"monthly_fee": 50000, "included_contacts": 150, "rate": 350}, {"rate": 400}) == \
        [(pytest.approx(125.0), (pytest.approx(125.0),))]


def test_crossovers_beyond_100_times_the_largest_month_are_not_reported():
    # One month of 620 contacts: the limit is 62,000 contacts a month (SPEC 6).
    # A: 1,000 + 100 V; B: 100.01 V → equal at V = 1,000 / 0.01 = 100,000 > 62,000: not reported.
    assert _crossovers({"monthly_fee": 1000, "rate": 100}, {"rate": 100.01}) == []
    # B: 100.02 V → V = 1,000 / 0.02 = 50,000 ≤ 62,000: reported.
    assert _crossovers({"monthly_fee": 1000, "rate": 100}, {"rate": 100.02}) == \
        [(pytest.approx(50000.0), (pytest.approx(50000.0),))]


def test_crossover_twice_reports_the_lowest_and_lists_all():
    # A: 50,000 up to 150, then 500; B: 400.  Equal at 125, and 500V − 25,000 = 400V at V = 250.
    (low, all_), = _crossovers({"monthly_fee": 50000, "included_contacts": 150, "rate": 500}, {"rate": 400})
    assert low == pytest.approx(125.0)
    assert all_ == (pytest.approx(125.0), pytest.approx(250.0))


def test_crossover_touching_or_never_is_none():
    # A: 400 a contact; B: 300 a contact: B cheaper at every V > 0, equal only at 0.
    assert _crossovers({"rate": 400}, {"rate": 300}) == []
    # A = max(30,000, 300V); B = 20,000 + 100V up to 100, then 30,000 + 250(V − 100):
    # A − B > 0 below 100, = 0 at 100, = 50V − 5,000 > 0 above: they touch, never cross.
    b = {"monthly_fee": 20000, "tiers": [{"up_to": 100, "rate": 100}, {"up_to": None, "rate": 250}]}
    assert _crossovers({"rate": 300, "minimum_monthly_charge": 30000}, b) == []


def test_crossover_after_an_equal_stretch_is_where_it_starts():
    # A = max(30,000, 300V); B = 20,000 + 100V (V ≤ 100), 300V (100–200), 350V − 10,000 (> 200).
    # A − B: > 0 below 100, 0 on [100, 200], < 0 above 200 → the costs meet at 100.
    b = {"monthly_fee": 20000, "tiers": [{"up_to": 100, "rate": 100}, {"up_to": 200, "rate": 300},
                                         {"up_to": None, "rate": 350}]}
    assert _crossovers({"rate": 300, "minimum_monthly_charge": 30000}, b) == \
        [(pytest.approx(100.0), (pytest.approx(100.0),))]


def test_monthly_cost_at_uses_the_average_mix_and_no_setup():
    # Worked-example mix at 620 contacts a month reproduces plan P without its setup fee:
    # 236,107.53 − 30,000 = 206,107.53; at 310 contacts: Q = 10, m̄ unchanged → 50,000 + 4,000·1.141465 + 10,000.
    p = {"monthly_fee": 50000, "included_contacts": 300, "rate": 400, "setup_fee": 30000, "surcharges": {
        "weekday_night": {"multiplier": 1.25}, "holiday_day": {"multiplier": 1.25},
        "holiday_night": {"multiplier": 1.25, "monthly": 10000}}}
    proj = project(p)
    mbar = (WD_DAY + 1.25 * (WD_NIGHT + HO_DAY + HO_NIGHT)) / 620
    assert round(monthly_cost_at(proj, 0, 620.0), 2) == 206107.53
    assert monthly_cost_at(proj, 0, 310.0) == pytest.approx(60000 + 4000 * mbar)
    np.testing.assert_allclose(monthly_cost_at(proj, 0, np.array([0.0, 300.0])), [60000.0, 60000.0])
