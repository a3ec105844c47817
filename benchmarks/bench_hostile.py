"""Hostile files are answered in seconds with bounded memory (issue 11).

    .venv/bin/python benchmarks/bench_hostile.py

Prints, for each file, the wall time and peak memory (max RSS) of the
command line refusing it, in a fresh process:

* a 15 MB project whose ``plans`` is ``[1,1,1,…]`` (5 million items; it took
  91 s and 9.8 GB before) — ``vendorpick validate``;
* a project with 1,000 bad vendors (2,000 problems; 100 shown);
* a quote file with a million more rows (it took 31 s and 0.9 GB) and one
  with 100,000 — ``vendorpick import``;
* the demo, for comparison.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# peak memory from /proc (VmHWM, in kB): ru_maxrss would carry the parent's peak across fork
PROBE = ("import re, sys, runpy; sys.argv = ['vendorpick', *sys.argv[1:]]\n"
         "try:\n    runpy.run_module('vendorpick', run_name='__main__')\n"
         "except SystemExit as e: code = e.code\n"
         "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
         "print(hwm, code, file=sys.stderr)")


def measure(argv: list[str]) -> tuple[float, float, int, int]:
    """(seconds, peak MB, exit status, lines on stderr) of ``vendorpick argv``."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE, *argv, "--lang", "en"], capture_output=True, text=True,
                          cwd=ROOT)
    seconds = time.perf_counter() - t0
    lines = done.stderr.strip().splitlines()
    rss, code = lines[-1].split()
    return seconds, int(rss) / 1024, int(code), len(lines) - 1


def main() -> None:
    from tests import hostile_quotes
    from tests.core.excel_helpers import small_project
    from tests.fuzzing import FINDINGS, with_values
    from vendorpick.project.io import save

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.json"
        demo.write_bytes(with_values({}))
        plans = folder / "plans.json"
        plans.write_bytes(FINDINGS["a million plans"]())
        many = folder / "many.json"
        many.write_bytes(with_values({("vendors",): [{"name": 1, "plans": [{"name": "P", "rate": "x"}]}] * 1000},
                                     indent=None))
        project = folder / "p.json"
        save(small_project(), project)
        huge, _ = hostile_quotes.huge_sheet(folder)
        (folder / "big").mkdir()
        big, _ = hostile_quotes.huge_sheet(folder / "big", 100_000)
        good, _ = hostile_quotes.good_file(folder / "big")
        rows = [
            ("validate demo", ["validate", str(demo)], demo),
            ("validate plans [1,1,1,…]", ["validate", str(plans)], plans),
            ("validate 1,000 bad vendors", ["validate", str(many)], many),
            ("import a good quote", ["import", str(project), str(good), "-o", str(folder / "o.json")], good),
            ("import 1,000,000 more rows", ["import", str(project), str(huge), "-o", str(folder / "o.json")], huge),
            ("import 100,000 more rows", ["import", str(project), str(big), "-o", str(folder / "o.json")], big),
        ]
        print(f"{'case':32} {'file MB':>8} {'seconds':>8} {'peak MB':>8} {'exit':>5} {'lines':>6}")
        for name, argv, path in rows:
            seconds, peak, code, lines = measure(argv)
            print(f"{name:32} {path.stat().st_size / 2**20:8.1f} {seconds:8.2f} {peak:8.0f} {code:5d} {lines:6d}")
    print(json.dumps({"python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
