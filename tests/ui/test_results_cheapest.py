"""The ranking's 最安になる確率 column counts only real alternatives (issue 10, point 5)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.results import compute  # noqa: E402
from vendorpick.ui.charts.base import percent  # noqa: E402
from vendorpick.ui.views.results_table import CHEAPEST, RankingPanel  # noqa: E402


def test_cheapest_column_is_among_the_ranked_candidates_and_says_so(qtbot):
    results = compute(demo_project(), draws=0, sensitivity=False)
    panel = RankingPanel("en")
    qtbot.addWidget(panel)
    panel.set_results(results)
    model = panel.model
    header = model.headerData(CHEAPEST, Qt.Orientation.Horizontal)
    tip = model.headerData(CHEAPEST, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "ranked" in header and "excluded by a must-have" in tip
    shown = [model.rows[r][CHEAPEST] for r in range(model.rowCount())]
    # the demo's excluded bargain is the cheapest in every scenario: among all candidates every ranked
    # plan shows 0 %, among the ranked ones the shares add up to 1
    sim = results.sim
    excluded = {(e.vendor, e.plan) for e in results.ranking.excluded}
    assert sum(p for ref, p in zip(sim.candidates, sim.cheapest_probability, strict=True)
               if (ref.vendor, ref.plan) not in excluded) == 0
    assert sum(shown) == pytest.approx(1.0)
    assert shown == [r.cheapest_probability for r in results.ranking.ranking]
    assert model.data(model.index(0, CHEAPEST)) == percent(shown[0])
