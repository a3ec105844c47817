"""The Channels and seats sheet of the comparison workbook (SPEC 7, issue 16).

The channels as declared (kind, share, handling time) with the normalised
share as a live formula; then each quote's billing unit, rounding, rates by
channel and dedicated seats, with the horizon's seat charges and the
contacts handled and left to the shop by channel.  Seat charges and the
per-channel figures come from the engine's hourly routing (open hours,
deferred contacts waiting for the next covered hour), which no spreadsheet
formula can repeat: they are written as values.
"""

from __future__ import annotations

from vendorpick.excel.export_context import ExportContext, col
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    COUNT,
    NOTE,
    PERCENT,
    SUBTITLE,
    TITLE,
    YEN,
    fit_header_height,
    header_row,
    landscape,
    put,
    put_text,
    restyle,
)
from vendorpick.i18n import _
from vendorpick.project.model import ALL_CHANNEL
from vendorpick.vocabulary import CHANNELS, word


def channel_name(channel, lang: str) -> str:
    """The channel's own name, else the usual word for its id (``電話`` for ``phone``)."""
    if channel.name:
        return channel.name
    if channel.id in CHANNELS:
        return word("channel", channel.id, lang)
    return _(lang, "all contacts") if channel.id == ALL_CHANNEL else channel.id


def _plan_of(project, vendor: str, plan: str):
    for v in project.vendors:
        if v.name == vendor:
            for p in v.plans:
                if p.name == plan:
                    return p
    return None


def channels_sheet(wb, ctx: ExportContext) -> None:
    lang, project, sim = ctx.lang, ctx.project, ctx.sim
    ws = wb.create_sheet(ctx.sheet_name("channels"))
    put_text(ws, 1, 1, ctx.L("title_channels"), TITLE)
    put_text(ws, 2, 1, ctx.L("channels_note"), NOTE)
    channels = project.forecast.channel_list()
    header_row(ws, 4, 1, [ctx.L("channel"), ctx.L("channel_kind"), ctx.L("share_given"), ctx.L("share"),
                          ctx.L("aht_min")])
    first, last = 5, 4 + len(channels)
    total = sum(c.share for c in channels) or 1.0
    for n, channel in enumerate(channels):
        r = first + n
        put_text(ws, r, 1, channel_name(channel, lang))
        put_text(ws, r, 2, _(lang, "live") if channel.channel_kind == "live" else _(lang, "deferred"))
        put(ws, r, 3, channel.share, "0.00")
        ctx.formula(ws, r, 4, f"=C{r}/SUM($C${first}:$C${last})", channel.share / total, PERCENT)
        if channel.aht_min is not None:
            put(ws, r, 5, channel.aht_min, "0.0")
        for c in range(1, 6):
            restyle(ws.cell(row=r, column=c), border=BOX)
    row = last + 2
    put_text(ws, row, 1, ctx.L("title_units_seats"), SUBTITLE)
    ids = [c.id for c in channels]
    names = [channel_name(c, lang) for c in channels]
    heads = [ctx.L("vendor"), ctx.L("plan"), ctx.L("unit"), ctx.L("rounding"), ctx.L("seat_count"),
             ctx.L("per_seat_month"), ctx.L("per_seat_hour"), ctx.L("seat_charges")]
    heads += [f"{ctx.L('rate_for')}: {n}" for n in names]
    heads += [f"{ctx.L('handled')}: {n}" for n in names]
    heads += [f"{ctx.L('uncovered')}: {n}" for n in names]
    header_row(ws, row + 1, 1, heads, height=45)
    for n, i in enumerate(ctx.order):
        r = row + 2 + n
        ref = sim.candidates[i]
        plan = _plan_of(project, ref.vendor, ref.plan)
        put_text(ws, r, 1, ref.vendor)
        put_text(ws, r, 2, ref.plan)
        if plan is not None:
            _plan_terms(ws, ctx, r, plan, ids)
        seat = float(sim.seat_cost[i]) if len(sim.seat_cost) else 0.0
        put(ws, r, 8, seat, YEN)
        c = 9 + 2 * len(ids)
        for k in range(len(ids)):
            if sim.handled_by_channel.size:
                put(ws, r, 9 + len(ids) + k, float(sim.handled_by_channel[i][k]), "#,##0.0")
            if sim.uncovered_by_channel.size:
                put(ws, r, c + k, float(sim.uncovered_by_channel[i][k]), "#,##0.0")
        for k in range(1, len(heads) + 1):
            restyle(ws.cell(row=r, column=k), border=BOX)
        ctx.cells[("seat_charges", i)] = ctx.ref("channels", r, 8)
    widths = [24, 30, 10, 14, 9, 13, 13, 15] + [12] * (3 * len(ids))
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[col(c)].width = w
    fit_header_height(ws, row + 1, 45)
    landscape(ws, f"{row + 1}:{row + 1}", "A:B")


def _plan_terms(ws, ctx: ExportContext, r: int, plan, ids: list[str]) -> None:
    lang = ctx.lang
    put_text(ws, r, 3, _(lang, "minute") if plan.unit == "minute" else _(lang, "contact"))
    if plan.unit == "minute":
        put_text(ws, r, 4, _(lang, "up per contact") if plan.rounding == "per_contact" else _(lang, "none"))
    if plan.seats is not None:
        put(ws, r, 5, plan.seats.count, COUNT)
        put(ws, r, 6, plan.seats.per_seat_month, YEN)
        put(ws, r, 7, plan.seats.per_seat_hour, YEN)
    handled = set(plan.channels) if plan.channels is not None else set(ids)
    for k, cid in enumerate(ids):
        if cid not in handled:
            restyle(put_text(ws, r, 9 + k, "—"), font=BOLD)
        elif not plan.tiers:
            rate = (plan.rates or {}).get(cid, plan.rate)
            put(ws, r, 9 + k, rate, YEN)
        else:
            put_text(ws, r, 9 + k, ctx.L("tiers"))
