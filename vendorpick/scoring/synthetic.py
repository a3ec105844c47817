"""Hand-made simulation results and synthetic projects for tests and benchmarks.

:class:`FakeSimulation` has the attributes of the pricing engine's
``SimulationResult`` that the scoring engine reads
(:class:`~vendorpick.scoring.protocols.PricedCandidates`, checked by mypy
below), so rankings can be checked against hand-computed cost figures
without running the simulation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from vendorpick.project.model import Project

if TYPE_CHECKING:
    from vendorpick.pricing.simulate import SimulationResult
    from vendorpick.scoring.protocols import PricedCandidates


class Ref(NamedTuple):
    """Same fields as ``vendorpick.pricing.simulate.CandidateRef``."""

    vendor_index: int
    plan_index: int
    vendor: str
    plan: str


@dataclass
class FakeSimulation:
    candidates: list[Ref]
    total: np.ndarray
    total_tax_included: np.ndarray
    risk_p90: np.ndarray
    scenario_totals: np.ndarray
    cheapest_probability: np.ndarray
    # zeros of the candidates' count when not given
    uncovered_contacts: np.ndarray = field(default_factory=lambda: np.zeros(0))
    uncovered_cost: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def __post_init__(self) -> None:
        if not len(self.uncovered_contacts):
            self.uncovered_contacts = np.zeros(len(self.total))
        if not len(self.uncovered_cost):
            self.uncovered_cost = np.zeros(len(self.total))


if TYPE_CHECKING:
    def _both_priced(fake: FakeSimulation, real: SimulationResult) -> list[PricedCandidates]:
        """Never called: mypy checks that the fake and the engine's result give what the ranking reads."""
        return [fake, real]


def refs(project: Project) -> list[Ref]:
    """Every plan of every vendor in project order."""
    return [Ref(vi, pi, v.name, p.name)
            for vi, v in enumerate(project.vendors) for pi, p in enumerate(v.plans)]


def fake_simulation(project: Project, total, p90=None, scenario_totals=None,
                    tax_rate: float = 0.10) -> FakeSimulation:
    """A simulation result with the given totals (P90 = total and a single
    scenario equal to the totals unless given)."""
    total = np.asarray(total, dtype=float)
    p90 = total.copy() if p90 is None else np.asarray(p90, dtype=float)
    scen = total[None, :].copy() if scenario_totals is None else np.asarray(scenario_totals, float)
    cheapest = np.bincount(scen.argmin(axis=1), minlength=len(total)) / len(scen)
    return FakeSimulation(refs(project), total, total * (1 + tax_rate), p90, scen, cheapest)


def project_from(criteria: list[dict[str, Any]], vendors: list[dict[str, Any]], **top: Any) -> Project:
    """A small valid project: one month, 100 contacts, the given parts."""
    data = {"format": "vendorpick/2", "start": "2027-01", "months": 1,
            "forecast": {"base_monthly_contacts": 100}, "criteria": criteria, "vendors": vendors}
    data.update(top)
    return Project.model_validate(data)


def synthetic_case(candidates: int = 20, criteria: int = 10, scenarios: int = 10000,
                   seed: int = 1) -> tuple[Project, FakeSimulation]:
    """``candidates`` one-plan vendors judged on one cost criterion and
    ``criteria − 1`` ratings, with lognormal cost scenarios."""
    rng = np.random.default_rng(seed)
    crits = [{"id": "cost", "kind": "cost", "weight": 3.0}]
    crits += [{"id": f"r{k}", "kind": "rating", "weight": float(rng.integers(1, 5))}
              for k in range(1, criteria)]
    vendors = [{"name": f"V{c:02d}", "plans": [{"name": "P"}],
                "scores": {f"r{k}": int(rng.integers(1, 6)) for k in range(1, criteria)}}
               for c in range(candidates)]
    project = project_from(crits, vendors)
    base = rng.uniform(1.5e6, 3e6, candidates)
    scen = base[None, :] * rng.lognormal(-0.02, 0.2, (scenarios, 1)) * rng.lognormal(0, 0.05, (scenarios, candidates))
    return project, fake_simulation(project, scen.mean(axis=0), np.quantile(scen, 0.9, axis=0), scen)
