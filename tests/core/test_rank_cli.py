"""``vendorpick rank FILE [--json]`` through the command line (SPEC 5, 6)."""

from __future__ import annotations

import json
import re

import pytest

from vendorpick.cli import main
from vendorpick.project.demo import demo_project
from vendorpick.project.io import to_data


def write(tmp_path, data, name="p.vendorpick.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def demo_data():
    return to_data(demo_project())


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rank_json_on_the_demo(tmp_path, capsys, demo_data):
    code, out, err = run(capsys, "rank", write(tmp_path, demo_data), "--json", "--lang", "en")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"method", "weighting", "weights", "consistency_ratio", "ri_table", "ranking",
                         "excluded", "weight_stability", "disagreements"}
    assert (data["method"], data["weighting"], data["consistency_ratio"]) == ("weighted_sum", "direct", None)
    assert data["weights"]["cost"] == pytest.approx(30 / 110)  # weights 30 of 110 (the response-time criterion has 10)
    assert data["weights"]["sla"] == pytest.approx(10 / 110)
    ranking = data["ranking"]
    assert [r["rank"] for r in ranking] == list(range(1, len(ranking) + 1))
    scores = [r["score"] for r in ranking]
    assert scores == sorted(scores, reverse=True)
    assert sum(r["win_probability"] for r in ranking) == pytest.approx(1.0)
    assert ranking[0]["price_to_win"] == 0.0
    assert {"vendor", "plan", "score", "scores", "win_probability", "price_to_win"} <= set(ranking[0])
    (excluded,) = data["excluded"]
    assert excluded["vendor"] == "ネクストコール"
    assert len(excluded["reasons"]) == 2 and "below the required minimum 3" in excluded["reasons"][0]
    assert set(data["weight_stability"]) == {c["id"] for c in demo_data["criteria"]}
    assert data["disagreements"][0]["evaluators"] == ["山田", "佐藤"]


def test_rank_text_in_japanese_and_english(tmp_path, capsys, demo_data):
    path = write(tmp_path, demo_data)
    code, out, _ = run(capsys, "rank", path, "--lang", "ja")
    assert code == 0
    assert "1位確率" in out and "除外" in out and "必須条件" in out
    assert "アクシス・サポート株式会社" in out
    assert re.search(r"\d{1,3}(,\d{3})+", out)  # whole yen with thousands separators
    code, out, _ = run(capsys, "rank", path, "--lang", "en")
    assert code == 0 and "Win prob." in out and "Excluded" in out and "is required but the answer is \"no\"" in out


def ahp_matrix(n):
    return [[1.0] * n for _ in range(n)]


def break_reciprocal(data):
    m = ahp_matrix(len(data["criteria"]))
    m[0][1] = 2.0   # [1][0] stays 1, not 1/2
    data["weighting"] = {"method": "ahp", "pairwise": m}
    return "weighting.pairwise[0][1]"


def too_many_for_ahp(data):
    extra = [{"id": f"x{i}", "kind": "yes_no"} for i in range(16 - len(data["criteria"]))]
    data["criteria"] += extra
    for v in data["vendors"]:
        v["scores"].update({c["id"]: True for c in extra})
    data["weighting"] = {"method": "ahp", "pairwise": ahp_matrix(16)}
    return "at most 15 criteria"


def all_weights_zero(data):
    for c in data["criteria"]:
        c["weight"] = 0
    return "weight above 0"


def score_off_scale(data):
    data["vendors"][0]["scores"]["security"] = 7
    return "vendors[0].scores.security: 7 is outside the scale 1–5"


def missing_score(data):
    del data["vendors"][2]["scores"]["quality"]
    return "vendor \"ECサポート・ラボ\" has no score for criterion \"対応品質・実績\""


@pytest.mark.parametrize("spoil", [break_reciprocal, too_many_for_ahp, all_weights_zero,
                                   score_off_scale, missing_score])
def test_bad_input_exits_2_with_a_clear_message(tmp_path, capsys, demo_data, spoil):
    expected = spoil(demo_data)
    code, out, err = run(capsys, "rank", write(tmp_path, demo_data), "--lang", "en")
    assert code == 2
    assert expected in err
    assert "Traceback" not in err and out == ""


def test_bad_input_message_in_japanese(tmp_path, capsys, demo_data):
    break_reciprocal(demo_data)
    code, _, err = run(capsys, "rank", write(tmp_path, demo_data), "--lang", "ja")
    assert code == 2 and "逆数" in err


def test_missing_file_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "rank", str(tmp_path / "nope.vendorpick.json"))
    assert code == 2 and err


def test_inconsistent_ahp_is_ranked_with_a_warning(tmp_path, capsys, demo_data):
    n = len(demo_data["criteria"])
    m = ahp_matrix(n)
    # cost ≫ hours, hours ≫ security, but security ≫ cost: a cycle
    m[0][1], m[1][0] = 9.0, 1 / 9
    m[1][2], m[2][1] = 9.0, 1 / 9
    m[2][0], m[0][2] = 9.0, 1 / 9
    demo_data["weighting"] = {"method": "ahp", "pairwise": m}
    path = write(tmp_path, demo_data)
    code, out, err = run(capsys, "rank", path, "--json", "--lang", "en")
    data = json.loads(out)
    assert "weighting.pairwise: the pairwise judgements are inconsistent" in err
    assert code == 0 and data["weighting"] == "ahp" and data["consistency_ratio"] > 0.10
    assert data["ri_table"] == "Saaty (1980) classic random index"
    code, out, _ = run(capsys, "rank", path, "--lang", "en")
    assert "CR = " in out and "above 0.10" in out and "費用 : 対応時間・業務範囲" in out
