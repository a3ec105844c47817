"""Monte Carlo risk of the horizon totals (SPEC sections 3 and 6).

Scenario s scales every band volume of month k by

    X_{s,k} = exp(σ·Z_{s,k} − σ²/2),  σ² = ln(1 + cv²),
    Z_{s,k} = √ρ·F_s + √(1−ρ)·E_{s,k}

with F, E independent standard normals.  Scaling all bands of a month keeps
its band mix, so each candidate's month cost is an exact piecewise-linear
function f_{c,k}(X) (:mod:`vendorpick.pricing.pieces`).  A scenario's horizon
total is then

    T_{s,c} = Σ_k f_{c,k}(X_{s,k})
            = A_c + Σ_k B_{k,c} X_{s,k} + Σ_layers Σ_k γ_{c,k} max(X_{s,k}, κ_{c,k})

(the constant part folds in −γκ), i.e. one small matrix product plus one
``maximum`` pass and one batched matrix-vector product per kink layer.  No
per-day or per-band work is done per scenario.

**Reproducibility.**  One ``numpy.random.Generator(PCG64(seed))`` draws, in
scenario order, M + 1 standard normals per scenario (F_s first, then E_{s,0..M−1}).
Chunks draw consecutive scenarios, so the draws do not depend on the chunk
size.  Every figure is a function of those draws only; the totals of a
scenario are identical on a machine for a given chunk size, and agree to about
1e-12 relative across chunk sizes and CPUs (matrix products may sum in a
different order).  NumPy's ``Generator`` stream is stable for a NumPy version
(NEP 19); a NumPy upgrade may change the draws.

**Memory.**  Scenarios run in chunks of a few hundred; only the (S × C)
matrix of horizon totals is kept (160 MB at 1,000,000 × 20).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from vendorpick.pricing.pieces import Pieces

__all__ = ["Cancelled", "Layer", "RiskFigures", "ScenarioModel", "draw_factors", "run", "scenario_model"]

CHUNK_ELEMENTS = 1 << 17  # scenario × candidate × month cells per chunk (1 MiB of float64)
TIE_TOLERANCE = 1e-9      # totals within 1e-9 relative of the lowest share the win


class Cancelled(Exception):  # noqa: N818 - the public name of the contract
    """The caller's ``cancelled()`` returned True between two chunks."""


@dataclass(frozen=True)
class Layer:
    """One kink per (candidate, month) for the candidates ``cand``."""

    cand: np.ndarray  # (L,)
    kink: np.ndarray  # (L, 1, M), unused cells 0
    gain: np.ndarray  # (L, M, 1), unused cells 0


@dataclass(frozen=True)
class ScenarioModel:
    """T_{s,c} = constant_c + X_s · linear[:, c] + Σ_layers Σ_k γ max(X, κ)."""

    constant: np.ndarray            # (C,)
    linear: np.ndarray              # (M, C)
    layers: list[Layer]
    thresholds: np.ndarray | None   # (C, M): month over budget ⟺ X > threshold


def scenario_model(month: Pieces, candidates: int, months: int, budget: float | None) -> ScenarioModel:
    """Arrange C × M month functions (rows c·M + k) for fast evaluation."""
    kink = month.kink.reshape(candidates, months, -1)
    gain = month.gain.reshape(candidates, months, -1)
    finite = np.isfinite(kink)
    kink0 = np.where(finite, kink, 0.0)
    constant = month.const.reshape(candidates, months).sum(axis=1) - (gain * kink0).sum(axis=(1, 2))
    linear = np.ascontiguousarray(month.slope.reshape(candidates, months).T)
    layers = []
    for j in range(kink.shape[2]):
        cand = np.flatnonzero(finite[:, :, j].any(axis=1))
        if cand.size:
            layers.append(Layer(cand, kink0[cand, :, j][:, None, :].copy(), gain[cand, :, j][:, :, None].copy()))
    thresholds = None
    if budget is not None:
        thresholds = month.level_crossing(np.full(month.const.shape, budget)).reshape(candidates, months)
    return ScenarioModel(constant, linear, layers, thresholds)


def draw_factors(rng: np.random.Generator, n: int, months: int, cv: float, rho: float) -> np.ndarray:
    """(n, M) factors X of the next n scenarios of the stream."""
    z = rng.standard_normal((n, months + 1))
    sigma = np.sqrt(np.log1p(cv * cv))
    mixed = np.sqrt(rho) * z[:, :1] + np.sqrt(1.0 - rho) * z[:, 1:]
    return np.exp(sigma * mixed - 0.5 * sigma * sigma)


def chunk_totals(model: ScenarioModel, x: np.ndarray, buf: np.ndarray) -> np.ndarray:
    """(n, C) horizon totals of the scenarios with factors x (n, M)."""
    n, m = x.shape
    totals = x @ model.linear
    totals += model.constant
    for layer in model.layers:
        cells = np.maximum(x, layer.kink, out=buf[: layer.cand.size * n * m].reshape(layer.cand.size, n, m))
        totals[:, layer.cand] += np.matmul(cells, layer.gain)[:, :, 0].T
    return totals


def _months_over(thresholds: np.ndarray, x: np.ndarray) -> np.ndarray:
    """(n, C) bool: at least one month of the scenario is over budget."""
    return (x[:, None, :] > thresholds[None, :, :]).any(axis=2)


def _cheapest_share(totals: np.ndarray) -> np.ndarray:
    """Σ over scenarios of each candidate's share of the lowest total (ties split)."""
    lowest = totals.min(axis=1, keepdims=True)
    tie = totals <= lowest + TIE_TOLERANCE * np.abs(lowest)
    return (tie / tie.sum(axis=1, keepdims=True)).sum(axis=0)


@dataclass
class RiskFigures:
    totals: np.ndarray          # (S, C)
    cheapest: np.ndarray        # (C,)
    any_over: np.ndarray | None  # (C,) probability that some month is over budget


def run(model: ScenarioModel, scenarios: int, seed: int, cv: float, rho: float, *,
        chunk: int | None = None, progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None) -> RiskFigures:
    """Evaluate ``scenarios`` scenarios chunk by chunk (bounded memory)."""
    c, m = model.constant.size, model.linear.shape[0]
    rng = np.random.Generator(np.random.PCG64(seed))
    n = chunk or max(32, min(8192, CHUNK_ELEMENTS // max(1, c * m)))
    totals = np.empty((scenarios, c))
    buf = np.empty(max((layer.cand.size for layer in model.layers), default=0) * n * m)
    cheapest, over = np.zeros(c), np.zeros(c)
    for lo in range(0, scenarios, n):
        if cancelled is not None and cancelled():
            raise Cancelled()
        x = draw_factors(rng, min(n, scenarios - lo), m, cv, rho)
        block = chunk_totals(model, x, buf)
        totals[lo: lo + len(x)] = block
        if c:
            cheapest += _cheapest_share(block)
        if model.thresholds is not None:
            over += _months_over(model.thresholds, x).sum(axis=0)
        if progress is not None:
            progress(min(1.0, (lo + len(x)) / scenarios))
    any_over = over / scenarios if model.thresholds is not None else None
    return RiskFigures(totals, cheapest / scenarios, any_over)
