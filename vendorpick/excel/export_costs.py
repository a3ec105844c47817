"""The Monthly cost and Risk sheets of the comparison workbook."""

from __future__ import annotations

import numpy as np
from openpyxl.chart import LineChart, Reference, Series
from openpyxl.styles import Alignment

from vendorpick.excel.export_context import ExportContext, col
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    MIDDLE,
    NOTE,
    PEAK_FILL,
    PERCENT,
    TITLE,
    TOTAL_FILL,
    WRAP,
    YEN,
    fit_header_height,
    header_row,
    landscape,
    put,
    put_text,
    restyle,
    text_width,
)
from vendorpick.project.months import month_dates, month_index

MONTH_COL = 4
CHART_SERIES = 10
# Monthly cost sheet: the sale-event notes sit above the header, so that the
# autofilter (header + candidate rows) never sorts or hides them.
EVENTS_ROW = 4
HEADER_ROW = 5
FIRST_ROW = 6  # first candidate row
EVENTS_WIDTH = 12  # width of a month column
BOTTOM_WRAP = Alignment(wrap_text=True, vertical="bottom")  # event notes sit on their month's header


def month_events(project) -> list[list[str]]:
    """For every month of the horizon, the names of the events that touch it."""
    out = []
    for label in project.month_labels:
        first, last = month_dates(label)
        out.append([e.name or "event" for e in project.forecast.events if e.start <= last and e.end >= first])
    return out


def peak_months(contacts: np.ndarray, count: int = 3) -> set[int]:
    """The busiest months of the horizon (by expected contacts)."""
    if len(contacts) == 0:
        return set()
    return set(np.argsort(-np.asarray(contacts), kind="stable")[: min(count, len(contacts))].tolist())


def monthly_sheet(wb, ctx: ExportContext) -> None:
    sim, m = ctx.sim, len(ctx.sim.months)
    ws = wb.create_sheet(ctx.sheet_name("monthly"))
    put_text(ws, 1, 1, ctx.L("title_monthly"), TITLE)
    put_text(ws, 2, 2, ctx.L("tax_rate"), BOLD)
    put(ws, 2, 3, ctx.project.settings.tax_rate, PERCENT)
    put_text(ws, 2, 4, ctx.L("monthly_note"), NOTE)
    total_col = MONTH_COL + m
    extra = ["total", "total_tax", "vendor_cost", "uncovered_contacts", "uncovered_cost", "peak_month"]
    _events_row(ws, ctx)
    header_row(ws, HEADER_ROW, 1, [ctx.L("rank"), ctx.L("vendor"), ctx.L("plan")] + list(sim.months)
               + [ctx.L(k) for k in extra])
    for n, i in enumerate(ctx.order):
        _candidate_row(ws, ctx, FIRST_ROW + n, i, total_col)
    _monthly_chart(ws, ctx, total_col)
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=MONTH_COL)
    widths = {1: 9, 2: 24, 3: 30}
    widths.update({MONTH_COL + k: EVENTS_WIDTH for k in range(m)})
    widths.update({total_col: 15, total_col + 1: 15, total_col + 2: 15, total_col + 3: 12, total_col + 4: 14,
                   total_col + 5: 11})
    for c, w in widths.items():
        ws.column_dimensions[col(c)].width = w
    fit_header_height(ws, HEADER_ROW)
    last = FIRST_ROW + len(ctx.order) - 1
    if len(ctx.order) > 1:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{col(total_col + 5)}{last}"
    landscape(ws, f"{EVENTS_ROW}:{HEADER_ROW}", "A:C")  # wide: split with rank, vendor and plan repeated


