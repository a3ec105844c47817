"""Quote files are imported as a person sees them, or refused naming the
sheet and cell; the project file is untouched and no output is written
(issue 11, finding 5; files from tests/hostile_quotes.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import hostile_quotes
from tests.core.excel_helpers import small_project
from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.excel.quotes import import_quotes
from vendorpick.project.io import save


def test_the_generator_starts_from_a_file_that_imports(tmp_path):
    """The hostile files differ from a good one only by what the case adds."""
    path, _ = hostile_quotes.good_file(tmp_path, plans=2)
    new, summary = import_quotes(small_project(), [path])
    plan = new.vendors[1].plans[0]
    assert (plan.rate, plan.monthly_fee) == (900, 250000) and len(summary.added) == 2


@pytest.mark.parametrize("case", sorted(hostile_quotes.CASES))
def test_hostile_quote_file_is_refused_at_its_place_and_nothing_is_written(tmp_path, capsys, case):
    quotes, (place, code) = hostile_quotes.CASES[case](tmp_path)
    project_file = tmp_path / "p.vendorpick.json"
    save(small_project(), project_file)
    before = project_file.read_bytes()
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [quotes])
    assert (place, code) in {(p.loc, p.code) for p in info.value.problems}
    for lang in ("ja", "en"):
        out = tmp_path / "out.vendorpick.json"
        assert main(["import", str(project_file), str(quotes), "-o", str(out), "--lang", lang]) == 2
        assert main(["import", str(project_file), str(quotes), "--lang", lang]) == 2
        err = capsys.readouterr().err
        assert place in err and str(tmp_path) not in err  # the place, never the file's folder
        assert "openpyxl" not in err and "Error" not in err and "parts bytes" not in err
        assert not out.exists() and project_file.read_bytes() == before
    assert "非表示" in info.value.text("ja") or code not in {"xl_template_hidden", "xl_hidden_cell"}


def test_both_cells_of_a_merged_range_are_named(tmp_path):
    quotes, _ = hostile_quotes.merged_answer(tmp_path)
    row = hostile_quotes.rows_of(quotes)["monthly_fee"]
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [quotes])
    merged = [p for p in info.value.problems if p.code == "xl_merged"]
    assert [p.loc for p in merged] == [f"見積!D{row}", f"見積!E{row}"]
    assert f"D{row}:E{row}" in merged[0].text("en")


def test_repeated_template_row_names_both_cells(tmp_path):
    quotes, (place, _) = hostile_quotes.hidden_row(tmp_path)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [quotes])
    (problem,) = info.value.problems
    rows = hostile_quotes.rows_of(quotes)  # the first "rate" row: the hidden one
    assert problem.loc == place and f"見積!A{rows['rate']}" in problem.text("en")


def test_quoted_amount_beyond_the_limits_is_refused_at_its_cell(tmp_path):
    """A setup fee of 1e28 imported with exit 0 and broke rank and export (finding 1)."""
    from tests.core.excel_helpers import fill

    path, rows = hostile_quotes.good_file(tmp_path)
    fill(path, None, [{"setup_fee": 1e28, "sur_holiday_night_premium": "+2500%"}])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path])
    found = {(p.loc, p.code) for p in info.value.problems}
    assert found == {(f"見積!D{rows['setup_fee']}", "vp_limit"),
                     (f"見積!D{rows['sur_holiday_night_premium']}", "xl_premium_high")}
    assert "1,000,000,000,000 以下" in info.value.text("ja")


@pytest.fixture(scope="module")
def good_quote():
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp), hostile_quotes.good_file(Path(tmp), plans=2)[0]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32))
def test_damaged_quote_files_are_imported_or_refused_at_a_place(good_quote, seed):
    """Random damage to a good file's sheet or bytes: imported (what a person
    sees), or refused with a place in both languages; never another exception."""
    folder, good = good_quote
    path = hostile_quotes.mutated_quote(folder, seed, good)
    try:
        new, _ = import_quotes(small_project(), [path])
    except InputError as exc:
        for problem in exc.problems:
            assert problem.loc, problem
            assert str(folder) not in problem.text("en")
            problem.text("ja").encode("utf-8")
    else:
        plans = new.vendors[1].plans
        assert all(0 <= p.rate <= 1e12 and 0 <= p.monthly_fee <= 1e12 for p in plans)
    path.unlink()
