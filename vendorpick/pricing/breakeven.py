"""Crossover volumes between candidates (SPEC section 6).

A **typical month** of a candidate at a total monthly volume V has the band
and channel volumes V × mix, where mix_{x,c} = Σ_k n_{k,x,c} / Σ_k contacts_k
is the horizon's average band and channel mix seen through the candidate's own
night window, channels and the coverage of the last month of the horizon
(after any staged roll-out; deferred contacts wait for it as in SPEC 7); no
setup fee.  Seats cost their monthly price and their hourly price over the
horizon's mean open hours a month under that coverage.  Its cost f(V) is the SPEC 3 formula, a continuous non-decreasing
piecewise-linear function of V (see :mod:`vendorpick.pricing.pieces`).

For a pair (a, b) the difference d(V) = f_a(V) − f_b(V) is piecewise linear
with breakpoints at the union of both candidates' kinks, so its roots are
found exactly, segment by segment.  A **crossover** is a volume V > 0 where d
changes sign (the cheaper candidate changes).  When d is zero over an
interval between a sign change, the crossover is where the interval starts
(the first volume at which the costs are equal).  Touching zero without a
change of sign, or being equal from V = 0 on, is no crossover.  When several
crossovers exist (tiers and minimum charges can make the lines cross more
than once), ``monthly_contacts`` is the lowest and ``volumes`` lists all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.pricing.pieces import Pieces, charge_pieces
from vendorpick.pricing.plans import PlanTerms, month_costs

ZERO_TOLERANCE = 1e-9  # relative: |d| ≤ 1e-9 × (1 + cost) counts as equal


@dataclass(frozen=True)
class TypicalMonth:
    """The candidates' typical months per contact of volume: handled and
    uncovered mixes (C, 4, Ch), coverage (C, 4), open hours (C,)."""

    handled: np.ndarray
    uncovered: np.ndarray
    cover: np.ndarray
    terms: PlanTerms
    in_house: float
    open_hours: np.ndarray

    def cost(self, candidate: int, volume: np.ndarray) -> np.ndarray:
        """Cost at total monthly volume(s) V by the SPEC 3/7 formulas (no setup)."""
        v = np.asarray(volume, dtype=float)
        n = v.size
        handled = v.reshape(1, -1, 1, 1) * self.handled[candidate]
        uncovered = v.reshape(1, -1, 1, 1) * self.uncovered[candidate]
        cover = np.broadcast_to(self.cover[candidate], (1, n, 4))
        hours = np.full((1, n), self.open_hours[candidate])
        one = _select(self.terms, candidate)
        return month_costs(None, cover, one, self.in_house, setup_month=None, handled=handled,
                           uncovered=uncovered, open_hours=hours).cost.reshape(v.shape)

    def cost_at(self, candidate: int, volume: float | np.ndarray) -> float | np.ndarray:
        """:meth:`cost` of a number (a float) or of an array of volumes (an array)."""
        out = self.cost(candidate, np.asarray(volume, dtype=float))
        return float(out) if out.ndim == 0 else out

    def pieces(self) -> Pieces:
        """f(V) of every candidate in hinge form (V in contacts a month)."""
        t = self.terms
        mc = month_costs(None, self.cover[:, None, :], t, self.in_house, setup_month=None,
                         handled=self.handled[:, None], uncovered=self.uncovered[:, None],
                         open_hours=self.open_hours[:, None])
        seat = mc.seat[:, 0] if mc.seat is not None else np.zeros_like(t.fee)
        p = charge_pieces(t.fee + seat, t.minimum, t.included, mc.handled[:, 0], mc.mean_multiplier[:, 0],
                          mc.per_contact[:, 0], t.tier_start, t.tier_step)
        return p.plus_linear(mc.options[:, 0], mc.uncovered[:, 0] * self.in_house)


def _select(terms: PlanTerms, i: int) -> PlanTerms:
    def part(value: np.ndarray | None) -> np.ndarray | None:
        return None if value is None else value[i: i + 1]

    return PlanTerms(**{k: part(getattr(terms, k)) for k in terms.__dataclass_fields__})  # type: ignore[arg-type]


def typical_month_from(contacts: np.ndarray, handled: np.ndarray, uncovered: np.ndarray, covers: np.ndarray,
                       terms: PlanTerms, in_house: float, open_hours: np.ndarray) -> TypicalMonth:
    """From horizon arrays under each plan's last-month coverage: contacts (M,),
    handled and uncovered (C, M, 4, Ch), covers (C, M, 4), open hours (C, M)."""
    total = float(contacts.sum())
    if total > 0:
        h, u = handled.sum(axis=1) / total, uncovered.sum(axis=1) / total
    else:
        h, u = np.zeros(handled.shape[:1] + handled.shape[2:]), np.zeros(uncovered.shape[:1] + uncovered.shape[2:])
    hours = open_hours.mean(axis=1) if open_hours.shape[1] else np.zeros(open_hours.shape[0])
    return TypicalMonth(h, u, covers[:, -1, :].copy(), terms, in_house, hours)


@dataclass(frozen=True)
class PairCrossings:
    """Crossover volumes of one pair (a < b, candidate indices), ascending."""

    a: int
    b: int
    volumes: tuple[float, ...]


PAIR_BLOCK_CELLS = 1 << 18  # pairs × grid points × kinks evaluated at once (bounded memory)


def crossings(pieces: Pieces, limit: float = np.inf) -> list[PairCrossings]:
    """Every pair of candidates whose typical-month costs cross at a volume
    ≤ ``limit``, in pair order (0,1), (0,2), …; pairs that never cross are
    left out.

    Each pair is solved on its own breakpoints (0 and the two candidates'
    kinks): O(C² · K) time, and memory bounded by blocks of pairs."""
    n = pieces.const.shape[0]
    if n < 2:
        return []
    k = pieces.kink.shape[1]
    block = max(1, PAIR_BLOCK_CELLS // ((2 * k + 2) * max(k, 1)))
    out: list[PairCrossings] = []
    for a, b in _pair_blocks(n, block):
        with np.errstate(over="ignore", invalid="ignore"):
            x, d, scale = _pair_differences(pieces, a, b)
            rows, volumes = _sign_change_points(x, d, scale)
        # absurd terms (an option of 1e155 yen) can put a crossing beyond any float
        keep = np.isfinite(volumes) & (volumes <= limit)
        rows, volumes = rows[keep], volumes[keep]
        if not rows.size:
            continue
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        pairs = rows[starts]
        groups = np.split(volumes, starts[1:])
        out.extend(PairCrossings(i, j, tuple(v.tolist()))
                   for i, j, v in zip(a[pairs].tolist(), b[pairs].tolist(), groups, strict=True))
    return out


def _pair_blocks(n: int, size: int):
    """The pairs a < b in order, as index arrays of about ``size`` pairs."""
    first = 0
    while first < n - 1:
        last, count = first, 0
        while last < n - 1 and (count == 0 or count + (n - 1 - last) <= size):
            count += n - 1 - last
            last += 1
        rows = np.arange(first, last)
        lengths = n - 1 - rows
        a = np.repeat(rows, lengths)
        b = np.arange(count) - np.repeat(np.cumsum(lengths) - lengths, lengths) + a + 1
        yield a, b
        first = last


def _pair_differences(pieces: Pieces, a: np.ndarray, b: np.ndarray):
    """d = f_a − f_b of each pair at 0, at the pair's own kinks (repeated to a
    common width) and one point past them (see :func:`_with_tail`)."""
    grid = np.sort(np.concatenate([np.zeros((len(a), 1)), pieces.kink[a], pieces.kink[b]], axis=1), axis=1)
    finite = np.isfinite(grid)
    last = np.where(finite, grid, 0.0).max(axis=1)
    grid = np.where(finite, grid, last[:, None])  # unused kinks repeat the last point: d repeats, no sign change

    def at(rows):
        hinge = np.maximum(grid[:, :, None] - pieces.kink[rows][:, None, :], 0.0)
        hinge *= pieces.gain[rows][:, None, :]
        return pieces.const[rows][:, None] + pieces.slope[rows][:, None] * grid + hinge.sum(axis=2)

    va, vb = at(a), at(b)
    end_slope = pieces.slope + pieces.gain.sum(axis=1)
    return _with_tail(grid, va, vb, end_slope[a] - end_slope[b])


def _with_tail(grid, va, vb, slope):
    """Pairwise d at each pair's grid, plus one point past its last breakpoint
    far enough to contain the tail's root (d is linear there)."""
    d = va - vb
    scale = 1.0 + np.maximum(np.abs(va), np.abs(vb))
    last = d[:, -1]
    reach = np.divide(np.abs(last), np.abs(slope), out=np.zeros_like(last), where=slope != 0)
    x_tail = grid[:, -1] + 1.0 + 2.0 * reach
    d_tail = last + slope * (x_tail - grid[:, -1])
    tail_scale = scale[:, -1] + np.abs(d_tail)
    x = np.concatenate([grid, x_tail[:, None]], axis=1)
    return x, np.concatenate([d, d_tail[:, None]], axis=1), np.concatenate([scale, tail_scale[:, None]], axis=1)


