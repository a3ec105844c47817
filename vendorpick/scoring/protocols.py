"""What the scoring engine reads of a pricing result, as typed protocols.

The ranking needs the candidates and a few cost figures of a simulation, not
the whole :class:`vendorpick.pricing.simulate.SimulationResult`; tests and
benchmarks hand it :class:`vendorpick.scoring.synthetic.FakeSimulation`
instead.  Both satisfy :class:`PricedCandidates` (checked by mypy in
``synthetic.py`` and at run time in tests/core/test_protocols.py).

Attributes are read-only properties so that frozen dataclasses and named
tuples satisfy them as well as plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = ["CandidateKey", "PricedCandidates"]


@runtime_checkable
class CandidateKey(Hashable, Protocol):
    """One plan of one vendor (``CandidateRef`` of the pricing engine)."""

    @property
    def vendor_index(self) -> int: ...

    @property
    def plan_index(self) -> int: ...

    @property
    def vendor(self) -> str: ...

    @property
    def plan(self) -> str: ...


@runtime_checkable
class PricedCandidates(Protocol):
    """The figures of a simulation the ranking reads; arrays are indexed by
    candidate (C) in ``candidates`` order, yen tax excluded unless named."""

    @property
    def candidates(self) -> Sequence[CandidateKey]: ...

    @property
    def total(self) -> np.ndarray: ...  # (C,) expected total cost of the horizon

    @property
    def total_tax_included(self) -> np.ndarray: ...  # (C,)

    @property
    def risk_p90(self) -> np.ndarray: ...  # (C,)

    @property
    def scenario_totals(self) -> np.ndarray: ...  # (S, C) Monte Carlo totals

    @property
    def cheapest_probability(self) -> np.ndarray: ...  # (C,)

    @property
    def uncovered_contacts(self) -> np.ndarray: ...  # (C,) contacts left to the shop

    @property
    def uncovered_cost(self) -> np.ndarray: ...  # (C,) their in-house cost
