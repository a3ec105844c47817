"""A same-figures numpy "floor" of the Monte Carlo stage (issue 13).

:func:`floor_run` computes, from the engine's :class:`~vendorpick.pricing.montecarlo.ScenarioModel`
(the hinge form of every candidate's month costs, built once before any
scenario), every Monte Carlo figure ``simulate`` reports: the (S × C) horizon
totals, their mean, P50/P90/P95, the probability of being the cheapest and
the probability of a month over the budget.  It draws the same normals from
the same ``PCG64(seed)`` stream in the same order, so it gives the engine's
figures (to ~1e-12 relative: sums in another order); ``check_same`` asserts it.

It is written as plainly as careful numpy allows, with nothing else to do:

* per chunk of up to 1,024 scenarios (fewer when there are very many kinks),
  candidate-major (C × n) totals: one single-threaded BLAS product for the
  linear part, then only the kinks whose knee lies inside the chunk's range
  of factors (kinks below the range are linear in the chunk, kinks above it
  add nothing), evaluated cell by cell and summed per candidate: candidates
  grouped by their number r of live kinks, one ``reshape(G, r, n).sum(axis=1)``
  per r (``np.add.reduceat`` along axis 0 is several times slower);
* budget: per candidate, any month whose factor passes its threshold;
* percentiles: per candidate row, one copy and single-kth partitions (numpy
  2's SIMD partition; one multi-kth ``np.partition`` is several times slower).

The engine is measured against this in ``bench_scale.py``.
"""

from __future__ import annotations

import numpy as np

try:  # the engine's own dependency; without it BLAS runs with its defaults
    from threadpoolctl import ThreadpoolController
except ImportError:  # pragma: no cover
    ThreadpoolController = None

CHUNK = 1024
_CONTROLLER = None


def _one_blas_thread():
    global _CONTROLLER
    if ThreadpoolController is None:
        import contextlib

        return contextlib.nullcontext()
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1, user_api="blas")


def _percentile_rows(t: np.ndarray, qs=(50.0, 90.0, 95.0)) -> np.ndarray:
    """Per candidate row: a contiguous copy, then one single-kth partition per
    percentile on the part above the previous one (numpy 2's SIMD partition;
    a multi-kth partition is several times slower)."""
    c, s = t.shape
    out = np.zeros((len(qs), c))
    if s == 0:
        return out
    for j in range(c):
        row, start = t[j].copy(), 0
        for i, q in enumerate(qs):  # ascending
            v = (s - 1) * (q / 100.0)
            b = int(np.floor(v))
            row[start:].partition(b - start)
            a = row[b]
            hi = row[b + 1:].min() if b + 1 < s else a
            g = v - b
            out[i, j] = hi - (hi - a) * (1.0 - g) if g >= 0.5 else a + (hi - a) * g
            start = b
    return out


def floor_run(model, scenarios: int, seed: int, cv: float, rho: float) -> dict[str, np.ndarray]:
    c, m = model.constant.size, model.linear.shape[0]
    rng = np.random.Generator(np.random.PCG64(seed))
    sigma = np.sqrt(np.log1p(cv * cv))
    lin_t = np.ascontiguousarray(model.linear.T)               # (C, M)
    kc, km, ka, kg = model.kink_cand, model.kink_month, model.kink_at, model.kink_gain
    totals = np.empty((c, scenarios))                           # candidate-major
    cheapest, over = np.zeros(c), np.zeros(c)
    chunk = max(64, min(CHUNK, (1 << 21) // max(1, ka.size)))  # at most 2M live-kink cells a chunk
    with _one_blas_thread():
        for lo in range(0, scenarios, chunk):
            n = min(chunk, scenarios - lo)
            z = rng.standard_normal((n, m + 1))
            xt = np.ascontiguousarray(
                np.exp(sigma * (np.sqrt(rho) * z[:, :1] + np.sqrt(1.0 - rho) * z[:, 1:]) - 0.5 * sigma * sigma).T)
            low, high = xt.min(axis=1), xt.max(axis=1)
            below = ka <= low[km]
            inside = ~below & (ka < high[km])
            lin = lin_t + np.bincount(km * c + kc, weights=np.where(below, kg, 0.0),
                                      minlength=m * c).reshape(m, c).T
            t = totals[:, lo: lo + n]
            np.matmul(lin, xt, out=t)
            t += (model.constant - np.bincount(kc, weights=np.where(below | inside, kg * ka, 0.0),
                                               minlength=c))[:, None]
            live = np.flatnonzero(inside)
            if live.size:
                # group the candidates by their number r of live kinks: one reshape-and-sum per r
                lc = kc[live]
                per = np.bincount(lc)[lc]
                order = np.argsort(per, kind="stable")
                live, lc, per = live[order], lc[order], per[order]
                rows = np.maximum(xt[km[live]], ka[live, None])
                rows *= kg[live, None]
                edges = np.flatnonzero(np.r_[True, per[1:] != per[:-1], True]).tolist()
                for a, b in zip(edges[:-1], edges[1:], strict=True):
                    r = int(per[a])
                    t[lc[a:b:r]] += rows[a:b].reshape((b - a) // r, r, n).sum(axis=1)
            lowest = t.min(axis=0)
            tie = t <= lowest + 1e-9 * np.abs(lowest)
            cheapest += (tie / tie.sum(axis=0)).sum(axis=1)
            if model.budget:
                hit = model.always_over.copy()
                oc, om, oa = model.over_cand, model.over_month, model.over_at
                hit[oc[oa < low[om]]] = True
                count = np.where(hit, float(n), 0.0)
                for j in np.unique(oc[(oa >= low[om]) & (oa < high[om]) & ~hit[oc]]):
                    sel = (oc == j) & (oa < high[om])
                    count[j] = (xt[om[sel]] > oa[sel, None]).any(axis=0).sum()
                over += count
    if not np.isfinite(totals.sum(axis=1)).all():
        raise FloatingPointError("not finite")
    q = _percentile_rows(totals)
    return {"totals": totals, "mean": totals.mean(axis=1), "p50": q[0], "p90": q[1], "p95": q[2],
            "cheapest": cheapest / scenarios, "any_over": over / scenarios if model.budget else None}


def check_same(floor: dict, engine: dict) -> float:
    """Largest relative difference between the floor's and the engine's figures."""
    worst = 0.0
    for key in ("totals", "mean", "p50", "p90", "p95", "cheapest", "any_over"):
        a, b = floor[key], engine[key]
        if a is None or b is None:
            assert a is None and b is None, key
            continue
        a, b = np.asarray(a), np.asarray(b)
        if key == "totals" and a.shape != b.shape:
            b = b.T
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12, err_msg=key)
        worst = max(worst, float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-300), initial=0.0)))
    return worst
