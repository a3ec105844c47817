"""The Scoring sheet: weights in input cells and live formulas (SPEC 4).

Raw values → normalised scores s → total score, all as formulas, so that a
changed weight re-scores in Excel:

* cost and number/cost: ``=IF(v=0,1,MIN(col)/v)``
* number/benefit: ``=IF(MAX(col)=0,1,v/MAX(col))``
* rating: ``=(v-min)/(max-min)``; yes/no: ``=v`` (1 or 0)
* weighted sum: ``=100*SUMPRODUCT(weights,s)/SUM(weights)``

TOPSIS totals are written as the engine's values (noted on the sheet and in
Method); the AHP block shows the matrix, the eigenvector weights, λmax and the
consistency ratio as a formula over the named random-index table.
"""

from __future__ import annotations

from openpyxl.workbook.defined_name import DefinedName

from vendorpick.excel.export_context import ExportContext, col
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    EXCLUDED_FONT,
    INPUT_FILL,
    MIDDLE,
    NOTE,
    PERCENT,
    RATIO,
    SCORE,
    SECTION_FILL,
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
)
from vendorpick.scoring.weights import SAATY_RI

C0 = 4  # first criterion column
ROW_NAMES, ROW_ID, ROW_KIND, ROW_MIN, ROW_MAX, ROW_MUST, ROW_W, ROW_WN = range(4, 12)
RI_NAME = "RI_Saaty1980"


def scoring_sheet(wb, ctx: ExportContext) -> None:
    ws = wb.create_sheet(ctx.sheet_name("scoring"))
    criteria = ctx.project.criteria
    k = len(criteria)
    put_text(ws, 1, 1, ctx.L("title_scoring"), TITLE)
    put_text(ws, 2, 1, ctx.L("scoring_note"), NOTE)
    _criteria_block(ws, ctx)
    ranked = [i for i in ctx.order if i in ctx.rank_of]
    raw_top = ROW_WN + 3
    _section(ws, raw_top - 1, ctx.L("raw_values"), k)
    header_row(ws, raw_top, 1, [ctx.L("rank"), ctx.L("vendor"), ctx.L("plan")] + [c.label for c in criteria])
    first = raw_top + 1
    for n, i in enumerate(ranked):
        _raw_row(ws, ctx, first + n, i)
    norm_top = first + len(ranked) + 2
    _section(ws, norm_top - 1, ctx.L("normalised"), k + 2)
    header_row(ws, norm_top, 1, [ctx.L("rank"), ctx.L("vendor"), ctx.L("plan")] + [c.label for c in criteria]
               + [ctx.L("score"), ctx.L("live_rank")])
    rows = (first, first + len(ranked) - 1, norm_top + 1)
    for n, i in enumerate(ranked):
        _normalised_row(ws, ctx, n, i, rows)
    row = norm_top + len(ranked) + 2
    if ctx.project.scoring.method == "topsis":
        put_text(ws, row - 1, 1, ctx.L("topsis_note"), NOTE)
        row += 1
    row = _must_block(ws, ctx, row)
    if ctx.ranking.weighting == "ahp":
        _ahp_block(wb, ws, ctx, row + 1)
    ws.freeze_panes = ws.cell(row=3, column=C0)
    for c, w in {1: 9, 2: 24, 3: 30}.items():
        ws.column_dimensions[col(c)].width = w
    for j in range(k + 2):
        ws.column_dimensions[col(C0 + j)].width = 16
    for header in (ROW_NAMES, raw_top, norm_top):
        fit_header_height(ws, header)
    landscape(ws, None, "A:C")


def _section(ws, row: int, title: str, width: int) -> None:
    for c in range(1, C0 + width):
        restyle(ws.cell(row=row, column=c), fill=SECTION_FILL)
    restyle(put_text(ws, row, 1, title, SUBTITLE), fill=SECTION_FILL)


