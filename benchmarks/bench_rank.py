"""Speed of ``rank_project`` with sensitivity (SPEC 4 and 6).

Run:  .venv/bin/python benchmarks/bench_rank.py [--candidates 20] [--criteria 10] [--draws 10000]

Times the ranking of a synthetic project (one cost criterion and ratings)
from a precomputed 10,000-scenario cost simulation: must-haves, weights,
scores, the weight-stability interval of every criterion, the price-to-win
of every runner-up and the win probability over ``--draws`` Monte Carlo
cost scenarios combined with Dirichlet weight draws.  Prints the best and
median of several repeats, and the parts separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import numpy as np

from vendorpick.scoring import sensitivity
from vendorpick.scoring.rank import rank_project, rank_table
from vendorpick.scoring.synthetic import synthetic_case


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=20)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--draws", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=7)
    for method in ("weighted_sum", "topsis"):
        args = parser.parse_args(argv)
        project, sim = synthetic_case(args.candidates, args.criteria, scenarios=10000)
        project = project.model_copy(update={"scoring": project.scoring.model_copy(update={"method": method})})
        rank_project(project, sim, draws=args.draws)  # warm-up
        full = timed(lambda p=project, s=sim, a=args: rank_project(p, s, draws=a.draws), args.repeats)
        plain = timed(lambda p=project, s=sim: rank_project(p, s, sensitivity=False), args.repeats)
        res = rank_project(project, sim, sensitivity=False)
        tab = rank_table(project, sim, list(range(len(sim.candidates))), res.weights_info, 1.0)
        win = timed(lambda t=tab, s=sim, a=args: sensitivity.win_probability(
            t, s.scenario_totals, 50.0, a.draws, 0), args.repeats)
        print(f"{method}: {args.candidates} candidates x {args.criteria} criteria, "
              f"{args.draws} draws, 10000 scenarios")
        print(f"  rank with sensitivity: best {min(full) * 1e3:.1f} ms, median {statistics.median(full) * 1e3:.1f} ms")
        print(f"  rank without:          best {min(plain) * 1e3:.1f} ms")
        print(f"  win probability alone: best {min(win) * 1e3:.1f} ms")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}")
    print("command: .venv/bin/python benchmarks/bench_rank.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
