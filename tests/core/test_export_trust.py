"""The workbook says what the quotes mean (issue 10): the winner's reason,
cheapest among ranked candidates, uncovered contacts, print set-up."""

from __future__ import annotations

import pytest

from tests.core.excel_helpers import scoring_project
from vendorpick.excel.export import build_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.scoring.explain import explain_winner
from vendorpick.scoring.rank import rank_project


def _book(project, lang="ja", draws=200):
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=draws)
    wb, _ = build_workbook(project, lang, sim=sim, ranking=ranking)
    return wb, sim, ranking


def _texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_gives_the_reason_for_the_winner(lang):
    wb, _, ranking = _book(scoring_project(), lang)
    summary = wb.worksheets[0]
    assert summary["A6"].value == explain_winner(ranking, lang)
    assert ranking.ranking[0].vendor in summary["A6"].value


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_risk_sheet_cheapest_is_among_the_ranked_candidates(lang):
    wb, sim, ranking = _book(scoring_project(), lang)
    ws = wb.worksheets[2]
    head = next(r for r in range(1, 20) if ws.cell(row=r, column=1).value in ("順位", "Rank"))
    assert ("順位のついた候補の中で" if lang == "ja" else "among the ranked candidates") in ws.cell(row=head, column=10).value
    by_name = {(ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value): ws.cell(row=r, column=10).value
               for r in range(head + 1, head + 1 + len(sim.candidates))}
    for r in ranking.ranking:
        assert by_name[(r.vendor, r.plan)] == pytest.approx(r.cheapest_probability)
    assert sum(r.cheapest_probability for r in ranking.ranking) == pytest.approx(1.0)
    for e in ranking.excluded:
        assert by_name[(e.vendor, e.plan)] == "—"
    method = "\n".join(_texts(wb.worksheets[-1]))
    assert ("順位のついた候補の中で総額が最も低くなる" if lang == "ja" else "lowest total among the ranked") in method
