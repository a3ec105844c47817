"""Issue 11's findings on project files, reproduced by the fuzzer's own
generator (tests/fuzzing.py): every command refuses them with exit 2 and a
message that says where, in Japanese and English; none ends as an internal
error, none is accepted by ``validate`` and refused later."""

from __future__ import annotations

import json

import pytest

from tests.fuzzing import BASE, FINDING_PLACES, FINDINGS, with_values
from vendorpick.cli import main
from vendorpick.errors import SHOWN_PROBLEMS
from vendorpick.project.io import check_file

COMMANDS = (["validate"], ["simulate", "--json"], ["rank"], ["export", "-o", "OUT"])


@pytest.mark.parametrize("finding", sorted(FINDINGS))
def test_finding_is_refused_by_every_command_at_its_place(tmp_path, capsys, finding):
    path = tmp_path / "case.vendorpick.json"
    path.write_bytes(FINDINGS[finding]())
    place, code = FINDING_PLACES[finding]
    assert (place, code) in {(p.loc, p.code) for p in check_file(path)}
    out = tmp_path / "out.xlsx"
    for command in COMMANDS:
        argv = [command[0], str(path), *[str(out) if a == "OUT" else a for a in command[1:]]]
        for lang in ("en", "ja"):
            assert main([*argv, "--lang", lang]) == 2, (command, lang)
            captured = capsys.readouterr()
            lines = captured.err.splitlines()
            assert any(line.startswith(place + ": ") for line in lines), captured.err[:500]
            assert "internal error" not in captured.err and "内部エラー" not in captured.err
            assert "set_int_max_str_digits" not in captured.err and "line ?" not in captured.err
            assert captured.out == "" and not out.exists()


def test_nan_literal_is_reported_at_its_line_and_column(tmp_path):
    raw = FINDINGS["NaN literal"]()
    lines = raw.decode().splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "NaN" in text)
    column = lines[line - 1].index("NaN") + 1
    path = tmp_path / "nan.json"
    path.write_bytes(raw)
    (problem,) = [p for p in check_file(path) if p.code == "vp_json_constant"]
    assert problem.text("en").endswith(f"(line {line}, column {column})") and line > 300
    assert f"{line} 行 {column} 列" in problem.text("ja")


def test_duplicate_key_names_both_values(tmp_path):
    path = tmp_path / "dup.json"
    path.write_bytes(FINDINGS["scenarios twice"]())
    (problem,) = [p for p in check_file(path) if p.code == "vp_duplicate_key"]
    assert problem.text("en") == ('settings.scenarios: the key "scenarios" is given twice in the same object '
                                  '(first 1000000, then 100): keep one')


def test_lone_surrogate_is_named_printably(tmp_path, capsys):
    path = tmp_path / "s.json"
    path.write_bytes(FINDINGS["lone surrogate in a name"]())
    assert main(["validate", str(path), "--lang", "ja"]) == 2
    err = capsys.readouterr().err
    assert "vendors[1].name: UTF-8 で保存できない不正な文字（単独のサロゲート U+D800）" in err
    err.encode("utf-8")  # printable: no surrogate left in the message


def test_a_million_problems_show_the_first_hundred_and_a_count(tmp_path, capsys):
    """Every vendor named 1 and every plan rate "x": 2,000 problems, 100 shown."""
    vendors = [{"name": 1, "plans": [{"name": "P", "rate": "x"}]} for _ in range(1000)]
    path = tmp_path / "many.json"
    path.write_bytes(with_values({("vendors",): vendors}, indent=None))
    for command in (["validate"], ["rank"]):
        assert main([command[0], str(path), "--lang", "en"]) == 2
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == SHOWN_PROBLEMS + 1
        assert lines[0] == "vendors[0].name: must be text"
        assert lines[-1].startswith("…and ") and lines[-1].endswith(" more problems")
        assert int(lines[-1].split()[1].replace(",", "")) >= 2000 - SHOWN_PROBLEMS
    assert main(["validate", str(path), "--lang", "ja"]) == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith("…ほか ")


def test_problems_beyond_those_kept_are_still_counted(tmp_path, capsys):
    """20,000 NaN under "extra": the raw scan keeps 1,000, counts them all."""
    path = tmp_path / "nan.json"
    data = with_values({("extra",): {"k": ["__N__"] * 10_000, "l": ["__N__"] * 10_000}}).decode()
    path.write_text(data.replace('"__N__"', "NaN"))
    assert main(["validate", str(path), "--lang", "en"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == "…and 19,900 more problems"


def test_rank_lists_every_problem_validate_lists(tmp_path, capsys):
    """A bad rate and a missing score: rank listed only the first (finding 6)."""
    data = json.loads(json.dumps(BASE))
    del data["vendors"][0]["scores"]["quality"]
    data["vendors"][1]["plans"][0]["rate"] = -1
    path = tmp_path / "two.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    outputs = {}
    for command in ("validate", "rank", "export"):
        extra = ["-o", str(tmp_path / "x.xlsx")] if command == "export" else []
        assert main([command, str(path), *extra, "--lang", "en"]) == 2
        outputs[command] = capsys.readouterr().err
    assert len(outputs["validate"].splitlines()) == 2
    assert outputs["rank"] == outputs["validate"] == outputs["export"]


def test_millions_of_bad_values_in_small_lists_are_answered_at_once(tmp_path, capsys):
    """Within every list limit (1,000 vendors of 100 plans) but 900,000 unknown
    keys in all: refused by one problem, before the models would list each."""
    plan = {"name": "p", **{f"k{i}": 1 for i in range(8)}}
    path = tmp_path / "wide.json"
    path.write_bytes(with_values({("vendors",): [{"name": f"v{i}", "plans": [plan] * 100} for i in range(1000)]},
                                 indent=None))
    assert main(["validate", str(path), "--lang", "en"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("vendors: the file holds more than 500,000 values in all")
