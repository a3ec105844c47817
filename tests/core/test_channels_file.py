"""Format vendorpick/2 (SPEC 7): channels, billing units, rates by channel and seats in the file.

Every rule of the SPEC 7 field tables is refused with its place, in English and Japanese.
"""

from __future__ import annotations

import json

import pytest

from vendorpick.errors import InputError
from vendorpick.project import io
from vendorpick.project.io import parse_project

CHANNELS = [
    {"id": "message", "name": "R-Messe", "share": 0.5, "aht_min": 6},
    {"id": "mail", "name": "メール", "share": 0.3, "aht_min": 8},
    {"id": "phone", "name": "電話", "share": 0.2, "aht_min": 5},
]


def v2(channels=CHANNELS, plan_channels=None, **plan):
    plan.setdefault("name", "P")
    if plan_channels is not None:
        plan["channels"] = plan_channels
    fc = {"base_monthly_contacts": 600}
    if channels is not None:
        fc["channels"] = channels
    return {"format": "vendorpick/2", "start": "2027-01", "forecast": fc,
            "vendors": [{"name": "A社", "plans": [plan]}]}


def problems(data) -> list[tuple[str, str]]:
    try:
        parse_project(data)
    except InputError as exc:
        return [(p.loc, p.code) for p in exc.problems]
    return []


def messages(data, lang: str) -> str:
    with pytest.raises(InputError) as info:
        parse_project(data)
    return info.value.text(lang)


def test_a_full_version_2_file_loads_with_its_defaults():
    project = parse_project(v2(unit="minute", rounding="per_contact", included=1000, rate=60,
                               rates={"phone": 90}, plan_channels=["phone", "mail"],
                               seats={"count": 2, "per_seat_hour": 2500}))
    plan = project.vendors[0].plans[0]
    assert (plan.unit, plan.rounding, plan.included, plan.rates, plan.channels) == \
        ("minute", "per_contact", 1000, {"phone": 90}, ["phone", "mail"])
    assert plan.seats is not None and (plan.seats.count, plan.seats.per_seat_month, plan.seats.per_seat_hour) == \
        (2, 0, 2500)
    kinds = {c.id: c.channel_kind for c in project.forecast.channel_list()}
    assert kinds == {"message": "deferred", "mail": "deferred", "phone": "live"}  # the default by id
    bare = parse_project(v2(channels=None)).vendors[0].plans[0]
    assert (bare.unit, bare.rounding, bare.included, bare.rates, bare.seats, bare.channels) == \
        ("contact", "none", 0, None, None, None)
    assert [(c.id, c.channel_kind, c.share) for c in parse_project(v2(channels=None)).forecast.channel_list()] == \
        [("all", "live", 1.0)]


def test_explicit_kind_wins_over_the_default_and_profiles_fall_back_as_in_section_1():
    own = [1.0] * 12 + [3.0] * 12
    project = parse_project(v2(channels=[{"id": "chat", "share": 1, "kind": "deferred", "hourly_profile": own},
                                         {"id": "mail", "share": 1}]))
    fc = project.forecast
    chat, mail = fc.channel_list()
    assert chat.channel_kind == "deferred"
    assert chat.profiles(fc) == (own, own)          # only hourly_profile: on both kinds of day
    assert mail.profiles(fc) == (fc.hourly_profile, fc.holiday_profile())


