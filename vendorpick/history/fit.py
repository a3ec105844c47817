"""Fitting the forecast to a shop's history, SPEC section 9 steps 1–8.

Everything works on whole days (:mod:`vendorpick.history.history`) and, for
the monthly figures, whole months.  With w(d) the fitted weight of day d
(``holiday`` on a public holiday, else its weekday's) and N_m, S_m the count
and the weight sum of month m's non-event whole days:

1. day weight of a type = mean over its non-event days of count(d) / mean
   count of the non-event days of d's month, divided by the mean of the
   Monday–Friday values (kept when fewer than 4 days);
2. hourly profiles = shares by hour on weekday- and holiday-type non-event
   days (and per channel with at least 500 contacts);
3. event multiplier = mean over its days of count(d) / ĉ(d),
   ĉ(d) = N_m × w(d) / S_m;
4. E_m = Σ_{d in m} count(d) / e(d);
5. log E_m = α + β t + γ_{c(m)} by least squares (numpy.linalg.lstsq), with
   Σ γ = 0 over the observed calendar months, β only when a calendar month
   repeats; growth = e^{12β} − 1, index_c = e^{γ_c} / mean e^{γ},
   base = e^{α + β t₀} × mean e^{γ};
6. cv = √(e^{s²} − 1), s² = Σ r² / (n − p), correlation = Σ r_m r_{m+1} / Σ r²
   clipped to [0, 1], when n − p ≥ 6;
7. channel shares over the whole days, written as ``forecast.channels``
   (:mod:`vendorpick.history.channels`);
8. backtest: the same fit up to the end of the 4th-last whole month predicts
   the last 3 (section 2), against the seasonal naive forecast.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.formatting import percent
from vendorpick.history.channels import fit_channels
from vendorpick.history.history import History
from vendorpick.i18n import L_, N_
from vendorpick.pricing.volume import day_types, monthly_contacts
from vendorpick.project.model import WEEKDAYS, DayWeights, Event, Forecast, Project, Uncertainty
from vendorpick.project.months import EPOCH_1970, month_index, month_label
from vendorpick.vocabulary import channel_name, listed

DAY_TYPES = (*WEEKDAYS, "holiday")
#: names of day types in notes
DAY_NAMES = {
    "mon": N_("Monday"), "tue": N_("Tuesday"), "wed": N_("Wednesday"),
    "thu": N_("Thursday"), "fri": N_("Friday"), "sat": N_("Saturday"),
    "sun": N_("Sunday"), "holiday": N_("public holiday"),
}
MIN_DAYS_OF_TYPE = 4
MIN_CHANNEL_CONTACTS = 500
MIN_DOF = 6
MIN_MONTHS = 3
BACKTEST_MONTHS = 3
MIN_BACKTEST_MONTHS = 6


def _month_label(month_id: int) -> str:
    """Months since 1970-01 (numpy's datetime64[M]) → ``YYYY-MM``."""
    return month_label(EPOCH_1970 + month_id)


def _month_id(text: str) -> int:
    return month_index(text) - EPOCH_1970


@dataclass
class Calendar:
    """Per day of the history: month, weekday, public holiday, holiday-type."""

    days: np.ndarray
    month: np.ndarray     # months since 1970-01
    day_type: np.ndarray  # 0..6 weekday (Monday 0), 7 public holiday
    holiday_type: np.ndarray

    @classmethod
    def of(cls, history: History, project: Project) -> Calendar:
        days = history.days
        month = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        types = day_types(days, project.settings.extra_holidays)
        return cls(days, month, np.where(types.public, 7, types.weekday), types.holiday_type)


@dataclass
class FittedEvent:
    name: str
    start: dt.date
    end: dt.date
    multiplier: float | None  # None: undefined (left out)

    def to_json(self) -> dict:
        return {"name": self.name, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "multiplier": self.multiplier}


@dataclass
class Backtest:
    months: list[str]
    actual: list[float]
    forecast: list[float]
    naive: list[float]
    mape: float | None
    naive_mape: float | None

    def to_json(self) -> dict:
        return {"months": self.months, "actual": self.actual, "forecast": self.forecast, "naive": self.naive,
                "mape": self.mape, "naive_mape": self.naive_mape}


@dataclass
class MonthlyFit:
    """Step 5's figures (also what the hand-worked test checks)."""

    months: list[int]        # month ids of the fitted whole months
    totals: np.ndarray       # E_m
    alpha: float
    beta: float
    gamma: dict[int, float]  # calendar month 1..12 → γ
    residuals: np.ndarray
    beta_fitted: bool

    @property
    def p(self) -> int:
        return len(self.gamma) + (1 if self.beta_fitted else 0)


@dataclass
class FitResult:
    """Everything the fit found, ready for JSON, text and the wizard."""

    forecast: Forecast
    events: list[FittedEvent]
    backtest: Backtest | None
    notes: list[Problem]
    history: History
    monthly: MonthlyFit
    whole_months: list[str]
    month_actual: list[float]     # raw counts of the whole months
    month_fitted: list[float]     # the fitted model (section 2, past events) for the same months
    channel_counts: dict[str, float]
    channel_profiles: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    weekday_ratio: dict[str, float | None] = field(default_factory=dict)  # observed (step 1, before normalising)

    def summary(self) -> dict:
        h = self.history
        whole = np.flatnonzero(h.whole)
        return {"first": h.date(int(whole[0])) if len(whole) else h.date(0),
                "last": h.date(int(whole[-1])) if len(whole) else h.date(h.n_days - 1),
                "contacts": h.contacts, "whole_months": len(self.whole_months),
                "channels": self.channel_counts}

    def to_json(self, lang: str) -> dict:
        total = sum(self.channel_counts.values())
        history = self.summary()
        history["channel_shares"] = {k: v / total for k, v in self.channel_counts.items()} if total else {}
        history["channel_hourly_profiles"] = self.channel_profiles
        history["files"] = [{"file": f.path, "format": f.format, "encoding": f.encoding, "shape": f.shape,
                             "columns": {"date": f.columns.date, "channel": f.columns.channel,
                                         "count": f.columns.count, "hour": f.columns.hour},
                             "rows": f.rows, "unreadable_rows": f.bad_rows} for f in self.history.files]
        return {"history": history, "forecast": self.forecast.model_dump(mode="json"),
                "events": [e.to_json() for e in self.events],
                "backtest": self.backtest.to_json() if self.backtest else None,
                "notes": [n.text(lang) for n in self.notes]}


# ---------------------------------------------------------------------- steps


def whole_month_mask(history: History, cal: Calendar, whole: np.ndarray) -> dict[int, np.ndarray]:
    """Month id → its days' indices, for the months all of whose days are whole."""
    out = {}
    for m in np.unique(cal.month):
        idx = np.flatnonzero(cal.month == m)
        edges = np.array([m, m + 1], dtype="datetime64[M]").astype("datetime64[D]").astype(np.int64)
        length = int(edges[1] - edges[0])
        if len(idx) == length and whole[idx].all():
            out[int(m)] = idx
    return out


def fit_day_weights(count: np.ndarray, cal: Calendar, use: np.ndarray, kept: DayWeights,
                    notes: list[Problem]) -> tuple[DayWeights, dict[str, float | None]]:
    """Step 1 on the days ``use`` (whole, outside events)."""
    months, inverse = np.unique(cal.month[use], return_inverse=True)
    mean = np.bincount(inverse, weights=count[use]) / np.bincount(inverse)
    ratio_all = np.divide(count[use], mean[inverse], out=np.full(int(use.sum()), np.nan), where=mean[inverse] > 0)
    types = cal.day_type[use]
    values: dict[str, float | None] = {}
    for t, name in enumerate(DAY_TYPES):
        r = ratio_all[(types == t) & np.isfinite(ratio_all)]
        values[name] = float(r.mean()) if len(r) >= MIN_DAYS_OF_TYPE else None
        if values[name] is None:
            notes.append(Problem("", "note_day_weight_kept", {
                "day": L_(DAY_NAMES[name]), "value": getattr(kept, name),
                "n": len(r)}))
    weekdays = [v for d in WEEKDAYS[:5] if (v := values[d]) is not None]
    scale = float(np.mean(weekdays)) if weekdays and np.mean(weekdays) > 0 else 1.0
    fitted = {name: (v / scale if v is not None else getattr(kept, name)) for name, v in values.items()}
    return DayWeights(**fitted), values


def weights_of_days(weights: DayWeights, cal: Calendar) -> np.ndarray:
    table = np.array([*weights.by_weekday(), weights.holiday])
    return table[cal.day_type]


def hourly_shares(hourly: np.ndarray) -> list[float] | None:
    """Shares by hour of a (days, 24) array, None when it has no contacts."""
    total = hourly.sum()
    return (hourly.sum(axis=0) / total).tolist() if total > 0 else None


def fit_profiles(history: History, cal: Calendar, use: np.ndarray, project: Project,
                 notes: list[Problem]) -> tuple[list[float], list[float] | None, dict]:
    """Step 2: weekday-type and holiday-type profiles (and per channel)."""
    fc = project.forecast
    if history.hourly is None:
        notes.append(Problem("", "note_no_times"))
        return fc.hourly_profile, fc.holiday_hourly_profile, {}
    total = history.hourly.sum(axis=2)
    weekday = hourly_shares(total[use & ~cal.holiday_type])
    holiday = hourly_shares(total[use & cal.holiday_type])
    for shares, kind in ((weekday, N_("weekday")), (holiday, N_("weekend/holiday"))):
        if shares is None:
            notes.append(Problem("", "note_profile_kept", {"kind": L_(kind)}))
    weekday = weekday or fc.hourly_profile
    holiday = holiday or fc.holiday_profile()
    per_channel: dict[str, dict[str, list[float]]] = {}
    for ci, name in enumerate(history.channels):
        n = history.daily[history.whole, ci].sum()
        if not name:
            continue
        if n < MIN_CHANNEL_CONTACTS:
            notes.append(Problem("", "note_channel_profile", {"channel": _channel_name(project, name), "n": int(round(n))}))
            continue
        chan = history.hourly[:, :, ci]
        per_channel[name] = {"weekday": hourly_shares(chan[use & ~cal.holiday_type]) or weekday,
                             "holiday": hourly_shares(chan[use & cal.holiday_type]) or holiday}
    return weekday, holiday, per_channel


def event_days(events: list[Event], cal: Calendar) -> list[np.ndarray]:
    return [(cal.days >= np.datetime64(e.start, "D").astype(np.int64))
            & (cal.days <= np.datetime64(e.end, "D").astype(np.int64)) for e in events]


def fit_event_multipliers(count: np.ndarray, cal: Calendar, whole: np.ndarray, in_event: np.ndarray,
                          inside: list[np.ndarray], w: np.ndarray) -> list[float | None]:
    """Step 3: mean over each event's whole days of count(d) / ĉ(d)."""
    plain = whole & ~in_event
    months, inverse = np.unique(cal.month, return_inverse=True)
    n_m = np.bincount(inverse, weights=np.where(plain, count, 0.0), minlength=len(months))
    s_m = np.bincount(inverse, weights=np.where(plain, w, 0.0), minlength=len(months))
    expected = np.divide(n_m[inverse] * w, s_m[inverse], out=np.zeros(len(count)), where=s_m[inverse] > 0)
    out: list[float | None] = []
    for days in inside:
        sel = days & whole & (expected > 0)
        out.append(float(np.mean(count[sel] / expected[sel])) if sel.any() else None)
    return out


def fit_months(totals: np.ndarray, months: list[int], first_month: int) -> MonthlyFit:
    """Step 5: least squares on log E_m = α + β t + γ_{c(m)}, Σ γ = 0."""
    t = np.array(months, dtype=float) - first_month
    cal_month = np.array(months) % 12 + 1
    observed = sorted(set(cal_month.tolist()))
    beta_fitted = len(observed) < len(months)
    dummies = (cal_month[:, None] == np.array(observed)[None, :]).astype(float)
    design = np.column_stack([t, dummies]) if beta_fitted else dummies
    y = np.log(totals)
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    beta = float(coef[0]) if beta_fitted else 0.0
    delta = coef[1:] if beta_fitted else coef
    alpha = float(np.mean(delta))
    gamma = {c: float(d - alpha) for c, d in zip(observed, delta, strict=True)}
    residuals = y - design @ coef
    return MonthlyFit(list(months), totals, alpha, beta, gamma, residuals, beta_fitted)


def forecast_terms(mf: MonthlyFit, first_month: int, start_month: int) -> tuple[float, list[float], float]:
    """base, monthly_index, growth of step 5 for a horizon starting at ``start_month``."""
    eg = {c: np.exp(g) for c, g in mf.gamma.items()}
    mean = float(np.mean(list(eg.values())))
    index = [float(eg[c] / mean) if c in eg else 1.0 for c in range(1, 13)]
    t0 = start_month - first_month
    base = float(np.exp(mf.alpha + mf.beta * t0) * mean)
    return base, index, float(np.expm1(12 * mf.beta))


def fit_uncertainty(mf: MonthlyFit, kept: Uncertainty, notes: list[Problem]) -> Uncertainty:
    """Step 6, from the residuals in month order."""
    n = len(mf.residuals)
    dof = n - mf.p
    if dof < MIN_DOF:
        notes.append(Problem("", "note_uncertainty_kept", {"cv": kept.cv, "correlation": kept.correlation,
                                                           "dof": dof}))
        return kept
    r = mf.residuals
    ss = float(r @ r)
    s2 = ss / dof
    corr = float(np.clip(r[:-1] @ r[1:] / ss, 0.0, 1.0)) if ss > 0 else 0.0
    return Uncertainty(cv=float(np.sqrt(np.expm1(s2))), correlation=corr)


# ---------------------------------------------------------------------- the fit


@dataclass
class _Core:
    day_weights: DayWeights
    ratios: dict
    weekday_profile: list[float]
    holiday_profile: list[float] | None
    channel_profiles: dict
    multipliers: list[float | None]
    monthly: MonthlyFit
    months: dict[int, np.ndarray]
    first_month: int


def _core(history: History, cal: Calendar, whole: np.ndarray, project: Project, events: list[Event],
          notes: list[Problem]) -> _Core:
    count = history.daily.sum(axis=1)
    inside = event_days(events, cal)
    in_event = np.any(inside, axis=0) if inside else np.zeros(len(count), dtype=bool)
    use = whole & ~in_event
    weights, ratios = fit_day_weights(count, cal, use, project.forecast.day_weights, notes)
    wd, hd, per_channel = fit_profiles(history, cal, use, project, notes)
    w = weights_of_days(weights, cal)
    multipliers = fit_event_multipliers(count, cal, whole, in_event, inside, w)
    e = np.ones(len(count))
    for m, days in zip(multipliers, inside, strict=True):
        if m:
            e[days] *= m
    months = whole_month_mask(history, cal, whole)
    if len(months) < MIN_MONTHS:
        ids = np.flatnonzero(whole)
        first, last = (history.date(int(ids[0])), history.date(int(ids[-1]))) if len(ids) else ("-", "-")
        raise InputError([Problem("", "hist_too_few_months", {"n": len(months), "first": first, "last": last})])
    first_month = min(months)
    totals, used = [], []
    for m, idx in sorted(months.items()):
        total = float(np.sum(count[idx] / e[idx]))
        if total > 0:
            totals.append(total)
            used.append(m)
        else:
            notes.append(Problem("", "note_zero_month", {"month": _month_label(m)}))
    if len(used) < MIN_MONTHS:
        raise InputError([Problem("", "hist_too_few_months", {
            "n": len(used), "first": _month_label(min(months)), "last": _month_label(max(months))})])
    mf = fit_months(np.array(totals), used, first_month)
    return _Core(weights, ratios, wd, hd, per_channel, multipliers, mf, months, first_month)


def fit_history(history: History, project: Project, events: list[Event]) -> FitResult:
    """Fit ``project.forecast`` to ``history`` (SPEC 9); ``events`` are the past
    events to account for (the project's, a file's, the Rakuten presets)."""
    notes: list[Problem] = []
    for info in history.files:
        if info.bad_rows:
            notes.append(Problem("", "note_skipped_rows", {"file": info.name, "n": info.bad_rows,
                                                           "line": min(p.ctx["line"] for p in info.problems)}))
            notes.extend(info.problems)
    if history.duplicates:
        notes.append(Problem("", "note_duplicates", {"n": history.duplicates}))
    partial = [history.date(i) for i in sorted({0, history.n_days - 1}) if not history.whole[i]]
    if partial:
        notes.append(Problem("", "note_partial_days", {"days": ", ".join(partial)}))
    if not history.whole.any():
        raise InputError([Problem("", "hist_too_few_months", {"n": 0, "first": "-", "last": "-"})])
    cal = Calendar.of(history, project)
    past = _past_events(events, history, notes)
    core = _core(history, cal, history.whole, project, past, notes)
    mf = core.monthly
    if not mf.beta_fitted:
        notes.append(Problem("", "note_no_growth", {"n": len(mf.months)}))
    unobserved = [c for c in range(1, 13) if c not in mf.gamma]
    if unobserved:
        notes.append(Problem("", "note_unobserved_months", {"months": ", ".join(map(str, unobserved))}))
    base, index, growth = forecast_terms(mf, core.first_month, _month_id(project.start))
    uncertainty = fit_uncertainty(mf, project.forecast.uncertainty, notes)
    fc = project.forecast.model_copy(update={
        "base_monthly_contacts": base, "monthly_index": index, "growth_per_year": growth,
        "day_weights": core.day_weights, "hourly_profile": list(core.weekday_profile),
        "holiday_hourly_profile": list(core.holiday_profile) if core.holiday_profile is not None else None,
        "uncertainty": uncertainty})
    fitted = [FittedEvent(e.name, e.start, e.end, m) for e, m in zip(past, core.multipliers, strict=True)]
    for fe in fitted:
        if fe.multiplier is None or fe.multiplier == 0:
            code = "note_event_undefined" if fe.multiplier is None else "note_event_zero"
            notes.append(Problem("", code, {"name": fe.name, "start": fe.start, "end": fe.end}))
    channel_counts = _channels(history, project, notes)
    fc = fc.model_copy(update={"channels": fit_channels(history, project, core.channel_profiles, notes)})
    months = sorted(core.months)
    count = history.daily.sum(axis=1)
    actual = [float(count[core.months[m]].sum()) for m in months]
    base0, _index, _growth = forecast_terms(mf, core.first_month, months[0])  # the same model, from the first month
    model = _section2(fc.model_copy(update={"base_monthly_contacts": base0}), project, fitted, months[0], len(months))
    backtest = _backtest(history, cal, project, past, fitted, months, count, notes)
    return FitResult(fc, fitted, backtest, notes, history, mf, [_month_label(m) for m in months], actual,
                     model, channel_counts, core.channel_profiles, core.ratios)


def _past_events(events: list[Event], history: History, notes: list[Problem]) -> list[Event]:
    """The events with a whole day inside the history (others are noted and ignored)."""
    whole = np.flatnonzero(history.whole)
    lo, hi = history.days[whole[0]], history.days[whole[-1]]
    out: list[Event] = []
    outside: list[Event] = []
    seen: set = set()
    for e in events:
        key = (e.name, e.start, e.end)
        if key in seen:
            continue
        seen.add(key)
        s, t = np.datetime64(e.start, "D").astype(np.int64), np.datetime64(e.end, "D").astype(np.int64)
        if t < lo or s > hi:
            outside.append(e)
            continue
        out.append(e)
    if outside:
        e = outside[0]
        notes.append(Problem("", "note_event_outside", {"n": len(outside), "name": e.name, "start": e.start,
                                                        "end": e.end}))
    return out


def _channel_name(project: Project, cid: str):
    """A channel of the history as the notes name it: the project's name, else the usual word."""
    return channel_name(cid, next((c.name for c in project.forecast.channel_list() if c.id == cid), ""))


def _channels(history: History, project: Project, notes: list[Problem]) -> dict[str, float]:
    counts = history.daily[history.whole].sum(axis=0)
    if not history.has_channels:
        notes.append(Problem("", "note_no_channels"))
        return {}
    out = {name or "?": float(c) for name, c in zip(history.channels, counts, strict=True)}
    total = sum(out.values())
    if total > 0:
        ordered = sorted(out.items(), key=lambda kv: -kv[1])
        shares = listed(L_("{channel} {share}", channel=_channel_name(project, k), share=percent(v / total))
                        for k, v in ordered)
        notes.append(Problem("", "note_channel_shares", {"shares": shares}))
    return out


def _section2(fc: Forecast, project: Project, events: list[FittedEvent], start_month: int, months: int) -> list[float]:
    """Expected contacts of section 2 over ``months`` months from ``start_month``
    with the past events at their fitted multipliers."""
    fc = fc.model_copy(update={"events": [Event(name=e.name, start=e.start, end=e.end, multiplier=e.multiplier)
                                          for e in events if e.multiplier]})
    p = project.model_copy(update={"forecast": fc, "start": _month_label(start_month), "months": months})
    return monthly_contacts(p).tolist()


def _backtest(history: History, cal: Calendar, project: Project, past: list[Event], fitted: list[FittedEvent],
              months: list[int], count: np.ndarray, notes: list[Problem]) -> Backtest | None:
    """Step 8: train up to the end of the 4th-last whole month, forecast the last 3."""
    if len(months) < MIN_BACKTEST_MONTHS:
        notes.append(Problem("", "note_no_backtest", {"n": len(months)}))
        return None
    held = months[-BACKTEST_MONTHS:]
    last_train = months[-BACKTEST_MONTHS - 1]
    train_whole = history.whole & (cal.month <= last_train)
    core = _core(history, cal, train_whole, project, past, [])
    base, index, growth = forecast_terms(core.monthly, core.first_month, held[0])
    fc = project.forecast.model_copy(update={"base_monthly_contacts": base, "monthly_index": index,
                                             "growth_per_year": growth, "day_weights": core.day_weights})
    forecast = _section2(fc, project, fitted, held[0], BACKTEST_MONTHS)
    whole_months = set(months)
    raw = {m: float(count[cal.month == m].sum()) for m in months}
    actual = [raw[m] for m in held]
    naive = [raw[m - 12] if (m - 12) in whole_months else raw[last_train] for m in held]
    labels = [_month_label(m) for m in held]
    for label, a in zip(labels, actual, strict=True):
        if a <= 0:
            notes.append(Problem("", "note_backtest_zero", {"month": label}))
    return Backtest(labels, actual, forecast, naive, _mape(actual, forecast), _mape(actual, naive))


def _mape(actual: list[float], predicted: list[float]) -> float | None:
    pairs = [(a, p) for a, p in zip(actual, predicted, strict=True) if a > 0]
    return float(np.mean([abs(p - a) / a for a, p in pairs])) if pairs else None
