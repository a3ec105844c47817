"""Response times of every candidate and assessed channel (SPEC 8).

:func:`compute_service` takes :class:`ServiceInputs` (arrays over the hours of
the horizon, one row per candidate) and returns a :class:`ServiceResult`; see
the package docstring for the interface. It does not validate the project
(``vendorpick.project.service_levels`` does); it raises ``ValueError`` on arrays of the
wrong shape.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import vendorpick.service.erlang as erlang
import vendorpick.service.queue as queue
from vendorpick.project.plain import member

LIVE = "live"
DEFERRED = "deferred"

COVERAGE = "coverage"
SEATS = "seats"

#: a share this close below its target meets it (the figures are expected
#: values computed in floating point, not more precise than this)
TARGET_SLACK = 1e-9


@dataclass(frozen=True)
class ChannelSpec:
    """A channel of SPEC 7: its id, ``live`` or ``deferred``, and its mean
    handling time in minutes (> 0)."""

    id: str
    kind: str
    aht_min: float


@dataclass(frozen=True)
class ServiceLevel:
    """A channel's service level: ``target`` share answered within
    ``within_s`` seconds (live) or ``within_h`` whole hours (deferred)."""

    target: float
    within_s: float | None = None
    within_h: int | None = None

    @classmethod
    def of(cls, value: Any) -> ServiceLevel:
        """From a mapping (the project file's JSON) or any object with the
        attributes ``target``, ``within_s``, ``within_h``."""
        if isinstance(value, ServiceLevel):
            return value
        within_h = member(value, "within_h")
        return cls(float(member(value, "target")), member(value, "within_s"), None if within_h is None else int(within_h))


@dataclass(frozen=True)
class ServiceInputs:
    """What the computation needs, as arrays (C candidates, H hours, E
    continuation hours). See the package docstring."""

    hours: np.ndarray
    channels: Sequence[ChannelSpec]
    levels: Mapping[str, Any]
    handled: Mapping[str, np.ndarray]
    covered: np.ndarray
    covered_after: np.ndarray
    seats: Sequence[int | None]


@dataclass(frozen=True)
class ChannelService:
    """One candidate's figures for one assessed channel."""

    channel: str
    kind: str
    target: float
    share: float | None
    months: tuple[float | None, ...]
    months_below: tuple[str, ...]
    #: why each month of ``months_below`` is below: ``"coverage"`` when even unlimited seats on the
    #: plan's coverage would miss the target (a gap in time), else ``"seats"`` (too few seats)
    reasons: tuple[str, ...]
    #: handled contacts over the horizon and in each month (the weights of the shares)
    contacts: float
    month_contacts: tuple[float, ...]
    #: live channels only: agents needed at the busiest hour (0 without live contacts) and that hour
    agents_needed: int | None = None
    busiest_hour: str | None = None
    #: the level's ``within_s`` (live) or ``within_h`` (deferred)
    within: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The channel's entry of the ``service`` object of SPEC 10."""
        out: dict[str, Any] = {"share": self.share, "months": list(self.months), "months_below": list(self.months_below)}
        if self.kind == LIVE:
            out["agents_needed"] = self.agents_needed
            out["busiest_hour"] = self.busiest_hour
        return out


@dataclass(frozen=True)
class ServiceResult:
    """Per candidate (in the order of the inputs' rows), its assessed channels."""

    months: tuple[str, ...]
    candidates: list[dict[str, ChannelService]] = field(default_factory=list)
    #: each candidate's seat count, None for a shared pool (as given in the inputs)
    seats: tuple[int | None, ...] = ()

    def to_json(self, candidate: int) -> dict[str, dict[str, Any]]:
        """The ``service`` object of SPEC 10 for one candidate."""
        return {cid: figures.to_json() for cid, figures in self.candidates[candidate].items()}


def overall_share(services: Mapping[str, ChannelService]) -> float | None:
    """The share over every assessed channel, weighted by handled contacts
    (the value of a ``service`` criterion without ``channel``); None when the
    candidate handles no assessed contact."""
    weight = sum(s.contacts for s in services.values() if s.share is not None)
    if weight <= 0:
        return None
    return sum(s.share * s.contacts for s in services.values() if s.share is not None) / weight


def _month_starts(hours: np.ndarray) -> tuple[np.ndarray, tuple[str, ...]]:
    if hours.size == 0:  # no candidate, hence no hour to assess
        return np.zeros(0, np.intp), ()
    months = hours.astype("datetime64[M]")
    if hours.size > 1 and np.any(hours[1:] <= hours[:-1]):
        raise ValueError("the hours of the horizon must be increasing")
    starts = np.flatnonzero(np.r_[True, months[1:] != months[:-1]])
    return starts, tuple(str(m) for m in np.datetime_as_string(months[starts], unit="M"))


def _monthly(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    return np.add.reduceat(values, starts, axis=-1) if values.shape[-1] else np.zeros(values.shape[:-1] + (0,))


def _shares(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / den, np.nan)


def _nullable(x: float) -> float | None:
    return None if math.isnan(x) else float(x)


class _Arrays:
    """The inputs checked for shape and turned into float arrays."""

    def __init__(self, inputs: ServiceInputs):
        self.hours = np.asarray(inputs.hours, dtype="datetime64[h]")
        self.covered = np.asarray(inputs.covered, dtype=bool)
        self.after = np.asarray(inputs.covered_after, dtype=bool)
        n_cand, n_hours = self.covered.shape
        if self.hours.shape != (n_hours,) or self.after.ndim != 2 or self.after.shape[0] != n_cand:
            raise ValueError("hours (H,), covered (C, H) and covered_after (C, E) do not match")
        self.seats = np.array([np.nan if s is None else float(s) for s in inputs.seats])
        if self.seats.shape != (n_cand,):
            raise ValueError("seats needs one entry per candidate")
        self.channels = {c.id: c for c in inputs.channels}
        self.handled: dict[str, np.ndarray] = {}
        for channel in inputs.channels:
            arr = np.asarray(inputs.handled.get(channel.id, np.zeros((n_cand, n_hours))), dtype=float)
            if arr.shape != (n_cand, n_hours):
                raise ValueError(f"handled[{channel.id!r}] must have shape {(n_cand, n_hours)}")
            if channel.kind not in (LIVE, DEFERRED):
                raise ValueError(f"channel {channel.id!r}: kind must be {LIVE!r} or {DEFERRED!r}")
            if not channel.aht_min > 0:
                raise ValueError(f"channel {channel.id!r} needs aht_min > 0")
            self.handled[channel.id] = arr
        self.levels = {cid: ServiceLevel.of(v) for cid, v in inputs.levels.items() if cid in self.channels}
        self.pool = np.isnan(self.seats)
        self.n_cand, self.n_hours = n_cand, n_hours

    def total(self, kind: str, minutes: bool) -> np.ndarray:
        out = np.zeros((self.n_cand, self.n_hours))
        for cid, arr in self.handled.items():
            channel = self.channels[cid]
            if channel.kind == kind:
                out += arr * channel.aht_min if minutes else arr
        return out


def _live_service_levels(data: _Arrays, live: list[str], lam: np.ndarray, work: np.ndarray):
    """SL of every hour (C, H) for each assessed live channel, and what it
    would be with unlimited seats on the same coverage."""
    a = work / 60.0
    with np.errstate(divide="ignore", invalid="ignore"):
        tau = np.where(lam > 0, work / np.where(lam > 0, lam, 1.0), 1.0)
    unlimited = np.where(data.covered | (lam == 0), 1.0, 0.0)
    out = {cid: unlimited.copy() for cid in live}
    within_s = np.array([float(data.levels[cid].within_s or 0.0) for cid in live])[:, None]
    for row in np.flatnonzero(~data.pool):
        active = np.flatnonzero(data.covered[row] & (lam[row] > 0))
        if active.size == 0:
            continue
        # one Erlang C per hour, shared by the channels' targets (rows of within_s)
        sl = erlang.service_level(int(data.seats[row]), a[row, active], tau[row, active], within_s)
        for cid, share in zip(live, sl, strict=True):
            out[cid][row, active] = share
    return out, {cid: unlimited for cid in live}


def _deferred_shares(data: _Arrays, deferred: list[str], live_work: np.ndarray):
    """Share answered in time (C, H) of each hour's contacts, per assessed
    deferred channel, and what it would be with unlimited seats on the same coverage."""
    longest = max(int(data.levels[cid].within_h or 1) for cid in deferred)
    extra = longest - 1
    work = np.zeros((data.n_cand, data.n_hours + extra))
    work[:, : data.n_hours] = data.total(DEFERRED, minutes=True)
    covered = np.zeros(work.shape, dtype=bool)
    covered[:, : data.n_hours] = data.covered
    if extra:
        if data.after.shape[1] == 0:
            raise ValueError("covered_after is empty but a target reaches past the horizon")
        reps = -(-extra // data.after.shape[1])
        covered[:, data.n_hours:] = np.tile(data.after, reps)[:, :extra]
    arrived = np.cumsum(work, axis=-1)
    unlimited = queue.served_by_pool(arrived, covered)
    served = unlimited.copy()
    pool = data.pool
    if (~pool).any():
        seat_minutes = data.seats[~pool, None] * 60.0
        left = np.zeros((int((~pool).sum()), work.shape[1]))
        left[:, : data.n_hours] = np.maximum(seat_minutes - live_work[~pool], 0.0)
        left[:, data.n_hours:] = seat_minutes
        capacity = np.where(covered[~pool], left, 0.0)
        served[~pool] = queue.served_with_capacity(arrived[~pool], work[~pool], capacity)
    by_target: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # channels with the same within_h share one computation
    for cid in deferred:
        within_h = int(data.levels[cid].within_h or 1)
        if within_h not in by_target:
            shares = queue.shares_within(arrived, served, data.n_hours, within_h)
            ideal = shares
            if (~pool).any():  # a shared pool's own shares are those of unlimited seats
                ideal = shares.copy()
                ideal[~pool] = queue.shares_within(arrived[~pool], unlimited[~pool], data.n_hours, within_h)
            by_target[within_h] = (shares, ideal)
    targets = {cid: by_target[int(data.levels[cid].within_h or 1)] for cid in deferred}
    return {cid: t[0] for cid, t in targets.items()}, {cid: t[1] for cid, t in targets.items()}


def compute_service(inputs: ServiceInputs) -> ServiceResult:
    """The figures of SPEC 8 for every candidate and assessed channel."""
    data = _Arrays(inputs)
    starts, month_labels = _month_starts(data.hours)
    live = [cid for cid in data.levels if data.channels[cid].kind == LIVE]
    deferred = [cid for cid in data.levels if data.channels[cid].kind == DEFERRED]
    lam = data.total(LIVE, minutes=False)
    live_work = data.total(LIVE, minutes=True)
    per_hour: dict[str, np.ndarray] = {}
    unlimited: dict[str, np.ndarray] = {}  # the same with unlimited seats: tells a coverage gap from too few seats
    if live:
        shares, ideal = _live_service_levels(data, live, lam, live_work)
        per_hour.update(shares)
        unlimited.update(ideal)
    if deferred and data.n_hours:
        shares, ideal = _deferred_shares(data, deferred, live_work)
        per_hour.update(shares)
        unlimited.update(ideal)
    busiest, agents = _busiest(data, live, lam, live_work)
    result = ServiceResult(month_labels, [{} for _ in range(data.n_cand)],
                           tuple(None if s is None else int(s) for s in inputs.seats))
    for cid in data.levels:
        weights = data.handled[cid]
        num = _monthly(weights * per_hour[cid], starts) if data.n_hours else np.zeros((data.n_cand, 0))
        den = _monthly(weights, starts) if data.n_hours else np.zeros((data.n_cand, 0))
        monthly = _shares(num, den)
        if data.n_hours and cid in unlimited:
            monthly_unlimited = _shares(_monthly(weights * unlimited[cid], starts), den)
        else:
            monthly_unlimited = monthly
        overall = _shares(num.sum(axis=1), den.sum(axis=1))
        target = data.levels[cid].target
        for row in range(data.n_cand):
            months = tuple(_nullable(x) for x in monthly[row])
            below_at = [k for k, x in enumerate(months) if x is not None and x < target - TARGET_SLACK]
            reasons = tuple(COVERAGE if monthly_unlimited[row, k] < target - TARGET_SLACK else SEATS for k in below_at)
            is_live = data.channels[cid].kind == LIVE
            result.candidates[row][cid] = ChannelService(
                channel=cid, kind=data.channels[cid].kind, target=target, share=_nullable(overall[row]),
                months=months, months_below=tuple(month_labels[k] for k in below_at), reasons=reasons, contacts=float(den[row].sum()),
                month_contacts=tuple(float(x) for x in den[row]),
                agents_needed=int(agents[cid][row]) if is_live else None,
                busiest_hour=busiest[row] if is_live else None,
                within=data.levels[cid].within_s if is_live else data.levels[cid].within_h,
            )
    return result


def busiest_hours(lam: np.ndarray) -> np.ndarray:
    """Index of each row's busiest hour (most handled live contacts, the
    earliest of equals), −1 for a row without live contacts."""
    if lam.shape[-1] == 0:
        return np.full(lam.shape[:-1], -1)
    idx = np.argmax(lam, axis=-1)
    return np.where(np.take_along_axis(lam, idx[..., None], axis=-1)[..., 0] > 0, idx, -1)


def _busiest(data: _Arrays, live: list[str], lam: np.ndarray, work: np.ndarray):
    """The busiest hour of each candidate (ISO ``2027-03-04T21`` or None) and,
    per assessed live channel, the agents needed there (C,)."""
    idx = busiest_hours(lam)
    has = idx >= 0
    safe = np.maximum(idx, 0)
    lam_b = np.where(has, lam[np.arange(data.n_cand), safe] if data.n_hours else 0.0, 0.0)
    work_b = np.where(has, work[np.arange(data.n_cand), safe] if data.n_hours else 0.0, 0.0)
    tau_b = np.where(has, work_b / np.where(has, lam_b, 1.0), 1.0)
    labels: list[str | None] = [
        str(np.datetime_as_string(data.hours[i], unit="h")) if i >= 0 else None for i in idx.tolist()
    ]
    agents = {}
    for cid in live:
        level = data.levels[cid]
        agents[cid] = erlang.agents_needed(work_b / 60.0, tau_b, float(level.within_s or 0.0), level.target)
    return labels, agents
