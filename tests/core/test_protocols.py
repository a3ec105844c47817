"""The typed seam between pricing and scoring (issue 12, point 8): the engine's
result and the test fake both give what the ranking reads, and the ranking
of a fake built from a real simulation's figures is the ranking of the real one.
(mypy checks the same statically: ``_both_priced`` in scoring/synthetic.py.)"""

from __future__ import annotations

import numpy as np
import pytest

from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.scoring.protocols import CandidateKey, PricedCandidates
from vendorpick.scoring.rank import rank_project
from vendorpick.scoring.synthetic import FakeSimulation, Ref, fake_simulation, project_from


@pytest.fixture(scope="module")
def demo():
    project = demo_project()
    project = project.model_copy(update={"settings": project.settings.model_copy(update={"scenarios": 500})})
    return project, simulate(project)


def test_the_engine_result_and_the_fake_are_priced_candidates(demo):
    project, sim = demo
    fake = fake_simulation(project, np.asarray(sim.total))
    for priced in (sim, fake):
        assert isinstance(priced, PricedCandidates)
        assert priced.candidates and all(isinstance(c, CandidateKey) for c in priced.candidates)
    assert not isinstance(object(), PricedCandidates)


def test_the_fake_defaults_to_no_uncovered_contacts():
    project = project_from([{"id": "cost", "kind": "cost", "weight": 1}],
                           [{"name": "A", "plans": [{"name": "P"}]}, {"name": "B", "plans": [{"name": "Q"}]}])
    fake = fake_simulation(project, [100.0, 200.0])
    np.testing.assert_array_equal(fake.uncovered_contacts, [0.0, 0.0])
    np.testing.assert_array_equal(fake.uncovered_cost, [0.0, 0.0])


def test_a_fake_with_the_engine_figures_ranks_like_the_engine(demo):
    project, sim = demo
    fake = FakeSimulation([Ref(c.vendor_index, c.plan_index, c.vendor, c.plan) for c in sim.candidates],
                          sim.total, sim.total_tax_included, sim.risk_p90, sim.scenario_totals,
                          sim.cheapest_probability, sim.uncovered_contacts, sim.uncovered_cost)
    real = rank_project(project, sim, draws=200)
    mirrored = rank_project(project, fake, draws=200)
    assert [(r.vendor, r.plan, r.score, r.total, r.win_probability, r.price_to_win) for r in mirrored.ranking] == \
        [(r.vendor, r.plan, r.score, r.total, r.win_probability, r.price_to_win) for r in real.ranking]
    assert [(e.vendor, e.plan) for e in mirrored.excluded] == [(e.vendor, e.plan) for e in real.excluded]
