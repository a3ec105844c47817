"""A generator of hostile quote files (issue 11, finding 5).

Each function writes a filled quote template whose imported numbers would
differ from what a person sees in Excel, or that carries macros or is far
larger than the template, starting from a fresh ``vendorpick template``:

* :func:`hidden_template_sheet` — a hidden (or very hidden) copy of the
  quote sheet says rate 1 and fee 0 while the visible sheet says 900 and
  250,000;
* :func:`hidden_row` — a hidden row with the key ``rate`` before the visible
  one; :func:`hidden_answer` — an answer in a hidden row or column;
* :func:`invisible_answer` — an answer formatted ``;;;`` or in a row 0 high;
* :func:`formula_answer` — ``=1000`` saved with the cached value 1;
* :func:`merged_answer` — D11:E11 merged, showing 50,000 for both plans;
* :func:`renamed_vba` — a VBA project stored under an innocent name;
  :func:`macro_content_type` — the workbook declared macro-enabled;
* :func:`huge_sheet` — a million rows; :func:`many_parts` — 600 parts;
* :func:`broken_sheet` — a damaged sheet that makes openpyxl raise.

Every function returns ``(path, expected)``: the message code and the place
the importer must name.
"""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import openpyxl

from tests.core.excel_helpers import fill, quote_sheet, rows_by_key, small_project
from vendorpick.excel.quotes import write_template

GOOD_PLAN = {
    "name": "スタンダード", "tax_included": "いいえ", "monthly_fee": 250000, "rate": 900,
    "cover_weekday_day": "はい", "cover_weekday_night": "はい", "cover_holiday_day": "はい",
    "cover_holiday_night": "はい",
}
SHEET = "見積"


def good_file(folder: Path, name: str = "quotes.xlsx", plans: int = 1) -> tuple[Path, dict[str, int]]:
    """A correctly filled template (one or two plans) and its rows by key."""
    path = folder / name
    write_template(path, "ja", small_project())
    second = {**GOOD_PLAN, "name": "プラン2"}
    rows = fill(path, {"vendor_name": "外部社"}, [GOOD_PLAN, second][:plans], {"security": 4, "rms": "はい"})
    return path, rows


