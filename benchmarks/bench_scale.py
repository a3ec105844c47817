"""Performance at scale, in one run (issue 13).

    .venv/bin/python benchmarks/bench_scale.py [--full] [--repeat 3] [--skip-gui]

Prints, measured side by side in one run (ratios are what count on a noisy
machine):

1. the engine (``simulate``) against the same-figures numpy floor of
   ``benchmarks/floor.py`` (the same preparation, then the floor's Monte
   Carlo) at 20 and 200 candidates × 36 months, 10k and 200k scenarios
   (and 1M with ``--full``), first with the BLAS threads this machine gives
   by default, then in a child process with ``OPENBLAS_NUM_THREADS=1``
   (``OMP_NUM_THREADS=1``, ``MKL_NUM_THREADS=1``); the floor's figures are
   checked against the engine's;
2. crossover time and peak memory (tracemalloc) at 200 and 300 distinct quotes;
3. ``vendorpick rank --json`` against ``vendorpick simulate --json`` (new
   processes) at 200 candidates × 15 criteria, and ``rank_project`` with
   sensitivity and 10,000-draw win probability at 2,000 plans;
4. peak memory of ``simulate`` and of ``rank_project`` at 1M scenarios × 20 × 36
   (child process, VmHWM over the baseline, against the totals matrix);
5. CLI start-up: ``python -X importtime`` of the ``simulate`` command and the
   wall time of ``vendorpick simulate --json`` at 10k scenarios against the
   same simulation in-process;
6. GUI latencies (``bench_results_latency.py``: the demo at 10k scenarios,
   20 candidates x 36 months at 10k and 100k, and the what-if slider drag).

Nothing here pins BLAS threads in the parent process: the default-thread
figures are the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_USER_ENV = {k: os.environ.get(k) for k in _THREAD_VARS}

import numpy as np  # noqa: E402
from bench_simulate import bench_project  # noqa: E402
from floor import check_same, floor_run  # noqa: E402

from vendorpick.pricing import simulate as sim_mod  # noqa: E402
from vendorpick.pricing.plans import month_costs  # noqa: E402
from vendorpick.project.io import parse_project, to_data  # noqa: E402

# (the children get the user's own settings: nothing imported here may pin threads)
assert {k: os.environ.get(k) for k in _THREAD_VARS} == _USER_ENV

ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def timed(fn, repeat: int) -> float:
    """Median seconds of ``repeat`` runs after one warm-up (the warm-up's
    time when ``repeat`` is 0)."""
    t0 = time.perf_counter()
    fn()
    times = [] if repeat else [time.perf_counter() - t0]
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def risk_model(project):
    """The engine's preparation: band volumes, expected costs, the hinge model."""
    inp = sim_mod._inputs(project)
    s = project.settings
    with np.errstate(over="ignore", invalid="ignore"):
        if hasattr(sim_mod, "_month_costs"):  # SPEC 7: by band and channel
            mc = sim_mod._month_costs(inp, s.in_house_cost_per_contact)
        else:
            mc = month_costs(inp.bands, inp.covers, inp.terms, s.in_house_cost_per_contact)
        if hasattr(sim_mod, "risk_model"):
            return sim_mod.risk_model(inp, mc, s)
        from vendorpick.pricing.montecarlo import scenario_model
        c, m = mc.cost.shape
        return scenario_model(sim_mod.month_pieces(mc, inp.terms), c, m, s.monthly_budget)


def floor_simulate(project, scenarios: int, seed: int) -> dict:
    unc = project.forecast.uncertainty
    return floor_run(risk_model(project), scenarios, seed, unc.cv, unc.correlation)


def engine_figures(sim) -> dict:
    return {"totals": sim.scenario_totals, "mean": sim.risk_mean, "p50": sim.risk_p50, "p90": sim.risk_p90,
            "p95": sim.risk_p95, "cheapest": sim.cheapest_probability,
            "any_over": None if sim.budget is None else sim.budget.probability_any_month_over}


# ------------------------------------------------------------------ 1. floor


