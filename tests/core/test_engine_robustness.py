"""Any project that loads is simulated and ranked with finite figures, or
refused with a message that says why (exit 2) — never NaN, never a crash."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.pricing.simulate import simulate
from vendorpick.project.io import parse_project
from vendorpick.scoring.rank import rank_project

amounts = st.one_of(st.floats(0, 1e6), st.floats(0, 1e308), st.sampled_from([0.0, 1e-300, 1e300]))


@st.composite
def projects(draw):
    plan = {"name": "P", "monthly_fee": draw(amounts), "included_contacts": draw(amounts), "rate": draw(amounts),
            "minimum_monthly_charge": draw(amounts), "setup_fee": draw(amounts),
            "surcharges": {"holiday_night": {"multiplier": draw(amounts), "per_contact": draw(amounts),
                                             "monthly": draw(amounts)}}}
    return {"format": "vendorpick/1", "start": "2027-01", "months": draw(st.integers(1, 24)),
            "forecast": {"base_monthly_contacts": draw(amounts),
                         "growth_per_year": draw(st.one_of(st.floats(-0.99, 10), st.floats(-0.99, 1e300))),
                         "uncertainty": {"cv": draw(st.one_of(st.floats(0, 3), st.floats(0, 1e300)))}},
            "vendors": [{"name": "A", "plans": [plan]}, {"name": "B", "plans": [{"name": "Q", "rate": 300}]}],
            "settings": {"scenarios": 100, "in_house_cost_per_contact": draw(amounts),
                         "monthly_budget": draw(st.none() | amounts)}}


@given(projects())
def test_figures_are_finite_or_the_project_is_refused(data):
    project = parse_project(data)
    try:
        sim = simulate(project)
        ranking = rank_project(project, sim, draws=200)
    except InputError as exc:
        assert [p.code for p in exc.problems] == ["vp_not_finite"]
        return
    for array in (sim.total, sim.total_tax_included, sim.risk_p50, sim.risk_p95, sim.cheapest_probability):
        assert all(math.isfinite(x) for x in array)
    assert all(math.isfinite(r.score) for r in ranking.ranking)
    json.dumps(sim.to_json(), allow_nan=False)
    json.dumps(ranking.to_json("en"), allow_nan=False)


def test_overflowing_project_exits_2_with_a_message(tmp_path, capsys):
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"format": "vendorpick/1", "start": "2027-01",
                                "forecast": {"base_monthly_contacts": 1e300, "growth_per_year": 1e300},
                                "vendors": [{"name": "A", "plans": [{"name": "P", "rate": 1e300}]}]}))
    for command in (["simulate", str(path), "--json"], ["rank", str(path)],
                    ["export", str(path), "-o", str(tmp_path / "x.xlsx")]):
        assert main([*command, "--lang", "en"]) == 2
        captured = capsys.readouterr()
        assert "the figures overflow" in captured.err and "Warning" not in captured.err
        assert "NaN" not in captured.out
    assert not (tmp_path / "x.xlsx").exists()
