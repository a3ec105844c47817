"""Issue 10, point 3 outside the application: contacts a plan leaves to the
shop, their in-house cost, and a warning when they are priced at ¥0.

January 2027 of the SPEC 3 worked example (flat day and hour profile, 620
contacts): a weekday-daytime-only plan handles 269.1667 and leaves 350.8333
contacts to the shop; at ¥800 an uncovered contact that is ¥280,667."""

from __future__ import annotations

import json

import pytest

from vendorpick.cli import main
from vendorpick.excel.export import build_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.io import parse_project
from vendorpick.scoring.rank import rank_project


def project_data(in_house: float) -> dict:
    return {
        "format": "vendorpick/1", "start": "2027-01", "months": 1,
        "forecast": {"base_monthly_contacts": 620, "hourly_profile": [1.0] * 24,
                     "day_weights": {d: 1 for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday")}},
        "vendors": [
            {"name": "日中社", "scores": {"q": 3}, "plans": [{"name": "平日日中", "rate": 300, "coverage": ["weekday_day"],
                                                              "minimum_monthly_charge": 20000}]},
            {"name": "全日社", "scores": {"q": 3}, "plans": [{"name": "24時間", "rate": 400}]},
        ],
        "criteria": [{"id": "cost", "name": "費用", "kind": "cost"}, {"id": "q", "name": "品質", "kind": "rating"}],
        "settings": {"scenarios": 100, "in_house_cost_per_contact": in_house},
    }


def write(tmp_path, in_house):
    path = tmp_path / "p.vendorpick.json"
    path.write_text(json.dumps(project_data(in_house), ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


@pytest.mark.parametrize("command", ["simulate", "rank"])
def test_text_output_shows_contacts_left_to_the_shop_and_their_cost(tmp_path, capsys, command):
    out = run(capsys, command, write(tmp_path, 800), "--lang", "ja")
    line = next(x for x in out.splitlines() if "日中社 / 平日日中" in x)
    assert "351" in line.split() and ("280,667円" in line.split() or "280,667" in line.split())
    assert "対応外の件数" in out and "社内対応" in out
    assert "0 円で計算" not in out  # priced: no warning


@pytest.mark.parametrize("command", ["simulate", "rank"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_contacts_priced_at_zero_are_warned_about_with_the_setting_to_change(tmp_path, capsys, command, lang):
    out = run(capsys, command, write(tmp_path, 0), "--lang", lang)
    warning = [x for x in out.splitlines() if x.startswith("! ")]
    assert len(warning) == 1
    assert "settings.in_house_cost_per_contact" in warning[0] and "351" in warning[0]
    if lang == "ja":
        assert "0 円で計算" in warning[0] and "社内対応コスト(1件あたり)" in warning[0] and "設定" in warning[0]
    else:
        assert "priced at ¥0" in warning[0] and "In-house cost per contact" in warning[0]
        assert "「" not in warning[0]


def test_no_warning_when_every_plan_covers_everything(tmp_path, capsys):
    data = project_data(0)
    data["vendors"] = data["vendors"][1:]
    path = tmp_path / "full.vendorpick.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not any(x.startswith("! ") for x in run(capsys, "simulate", str(path)).splitlines())
    assert not any(x.startswith("! ") for x in run(capsys, "rank", str(path)).splitlines())


def _summary(in_house, lang="ja"):
    project = parse_project(project_data(in_house))
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=0)
    wb, checks = build_workbook(project, lang, sim=sim, ranking=ranking)
    return wb.worksheets[0], ranking, checks


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_shows_uncovered_contacts_and_cost_per_candidate(lang):
    ws, ranking, checks = _summary(800, lang)
    head = next(r for r in range(1, 30) if ws.cell(row=r, column=9).value in ("対応外の件数", "Contacts not covered"))
    assert ws.cell(row=head, column=10).value in ("社内対応コスト", "In-house cost of those")
    rows = {ws.cell(row=r, column=2).value: r for r in range(head + 1, head + 1 + len(ranking.ranking))}
    day = rows["日中社／平日日中"]
    expected = {c.cell: c.expected for c in checks if c.sheet == ws.title}
    assert expected[f"I{day}"] == pytest.approx(350.8333333, abs=1e-6)
    assert expected[f"J{day}"] == pytest.approx(280666.6667, abs=1e-3)
    assert expected[f"I{rows['全日社／24時間']}"] == 0
    assert ws[f"I{day}"].value.startswith("=") and ws[f"J{day}"].number_format.startswith('"¥"')
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("settings.in_house_cost_per_contact" in t for t in texts)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_warns_when_contacts_left_to_the_shop_cost_nothing(lang):
    ws, ranking, _ = _summary(0, lang)
    texts = [c.value for row in ws.iter_rows(max_row=12) for c in row if isinstance(c.value, str)]
    (warning,) = [t for t in texts if "settings.in_house_cost_per_contact" in t]
    assert ("0 円で計算" if lang == "ja" else "priced at ¥0") in warning
    # the ¥0 plan wins here: exactly the wrong winner the warning is for
    assert ranking.ranking[0].vendor == "日中社"


def test_results_bundle_gives_the_app_the_warning_and_the_reason():
    from vendorpick.results import compute, uncovered_notice, winner_reason
    from vendorpick.scoring.explain import explain_winner

    free = compute(parse_project(project_data(0)), draws=0)
    assert "settings.in_house_cost_per_contact" in uncovered_notice(free, "ja")
    assert winner_reason(free, "en") == explain_winner(free.ranking, "en")
    day = next(r for r in free.ranking.ranking if r.vendor == "日中社")
    assert (day.uncovered_contacts, day.uncovered_cost) == (pytest.approx(350.8333333), 0.0)
    priced = compute(parse_project(project_data(800)), draws=0)
    assert uncovered_notice(priced, "en") is None