def test_saved_as_version_2_and_read_back_equal(tmp_path):
    project = parse_project(v2(unit="minute", rates={"mail": 200}, seats={"count": 1, "per_seat_month": 300000}))
    path = tmp_path / "p.vendorpick.json"
    io.save(project, path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "vendorpick/2"
    assert io.load(path) == project


@pytest.mark.parametrize(
    ("data", "place", "code"),
    [
        (v2(channels=[{"id": "mail", "share": 0}, {"id": "phone", "share": 0}]), "forecast.channels",
         "vp_channel_shares_zero"),
        (v2(channels=[]), "forecast.channels", "vp_channel_shares_zero"),
        (v2(channels=[{"id": "mail", "share": 1}, {"id": "mail", "share": 1}]), "forecast.channels[1].id",
         "vp_duplicate_id"),
        (v2(channels=[{"id": " ", "share": 1}]), "forecast.channels[0].id", "vp_nonempty"),
        (v2(channels=[{"id": "mail"}]), "forecast.channels[0].share", "missing"),
        (v2(channels=[{"id": "mail", "share": -1}]), "forecast.channels[0].share", "greater_than_equal"),
        (v2(channels=[{"id": "mail", "share": 1, "aht_min": 0}]), "forecast.channels[0].aht_min", "greater_than"),
        (v2(channels=[{"id": "mail", "share": 1, "aht_min": 2e9}]), "forecast.channels[0].aht_min", "vp_limit"),
        (v2(channels=[{"id": "mail", "share": 1, "kind": "email"}]), "forecast.channels[0].kind", "literal_error"),
        (v2(channels=[{"id": "mail", "share": 1, "hourly_profile": [1] * 23}]),
         "forecast.channels[0].hourly_profile", "vp_length"),
        (v2(channels=[{"id": "mail", "share": 1, "holiday_hourly_profile": [0] * 24}]),
         "forecast.channels[0].holiday_hourly_profile", "vp_profile_sum"),
        (v2(channels=[{"id": "mail", "share": 1, "aht": 5}]), "forecast.channels[0].aht", "extra_forbidden"),
        (v2(rates={"fax": 100}), "vendors[0].plans[0].rates.fax", "vp_channel_unknown"),
        (v2(rates={"mail": -1}), "vendors[0].plans[0].rates.mail", "greater_than_equal"),
        (v2(rates={"mail": 2e12}), "vendors[0].plans[0].rates.mail", "vp_limit"),
        (v2(rates={"mail": 100}, tiers=[{"up_to": None, "rate": 250}]), "vendors[0].plans[0].rates",
         "vp_rates_and_tiers"),
        (v2(unit="hour"), "vendors[0].plans[0].unit", "literal_error"),
        (v2(rounding="up"), "vendors[0].plans[0].rounding", "literal_error"),
        (v2(included=-1), "vendors[0].plans[0].included", "greater_than_equal"),
        (v2(included=2e9), "vendors[0].plans[0].included", "vp_limit"),
        (v2(included_contacts=5), "vendors[0].plans[0].included_contacts", "extra_forbidden"),  # the v1 key in v2
        (v2(seats={"count": 1.5}), "vendors[0].plans[0].seats.count", "vp_seat_count_whole"),
        (v2(seats={"count": -1}), "vendors[0].plans[0].seats.count", "greater_than_equal"),
        (v2(seats={"count": 2e9}), "vendors[0].plans[0].seats.count", "vp_limit"),
        (v2(seats={"count": 1, "per_seat_month": 2e12}), "vendors[0].plans[0].seats.per_seat_month", "vp_limit"),
        (v2(seats={"count": 1, "per_seat_hour": -5}), "vendors[0].plans[0].seats.per_seat_hour",
         "greater_than_equal"),
        (v2(seats={"per_seat_month": 1}), "vendors[0].plans[0].seats.count", "missing"),
        (v2(channels=None, unit="minute"), "vendors[0].plans[0].unit", "vp_aht_needs_channels"),
        (v2(channels=None, seats={"count": 1}), "vendors[0].plans[0].seats", "vp_aht_needs_channels"),
        (v2(channels=[{"id": "mail", "share": 1}], unit="minute"), "vendors[0].plans[0].unit", "vp_aht_needed"),
        (v2(channels=[{"id": "mail", "share": 1}], seats={"count": 1}), "vendors[0].plans[0].seats",
         "vp_aht_needed"),
    ],
)
def test_channel_rules_are_refused_with_their_place(data, place, code):
    assert (place, code) in problems(data)


def test_the_plan_handles_known_channels_listed_once():
    data = v2()
    data["vendors"][0]["plans"][0]["channels"] = ["phone", "fax"]
    assert ("vendors[0].plans[0].channels[1]", "vp_channel_unknown") in problems(data)
    data["vendors"][0]["plans"][0]["channels"] = []
    assert ("vendors[0].plans[0].channels", "vp_plan_channels_empty") in problems(data)
    data["vendors"][0]["plans"][0]["channels"] = ["mail", "mail"]
    assert ("vendors[0].plans[0].channels[1]", "vp_channel_twice") in problems(data)
    data["vendors"][0]["plans"][0]["channels"] = ["all"]  # the implicit channel exists only without channels
    assert ("vendors[0].plans[0].channels[0]", "vp_channel_unknown") in problems(data)
    no_channels = v2(channels=None)
    no_channels["vendors"][0]["plans"][0]["channels"] = ["all"]
    assert problems(no_channels) == []


def test_aht_is_needed_only_on_the_channels_the_plan_handles():
    channels = [{"id": "mail", "share": 1, "aht_min": 8}, {"id": "phone", "share": 1}]
    data = v2(channels=channels, unit="minute")
    assert problems(data) == [("vendors[0].plans[0].unit", "vp_aht_needed")]
    data["vendors"][0]["plans"][0]["channels"] = ["mail"]
    assert problems(data) == []


def test_messages_in_english_and_japanese():
    data = v2(channels=[{"id": "mail", "share": 0}], rates={"fax": 10}, seats={"count": 2.5}, unit="minute")
    en, ja = messages(data, "en"), messages(data, "ja")
    assert "forecast.channels: the channels' shares must add up to more than 0" in en
    assert "チャネルの構成比（share）の合計は 0 より大きくなければなりません" in ja
    assert 'vendors[0].plans[0].rates.fax: unknown channel "fax" (the forecast\'s channels: mail)' in en
    assert "不明なチャネル「fax」です" in ja
    assert "the number of seats must be a whole number (got 2.5)" in en
    assert "席数は整数でなければなりません（指定値: 2.5）" in ja
    assert 'handling time (aht_min) of the channel "mail"' in en
    assert "扱うチャネル「mail」の平均処理時間（aht_min）が必要です" in ja


def test_a_version_1_file_is_read_with_included_contacts_and_its_problems_placed_there():
    v1 = {"format": "vendorpick/1", "start": "2027-01", "forecast": {"base_monthly_contacts": 600},
          "vendors": [{"name": "A", "plans": [{"name": "P", "included_contacts": 150, "rate": 300}]}]}
    assert parse_project(v1).vendors[0].plans[0].included == 150
    v1["vendors"][0]["plans"][0]["included_contacts"] = -1
    assert problems(v1) == [("vendors[0].plans[0].included_contacts", "greater_than_equal")]
    v1["vendors"][0]["plans"][0] = {"name": "P", "included": 5}  # the version-2 key in a version-1 file
    assert ("vendors[0].plans[0].included", "extra_forbidden") not in problems(v1)  # (renamed on the way)
