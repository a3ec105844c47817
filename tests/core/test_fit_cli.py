"""``vendorpick fit``: exit codes, the JSON shape of SPEC 9, -o, --events,
--rakuten-events and messages in the user's language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vendorpick.cli import main
from vendorpick.project.io import load

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CSV = ROOT / "samples" / "history" / "shop_contacts_cp932.csv"
SAMPLE_RMS = sorted((ROOT / "samples" / "history" / "rms").glob("inquiries_*.json"))


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.vendorpick.json"
    assert main(["demo", "-o", str(path)]) == 0
    return path


def test_json_shape_of_spec_9(demo, capsys):
    before = demo.read_bytes()
    assert main(["fit", str(demo), str(SAMPLE_CSV), "--json", "--rakuten-events", "--lang", "en"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"history", "forecast", "events", "backtest", "notes"}
    h = out["history"]
    assert {"first", "last", "contacts", "whole_months", "channels"} <= set(h)
    assert h["contacts"] == pytest.approx(103915) and h["whole_months"] >= 35
    assert set(h["channels"]) == {"phone", "mail", "chat", "message"}
    assert set(out["forecast"]) == set(load(demo).forecast.model_dump())
    shares = {c["id"]: c["share"] for c in out["forecast"]["channels"]}
    total = sum(h["channels"].values())
    assert shares == pytest.approx({k: v / total for k, v in h["channels"].items()}, abs=1e-12)
    assert {"name", "start", "end", "multiplier"} == set(out["events"][0])
    assert any("Super SALE" in e["name"] and e["multiplier"] > 2 for e in out["events"])
    bt = out["backtest"]
    assert {"months", "actual", "forecast", "mape", "naive_mape"} <= set(bt)
    assert bt["months"] == ["2026-08", "2026-09", "2026-10"]
    assert all(isinstance(n, str) for n in out["notes"])
    assert demo.read_bytes() == before  # without -o nothing is written


def test_output_writes_the_fitted_forecast(demo, tmp_path, capsys):
    out_path = tmp_path / "fitted.vendorpick.json"
    assert main(["fit", str(demo), *map(str, SAMPLE_RMS), "-o", str(out_path), "--json"]) == 0
    fitted = json.loads(capsys.readouterr().out)
    project = load(out_path)
    assert project.forecast.model_dump(mode="json") == fitted["forecast"]
    assert project.vendors == load(demo).vendors
    assert fitted["history"]["channels"].keys() == {"message"}
    # RMS contacts are all messages; the demo's other channels stay, with share 0 and their handling times
    chans = {c.id: c for c in project.forecast.channels}
    assert chans["message"].share == 1.0 and chans["mail"].share == chans["phone"].share == 0.0
    assert {cid: c.aht_min for cid, c in chans.items()} == {c.id: c.aht_min for c in load(demo).forecast.channels}
    assert main(["validate", str(out_path)]) == 0


def test_text_output_in_japanese_and_english(demo, capsys):
    assert main(["fit", str(demo), str(SAMPLE_CSV), "--lang", "ja"]) == 0
    ja = capsys.readouterr().out
    assert "履歴:" in ja and "バックテスト" in ja and "季節指数" in ja
    # channels by the project's names, chat (new to the demo) by the vocabulary's word, never by an id
    assert "チャネル: メール " in ja and "チャット 15," in ja and "全日のチャネル別の割合: メール 40." in ja
    assert not re.search(r"\b(chat|mail|phone|message)\b", ja)
    assert main(["fit", str(demo), str(SAMPLE_CSV), "--lang", "en"]) == 0
    en = capsys.readouterr().out
    assert "Backtest" in en and "Monthly index" in en and "seasonal naive" in en


def test_events_file(demo, tmp_path, capsys):
    events = tmp_path / "events.json"
    events.write_text(json.dumps([{"name": "夏のセール", "start": "2026-07-20", "end": "2026-07-24", "multiplier": 1}],
                                 ensure_ascii=False), encoding="utf-8")
    assert main(["fit", str(demo), str(SAMPLE_CSV), "--events", str(events), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["name"] for e in out["events"]] == ["夏のセール"]


@pytest.mark.parametrize("content, expected", [
    ([{"name": "x", "start": "2026-07-24", "end": "2026-07-20", "multiplier": 1}], "events.json[0]"),
    ([{"name": "x", "start": "2026-07-20", "end": "2026-07-24", "multiplier": -1}], "events.json[0].multiplier"),
])
def test_bad_events_file_exit_2(demo, tmp_path, capsys, content, expected):
    events = tmp_path / "events.json"
    events.write_text(json.dumps(content), encoding="utf-8")
    assert main(["fit", str(demo), str(SAMPLE_CSV), "--events", str(events)]) == 2
    assert capsys.readouterr().err.startswith(expected)


def test_bad_history_exit_2_in_the_users_language(demo, tmp_path, capsys):
    bad = tmp_path / "short.csv"
    bad.write_text("日付,件数\n2026/09/01,5\n", encoding="utf-8")
    assert main(["fit", str(demo), str(bad), "--lang", "ja"]) == 2
    err = capsys.readouterr().err
    assert "丸ごとの月が 0 か月" in err and "Traceback" not in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["fit", str(demo), str(empty), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "empty.csv: the file is empty (no header and no rows)"
    assert main(["fit", str(demo), str(tmp_path / "missing.csv"), "--lang", "en"]) == 2
    assert "missing.csv: cannot read the file" in capsys.readouterr().err


def test_missing_history_argument_is_a_usage_error(demo, capsys):
    assert main(["fit", str(demo)]) == 2
    assert "HISTORY" in capsys.readouterr().err


def test_a_fit_beyond_the_files_limits_is_refused_not_saved(demo, tmp_path, capsys, monkeypatch):
    import vendorpick.history.report as report

    real = report.fit_files

    def overflowing(*args, **kwargs):
        result = real(*args, **kwargs)
        result.forecast = result.forecast.model_copy(update={"base_monthly_contacts": -1.0})
        return result

    monkeypatch.setattr(report, "fit_files", overflowing)
    out_path = tmp_path / "fitted.vendorpick.json"
    assert main(["fit", str(demo), *map(str, SAMPLE_RMS), "-o", str(out_path), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "forecast.base_monthly_contacts: must be ≥ 0"
    assert not out_path.exists()
