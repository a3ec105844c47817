"""Shared cell styles and helpers for the workbooks (openpyxl)."""

from __future__ import annotations

import copy
from io import BytesIO
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from vendorpick.formatting import (
    text_width,  # the width rule, written once (export and export_costs import it from here)
)

FONT_NAME = "Meiryo UI"
YEN = '"¥"#,##0;[Red]-"¥"#,##0'
YEN_PLAIN = "#,##0"
COUNT = "#,##0"
DECIMAL = "#,##0.00"
PERCENT = "0.0%"
SCORE = "0.0"
RATIO = "0.000"

BASE_FONT = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
TITLE = Font(name=FONT_NAME, size=14, bold=True, color="1F3864")
SUBTITLE = Font(name=FONT_NAME, size=11, bold=True, color="1F3864")
NOTE = Font(name=FONT_NAME, size=9, italic=True, color="595959")
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
PEAK_FILL = PatternFill("solid", fgColor="FCE4D6")
TOTAL_FILL = PatternFill("solid", fgColor="E2EFDA")
EXCLUDED_FONT = Font(name=FONT_NAME, size=10, color="C00000")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
MIDDLE = Alignment(horizontal="center")  # ranks and counts: apart from the text beside them

# Text that a spreadsheet would read as a formula (or a DDE payload) when it
# starts with one of these; such text is stored as an explicit string.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: Any, limit: int = 32000) -> str:
    """Text a workbook can hold: no XML-illegal control characters, not too long."""
    return ILLEGAL_CHARACTERS_RE.sub("", "" if text is None else str(text))[:limit]


def put_text(ws, row: int, col: int, text: Any, font: Font | None = None):
    """Write user text as text, never as a formula (CSV/formula injection)."""
    cell = ws.cell(row=row, column=col)
    value = clean_text(text)
    cell.value = value
    _style(cell, font or BASE_FONT, None)
    if value.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        cell.quotePrefix = True
    return cell


def put(ws, row: int, col: int, value: Any, fmt: str | None = None, font: Font | None = None):
    """Write a number or one of our own formulas with a number format."""
    cell = ws.cell(row=row, column=col, value=value)
    _style(cell, font or BASE_FONT, fmt)
    return cell


def _style(cell, font: Font, fmt: str | None) -> None:
    """Set font and number format, reusing the style array of an earlier cell
    with the same pair (openpyxl hashes every style object on assignment,
    which dominates the export time)."""
    if getattr(cell, "_style", None) is None:
        cell.font = font
    cache = cell.parent.parent.__dict__.setdefault("_vendorpick_styles", {})
    key = (tuple(cell._style), id(font), fmt)
    if key in cache:
        cell._style = copy.copy(cache[key])
        return
    cell.font = font
    if fmt:
        cell.number_format = fmt
    cache[key] = copy.copy(cell._style)


def restyle(cell, **attrs):
    """Set style attributes (border=BOX, fill=..., alignment=WRAP ...; module
    constants only, they are cached by identity) without openpyxl's hashing."""
    if getattr(cell, "_style", None) is None:
        cell.font = BASE_FONT  # gives the cell its own style array
    cache = cell.parent.parent.__dict__.setdefault("_vendorpick_restyle", {})
    key = (tuple(cell._style), tuple((k, id(v)) for k, v in sorted(attrs.items())))
    hit = cache.get(key)
    if hit is not None:
        cell._style = copy.copy(hit)
        return cell
    for name, value in attrs.items():
        setattr(cell, name, value)
    cache[key] = copy.copy(cell._style)
    return cell