def _events_row(ws, ctx: ExportContext) -> None:
    restyle(put_text(ws, EVENTS_ROW, 2, ctx.L("events_row"), NOTE), alignment=BOTTOM_WRAP)
    peaks = peak_months(ctx.sim.contacts)
    lines = 1
    for k, names in enumerate(month_events(ctx.project)):
        parts = ([ctx.L("peak_mark")] if k in peaks else []) + names
        cell = put_text(ws, EVENTS_ROW, MONTH_COL + k, "\n".join(parts), NOTE)
        cell.alignment = BOTTOM_WRAP
        if k in peaks:
            cell.fill = PEAK_FILL
        # wrapped 9-point text: a column of width w holds about 1.2 × (w − 1) units of text_width a line
        lines = max(lines, sum(int(text_width(p) // (1.2 * (EVENTS_WIDTH - 1))) + 1 for p in parts))
    ws.row_dimensions[EVENTS_ROW].height = 12 * lines + 4


def _candidate_row(ws, ctx: ExportContext, row: int, i: int, total_col: int) -> None:
    sim, m = ctx.sim, len(ctx.sim.months)
    ctx.candidate_columns(ws, row, i)
    costs = sim.monthly_cost[i]
    peak = int(np.argmax(costs)) if m else -1
    for k in range(m):
        cell = put(ws, row, MONTH_COL + k, float(costs[k]), YEN)
        if k == peak:
            cell.fill, cell.font = PEAK_FILL, BOLD
    first, last = col(MONTH_COL), col(MONTH_COL + m - 1)
    restyle(ctx.formula(ws, row, total_col, f"=SUM({first}{row}:{last}{row})", sim.total[i], YEN, BOLD), fill=TOTAL_FILL)
    # tax is due on the vendor's charges, not on the in-house cost of uncovered contacts
    ctx.formula(ws, row, total_col + 1, f"={col(total_col + 2)}{row}*(1+$C$2)+{col(total_col + 4)}{row}",
                sim.total_tax_included[i], YEN)
    put(ws, row, total_col + 2, float(sim.vendor_cost[i]), YEN)
    put(ws, row, total_col + 3, float(sim.uncovered_contacts[i]), "#,##0.0")
    put(ws, row, total_col + 4, float(sim.uncovered_cost[i]), YEN)
    put_text(ws, row, total_col + 5, sim.months[peak] if m else "")
    for c in range(1, total_col + 6):
        restyle(ws.cell(row=row, column=c), border=BOX)
    ctx.cells[("total", i)] = ctx.ref("monthly", row, total_col)
    ctx.cells[("total_tax", i)] = ctx.ref("monthly", row, total_col + 1)
    ctx.cells[("uncovered_contacts", i)] = ctx.ref("monthly", row, total_col + 3)
    ctx.cells[("uncovered_cost", i)] = ctx.ref("monthly", row, total_col + 4)


def _monthly_chart(ws, ctx: ExportContext, total_col: int) -> None:
    m = len(ctx.sim.months)
    shown = ctx.order[: min(CHART_SERIES, len(ctx.rank_of) or len(ctx.order))]
    if not shown or m == 0:
        return
    chart = LineChart()
    chart.title = ctx.L("chart_monthly")
    chart.y_axis.title = ctx.L("yen")
    chart.y_axis.numFmt = "#,##0"
    chart.height, chart.width = 9, 18  # within the first page when the sheet is split
    for i in shown:
        row = FIRST_ROW + ctx.order.index(i)
        values = Reference(ws, min_col=MONTH_COL, max_col=MONTH_COL + m - 1, min_row=row)
        series = Series(values, title=ctx.candidate_label(i))
        series.smooth = False
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=MONTH_COL, max_col=MONTH_COL + m - 1, min_row=HEADER_ROW))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    # anchored right of the repeated title columns (A:C), which a split printout repeats with what they hold
    ws.add_chart(chart, f"{col(MONTH_COL)}{FIRST_ROW + len(ctx.order) + 2}")


RISK_HEAD = ["rank", "vendor", "plan", "expected", "mean", "p50", "p90", "p95", "p90_excess", "cheapest",
             "months_over", "months_over_list", "prob_over"]


RISK_TOP = 8  # header row of the Risk table


def risk_sheet(wb, ctx: ExportContext) -> None:
    sim, s = ctx.sim, ctx.project.settings
    ws = wb.create_sheet(ctx.sheet_name("risk"))
    put_text(ws, 1, 1, ctx.L("title_risk"), TITLE)
    facts = [("scenarios", sim.scenarios or s.scenarios, "#,##0"), ("seed", sim.seed, "0"),
             ("cv", ctx.project.forecast.uncertainty.cv, "0.00"),
             ("correlation", ctx.project.forecast.uncertainty.correlation, "0.00")]
    for n, (key, value, fmt) in enumerate(facts):
        put_text(ws, 2 + n, 2, ctx.L(key), BOLD)
        restyle(put(ws, 2 + n, 3, value, fmt), alignment=LEFT)
    put_text(ws, 6, 2, ctx.L("budget"), BOLD)
    if s.monthly_budget is None:
        put_text(ws, 6, 3, ctx.L("no_budget"))
    else:
        restyle(put(ws, 6, 3, s.monthly_budget, YEN), alignment=LEFT)
    header_row(ws, RISK_TOP, 1, [ctx.L(k) for k in RISK_HEAD])
    for n, i in enumerate(ctx.order):
        _risk_row(ws, ctx, RISK_TOP + 1 + n, i)
    ws.freeze_panes = f"D{RISK_TOP + 1}"
    for c, w in enumerate([9, 24, 30, 15, 15, 15, 15, 15, 15, 11, 10, MONTHS_WIDTH, 13], start=1):
        ws.column_dimensions[col(c)].width = w
    fit_header_height(ws, RISK_TOP)
    if len(ctx.order) > 1:
        ws.auto_filter.ref = f"A{RISK_TOP}:M{RISK_TOP + len(ctx.order)}"
    landscape(ws, f"{RISK_TOP}:{RISK_TOP}", "A:C")


MONTHS_WIDTH = 36
LEFT = Alignment(horizontal="left")


def month_runs(months: list[str]) -> str:
    """``2027-01, 2027-03～2027-05``: consecutive months as ranges."""
    runs: list[list[str]] = []
    for m in months:
        if runs and month_index(m) == month_index(runs[-1][-1]) + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}～{r[-1]}" for r in runs)


