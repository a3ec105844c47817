"""The first sub-commands: demo, validate, --help, --version, exit codes."""

from __future__ import annotations

import json

import pytest

from vendorpick import __version__
from vendorpick.cli import main
from vendorpick.project.io import load


def test_demo_writes_a_valid_project(tmp_path, capsys):
    out = tmp_path / "demo.vendorpick.json"
    assert main(["demo", "-o", str(out)]) == 0
    project = load(out)
    assert len(project.vendors) >= 5 and sum(len(v.plans) for v in project.vendors) >= 6
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_demo_has_the_plan_kinds_the_issue_asks_for():
    from vendorpick.project.demo import demo_project

    p = demo_project()
    plans = [pl for v in p.vendors for pl in v.plans]
    assert any(pl.monthly_fee > 0 and pl.included > 0 and pl.rate > 0 for pl in plans)  # fixed with cap
    assert any(pl.monthly_fee == 0 and pl.rate > 0 and not pl.tiers for pl in plans)  # per contact
    assert any(pl.coverage == ["weekday_day"] for pl in plans)  # weekday daytime only
    assert any(len(pl.coverage) == 4 and any(pl.surcharge(b).monthly > 0 for b in ("weekday_night", "holiday_night"))
               for pl in plans)  # 24 hours with a monthly night option
    assert any(pl.tiers for pl in plans)
    assert any(pl.tax_included for pl in plans)
    assert any(pl.phases for pl in plans)
    names = [e.name for e in p.forecast.events]
    assert sum("スーパーSALE" in n for n in names) == 4
    assert {e.start.month for e in p.forecast.events if "スーパーSALE" in e.name} == {3, 6, 9, 12}
    assert any("マラソン" in n for n in names)
    assert p.settings.extra_holidays  # year-end closure
    crit = {c.id: c for c in p.criteria}
    assert crit["rms"].kind == "yes_no" and crit["rms"].must is True
    assert crit["first_response_min"].direction == "cost"
    assert crit["sla"].kind == "service" and crit["sla"].channel == "message"  # SPEC 8
    assert set(p.settings.service_levels) == {"message", "phone"}
    assert len(p.criteria) == 11


def test_validate_reports_every_problem_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "vendorpick/1", "start": "2027-1", "months": 99}), encoding="utf-8")
    assert main(["validate", str(bad), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "start: must be a month YYYY-MM" in err
    assert "months: must be ≤ 60" in err
    assert "forecast: is required" in err
    assert "Traceback" not in err


def test_validate_in_japanese_from_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("VENDORPICK_LANG", "ja")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "vendorpick/1", "start": "2027-01", "months": 0,
                               "forecast": {"base_monthly_contacts": 1}}), encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == "months: 1 以上でなければなりません"


def test_validate_reports_missing_scores(tmp_path, capsys):
    data = {"format": "vendorpick/1", "start": "2027-01", "forecast": {"base_monthly_contacts": 1},
            "criteria": [{"id": "cost", "kind": "cost"}, {"id": "sec", "name": "セキュリティ", "kind": "rating"}],
            "vendors": [{"name": "A社", "plans": [{"name": "P", "rate": 300}]}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "ja"]) == 2
    assert "ベンダー「A社」に評価基準「セキュリティ」のスコアがありません" in capsys.readouterr().err


def test_validate_missing_file_exits_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "none.json")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_help_explains_each_command(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "validate", "simulate", "rank", "export", "template", "import"):
        assert command in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    assert main(["demo"]) == 2
    assert "-o" in capsys.readouterr().err
    assert main(["simulate", "x.json", "--scenarios", "many"]) == 2


def test_usage_errors_in_japanese(capsys):
    assert main(["simulate", "x.json", "--scenarios", "many", "--lang", "ja"]) == 2
    err = capsys.readouterr().err
    assert "引数 --scenarios: 「many」は整数ではありません" in err and "使い方は" in err
    assert main(["demo", "--lang", "ja"]) == 2
    assert "次の引数が必要です: -o/--output" in capsys.readouterr().err
    assert main(["demo", "-o", "x", "--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_validate_lists_missing_scores_with_the_other_problems(tmp_path, capsys):
    data = {"format": "vendorpick/1", "start": "2027-01", "forecast": {"base_monthly_contacts": -1},
            "criteria": [{"id": "cost", "kind": "cost"}, {"id": "sec", "name": "セキュリティ", "kind": "rating"},
                         {"id": "q", "name": "品質", "kind": "rating"}],
            "vendors": [{"name": "A社", "scores": {"q": 7}, "plans": [{"name": "P", "rate": 300}]}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "forecast.base_monthly_contacts: must be ≥ 0",
        "vendors[0].scores.q: 7 is outside the scale 1–5 of \"品質\"",
        "vendors[0].scores.sec: vendor \"A社\" has no score for criterion \"セキュリティ\"",
    ]
