"""The comparison workbook: formulas recalculated equal the engine (issue 5)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from tests.core.excel_helpers import close, recalculate, scoring_project
from vendorpick.cli import main
from vendorpick.excel.export import build_workbook, export_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.project.io import parse_project
from vendorpick.scoring.rank import rank_project

AHP = {"method": "ahp", "pairwise": [
    [1, 3, 5, 5, 3, 7], [1 / 3, 1, 3, 3, 1, 5], [1 / 5, 1 / 3, 1, 1, 1 / 3, 3],
    [1 / 5, 1 / 3, 1, 1, 1 / 2, 3], [1 / 3, 1, 3, 2, 1, 4], [1 / 7, 1 / 5, 1 / 3, 1 / 3, 1 / 4, 1]]}


EXCEL_2010_AND_LIBREOFFICE = {"SUM", "SUMPRODUCT", "MIN", "MAX", "IF", "INDEX", "MATCH", "ROUND", "COUNTIF"}


def _export(project, path, lang="ja"):
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=500)
    export_workbook(project, path, lang, sim=sim, ranking=ranking)
    _, checks = build_workbook(project, lang, sim=sim, ranking=ranking)
    return sim, ranking, checks


def _assert_formulas_match(path, checks):
    values = recalculate(path)
    wb = openpyxl.load_workbook(path)
    written = {(ws.title.upper(), c.coordinate) for ws in wb for row in ws.iter_rows() for c in row
               if c.data_type == "f"}
    assert written == {(c.sheet.upper(), c.cell) for c in checks}  # every formula is checked
    functions = {f for c in checks for f in re.findall(r"([A-Z][A-Z0-9.]*)\(", c.formula)}
    assert functions <= EXCEL_2010_AND_LIBREOFFICE, functions
    assert not any("_xlfn" in c.formula for c in checks)
    bad = [(c.sheet, c.cell, c.formula, values.get((c.sheet.upper(), c.cell)), c.expected)
           for c in checks if not close(values.get((c.sheet.upper(), c.cell)), c.expected)]
    assert not bad, bad[:5]


@pytest.mark.parametrize(("weighting", "method", "lang"), [
    (None, "weighted_sum", "ja"), (AHP, "weighted_sum", "en"), ({"method": "rank"}, "topsis", "ja")])
def test_recalculated_formulas_equal_the_engine(tmp_path, weighting, method, lang):
    project = scoring_project(weighting, method)
    path = tmp_path / "out.xlsx"
    sim, ranking, checks = _export(project, path, lang)
    assert len(checks) > 40
    _assert_formulas_match(path, checks)
    wb = openpyxl.load_workbook(path)
    assert wb.calculation.fullCalcOnLoad
    if weighting is AHP:
        assert "RI_Saaty1980" in wb.defined_names
        assert any(c.formula.startswith("=INDEX(RI_Saaty1980") for c in checks)
        cr = [c for c in checks if "D" in c.cell and c.formula.startswith("=IF(") and "/D" in c.formula]
        assert cr and close(cr[-1].expected, ranking.consistency_ratio)


def test_demo_workbook_recalculates_to_the_engine(tmp_path):
    path = tmp_path / "demo.xlsx"
    _, _, checks = _export(demo_project(), path)
    _assert_formulas_match(path, checks)


def test_changing_a_weight_rescores_like_the_engine(tmp_path):
    project = scoring_project()
    path = tmp_path / "w.xlsx"
    sim, _, checks = _export(project, path, "en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Scoring"]
    weights = {ws.cell(row=5, column=c).value: c for c in range(4, 10)}
    ws.cell(row=10, column=weights["cost"]).value = 5  # cost was 40
    wb.save(path)
    values = recalculate(path)
    override = {c.id: (5 if c.id == "cost" else c.weight) for c in project.criteria}
    again = rank_project(project, sim, weights_override=override, sensitivity=False)
    by_name = {(r.vendor, r.plan): r.score for r in again.ranking}
    score_col = openpyxl.utils.get_column_letter(4 + len(project.criteria))
    rows = [r for r in range(1, ws.max_row + 1)
            if isinstance(ws[f"{score_col}{r}"].value, str) and "SUMPRODUCT" in ws[f"{score_col}{r}"].value]
    assert len(rows) == len(by_name)
    for r in rows:
        key = (ws[f"B{r}"].value, ws[f"C{r}"].value)
        assert close(values[("SCORING", f"{score_col}{r}")], by_name[key])


def test_sheets_styles_and_print_setup(tmp_path):
    path = tmp_path / "s.xlsx"
    _export(scoring_project(), path, "ja")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["概要", "月別コスト", "リスク", "評価", "需要予測", "見積条件", "チャネル・専任席", "計算方法"]
    for ws in wb:  # the print set-up in detail: tests/core/test_export_trust.py
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    monthly = wb["月別コスト"]
    assert monthly.freeze_panes == "D6" and monthly["D6"].number_format.startswith('"¥"#,##0')
    assert "スーパーSALE" in monthly["F4"].value and "★" in monthly["F4"].value  # March: event and peak
    assert wb["リスク"]["J9"].number_format == "0.0%"
    assert "Quotes" in wb["見積条件"].tables
    assert wb["評価"]["D10"].fill.fgColor.rgb.endswith("FFF2CC")  # weight input cell
    summary = wb["概要"]
    assert "を推奨します" in summary["A5"].value
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("必須条件の下限" in t for t in texts)  # C社 excluded with its reason


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_monthly_autofilter_covers_exactly_the_header_and_the_candidates(tmp_path, lang):
    """Sorting or filtering in Excel must never move or hide the sale-event notes."""
    project = scoring_project()
    path = tmp_path / "f.xlsx"
    sim, _, _ = _export(project, path, lang)
    ws = openpyxl.load_workbook(path)["月別コスト" if lang == "ja" else "Monthly cost"]
    header = next(r for r in range(1, 20) if ws.cell(row=r, column=4).value == sim.months[0])
    candidates = [r for r in range(header + 1, ws.max_row + 1)
                  if (ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value)
                  in {(c.vendor, c.plan) for c in sim.candidates}]
    assert len(candidates) == len(sim.candidates) and candidates == list(range(header + 1, header + 1 + len(candidates)))
    (first, last) = ws.auto_filter.ref.split(":")
    assert openpyxl.utils.cell.coordinate_from_string(first) == ("A", header)
    assert openpyxl.utils.cell.coordinate_from_string(last)[1] == candidates[-1]
    events_label = "セール・繁忙" if lang == "ja" else "Sale events / peak"
    (notes_row,) = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == events_label]
    assert notes_row < header  # the notes are outside the filtered range, above the month header
    assert "スーパーSALE" in ws.cell(row=notes_row, column=6).value  # March
    assert ws.freeze_panes == f"D{header + 1}" and ws.print_title_rows == f"${notes_row}:${header}"


def test_monthly_chart_categories_are_the_month_headers():
    project = scoring_project()
    wb, _ = build_workbook(project, "en", sim=simulate(project))
    ws = wb["Monthly cost"]
    (line,) = ws._charts
    ref = line.series[0].cat.numRef or line.series[0].cat.strRef
    header = ws.auto_filter.ref.split(":")[0][1:]
    assert ref.f == f"'Monthly cost'!$D${header}:$G${header}" and ws[f"D{header}"].value == "2027-01"


BAND_IDS = re.compile(r"(weekday|holiday)_(day|night)")


@pytest.mark.parametrize(("lang", "expected", "required"), [
    ("ja", "2027-03～: 平日日中、土日祝日中\n2027-04～: 平日日中、平日夜間、土日祝日中、土日祝夜間", "平日日中"),
    ("en", "from 2027-03: Weekday day, Holiday day\nfrom 2027-04: Weekday day, Weekday night, Holiday day, "
           "Holiday night", "Weekday day"),
], ids=["ja", "en"])
def test_bands_are_named_in_the_workbook_language_never_by_id(tmp_path, lang, expected, required):
    data = scoring_project().model_dump(mode="json", by_alias=True)
    data["vendors"][1]["plans"][0]["phases"] = [
        {"from": "2027-03", "coverage": ["holiday_day", "weekday_day"]},
        {"from": "2027-04", "coverage": ["weekday_day", "weekday_night", "holiday_day", "holiday_night"]}]
    data["settings"]["required_bands"] = ["weekday_day"]
    project = parse_project(data)
    path = tmp_path / "b.xlsx"
    _export(project, path, lang)
    wb = openpyxl.load_workbook(path)
    texts = [(ws.title, c.coordinate, c.value) for ws in wb for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert not [t for t in texts if BAND_IDS.search(t[2])]
    quotes = wb["見積条件" if lang == "ja" else "Quotes"]
    phases_col = next(c.column for c in quotes[3] if c.value == ("段階導入" if lang == "ja" else "Staged roll-out"))
    phases = [quotes.cell(row=r, column=phases_col).value for r in range(4, quotes.max_row + 1)]
    assert expected in phases
    heads = [c.value for c in quotes[3]]
    assert ("対応: 土日祝夜間" if lang == "ja" else "Covers: Holiday night") in heads
    row = 4 + phases.index(expected)
    assert quotes.row_dimensions[row].height >= 2 * 13.5  # two phases: two lines, not cut off
    summary = wb["概要" if lang == "ja" else "Summary"]
    label = "必須の対応時間帯" if lang == "ja" else "Bands every candidate must cover"
    (row,) = [r for r in range(1, summary.max_row + 1) if summary.cell(row=r, column=2).value == label]
    assert summary.cell(row=row, column=3).value == required


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_leader_price_cut_is_a_dash_not_zero(tmp_path, lang):
    project = scoring_project()
    path = tmp_path / "p.xlsx"
    _, ranking, checks = _export(project, path, lang)
    summary = openpyxl.load_workbook(path)["概要" if lang == "ja" else "Summary"]
    head = next(r for r in range(1, 40) if summary.cell(row=r, column=8).value == ("1位になるための値下げ率" if lang == "ja"
                                                                                   else "Price cut to rank first"))
    cuts = {summary.cell(row=r, column=1).value: summary.cell(row=r, column=8).value
            for r in range(head + 1, head + 1 + len(ranking.ranking))}
    assert cuts[1] == "—"  # the leader needs no cut (the command line shows — too)
    for r in ranking.ranking[1:]:
        assert cuts[r.rank] == pytest.approx(r.price_to_win)
    _assert_formulas_match(path, checks)
    from vendorpick.excel.export import price_cut

    assert price_cut(ranking.ranking[1].__class__(**{**ranking.ranking[1].__dict__, "price_to_win": None}), lang) \
        == ("不可" if lang == "ja" else "none")


def test_charts_have_the_right_series(tmp_path):
    project = scoring_project()
    wb, _ = build_workbook(project, "en", sim=simulate(project))
    bar, scatter = wb["Summary"]._charts
    assert type(bar).__name__ == "BarChart" and type(scatter).__name__ == "ScatterChart"
    ranked = 4  # five plans, one excluded
    assert len(bar.series) == 1 and bar.series[0].val.numRef.f.startswith("'Summary'!$D$")
    assert len(scatter.series) == ranked
    assert all(s.xVal.numRef.f.startswith("'Summary'!$D$") for s in scatter.series)
    assert all(s.yVal.numRef.f.startswith("'Summary'!$C$") for s in scatter.series)
    assert bar.y_axis.majorUnit == 500_000 and bar.y_axis.numFmt.formatCode == "#,##0.0,,"  # 0.0 0.5 1.0 ... (¥ million)
    (line,) = wb["Monthly cost"]._charts
    assert len(line.series) == ranked and all(s.val.numRef.f.startswith("'Monthly cost'!$D$") for s in line.series)
    path = tmp_path / "c.xlsx"
    export_workbook(project, path, "en")
    with zipfile.ZipFile(path) as zf:
        assert len([n for n in zf.namelist() if n.startswith("xl/charts/chart")]) == 3


def test_hostile_text_stays_text(tmp_path):
    project = scoring_project(hostile=True)
    path = tmp_path / "h.xlsx"
    _, _, checks = _export(project, path, "en")
    wb = openpyxl.load_workbook(path)
    ours = {(c.sheet, c.cell) for c in checks}
    hostile = 0
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert (ws.title, c.coordinate) in ours, (ws.title, c.coordinate, c.value)
                elif isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    hostile += 1
    assert hostile >= 8
    with zipfile.ZipFile(path) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    formulas = re.findall(rb"<f>([^<]*)</f>", xml)
    assert formulas and not [f for f in formulas if b"HYPERLINK" in f or f.startswith((b"1+1", b"81"))]
    names = {c.value for c in wb["Quotes"]["A"]} | {c.value for c in wb["Quotes"]["B"]}
    assert {'=HYPERLINK("http://evil","x")', "+81 サポート", "-minus社", "@at社", "\tタブ"} <= names


def test_cli_export_writes_atomically(tmp_path, capsys):
    project_file = tmp_path / "demo.vendorpick.json"
    assert main(["demo", "-o", str(project_file)]) == 0
    out = tmp_path / "out.xlsx"
    assert main(["export", str(project_file), "-o", str(out), "--lang", "en"]) == 0
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert main(["export", str(project_file), "-o", str(tmp_path / "missing" / "x.xlsx")]) == 2


def test_progress_is_reported(tmp_path):
    seen = []
    project = scoring_project()
    export_workbook(project, tmp_path / "p.xlsx", "ja", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 5


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculation_equals_the_engine(tmp_path):
    project = scoring_project(AHP)
    path = tmp_path / "lo.xlsx"
    _, _, checks = _export(project, path, "ja")
    out = tmp_path / "converted"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=120)
    wb = openpyxl.load_workbook(out / "lo.xlsx", data_only=True)
    bad = [(c.sheet, c.cell, c.formula, wb[c.sheet][c.cell].value, c.expected) for c in checks
           if not close(wb[c.sheet][c.cell].value, c.expected, rel=1e-7)]
    assert not bad, bad[:5]


def test_every_candidate_excluded_still_exports(tmp_path):
    project = scoring_project()
    data = project.model_dump(mode="json", by_alias=True)
    data["criteria"][1]["must_min"] = 5  # only A社 has security 5
    data["vendors"][0]["scores"]["rms"] = False
    data["criteria"][4]["must"] = True
    hopeless = parse_project(data)
    path = tmp_path / "none.xlsx"
    sim, ranking, checks = _export(hopeless, path, "en")
    assert not ranking.ranking and len(ranking.excluded) == 5
    wb = openpyxl.load_workbook(path)
    assert "No candidate meets every must-have" in wb["Summary"]["A5"].value
    _assert_formulas_match(path, checks)


def test_a_project_without_candidates_says_so_rather_than_blaming_the_must_haves(tmp_path, capsys):
    from vendorpick.project.io import save
    from vendorpick.scoring.explain import explain_winner

    empty = demo_project().model_copy(update={"vendors": []})
    path = tmp_path / "empty.xlsx"
    sim, ranking, _checks = _export(empty, path, "ja")
    assert not ranking.ranking and not ranking.excluded
    assert openpyxl.load_workbook(path)["概要"]["A5"].value == "まだ候補がないため、推奨はありません。"
    assert explain_winner(ranking, "en") == "There are no candidates yet, so there is no winner."
    assert explain_winner(ranking, "ja") == "まだ候補がないため、1位はありません。"
    project_file = tmp_path / "empty.vendorpick.json"
    save(empty, project_file)
    assert main(["rank", str(project_file), "--lang", "ja"]) == 0
    out = capsys.readouterr().out
    assert "まだ候補がありません。ベンダーとプランを追加するか、見積もりを取り込んでください。" in out
    assert "必須条件" not in out
