"""Bad service levels and service criteria are refused with their place (SPEC 8)."""

from __future__ import annotations

import pytest

from vendorpick.errors import MESSAGES, message
from vendorpick.project.service_levels import check_service_criteria, check_service_levels

KINDS = {"phone": "live", "chat": "live", "mail": "deferred", "message": "deferred"}
GOOD = {"phone": {"within_s": 20, "target": 0.8}, "message": {"within_h": 24, "target": 1.0},
        "mail": {"within_h": 48, "target": 0.95}}


def places(problems):
    return [(p.loc, p.code) for p in problems]


def test_good_service_levels_pass():
    assert check_service_levels(GOOD, KINDS) == []
    assert check_service_levels(None, KINDS) == []
    assert check_service_levels({}, KINDS) == []


def test_unknown_channel():
    problems = check_service_levels({"fax": {"within_h": 24, "target": 0.9}}, KINDS)
    assert places(problems) == [("settings.service_levels.fax", "vp_service_unknown_channel")]
    assert "phone, chat, mail, message" in problems[0].text("en")
    assert "「fax」" in problems[0].text("ja")


@pytest.mark.parametrize("within_h", [0, 0.5, 1.5, -24, 24.000001, 10**6, True, "24", float("nan")])
def test_within_h_below_one_or_fractional(within_h):
    problems = check_service_levels({"mail": {"within_h": within_h, "target": 0.9}}, KINDS)
    assert places(problems) == [("settings.service_levels.mail.within_h", "vp_service_within_h")]


@pytest.mark.parametrize("within_h", [1, 24, 24.0, 168, 8760])
def test_whole_hours_are_accepted(within_h):
    assert check_service_levels({"mail": {"within_h": within_h, "target": 0.9}}, KINDS) == []


@pytest.mark.parametrize(("channel", "target", "ok"), [
    ("mail", 1.0, True), ("mail", 0.0001, True), ("mail", 0, False), ("mail", 1.01, False), ("mail", -0.5, False),
    ("phone", 0.99, True), ("phone", 1.0, False), ("phone", 0, False), ("phone", float("inf"), False),
    ("phone", "0.8", False),
])
def test_target_outside_its_range(channel, target, ok):
    within = {"within_s": 20} if KINDS[channel] == "live" else {"within_h": 24}
    problems = check_service_levels({channel: {**within, "target": target}}, KINDS)
    code = "vp_service_target_live" if KINDS[channel] == "live" else "vp_service_target_deferred"
    assert places(problems) == ([] if ok else [(f"settings.service_levels.{channel}.target", code)])


def test_the_wrong_kind_of_target_and_missing_keys():
    problems = check_service_levels({"phone": {"within_h": 1, "target": 0.8}, "mail": {"within_s": 60}}, KINDS)
    assert places(problems) == [
        ("settings.service_levels.phone.within_h", "vp_service_within_kind"),
        ("settings.service_levels.phone.within_s", "missing"),
        ("settings.service_levels.mail.within_s", "vp_service_within_kind"),
        ("settings.service_levels.mail.within_h", "missing"),
        ("settings.service_levels.mail.target", "missing"),
    ]
    assert "use \"within_s\"" in problems[0].text("en")


def test_within_s_must_be_positive():
    assert places(check_service_levels({"phone": {"within_s": 0, "target": 0.8}}, KINDS)) == [
        ("settings.service_levels.phone.within_s", "vp_service_within_s")]


def test_levels_given_as_objects_are_read_like_mappings():
    class Level:
        within_s = None
        within_h = 0.5
        target = 0.9

    assert places(check_service_levels({"mail": Level()}, KINDS)) == [
        ("settings.service_levels.mail.within_h", "vp_service_within_h")]


def test_service_criterion_naming_a_channel_without_a_service_level():
    criteria = [
        {"id": "price", "kind": "cost"},
        {"id": "sla_mail", "kind": "service", "channel": "mail"},
        {"id": "sla_chat", "kind": "service", "channel": "chat"},
        {"id": "sla_all", "kind": "service"},
    ]
    problems = check_service_criteria(criteria, GOOD)
    assert places(problems) == [("criteria[2].channel", "vp_service_no_level")]
    assert "sla_chat" in problems[0].text("en") and "chat" in problems[0].text("ja")
    # without any service level, a service criterion without channel measures nothing
    assert places(check_service_criteria(criteria, None)) == [
        ("criteria[1].channel", "vp_service_no_level"),
        ("criteria[2].channel", "vp_service_no_level"),
        ("criteria[3]", "vp_service_no_levels"),
    ]


def test_every_code_has_english_and_japanese():
    codes = ["vp_service_unknown_channel", "vp_service_within_kind", "vp_service_within_h", "vp_service_within_s",
             "vp_service_target_deferred", "vp_service_target_live", "vp_service_no_level", "vp_service_no_levels"]
    for code in codes:
        assert code in MESSAGES
        en, ja = message(code, "en"), message(code, "ja")
        assert en != ja and any("\u3040" <= ch <= "\u30ff" for ch in ja)