def interleaved(fns, repeat: int):
    """Run the functions in turn ``repeat`` times after one warm-up each (so
    that a busy spell of the machine hits both alike); per function the
    median wall and CPU seconds, and its last result."""
    for fn in fns:
        fn()
    walls, cpus, outs = [[] for _ in fns], [[] for _ in fns], [None] * len(fns)
    for _ in range(max(1, repeat)):
        for i, fn in enumerate(fns):
            outs[i] = None
            t0, c0 = time.perf_counter(), time.process_time()
            outs[i] = fn()
            walls[i].append(time.perf_counter() - t0)
            cpus[i].append(time.process_time() - c0)
    return [(statistics.median(w), statistics.median(c), o) for w, c, o in zip(walls, cpus, outs, strict=True)]


def section_floor(sizes: list[int], repeat: int) -> None:
    label = "OPENBLAS_NUM_THREADS=1" if os.environ.get("OPENBLAS_NUM_THREADS") == "1" else "default BLAS threads"
    print(f"\n[1] engine (simulate) vs same-figures numpy floor, {label}; median of {repeat} runs "
          f"(2 at 1M), engine and floor in turn", flush=True)
    for c, ch in ((20, 0), (20, 4), (200, 0), (200, 4)):
        project = bench_project(candidates=c, channels=ch)
        for s in sizes:
            rep = repeat if s <= 200_000 else 2
            (e_wall, e_cpu, sim), (f_wall, f_cpu, fl) = interleaved(
                [lambda p=project, n=s: sim_mod.simulate(p, scenarios=n, seed=1),
                 lambda p=project, n=s: floor_simulate(p, n, 1)], rep)
            diff = check_same(fl, engine_figures(sim))
            del sim, fl
            print(f"  {c:>3} candidates x 36 months, {ch} channels, {s:>9,} scenarios: engine {e_wall * 1e3:8.1f} ms "
                  f"(CPU {e_cpu * 1e3:8.1f}) | floor {f_wall * 1e3:8.1f} ms (CPU {f_cpu * 1e3:8.1f}) | "
                  f"engine/floor wall {e_wall / f_wall:4.2f}, CPU {e_cpu / f_cpu:4.2f} | same figures "
                  f"(max rel diff {diff:.1e})", flush=True)


# ------------------------------------------------------------- 2. crossovers


