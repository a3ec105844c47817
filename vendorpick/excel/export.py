"""The comparison workbook (``vendorpick export``, issue 5).

Sheets: Summary, Monthly cost, Risk, Scoring, Forecast, Quotes, Method.
Engine figures are written as values; every derived figure (totals, tax
included, normalised scores, weighted scores, CR) is a formula whose
expected value is recorded in :attr:`ExportContext.checks`, so the tests can
recalculate the workbook and compare every formula with the engine.  The
workbook asks Excel to recalculate on open (``fullCalcOnLoad``) and uses
only functions that Excel 2010 and LibreOffice both know.  Project text is
always written as text, never as a formula.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from typing import cast

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.styles import Alignment
from openpyxl.workbook.properties import CalcProperties

from vendorpick.errors import message
from vendorpick.excel.export_channels import channels_sheet
from vendorpick.excel.export_context import ExportContext
from vendorpick.excel.export_costs import monthly_sheet, risk_sheet
from vendorpick.excel.export_info import forecast_sheet, method_sheet, quotes_sheet
from vendorpick.excel.export_scoring import scoring_sheet
from vendorpick.excel.export_service import service_sheet
from vendorpick.excel.labels import band_list
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    COUNT,
    EXCLUDED_FONT,
    MIDDLE,
    NOTE,
    PERCENT,
    SCORE,
    SUBTITLE,
    TITLE,
    WRAP,
    YEN,
    fit_header_height,
    header_row,
    put,
    put_text,
    restyle,
    scaled_to_width,
    text_width,
    workbook_bytes,
)
from vendorpick.formatting import half_up, number, percent, yen
from vendorpick.i18n import NP_, _
from vendorpick.project.io import load_rankable, write_atomic
from vendorpick.scoring.explain import explain_winner, price_cut
from vendorpick.scoring.messages import uncovered_warning
from vendorpick.vocabulary import word

__all__ = ["build_workbook", "export_command", "export_workbook"]

Progress = Callable[[float], None]
SCATTER_SERIES_LIMIT = 12
MILLIONS = '#,##0.0,,'  # yen shown in millions on chart axes
SUMMARY_TEXT_WIDTH = 120  # text units a line of A:H merged holds (columns 134 wide, less padding)


def export_workbook(project, path: str | os.PathLike[str], lang: str = "ja", *, sim=None, ranking=None,
                    progress: Progress | None = None) -> None:
    """Write the comparison workbook to ``path`` atomically.

    ``sim`` and ``ranking`` are computed when not given; ``progress`` is
    called with the fraction done (0–1).  Raises InputError when the project
    cannot be ranked (missing scores) or the file cannot be written.
    """
    wb, _ = build_workbook(project, lang, sim=sim, ranking=ranking, progress=progress)
    payload = workbook_bytes(wb)
    write_atomic(path, payload)
    if progress:
        progress(1.0)


def build_workbook(project, lang: str = "ja", *, sim=None, ranking=None, progress: Progress | None = None):
    """``(workbook, checks)``: the workbook in memory and every formula with
    the engine figure it must equal."""
    report = progress or (lambda fraction: None)
    if sim is None:
        from vendorpick.pricing.simulate import simulate

        sim = simulate(project)
    report(0.3)
    if ranking is None:
        from vendorpick.scoring.rank import rank_project

        ranking = rank_project(project, sim)
    report(0.5)
    ctx = ExportContext.create(project, sim, ranking, lang)
    wb = Workbook()
    wb.remove(wb.active)
    steps = (monthly_sheet, risk_sheet, scoring_sheet, forecast_sheet, quotes_sheet, channels_sheet, method_sheet,
             service_sheet)
    for n, step in enumerate(steps):
        step(wb, ctx)
        report(0.5 + 0.4 * (n + 1) / (len(steps) + 1))
    summary_sheet(wb, ctx)
    wb.active = 0
    wb.calculation = CalcProperties(fullCalcOnLoad=True)
    wb.properties.title = project.name or "vendorpick"
    wb.properties.creator = "vendorpick"
    return wb, ctx.checks


def summary_sheet(wb, ctx: ExportContext) -> None:
    ws = wb.create_sheet(ctx.sheet_name("summary"), 0)
    project = ctx.project
    put_text(ws, 1, 1, f"{project.name}　{ctx.L('report')}" if project.name else ctx.L("title_summary"), TITLE)
    months = project.month_labels
    put_text(ws, 2, 1, _(ctx.lang, "{first} to {last} ({n} months) · yen · made {today:%Y-%m-%d}").format(
                 first=months[0], last=months[-1], n=len(months), today=dt.date.today()),
             NOTE)
    put_text(ws, 4, 1, ctx.L("recommendation"), SUBTITLE)
    cell = put_text(ws, 5, 1, recommendation(ctx), BOLD)
    cell.alignment = WRAP
    ws.merge_cells("A5:H5")
    ws.row_dimensions[5].height = 48
    row = 6
    if ctx.ranking.ranking:  # why the winner won, in one sentence (issue 10, point 6)
        why = explain_winner(ctx.ranking, ctx.lang)
        restyle(put_text(ws, row, 1, why), alignment=WRAP)
        ws.merge_cells(f"A{row}:H{row}")
        ws.row_dimensions[row].height = 15 * (int(text_width(why) // SUMMARY_TEXT_WIDTH) + 1) + 4
        row += 1
    for warning in summary_warnings(ctx):
        text = warning.message(ctx.lang)
        restyle(put_text(ws, row, 1, text, EXCLUDED_FONT), alignment=WRAP)
        ws.merge_cells(f"A{row}:H{row}")
        ws.row_dimensions[row].height = max(30, 15 * (int(text_width(text) // SUMMARY_TEXT_WIDTH) + 1) + 4)
        row += 1
    row = _ranking_table(ws, ctx, row + 1)
    row = _charts(ws, ctx, row + 1)
    excluded_heading = row + 1
    row = _excluded_table(ws, ctx, excluded_heading)
    _assumptions(ws, ctx, row + 1)
    for c, w in zip("ABCDEFGHIJ", [9, 44, 13, 14, 14, 14, 12, 14, 12, 14], strict=True):
        ws.column_dimensions[c].width = w
    fit_header_height(ws, ctx.summary_rows[0] - 1)
    # the excluded candidates' heading starts a page: it is never printed apart from its table
    scaled_to_width(ws, breaks_before=(excluded_heading,))


def summary_warnings(ctx: ExportContext) -> list:
    """The ranking's warnings (AHP consistency) and, when a ranked candidate
    leaves contacts to the shop at an in-house cost of 0, that warning (issue 10)."""
    ranked = ctx.ranking.ranking
    free = uncovered_warning([r.uncovered_contacts for r in ranked], [r.uncovered_cost for r in ranked])
    return list(ctx.ranking.warnings) + ([free] if free is not None else [])


def recommendation(ctx: ExportContext) -> str:
    """The recommendation in one sentence."""
    ranked, lang = ctx.ranking.ranking, ctx.lang
    if not ranked and not ctx.ranking.excluded:
        return _(lang, "There are no candidates yet: no recommendation.")
    if not ranked:
        return _(lang, "No candidate meets every must-have: no recommendation.")
    top = ranked[0]
    m = len(ctx.sim.months)
    lead = ""
    if len(ranked) > 1:
        gap = half_up(top.score, 1) - half_up(ranked[1].score, 1)
        lead = _(lang, ", {gap} points ahead of the second").format(gap=number(gap, 1))
    win = "" if top.win_probability is None else _(lang, "; it ranks first in {win_probability} of the draws").format(
            win_probability=percent(top.win_probability, 0))
    return _(lang, "We recommend {vendor} “{plan}”: score {score}{lead}; {m}-month total {total} tax excl. ({total_tax_included} incl.), P90 {p90}{win}.").format(
            vendor=top.vendor, plan=top.plan, score=number(top.score, 1), lead=lead, m=m, total=yen(top.total, 'en'), total_tax_included=yen(top.total_tax_included, 'en'), p90=yen(top.p90, 'en'), win=win, total_2=yen(top.total, 'ja'), total_tax_included_2=yen(top.total_tax_included, 'ja'), p90_2=yen(top.p90, 'ja'))


TOP = Alignment(vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")
RIGHT = Alignment(horizontal="right")
RANK_HEAD = ["rank", "candidate", "score", "total", "total_tax", "p90", "win", "price_to_win",
             "uncovered_contacts", "uncovered_cost"]


def _ranking_table(ws, ctx: ExportContext, row: int) -> int:
    put_text(ws, row, 1, ctx.L("ranking"), SUBTITLE)
    header_row(ws, row + 1, 1, [ctx.L(k) for k in RANK_HEAD])
    row += 2
    ctx.summary_rows = (row, row + len(ctx.ranking.ranking) - 1)
    for r in ctx.ranking.ranking:
        i = ctx.order[r.rank - 1]
        restyle(put(ws, row, 1, r.rank, "0"), alignment=MIDDLE)
        put_text(ws, row, 2, ctx.candidate_label(i), BOLD if r.rank == 1 else None)
        ctx.formula(ws, row, 3, "=" + ctx.cells[("score", i)], r.score, SCORE, BOLD)
        ctx.formula(ws, row, 4, "=" + ctx.cells[("total", i)], r.total, YEN)
        ctx.formula(ws, row, 5, "=" + ctx.cells[("total_tax", i)], r.total_tax_included, YEN)
        ctx.formula(ws, row, 6, "=" + ctx.cells[("p90", i)], r.p90, YEN)
        if r.win_probability is not None:
            put(ws, row, 7, r.win_probability, PERCENT)
        cut = price_cut(r, ctx.lang)
        if isinstance(cut, str):
            restyle(put_text(ws, row, 8, cut), alignment=RIGHT)
        else:
            put(ws, row, 8, cut, PERCENT)
        ctx.formula(ws, row, 9, "=" + ctx.cells[("uncovered_contacts", i)], r.uncovered_contacts, COUNT)
        ctx.formula(ws, row, 10, "=" + ctx.cells[("uncovered_cost", i)], r.uncovered_cost, YEN)
        for c in range(1, len(RANK_HEAD) + 1):
            restyle(ws.cell(row=row, column=c), border=BOX)
        row += 1
    return row


def _charts(ws, ctx: ExportContext, row: int) -> int:
    first, last = ctx.summary_rows
    if last < first:
        return row
    bar = BarChart()
    bar.type = "bar"
    bar.title = ctx.L("chart_total")
    bar.add_data(Reference(ws, min_col=4, min_row=first - 1, max_row=last), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    bar.x_axis.scaling.orientation = "maxMin"  # rank 1 at the top
    bar.y_axis.crosses = "max"  # keeps the value axis at the bottom
    step = nice_step(max((float(r.total) for r in ctx.ranking.ranking), default=0.0))
    if step:  # a few round ticks: automatic ones crowd the narrow axis beside long candidate names
        bar.y_axis.scaling.min = 0
        bar.y_axis.majorUnit = step
    bar.y_axis.numFmt = millions_format(step)
    bar.y_axis.title = ctx.L("total_millions")
    bar.legend = None
    _size(bar, ctx)
    ws.add_chart(bar, f"A{row}")
    scatter = ScatterChart()
    scatter.title = ctx.L("chart_value")
    scatter.style = 13
    scatter.x_axis.title = ctx.L("total_millions")
    scatter.y_axis.title = ctx.L("score")
    scatter.x_axis.numFmt = MILLIONS
    scatter.y_axis.numFmt = "0"  # scores 0–100: whole ticks
    if last - first + 1 <= SCATTER_SERIES_LIMIT:
        for r in range(first, last + 1):
            _scatter_series(scatter, ws, r, r, _(ctx.lang, "#{rank}").format(rank=r - first + 1))
    else:
        _scatter_series(scatter, ws, first, last, ctx.L("candidate"))
    _size(scatter, ctx)
    ws.add_chart(scatter, f"D{row}")
    return row + 20


def nice_step(top: float, ticks: int = 4) -> float:
    """A round axis step (1, 2 or 5 × a power of ten) giving about ``ticks`` steps up to ``top``; 0 for none."""
    import math

    if not (top > 0 and math.isfinite(top)):
        return 0.0
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def millions_format(step: float) -> str:
    """Yen shown in millions with just the decimals the step needs (``#,##0,,`` for whole millions)."""
    import math

    if step <= 0:
        return MILLIONS
    decimals = max(0, -math.floor(math.log10(step / 1e6) + 1e-9))
    return "#,##0" + ("." + "0" * decimals if decimals else "") + ",,"


PALETTE = ("1F4E78", "C55A11", "548235", "7030A0", "BF9000", "2E75B6", "C00000", "00B0F0", "7F6000", "FF66CC",
           "375623", "808080")


def _scatter_series(chart, ws, first: int, last: int, title: str) -> None:
    xs = Reference(ws, min_col=4, min_row=first, max_row=last)
    ys = Reference(ws, min_col=3, min_row=first, max_row=last)
    series = Series(ys, xs, title=title)
    color = PALETTE[len(chart.series) % len(PALETTE)]
    series.marker.symbol = "circle"
    series.marker.size = 9
    series.marker.graphicalProperties = GraphicalProperties(solidFill=color)
    series.marker.graphicalProperties.line.solidFill = color
    series.graphicalProperties.line.noFill = True
    series.smooth = False
    chart.series.append(series)


def _size(chart, ctx) -> None:
    chart.height, chart.width = 9.5, 15.5
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _excluded_table(ws, ctx: ExportContext, row: int) -> int:
    put_text(ws, row, 1, ctx.L("excluded"), SUBTITLE)
    if not ctx.ranking.excluded:
        put_text(ws, row + 1, 1, ctx.L("none_excluded"))
        return row + 2
    header_row(ws, row + 1, 1, ["", ctx.L("candidate"), ctx.L("reasons")])
    ws.merge_cells(start_row=row + 1, start_column=3, end_row=row + 1, end_column=8)
    row += 2
    for e in ctx.ranking.excluded:
        restyle(put_text(ws, row, 1, ctx.L("excluded_mark"), EXCLUDED_FONT), alignment=TOP)
        restyle(put_text(ws, row, 2, f"{e.vendor}／{e.plan}"), alignment=TOP)
        reasons = e.reason_texts(ctx.lang)
        restyle(put_text(ws, row, 3, "\n".join(reasons)), alignment=WRAP)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=8)
        ws.row_dimensions[row].height = 15 * max(1, len(reasons))
        row += 1
    return row


