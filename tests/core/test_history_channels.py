"""SPEC 9 step 7: the fit writes ``forecast.channels`` (shares from the counts
by channel over the whole days, own profiles from 500 contacts, the project's
handling times kept, and never a project that fails validation)."""

from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pytest

from vendorpick.history.api import fit_files
from vendorpick.project.demo import demo_project
from vendorpick.project.io import dumps, loads
from vendorpick.project.model import Channel

TODAY = dt.date(2026, 11, 30)
MONTHS = ("2026-03", "2026-04", "2026-05", "2026-06")


def write_daily_by_channel(path, per_day: dict[str, int], months=MONTHS):
    """Daily counts by channel: every day of ``months`` the same counts."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["日付", "チャネル", "件数"])
        for month in months:
            first = np.datetime64(month, "M")
            for d in np.arange(first.astype("datetime64[D]"), (first + 1).astype("datetime64[D]")):
                for name, n in per_day.items():
                    out.writerow([str(d), name, n])


def project_with(channels, minute_plans: bool = True):
    p = demo_project()
    fc = p.forecast.model_copy(update={"events": [], "channels": channels})
    vendors = p.vendors
    if not minute_plans:
        vendors = [v.model_copy(update={"plans": [pl for pl in v.plans if pl.unit == "contact" and pl.seats is None]})
                   for v in vendors]
        vendors = [v for v in vendors if v.plans]
    ids = {c.id for c in channels or []}
    # the demo's service levels and its response-time criterion name its own channels
    levels = {k: v for k, v in p.settings.service_levels.items() if k in ids}
    settings = p.settings.model_copy(update={"extra_holidays": [], "service_levels": levels})
    criteria = [c for c in p.criteria if c.kind != "service" or (c.channel in ids and c.channel in levels)]
    return p.model_copy(update={"forecast": fc, "vendors": vendors, "settings": settings, "start": "2027-01",
                                "criteria": criteria})


def fitted_project(project, forecast):
    """The project with the fitted forecast, through the file format (so it must validate)."""
    return loads(dumps(project.model_copy(update={"forecast": forecast})))


def test_shares_by_hand_names_matched_aht_kept_missing_kept_at_zero(tmp_path):
    """Per day 電話 6, メール 10, LINE 4 (20 in all): shares 0.3, 0.5, 0.2.  The
    project's phone and mail keep name, kind and aht; its ``message`` is not in
    the history and stays with share 0; LINE keeps its own id."""
    path = tmp_path / "daily.csv"
    write_daily_by_channel(path, {"電話": 6, "メール": 10, "LINE": 4})
    old = [Channel(id="message", name="R-Messe", share=0.5, aht_min=6),
           Channel(id="mail", name="メール窓口", share=0.3, aht_min=8),
           Channel(id="phone", share=0.2, aht_min=5, kind="live")]
    project = project_with(old, minute_plans=False)
    result = fit_files([path], project, today=TODAY)
    chans = {c.id: c for c in result.forecast.channels}
    assert [c.id for c in result.forecast.channels] == ["mail", "phone", "LINE", "message"]
    assert chans["phone"].share == pytest.approx(0.3, abs=1e-12)
    assert chans["mail"].share == pytest.approx(0.5, abs=1e-12)
    assert chans["LINE"].share == pytest.approx(0.2, abs=1e-12)
    assert chans["message"].share == 0.0
    assert (chans["mail"].name, chans["mail"].aht_min) == ("メール窓口", 8)
    assert (chans["phone"].kind, chans["phone"].aht_min) == ("live", 5)
    assert chans["message"].aht_min == 6 and chans["LINE"].aht_min is None  # no plan needs one
    # daily counts have no hours: every channel uses the forecast's profiles
    assert all(c.hourly_profile is None and c.holiday_hourly_profile is None for c in chans.values())
    codes = [n.code for n in result.notes]
    assert "note_channel_missing" in codes and "note_channel_aht_assumed" not in codes
    assert fitted_project(project, result.forecast).forecast.channels == result.forecast.channels


def test_new_channel_handled_by_a_minute_plan_gets_the_mean_aht_and_a_note(tmp_path):
    """The demo has a per-minute plan and a seated plan handling every channel:
    a new channel without a handling time would make the project invalid.  It
    gets the mean aht of the project's channels weighted by the fitted counts
    (phone 6 × 5 min, mail 10 × 8 min → 110 / 16 = 6.875), and the note says so."""
    path = tmp_path / "daily.csv"
    write_daily_by_channel(path, {"phone": 6, "mail": 10, "chat": 4})
    project = project_with([Channel(id="mail", share=0.6, aht_min=8), Channel(id="phone", share=0.4, aht_min=5)])
    result = fit_files([path], project, today=TODAY)
    chans = {c.id: c for c in result.forecast.channels}
    assert chans["chat"].aht_min == pytest.approx(6.88)
    assert chans["chat"].share == pytest.approx(0.2, abs=1e-12)
    notes = [n for n in result.notes if n.code == "note_channel_aht_assumed"]
    assert len(notes) == 1  # the channel by its word (vendorpick.vocabulary), never by its id
    assert '"Chat"' in notes[0].text("en") and "6.88 min" in notes[0].text("en")
    assert "チャット" in notes[0].text("ja") and "chat" not in notes[0].text("ja") and "6.88 分" in notes[0].text("ja")
    fitted_project(project, result.forecast)  # validates


def test_no_channel_column_keeps_the_projects_channels(tmp_path):
    path = tmp_path / "daily.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["date", "count"])
        for month in MONTHS:
            first = np.datetime64(month, "M")
            for d in np.arange(first.astype("datetime64[D]"), (first + 1).astype("datetime64[D]")):
                out.writerow([str(d), 30])
    project = project_with([Channel(id="mail", share=0.6, aht_min=8), Channel(id="phone", share=0.4, aht_min=5)])
    result = fit_files([path], project, today=TODAY)
    assert result.forecast.channels == project.forecast.channels
    assert "note_no_channels" in [n.code for n in result.notes]


def test_channel_profiles_from_500_contacts_on_whole_days(tmp_path):
    """Contact rows: phone at 10:00 on every day (4 months ≈ 122 contacts, too
    few: the forecast's profile), mail at 9:00 and 21:00 six times a day
    (≈ 732: its own profile, half at 9 and half at 21)."""
    path = tmp_path / "contacts.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["created_at", "channel"])
        for month in MONTHS:
            first = np.datetime64(month, "M")
            for d in np.arange(first.astype("datetime64[D]"), (first + 1).astype("datetime64[D]")):
                out.writerow([f"{d}T00:05:00+09:00", "phone"])
                for hour in (9, 9, 9, 21, 21, 21):
                    out.writerow([f"{d}T{hour:02d}:30:00+09:00", "email"])
                out.writerow([f"{d}T23:55:00+09:00", "phone"])
    project = project_with(None, minute_plans=False)
    result = fit_files([path], project, today=TODAY)
    chans = {c.id: c for c in result.forecast.channels}
    assert chans["phone"].hourly_profile is None and chans["phone"].holiday_hourly_profile is None
    expected = [0.0] * 24
    expected[9] = expected[21] = 0.5
    assert chans["mail"].hourly_profile == pytest.approx(expected, abs=1e-12)
    assert chans["mail"].holiday_hourly_profile == pytest.approx(expected, abs=1e-12)
    assert chans["mail"].share == pytest.approx(6 / 8, abs=1e-12)
    assert "note_channel_profile" in [n.code for n in result.notes]
    fitted_project(project, result.forecast)
