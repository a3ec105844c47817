"""The Response times sheet of the workbook: monthly shares against the targets (SPEC 10)."""

from __future__ import annotations

import pytest

from vendorpick.excel.export import build_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project


def test_the_sheet_holds_the_engine_shares_with_conditional_formatting_on_the_target():
    project = demo_project()
    sim = simulate(project, 200)
    wb, _ = build_workbook(project, "en", sim=sim)
    ws = wb["Response times"]
    assert ws["A4"].value == "R-Messe" and ws["C4"].value == 0.95 and ws["D4"].value == "within 24 hours"
    months = list(sim.months)
    assert [ws.cell(row=5, column=4 + k).value for k in range(len(months))] == months
    plans = [c.plan for c in sim.candidates]
    rows = {ws.cell(row=r, column=2).value: r for r in range(6, 6 + len(plans))}
    short = plans.index("専任1席（毎日13〜17時）")
    figures = sim.service.candidates[short]["message"]
    r = rows["専任1席（毎日13〜17時）"]
    assert ws.cell(row=r, column=3).value == pytest.approx(figures.share)
    assert [ws.cell(row=r, column=4 + k).value for k in range(len(months))] == pytest.approx(list(figures.months))
    rules = [(str(cf.sqref), rule.operator, rule.formula) for cf in ws.conditional_formatting for rule in cf.rules]
    area = f"C6:O{5 + len(plans)}"
    assert (area, "lessThan", ["$C$4"]) in rules and (area, "greaterThanOrEqual", ["$C$4"]) in rules
    # the phone block: agents needed beside the seats quoted
    phone_row = 5 + len(plans) + 2  # one blank row after the last candidate
    assert ws.cell(row=phone_row, column=1).value == "電話" and ws.cell(row=phone_row, column=3).value == 0.8
    header = [ws.cell(row=phone_row + 1, column=c).value for c in range(1, 4 + len(months) + 2)]
    assert header[-2:] == ["Agents needed (busiest hour)", "Seats quoted"]


def test_the_sheet_lists_the_exclusions_of_a_service_must_have():
    project = demo_project()
    criteria = [c.model_copy(update={"must_min": 0.65}) if c.kind == "service" else c for c in project.criteria]
    project = project.model_copy(update={"criteria": criteria})
    wb, _ = build_workbook(project, "ja", sim=simulate(project, 200))
    ws = wb["応答時間"]
    texts = [row for row in ws.iter_rows(values_only=True) if row[1] == "専任1席（平日日中）" and
             isinstance(row[2], str)]
    assert texts and texts[0][2] == ("R-Messeの問い合わせのうち24時間以内に回答できるのは59.7%です。"
                                     "「R-Messe 24時間以内返信率」は65%以上が必須です")


def test_no_sheet_without_service_levels():
    project = demo_project()
    project = project.model_copy(update={
        "settings": project.settings.model_copy(update={"service_levels": {}}),
        "criteria": [c for c in project.criteria if c.kind != "service"]})
    wb, _ = build_workbook(project, "en", sim=simulate(project, 200))
    assert "Response times" not in wb.sheetnames