def _rewrite(path: Path, change) -> None:
    """Apply ``change(name, bytes) -> bytes | None`` to every part (None drops it)."""
    with zipfile.ZipFile(path) as zf:
        parts = [(i, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            new = change(info.filename, data)
            if new is not None:
                zf.writestr(info.filename, new)
        extra = change(None, None)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)


def _sheet_part(path: Path, title: str = SHEET) -> str:
    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(title) + 1
    return f"xl/worksheets/sheet{index}.xml"


def hidden_template_sheet(folder: Path, state: str = "hidden") -> tuple[Path, tuple[str, str]]:
    path, rows = good_file(folder, f"hidden-sheet-{state}.xlsx")
    wb = openpyxl.load_workbook(path)
    visible = quote_sheet(wb)
    copy = wb.copy_worksheet(visible)
    copy.title = "見積 (2)"
    copy.cell(row=rows["rate"], column=4).value = 1
    copy.cell(row=rows["monthly_fee"], column=4).value = 0
    copy.sheet_state = state
    wb.move_sheet(copy, offset=-(len(wb.sheetnames) - 1))  # before the visible sheet
    wb.save(path)
    return path, ("見積 (2)", "xl_template_hidden")


def hidden_row(folder: Path) -> tuple[Path, tuple[str, str]]:
    path, rows = good_file(folder, "hidden-row.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    at = rows["monthly_fee"]  # before the visible rate row
    ws.insert_rows(at)
    ws.cell(row=at, column=1).value = "rate"
    ws.cell(row=at, column=4).value = 1
    ws.row_dimensions[at].hidden = True
    wb.save(path)
    return path, (f"{SHEET}!A{rows['rate'] + 1}", "xl_duplicate_row")


def hidden_answer(folder: Path, where: str = "row") -> tuple[Path, tuple[str, str]]:
    path, rows = good_file(folder, f"hidden-{where}.xlsx", plans=2)
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    if where == "row":
        ws.row_dimensions[rows["setup_fee"]].hidden = True
        ws.cell(row=rows["setup_fee"], column=4).value = 99999
        cell = f"D{rows['setup_fee']}"
    else:
        ws.column_dimensions["E"].hidden = True
        cell = f"E{rows['rate']}"
    wb.save(path)
    return path, (f"{SHEET}!{cell}", "xl_hidden_cell")


def invisible_answer(folder: Path, how: str = "format") -> tuple[Path, tuple[str, str]]:
    """An answer a person cannot see: the number format ``;;;`` or a row 0 high."""
    path, rows = good_file(folder, f"invisible-{how}.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    row = rows["setup_fee"]
    ws.cell(row=row, column=4).value = 88888
    if how == "format":
        ws.cell(row=row, column=4).number_format = ";;;"
    wb.save(path)
    if how != "format":  # openpyxl drops a height of 0 when writing: write it into the XML
        part = _sheet_part(path)

        def zero(name, data):
            if name != part:
                return data if name else None
            xml, n = re.subn(rf'<row r="{row}"( [^>]*)?>', f'<row r="{row}" ht="0" customHeight="1">', data.decode())
            assert n == 1
            return xml.encode()

        _rewrite(path, zero)
    return path, (f"{SHEET}!D{row}", "xl_hidden_cell")


def formula_answer(folder: Path) -> tuple[Path, tuple[str, str]]:
    """``=1000`` with the saved value 1: Excel and LibreOffice show 1000."""
    path, rows = good_file(folder, "formula.xlsx")
    wb = openpyxl.load_workbook(path)
    quote_sheet(wb).cell(row=rows["rate"], column=4).value = "=1000"
    wb.save(path)
    part, ref = _sheet_part(path), f"D{rows['rate']}"

    def cached(name, data):
        if name != part:
            return data if name else None
        xml = data.decode()
        xml, n = re.subn(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?', r"\1<v>1</v>", xml)
        assert n == 1
        return xml.encode()

    _rewrite(path, cached)
    return path, (f"{SHEET}!{ref}", "xl_formula")


def huge_number_cell(folder: Path) -> tuple[Path, tuple[str, str]]:
    """A rate of 400 digits, written into the sheet's XML as a number."""
    path, rows = good_file(folder, "huge-number.xlsx")
    part, ref = _sheet_part(path), f"D{rows['rate']}"

    def change(name, data):
        if name != part:
            return data if name else None
        xml, n = re.subn(rf'<c r="{ref}"([^>]*)>.*?</c>', rf'<c r="{ref}" t="n"><v>{"9" * 400}</v></c>', data.decode())
        assert n == 1
        return xml.encode()

    _rewrite(path, change)
    return path, (f"{SHEET}!{ref}", "xl_number")


def merged_answer(folder: Path) -> tuple[Path, tuple[str, str]]:
    path, rows = good_file(folder, "merged.xlsx", plans=2)
    wb = openpyxl.load_workbook(path)
    ws = quote_sheet(wb)
    row = rows["monthly_fee"]
    ws.cell(row=row, column=4).value = 50000
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    wb.save(path)
    return path, (f"{SHEET}!E{row}", "xl_merged")


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def renamed_vba(folder: Path) -> tuple[Path, tuple[str, str]]:
    """A VBA project (a compound file) stored as ``xl/media/image1.png``."""
    path, _ = good_file(folder, "renamed-vba.xlsx")
    _rewrite(path, lambda name, data: data if name else {"xl/media/image1.png": OLE})
    return path, (path.name, "xl_macro")


def macro_content_type(folder: Path) -> tuple[Path, tuple[str, str]]:
    """The workbook part declared macro-enabled, saved under .xlsx."""
    path, _ = good_file(folder, "macro-type.xlsx")

    def change(name, data):
        if name == "[Content_Types].xml":
            return data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        return data if name else None

    _rewrite(path, change)
    return path, (path.name, "xl_macro")


def huge_sheet(folder: Path, rows: int = 1_000_000) -> tuple[Path, tuple[str, str]]:
    """The quote sheet with ``rows`` more rows (a few MB on disk)."""
    path, _ = good_file(folder, "huge.xlsx")
    part = _sheet_part(path)
    filler = "".join(f'<row r="{r}"><c r="B{r}" t="n"><v>1</v></c></row>' for r in range(1000, 1000 + rows))

    def change(name, data):
        if name == part:
            return data.replace(b"</sheetData>", filler.encode() + b"</sheetData>")
        return data if name else None

    _rewrite(path, change)
    return path, (path.name, "xl_too_big" if rows * 45 > 20 * 2**20 else "xl_part_too_big")


def many_parts(folder: Path, parts: int = 600) -> tuple[Path, tuple[str, str]]:
    """A quote padded with hundreds of small parts (once reported as "613 parts bytes unpacked")."""
    path, _ = good_file(folder, "many-parts.xlsx")
    _rewrite(path, lambda name, data: data if name else {f"docProps/pad{i}.xml": b"<a/>" for i in range(parts)})
    return path, (path.name, "xl_too_many_parts")


def broken_sheet(folder: Path) -> tuple[Path, tuple[str, str]]:
    """A sheet whose XML is cut in the middle: openpyxl raises in English."""
    path, _ = good_file(folder, "broken.xlsx")
    part = _sheet_part(path)
    _rewrite(path, lambda name, data: (data[: len(data) // 2] if name == part else data) if name else None)
    return path, (path.name, "xl_not_xlsx")


CASES = {
    "hidden sheet": hidden_template_sheet,
    "very hidden sheet": lambda folder: hidden_template_sheet(folder, "veryHidden"),
    "hidden row before the visible one": hidden_row,
    "answer in a hidden row": hidden_answer,
    "answer in a hidden column": lambda folder: hidden_answer(folder, "column"),
    "answer shown as nothing (;;;)": invisible_answer,
    "answer in a row 0 high": lambda folder: invisible_answer(folder, "height"),
    "formula with a false saved value": formula_answer,
    "merged cells": merged_answer,
    "a 400-digit number": huge_number_cell,
    "renamed vbaProject": renamed_vba,
    "macro content type": macro_content_type,
    "a million rows": huge_sheet,
    "a hundred thousand rows": lambda folder: huge_sheet(folder, 100_000),
    "damaged sheet": broken_sheet,
    "hundreds of parts": many_parts,
}


def rows_of(path: Path) -> dict[str, int]:
    return rows_by_key(quote_sheet(openpyxl.load_workbook(path)))


# ------------------------------------------------------------ random mutations

_CELL_VALUES = ["<v>1e400</v>", "<v>NaN</v>", "<v>-1</v>", "<v>1e28</v>", "<v>" + "9" * 400 + "</v>",
                "<f>1000</f><v>1</v>", '<is><t>\u202e900</t></is>', "<v></v>", "<v>1</v>"]


def mutated_quote(folder: Path, seed: int, good: Path) -> Path:
    """A copy of ``good`` with random damage to its sheet's XML (values,
    formulas, hidden and merged attributes, cut text) or to its bytes."""
    rng = random.Random(seed)
    path = folder / f"mutated-{seed}.xlsx"
    part = "xl/worksheets/sheet2.xml"

    def change(name, data):
        if name != part:
            return data if name else None
        xml = data.decode()
        for _ in range(rng.randrange(1, 4)):
            op = rng.randrange(6)
            cells = list(re.finditer(r'<c r="([D-H]\d+)"([^>]*)>(.*?)</c>', xml))
            if op == 0 and cells:
                m = rng.choice(cells)
                xml = xml[:m.start(3)] + rng.choice(_CELL_VALUES) + xml[m.end(3):]
            elif op == 1:
                xml = re.sub(r'<row r="(\d+)"', lambda m: m.group() + (' hidden="1"' if rng.random() < 0.1 else ""), xml)
            elif op == 2 and cells:
                ref = rng.choice(cells).group(1)
                col, row = ref[0], ref[1:]
                merge = f'<mergeCells count="1"><mergeCell ref="{ref}:{chr(ord(col) + 1)}{row}"/></mergeCells>'
                xml = xml.replace("</sheetData>", "</sheetData>" + merge, 1)
            elif op == 3:
                xml = xml[: rng.randrange(len(xml))]
            elif op == 4:
                xml = xml.replace('<dimension ref="', '<dimension ref="A1:XFD1048576" x="', 1)
            else:
                xml = xml.replace("vendorpick-quotes/1", rng.choice(["vendorpick-quotes/2", ""]), 1)
        return xml.encode("utf-8", "surrogatepass")

    path.write_bytes(good.read_bytes())
    _rewrite(path, change)
    if rng.random() < 0.2:
        raw = bytearray(path.read_bytes())
        for _ in range(rng.randrange(1, 5)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(raw))
    return path
