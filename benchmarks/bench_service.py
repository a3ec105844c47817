"""Time the response-time engine of SPEC 8 (issue 15: ≤ 200 ms).

20 candidates × 60 months (2027-01 to 2031-12, 43,824 hours) × 4 channels
(phone and chat live, mail and R-Messe deferred): half shared pools, half
dedicated teams of 2 to 6 seats, with weekday-daytime, 9-21 every day and
24/7 coverage. Times :func:`vendorpick.service.compute_service` alone (the
engine: Erlang C for every covered hour of every team, the deferred queues,
the busiest hours, the monthly shares), from arrays already routed.

    .venv/bin/python benchmarks/bench_service.py [--seats N]

``--seats N`` gives every team N seats (and N× the volume), to show how the
Erlang B recursion grows with the seats.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from vendorpick.service import ChannelSpec, ServiceInputs, compute_service

CANDIDATES = 20
CHANNELS = [ChannelSpec("phone", "live", 5.0), ChannelSpec("chat", "live", 3.0),
            ChannelSpec("mail", "deferred", 8.0), ChannelSpec("message", "deferred", 6.0)]
SHARES = {"phone": 0.2, "chat": 0.1, "mail": 0.3, "message": 0.4}
LEVELS = {"phone": {"within_s": 20, "target": 0.8}, "chat": {"within_s": 60, "target": 0.8},
          "mail": {"within_h": 24, "target": 0.95}, "message": {"within_h": 24, "target": 0.95}}


def inputs(scale: float = 1.0, seats: int | None = None) -> ServiceInputs:
    hours = np.arange(np.datetime64("2027-01-01T00", "h"), np.datetime64("2032-01-01T00", "h"))
    hour = hours.view("int64") % 24
    weekday = (hours.astype("datetime64[D]").view("int64") - 4) % 7
    profile = np.exp(-0.5 * ((hour - 14) / 4.0) ** 2)
    # 3,000 contacts a month, a Super SALE-like week in every quarter three times as busy
    sale = np.where((hours.astype("datetime64[D]").view("int64") % 91) < 7, 3.0, 1.0)
    per_hour = scale * 3000 * 12 / 365 * profile / profile[:24].sum() * sale
    patterns = [
        (weekday < 5) & (hour >= 9) & (hour < 18),
        (hour >= 9) & (hour < 21),
        np.ones(hours.shape, bool),
    ]
    covered = np.stack([patterns[i % 3] for i in range(CANDIDATES)])
    after = np.stack([patterns[i % 3][-168:] for i in range(CANDIDATES)])
    rng = np.random.default_rng(1)
    handled = {}
    for c in CHANNELS:
        noise = rng.uniform(0.8, 1.2, (CANDIDATES, hours.size))
        volume = per_hour * SHARES[c.id] * noise
        # live contacts only in covered hours; deferred ones all routed to the vendor here
        handled[c.id] = volume * covered if c.kind == "live" else volume
    team = [None if i % 2 == 0 else (seats or 2 + i % 5) for i in range(CANDIDATES)]
    return ServiceInputs(hours, CHANNELS, LEVELS, handled, covered, after, team)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=None)
    args = parser.parse_args()
    data = inputs(scale=1.0 if args.seats is None else args.seats / 3, seats=args.seats)
    hours = data.covered.shape[1]
    compute_service(data)  # warm up
    times = []
    for _ in range(7):
        start = time.perf_counter()
        result = compute_service(data)
        times.append(time.perf_counter() - start)
    below = sum(len(f.months_below) for c in result.candidates for f in c.values())
    print(f"$ {' '.join(['.venv/bin/python', *sys.argv])}")
    print(f"{CANDIDATES} candidates × {hours:,} hours × {len(CHANNELS)} channels "
          f"(teams of {sorted({s for s in data.seats if s is not None})} seats)")
    print(f"compute_service: best {min(times) * 1000:.1f} ms, median {sorted(times)[3] * 1000:.1f} ms "
          f"of 7 runs (target ≤ 200 ms); {below} candidate-channel-months below target")


if __name__ == "__main__":
    main()
