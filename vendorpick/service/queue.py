"""The fluid first-in-first-out queue of deferred channels (SPEC 8).

Work arrives hour by hour (minutes of handling); a plan serves it in the
order of arrival with the capacity it has in each hour. Everything here works
on cumulative curves over the hours 0 … L−1 (the horizon followed by its
continuation), one row per candidate:

- A(t): work arrived by the end of hour t (``np.cumsum`` of the work);
- S(t): work served by the end of hour t.

**Seats.** The queue after hour t follows Lindley's recursion
Q_t = max(0, Q_{t−1} + W_t − K_t) (K_t the capacity of the hour). Its solution
is Q_t = X_t − min(0, min_{s ≤ t} X_s) with X_t = Σ_{s ≤ t} (W_s − K_s), so the
whole sequential recursion is one ``np.cumsum`` and one
``np.minimum.accumulate`` along the hours, for all candidates at once (done a
month of hours at a time, starting from the queue the month before, to keep
the sums small, so that a waiting queue's rounding error stays far below a
second of work); then S = A − Q. A queue that empties in hour t is exactly 0
(X_t is then its own running minimum), so a contact served in time counts as
exactly in time; queues within a few rounding units (≤ 64 ulp of the largest
|X|) are set to 0 as well.

**Shared pool.** It serves the whole queue in every hour it covers, so
S(t) = A(t*) with t* the last covered hour ≤ t (0 before the first one): one
``np.maximum.accumulate`` of the covered hours' indices.

**Share within T hours** of the contacts arriving in hour t:
clamp((S(t + T − 1) − A(t − 1)) / (A(t) − A(t − 1)), 0, 1), and 1 when no work
arrives in hour t. The curves must therefore reach T − 1 hours past the last
hour of arrival.
"""

from __future__ import annotations

import numpy as np

#: queues within this many ulp of the largest cumulative figure are empty
_SNAP_ULP = 64.0
#: hours of one pass of Lindley's solution (about a month)
CHUNK = 720


def served_with_capacity(arrived: np.ndarray, work: np.ndarray, capacity: np.ndarray, chunk: int = CHUNK) -> np.ndarray:
    """S for a finite capacity: ``work`` and ``capacity`` (minutes an hour,
    ≥ 0) of shape (..., L) and ``arrived`` = ``np.cumsum(work, axis=-1)``;
    returns the cumulative work served (..., L).

    Lindley's solution is applied ``chunk`` hours at a time from the queue
    left by the previous chunk, so that the sums stay within a month's work and
    their rounding errors stay far below a minute's fraction.
    """
    queue = np.empty(work.shape)
    left = np.zeros(work.shape[:-1] + (1,))
    for start in range(0, work.shape[-1], chunk):
        x = np.cumsum(work[..., start : start + chunk] - capacity[..., start : start + chunk], axis=-1)
        # Q_t = max(Q_0 + X_t, X_t − min_{u ≤ t} X_u) = X_t − min(−Q_0, min_{u ≤ t} X_u)
        q = x - np.minimum.accumulate(np.minimum(x, -left), axis=-1)
        scale = np.maximum(np.max(np.abs(x), axis=-1, keepdims=True), left)
        q[q <= _SNAP_ULP * np.spacing(scale)] = 0.0
        queue[..., start : start + chunk] = q
        left = q[..., -1:]
    np.minimum(queue, arrived, out=queue)
    return arrived - queue


def served_by_pool(arrived: np.ndarray, covered: np.ndarray) -> np.ndarray:
    """S for a shared pool: all work queued is served in each covered hour
    (``arrived`` = A, ``covered`` a boolean mask of the same shape)."""
    hours = np.arange(arrived.shape[-1])
    last = np.maximum.accumulate(np.where(covered, hours, -1), axis=-1)
    served = np.take_along_axis(arrived, np.maximum(last, 0), axis=-1)
    return np.where(last >= 0, served, 0.0)


def shares_within(arrived: np.ndarray, served: np.ndarray, hours: int, within_h: int) -> np.ndarray:
    """Share of the work arriving in each of the first ``hours`` hours that is
    served within ``within_h`` hours (shape (..., hours)).

    ``arrived`` is A (``np.cumsum`` of the work, the same array the served
    curve was made from) and ``served`` is S, both (..., L) with
    L ≥ ``hours + within_h − 1``.
    """
    if served.shape[-1] < hours + within_h - 1:
        raise ValueError("the served curve is shorter than the horizon plus the target")
    arrived = arrived[..., :hours]
    before = np.concatenate([np.zeros(arrived.shape[:-1] + (1,)), arrived[..., :-1]], axis=-1)
    late = served[..., within_h - 1: within_h - 1 + hours]
    gain = arrived - before
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.clip((late - before) / gain, 0.0, 1.0)
    return np.where(gain > 0, share, 1.0)