def _criteria_block(ws, ctx: ExportContext) -> None:
    criteria, weights = ctx.project.criteria, ctx.ranking.weights
    direct = ctx.ranking.weighting == "direct"
    labels = ["criterion", "crit_id", "kind", "scale_min", "scale_max", "must_rule", "weight", "weight_norm"]
    for r, key in zip(range(ROW_NAMES, ROW_WN + 1), labels, strict=True):
        put_text(ws, r, 3, ctx.L(key), BOLD)
    header_row(ws, ROW_NAMES, C0, [c.label for c in criteria])
    last = col(C0 + len(criteria) - 1)
    for j, crit in enumerate(criteria):
        c = C0 + j
        put_text(ws, ROW_ID, c, crit.id)
        put_text(ws, ROW_KIND, c, ctx.L("kind_" + crit.kind))
        if crit.kind == "rating":
            put(ws, ROW_MIN, c, crit.scale_min, "0.##")
            put(ws, ROW_MAX, c, crit.scale_max, "0.##")
        elif crit.kind == "number":
            put_text(ws, ROW_MIN, c, ctx.L(f"dir_{crit.direction}"))
        elif crit.kind == "cost":
            put_text(ws, ROW_MIN, c, ctx.L("dir_cost") + (" (P90)" if crit.cost_basis == "p90" else ""))
        put_text(ws, ROW_MUST, c, _must_text(crit, ctx))
        for r in range(ROW_ID, ROW_MUST + 1):  # numbers and words mixed in a row: centred, not run together
            restyle(ws.cell(row=r, column=c), alignment=MIDDLE)
        weight = crit.weight if direct else weights[crit.id]
        cell = put(ws, ROW_W, c, float(weight), "0.###")
        cell.fill, cell.border = INPUT_FILL, BOX
        ctx.formula(ws, ROW_WN, c, f"={col(c)}{ROW_W}/SUM(${col(C0)}${ROW_W}:${last}${ROW_W})",
                    weights[crit.id], PERCENT)


def _must_text(crit, ctx: ExportContext) -> str:
    parts = []
    if crit.must_min is not None:
        parts.append(f"≥ {crit.must_min:g}")
    if crit.must_max is not None:
        parts.append(f"≤ {crit.must_max:g}")
    if crit.must:
        parts.append(ctx.L("yes"))
    return ", ".join(parts)


def _raw_row(ws, ctx: ExportContext, row: int, i: int) -> None:
    r = ctx.ranked_of[i]
    ctx.candidate_columns(ws, row, i)
    for j, crit in enumerate(ctx.project.criteria):
        c = C0 + j
        if crit.kind == "cost":
            source = ctx.cells[("p90" if crit.cost_basis == "p90" else "total", i)]
            ctx.formula(ws, row, c, "=" + source, r.raw[crit.id], YEN)
        else:
            put(ws, row, c, float(r.raw[crit.id]), "0.##")
        restyle(ws.cell(row=row, column=c), border=BOX)


def _normalised_row(ws, ctx: ExportContext, n: int, i: int, rows: tuple[int, int, int]) -> None:
    first, last, top = rows
    row, src = top + n, first + n
    r = ctx.ranked_of[i]
    criteria = ctx.project.criteria
    ctx.candidate_columns(ws, row, i)
    for j, crit in enumerate(criteria):
        c = col(C0 + j)
        v, rng = f"{c}{src}", f"{c}${first}:{c}${last}"
        if crit.kind == "cost" or (crit.kind == "number" and crit.direction == "cost"):
            f = f"=IF({v}=0,1,MIN({rng})/{v})"
        elif crit.kind == "number":
            f = f"=IF(MAX({rng})=0,1,{v}/MAX({rng}))"
        elif crit.kind == "rating":
            f = f"=({v}-{c}${ROW_MIN})/({c}${ROW_MAX}-{c}${ROW_MIN})"
        else:
            f = f"={v}"
        restyle(ctx.formula(ws, row, C0 + j, f, r.scores[crit.id], RATIO), border=BOX)
    sc, lc = C0 + len(criteria), col(C0 + len(criteria) - 1)
    weights = f"${col(C0)}${ROW_W}:${lc}${ROW_W}"
    if ctx.project.scoring.method == "weighted_sum":
        ctx.formula(ws, row, sc, f"=100*SUMPRODUCT({weights},{col(C0)}{row}:{lc}{row})/SUM({weights})",
                    r.score, SCORE, BOLD)
    else:
        put(ws, row, sc, r.score, SCORE, BOLD)
    scores = f"${col(sc)}${top}:${col(sc)}${top + len(ctx.rank_of) - 1}"
    live = 1 + sum(1 for o in ctx.ranked_of.values() if o.score > r.score)
    ctx.formula(ws, row, sc + 1, f'=1+COUNTIF({scores},">"&{col(sc)}{row})', live, "0")
    ctx.cells[("score", i)] = ctx.ref("scoring", row, sc)


