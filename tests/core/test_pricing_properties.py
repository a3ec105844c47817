"""Laws of the pricing engine (hypothesis, profile of tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st

from vendorpick.pricing.plans import month_costs, plan_terms
from vendorpick.pricing.simulate import simulate
from vendorpick.pricing.volume import band_volumes, day_split, monthly_contacts
from vendorpick.project.io import parse_project
from vendorpick.project.model import BANDS, NightHours, Plan

money = st.floats(0, 100_000, allow_nan=False)
rate = st.floats(0, 1_000, allow_nan=False)
volume = st.floats(0, 3_000, allow_nan=False)
bands_st = st.lists(volume, min_size=4, max_size=4)


@st.composite
def tiers_st(draw):
    n = draw(st.integers(1, 3))
    ups = sorted(draw(st.sets(st.integers(1, 2000), min_size=n - 1, max_size=n - 1)))
    rates = draw(st.lists(rate, min_size=n, max_size=n))
    return [{"up_to": u, "rate": r} for u, r in zip([*ups, None], rates, strict=True)]


@st.composite
def surcharge_st(draw, min_multiplier: float = 0.0):
    return {b: {"multiplier": draw(st.floats(min_multiplier, 3.0)), "per_contact": draw(st.floats(0, 200)),
                "monthly": draw(st.floats(0, 20_000))} for b in BANDS[1:] if draw(st.booleans())}


@st.composite
def plan_st(draw, min_multiplier: float = 0.0, minimum: bool = True):
    plan = {"name": "p", "monthly_fee": draw(money), "included": draw(st.floats(0, 1500)),
            "setup_fee": draw(money), "surcharges": draw(surcharge_st(min_multiplier)),
            "coverage": [b for b in BANDS if draw(st.booleans())] or ["weekday_day"],
            "tax_included": draw(st.booleans()),
            "minimum_monthly_charge": draw(money) if minimum else 0.0}
    if draw(st.booleans()):
        plan["tiers"] = draw(tiers_st())
    else:
        plan["rate"] = draw(rate)
    return plan


def cost(plan: dict, bands: list[float], in_house: float = 500.0, month: int = 0):
    """SPEC 3 cost of one plan in one month (month 0 carries the setup fee)."""
    terms = plan_terms([Plan.model_validate(plan)], 0.1)
    b = np.asarray(bands, dtype=float).reshape(1, 1, 4)
    cover = np.array([x in plan["coverage"] for x in BANDS]).reshape(1, 1, 4)
    return month_costs(b, cover, terms, in_house, setup_month=0 if month == 0 else None)


@given(plan_st(), bands_st, st.floats(1.0, 5.0))
def test_scaling_a_month_up_never_lowers_the_cost(plan, bands, factor):
    low, high = cost(plan, bands), cost(plan, [b * factor for b in bands])
    assert high.cost[0, 0] >= low.cost[0, 0] * (1 - 1e-12) - 1e-9
    assert high.vendor_cost[0, 0] >= low.vendor_cost[0, 0] * (1 - 1e-12) - 1e-9


@given(plan_st(min_multiplier=1.0), bands_st)
def test_a_surcharge_never_lowers_the_cost(plan, bands):
    bare = {**plan, "surcharges": {}}
    assert cost(plan, bands).cost[0, 0] >= cost(bare, bands).cost[0, 0] * (1 - 1e-12) - 1e-9


@given(plan_st(minimum=False), bands_st, st.floats(0, 500))
def test_fixed_plan_under_its_cap_costs_fee_options_and_add_ons(plan, bands, spare):
    handled = sum(b for b, x in zip(bands, BANDS, strict=True) if x in plan["coverage"])
    plan = {**plan, "included": handled + spare}
    f = 1 / 1.1 if plan["tax_included"] else 1.0
    sur = plan["surcharges"]
    options = sum(sur[x]["monthly"] for x in plan["coverage"] if x in sur)
    add_ons = sum(sur[x]["per_contact"] * b for b, x in zip(bands, BANDS, strict=True)
                  if x in plan["coverage"] and x in sur)
    c = cost(plan, bands, month=1)
    assert c.usage[0, 0] == 0.0
    np.testing.assert_allclose(c.vendor_cost[0, 0], f * (plan["monthly_fee"] + options + add_ons), rtol=1e-12)


@st.composite
def forecast_project(draw):
    year = draw(st.integers(2025, 2030))
    start = f"{year}-{draw(st.integers(1, 12)):02d}"
    day = st.dates(dt.date(year, 1, 1), dt.date(year + 2, 12, 31))
    events = []
    for _ in range(draw(st.integers(0, 3))):
        a, b = sorted([draw(day), draw(day)])
        events.append({"start": a.isoformat(), "end": b.isoformat(), "multiplier": draw(st.floats(0, 4))})
    profile = draw(st.lists(st.floats(0, 5), min_size=24, max_size=24))
    assume(sum(profile) > 0)
    fc = {"base_monthly_contacts": draw(st.floats(0, 5000)), "growth_per_year": draw(st.floats(-0.5, 1.0)),
          "monthly_index": draw(st.lists(st.floats(0, 3), min_size=12, max_size=12)),
          "day_weights": {d: draw(st.floats(0, 3)) for d in ("mon", "sat", "sun", "holiday")},
          "hourly_profile": profile, "events": events}
    extra = [d.isoformat() for d in draw(st.lists(day, max_size=5))]
    return parse_project({"format": "vendorpick/1", "start": start, "months": draw(st.integers(1, 24)),
                          "forecast": fc, "settings": {"extra_holidays": extra}})


@given(forecast_project(), st.integers(0, 23), st.integers(0, 23))
def test_band_volumes_sum_to_the_months_contacts(project, night_start, night_end):
    bands = band_volumes(project, NightHours(start=night_start, end=night_end))
    contacts = monthly_contacts(project)
    np.testing.assert_allclose(bands.sum(axis=1), contacts, rtol=1e-9, atol=1e-9)
    split = day_split(project)
    np.testing.assert_allclose(split.weekday + split.holiday, contacts, rtol=1e-9, atol=1e-9)
    assert np.all(bands >= 0)


def _project(plans: list[dict], cv: float, rho: float, months: int = 4, in_house: float = 500.0):
    named = [{**p, "name": f"plan {i}"} for i, p in enumerate(plans)]
    return parse_project({
        "format": "vendorpick/1", "start": "2027-01", "months": months,
        "forecast": {"base_monthly_contacts": 700, "uncertainty": {"cv": cv, "correlation": rho}},
        "vendors": [{"name": "V", "plans": named}],
        "settings": {"in_house_cost_per_contact": in_house}})


@given(st.floats(0, 1.0), st.floats(0, 1), st.integers(0, 2**32), rate, surcharge_st(), money)
def test_monte_carlo_mean_of_a_linear_plan_matches_its_expected_total(cv, rho, seed, r, sur, fee):
    # No included contacts, no minimum, no tiers: the cost is fee + options + setup + linear
    # in volume, so its expectation under E[X] = 1 is the expected total.
    plan = {"monthly_fee": fee, "rate": r, "surcharges": sur, "setup_fee": 1000,
            "coverage": ["weekday_day", "holiday_day", "holiday_night"]}
    res = simulate(_project([plan], cv, rho), scenarios=2000, seed=seed)
    spread = res.scenario_totals[:, 0].std(ddof=1) / np.sqrt(2000)
    assert abs(res.risk_mean[0] - res.total[0]) <= 5 * spread + 1e-6 * res.total[0]


@given(st.lists(plan_st(), min_size=1, max_size=3), st.floats(0, 1.0), st.floats(0, 1), st.integers(0, 2**32))
def test_percentiles_are_ordered_and_the_seed_reproduces(plans, cv, rho, seed):
    project = _project(plans, cv, rho)
    a = simulate(project, scenarios=200, seed=seed)
    assert np.all(a.risk_p50 <= a.risk_p90 + 1e-9) and np.all(a.risk_p90 <= a.risk_p95 + 1e-9)
    assert np.isclose(a.cheapest_probability.sum(), 1.0)
    assert a.to_json() == simulate(project, scenarios=200, seed=seed).to_json()


@given(st.lists(plan_st(), min_size=1, max_size=3), st.lists(st.floats(0.01, 4.0), min_size=4, max_size=4),
       st.floats(0, 400_000))
def test_scenario_kernel_equals_the_formula_on_scaled_volumes(plans, factors, budget):
    # The Monte Carlo evaluates each month as a piecewise-linear function of the factor X;
    # it must equal the SPEC 3 formula applied to the band volumes scaled by X, and its
    # budget threshold must split X where the cost passes the budget.
    from vendorpick.pricing.simulate import _inputs, month_pieces

    project = _project(plans, 0.2, 0.5)
    inp = _inputs(project)
    x = np.asarray(factors)
    base = month_costs(inp.bands, inp.covers, inp.terms, 500.0)
    scaled = month_costs(inp.bands * x[None, :, None], inp.covers, inp.terms, 500.0).cost
    pieces = month_pieces(base, inp.terms)
    got = pieces(np.tile(x, len(plans))).reshape(scaled.shape)
    np.testing.assert_allclose(got, scaled, rtol=1e-9, atol=1e-6)
    c, m = scaled.shape
    threshold = pieces.level_crossing(np.full(c * m, budget)).reshape(c, m)
    over = scaled > budget * (1 + 1e-9) + 1e-6
    under = scaled < budget * (1 - 1e-9) - 1e-6
    assert np.all(x[None, :] > threshold - 1e-9 * np.maximum(1, threshold), where=over)
    assert np.all(x[None, :] <= threshold + 1e-9 * np.maximum(1, threshold), where=under)
