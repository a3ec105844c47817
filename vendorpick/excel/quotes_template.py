"""The quote template a shop sends to each vendor (issue 5).

One sheet of instructions in Japanese and English, and one input sheet: the
vendor's name and notes, one column per plan with every plan field of SPEC
section 1, and the vendor's answers to the project's criteria.  Input cells
are unlocked and validated (lists for yes/no, numeric ranges); the rest of
the sheet is protected (no password) so that rows are not moved by mistake.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from vendorpick.excel.quote_layout import (
    CONTACT,
    MARKER,
    MINUTE,
    NO,
    PLAN_COLUMNS,
    PLAN_FIELDS,
    SCORE_PREFIX,
    VENDOR_COLUMN,
    VENDOR_FIELDS,
    YES,
    QuoteField,
    channel_fields,
    template_channels,
)
from vendorpick.excel.styles import (
    BOLD,
    BOX,
    INPUT_FILL,
    NOTE,
    SECTION_FILL,
    SUBTITLE,
    TITLE,
    WRAP,
    header_row,
    landscape,
    put_text,
    workbook_bytes,
)
from vendorpick.i18n import N_, NP_, _
from vendorpick.project.io import write_atomic
from vendorpick.project.model import Criterion, Project

#: the instructions sheet: in the template's language, then in the other one below
INSTRUCTIONS = [
    N_("Quote template (customer-support outsourcing)"),
    "",
    N_("1. Fill in the yellow cells of the quote sheet. One column per plan (up to 5 plans)."),
    N_("2. All amounts are in yen, per month. Please state whether the prices include consumption tax."),
    N_("3. Fixed monthly plans: the monthly fee, the contacts it includes, and the price per extra contact."),
    N_("4. Per-contact plans: leave the monthly fee blank and give the price per contact; for graduated prices fill tiers 1–4 and leave the last tier's limit blank."),
    N_("5. Nights, weekends and holidays: answer 'yes' for the bands you cover, and give any premium in percent (+25% for a price 25% higher; a factor as 1.25倍, never a bare 1.25), extra per contact or monthly option fee."),
    N_("6. Prices by the minute of handling: answer 'minute' for the unit (and whether each contact is rounded up to a whole minute). Prices that differ by channel (phone, mail, chat, R-Messe): give them in the rows of prices by channel; answer 'no' for a channel the plan does not handle."),
    N_("7. A dedicated team (専任): the number of seats and the price per seat a month and/or per seat an open hour. A staged roll-out: from which month (YYYY-MM) which bands are covered."),
    N_("8. Please also answer the evaluation items (ratings within the stated scale)."),
    N_("9. Type values directly, without macros or formulas, and do not insert or delete rows or columns."),
    "",
    N_("Blank cells mean 0 (no premium, billed by the contact, night 22:00–5:00)."),
]


def write_template(path: str | os.PathLike[str], lang: str = "ja", project: Project | None = None) -> None:
    """Write the quote template to ``path`` atomically.

    The criteria asked are the project's (those that are not cost), or, without
    a project, the criteria of the bundled demo project, a general set.
    """
    write_atomic(path, workbook_bytes(build_template(lang, project)))


def build_template(lang: str = "ja", project: Project | None = None) -> Workbook:
    wb = Workbook()
    _instructions(wb.active, lang)
    ws = wb.create_sheet(_(lang, "Quote"))
    criteria = _criteria(project)
    _quote_sheet(ws, lang, criteria, channel_fields(template_channels(project)))
    wb.active = 1
    return wb


def _criteria(project: Project | None) -> list[Criterion]:
    if project is None:
        from vendorpick.project.demo import demo_project

        project = demo_project()
    return [c for c in project.criteria if c.kind != "cost"]


def _instructions(ws, lang: str) -> None:
    ws.title = _(lang, "Instructions")
    other = "en" if lang == "ja" else "ja"
    row = 1
    for msgid in INSTRUCTIONS:
        put_text(ws, row, 1, _(lang, msgid) if msgid else "", TITLE if row == 1 else None)
        put_text(ws, row + len(INSTRUCTIONS) + 1, 1, _(other, msgid) if msgid else "", SUBTITLE if row == 1 else None)
        row += 1
    # wrapped in one wide column: overflowing text is cut off when printed
    for (cell,) in ws.iter_rows(min_col=1, max_col=1):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 120
    ws.print_area = f"A1:A{ws.max_row}"
    landscape(ws)


def _quote_sheet(ws, lang: str, criteria: list[Criterion], by_channel: list[QuoteField]) -> None:
    ws.cell(row=1, column=1, value=MARKER)
    put_text(ws, 1, 2, _(lang, "Quote for customer-support outsourcing"), TITLE)
    put_text(ws, 2, 2, _(lang, "Fill in the yellow cells. Blank = 0 unless stated."), NOTE)
    validations = _Validations(ws, lang)
    row = _section(ws, 4, _(lang, NP_("excel.quotes_template", "Vendor")), [_(lang, "Answer")])
    for field in VENDOR_FIELDS:
        _field_row(ws, row, field, lang, [VENDOR_COLUMN], validations)
        row += 1
    plan_heads = [_(lang, "Plan {number}").format(number=i + 1) for i in range(len(PLAN_COLUMNS))]
    row = _section(ws, row + 1, _(lang, "Plans (one column per plan)"), plan_heads)
    plan_header = row - 1
    for field in PLAN_FIELDS:
        _field_row(ws, row, field, lang, PLAN_COLUMNS, validations)
        row += 1
        if field.key == "rounding":  # prices by channel and the channels handled follow the unit
            for extra in by_channel:
                _field_row(ws, row, extra, lang, PLAN_COLUMNS, validations)
                row += 1
    if criteria:
        row = _section(ws, row + 1, _(lang, "Evaluation items"), [_(lang, "Answer")])
        for crit in criteria:
            _criterion_row(ws, row, crit, lang, validations)
            row += 1
    _finish(ws, plan_header)


def _section(ws, row: int, title: str, heads: list[str]) -> int:
    header_row(ws, row, 2, [title, ""] + heads, height=22)
    return row + 1


def _field_row(ws, row: int, field: QuoteField, lang: str, columns, validations) -> None:
    ws.cell(row=row, column=1, value=field.key)
    put_text(ws, row, 2, field.label(lang) + (" *" if field.required else ""), BOLD if field.required else None)
    put_text(ws, row, 3, field.hint(lang), NOTE).alignment = WRAP
    for col in columns:
        _input_cell(ws, row, col)
        if field.kind in ("premium", "month", "bands"):  # kept as typed: Excel makes 2027-07 a date, 25% 0.25
            ws.cell(row=row, column=col).number_format = "@"
    validations.add(field.kind, row, columns)


def _criterion_row(ws, row: int, crit: Criterion, lang: str, validations) -> None:
    ws.cell(row=row, column=1, value=SCORE_PREFIX + crit.id)
    put_text(ws, row, 2, crit.label, BOLD)
    if crit.kind == "rating":
        hint = _(lang, "rating {scale_min:g} (poor) to {scale_max:g} (excellent)").format(
                scale_min=crit.scale_min, scale_max=crit.scale_max)
        validations.rating(row, crit.scale_min, crit.scale_max)
    elif crit.kind == "number":
        hint = _(lang, "a number ≥ 0")
        validations.add("count", row, [VENDOR_COLUMN])
    else:
        hint = _(lang, NP_("excel.quotes_template", "yes / no"))
        validations.add("yes_no", row, [VENDOR_COLUMN])
    put_text(ws, row, 3, hint, NOTE).alignment = WRAP
    _input_cell(ws, row, VENDOR_COLUMN)


def _input_cell(ws, row: int, col: int) -> None:
    cell = ws.cell(row=row, column=col)
    cell.fill = INPUT_FILL
    cell.border = BOX
    cell.protection = Protection(locked=False)


def _finish(ws, plan_header: int) -> None:
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 38
    for col in PLAN_COLUMNS:
        ws.column_dimensions[get_column_letter(col)].width = 18
    ws.freeze_panes = ws.cell(row=plan_header + 1, column=PLAN_COLUMNS[0])
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    landscape(ws)
    ws.cell(row=plan_header, column=2).comment = Comment(
        "vendorpick: one column per plan / 1 列に 1 プラン", "vendorpick")
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=3):
        for cell in row:
            if cell.fill != SECTION_FILL and not cell.border.left.style:
                cell.border = BOX


class _Validations:
    """Data validations, one per kind, added to the sheet on first use."""

    def __init__(self, ws, lang: str):
        self.ws, self.lang = ws, lang
        self._by_kind: dict[str, DataValidation | None] = {}

    def _make(self, kind: str) -> DataValidation | None:
        lang = self.lang
        if kind == "yes_no":
            yes, no = _(lang, YES), _(lang, NO)
            dv = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
            dv.error = _(lang, "Choose yes or no.")
        elif kind == "unit":
            dv = DataValidation(type="list", formula1=f'"{_(lang, CONTACT)},{_(lang, MINUTE)}"', allow_blank=True)
            dv.error = _(lang, "Choose contact or minute.")
        elif kind == "whole":
            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            dv.error = _(lang, "Enter a whole number ≥ 0.")
        elif kind in ("yen", "count", "mult"):
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            dv.error = _(lang, "Enter a number ≥ 0.")
        elif kind in ("hour", "months"):
            top = "23" if kind == "hour" else "600"
            dv = DataValidation(type="whole", operator="between", formula1="0", formula2=top, allow_blank=True)
            dv.error = _(lang, "Enter a whole number from 0 to {top}.").format(top=top)
        else:
            return None
        dv.errorTitle = "vendorpick"
        dv.showErrorMessage = True
        self.ws.add_data_validation(dv)
        return dv

    def add(self, kind: str, row: int, columns) -> None:
        if kind not in self._by_kind:
            self._by_kind[kind] = self._make(kind)
        dv = self._by_kind[kind]
        if dv is not None:
            for col in columns:
                dv.add(self.ws.cell(row=row, column=col))

    def rating(self, row: int, low: float, high: float) -> None:
        dv = DataValidation(type="decimal", operator="between", formula1=f"{low:g}", formula2=f"{high:g}",
                            allow_blank=True)
        dv.error = _(self.lang, "Enter a rating from {low:g} to {high:g}.").format(low=low, high=high)
        dv.showErrorMessage = True
        self.ws.add_data_validation(dv)
        dv.add(self.ws.cell(row=row, column=VENDOR_COLUMN))