def header_row(ws, row: int, col: int, labels: list[str], height: float | None = 30) -> None:
    for i, label in enumerate(labels):
        cell = put_text(ws, row, col + i, label, HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BOX
    if height:
        ws.row_dimensions[row].height = height


def fit_header_height(ws, row: int, minimum: float = 30) -> None:
    """Make a header row (wrapped, bold) tall enough for its longest label at
    the columns' widths; call it after the widths are set."""
    lines = 1
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.value:
            width = ws.column_dimensions[cell.column_letter].width or 8.43
            capacity = max(1.0, width - 2)
            # words do not break: a line holds whole words only, so count the words' widths greedily
            count, used = 1, 0.0
            for word in cell.value.replace("\n", " ").split(" "):
                w = text_width(word)
                if used and used + 1 + w > capacity:
                    count, used = count + 1, w
                else:
                    used += (1 if used else 0) + w
                count += int(max(0.0, used - 0.01) // capacity)
                used = used % capacity if used > capacity else used
            lines = max(lines, count)
    ws.row_dimensions[row].height = max(minimum, 13.5 * lines + 4)


def fit_columns(ws, minimum: float = 8, maximum: float = 60, fixed: dict[int, float] | None = None) -> None:
    """Set column widths from the longest text or number in each column."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or (isinstance(cell.value, str) and cell.value.startswith("=")
                                      and cell.data_type == "f"):
                value_width = 12.0 if cell.value is not None else 0.0
            elif isinstance(cell.value, int | float):
                value_width = 14.0
            else:
                value_width = max(text_width(line) for line in str(cell.value).split("\n")) + 2
            if cell.alignment is not None and cell.alignment.wrap_text and value_width > 40:
                value_width = 40
            widths[cell.column] = max(widths.get(cell.column, 0), value_width)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, width))
    for col, width in (fixed or {}).items():
        ws.column_dimensions[get_column_letter(col)].width = width


# Printing (issue 10, point 11).  A column of width w (characters of the
# default font's digits) is 7·w + 5 pixels at 96 dpi in Excel (Calibri); where
# Calibri is missing (LibreOffice on Linux falls back to DejaVu Sans) it is
# about 9·w + 1 (measured: 44 columns of width 5 fit an A4 page at 50 %).  A4 less 0.4-inch side margins leaves 10.89 × 96 ≈ 1,045 px
# landscape and 7.47 × 96 ≈ 717 px portrait.
PRINTABLE_PX = {"landscape": 1045.0, "portrait": 717.0}
PX_PER_CHAR = 8.0         # for choosing the pages wide of a fitted sheet: between the two
PX_PER_CHAR_WIDEST = 9.0  # for a fixed scale, which must never cut a column off
#: A sheet is split over several pages wide (its title columns repeated)
#: rather than shrunk below this scale.
MIN_PRINT_SCALE = 0.70  # 10-point text at 7 points or more (8 in Excel; 6.5 where Calibri is missing)
MAX_PAGES_WIDE = 6


def column_px(ws, first: int = 1, last: int | None = None, per_char: float = PX_PER_CHAR) -> float:
    """Printed width in pixels (at 100 %) of columns ``first``..``last`` (default: the used ones)."""
    last = ws.max_column if last is None else last
    total = 0.0
    for c in range(first, last + 1):
        dim = ws.column_dimensions.get(get_column_letter(c))
        width = dim.width if dim is not None and dim.width else 8.43
        total += per_char * width + 5.0
    return total


def pages_wide(total_px: float, title_px: float = 0.0, printable: float = PRINTABLE_PX["landscape"]) -> int:
    """The fewest pages wide at which the sheet prints at MIN_PRINT_SCALE or more,
    each page repeating the title columns (``title_px`` wide)."""
    for pages in range(1, MAX_PAGES_WIDE + 1):
        needed = total_px if pages == 1 else title_px + (total_px - title_px) / pages
        if printable / needed >= MIN_PRINT_SCALE:
            return pages
    return MAX_PAGES_WIDE


def _page_basics(ws, title_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title_rows:
        ws.print_title_rows = title_rows


def landscape(ws, title_rows: str | None = None, title_cols: str | None = None) -> None:
    """Landscape A4, fitted to the page width (any number of pages tall),
    with ``title_rows`` (``"4:5"``) repeated on every page.  Call it after
    the column widths are set: a sheet too wide to print at 70 % on one page
    is fitted to 2, 3 … pages wide instead, ``title_cols`` (``"A:C"``, the
    columns that name a row) repeated on each, pages read across then down."""
    _page_basics(ws, title_rows)
    title_px = 0.0
    if title_cols:
        first, last = (openpyxl_column(x) for x in title_cols.split(":"))
        title_px = column_px(ws, first, last)
    pages = pages_wide(column_px(ws), title_px)
    ws.page_setup.fitToWidth = pages
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if pages > 1:
        ws.page_setup.pageOrder = "overThenDown"
        if title_cols:
            ws.print_title_cols = title_cols


def scaled_to_width(ws, title_rows: str | None = None, breaks_before: tuple[int, ...] = ()) -> None:
    """Landscape A4 at a fixed scale that fits the used columns on the page
    width, with a manual page break before each row of ``breaks_before``
    (Excel ignores manual breaks under "fit to", so the scale is set
    instead): a heading printed with the table under it."""
    from openpyxl.worksheet.pagebreak import Break, RowBreak

    _page_basics(ws, title_rows)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    # the widest columns any spreadsheet gives them, and 3 % to spare for printers
    widest = column_px(ws, per_char=PX_PER_CHAR_WIDEST)
    ws.page_setup.scale = max(10, min(100, int(97 * PRINTABLE_PX["landscape"] / widest)))
    ws.row_breaks = RowBreak()
    for row in breaks_before:
        if row > 1:
            ws.row_breaks.append(Break(id=row - 1))


def openpyxl_column(letters: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letters.strip("$"))


def workbook_bytes(wb) -> bytes:
    buffer = BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