def _assumptions(ws, ctx: ExportContext, row: int) -> None:
    put_text(ws, row, 1, ctx.L("assumptions"), SUBTITLE)
    row += 1
    for key, value, fmt, formula in assumption_items(ctx):
        restyle(put_text(ws, row, 2, key, BOLD), alignment=TOP)
        if formula:
            restyle(ctx.formula(ws, row, 3, formula, cast(float, value), fmt), alignment=LEFT)
        elif isinstance(value, str):
            restyle(put_text(ws, row, 3, value), alignment=WRAP)
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=8)
            lines = sum(text_width(part) // 100 + 1 for part in value.split("\n"))
            ws.row_dimensions[row].height = 15 * lines
        else:
            restyle(put(ws, row, 3, value, fmt), alignment=LEFT)
        row += 1


def assumption_items(ctx: ExportContext) -> list[tuple[str, object, str | None, str | None]]:
    p, lang = ctx.project, ctx.lang
    f, s = p.forecast, p.settings
    events = ("、" if lang == "ja" else ", ").join(e.name for e in f.events) or _(lang, NP_("excel.export", "none"))
    bands = band_list(s.required_bands, lang) or _(lang, NP_("excel.export", "none"))
    method = f"{word('scoring', p.scoring.method, lang)} / {word('weighting', ctx.ranking.weighting, lang)}"
    if ctx.ranking.consistency_ratio is not None:
        method += f" (CR {ctx.ranking.consistency_ratio:.3f})"
    return [
        (_(lang, "Horizon"), f"{p.month_labels[0]} – {p.month_labels[-1]}", None, None),
        (_(lang, "Base contacts a month"), f.base_monthly_contacts, COUNT, None),
        (_(lang, "Growth a year"), f.growth_per_year, PERCENT, None),
        (_(lang, "Forecast contacts, whole horizon"), float(ctx.sim.contacts.sum()), COUNT,
         "=" + ctx.cells[("contacts_total", 0)]),
        (_(lang, "Sale events"), events, None, None),
        (_(lang, "In-house cost of an uncovered contact"),
         s.in_house_cost_per_contact, YEN, None),
        (_(lang, "Bands every candidate must cover"), bands, None, None),
        (ctx.L("tax_rate"), s.tax_rate, PERCENT, None),
        (ctx.L("budget"), s.monthly_budget if s.monthly_budget is not None else ctx.L("no_budget"), YEN, None),
        (ctx.L("scenarios"), ctx.sim.scenarios or s.scenarios, COUNT, None),
        (ctx.L("cv"), f.uncertainty.cv, "0.00", None),
        (_(lang, "Scoring / weighting"), method, None, None),
        (_(lang, "Prices"), _(lang, "tax excluded; quotes given tax included are converted"), None, None),
    ]


def export_command(args: argparse.Namespace, lang: str) -> int:
    project = load_rankable(args.file)  # every problem validate lists, missing scores included
    export_workbook(project, args.output, lang)
    print(message("xl_wrote", lang, path=args.output))
    return 0