def distinct_quotes(n: int, months: int = 12):
    """n plans, each with its own fee, allowance, minimum and tier limits."""
    plans = []
    for i in range(n):
        plan = {"name": f"p{i}", "monthly_fee": 20000 + 137 * i, "included": 40 + 3 * i,
                "minimum_monthly_charge": 30000 + 211 * i,
                "tiers": [{"up_to": 300 + 7 * i, "rate": 400 - (i % 50)}, {"up_to": 900 + 11 * i, "rate": 320},
                          {"up_to": None, "rate": 250 + (i % 37)}]}
        plans.append(plan)
    data = {"format": "vendorpick/1", "start": "2027-01", "months": months,
            "forecast": {"base_monthly_contacts": 800},
            "vendors": [{"name": f"v{v}", "plans": plans[4 * v: 4 * v + 4]} for v in range((n + 3) // 4)]}
    return parse_project(data)


def section_crossovers() -> None:
    print("\n[2] crossovers (typical month, every pair), time and peak traced memory")
    for n in (200, 300):
        project = distinct_quotes(n)
        inp = sim_mod._inputs(project)
        in_house = project.settings.in_house_cost_per_contact
        t = timed(lambda i=inp, h=in_house: sim_mod._crossovers(i, h), 1)
        tracemalloc.start()
        found = sim_mod._crossovers(inp, in_house)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = len(json.dumps([{"a": [c.a.vendor, c.a.plan], "b": [c.b.vendor, c.b.plan],
                                "monthly_contacts": c.monthly_contacts} for c in found]))
        print(f"  {n} distinct quotes: {t * 1e3:8.1f} ms, peak {peak / 2**20:7.1f} MiB, "
              f"{len(found):,} crossing pairs ({size / 2**20:.1f} MB of JSON)", flush=True)


# ------------------------------------------------------------------- 3. rank


def ranked_project(candidates: int, criteria: int):
    data = to_data(bench_project(candidates=candidates))
    rng = np.random.default_rng(7)
    data["criteria"] = [{"id": "cost", "kind": "cost", "weight": 3.0}] + [
        {"id": f"r{k}", "kind": "rating", "weight": float(rng.integers(1, 5))} for k in range(1, criteria)]
    for v in data["vendors"]:
        v["scores"] = {f"r{k}": int(rng.integers(1, 6)) for k in range(1, criteria)}
    return parse_project(json.loads(json.dumps(data)))


def cli(args: list[str], repeat: int = 3, cpu: bool = False):
    """Best wall time of ``repeat`` runs of ``vendorpick ARGS`` in a new process
    (and, with ``cpu``, the best CPU time: user + system, less sensitive to a busy machine)."""
    import resource

    command = [sys.executable, "-m", "vendorpick", *args]
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return (min(walls), min(cpus)) if cpu else min(walls)


def section_rank(plans_2000: bool) -> None:
    from vendorpick.project.io import save
    from vendorpick.scoring.rank import rank_project
    from vendorpick.scoring.synthetic import synthetic_case

    print("\n[3] rank against simulate")
    project = ranked_project(200, 15)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p200.vendorpick.json"
        save(project, path)
        sim_cli, rank_cli = cli(["simulate", "--json", str(path)]), cli(["rank", "--json", str(path)])
    sim = sim_mod.simulate(project)
    t_sim = timed(lambda: sim_mod.simulate(project), 3)
    t_rank = timed(lambda: rank_project(project, sim), 3)
    print(f"  200 candidates x 15 criteria, 10,000 scenarios, 10,000 draws: `rank --json` {rank_cli:.2f} s, "
          f"`simulate --json` {sim_cli:.2f} s (ratio {rank_cli / sim_cli:.2f}); in-process rank_project "
          f"{t_rank * 1e3:.0f} ms vs simulate {t_sim * 1e3:.0f} ms (ratio {t_rank / t_sim:.2f})", flush=True)
    if plans_2000:
        big = ranked_project(2000, 15)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "p2000.vendorpick.json"
            save(big, path)
            wall = cli(["rank", "--json", str(path)], 1)
        print(f"  2,000 plans x 36 months x 15 criteria, 10,000 scenarios and draws: `rank --json` {wall:.1f} s "
              f"(a new process: load, simulate, rank with sensitivity and win probability)", flush=True)
    sizes = [500] + ([2000] if plans_2000 else [])
    for n in sizes:
        project, sim = synthetic_case(n, 15, scenarios=10000)
        t = timed(lambda p=project, s=sim: rank_project(p, s), 0)
        print(f"  {n:,} plans x 15 criteria (synthetic, 10,000 scenarios and draws): rank_project with sensitivity "
              f"{t:.2f} s", flush=True)


# ---------------------------------------------------------------- 4. memory

MEMORY_CHILD = r"""
import sys, json
sys.path.insert(0, sys.argv[1])
from bench_simulate import bench_project
from vendorpick.pricing.simulate import simulate
from vendorpick.scoring.rank import rank_project

def status(key):
    for line in open('/proc/self/status'):
        if line.startswith(key):
            return int(line.split()[1]) * 1024

project = bench_project(candidates=20)
simulate(project, scenarios=1000)            # warm up imports and caches
import json as _j
data = _j.loads(_j.dumps({}))
base = status('VmRSS')
sim = simulate(project, scenarios=1_000_000)
after_sim = status('VmHWM')
open('/proc/self/clear_refs', 'w').write('5')   # reset the high-water mark
base_rank = status('VmRSS')
data = project.model_dump()
data['criteria'] = [{'id': 'cost', 'kind': 'cost', 'weight': 1.0}]
from vendorpick.project.model import Project
project = Project.model_validate(data)
rank_project(project, sim)
after_rank = status('VmHWM')
print(json.dumps({"sim": after_sim - base, "rank": after_rank - base_rank, "totals": sim.scenario_totals.nbytes}))
"""


def section_memory() -> None:
    print("\n[4] peak memory at 1,000,000 scenarios x 20 candidates x 36 months (child process, VmHWM - VmRSS)")
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(HERE)], capture_output=True, text=True)
    if out.returncode:
        print("  failed:", out.stderr[-800:])
        return
    m = json.loads(out.stdout.strip().splitlines()[-1])
    t = m["totals"]
    print(f"  totals matrix {t / 2**20:.0f} MiB; simulate peak +{m['sim'] / 2**20:.0f} MiB ({m['sim'] / t:.2f}x); "
          f"rank_project (sensitivity, 10,000 draws) peak +{m['rank'] / 2**20:.0f} MiB ({m['rank'] / t:.2f}x)",
          flush=True)


# --------------------------------------------------------------- 5. start-up


def section_startup() -> None:
    from vendorpick.project.demo import demo_project
    from vendorpick.project.io import save

    print("\n[5] CLI start-up")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.vendorpick.json"
        save(demo_project(), path)
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "vendorpick", "simulate", "--json",
                              str(path)], capture_output=True, text=True, check=True)
        top: dict[str, int] = {}     # modules imported at the top level (not by another module)
        loaded: set[str] = set()
        for line in out.stderr.splitlines():
            if line.startswith("import time:") and "|" in line:
                _, cum, name = line[len("import time:"):].split("|", 2)
                if not cum.strip().isdigit():
                    continue
                loaded.add(name.strip())
                if not name[1:].startswith(" "):
                    top[name.strip()] = int(cum)
        total = sum(top.values())
        shown = ", ".join(f"{k} {v / 1e3:.0f} ms" for k, v in sorted(top.items(), key=lambda kv: -kv[1])[:6])
        print(f"  python -X importtime -m vendorpick simulate --json demo: {total / 1e3:.0f} ms of imports "
              f"({len(loaded)} modules; largest: {shown})")
        print(f"  holidays modules loaded: {sum(1 for k in loaded if k.startswith('holidays'))}; "
              f"scipy loaded: {'scipy' in loaded}; pydantic loaded: {'pydantic' in loaded}")
        wall, cpu = cli(["simulate", "--json", str(path)], 5, cpu=True)
        inproc = timed(lambda: sim_mod.simulate(demo_project()), 5)
        print(f"  `vendorpick simulate --json demo` (10,000 scenarios): {wall * 1e3:.0f} ms in a new process "
              f"({cpu * 1e3:.0f} ms CPU), {inproc * 1e3:.0f} ms of it simulating: fixed start-up "
              f"{(wall - inproc) * 1e3:.0f} ms", flush=True)
        wall, cpu = cli(["--version"], 5, cpu=True)
        print(f"  `vendorpick --version`: {wall * 1e3:.0f} ms ({cpu * 1e3:.0f} ms CPU)")


