"""The Forecast, Quotes and Method sheets of the comparison workbook."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from vendorpick.excel.export_context import ExportContext, col
from vendorpick.excel.export_costs import month_events
from vendorpick.excel.labels import LABELS, band_list
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    COUNT,
    NOTE,
    SUBTITLE,
    TITLE,
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
from vendorpick.i18n import N_, NP_, _
from vendorpick.premium import premium_format, premium_fraction
from vendorpick.project.model import BANDS, SURCHARGE_BANDS, NightHours
from vendorpick.project.months import calendar_month
from vendorpick.vocabulary import band_label

TOP = Alignment(vertical="top")


def forecast_sheet(wb, ctx: ExportContext) -> None:
    from vendorpick.pricing.volume import band_volumes

    project, sim = ctx.project, ctx.sim
    ws = wb.create_sheet(ctx.sheet_name("forecast"))
    put_text(ws, 1, 1, ctx.L("title_forecast"), TITLE)
    put_text(ws, 2, 1, ctx.L("forecast_note"), NOTE)
    bands = band_volumes(project, NightHours())
    band_heads = [band_label(b, ctx.lang) for b in BANDS]
    header_row(ws, 4, 1, [ctx.L("month"), ctx.L("season_index"), ctx.L("contacts")] + band_heads
               + [ctx.L("band_total"), ctx.L("events")])
    events = month_events(project)
    for k, month in enumerate(sim.months):
        row = 5 + k
        put_text(ws, row, 1, month)
        put(ws, row, 2, project.forecast.monthly_index[calendar_month(month) - 1], "0.00")
        put(ws, row, 3, float(sim.contacts[k]), "#,##0.0", BOLD)
        for b in range(4):
            put(ws, row, 4 + b, float(bands[k, b]), "#,##0.0")
        ctx.formula(ws, row, 8, f"=SUM(D{row}:G{row})", float(bands[k].sum()), "#,##0.0")
        put_text(ws, row, 9, "、".join(events[k]) if ctx.lang == "ja" else ", ".join(events[k]), NOTE)
        for c in range(1, 10):
            restyle(ws.cell(row=row, column=c), border=BOX)
    total_row = 5 + len(sim.months)
    put_text(ws, total_row, 1, _(ctx.lang, "Total"), BOLD)
    ctx.formula(ws, total_row, 3, f"=SUM(C5:C{total_row - 1})", float(sim.contacts.sum()), "#,##0", BOLD)
    ctx.cells[("contacts_total", 0)] = ctx.ref("forecast", total_row, 3)
    _events_table(ws, ctx, total_row + 2)
    ws.freeze_panes = "B5"
    for c, w in enumerate([10, 10, 14, 14, 14, 16, 16, 14, 50], start=1):
        ws.column_dimensions[col(c)].width = w
    landscape(ws, "4:4", "A:A")


def _events_table(ws, ctx: ExportContext, row: int) -> None:
    put_text(ws, row, 1, ctx.L("events"), SUBTITLE)
    header_row(ws, row + 1, 1, [ctx.L("event_name"), "", "", ctx.L("start"), ctx.L("end"), ctx.L("multiplier")])
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=3)
    for n, event in enumerate(ctx.project.forecast.events):
        r = row + 2 + n
        put_text(ws, r, 1, event.name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        put(ws, r, 4, event.start, "yyyy-mm-dd")
        put(ws, r, 5, event.end, "yyyy-mm-dd")
        put(ws, r, 6, event.multiplier, "0.00")


def _tiers_text(plan, lang: str) -> str:
    if not plan.tiers:
        return ""
    parts = []
    for t in plan.tiers:
        if t.up_to is None:
            parts.append(_(lang, "beyond: ¥{rate:,.0f}").format(rate=t.rate))
        else:
            parts.append(_(lang, "up to {up_to:,.0f}: ¥{rate:,.0f}").format(up_to=t.up_to, rate=t.rate))
    return " / ".join(parts)


def phases_text(plan, lang: str) -> str:
    """A staged roll-out, one phase a line: ``2027-07～: 平日日中、平日夜間``."""
    lines = []
    for phase in plan.phases:
        bands = band_list(phase.coverage, lang) or _(lang, NP_("excel.export_info", "none"))
        lines.append(_(lang, "from {from_}: {bands}").format(from_=phase.from_, bands=bands))
    return "\n".join(lines)


def _quote_heads(ctx: ExportContext) -> list[str]:
    heads = [ctx.L(k) for k in ("vendor", "plan", "tax_included", "monthly_fee", "included", "rate", "tiers",
                                "minimum", "setup", "night")]
    heads += [f"{ctx.L('covers')}: {band_label(b, ctx.lang)}" for b in BANDS]
    for b in SURCHARGE_BANDS:
        heads += [f"{band_label(b, ctx.lang)}: {ctx.L(k)}" for k in ("sur_premium", "sur_per", "sur_monthly")]
    return heads + [ctx.L("min_term"), ctx.L("phases"), ctx.L("notes")]


QUOTE_WIDTHS = [24, 30, 9, 12, 10, 10, 34, 12, 12, 10] + [9] * 4 + [11] * 9 + [9, 24, 40]


def wrapped_lines(text: str, width: float) -> int:
    """Lines a wrapped cell of this column width needs (East Asian characters count double)."""
    return sum(int(text_width(part) // max(1.0, width - 2)) + 1 for part in str(text).split("\n"))


def quotes_sheet(wb, ctx: ExportContext) -> None:
    ws = wb.create_sheet(ctx.sheet_name("quotes"))
    put_text(ws, 1, 1, ctx.L("title_quotes"), TITLE)
    heads = _quote_heads(ctx)
    header_row(ws, 3, 1, heads, height=45)
    row = 4
    for vendor in ctx.project.vendors:
        for plan in vendor.plans:
            _quote_row(ws, ctx, row, vendor, plan)
            row += 1
    if row > 4:
        table = Table(displayName="Quotes", ref=f"A3:{col(len(heads))}{row - 1}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(table)
    ws.freeze_panes = "C4"
    for c, w in enumerate(QUOTE_WIDTHS, start=1):
        ws.column_dimensions[col(c)].width = w
    fit_header_height(ws, 3, 45)
    landscape(ws, "3:3", "A:B")  # about 30 columns: split over pages wide, vendor and plan repeated


def _quote_row(ws, ctx: ExportContext, row: int, vendor, plan) -> None:
    yes, no = ctx.L("yes"), ctx.L("no")
    put_text(ws, row, 1, vendor.name)
    put_text(ws, row, 2, plan.name)
    put_text(ws, row, 3, yes if plan.tax_included else no)
    for c, value in ((4, plan.monthly_fee), (5, plan.included), (6, plan.rate)):
        put(ws, row, c, value, COUNT if c == 5 else YEN)
    restyle(put_text(ws, row, 7, _tiers_text(plan, ctx.lang)), alignment=WRAP)
    put(ws, row, 8, plan.minimum_monthly_charge, YEN)
    put(ws, row, 9, plan.setup_fee, YEN)
    put_text(ws, row, 10, f"{plan.night_hours.start}:00–{plan.night_hours.end}:00")
    for n, band in enumerate(BANDS):
        put_text(ws, row, 11 + n, "○" if band in plan.coverage else "×")
    c = 15
    for band in SURCHARGE_BANDS:
        s = plan.surcharge(band)
        # as the vendor wrote it: a premium, +25% (the fraction 0.25 in a percentage format), not × 1.25
        put(ws, row, c, premium_fraction(s.multiplier), premium_format(s.multiplier))
        put(ws, row, c + 1, s.per_contact, YEN)
        put(ws, row, c + 2, s.monthly, YEN)
        c += 3
    put(ws, row, c, plan.min_term_months, "0")
    restyle(put_text(ws, row, c + 1, phases_text(plan, ctx.lang)), alignment=WRAP)
    restyle(put_text(ws, row, c + 2, plan.notes), alignment=WRAP)
    # rows are not sized by the spreadsheet on open: tall enough for the wrapped tiers, phases and notes
    lines = max(wrapped_lines(ws.cell(row=row, column=k).value or "", QUOTE_WIDTHS[k - 1]) for k in (7, c + 1, c + 2))
    if lines > 1:
        ws.row_dimensions[row].height = 13.5 * min(lines, 30)
    for k in range(1, c + 3):
        if k not in (7, c + 1, c + 2):
            restyle(ws.cell(row=row, column=k), alignment=TOP)


METHOD: list[tuple[str, str]] = [
    ("sheet_forecast", N_("Contacts of month k = base × seasonal index of the calendar month × (1 + growth)^(k/12), spread over the days by day weights (holiday weight on public holidays), multiplied on event days, split over the hours by the hourly profile. A day is holiday-type on Saturdays, Sundays, public holidays and extra holidays.")),
    ("sheet_monthly", N_("Cost of a month = max(minimum charge, monthly fee + billable contacts × price × average band multiplier + per-contact add-ons) + monthly band options (+ setup fee in the first month) + uncovered contacts × in-house cost. Billable = handled contacts − included contacts. Quotes given tax included are converted to tax excluded. Totals are SUM formulas over the months; tax included = vendor cost × (1 + tax rate) + in-house cost (the shop's own cost of uncovered contacts bears no consumption tax).")),
    ("sheet_risk", N_("Each Monte Carlo scenario multiplies every month's volume by a log-normal factor with mean 1 (spread cv, months correlated). Mean, P50, P90 and P95 are taken over the scenario totals (linear interpolation); the cheapest probability is the share of scenarios in which a candidate has the lowest total among the ranked candidates (one excluded by a must-have is no real alternative: it is left out and shows “—”).")),
    ("sheet_scoring", N_("Candidates failing a must-have are excluded first. Normalised scores: cost = lowest ÷ value; rating = (value − min) ÷ (max − min); number = value ÷ highest (higher is better) or lowest ÷ value (lower is better); yes/no = 1 or 0. Weighted sum score = 100 × Σ weight × s ÷ Σ weight, as live formulas: change a weight and the scores follow (the order of the rows and the Summary's sentence keep the export's ranking). TOPSIS scores (distance to the ideal and anti-ideal points) are written as values. AHP weights are the principal eigenvector of the pairwise matrix; CR = CI ÷ RI with Saaty's classic random index table.")),
    ("win", N_("Win probability: the share of draws in which a candidate ranks first, each draw taking one cost scenario and weights drawn around the project's weights. Price cut to rank first: the smallest cut of its cost that makes a candidate first.")),
]


METHOD_WIDTH = 120


def method_sheet(wb, ctx: ExportContext) -> None:
    ws = wb.create_sheet(ctx.sheet_name("method"))
    put_text(ws, 1, 1, ctx.L("title_method"), TITLE)
    row = 3
    for key, msgid in METHOD:
        restyle(put_text(ws, row, 1, _(ctx.lang, LABELS[key]), BOLD), alignment=WRAP)
        text = _(ctx.lang, msgid)
        restyle(put_text(ws, row, 2, text), alignment=WRAP)
        ws.row_dimensions[row].height = 15 * (int(text_width(text) // (METHOD_WIDTH - 8)) + 1) + 6
        row += 1
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = METHOD_WIDTH
    landscape(ws)
