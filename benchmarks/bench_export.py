"""Time the comparison workbook for 50 candidates (issue 5: under 1 s).

Prints the time to build and write the workbook from a finished simulation
and ranking (what the application's File > Export does after a run), and the
whole ``vendorpick export`` command (load, simulate, rank, write).

    .venv/bin/python benchmarks/bench_export.py
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vendorpick.excel.export import export_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.project.io import parse_project, save, to_data
from vendorpick.scoring.rank import rank_project

CANDIDATES = 50


def fifty_candidates():
    """The demo's vendors copied and renamed until there are 50 plans."""
    data = to_data(demo_project())
    base = data["vendors"]
    vendors, count, n = [], 0, 0
    while count < CANDIDATES:
        vendor = copy.deepcopy(base[n % len(base)])
        vendor["name"] = f"{vendor['name']} {n + 1}"
        vendor["plans"] = vendor["plans"][: CANDIDATES - count]
        count += len(vendor["plans"])
        vendors.append(vendor)
        n += 1
    data["vendors"] = vendors
    return parse_project(json.loads(json.dumps(data)))


def best_of(runs: int, fn, clock=time.perf_counter) -> float:
    """The shortest of ``runs`` runs (wall clock unless another clock is given;
    on a busy machine the process CPU time shows the work itself)."""
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def main() -> None:
    project = fifty_candidates()
    candidates = sum(len(v.plans) for v in project.vendors)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.xlsx"
        sim = simulate(project)
        ranking = rank_project(project, sim)
        run = lambda: export_workbook(project, out, "ja", sim=sim, ranking=ranking)  # noqa: E731
        wall, cpu = best_of(5, run), best_of(5, run, time.process_time)
        print(f"export_workbook, {candidates} candidates x {project.months} months: {wall:.3f} s wall, "
              f"{cpu:.3f} s CPU (best of 5; {out.stat().st_size / 1024:.0f} KiB)")
        full = best_of(3, lambda: export_workbook(project, out, "ja"))
        print(f"export_workbook with simulate + rank ({project.settings.scenarios} scenarios): {full:.3f} s")
        source = Path(folder) / "bench.vendorpick.json"
        save(project, source)
        command = [sys.executable, "-m", "vendorpick", "export", str(source), "-o", str(out), "--lang", "ja"]
        cmd = best_of(3, lambda: subprocess.run(command, check=True, capture_output=True))
        print(f"command `vendorpick export FILE -o OUT.xlsx` (new process, imports included): {cmd:.3f} s")


if __name__ == "__main__":
    main()
