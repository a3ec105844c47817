"""Erlang C for live channels (SPEC 8), vectorised over hours and candidates.

The probability that a contact waits, with ``n`` agents and ``A`` Erlangs of
offered work, is C(n, A) = n B / (n − A (1 − B)), where B is the Erlang B
value computed with the recursion B_0 = 1, B_k = A B_{k−1} / (k + A B_{k−1}).
Every B_k stays in [0, 1], so the recursion neither overflows nor loses
precision the way A^n / n! does: it is stable up to thousands of agents.

The share answered within T seconds, with a mean handling time of τ minutes, is
SL = 1 − C(n, A) e^{−(n − A) T / (60 τ)}; SL = 0 when n ≤ A (the queue grows
without bound) and 1 when no contact arrives.

Check: the standard worked example of Erlang C (callcentrehelper.com, "Erlang C
Formula – Made Simple With an Easy Worked Example"): 100 calls in 30 minutes,
3 minutes of handling (A = 10 Erlangs), a 20-second target: 14 agents answer
88.835 % in time and 17.413 % of calls wait; 13 agents 79.56 %, 15 agents
94.15 % (tests/core/test_service_erlang.py).

These are kernels: they never validate (callers pass finite, non-negative
values) and take numpy arrays that broadcast together.
"""

from __future__ import annotations

import numpy as np

#: the most agents :func:`agents_needed` looks at before giving up (a target
#: in (0, 1) is always reached long before: SL → 1 as n grows)
MAX_AGENTS = 1_000_000


def erlang_b(n, a) -> np.ndarray:
    """Erlang B blocking probability B(n, A), element by element.

    ``n`` whole numbers ≥ 0 and ``a`` ≥ 0 broadcast together. One pass of the
    recursion runs to the largest ``n``; each element keeps its value once its
    own ``n`` is reached.
    """
    n_arr, a_arr = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(a, dtype=float))
    b = np.ones(a_arr.shape)
    top = int(n_arr.max(initial=0))
    if top == 0:
        return b
    if np.all(n_arr == top):  # one n for all (one candidate's hours): no mask needed
        for k in range(1, top + 1):
            ab = a_arr * b
            b = ab / (k + ab)
        return b
    for k in range(1, top + 1):
        ab = a_arr * b
        b = np.where(k <= n_arr, ab / (k + ab), b)
    return b


def _wait_probability(n, a, b):
    """C(n, A) = n B / (n − A (1 − B)) from B = B(n, A); meaningful where n > A."""
    return n * b / (n - a * (1.0 - b))


def _answered_within(c, n, a, tau_min, within_s):
    """1 − C e^{−(n − A) T / (60 τ)}: the share answered within T seconds, where n > A."""
    return 1.0 - c * np.exp(-(n - a) * within_s / (60.0 * tau_min))


def erlang_c(n, a) -> np.ndarray:
    """Probability of waiting C(n, A); 1 where n ≤ A (every contact waits)."""
    n_arr, a_arr = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(a, dtype=float))
    b = erlang_b(n_arr, a_arr)
    with np.errstate(divide="ignore", invalid="ignore"):
        c = _wait_probability(n_arr, a_arr, b)
    return np.where(n_arr > a_arr, c, 1.0)


def service_level(n, a, tau_min, within_s) -> np.ndarray:
    """Share of contacts answered within ``within_s`` seconds (SPEC 8).

    ``a`` Erlangs, ``tau_min`` mean handling time in minutes, ``n`` agents.
    1 where ``a`` is 0 (no contact), 0 where n ≤ A.

    C(n, A) is computed on ``n`` and ``a`` broadcast together only, then
    broadcast with ``tau_min`` and ``within_s``: several targets (a leading
    axis of ``within_s``) share one Erlang B recursion.
    """
    n_arr, a_arr = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(a, dtype=float))
    b = erlang_b(n_arr, a_arr)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        c = _wait_probability(n_arr, a_arr, b)
        sl = _answered_within(c, n_arr, a_arr, np.asarray(tau_min, dtype=float), np.asarray(within_s, dtype=float))
    sl = np.where(a_arr > 0, np.where(n_arr > a_arr, sl, 0.0), 1.0)
    return np.clip(sl, 0.0, 1.0, out=sl)


def agents_needed(a, tau_min, within_s, target) -> np.ndarray:
    """The least n with ``service_level(n, a, tau_min, within_s) ≥ target``.

    Vectorised: the B recursion runs once upwards for every element together
    (k = 1, 2, …) until each element has met its target. 0 where ``a`` is 0.
    ``target`` must be below 1 (Erlang C never reaches 1).
    """
    a_arr, tau, t_s, goal = np.broadcast_arrays(
        np.asarray(a, dtype=float), np.asarray(tau_min, dtype=float),
        np.asarray(within_s, dtype=float), np.asarray(target, dtype=float),
    )
    out = np.zeros(a_arr.shape, dtype=np.int64)
    todo = a_arr > 0
    b = np.ones(a_arr.shape)
    k = 0
    while todo.any():
        k += 1
        if k > MAX_AGENTS:
            raise ValueError("agents_needed: target not reached (is it below 1?)")
        ab = a_arr * b
        b = ab / (k + ab)
        stable = todo & (k > a_arr)
        if not stable.any():
            continue
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            sl = _answered_within(_wait_probability(k, a_arr, b), k, a_arr, tau, t_s)
        met = stable & (sl >= goal)
        out[met] = k
        todo &= ~met
    return out
