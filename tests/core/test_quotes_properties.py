"""Random cell contents never crash the quote importer (issue 5)."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.excel_helpers import quote_sheet, rows_by_key, small_project
from vendorpick.errors import InputError
from vendorpick.excel.quotes import import_quotes, write_template

CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.sampled_from(["=1/0", "=SUM(A1:A3)", "=NOW()"]),  # formulas without a saved value
    st.sampled_from(["はい", "いいえ", "yes", "no", "１，０００円", "#N/A", "nan", "inf", "1e400", "  ", "22"]),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)


_BASE = []


def _template(factory):
    if not _BASE:
        _BASE.append(factory.mktemp("base") / "base.xlsx")
        write_template(_BASE[0], "ja", small_project())
    return _BASE[0]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], max_examples=25)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(4, 8), CELL_VALUES), max_size=25), st.booleans())
def test_random_cells_import_or_report_never_crash(tmp_path_factory, cells, with_name):
    folder = tmp_path_factory.mktemp("prop")
    wb = openpyxl.load_workbook(_template(tmp_path_factory))
    ws = quote_sheet(wb)
    rows = sorted(rows_by_key(ws).values())
    if with_name:
        ws.cell(row=rows[0], column=4).value = "ランダム社"
    for row_index, col, value in cells:
        ws.cell(row=rows[row_index % len(rows)], column=col).value = value
    path = folder / "filled.xlsx"
    wb.save(path)
    project = small_project()
    try:
        new, summary = import_quotes(project, [path])
    except InputError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.loc.startswith("見積!")
            assert problem.text("ja") and problem.text("en")
    else:
        assert len(new.vendors) >= len(project.vendors)
        assert len(summary.added) + len(summary.updated) == sum(len(v.plans) for v in new.vendors) - 1 \
            or summary.updated
    shutil.rmtree(folder, ignore_errors=True)
