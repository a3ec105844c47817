"""SPEC 7 in the engine: channels, live and deferred contacts, units, rates by channel, seats.

Each case is worked out by hand in its comment.  January 2027 (used in most
cases, as in SPEC 3's worked example) has 31 days: 10 Saturdays and Sundays
and two public holidays on weekdays (New Year's Day, Friday 1, and Coming of
Age Day, Monday 11), so 12 holiday-type days and 19 weekday-type days; with
all day weights 1 and a flat hourly profile, 620 contacts are 20 a day.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.pricing.hourly import hourly_handling
from vendorpick.pricing.simulate import simulate
from vendorpick.project import io
from vendorpick.project.io import parse_project
from vendorpick.project.model import BANDS

DATA = Path(__file__).parent.parent / "data"


def project(channels, plans, start="2027-01", base=620, months=1, in_house=800, **forecast):
    fc = {"base_monthly_contacts": base, **forecast}
    if channels is not None:
        fc["channels"] = channels
    return parse_project({"format": "vendorpick/2", "start": start, "months": months, "forecast": fc,
                          "vendors": [{"name": "V", "plans": plans}],
                          "settings": {"scenarios": 200, "in_house_cost_per_contact": in_house}})


def test_rates_by_channel_under_a_cap():
    # phone 20 % (124 contacts, ¥500), mail 80 % (496 contacts, the plan's rate ¥200); fee ¥30,000 covers 300.
    # Both channels have the forecast's flat profile, so each has SPEC 3's band mix; holiday_day (170 of 620)
    # costs ×1.5.  H = 620, Q = 320,
    #   p̄ = Σ (n_{x,c}/H) rate_c mult_x = (0.2·500 + 0.8·200) × (1 + 0.5·170/620) = 260 × 1.1370968 = 295.6452
    #   plan_charge = 30,000 + 320 × 295.6452 = 124,606.45
    # Plan b's cap of 700 is above the 620 contacts: Q = 0 and it costs its fee, whatever the rates.
    chs = [{"id": "phone", "share": 0.2}, {"id": "mail", "share": 0.8}]
    plans = [{"name": "a", "monthly_fee": 30000, "included": 300, "rate": 200, "rates": {"phone": 500},
              "surcharges": {"holiday_day": {"multiplier": 1.5}}},
             {"name": "b", "monthly_fee": 30000, "included": 700, "rate": 200, "rates": {"phone": 500}}]
    r = simulate(project(chs, plans))
    assert r.total[0] == pytest.approx(30000 + 320 * 260 * (1 + 0.5 * 170 / 620), rel=1e-12)
    assert round(r.total[0], 2) == 124606.45
    assert r.total[1] == 30000.0


def test_per_minute_billing_rounded_per_contact():
    # One phone channel, AHT 6 minutes, ¥50 a minute.  Rounded up per contact, with exponential handling
    # times of mean 6, a contact is billed E⌈T⌉ = Σ_{k≥0} P(T > k) = 1 / (1 − e^(−1/6)) = 6.5139 minutes:
    #   620 × 6.5138825 × 50 = 201,930.36;   without rounding: 620 × 6 × 50 = 186,000.
    chs = [{"id": "phone", "share": 1, "aht_min": 6}]
    plans = [{"name": "rounded", "unit": "minute", "rounding": "per_contact", "rate": 50},
             {"name": "exact", "unit": "minute", "rate": 50}]
    r = simulate(project(chs, plans))
    per_contact = 1 / (1 - math.exp(-1 / 6))
    assert round(per_contact, 4) == 6.5139
    assert r.total[0] == pytest.approx(620 * per_contact * 50, rel=1e-12)
    assert round(r.total[0], 2) == 201930.36
    assert r.total[1] == pytest.approx(186000.0, rel=1e-12)
    assert r.to_json()["candidates"][0]["units"] == "minute"
    # `included` counts minutes too: 1,000 free minutes leave 620 × 6.5138825 − 1,000 = 3,038.61 billable
    r2 = simulate(project(chs, [{"name": "r", "unit": "minute", "rounding": "per_contact", "rate": 50,
                                 "included": 1000}]))
    assert r2.total[0] == pytest.approx((620 * per_contact - 1000) * 50, rel=1e-12)


def test_dedicated_team_paid_per_seat_hour_over_open_hours_with_a_public_holiday():
    # A weekday-daytime plan (coverage weekday_day, night window 18→9: day hours 9:00–18:00, 9 a day) with
    # 2 seats at ¥2,500 an operator hour.  January 2027 has 21 Monday–Friday dates but New Year's Day and
    # Coming of Age Day are holiday-type: 19 weekday-type days × 9 h = 171 open hours.
    #   seat_charge = 2 × (0 + 2,500 × 171) = 855,000 (not 2 × 2,500 × 21 × 9 = 945,000)
    # The phone contacts of other hours are uncovered: 620 − 19 days × 20 × 9/24 = 620 − 142.5 = 477.5,
    # at ¥800 in house: 382,000.  Total 1,237,000.
    chs = [{"id": "phone", "share": 1, "aht_min": 5}]
    plans = [{"name": "team", "coverage": ["weekday_day"], "night_hours": {"start": 18, "end": 9},
              "seats": {"count": 2, "per_seat_hour": 2500}}]
    r = simulate(project(chs, plans))
    assert r.seat_cost[0] == pytest.approx(855000.0, rel=1e-12)
    assert r.uncovered_contacts[0] == pytest.approx(477.5, rel=1e-12)
    assert r.total[0] == pytest.approx(855000 + 477.5 * 800, rel=1e-12)
    assert r.to_json()["candidates"][0]["seat_cost"] == pytest.approx(855000.0, rel=1e-12)
    # seat charges do not scale with the volume: with nothing uncovered to pay for, every scenario costs the same
    r0 = simulate(project(chs, plans, in_house=0))
    assert np.all(r0.scenario_totals[:, 0] == r0.total[0])
    assert (r0.risk_p50[0], r0.risk_p95[0]) == (r0.total[0], r0.total[0])
    # and a monthly price per seat is charged whatever the hours: 2 × 300,000
    monthly = [{"name": "m", "seats": {"count": 2, "per_seat_month": 300000}}]
    assert simulate(project(chs, monthly)).total[0] == pytest.approx(600000.0, rel=1e-12)


def test_saturday_mail_is_handled_on_monday_at_weekday_prices():
    # February 2027, mail only arrives on Saturdays (day weight 1 on Saturdays, 0 on other days): the 6th,
    # 13th, 20th and 27th, 100 contacts each of 400.  The plan covers weekdays only (no night window) at
    # ¥300, with a holiday_day multiplier of 2 that never applies: each Saturday's mail waits to Monday 0:00
    # (48 h ≤ 168 h), is priced in weekday_day and counts in February, including the 27th's, handled on
    # Monday 1 March after the horizon (the last month's coverage continues).
    #   400 × 300 = 120,000, nothing uncovered.
    # The same contacts by phone (live) are all uncovered: 400 × 800 = 320,000.
    weights = {"mon": 0, "tue": 0, "wed": 0, "thu": 0, "fri": 0, "sat": 1, "sun": 0, "holiday": 0}
    plan = {"name": "weekdays", "coverage": ["weekday_day", "weekday_night"], "night_hours": {"start": 0, "end": 0},
            "rate": 300, "surcharges": {"holiday_day": {"multiplier": 2}}}
    mail = project([{"id": "mail", "share": 1}], [plan], start="2027-02", base=400, day_weights=weights)
    r = simulate(mail)
    assert r.total[0] == pytest.approx(120000.0, rel=1e-12)
    assert r.uncovered_contacts[0] == pytest.approx(0.0, abs=1e-9)
    phone = project([{"id": "phone", "share": 1}], [plan], start="2027-02", base=400, day_weights=weights)
    assert simulate(phone).total[0] == pytest.approx(320000.0, rel=1e-12)
    # hour by hour: Saturday the 6th's 100 contacts are handled at Monday the 8th, 0:00 (hour 7 × 24 = 168)
    hours = hourly_handling(mail, 0)
    assert hours.arrived[:, 0].sum() == pytest.approx(400.0)
    assert hours.handled[168, 0] == pytest.approx(100.0)
    assert str(hours.hours[168]) == "2027-02-08T00"
    assert hours.handled[:, 0].sum() == pytest.approx(400.0)
    assert np.flatnonzero(hours.handled[:, 0] > 1e-9).tolist() == [168, 336, 504, 672]  # 1 March = hour 672


def test_a_deferred_contact_waits_at_most_168_hours():
    # January 2027 uncovered (a phase covers everything from February): January's mail that arrives from
    # Monday 25 January 0:00 on reaches Monday 1 February 0:00 within 168 hours: 7 days × 20 = 140 contacts,
    # counted in January and priced in the band of 1 February 0:00, weekday_night (night 22→5), ×1.25 at ¥100:
    #   January: 140 × 100 × 1.25 = 17,500, and 480 uncovered × 800 = 384,000.
    plan = {"name": "p", "coverage": [], "phases": [{"from": "2027-02", "coverage": list(BANDS)}], "rate": 100,
            "surcharges": {"weekday_night": {"multiplier": 1.25}}}
    r = simulate(project([{"id": "mail", "share": 1}], [plan], months=2))
    assert r.monthly_uncovered_contacts[0, 0] == pytest.approx(480.0, rel=1e-12)
    assert r.monthly_vendor_cost[0, 0] == pytest.approx(17500.0, rel=1e-12)
    assert r.monthly_cost[0, 0] == pytest.approx(17500.0 + 384000.0, rel=1e-12)
    assert r.uncovered_by_channel[0].tolist() == pytest.approx([480.0])
    # by band (in-house cost 0): January's weekday_night carries the 17,500 although January covers no band
    r0 = simulate(project([{"id": "mail", "share": 1}], [plan], months=2, in_house=0))
    night = BANDS.index("weekday_night")
    assert r0.band_cost[0, 0, night] == pytest.approx(17500.0, rel=1e-12)
    assert r0.band_cost[0, 0].sum() == pytest.approx(17500.0, rel=1e-12)
    assert r0.monthly_fixed_cost[0, 0] == pytest.approx(0.0, abs=1e-6)


def test_channels_the_plan_does_not_handle_are_uncovered_and_reported_by_channel():
    # mail 30 % (186) and phone 70 % (434); the plan handles mail only at ¥300: 55,800 + 434 × 800.
    chs = [{"id": "mail", "share": 3}, {"id": "phone", "share": 7}]
    r = simulate(project(chs, [{"name": "m", "rate": 300, "channels": ["mail"]}]))
    assert r.total[0] == pytest.approx(186 * 300 + 434 * 800, rel=1e-12)
    out = r.to_json()["candidates"][0]
    assert out["uncovered_contacts_by_channel"] == pytest.approx({"mail": 0.0, "phone": 434.0})
    assert r.handled_by_channel[0].tolist() == pytest.approx([186.0, 0.0])
    assert r.monthly_uncovered_by_channel[0, 0].tolist() == pytest.approx([0.0, 434.0])


def test_tax_included_divides_rates_and_seat_prices():
    # ¥330 and ¥550 tax included at 10 %: ¥300 and ¥500; one seat at ¥110,000 a month: ¥100,000.
    chs = [{"id": "mail", "share": 0.5, "aht_min": 8}, {"id": "phone", "share": 0.5, "aht_min": 5}]
    plan = {"name": "t", "tax_included": True, "rate": 330, "rates": {"phone": 550},
            "seats": {"count": 1, "per_seat_month": 110000}}
    r = simulate(project(chs, [plan]))
    assert r.total[0] == pytest.approx(310 * 300 + 310 * 500 + 100000, rel=1e-12)


def test_typical_month_uses_the_band_and_channel_mix():
    # With a one-month horizon the typical month at the month's own volume is that month without setup.
    chs = [{"id": "mail", "share": 0.6, "aht_min": 8}, {"id": "phone", "share": 0.4, "aht_min": 5}]
    plans = [{"name": "a", "coverage": ["weekday_day"], "rate": 200, "rates": {"phone": 450}, "setup_fee": 9999,
              "surcharges": {"weekday_night": {"multiplier": 1.5}}},
             {"name": "b", "unit": "minute", "rounding": "per_contact", "rate": 45, "included": 500,
              "seats": {"count": 1, "per_seat_hour": 100}, "minimum_monthly_charge": 50000}]
    r = simulate(project(chs, plans))
    for c in range(2):
        assert r.monthly_cost_at(c, 620.0) == pytest.approx(r.total[c] - (9999 if c == 0 else 0), rel=1e-12)


def test_budget_counts_the_seat_charges():
    chs = [{"id": "phone", "share": 1, "aht_min": 5}]
    data = project(chs, [{"name": "s", "seats": {"count": 1, "per_seat_month": 300000}}])
    data = data.model_copy(update={"settings": data.settings.model_copy(update={"monthly_budget": 250000.0})})
    r = simulate(data)
    assert r.budget is not None and r.budget.months_over == [["2027-01"]]
    assert r.budget.probability_any_month_over[0] == 1.0


def test_without_channels_the_figures_are_todays_bit_for_bit():
    """Figures of the engine before SPEC 7 (tests/data/figures-before-channels.json, written by the
    version-1 engine) for the stored files, budget 150,000, 1,000 scenarios, seed 7: equal, not close."""
    golden = json.loads((DATA / "figures-before-channels.json").read_text(encoding="utf-8"))
    for name, want in golden.items():
        p = io.load(DATA / name)
        p = p.model_copy(update={"settings": p.settings.model_copy(update={"monthly_budget": 150000.0})})
        r = simulate(p, scenarios=1000, seed=7)
        assert r.budget is not None
        got = {"monthly_cost": r.monthly_cost.tolist(), "vendor_cost": r.vendor_cost.tolist(),
               "uncovered_contacts": r.uncovered_contacts.tolist(),
               "risk": [r.risk_mean.tolist(), r.risk_p50.tolist(), r.risk_p90.tolist(), r.risk_p95.tolist()],
               "cheapest": r.cheapest_probability.tolist(), "budget": r.budget.probability_any_month_over.tolist(),
               "band_cost": r.band_cost.tolist(),
               "crossovers": [[c.a.plan, c.b.plan, list(c.volumes)] for c in r.crossovers],
               "typical": [[float(r.monthly_cost_at(i, v)) for v in (0.0, 100.0, 777.7, 5000.0)]
                           for i in range(len(r.candidates))]}
        assert got == want, name


# ------------------------------------------------------------------ properties

_money = st.floats(0, 100_000)
_bands = st.lists(st.sampled_from(BANDS), unique=True, min_size=1)


@st.composite
def _plan(draw):
    plan = {"name": "p", "monthly_fee": draw(_money), "included": draw(st.floats(0, 1500)),
            "rate": draw(st.floats(0, 1000)), "minimum_monthly_charge": draw(_money), "setup_fee": draw(_money),
            "coverage": draw(_bands), "tax_included": draw(st.booleans()),
            "night_hours": {"start": draw(st.integers(0, 23)), "end": draw(st.integers(0, 23))},
            "surcharges": {b: {"multiplier": draw(st.floats(0, 3)), "per_contact": draw(st.floats(0, 100)),
                               "monthly": draw(st.floats(0, 10000))} for b in BANDS[1:] if draw(st.booleans())}}
    if draw(st.booleans()):
        plan["phases"] = [{"from": "2027-02", "coverage": draw(_bands)}]
    return plan


_CHANNELS = [{"id": "message", "share": 0.5, "aht_min": 6}, {"id": "mail", "share": 0.3, "aht_min": 8},
             {"id": "phone", "share": 0.2, "aht_min": 5,
              "hourly_profile": [0] * 8 + [1] * 12 + [0.5] * 4}]


@settings(max_examples=25, deadline=None)
@given(_plan(), st.sampled_from(["contact", "minute"]), st.booleans())
def test_rates_all_equal_to_rate_cost_the_same_as_without(plan, unit, rounding):
    plan = {**plan, "unit": unit, "rounding": "per_contact" if rounding else "none"}
    with_rates = {**plan, "name": "q", "rates": {c["id"]: plan["rate"] for c in _CHANNELS}}
    r = simulate(project(_CHANNELS, [plan, with_rates], months=3))
    np.testing.assert_allclose(r.monthly_cost[1], r.monthly_cost[0], rtol=1e-12, atol=1e-6)
    np.testing.assert_allclose(r.scenario_totals[:, 1], r.scenario_totals[:, 0], rtol=1e-12, atol=1e-6)


@settings(max_examples=25, deadline=None)
@given(_plan(), st.floats(0.01, 50), st.sampled_from(["live", None]))
def test_one_channel_with_unit_contact_gives_section_3(plan, share, kind):
    # a single declared live channel (any share: it is normalised to 1; "all" is live, so is "phone" by
    # default) is the project without channels, to the last bit
    channel = {"id": "phone", "share": share}
    if kind:
        channel["kind"] = kind
    bare, declared = project(None, [plan], months=3), project([channel], [plan], months=3)
    a, b = simulate(bare), simulate(declared)
    assert a.monthly_cost.tolist() == b.monthly_cost.tolist()
    assert a.scenario_totals.tolist() == b.scenario_totals.tolist()
    assert a.band_cost.tolist() == b.band_cost.tolist()


@settings(max_examples=25, deadline=None)
@given(_plan(), st.sampled_from(["contact", "minute"]))
def test_every_contact_is_handled_once_or_uncovered(plan, unit):
    plan = {**plan, "unit": unit, "channels": ["message", "phone"]}
    p = project(_CHANNELS, [plan], months=3)
    r = simulate(p)
    hours = hourly_handling(p, 0)
    arrivals = hours.all_arrivals.sum()
    handled = hours.arrived.sum()
    np.testing.assert_allclose(r.uncovered_contacts[0] + handled, arrivals, rtol=1e-9)
    np.testing.assert_allclose(hours.handled.sum(), handled, rtol=1e-9)
    np.testing.assert_allclose(r.uncovered_by_channel[0].sum(), r.uncovered_contacts[0], rtol=1e-9, atol=1e-9)
    # the mail channel is not handled at all: all its contacts are uncovered
    np.testing.assert_allclose(r.uncovered_by_channel[0][1], hours.all_arrivals[:, 1].sum(), rtol=1e-9)


# ------------------------------------------------------- a reference, hour by hour

def _reference_month_costs(p) -> list[float]:
    """SPEC 7 written out hour by hour with plain Python loops (slow, obvious): the expected cost of every
    month of the first candidate."""
    from vendorpick.pricing.volume import daily_volumes, holiday_type, night_hours_mask

    plan, fc, s = p.vendors[0].plans[0], p.forecast, p.settings
    daily = daily_volumes(p)
    days = list(daily.days) + [daily.days[-1] + np.timedelta64(i, "D") for i in range(1, 8)]
    htype = list(daily.holiday_type) + list(holiday_type(p, np.array(days[-7:], dtype="datetime64[D]")))
    months = list(daily.month) + [p.months - 1] * 7
    night = night_hours_mask(plan.night_hours)
    first = int(np.datetime64(p.start, "M").astype(int))

    def covers(k: int, band: str) -> bool:
        bands = plan.coverage
        for ph in plan.phases:
            if int(np.datetime64(ph.from_, "M").astype(int)) - first <= k:
                bands = ph.coverage
        return band in bands

    def band_of(t: int) -> str:
        return ("holiday_" if htype[t // 24] else "weekday_") + ("night" if night[t % 24] else "day")

    chans = fc.channel_list()
    total_share = sum(c.share for c in chans)
    hours = 24 * len(daily.days)
    n = [[[0.0] * len(chans) for _ in BANDS] for _ in range(p.months)]
    unc = [0.0] * p.months
    for c, ch in enumerate(chans):
        wd, ho = ch.profiles(fc)
        handles = plan.channels is None or ch.id in plan.channels
        for t in range(hours):
            prof = ho if htype[t // 24] else wd
            a = daily.contacts[t // 24] * ch.share / total_share * prof[t % 24] / sum(prof)
            k = months[t // 24]
            target = None
            if handles:
                wait = 0 if ch.channel_kind == "live" else 168
                for u in range(t, min(t + wait, len(days) * 24 - 1) + 1):
                    if covers(months[u // 24], band_of(u)):
                        target = u
                        break
            if target is None:
                unc[k] += a
            else:
                n[k][BANDS.index(band_of(target))][c] += a
    f = 1 / (1 + s.tax_rate) if plan.tax_included else 1.0
    out = []
    for k in range(p.months):
        def units(ch):
            if plan.unit == "contact":
                return 1.0
            return ch.aht_min if plan.rounding == "none" else 1 / (1 - math.exp(-1 / ch.aht_min))
        h = sum(n[k][x][c] * units(ch) for x in range(4) for c, ch in enumerate(chans))
        q = max(0.0, h - plan.included)
        mult = [1.0] + [plan.surcharge(b).multiplier for b in BANDS[1:]]
        if plan.rates is not None:
            pbar = sum(n[k][x][c] * units(ch) / h * plan.rates.get(ch.id, plan.rate) * f * mult[x]
                       for x in range(4) for c, ch in enumerate(chans)) if h > 0 else 0.0
            use = q * pbar
        else:
            mbar = sum(n[k][x][c] * units(ch) / h * mult[x] for x in range(4) for c, ch in enumerate(chans)) \
                if h > 0 else 1.0
            use = q * plan.rate * f * mbar
        open_hours = sum(1 for t in range(hours) if months[t // 24] == k and covers(k, band_of(t)))
        seat = plan.seats.count * (plan.seats.per_seat_month + plan.seats.per_seat_hour * open_hours) * f \
            if plan.seats else 0.0
        per = sum(plan.surcharge(BANDS[x]).per_contact * f * n[k][x][c] for x in range(4) for c in range(len(chans)))
        charge = max(plan.minimum_monthly_charge * f, plan.monthly_fee * f + seat + use + per)
        options = sum(plan.surcharge(b).monthly * f for b in BANDS if covers(k, b))
        out.append(charge + options + (plan.setup_fee * f if k == 0 else 0.0) + unc[k] * s.in_house_cost_per_contact)
    return out


@st.composite
def _channel_plan(draw):
    plan = draw(_plan())
    plan.pop("phases", None)
    if draw(st.booleans()):
        plan["phases"] = [{"from": "2027-03", "coverage": draw(st.lists(st.sampled_from(BANDS), unique=True))}]
    plan["coverage"] = draw(st.lists(st.sampled_from(BANDS), unique=True))
    plan["unit"] = draw(st.sampled_from(["contact", "minute"]))
    plan["rounding"] = draw(st.sampled_from(["none", "per_contact"]))
    if draw(st.booleans()):
        plan["rates"] = {c["id"]: draw(st.floats(0, 1000)) for c in _CHANNELS if draw(st.booleans())}
    if draw(st.booleans()):
        plan["seats"] = {"count": draw(st.integers(0, 3)), "per_seat_month": draw(_money),
                         "per_seat_hour": draw(st.floats(0, 3000))}
    if draw(st.booleans()):
        plan["channels"] = draw(st.lists(st.sampled_from([c["id"] for c in _CHANNELS]), unique=True, min_size=1))
    return plan


@settings(max_examples=15, deadline=None)
@given(_channel_plan(), st.sampled_from(["2027-02", "2027-04", "2027-12"]))
def test_the_engine_agrees_with_an_hour_by_hour_reference(plan, start):
    # February–March 2027 (phase from March), April–May (Golden Week), December–January (year end,
    # the horizon's end in the middle of a week): the engine's monthly figures against the reference above
    p = project(_CHANNELS, [plan], start=start, months=2, base=900, events=[
        {"start": "2027-03-04", "end": "2027-03-11", "multiplier": 2.5}])
    r = simulate(p)
    np.testing.assert_allclose(r.monthly_cost[0], _reference_month_costs(p), rtol=1e-9, atol=1e-6)
