"""Time and memory of reading a history and fitting the forecast (SPEC 9).

Usage::

    .venv/bin/python benchmarks/bench_fit.py [--sizes 100000 1000000] [--repeat 3]

For each size, a synthetic shop (vendorpick.history.synthetic, Poisson
contacts per hour, four channels, Rakuten sales) is written once as a CP932
CSV with Japanese headers and ``2026/11/30 14:05`` date-times (``--dates
excel``: ``2026/1/5 9:05``, as Japanese Excel writes them, read by the
general path), then ``fit_files`` (read, aggregate, fit steps 1–8 with the
backtest) runs on it.  Printed: rows, file size, the median wall time of
read + fit, and, in a separate run under ``tracemalloc``, the peak of memory
allocated by Python and numpy during read + fit (the file is read in chunks
of 100,000 rows, so the peak should hardly grow with the file).

Targets (issue 14): 100,000 rows ≤ 2 s, 1,000,000 rows ≤ 15 s with bounded memory.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from vendorpick.history.api import fit_files
from vendorpick.history.synthetic import ShopParams, contact_times, format_times
from vendorpick.project.demo import demo_project
from vendorpick.project.presets import rakuten_events


def write_shop(path: Path, rows: int, style: str = "slash") -> int:
    """About ``rows`` contacts over 3 years (Nov 2023 – Oct 2026)."""
    events = [(e.name, e.start, e.end, e.multiplier)
              for e in rakuten_events("2023-11", 36, ("super_sale", "marathon", "year_end"))]
    params = ShopParams(start=dt.date(2023, 11, 1), end=dt.date(2026, 10, 31), base=rows / 47.5, growth=0.08,
                        events=events, channels={"メール": 0.4, "電話": 0.25, "チャット": 0.15, "R-Messe": 0.2}, seed=1)
    minutes, channel, names = contact_times(params)
    with path.open("w", encoding="cp932", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(["問い合わせ番号", "受付日時", "チャネル"])
        step = 200_000
        for lo in range(0, len(minutes), step):
            times = format_times(minutes[lo:lo + step], style)
            chans = channel[lo:lo + step].tolist()
            out.writerows([f"Q{lo + i + 1:07d}", t, names[c]] for i, (t, c) in enumerate(zip(times, chans, strict=True)))
    return len(minutes)


def run(path: Path) -> None:
    fit_files([path], demo_project(), rakuten=True, today=dt.date(2026, 11, 30))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dates", choices=["slash", "excel"], default="slash",
                        help="2026/01/05 09:05 (fixed width, the fast path) or 2026/1/5 9:05 (as Excel writes)")
    args = parser.parse_args(argv)
    print(f"$ {os.path.relpath(sys.executable)} benchmarks/bench_fit.py " + " ".join(argv))
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"shop_{size}.csv"
            rows = write_shop(path, size, args.dates)
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                run(path)
                times.append(time.perf_counter() - start)
            tracemalloc.start()
            run(path)
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"{rows:>9,} rows ({path.stat().st_size / 1e6:5.1f} MB CP932 CSV): read + fit median "
                  f"{statistics.median(times):6.2f} s (min {min(times):.2f} s, {args.repeat} runs); "
                  f"peak traced memory {peak / 1e6:6.1f} MB")
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
