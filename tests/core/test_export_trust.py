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