def _risk_row(ws, ctx: ExportContext, row: int, i: int) -> None:
    sim = ctx.sim
    ctx.candidate_columns(ws, row, i)
    ctx.formula(ws, row, 4, "=" + ctx.cells[("total", i)], sim.total[i], YEN)
    for c, values in enumerate((sim.risk_mean, sim.risk_p50, sim.risk_p90, sim.risk_p95), start=5):
        put(ws, row, c, float(values[i]), YEN)
    ctx.formula(ws, row, 9, f"=G{row}-D{row}", sim.risk_p90[i] - sim.total[i], YEN)
    ranked = ctx.ranked_of.get(i)
    if ranked is None:  # an excluded candidate is no real alternative (SPEC 6)
        restyle(put_text(ws, row, 10, "—"), alignment=MIDDLE)
    else:
        put(ws, row, 10, ranked.cheapest_probability, PERCENT)
    budget = sim.budget
    if budget is not None:
        months = budget.months_over[i]
        restyle(put(ws, row, 11, len(months), "0"), alignment=MIDDLE)
        text = month_runs(months)
        restyle(put_text(ws, row, 12, text), alignment=WRAP)
        lines = int(text_width(text) // (MONTHS_WIDTH - 2)) + 1
        if lines > 1:
            ws.row_dimensions[row].height = 13.5 * lines
        put(ws, row, 13, float(budget.probability_any_month_over[i]), PERCENT)
    for c in range(1, 14):
        restyle(ws.cell(row=row, column=c), border=BOX)
    ctx.cells[("p90", i)] = ctx.ref("risk", row, 7)
