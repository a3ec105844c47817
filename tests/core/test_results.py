"""The Qt-free results service: compute, what-if, edits, rows, peak month, crossings."""

from __future__ import annotations

import numpy as np
import pytest

from vendorpick.pricing.simulate import Cancelled, monthly_cost_at, simulate
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import apply_edit
from vendorpick.results import (
    WhatIf,
    busiest_month,
    compute,
    crossings,
    crossover_curves,
    current_weights,
    excluded_rows,
    peak_month,
    ranking_rows,
    scaled_project,
    sim_index,
    to_tsv,
    whatif_edit,
)

DRAWS = 500


@pytest.fixture(scope="module")
def project():
    return demo_project()


@pytest.fixture(scope="module")
def results(project):
    return compute(project, draws=DRAWS)


def _per_contact_index(project) -> int:
    """The demo's pure per-contact plan (no fee, setup, minimum or option)."""
    i = 0
    for vendor in project.vendors:
        for plan in vendor.plans:
            flat = plan.monthly_fee == plan.setup_fee == plan.minimum_monthly_charge == plan.included == 0
            if flat and not any(s.monthly or s.per_contact for s in plan.surcharges.values()) \
                    and len(plan.coverage) == 4 and not plan.phases:
                return i
            i += 1
    raise AssertionError("the demo has no pure per-contact plan")


def test_compute_matches_the_engine(project, results):
    sim = simulate(project)
    np.testing.assert_allclose(results.sim.total, sim.total)
    assert results.complete and not results.problems
    assert [r.rank for r in results.ranking.ranking] == list(range(1, len(results.ranking.ranking) + 1))


def test_quick_pass_has_no_sensitivity(project, results):
    quick = compute(project, sim=results.sim, sensitivity=False)
    assert not quick.complete
    assert [r.vendor for r in quick.ranking.ranking] == [r.vendor for r in results.ranking.ranking]
    assert all(r.win_probability is None for r in quick.ranking.ranking)


def test_volume_scales_per_contact_totals_proportionally(project, results):
    c = _per_contact_index(project)
    for factor in (0.5, 2.0, 3.0):
        scaled = compute(project, WhatIf(volume=factor), draws=DRAWS)
        assert scaled.sim.total[c] == pytest.approx(factor * results.sim.total[c], rel=1e-9)
        assert scaled.project.forecast.base_monthly_contacts == pytest.approx(600 * factor)
    assert project.forecast.base_monthly_contacts == 600  # the project itself is unchanged


def test_scaled_project_is_a_copy(project):
    assert scaled_project(project, 1.0) is project
    assert scaled_project(project, 2.0).forecast.base_monthly_contacts == 1200
    assert project.forecast.base_monthly_contacts == 600


def test_weights_override_reranks(project, results):
    cost_only = {c.id: (1.0 if c.id == "cost" else 0.0) for c in project.criteria}
    reranked = compute(project, WhatIf(weights=cost_only), sim=results.sim, draws=DRAWS)
    totals = {r.total for r in reranked.ranking.ranking}
    assert reranked.ranking.ranking[0].total == min(totals)
    assert reranked.ranking.weights["cost"] == pytest.approx(1.0)


def test_whatif_edit_is_one_compound_edit(project):
    assert whatif_edit(project, WhatIf()) is None
    weights = {c.id: 10.0 for c in project.criteria}
    edit = whatif_edit(project, WhatIf(volume=1.5, weights=weights))
    after, _ = apply_edit(project, edit)
    assert after.forecast.base_monthly_contacts == pytest.approx(900)
    assert all(c.weight == 10.0 for c in after.criteria)
    assert after.weighting.method == "direct"


def test_current_weights_are_percentages(project):
    weights = current_weights(project, None)
    assert sum(weights.values()) == pytest.approx(100)
    assert weights["cost"] == pytest.approx(100 * 30 / 110)  # 30 of the demo's 110


def test_rows_and_tsv(project, results):
    rows = ranking_rows(results)
    assert len(rows) == len(results.ranking.ranking)
    first = results.ranking.ranking[0]
    assert rows[0][:3] == [1, first.vendor, first.plan]
    assert rows[0][4] == pytest.approx(first.total)
    text = to_tsv(["a", "b"], [[1, "x\ty"], [None, 2.5]])
    assert text == "a\tb\n1\tx y\n\t2.5\n"
    excluded = excluded_rows(results, "ja")
    assert excluded and "RMS" in excluded[0][2]


def test_peak_month_is_the_busiest(results):
    sim = results.sim
    k = busiest_month(sim)
    assert sim.contacts[k] == max(sim.contacts)
    peak = peak_month(sim, k)
    np.testing.assert_allclose(peak.cost, sim.monthly_cost[:, k])
    np.testing.assert_allclose(peak.band_contacts, sim.band_contacts[:, k, :])
    assert peak.label == sim.months[k]


def test_crossings_name_the_cheaper_candidate_above(project, results):
    chosen = list(range(len(results.sim.candidates)))
    found = crossings(results.sim, chosen)
    assert found
    for cross in found:
        x = cross.monthly_contacts * 1.2 + 10
        assert monthly_cost_at(project, cross.above, x) <= monthly_cost_at(project, cross.below, x)
    xs, curves = crossover_curves(results.sim, [0, 1], 1000.0, points=11)
    assert xs[-1] == 1000.0
    assert curves[1][5] == pytest.approx(monthly_cost_at(project, 1, 500.0))


def test_sim_index_of_ranked_candidates(results):
    for r in results.ranking.ranking:
        i = sim_index(results.sim, r.candidate)
        assert results.sim.total[i] == pytest.approx(r.total)


def test_cancelled_stops_compute(project):
    with pytest.raises(Cancelled):
        compute(project, cancelled=lambda: True)