def _must_block(ws, ctx: ExportContext, row: int) -> int:
    _section(ws, row, ctx.L("must_results"), 2)
    header_row(ws, row + 1, 1, [ctx.L("rank"), ctx.L("vendor"), ctx.L("plan"), ctx.L("result"), ctx.L("reasons")])
    excluded = {id(e.candidate): e for e in ctx.ranking.excluded}
    last_col = len(ctx.project.criteria) + 1
    by_ref = {e.candidate: e for e in ctx.ranking.excluded}
    row += 2
    for i in ctx.order:
        ref = ctx.sim.candidates[i]
        e = by_ref.get(ref) or excluded.get(id(ref))
        ctx.candidate_columns(ws, row, i)
        put_text(ws, row, 4, ctx.L("passed") if e is None else ctx.L("excluded_mark"),
                 None if e is None else EXCLUDED_FONT)
        if e is not None:
            reasons = e.reason_texts(ctx.lang)
            restyle(put_text(ws, row, 5, "\n".join(reasons)), alignment=WRAP)
            ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=max(C0 + 1, C0 + last_col))
            ws.row_dimensions[row].height = 15 * len(reasons)
        row += 1
    return row


def _ahp_block(wb, ws, ctx: ExportContext, row: int) -> None:
    criteria, info = ctx.project.criteria, ctx.ranking.weights_info
    n = len(criteria)
    matrix, lambda_max = ctx.project.weighting.pairwise, info.lambda_max
    assert matrix is not None and lambda_max is not None  # written for AHP weighting only
    _section(ws, row, ctx.L("ahp"), n + 1)
    header_row(ws, row + 1, 3, [""] + [c.label for c in criteria] + [ctx.L("ahp_weight")])
    for a, crit in enumerate(criteria):
        r = row + 2 + a
        put_text(ws, r, 3, crit.label, BOLD)
        for b in range(n):
            restyle(put(ws, r, C0 + b, float(matrix[a][b]), "0.###"), border=BOX)
        put(ws, r, C0 + n, float(info.weights[a]), PERCENT)
    r = row + 3 + n
    facts = [("lambda_max", lambda_max, False), ("n", n, False)]
    for key, value, _ in facts:
        put_text(ws, r, 3, ctx.L(key), BOLD)
        put(ws, r, C0, float(value), "0.0000" if key == "lambda_max" else "0")
        r += 1
    lam, nn = f"$D${r - 2}", f"$D${r - 1}"
    ci = 0.0 if n <= 2 else (lambda_max - n) / (n - 1)
    put_text(ws, r, 3, ctx.L("ci"), BOLD)
    ctx.formula(ws, r, C0, f"=IF({nn}<=2,0,({lam}-{nn})/({nn}-1))", ci, "0.0000")
    put_text(ws, r + 1, 3, ctx.L("ri"), BOLD)
    ctx.formula(ws, r + 1, C0, f"=INDEX({RI_NAME},{nn})", SAATY_RI[n - 1], "0.00")
    put_text(ws, r + 2, 3, ctx.L("cr"), BOLD)
    ctx.formula(ws, r + 2, C0, f"=IF({nn}<=2,0,D{r}/D{r + 1})", info.consistency_ratio or 0.0, "0.000", BOLD)
    _ri_table(wb, ws, ctx, r + 4)


def _ri_table(wb, ws, ctx: ExportContext, row: int) -> None:
    put_text(ws, row, 3, f"{ctx.L('ri_table')}: {ctx.ranking.weights_info.ri_table_name}", BOLD)
    header_row(ws, row + 1, 3, ["n", "RI"])
    for n, ri in enumerate(SAATY_RI, start=1):
        restyle(put(ws, row + 1 + n, 3, n, "0"), border=BOX)
        restyle(put(ws, row + 1 + n, 4, ri, "0.00"), border=BOX)
    ref = f"'{ws.title}'!$D${row + 2}:$D${row + 1 + len(SAATY_RI)}"
    wb.defined_names[RI_NAME] = DefinedName(RI_NAME, attr_text=ref)
