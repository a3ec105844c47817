"""Time ``simulate()`` against a plain numpy pass over the same arrays.

Usage::

    .venv/bin/python benchmarks/bench_simulate.py [--repeat 7] [--large 200000]

A synthetic project of 20 candidates over 36 months (fixed plans with a cap,
per-contact plans, graduated tiers, minimum charges, surcharges of all three
kinds, a tax-included quote, a staged roll-out, a budget ceiling) is simulated
in-process with 10,000 and with 200,000 scenarios.  For each size the script
prints the median wall time of the full simulation (volume, expected cost,
Monte Carlo, percentiles, budget, cheapest probability, crossovers) and, in
the same run, of two references over the same arrays (the same normal draws
in the same chunks, the same factors X, the same (S × C) totals matrix):

* the *plain numpy pass*: one elementwise pass over the S × C × M cells,
  ``(X[:, None, :] * monthly_cost).sum(-1)`` — a cost linear in volume
  evaluated cell by cell, the reference of the issue's "≤ 2×" target;
* the *floor*: the same totals as one matrix product ``X @ monthly_cost.T``
  (draws, factors and a tiny BLAS call; no engine can do less).

Targets (issue 3): ≤ 100 ms for 10,000 scenarios on one core, ≤ 2× the plain pass.
It runs with the machine's own BLAS threads (as a user's would; the engine
limits them itself around its products); ``--one-thread`` sets
``OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1`` before numpy is imported.
(``bench_scale.py`` prints both, with its same-figures floor.)
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__" and "--one-thread" in sys.argv:
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = "1"

import argparse  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from vendorpick.pricing import montecarlo  # noqa: E402
from vendorpick.pricing.simulate import simulate  # noqa: E402
from vendorpick.pricing.threads import one_blas_thread  # noqa: E402
from vendorpick.project.io import parse_project  # noqa: E402

BANDS4 = ["weekday_day", "weekday_night", "holiday_day", "holiday_night"]


def _plan(i: int) -> dict:
    kind = i % 5
    plan: dict = {"name": f"plan {i}", "setup_fee": 10000 + 1000 * i,
                  "night_hours": {"start": 18 + i % 5, "end": (5 + i) % 10}}
    if kind == 0:
        plan.update(monthly_fee=50000 + 1000 * i, included=150 + 10 * i, rate=250)
    elif kind == 1:
        plan.update(rate=300 + i, minimum_monthly_charge=40000)
    elif kind == 2:
        plan.update(tiers=[{"up_to": 300, "rate": 380}, {"up_to": 800, "rate": 300}, {"up_to": None, "rate": 240}],
                    minimum_monthly_charge=60000)
    elif kind == 3:
        plan.update(monthly_fee=20000, included=80, rate=300, coverage=["weekday_day", "holiday_day"],
                    tax_included=True)
    else:
        plan.update(rate=320, coverage=["weekday_night", "holiday_day", "holiday_night"],
                    phases=[{"from": "2028-01", "coverage": BANDS4}])
    plan["surcharges"] = {
        "weekday_night": {"multiplier": 1.25, "per_contact": 10 * (i % 3), "monthly": 5000 * (i % 2)},
        "holiday_day": {"multiplier": 1.35},
        "holiday_night": {"multiplier": 1.5, "monthly": 10000},
    }
    return plan


CHANNELS4 = [  # SPEC 7: two deferred and two live channels, each with its handling time
    {"id": "message", "name": "R-Messe", "share": 0.4, "aht_min": 6},
    {"id": "mail", "name": "メール", "share": 0.25, "aht_min": 8},
    {"id": "phone", "name": "電話", "share": 0.25, "aht_min": 5,
     "hourly_profile": [0] * 9 + [3, 4, 4, 3, 4, 4, 4, 3, 3, 2, 1, 1, 0.5, 0, 0]},
    {"id": "chat", "name": "チャット", "share": 0.1, "aht_min": 7},
]


def _channel_plan(plan: dict, i: int) -> dict:
    """Quotes as vendors write them: rates by channel, by the minute, seats."""
    if i % 3 == 0 and "tiers" not in plan:
        plan["rates"] = {"phone": plan.get("rate", 300) + 150, "chat": plan.get("rate", 300) + 50}
    if i % 7 == 1 and "tiers" not in plan:
        plan.update(unit="minute", rounding="per_contact", rate=60, included=plan.get("included", 0) * 6)
        plan.pop("rates", None)
    if i % 11 == 2:
        plan["seats"] = {"count": 2, "per_seat_hour": 2200}
    if i % 13 == 5:
        plan["channels"] = ["message", "mail"]
    return plan


def bench_project(candidates: int = 20, months: int = 36, channels: int = 0):
    """``channels=4``: the forecast has 4 channels and the plans the SPEC 7 quote forms."""
    plans = [[_plan(4 * v + p) for p in range(4)] for v in range(candidates // 4)]
    if channels:
        plans = [[_channel_plan(p, 4 * v + k) for k, p in enumerate(row)] for v, row in enumerate(plans)]
    data = {
        "format": "vendorpick/2", "start": "2027-01", "months": months,
        "forecast": {
            "base_monthly_contacts": 700, "growth_per_year": 0.05,
            "monthly_index": [1.0, 0.8, 1.1, 0.9, 1.0, 1.1, 1.1, 1.0, 1.1, 0.9, 1.1, 1.5],
            "events": [{"name": "SALE", "start": f"{2027 + y}-{m:02d}-04", "end": f"{2027 + y}-{m:02d}-11",
                        "multiplier": 2.2} for y in range(months // 12 + 1) for m in (3, 6, 9, 12)],
            **({"channels": CHANNELS4[:channels]} if channels else {}),
        },
        "vendors": [{"name": f"vendor {v}", "plans": row} for v, row in enumerate(plans)],
        "settings": {"in_house_cost_per_contact": 900, "monthly_budget": 250000,
                     "extra_holidays": ["2027-12-30", "2027-12-31"]},
    }
    return parse_project(data)


def plain_pass(monthly_cost: np.ndarray, scenarios: int, seed: int, cv: float, rho: float,
               floor: bool = False) -> np.ndarray:
    """Same draws, same chunks, same factors; totals linear in volume."""
    c, m = monthly_cost.shape
    n = montecarlo.CHUNK_SCENARIOS
    rng = np.random.Generator(np.random.PCG64(seed))
    totals = np.empty((scenarios, c))
    weights = np.ascontiguousarray(monthly_cost.T)
    with one_blas_thread():  # as the engine: OpenBLAS's default threads make these small products slower
        for lo in range(0, scenarios, n):
            x = montecarlo.draw_factors(rng, min(n, scenarios - lo), m, cv, rho)
            if floor:
                totals[lo: lo + len(x)] = x @ weights
            else:
                totals[lo: lo + len(x)] = (x[:, None, :] * monthly_cost).sum(axis=2)
    return totals


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm caches (holiday calendar, imports)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000.0 * statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--large", type=int, default=200_000)
    ap.add_argument("--one-thread", action="store_true", help="one BLAS/OpenMP thread (set before numpy loads)")
    args = ap.parse_args(argv)
    project = bench_project()
    unc = project.forecast.uncertainty
    print("command:", " ".join([os.path.relpath(sys.executable), *sys.argv]))
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}, "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    expected = simulate(project, scenarios=100).monthly_cost
    print(f"candidates {expected.shape[0]}, months {expected.shape[1]}, median of {args.repeat} runs")
    for scenarios in (10_000, args.large):
        full = _median_ms(lambda s=scenarios: simulate(project, scenarios=s, seed=1), args.repeat)
        plain = _median_ms(lambda s=scenarios: plain_pass(expected, s, 1, unc.cv, unc.correlation), args.repeat)
        floor = _median_ms(lambda s=scenarios: plain_pass(expected, s, 1, unc.cv, unc.correlation, True),
                           args.repeat)
        print(f"{scenarios:>9,} scenarios: simulate {full:8.1f} ms | plain numpy pass {plain:8.1f} ms "
              f"(ratio {full / plain:4.2f}) | floor {floor:8.1f} ms (ratio {full / floor:4.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
