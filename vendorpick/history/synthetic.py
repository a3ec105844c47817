"""Synthetic shop histories from known parameters (for tests, samples and
benchmarks).

The expected contacts follow SPEC section 2 exactly: month m (k months after
``start``) has M = base × index[c] × (1+g)^(k/12), spread over its days by the
day weights, multiplied by the events, split over the hours by the hourly
profile of the day type and over the channels by their shares.  Every
(day, hour, channel) then gets a Poisson count, so a fit must recover the
parameters up to Poisson noise.  ``month_cv`` adds a lognormal monthly
factor (mean 1) for a more realistic sample.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from vendorpick.pricing.volume import day_types

WEEKDAY_DEFAULT = (1.0, 0.95, 0.95, 0.9, 1.0, 1.25, 1.35)


def evening_profile() -> list[float]:
    """A shop busiest in the evening (weekday-type days)."""
    p = np.array([1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 4, 5, 5.2, 4.8, 5, 5.2, 5, 4.8, 4.6, 4.5, 5, 5.5,
                  5.2, 3.5, 2], dtype=float)
    return (p / p.sum()).tolist()


def holiday_profile() -> list[float]:
    p = np.array([1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 3.5, 4.5, 5, 5, 5, 5, 5, 5, 5, 5, 5.5, 6,
                  5.5, 4, 2.5], dtype=float)
    return (p / p.sum()).tolist()


@dataclass
class ShopParams:
    start: dt.date
    end: dt.date                      # last day (inclusive)
    base: float                       # contacts of a month with index 1 in the first month
    monthly_index: Sequence[float] = (1.0,) * 12
    growth: float = 0.0
    weekday_weights: Sequence[float] = WEEKDAY_DEFAULT
    holiday_weight: float = 1.3
    hourly: Sequence[float] = field(default_factory=evening_profile)
    holiday_hourly: Sequence[float] = field(default_factory=holiday_profile)
    events: Sequence[tuple[str, dt.date, dt.date, float]] = ()
    channels: dict[str, float] = field(default_factory=lambda: {"": 1.0})
    month_cv: float = 0.0
    seed: int = 0


def expected_hourly(p: ShopParams) -> tuple[np.ndarray, np.ndarray]:
    """(days as days since the epoch, expected contacts (days, 24))."""
    first = np.datetime64(p.start, "D")
    days = np.arange(first, np.datetime64(p.end, "D") + 1).astype(np.int64)
    dates = days.astype("datetime64[D]")
    months = dates.astype("datetime64[M]").astype(np.int64)
    k = months - months[0]
    cal_month = months % 12
    types = day_types(days)
    public, weekday = types.public, types.weekday
    w = np.where(public, p.holiday_weight, np.asarray(p.weekday_weights)[weekday])
    month_total = p.base * np.asarray(p.monthly_index)[cal_month] * (1 + p.growth) ** (k / 12)
    if p.month_cv > 0:
        rng = np.random.default_rng(p.seed + 1)
        sigma = np.sqrt(np.log1p(p.month_cv ** 2))
        factor = np.exp(sigma * rng.standard_normal(k.max() + 1) - sigma ** 2 / 2)
        month_total = month_total * factor[k]
    _, inverse = np.unique(months, return_inverse=True)
    wsum = np.bincount(inverse, weights=w)
    v = month_total * w / wsum[inverse]
    for _name, s, e, mult in p.events:
        v[(days >= np.datetime64(s, "D").astype(np.int64)) & (days <= np.datetime64(e, "D").astype(np.int64))] *= mult
    holiday_type = types.holiday_type
    wd, hd = np.asarray(p.hourly, float), np.asarray(p.holiday_hourly, float)
    profile = np.where(holiday_type[:, None], hd / hd.sum(), wd / wd.sum())
    return days, v[:, None] * profile


def contact_times(p: ShopParams) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Poisson contacts: (minutes since the epoch in Japan time, sorted;
    channel index per contact; channel names)."""
    rng = np.random.default_rng(p.seed)
    days, lam = expected_hourly(p)
    names = list(p.channels)
    shares = np.array([p.channels[n] for n in names], float)
    shares /= shares.sum()
    counts = rng.poisson(lam[:, :, None] * shares[None, None, :])  # (D, 24, C)
    flat = counts.reshape(-1)
    hour_start = (days[:, None, None] * 1440 + np.arange(24)[None, :, None] * 60
                  + np.zeros(len(names), dtype=np.int64)[None, None, :]).reshape(-1)
    chan = np.broadcast_to(np.arange(len(names))[None, None, :], counts.shape).reshape(-1)
    start = np.repeat(hour_start, flat)
    minutes = start + rng.integers(0, 60, size=len(start))
    channel = np.repeat(chan, flat)
    order = np.argsort(minutes, kind="stable")
    return minutes[order], channel[order], names


def format_times(minutes: np.ndarray, style: str = "slash") -> list[str]:
    """``2026/11/30 14:05`` (slash), ``2026/1/5 9:05`` (excel),
    ``2026-11-30T14:05:00+09:00`` (iso) or ``2026-11-30T05:05:00Z`` (utc)."""
    if style == "utc":
        minutes = minutes - 540
    text = np.datetime_as_string(minutes.astype("datetime64[m]"), unit="m")
    if style == "excel":  # what Japanese Excel writes: 2026/1/5 9:05
        return [f"{int(t[:4])}/{int(t[5:7])}/{int(t[8:10])} {int(t[11:13])}:{t[14:16]}" for t in text.tolist()]
    if style == "slash":
        return [t.replace("-", "/").replace("T", " ") for t in text.tolist()]
    suffix = "Z" if style == "utc" else "+09:00"
    return [t + ":00" + suffix for t in text.tolist()]


def sample_shop(seed: int = 2026) -> ShopParams:
    """The repository's sample shop: Nov 2023 – Oct 2026, about 100,000 contacts,
    four channels, Rakuten sales, 8 % growth a year."""
    from vendorpick.project.presets import rakuten_events

    events = [(e.name, e.start, e.end, e.multiplier) for e in rakuten_events("2023-11", 36, ("super_sale", "marathon", "year_end"))]
    # the shop's own response to the sales differs from the presets' guesses
    events = [(n, s, e, {2.2: 2.6, 1.4: 1.5, 1.3: 1.35}.get(m, m)) for n, s, e, m in events]
    return ShopParams(
        start=dt.date(2023, 11, 1), end=dt.date(2026, 10, 31), base=2100,
        monthly_index=(1.15, 0.85, 1.0, 0.95, 0.95, 1.0, 0.95, 1.05, 0.95, 0.9, 1.05, 1.2),
        growth=0.08, events=events,
        channels={"メール": 0.4, "電話": 0.25, "チャット": 0.15, "R-Messe": 0.2},
        month_cv=0.06, seed=seed)
