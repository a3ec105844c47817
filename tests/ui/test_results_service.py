"""The response-time tab of the results page and the Settings page's targets, against the engine's figures."""

from __future__ import annotations

import pytest

from vendorpick.formatting import percent
from vendorpick.project.demo import demo_project
from vendorpick.results import compute
from vendorpick.ui.undo import Document
from vendorpick.ui.views.results_service import BELOW_NEAR, MET, ServicePanel
from vendorpick.ui.views.settings_service import ServiceLevelsBox

SHORT = "専任1席（毎日13〜17時）"
WEEKDAYS = "専任1席（平日日中）"


@pytest.fixture(scope="module")
def results():
    return compute(demo_project(), draws=0, sensitivity=False)


def row_of(panel: ServicePanel, plan: str) -> int:
    for r in range(panel.table.rowCount()):
        if panel.table.item(r, 0).text().endswith(plan):
            return r
    raise AssertionError(plan)


def test_heat_map_shows_the_engine_shares_coloured_against_the_target(qtbot, results):
    panel = ServicePanel("en")
    qtbot.addWidget(panel)
    panel.set_results(results)
    assert panel.channel.currentData() == "message"
    service = results.sim.service
    plans = [c.plan for c in results.sim.candidates]
    short = service.candidates[plans.index(SHORT)]["message"]
    r = row_of(panel, SHORT)
    assert panel.table.item(r, 1).text() == percent(short.share, 1)
    months = list(service.months)
    assert short.months_below == ("2027-03", "2027-06", "2027-09", "2027-12")  # the Super SALE months
    for k, month in enumerate(months):
        cell = panel.table.item(r, 2 + k)
        assert cell.text() == percent(short.months[k], 1)
        if month in short.months_below:
            assert cell.background().color() != MET
            assert "too few seats (1)" in cell.toolTip()
        else:
            assert cell.background().color() == MET and "Below" not in cell.toolTip()
    weekdays = panel.table.item(row_of(panel, WEEKDAYS), 2)  # January: weekends without anyone
    assert "gap in coverage" in weekdays.toolTip()
    below = sum(bool(c["message"].months_below) for c in service.candidates)
    assert f"{below} of {len(plans)} candidates" in panel.summary.text()


def test_phone_shows_agents_needed_beside_the_seats_quoted(qtbot, results):
    panel = ServicePanel("en")
    qtbot.addWidget(panel)
    panel.set_results(results)
    panel.choose_channel("phone")
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers[-2:] == ["Agents needed (busiest hour)", "Seats quoted"]
    plans = [c.plan for c in results.sim.candidates]
    for plan in (SHORT, WEEKDAYS, plans[0]):
        figures = results.sim.service.candidates[plans.index(plan)]["phone"]
        r = row_of(panel, plan)
        assert panel.table.item(r, len(headers) - 2).text() == str(figures.agents_needed)
    assert panel.table.item(row_of(panel, SHORT), len(headers) - 1).text() == "1"
    assert panel.table.item(row_of(panel, plans[0]), len(headers) - 1).text() == "shared pool"
    # the channel chosen stays through new results (what-if)
    panel.set_results(results)
    assert panel.channel.currentData() == "phone"


def test_without_service_levels_the_tab_says_how_to_set_them(qtbot):
    project = demo_project()
    project = project.model_copy(update={
        "settings": project.settings.model_copy(update={"service_levels": {}}),
        "criteria": [c for c in project.criteria if c.kind != "service"]})
    panel = ServicePanel("en")
    qtbot.addWidget(panel)
    panel.set_results(compute(project, draws=0, sensitivity=False))
    assert not panel.empty.isHidden() and panel.table.rowCount() == 0 and not panel.channel.isEnabled()


def test_settings_toggle_a_channel_gives_the_usual_target_and_undoes(qtbot):
    document = Document(demo_project(), None, lang="en")
    box = ServiceLevelsBox(document)
    qtbot.addWidget(box)
    check, target, within = box.rows["mail"]
    assert not check.isChecked() and not target.isEnabled()
    check.setChecked(True)
    level = document.project.settings.service_levels["mail"]
    assert (level.within_h, level.target) == (24, 0.95)
    assert target.isEnabled() and within.text() == "24"
    document.undo_stack.undo()
    assert "mail" not in document.project.settings.service_levels and not check.isChecked()
    phone_check = box.rows["phone"][0]
    assert phone_check.isChecked()
    phone_check.setChecked(False)
    assert "phone" not in document.project.settings.service_levels


def test_the_colour_deepens_below_target():
    from vendorpick.ui.views.results_service import cell_colour
    assert cell_colour(0.95, 0.95) == MET
    near, far = cell_colour(0.94, 0.95), cell_colour(0.40, 0.95)
    assert near.red() > far.red() or near.green() > far.green()
    assert cell_colour(None, 0.95) not in (MET, BELOW_NEAR)


def test_the_ranking_shows_the_share_answered_in_time(qtbot, results):
    from vendorpick.service import overall_share
    from vendorpick.ui.views.results_table import SERVICE, RankingPanel

    panel = RankingPanel("en")
    qtbot.addWidget(panel)
    panel.set_results(results)
    assert panel.headers[SERVICE] == "In time" and not panel.table.isColumnHidden(SERVICE)
    plans = [c.plan for c in results.sim.candidates]
    for row in panel.model.rows:
        expected = overall_share(results.sim.service.candidates[plans.index(row[2])])
        assert row[SERVICE] == pytest.approx(expected)
    short = next(r for r in range(panel.model.rowCount()) if panel.model.rows[r][2] == SHORT)
    assert panel.model.data(panel.model.index(short, SERVICE)) == percent(panel.model.rows[short][SERVICE])
