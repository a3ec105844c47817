"""Issue 10, point 6 (desktop): why the winner won — the one-sentence reason
above the ranking, each candidate's points by criterion, and the monthly
costs as a table Ctrl+C copies."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from vendorpick.formatting import half_up, number  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.ui.models.explanation import contributions, reason  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.results import ResultsView  # noqa: E402
from vendorpick.ui.workers import ResultsService  # noqa: E402

TIMEOUT = 20000


@pytest.fixture
def view(qtbot):
    page = ResultsView(Document(demo_project(), lang="ja"), service=ResultsService(draws=300))
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.results is not None and page.results.complete
                    and not page.service.pending, timeout=TIMEOUT)
    return page


def test_reason_names_the_winner_the_gap_and_the_price_cut(view):
    ranking = view.results.ranking
    first, second = ranking.ranking[0], ranking.ranking[1]
    text = view.ranking.reason.text()
    assert view.ranking.reason.isVisible()
    assert text.startswith(first.vendor)
    assert f"2位の{second.vendor}" in text
    assert f"{number(half_up(first.score, 1) - half_up(second.score, 1), 1)}点差" in text
    assert f"{number(100 * second.price_to_win, 1)}%の値下げが必要です" in text
    # the criteria named are those where the winner gains most on the runner-up
    labels = {c.id: c.label for c in view.document.project.criteria}
    best = max(labels, key=lambda c: ranking.weights[c] * (first.scores[c] - second.scores[c]))
    assert f"「{labels[best]}」" in text.split("で上回り1位")[0]


def test_english_reason(view):
    ranking = view.results.ranking
    labels = {c.id: c.label for c in view.document.project.criteria}
    text = reason(ranking, labels, "en")
    assert text.startswith(ranking.ranking[0].vendor) and " wins on " in text
    assert "「" not in text and "points behind" in text and " % to rank first." in text


def test_contributions_add_up_to_the_score(view):
    ids = [c.id for c in view.document.project.criteria]
    rows = contributions(view.results.ranking, ids)
    assert [r.vendor for r in rows] == [r.vendor for r in view.results.ranking.ranking]
    for row in rows:
        assert sum(row.points.values()) == pytest.approx(row.score, abs=1e-9)
    view.tabs.setCurrentWidget(view.breakdown)
    table = view.breakdown.table
    assert table.rowCount() == len(rows)
    assert table.rows()[0][2:-1] == pytest.approx([rows[0].points[c] for c in ids])


def test_monthly_costs_copy_as_a_table(qtbot, view):
    view.tabs.setCurrentWidget(view.monthly)
    table = view.monthly.table
    sim = view.results.sim
    assert table.rowCount() == len(sim.months) + 1
    table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == len(sim.months) + 2
    first_month = lines[1].split("\t")
    assert first_month[0] == sim.months[0]
    assert [float(v) for v in first_month[2:]] == pytest.approx([float(v) for v in sim.monthly_cost[:, 0]], abs=0.5)
