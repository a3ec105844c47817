"""Release fuzz of the loader and every command (issue 11).

    .venv/bin/python scripts/fuzz.py --cases 100000 [--first 0] [--workers 2] [--keep DIR]

Generates ``--cases`` hostile project files (tests/fuzzing.py: structural,
text and byte mutations of the demo) and runs validate, simulate, rank and,
for one case in ten, export and import on each, in process.  Prints the
number of cases, how many ``validate`` accepted, and the breaches: crashes
(any exception but the input error), files validate accepted that another
command refused, messages without a place, NaN/Infinity in a JSON output.
The first cases of each kind are written to ``--keep`` (default
``fuzz-failures/``) so that they can be replayed.  Exit 1 when any breach.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("crashes", "disagreements", "unplaced", "non_finite")


def _worker(args: tuple[int, int]) -> dict:
    first, count = args
    from tests.fuzzing import good_quotes, heavy_case, make_case, run_case

    totals = {"cases": 0, "accepted": 0, **{k: 0 for k in KINDS}, "examples": []}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        quotes = good_quotes(work)
        for seed in range(first, first + count):
            raw = make_case(seed)
            outcome = run_case(raw, work, heavy=heavy_case(seed), quotes=quotes)
            totals["cases"] += 1
            totals["accepted"] += outcome.accepted
            for kind in KINDS:
                found = getattr(outcome, kind)
                totals[kind] += bool(found)
                if found and len(totals["examples"]) < 50:
                    totals["examples"].append((seed, kind, found[0][:2000], raw))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--first", type=int, default=0, help="first seed")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", default="fuzz-failures", help="folder for failing cases")
    args = parser.parse_args()
    t0 = time.perf_counter()
    chunk = 500
    jobs = [(s, min(chunk, args.first + args.cases - s)) for s in range(args.first, args.first + args.cases, chunk)]
    totals = {"cases": 0, "accepted": 0, **{k: 0 for k in KINDS}}
    examples = []
    with multiprocessing.Pool(args.workers) as pool:
        for part in pool.imap_unordered(_worker, jobs):
            for key in totals:
                totals[key] += part[key]
            examples += part["examples"]
            print(f"  {totals['cases']:,} cases, {sum(totals[k] for k in KINDS)} breaches, "
                  f"{time.perf_counter() - t0:,.0f} s", file=sys.stderr, flush=True)
    keep = Path(args.keep)
    for seed, kind, text, raw in examples[:50]:
        keep.mkdir(exist_ok=True)
        (keep / f"{kind}-{seed}.vendorpick.json").write_bytes(raw)
        (keep / f"{kind}-{seed}.txt").write_text(text, encoding="utf-8", errors="backslashreplace")
    seconds = time.perf_counter() - t0
    print(f"cases: {totals['cases']:,} (seeds {args.first}–{args.first + args.cases - 1}), "
          f"accepted by validate: {totals['accepted']:,}, time: {seconds:,.0f} s")
    print(f"crashes (exceptions other than the input error): {totals['crashes']}")
    print(f"validate accepted, another command refused: {totals['disagreements']}")
    print(f"messages without a place: {totals['unplaced']}")
    print(f"NaN/Infinity in an output: {totals['non_finite']}")
    for seed, kind, text, _ in examples[:10]:
        print(f"  seed {seed} {kind}: {text.splitlines()[-1] if text else ''}"[:300])
    return 1 if any(totals[k] for k in KINDS) else 0


if __name__ == "__main__":
    raise SystemExit(main())
