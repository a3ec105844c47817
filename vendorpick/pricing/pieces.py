"""A month's cost as an exact piecewise-linear function of a volume factor.

Scaling every band of a month by x > 0 keeps the month's band mix, so m̄ and
the per-contact add-on per contact stay fixed; handled contacts become H·x.
The SPEC 3 cost is then

    g(x) = monthly_fee + p·x + m̄ · usage(max(0, H·x − included))
    f(x) = max(minimum, g(x)) + e + u·x

(p = Σ per_contact_x b_x, e = options + setup, u = U × in-house cost), a
continuous, non-decreasing, piecewise-linear function.  It is written in hinge
form::

    f(x) = const + slope·x + Σ_i gain_i · max(x − kink_i, 0)

with the kinks (0 < kink_i < ∞) where billable contacts start, where a tier
ends and where the minimum charge stops binding.  The Monte Carlo engine
evaluates this form (one pass per kink instead of the whole formula), and the
budget and crossover figures solve it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Pieces", "charge_pieces"]


@dataclass(frozen=True)
class Pieces:
    """N piecewise-linear functions f(x), x ≥ 0, in hinge form.  Unused kinks
    are ``inf`` with gain 0; kinks are sorted ascending in each row."""

    const: np.ndarray  # (N,)
    slope: np.ndarray  # (N,)
    kink: np.ndarray   # (N, K)
    gain: np.ndarray   # (N, K)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """f(x) for x of shape (N,) (or broadcastable)."""
        x = np.asarray(x, dtype=float)
        hinge = (self.gain * np.maximum(x[..., None] - self.kink, 0.0)).sum(axis=-1)
        return self.const + self.slope * x + hinge

    def plus_linear(self, const: np.ndarray, slope: np.ndarray) -> Pieces:
        return Pieces(self.const + const, self.slope + slope, self.kink, self.gain)

    def level_crossing(self, level: np.ndarray) -> np.ndarray:
        """sup{x ≥ 0 : f(x) ≤ level} per row: 0 when f(0) > level already,
        ``inf`` when f never exceeds it.  Exact (f is non-decreasing)."""
        level = np.broadcast_to(np.asarray(level, dtype=float), self.const.shape)
        x, v, s = np.zeros_like(self.const), self.const.copy(), self.slope.copy()
        out = np.where(v > level, 0.0, np.nan)
        for j in range(self.kink.shape[1]):
            out, x, v, s = _walk(out, x, v, s, self.kink[:, j], self.gain[:, j], level)
        out, *_ = _walk(out, x, v, s, np.full_like(x, np.inf), np.zeros_like(x), level)
        return np.where(np.isnan(out), np.inf, out)


def _walk(out, x, v, s, kink, gain, level):
    """Advance over the segment [x, kink) of slope s starting at value v;
    fill ``out`` where the segment rises above ``level``."""
    seg = kink - x
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        v_end = v + np.where(s > 0, s * seg, 0.0)
        hit = np.isnan(out) & (v_end > level) & (s > 0)
        out = np.where(hit, x + (level - v) / np.where(s > 0, s, 1.0), out)
    finite = np.isfinite(kink)
    return out, np.where(finite, kink, x), np.where(finite, v_end, v), s + gain


def _tier_kinks(included, handled, mbar, tier_start, tier_step):
    """Kinks and gains of m̄·usage(max(0, H·x − included)) in x."""
    pos = handled > 0
    h = np.where(pos, handled, 1.0)[:, None]
    gain = np.where(pos[:, None], mbar[:, None] * tier_step * h, 0.0)
    with np.errstate(over="ignore"):  # a vanishing H puts the kink at infinity: never reached
        kink = np.where(gain != 0.0, (included[:, None] + tier_start) / h, np.inf)
    return _sorted(kink, np.where(np.isfinite(kink), gain, 0.0))


def _sorted(kink, gain):
    order = np.argsort(kink, axis=1, kind="stable")
    return np.take_along_axis(kink, order, axis=1), np.take_along_axis(gain, order, axis=1)


def _minimum_point(fee, per, kink, gain, minimum):
    """x* where g first reaches ``minimum`` (g(0) = fee < minimum rows), else inf."""
    as_pieces = Pieces(fee, per, kink, gain)
    # g is non-decreasing: sup{x : g(x) ≤ m} is where it first exceeds m; where g
    # reaches m and then stays flat the minimum binds until the flat part ends.
    return as_pieces.level_crossing(minimum)


def charge_pieces(fee, minimum, included, handled, mbar, per, tier_start, tier_step) -> Pieces:
    """Hinge form of plan_charge(x) = max(minimum, fee + per·x + m̄·usage(max(0, H·x − included))).

    Every argument is per row (N,), tiers (N, J); ``handled`` and ``per`` are
    the values at x = 1 (SPEC 3).
    """
    kink, gain = _tier_kinks(included, handled, mbar, tier_start, tier_step)
    binds = minimum > fee
    xstar = np.where(binds, _minimum_point(fee, per, kink, gain, minimum), np.inf)
    # Rows where the minimum binds: flat at `minimum` up to x*, then g's slope.
    before = kink <= xstar[:, None]
    slope_at = per + np.where(before, gain, 0.0).sum(axis=1)
    star_gain = np.where(binds & np.isfinite(xstar), slope_at, 0.0)
    kink = np.where(binds[:, None] & before, np.inf, kink)
    gain = np.where(np.isfinite(kink), gain, 0.0)
    kink = np.concatenate([kink, np.where(star_gain != 0.0, xstar, np.inf)[:, None]], axis=1)
    gain = np.concatenate([gain, star_gain[:, None]], axis=1)
    const = np.where(binds, minimum, fee)
    slope = np.where(binds, 0.0, per)
    return _normalised(Pieces(const, slope, kink, gain))


def _normalised(p: Pieces) -> Pieces:
    """Fold kinks at x = 0 into the slope, sort, and drop unused columns."""
    at_zero = p.kink <= 0.0
    slope = p.slope + np.where(at_zero, p.gain, 0.0).sum(axis=1)
    kink = np.where(at_zero | (p.gain == 0.0), np.inf, p.kink)
    kink, gain = _sorted(kink, np.where(np.isfinite(kink), p.gain, 0.0))
    used = np.isfinite(kink).any(axis=0)
    keep = int(used.sum())  # sorted: used columns come first
    return Pieces(p.const, slope, kink[:, :keep], gain[:, :keep])
