"""SPEC 8 wired into the project: settings.service_levels in the file, the figures of every
candidate in ``simulate`` (text and JSON), and the criterion kind ``service`` in the ranking.

Hand-worked figures use January 2027 with a flat profile: 620 contacts are 20 a day, 20/24 an
hour.  The day band is 5:00–22:00 (17 hours) and January has 19 weekday-type days, so a
weekday-daytime plan covers 19 × 17 = 323 of the month's 744 hours.
"""

from __future__ import annotations

import copy
import json
import math

import pytest

from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.pricing.hourly import hourly_handling
from vendorpick.pricing.simulate import simulate
from vendorpick.project.io import parse_project
from vendorpick.scoring.rank import rank_project

BASE = {
    "format": "vendorpick/2", "name": "sla", "start": "2027-01", "months": 1,
    "forecast": {"base_monthly_contacts": 620, "channels": [
        {"id": "mail", "share": 1, "aht_min": 8}]},
    "vendors": [{"name": "V", "plans": [
        {"name": "all", "monthly_fee": 100000},
        {"name": "day", "monthly_fee": 50000, "coverage": ["weekday_day"]}]}],
    "criteria": [{"id": "cost", "kind": "cost", "weight": 1},
                 {"id": "sla", "kind": "service", "channel": "mail", "weight": 1}],
    "settings": {"scenarios": 200, "service_levels": {"mail": {"within_h": 1, "target": 0.95}}},
}
DAY_SHARE = 323 / 744  # answered within the hour: exactly the contacts arriving in a covered hour


def data(**changes) -> dict:
    out = copy.deepcopy(BASE)
    for key, value in changes.items():
        out[key] = value
    return out


def test_a_shared_pool_answers_within_the_hour_what_arrives_while_it_works():
    project = parse_project(data())
    result = simulate(project)
    every, day = result.service.candidates
    assert every["mail"].share == pytest.approx(1.0)
    assert day["mail"].share == pytest.approx(DAY_SHARE, rel=1e-9)
    # the same from the cost engine's own hourly contacts
    hourly = hourly_handling(project, 1)
    t = hourly.horizon_hours
    assert day["mail"].share == pytest.approx(hourly.arrived[hourly.covered[:t]].sum() / hourly.arrived.sum())
    assert day["mail"].months_below == ("2027-01",) and day["mail"].reasons == ("coverage",)


def test_one_seat_on_the_phone_by_erlang_c_worked_by_hand():
    # λ = 20/24 calls an hour, 5 minutes each: A = 0.069444 Erlang; one seat: C(1, A) = A, and
    # SL = 1 − A e^{−(1 − A) 20 / (60 × 5)} = 1 − 0.069444 × 0.939837 = 0.934733, every hour alike.
    project = parse_project(data(
        forecast={"base_monthly_contacts": 620, "channels": [{"id": "phone", "share": 1, "aht_min": 5}]},
        vendors=[{"name": "V", "plans": [{"name": "seat", "seats": {"count": 1, "per_seat_month": 1000}}]}],
        criteria=[{"id": "cost", "kind": "cost"}],
        settings={"scenarios": 200, "service_levels": {"phone": {"within_s": 20, "target": 0.8}}}))
    figures = simulate(project).service.candidates[0]["phone"]
    a = 20 / 24 * 5 / 60
    assert figures.share == pytest.approx(1 - a * math.exp(-(1 - a) * 20 / 300), rel=1e-9)
    assert round(figures.share, 6) == 0.934733
    assert figures.agents_needed == 1 and figures.busiest_hour == "2027-01-01T00"


def test_the_service_criterion_is_the_share_normalised_as_a_benefit():
    ranking = rank_project(parse_project(data()), draws=0, sensitivity=False)
    rows = {r.plan: r for r in ranking.ranking}
    assert rows["all"].raw["sla"] == pytest.approx(1.0)
    assert rows["day"].raw["sla"] == pytest.approx(DAY_SHARE)
    assert rows["day"].scores["sla"] == pytest.approx(DAY_SHARE / 1.0)  # value / highest
    assert rows["all"].scores["sla"] == pytest.approx(1.0)


def test_a_candidate_that_does_not_serve_the_channel_has_value_0():
    d = data(forecast={"base_monthly_contacts": 620, "channels": [
        {"id": "mail", "share": 0.5, "aht_min": 8}, {"id": "phone", "share": 0.5, "aht_min": 5}]})
    d["vendors"][0]["plans"][1]["channels"] = ["phone"]
    ranking = rank_project(parse_project(d), draws=0, sensitivity=False)
    rows = {r.plan: r for r in ranking.ranking}
    assert rows["day"].raw["sla"] == 0.0 and rows["day"].scores["sla"] == 0.0


def test_must_min_excludes_with_the_reason_in_words():
    d = data()
    d["criteria"][1]["must_min"] = 0.5
    ranking = rank_project(parse_project(d), draws=0, sensitivity=False)
    assert [r.plan for r in ranking.ranking] == ["all"]
    (excluded,) = ranking.excluded
    (reason,) = excluded.reasons
    assert reason.loc == "vendors[0].plans[1]"
    assert reason.message("en") == 'answers 43.4% of Email contacts within 1 h; "sla" requires 50%'
    assert reason.message("ja") == "メールの問い合わせのうち1時間以内に回答できるのは43.4%です。「sla」は50%以上が必須です"