# -------------------------------------------------------------------- 6. GUI


def section_gui() -> None:
    print("\n[6] GUI: edit -> results (bench_results_latency.py), offscreen", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for args in (["--edits", "30"], ["--edits", "20", "--candidates", "20"],
                 ["--edits", "20", "--scenarios", "100000", "--candidates", "20"],
                 ["--drag", "--scenarios", "100000", "--candidates", "20"],
                 ["--drag", "--candidates", "20", "--tab", "1"]):
        out = subprocess.run([sys.executable, str(HERE / "bench_results_latency.py"), *args], env=env,
                             capture_output=True, text=True)
        text = out.stdout if out.returncode == 0 else out.stderr[-600:]
        print("  $ bench_results_latency.py " + " ".join(args))
        print("".join("    " + line + "\n" for line in text.strip().splitlines()), end="", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="also 1M scenarios, 2,000 plans and the 1M memory run")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-gui", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated sections (floor,cross,rank,memory,startup,gui)")
    ap.add_argument("--child-floor", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sizes = [10_000, 200_000] + ([1_000_000] if args.full else [])
    if args.child_floor:
        section_floor(sizes, args.repeat)
        return 0
    only = set(filter(None, args.only.split(",")))

    def want(section: str) -> bool:
        return not only or section in only

    print("command:", " ".join([os.path.relpath(sys.executable), *sys.argv]))
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}, OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    if want("floor"):
        # numpy is already loaded here; both runs are children so that OpenBLAS reads the settings given
        child0 = [sys.executable, __file__, "--child-floor", "--repeat", str(args.repeat)] + \
            (["--full"] if args.full else [])
        subprocess.run(child0, check=True)
        child = [sys.executable, __file__, "--child-floor", "--repeat", str(args.repeat)] + \
            (["--full"] if args.full else [])
        subprocess.run(child, env=dict(os.environ, **ONE_THREAD), check=True)
    if want("cross"):
        section_crossovers()
    if want("rank"):
        section_rank(args.full)
    if want("memory") and args.full:
        section_memory()
    if want("startup"):
        section_startup()
    if want("gui") and not args.skip_gui:
        section_gui()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
