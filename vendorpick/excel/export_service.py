"""The Response times sheet of the comparison workbook (SPEC 8, 10).

For every assessed channel: the target, then one row per candidate (ranked first, as on
the other sheets) with its share over the horizon and in every month, coloured by
conditional formatting against the target cell (so a target typed over in Excel recolours
the months), and for live channels the agents needed at the busiest hour beside the seats
quoted. Below: the candidates a ``service`` criterion's must-have excludes, with the reason.
Nothing is written without service levels.
"""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill

from vendorpick.errors import Problem
from vendorpick.excel.export_context import ExportContext, col
from vendorpick.excel.styles import BOLD, COUNT, NOTE, PERCENT, SUBTITLE, TITLE, header_row, landscape, put, put_text
from vendorpick.i18n import _
from vendorpick.vocabulary import CHANNELS, word

MET_FILL = PatternFill("solid", fgColor="C6EFCE")
BELOW_FILL = PatternFill("solid", fgColor="FFC7CE")
FIRST_MONTH_COL = 4


def _channel_name(ctx: ExportContext, cid: str) -> str:
    for channel in ctx.project.forecast.channel_list():
        if channel.id == cid and channel.name:
            return channel.name
    return word("channel", cid, ctx.lang) if cid in CHANNELS else cid


def service_sheet(wb, ctx: ExportContext) -> None:
    service = ctx.sim.service
    if service is None or not service.candidates:
        return
    lang = ctx.lang
    ws = wb.create_sheet(_(lang, "Response times"))
    put_text(ws, 1, 1, _(lang, "Response times at expected volumes"), TITLE)
    put_text(ws, 2, 1, _(lang, "Share answered within the target time. Red: below target; green: met; blank: not served."),
             NOTE)
    months = list(service.months)
    row = 4
    first = service.candidates[0]
    ids = [cid for cid in ctx.sim.channel_ids if cid in first]
    for cid in ids:
        head = first[cid]
        live = head.kind == "live"
        put_text(ws, row, 1, _channel_name(ctx, cid), SUBTITLE)
        put_text(ws, row, 2, _(lang, "Target"), BOLD)
        put(ws, row, 3, head.target, PERCENT)
        target_ref = f"$C${row}"
        unit = _(lang, "seconds") if live else _(lang, "hours")
        put_text(ws, row, 4, _(lang, "within {n} {unit}").format(n=head.within, unit=unit), BOLD)
        row += 1
        labels = [_(lang, "Vendor"), _(lang, "Plan"), _(lang, "Horizon"), *months]
        if live:
            labels += [_(lang, "Agents needed (busiest hour)"), _(lang, "Seats quoted")]
        header_row(ws, row, 1, labels)
        first_row = row + 1
        for i in ctx.order:
            row += 1
            figures = service.candidates[i][cid]
            ref = ctx.sim.candidates[i]
            put_text(ws, row, 1, ref.vendor)
            put_text(ws, row, 2, ref.plan)
            if figures.share is not None:
                put(ws, row, 3, figures.share, PERCENT)
            for k, share in enumerate(figures.months):
                if share is not None:
                    put(ws, row, FIRST_MONTH_COL + k, share, PERCENT)
            if live:
                seats = service.seats[i] if i < len(service.seats) else None
                put(ws, row, FIRST_MONTH_COL + len(months), figures.agents_needed or 0, COUNT)
                if seats is None:
                    put_text(ws, row, FIRST_MONTH_COL + len(months) + 1, _(lang, "shared pool"))
                else:
                    put(ws, row, FIRST_MONTH_COL + len(months) + 1, seats, COUNT)
        area = f"C{first_row}:{col(FIRST_MONTH_COL + len(months) - 1)}{row}"
        # blank cells (no contacts) stay uncoloured: only numbers are compared with the target
        ws.conditional_formatting.add(area, CellIsRule(operator="lessThan", formula=[target_ref], fill=BELOW_FILL,
                                                       stopIfTrue=True))
        ws.conditional_formatting.add(area, CellIsRule(operator="greaterThanOrEqual", formula=[target_ref],
                                                       fill=MET_FILL))
        row += 2
    _exclusions(ws, ctx, row)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    for k in range(len(months) + 3):
        ws.column_dimensions[col(3 + k)].width = 10
    ws.freeze_panes = ws.cell(row=4, column=FIRST_MONTH_COL)
    landscape(ws, None, "A:B")  # twelve months and more: split over pages wide, vendor and plan repeated


def service_exclusions(ctx: ExportContext) -> list[tuple[str, str, Problem]]:
    """(vendor, plan, reason) of every candidate a ``service`` must-have excludes."""
    return [(e.vendor, e.plan, p) for e in ctx.ranking.excluded for p in e.reasons if p.code == "vp_must_service"]


def _exclusions(ws, ctx: ExportContext, row: int) -> None:
    put_text(ws, row, 1, _(ctx.lang, "Excluded by a response-time must-have"), SUBTITLE)
    found = service_exclusions(ctx)
    if not found:
        put_text(ws, row + 1, 1, _(ctx.lang, "None."), NOTE)
        return
    for n, (vendor, plan, reason) in enumerate(found, start=1):
        put_text(ws, row + n, 1, vendor)
        put_text(ws, row + n, 2, plan)
        put_text(ws, row + n, 3, reason.message(ctx.lang))