def _sign_change_points(x: np.ndarray, d: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The volumes where d changes sign (zeros within tolerance), as (row, volume)
    arrays, rows ascending and each row's volumes ascending."""
    sign = np.where(np.abs(d) <= ZERO_TOLERANCE * scale, 0, np.sign(d)).astype(int)
    rows, cols = sign.shape
    index = np.where(sign != 0, np.arange(cols), -1)
    last = np.maximum.accumulate(index, axis=1)                 # last nonzero at or before i
    prev = np.concatenate([np.full((rows, 1), -1), last[:, :-1]], axis=1)  # ... strictly before i
    prev_sign = np.take_along_axis(sign, np.maximum(prev, 0), axis=1)
    change = (sign != 0) & (prev >= 0) & (sign != prev_sign)
    r, i = np.nonzero(change)
    i0 = prev[r, i]
    adjacent = i0 == i - 1
    d0, d1 = d[r, i0], d[r, i]
    with np.errstate(divide="ignore", invalid="ignore"):
        root = x[r, i0] + (x[r, i] - x[r, i0]) * d0 / (d0 - d1)
    # equal over [x[i0+1], x[i-1]] between the two signs: the costs meet at its start
    volume = np.where(adjacent, root, x[r, np.minimum(i0 + 1, cols - 1)])
    return r, volume


def _sign_changes(x: np.ndarray, d: np.ndarray, scale: np.ndarray) -> list[list[float]]:
    """Per row, the volumes where d changes sign (zeros within tolerance)."""
    r, volume = _sign_change_points(x, d, scale)
    out: list[list[float]] = [[] for _ in range(d.shape[0])]
    for row, v in zip(r.tolist(), volume.tolist(), strict=True):
        out[row].append(v)
    return out
