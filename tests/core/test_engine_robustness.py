"""Any project that loads is simulated and ranked with finite figures, or
refused with a message that says why (exit 2) — never NaN, never a crash."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.pricing.simulate import simulate
from vendorpick.project.io import parse_project
from vendorpick.scoring.rank import rank_project

# the largest figures SPEC section 5 lets through, and ordinary ones
amounts = st.one_of(st.floats(0, 1e6), st.floats(0, 1e12), st.sampled_from([0.0, 1e-300, 1e12]))
counts = st.one_of(st.floats(0, 1e4), st.floats(0, 1e9), st.sampled_from([0.0, 1e9]))
multipliers = st.one_of(st.floats(0, 3), st.floats(0, 100), st.sampled_from([0.0, 100.0]))


@st.composite
def projects(draw):
    plan = {"name": "P", "monthly_fee": draw(amounts), "included_contacts": draw(counts), "rate": draw(amounts),
            "minimum_monthly_charge": draw(amounts), "setup_fee": draw(amounts),
            "surcharges": {"holiday_night": {"multiplier": draw(multipliers), "per_contact": draw(amounts),
                                             "monthly": draw(amounts)}}}
    return {"format": "vendorpick/1", "start": "2027-01", "months": draw(st.integers(1, 60)),
            "forecast": {"base_monthly_contacts": draw(counts),
                         "monthly_index": [draw(multipliers)] * 12,
                         "growth_per_year": draw(st.one_of(st.floats(-0.99, 1), st.floats(-0.99, 10))),
                         "events": [{"start": "2027-03-01", "end": "2027-03-10", "multiplier": draw(multipliers)}],
                         "uncertainty": {"cv": draw(multipliers)}},
            "vendors": [{"name": "A", "plans": [plan]}, {"name": "B", "plans": [{"name": "Q", "rate": 300}]}],
            "settings": {"scenarios": 100, "in_house_cost_per_contact": draw(amounts),
                         "tax_rate": draw(multipliers), "monthly_budget": draw(st.none() | amounts)}}


@given(projects())
def test_figures_within_the_limits_are_always_finite(data):
    """SPEC 5's limits are what keeps every figure finite: any project within
    them is simulated and ranked with finite figures, never refused."""
    index = data["forecast"]["monthly_index"][0]
    if data["forecast"]["base_monthly_contacts"] * index > 1e9:  # over 10^9 contacts a month: refused
        with pytest.raises(InputError) as info:
            parse_project(data)
        assert [p.code for p in info.value.problems] == ["vp_month_volume"]
        data["forecast"]["base_monthly_contacts"] = 1e9 / index * 0.999999
    project = parse_project(data)
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=200)
    for array in (sim.total, sim.total_tax_included, sim.risk_p50, sim.risk_p95, sim.cheapest_probability):
        assert all(math.isfinite(x) for x in array)
    assert all(math.isfinite(r.score) for r in ranking.ranking)
    json.dumps(sim.to_json(), allow_nan=False)
    json.dumps(ranking.to_json("en"), allow_nan=False)


def test_absurd_values_are_refused_with_their_place_by_every_command(tmp_path, capsys):
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"format": "vendorpick/1", "start": "2027-01",
                                "forecast": {"base_monthly_contacts": 1e26, "growth_per_year": 1e300},
                                "vendors": [{"name": "A", "plans": [{"name": "P", "setup_fee": 1e28}]}]}))
    for command in (["validate", str(path)], ["simulate", str(path), "--json"], ["rank", str(path)],
                    ["export", str(path), "-o", str(tmp_path / "x.xlsx")]):
        assert main([*command, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert "forecast.base_monthly_contacts: must be at most 1,000,000,000" in err
        assert "forecast.growth_per_year: must be at most 10" in err
        assert "vendors[0].plans[0].setup_fee: must be at most 1,000,000,000,000" in err
    assert not (tmp_path / "x.xlsx").exists()
    assert main(["validate", str(path), "--lang", "ja"]) == 2
    assert "1,000,000,000,000 以下" in capsys.readouterr().err
