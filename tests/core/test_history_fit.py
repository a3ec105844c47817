"""The fit of SPEC section 9: recovery of known parameters from a generated
shop, a hand-worked 13-month fit, the backtest and the notes."""

from __future__ import annotations

import csv
import datetime as dt
import math

import numpy as np
import pytest

from vendorpick.errors import InputError
from vendorpick.history.api import fit_files, fit_with_events, read_history
from vendorpick.history.synthetic import ShopParams, contact_times, format_times
from vendorpick.project.demo import demo_project
from vendorpick.project.model import Event

TODAY = dt.date(2026, 11, 30)
INDEX = (1.2, 0.8, 1.05, 0.95, 0.9, 1.0, 0.95, 1.1, 0.9, 0.85, 1.0, 1.3)  # mean 1
WEEKDAYS = (1.0, 0.9, 0.9, 0.95, 1.05, 1.3, 1.4)
HOLIDAY = 1.5


def plain_project(start: str = "2027-01"):
    p = demo_project()
    fc = p.forecast.model_copy(update={"events": []})
    settings = p.settings.model_copy(update={"extra_holidays": []})
    return p.model_copy(update={"forecast": fc, "settings": settings, "start": start})


def write_contacts(path, minutes, channel, names, header=("受付日時", "チャネル"), encoding="cp932", style="slash"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for t, c in zip(format_times(minutes, style), channel.tolist(), strict=True):
            out.writerow([t, names[c]])


def write_daily(path, totals_by_month: dict[str, float]):
    """Daily counts: each month's total spread evenly over its days."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["date", "count"])
        for month, total in totals_by_month.items():
            first = np.datetime64(month, "M")
            days = np.arange(first.astype("datetime64[D]"), (first + 1).astype("datetime64[D]"))
            for d in days:
                out.writerow([str(d), repr(float(total) / len(days))])


# ---------------------------------------------------------------- recovery


@pytest.fixture(scope="module")
def recovered(tmp_path_factory):
    """Three years, about 100,000 contacts, Poisson counts per hour (seed 3)."""
    events = [("Super SALE", dt.date(y, m, 4), dt.date(y, m, 11), 2.2)
              for y in (2024, 2025, 2026) for m in (3, 6, 9)] + \
             [("Marathon", dt.date(y, 5, 9), dt.date(y, 5, 16), 1.5) for y in (2024, 2025, 2026)]
    params = ShopParams(start=dt.date(2023, 11, 1), end=dt.date(2026, 10, 31), base=2250, monthly_index=INDEX,
                        growth=0.1, weekday_weights=WEEKDAYS, holiday_weight=HOLIDAY, events=events,
                        channels={"電話": 0.3, "メール": 0.5, "チャット": 0.2}, seed=3)
    minutes, channel, names = contact_times(params)
    path = tmp_path_factory.mktemp("shop") / "shop.csv"
    write_contacts(path, minutes, channel, names)
    past = [Event(name=n, start=s, end=e, multiplier=1.0) for n, s, e, _ in events]
    result = fit_files([path], plain_project(), events=past, today=TODAY)
    return params, result, len(minutes)


def test_recovery_has_the_size_the_tolerances_assume(recovered):
    _params, result, n = recovered
    assert 90_000 <= n <= 115_000
    assert result.summary()["whole_months"] >= 35
    assert result.channel_counts.keys() == {"phone", "mail", "chat"}


def test_recovers_channel_shares_within_001(recovered):
    """Step 7: the fitted ``forecast.channels`` carry the generator's shares;
    each channel has far more than 500 contacts, so its own profiles (which
    the generator draws from the forecast's: within 0.01 of them)."""
    params, result, _n = recovered
    chans = {c.id: c for c in result.forecast.channels}
    assert chans.pop("message").share == 0.0  # the demo project's channel that the history lacks
    assert chans.keys() == {"phone", "mail", "chat"}
    for cid, true in (("phone", 0.3), ("mail", 0.5), ("chat", 0.2)):
        assert abs(chans[cid].share - true) <= 0.01
        wd = np.asarray(params.hourly) / np.sum(params.hourly)
        assert np.abs(np.asarray(chans[cid].hourly_profile) - wd).max() <= 0.01
        assert chans[cid].holiday_hourly_profile is not None
    assert sum(c.share for c in chans.values()) == pytest.approx(1.0, abs=1e-12)


def test_recovers_monthly_index_within_5_percent(recovered):
    _params, result, _n = recovered
    for fitted, true in zip(result.forecast.monthly_index, INDEX, strict=True):
        assert fitted == pytest.approx(true, rel=0.05)


def test_recovers_growth_within_003(recovered):
    _params, result, _n = recovered
    assert abs(result.forecast.growth_per_year - 0.1) <= 0.03


def test_recovers_day_weights_within_5_percent(recovered):
    _params, result, _n = recovered
    scale = np.mean(WEEKDAYS[:5])
    dw = result.forecast.day_weights
    for fitted, true in zip([*dw.by_weekday(), dw.holiday], [*WEEKDAYS, HOLIDAY], strict=True):
        assert fitted == pytest.approx(true / scale, rel=0.05)


def test_recovers_hourly_shares_within_001(recovered):
    params, result, _n = recovered
    wd = np.asarray(params.hourly) / np.sum(params.hourly)
    hd = np.asarray(params.holiday_hourly) / np.sum(params.holiday_hourly)
    assert np.abs(np.asarray(result.forecast.hourly_profile) - wd).max() <= 0.01
    assert np.abs(np.asarray(result.forecast.holiday_hourly_profile) - hd).max() <= 0.01


def test_recovers_event_multipliers_within_10_percent(recovered):
    params, result, _n = recovered
    assert len(result.events) == len(params.events)
    for fitted, (_name, start, _end, true) in zip(result.events, params.events, strict=True):
        assert fitted.start == start
        assert fitted.multiplier == pytest.approx(true, rel=0.10)


def test_backtest_beats_nothing_by_construction_but_is_reported(recovered):
    _params, result, _n = recovered
    bt = result.backtest
    assert bt.months == ["2026-08", "2026-09", "2026-10"]
    # Poisson noise only: the model's error is small; the naive forecast misses the growth
    assert bt.mape < 0.06
    assert bt.naive_mape > bt.mape
    assert result.forecast.uncertainty.cv < 0.05  # residuals are Poisson noise (~2 %), no monthly shocks


# ---------------------------------------------------------------- hand-worked


def test_hand_worked_thirteen_months(tmp_path):
    """Jan 2025 – Jan 2026, every month 1,000 contacts except January 2026 with 1,210.

    Thirteen months, 12 γ and β: the fit is exact.  By hand, with δ_c the
    month effect before centring: β = ln(1210/1000)/12 (the two Januaries),
    δ_Jan = ln 1000, δ_c = ln 1000 − β·(c−1) for February (t = 1) to December
    (t = 11); α = mean δ = ln 1000 − β·66/12 = ln 1000 − 5.5 β;
    γ_Jan = 5.5 β, γ_c = (5.5 − (c−1)) β.  So growth = e^{12β} − 1 = 0.21, and
    with the horizon starting in January 2027 (t₀ = 24),
    base = e^{α + 24 β} · mean_c e^{γ_c}.
    """
    months = {f"2025-{m:02d}": 1000.0 for m in range(1, 13)} | {"2026-01": 1210.0}
    path = tmp_path / "daily.csv"
    write_daily(path, months)
    result = fit_files([path], plain_project("2027-01"), today=TODAY)
    mf = result.monthly
    beta = math.log(1.21) / 12
    assert mf.beta_fitted
    assert mf.beta == pytest.approx(beta, abs=1e-12)
    assert mf.alpha == pytest.approx(math.log(1000) - 5.5 * beta, abs=1e-12)
    assert mf.gamma[1] == pytest.approx(5.5 * beta, abs=1e-12)
    for c in range(2, 13):
        assert mf.gamma[c] == pytest.approx((5.5 - (c - 1)) * beta, abs=1e-12)
    assert result.forecast.growth_per_year == pytest.approx(0.21, abs=1e-12)
    eg = [math.exp((5.5 - (c - 1)) * beta) for c in range(1, 13)]
    mean = sum(eg) / 12
    assert result.forecast.monthly_index == pytest.approx([e / mean for e in eg], abs=1e-12)
    assert result.forecast.base_monthly_contacts == pytest.approx(
        math.exp(math.log(1000) - 5.5 * beta + 24 * beta) * mean, rel=1e-12)
    # n − p = 13 − 13 = 0 degrees of freedom: the project's uncertainty is kept and said
    assert result.forecast.uncertainty == plain_project().forecast.uncertainty
    codes = [n.code for n in result.notes]
    assert "note_uncertainty_kept" in codes and "note_no_channels" in codes


def test_twelve_months_fit_no_growth_and_say_so(tmp_path):
    months = {f"2025-{m:02d}": 1000.0 + 10 * m for m in range(1, 13)}
    path = tmp_path / "daily.csv"
    write_daily(path, months)
    result = fit_files([path], plain_project(), today=TODAY)
    assert result.forecast.growth_per_year == 0.0
    assert "note_no_growth" in [n.code for n in result.notes]
    # base × index reproduces every month's total (12 γ, no β: exact)
    fc = result.forecast
    assert [fc.base_monthly_contacts * fc.monthly_index[m - 1] for m in range(1, 13)] == pytest.approx(
        list(months.values()), rel=1e-12)


def test_unobserved_calendar_months_get_index_1_and_a_note(tmp_path):
    months = {"2026-03": 900.0, "2026-04": 1000.0, "2026-05": 1100.0, "2026-06": 1000.0}
    path = tmp_path / "daily.csv"
    write_daily(path, months)
    result = fit_files([path], plain_project(), today=TODAY)
    index = result.forecast.monthly_index
    assert index[0] == index[1] == index[6] == 1.0
    assert index[2:6] == pytest.approx([0.9, 1.0, 1.1, 1.0], rel=1e-12)
    assert "note_unobserved_months" in [n.code for n in result.notes]
    assert result.backtest is None and "note_no_backtest" in [n.code for n in result.notes]


def test_uncertainty_from_residuals_with_six_degrees_of_freedom(tmp_path):
    """19 months (Jan 2024 – Jul 2025): p = 12 γ + β = 13, n − p = 6; cv and
    correlation follow the residuals of the least squares exactly."""
    rng = np.random.default_rng(5)
    labels = [f"{2024 + (k // 12)}-{k % 12 + 1:02d}" for k in range(19)]
    totals = 1000 * np.exp(0.01 * np.arange(19) + rng.normal(0, 0.1, 19))
    path = tmp_path / "daily.csv"
    write_daily(path, dict(zip(labels, totals.tolist(), strict=True)))
    result = fit_files([path], plain_project(), today=TODAY)
    # the same least squares, by hand: t and 12 month dummies
    t = np.arange(19.0)
    dummies = (np.arange(19)[:, None] % 12 == np.arange(12)[None, :]).astype(float)
    x = np.column_stack([t, dummies])
    coef = np.linalg.lstsq(x, np.log(totals), rcond=None)[0]
    r = np.log(totals) - x @ coef
    s2 = (r @ r) / 6
    assert result.forecast.uncertainty.cv == pytest.approx(math.sqrt(math.exp(s2) - 1), rel=1e-9)
    assert result.forecast.uncertainty.correlation == pytest.approx(min(1, max(0, (r[:-1] @ r[1:]) / (r @ r))), abs=1e-9)


def test_event_multiplier_and_monthly_totals_without_events(tmp_path):
    """A flat shop, 100 a day, with a 5-day sale at 300 a day in March 2025:
    the multiplier is 3 and March's total without the event is 31 × 100."""
    path = tmp_path / "daily.csv"
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["日付", "件数"])
        for d in np.arange(np.datetime64("2025-01-01"), np.datetime64("2025-07-01")):
            sale = np.datetime64("2025-03-10") <= d <= np.datetime64("2025-03-14")
            out.writerow([str(d).replace("-", "/"), 300 if sale else 100])
    sale = Event(name="sale", start=dt.date(2025, 3, 10), end=dt.date(2025, 3, 14), multiplier=1.0)
    result = fit_files([path], plain_project(), events=[sale], today=TODAY)
    assert result.events[0].multiplier == pytest.approx(3.0, rel=1e-12)
    march = result.monthly.months.index(2025 * 12 - 1970 * 12 + 2)
    assert result.monthly.totals[march] == pytest.approx(3100, rel=1e-12)
    totals = np.array([31, 28, 31, 30, 31, 30]) * 100.0  # months differ only by their length
    assert result.forecast.monthly_index == pytest.approx([*(totals / totals.mean()), 1, 1, 1, 1, 1, 1], rel=1e-9)
    dw = result.forecast.day_weights
    assert [*dw.by_weekday(), dw.holiday] == pytest.approx([1.0] * 8, rel=1e-9)


def test_backtest_by_hand_on_a_seasonal_shop(tmp_path):
    """24 months of a shop whose months follow exactly α + γ (no growth), daily
    counts flat within each month: training (21 months) is exact, so the
    backtest forecast equals the actual months and the naive one equals the
    same month a year earlier."""
    index = np.array(INDEX)
    labels = [f"{2024 + k // 12}-{k % 12 + 1:02d}" for k in range(24)]
    totals = [1000.0 * index[k % 12] for k in range(24)]
    path = tmp_path / "daily.csv"
    write_daily(path, dict(zip(labels, totals, strict=True)))
    history = read_history([path], today=TODAY)
    result = fit_with_events(history, plain_project())
    bt = result.backtest
    assert bt.months == ["2025-10", "2025-11", "2025-12"]
    # the day weights are fitted from flat days, so every day weighs the same, and section 2 gives back the totals
    assert bt.forecast == pytest.approx(totals[-3:], rel=1e-9)
    assert bt.actual == pytest.approx(totals[-3:], rel=1e-12)
    assert bt.naive == pytest.approx(totals[9:12], rel=1e-12)
    assert bt.mape == pytest.approx(0.0, abs=1e-9) and bt.naive_mape == pytest.approx(0.0, abs=1e-9)


def test_two_whole_months_are_refused(tmp_path):
    path = tmp_path / "daily.csv"
    write_daily(path, {"2026-01": 100.0, "2026-02": 100.0})
    with pytest.raises(InputError) as exc:
        fit_files([path], plain_project(), today=TODAY)
    problem = exc.value.problems[0]
    assert problem.code == "hist_too_few_months" and problem.ctx["n"] == 2
    assert "3" in problem.message("en") and "3 か月以上" in problem.message("ja")


def test_partial_first_and_last_days_are_not_whole(tmp_path):
    """Contacts from 2025-01-01 10:00 to 2025-04-30 12:00: January and April are
    not whole months, February and March are: refused with n = 2."""
    minutes = np.arange(np.datetime64("2025-01-01T10:00").astype(np.int64),
                        np.datetime64("2025-04-30T12:00").astype(np.int64), 37)
    path = tmp_path / "c.csv"
    write_contacts(path, minutes, np.zeros(len(minutes), dtype=int), [""], header=("created_at", "x"),
                   encoding="utf-8", style="iso")
    with pytest.raises(InputError) as exc:
        fit_files([path], plain_project(), today=TODAY)
    assert exc.value.problems[0].ctx["n"] == 2


def test_fitted_model_follows_the_history_month_by_month(recovered):
    """The preview's model line (section 2 with the fitted forecast and the past
    events at their fitted multipliers) tracks the raw monthly counts."""
    _params, result, _n = recovered
    actual, model = np.array(result.month_actual), np.array(result.month_fitted)
    assert len(actual) == len(model) == len(result.whole_months)
    assert np.mean(np.abs(model / actual - 1)) < 0.03
    assert abs(model.sum() / actual.sum() - 1) < 0.01


def test_a_gap_between_files_is_not_whole(tmp_path):
    """January and March 2026 in two files, nothing for February: February is
    unknown (not 0 contacts), so only 2 whole months are left."""
    write_daily(tmp_path / "jan.csv", {"2026-01": 3100.0})
    write_daily(tmp_path / "mar.csv", {"2026-03": 3100.0})
    history = read_history([tmp_path / "jan.csv", tmp_path / "mar.csv"], today=TODAY)
    assert not history.whole[31:59].any() and history.whole[:31].all() and history.whole[59:].all()
    with pytest.raises(InputError) as exc:
        fit_with_events(history, plain_project())
    assert exc.value.problems[0].ctx["n"] == 2
