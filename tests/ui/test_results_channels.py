"""Issue 16 (SPEC 7) on the results screen: each candidate's billing unit and
seat charges on its plan cell, and the contacts it leaves to the shop by
channel on the uncovered cell — the engine's figures."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from vendorpick.formatting import number  # noqa: E402
from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.results import compute, sim_index  # noqa: E402
from vendorpick.ui.views.results_table import UNCOVERED, RankingPanel  # noqa: E402

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(scope="module")
def results():
    return compute(demo_project(), draws=0, sensitivity=False)


def test_unit_seats_and_uncovered_by_channel(qtbot, results):
    panel = RankingPanel("en")
    qtbot.addWidget(panel)
    panel.set_results(results)
    model, sim = panel.model, results.sim
    plans = {}
    for row, r in enumerate(results.ranking.ranking):
        i = sim_index(sim, r.candidate)
        plans[sim.candidates[i].plan] = (row, i)
    seat_row, seat_i = next(v for k, v in plans.items() if "専任" in k)
    minute_row, minute_i = next(v for k, v in plans.items() if "1分" in k)
    assert sim.units[minute_i] == "minute" and sim.seat_cost[seat_i] > 0
    seat_tip = model.index(seat_row, 2).data(TIP)
    assert "Billed by the contact" in seat_tip
    assert f"Seat charges over the horizon: ¥{number(sim.seat_cost[seat_i])}" in seat_tip
    minute_tip = model.index(minute_row, 2).data(TIP)
    assert "minute" in minute_tip and "Seat charges" not in minute_tip
    lines = model.index(seat_row, UNCOVERED).data(TIP).splitlines()
    assert lines[0] == "Contacts left to the shop by channel:"
    expected = [f"{label}: {number(v)}" for label, v in zip(sim.channel_labels, sim.uncovered_by_channel[seat_i],
                                                          strict=True)]
    assert lines[1:] == expected
    # the channels add up to the candidate's uncovered contacts
    assert sum(sim.uncovered_by_channel[seat_i]) == pytest.approx(sim.uncovered_contacts[seat_i])
    assert sim.uncovered_contacts[seat_i] > 0  # weekday days only: nights and weekends are left over


def test_selected_candidate_details_show_unit_seats_and_channels_without_hovering(qtbot, results):
    """The same figures as the tooltips, on a line under the ranking for the selected row."""
    panel = RankingPanel("en")
    qtbot.addWidget(panel)
    panel.show()
    panel.set_results(results)
    sim = results.sim
    seat = next(r for r in results.ranking.ranking if "専任" in r.plan)
    i = sim_index(sim, seat.candidate)
    row = [panel.proxy.index(k, 2).data() for k in range(panel.proxy.rowCount())].index(seat.plan)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.proxy.index(row, 2)).center())
    text = panel.details.text()
    assert text.startswith(f"{seat.vendor} / {seat.plan}: ")
    assert f"Seat charges over the horizon: ¥{number(sim.seat_cost[i])}" in text
    assert "Contacts left to the shop by channel:" in text
    assert f"{sim.channel_labels[0]}: {number(sim.uncovered_by_channel[i][0])}" in text
