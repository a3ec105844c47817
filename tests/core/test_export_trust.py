"""The workbook says what the quotes mean (issue 10): the winner's reason,
cheapest among ranked candidates, uncovered contacts, print set-up."""

from __future__ import annotations

import pytest

from tests.core.excel_helpers import scoring_project
from vendorpick.excel.export import build_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.scoring.explain import explain_winner
from vendorpick.scoring.rank import rank_project


def _book(project, lang="ja", draws=200):
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=draws)
    wb, _ = build_workbook(project, lang, sim=sim, ranking=ranking)
    return wb, sim, ranking


def _texts(ws) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_summary_gives_the_reason_for_the_winner(lang):
    wb, _, ranking = _book(scoring_project(), lang)
    summary = wb.worksheets[0]
    assert summary["A6"].value == explain_winner(ranking, lang)
    assert ranking.ranking[0].vendor in summary["A6"].value


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_risk_sheet_cheapest_is_among_the_ranked_candidates(lang):
    wb, sim, ranking = _book(scoring_project(), lang)
    ws = wb.worksheets[2]
    head = next(r for r in range(1, 20) if ws.cell(row=r, column=1).value in ("順位", "Rank"))
    assert ("順位のついた候補の中で" if lang == "ja" else "among the ranked candidates") in ws.cell(row=head, column=10).value
    by_name = {(ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value): ws.cell(row=r, column=10).value
               for r in range(head + 1, head + 1 + len(sim.candidates))}
    for r in ranking.ranking:
        assert by_name[(r.vendor, r.plan)] == pytest.approx(r.cheapest_probability)
    assert sum(r.cheapest_probability for r in ranking.ranking) == pytest.approx(1.0)
    for e in ranking.excluded:
        assert by_name[(e.vendor, e.plan)] == "—"
    method = "\n".join(_texts(wb.worksheets[-1]))
    assert ("順位のついた候補の中で総額が最も低くなる" if lang == "ja" else "lowest total among the ranked") in method


def _sheet_px(ws, per_char):
    from openpyxl.utils import get_column_letter

    return [per_char * (ws.column_dimensions[get_column_letter(c)].width or 8.43) + 5
            for c in range(1, ws.max_column + 1)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_sheet_prints_legibly_on_a4(lang):
    from openpyxl.utils import column_index_from_string

    from vendorpick.excel.styles import MIN_PRINT_SCALE, PRINTABLE_PX, PX_PER_CHAR, PX_PER_CHAR_WIDEST

    wb, _, _ = _book(demo_project(), lang, draws=0)
    printable = PRINTABLE_PX["landscape"]
    for ws in wb.worksheets[1:]:
        setup = ws.page_setup
        assert (setup.orientation, str(setup.paperSize)) == ("landscape", ws.PAPERSIZE_A4), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToHeight == 0, ws.title
        pages = setup.fitToWidth
        px = _sheet_px(ws, PX_PER_CHAR)
        title = 0.0
        if pages > 1:  # split over pages wide: the columns naming a row are repeated on each
            assert ws.print_title_cols and setup.pageOrder == "overThenDown", ws.title
            first, last = (column_index_from_string(x.strip("$")) for x in ws.print_title_cols.split(":"))
            title = sum(px[first - 1:last])
        # fitted to `pages` wide, the text is printed at 70 % or more (10 pt → 7 pt, not ~4 pt)
        scale = min(1.0, printable / (title + (sum(px) - title) / pages))
        assert scale >= MIN_PRINT_SCALE, (ws.title, pages, scale)
    sheets = {key: wb.worksheets[n] for n, key in enumerate(
        ["summary", "monthly", "risk", "scoring", "forecast", "quotes", "method"])}
    # the two widest tables of the demo (12 months; about 30 quote columns) are split, not shrunk
    assert sheets["monthly"].page_setup.fitToWidth >= 2 and sheets["quotes"].page_setup.fitToWidth >= 2
    assert sheets["monthly"].print_title_rows == "$4:$5" and sheets["quotes"].print_title_rows == "$3:$3"
    assert sheets["risk"].print_title_rows == "$8:$8" and sheets["forecast"].print_title_rows == "$4:$4"
    # Summary: a fixed scale (Excel ignores manual breaks under "fit to") that fits even the widest columns
    summary = sheets["summary"]
    assert not summary.sheet_properties.pageSetUpPr.fitToPage
    assert summary.page_setup.scale >= 100 * MIN_PRINT_SCALE - 5
    assert sum(_sheet_px(summary, PX_PER_CHAR_WIDEST)) * summary.page_setup.scale / 100 <= printable


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_excluded_heading_starts_a_page_with_its_table(lang):
    from vendorpick.excel.labels import label

    wb, _, ranking = _book(demo_project(), lang, draws=0)
    ws = wb.worksheets[0]
    assert ranking.excluded
    (heading,) = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == label("excluded", lang)]
    assert [b.id for b in ws.row_breaks.brk] == [heading - 1]  # a manual break right above the heading
    assert ws.cell(row=heading + 2, column=2).value == f"{ranking.excluded[0].vendor}／{ranking.excluded[0].plan}"