def write(tmp_path, d) -> str:
    path = tmp_path / "p.vendorpick.json"
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_simulate_json_has_the_service_object(tmp_path, capsys):
    d = data(forecast={"base_monthly_contacts": 620, "channels": [
        {"id": "mail", "share": 0.5, "aht_min": 8}, {"id": "phone", "share": 0.5, "aht_min": 5}]})
    d["settings"]["service_levels"]["phone"] = {"within_s": 20, "target": 0.8}
    assert main(["simulate", write(tmp_path, d), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    day = out["candidates"][1]["service"]
    assert set(day) == {"mail", "phone"}
    assert set(day["mail"]) == {"share", "months", "months_below"}
    assert set(day["phone"]) == {"share", "months", "months_below", "agents_needed", "busiest_hour"}
    assert day["mail"]["share"] == pytest.approx(DAY_SHARE) and day["mail"]["months_below"] == ["2027-01"]
    assert day["phone"]["months"] == [1.0] and day["phone"]["agents_needed"] == 1
    assert main(["rank", write(tmp_path, d), "--json"]) == 0
    ranked = json.loads(capsys.readouterr().out)
    assert all("sla" in r["scores"] for r in ranked["ranking"])


def test_without_service_levels_nothing_changes(tmp_path, capsys):
    d = data(criteria=[{"id": "cost", "kind": "cost"}], settings={"scenarios": 200})
    assert simulate(parse_project(d)).service is None
    assert main(["simulate", write(tmp_path, d), "--json"]) == 0
    assert all("service" not in c for c in json.loads(capsys.readouterr().out)["candidates"])
    assert main(["simulate", write(tmp_path, d), "--lang", "en"]) == 0
    assert "Response times" not in capsys.readouterr().out


def test_simulate_text_prints_the_service_table(tmp_path, capsys):
    assert main(["simulate", write(tmp_path, data()), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Response times at expected volumes (targets: Email 95% within 1 h):" in text
    rows = {line.split()[2]: line.split() for line in text.splitlines() if line.startswith("V / ")}
    assert rows["day"][-3:] == ["43.4%", "1", "shared"]
    assert main(["simulate", write(tmp_path, data()), "--lang", "ja"]) == 0
    assert "1時間以内に95%" in capsys.readouterr().out


@pytest.mark.parametrize(("level", "criterion", "loc", "code"), [
    ({"fax": {"within_h": 2, "target": 0.9}}, None, "settings.service_levels.fax", "vp_service_unknown_channel"),
    ({"mail": {"within_h": 1.5, "target": 0.9}}, None, "settings.service_levels.mail.within_h", "vp_service_within_h"),
    ({"mail": {"within_h": 0, "target": 0.9}}, None, "settings.service_levels.mail.within_h", "vp_service_within_h"),
    ({"mail": {"within_h": 24, "target": 1.2}}, None, "settings.service_levels.mail.target",
     "vp_service_target_deferred"),
    ({"mail": {"within_h": 24, "target": 0}}, None, "settings.service_levels.mail.target",
     "vp_service_target_deferred"),
    ({"mail": {"within_s": 20, "within_h": 24, "target": 0.9}}, None, "settings.service_levels.mail.within_s",
     "vp_service_within_kind"),
    ({"mail": {"within_h": 24, "target": 0.9}}, {"id": "s2", "kind": "service", "channel": "phone"},
     "criteria[2].channel", "vp_service_no_level"),
    ({}, {"id": "s2", "kind": "service"}, "criteria[1]", "vp_service_no_levels"),
])
def test_bad_service_input_is_refused_with_its_place(level, criterion, loc, code):
    d = data()
    d["settings"]["service_levels"] = level
    if not level:
        d["criteria"] = [d["criteria"][0]]
    if criterion:
        d["criteria"].append(criterion)
    with pytest.raises(InputError) as err:
        parse_project(d)
    assert (loc, code) in [(p.loc, p.code) for p in err.value.problems]
    for p in err.value.problems:
        assert p.message("ja") and p.message("en")


def test_a_live_target_of_1_and_a_typed_service_score_are_refused():
    d = data(forecast={"base_monthly_contacts": 620, "channels": [{"id": "phone", "share": 1, "aht_min": 5}]})
    d["settings"]["service_levels"] = {"phone": {"within_s": 20, "target": 1}}
    d["criteria"][1]["channel"] = "phone"
    d["vendors"][0]["scores"] = {"sla": 0.9}
    with pytest.raises(InputError) as err:
        parse_project(d)
    found = {(p.loc, p.code) for p in err.value.problems}
    assert ("settings.service_levels.phone.target", "vp_service_target_live") in found
    assert ("vendors[0].scores.sla", "vp_service_score") in found


def test_a_project_without_vendors_but_with_service_levels_ranks_and_simulates(tmp_path, capsys):
    """Found by the fuzzer: every vendor deleted from a project with service levels
    made ``rank`` (and the Results page) fail on an empty horizon of hours."""
    from vendorpick.pricing.service_levels import project_service
    from vendorpick.project.demo import demo_project
    from vendorpick.project.io import save

    project = demo_project().model_copy(update={"vendors": []})
    assert project.settings.service_levels
    service = project_service(project)
    assert service is not None and service.candidates == [] and service.months == ()
    path = tmp_path / "empty.vendorpick.json"
    save(project, path)
    assert main(["simulate", str(path), "--json", "--scenarios", "200"]) == 0
    assert json.loads(capsys.readouterr().out)["candidates"] == []
    assert main(["rank", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ranking"] == []
