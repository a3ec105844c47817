"""One filled quote template read into :class:`VendorQuote` objects.

Each value keeps the address of its cell so that any problem found later,
by the cell readers or by the project's own validation, is reported at the
cell (``見積!D12``, or ``[a.xlsx]見積!D12`` when several files are read).

A quote file comes from outside the company, so it is read as a person sees
it in Excel, or refused naming the cell (SPEC section 5): only the visible
sheet carrying the marker counts (a hidden one is refused, two are
ambiguous); an answer in a hidden row or column, in merged cells, or given
by a formula (whose saved value Excel would recompute) is refused; a
template row that appears twice is refused naming both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

from vendorpick.errors import Problem
from vendorpick.excel.quote_cells import READERS, BadCell, is_blank, read_number, read_premium, read_yes_no
from vendorpick.excel.quote_layout import (
    HANDLES_PREFIX,
    LEGACY_PLAN_FIELDS,
    MARKER,
    PHASE_COUNT,
    PLAN_COLUMNS,
    PLAN_FIELDS,
    RATE_PREFIX,
    SCORE_PREFIX,
    SURCHARGE_BANDS,
    TIER_COUNT,
    VENDOR_COLUMN,
    VENDOR_FIELDS,
)
from vendorpick.excel.safe_read import open_workbook
from vendorpick.project.checks import score_problem
from vendorpick.project.model import BANDS, Project

MAX_ROWS = 1000


@dataclass
class PlanQuote:
    data: dict[str, Any]
    cells: dict[str, str]  # ".rate" -> "見積!D12"; "" -> the plan name cell


@dataclass
class VendorQuote:
    name: str | None
    name_cell: str
    notes: str | None = None
    scores: dict[str, tuple[Any, str]] = field(default_factory=dict)
    plans: list[PlanQuote] = field(default_factory=list)


@dataclass
class SheetResult:
    vendor: VendorQuote | None
    problems: list[Problem] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)


class _Reader:
    """Cells of the input sheet by row key, read as a person sees them."""

    def __init__(self, ws, prefix: str):
        self.wf, self.prefix = ws, prefix
        self.problems: list[Problem] = []
        self.rows: dict[str, int] = {}
        if ws.max_row > MAX_ROWS:
            self.problems.append(Problem(f"{prefix}{ws.title}", "xl_too_many_rows",
                                         {"rows": f"{ws.max_row:,}", "limit": f"{MAX_ROWS:,}"}))
            return
        for row in range(2, ws.max_row + 1):
            key = ws.cell(row=row, column=1).value
            if not isinstance(key, str) or not key:
                continue
            if key in self.rows:
                self.problems.append(Problem(self.address(row, 1), "xl_duplicate_row",
                                             {"key": key, "other": self.address(self.rows[key], 1)}))
            else:
                self.rows[key] = row
        self.hidden_rows, self.all_rows_hidden = _hidden_rows(ws)
        self.hidden_cols = {c for dim in ws.column_dimensions.values()
                            if dim.hidden or (dim.customWidth and dim.width == 0)
                            for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1)}
        self.merged = list(ws.merged_cells.ranges)
        self.shown_rows = {r for r, dim in ws.row_dimensions.items() if dim.ht and not dim.hidden}

    def address(self, row: int, col: int) -> str:
        return f"{self.prefix}{self.wf.title}!{get_column_letter(col)}{row}"

    def raw(self, row: int, col: int) -> Any:
        cell = self.wf.cell(row=row, column=col)
        if isinstance(cell, MergedCell) or any(cell.coordinate in rng for rng in self.merged):
            rng = next((r for r in self.merged if cell.coordinate in r), None)
            raise BadCell("xl_merged", range=str(rng) if rng else cell.coordinate)
        if cell.data_type == "f":
            raise BadCell("xl_formula")
        value = cell.value
        hidden = row in self.hidden_rows or col in self.hidden_cols or (
            self.all_rows_hidden and row not in self.shown_rows)
        if hidden and not is_blank(value):
            raise BadCell("xl_hidden_cell")
        if not is_blank(value) and set(str(cell.number_format or "")) <= {";"} and cell.number_format:
            raise BadCell("xl_hidden_cell")  # the format ";;;" shows nothing
        if cell.data_type == "e" or (isinstance(value, str) and value in _ERRORS):
            raise BadCell("xl_error_value", value=value)
        return value

    def read(self, key: str, kind: str, col: int) -> Any:
        """The parsed value of a row's cell, None when blank, bad (bad is recorded) or
        absent (an optional row of a template sent out before it existed)."""
        if key not in self.rows:
            return None
        row = self.rows[key]
        try:
            if kind == "premium":  # 25 % typed in Excel is 0.25 in a cell formatted as a percentage
                fmt = str(self.wf.cell(row=row, column=col).number_format or "")
                return read_premium(self.raw(row, col), "%" in fmt)
            return READERS[kind](self.raw(row, col))
        except BadCell as bad:
            self.problems.append(Problem(self.address(row, col), bad.code, bad.ctx))
            return None

    def blank(self, key: str, col: int) -> bool:
        if key not in self.rows:
            return True
        try:
            return is_blank(self.raw(self.rows[key], col))
        except BadCell:
            return False

    def at(self, key: str, col: int) -> str:
        return self.address(self.rows[key], col)


def _hidden_rows(ws) -> tuple[set[int], bool]:
    """Rows a person cannot see (hidden, or 0 high), and whether rows without
    a height of their own are hidden (``zeroHeight`` on the sheet)."""
    hidden = {r for r, dim in ws.row_dimensions.items() if dim.hidden or (dim.customHeight and dim.ht == 0)}
    return hidden, bool(getattr(ws.sheet_format, "zeroHeight", False))


_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


def read_quote_file(path: str | os.PathLike[str], project: Project, prefix: str = "") -> SheetResult:
    """Read one filled template (raises InputError when the file cannot be opened)."""
    wb = open_workbook(path)
    marked = [ws for ws in wb.worksheets if ws.cell(row=1, column=1).value == MARKER]
    visible = [ws for ws in marked if ws.sheet_state == "visible"]
    hidden = [ws for ws in marked if ws.sheet_state != "visible"]
    if hidden:  # a hidden copy could say something else than the visible sheet: refuse the ambiguity
        return SheetResult(None, [Problem(f"{prefix}{ws.title}", "xl_template_hidden", {"sheet": ws.title})
                                  for ws in hidden])
    if len(visible) > 1:
        return SheetResult(None, [Problem(f"{prefix}{visible[1].title}", "xl_template_twice",
                                          {"first": visible[0].title, "second": visible[1].title})])
    if visible:
        return _read_sheet(_Reader(visible[0], prefix), project)
    return SheetResult(None, [Problem(Path(path).name, "xl_not_template", {"marker": MARKER})])


def _read_sheet(reader: _Reader, project: Project) -> SheetResult:
    if reader.problems:  # too many rows, a template row twice: nothing else is read
        return SheetResult(None, reader.problems)
    missing = [f.key for f in VENDOR_FIELDS + PLAN_FIELDS if not f.optional and f.key not in reader.rows]
    if missing:
        where = reader.address(1, 1)
        return SheetResult(None, [Problem(where, "xl_missing_row", {"key": k}) for k in missing])
    name = reader.read("vendor_name", "text", VENDOR_COLUMN)
    vendor = VendorQuote(name, reader.at("vendor_name", VENDOR_COLUMN),
                         reader.read("vendor_notes", "text", VENDOR_COLUMN))
    ignored = _read_scores(reader, project, vendor)
    known = {c.id for c in project.forecast.channels or []}
    for col in PLAN_COLUMNS:
        plan = _read_plan(reader, col, known, ignored)
        if plan is not None:
            vendor.plans.append(plan)
    # an untouched template must not import as "0 plans added": the name is required, and a quote
    # without any plan is refused (at the first plan's name cell) rather than adding an empty vendor
    if name is None and reader.blank("vendor_name", VENDOR_COLUMN):
        reader.problems.append(Problem(vendor.name_cell, "xl_vendor_name"))
    if not vendor.plans:
        reader.problems.append(Problem(reader.at("name", PLAN_COLUMNS[0]), "xl_no_plan"))
    return SheetResult(vendor if vendor.name else None, reader.problems, ignored)


def _read_scores(reader: _Reader, project: Project, vendor: VendorQuote) -> list[Problem]:
    criteria = {c.id: c for c in project.criteria if c.kind != "cost"}
    ignored = []
    for key in reader.rows:
        if not key.startswith(SCORE_PREFIX):
            continue
        cid = key[len(SCORE_PREFIX):]
        crit = criteria.get(cid)
        if crit is None:
            if not reader.blank(key, VENDOR_COLUMN):
                ignored.append(Problem(reader.at(key, VENDOR_COLUMN), "xl_unknown_criterion", {"name": cid}))
            continue
        value = reader.read(key, "yes_no" if crit.kind == "yes_no" else "count", VENDOR_COLUMN)
        if value is None:
            continue
        # checked here too: the project's own check runs only once every plan value is valid
        problem = score_problem(crit, value)
        if problem:
            reader.problems.append(Problem(reader.at(key, VENDOR_COLUMN), problem[0], problem[1]))
        else:
            vendor.scores[cid] = (value, reader.at(key, VENDOR_COLUMN))
    return ignored


def _channel_keys(reader: _Reader) -> list[str]:
    return [k for k in reader.rows if k.startswith((RATE_PREFIX, HANDLES_PREFIX))]


def _read_plan(reader: _Reader, col: int, known: set[str], ignored: list[Problem]) -> PlanQuote | None:
    fields = PLAN_FIELDS + LEGACY_PLAN_FIELDS
    channel_keys = _channel_keys(reader)
    if all(reader.blank(f.key, col) for f in fields) and all(reader.blank(k, col) for k in channel_keys):
        return None
    values = {f.key: reader.read(f.key, f.kind, col) for f in fields}
    for k in channel_keys:
        values[k] = reader.read(k, "yen" if k.startswith(RATE_PREFIX) else "yes_no", col)
    name_cell = reader.at("name", col)
    if values["name"] is None and reader.blank("name", col):
        reader.problems.append(Problem(name_cell, "xl_plan_name"))
    for f in PLAN_FIELDS:
        if f.required and f.key != "name" and reader.blank(f.key, col):
            reader.problems.append(Problem(reader.at(f.key, col), "xl_required"))
    data: dict[str, Any] = {"name": values["name"] or "?"}
    cells = {"": name_cell, ".name": name_cell}
    for key in ("monthly_fee", "included_contacts", "rate", "minimum_monthly_charge", "setup_fee", "min_term_months"):
        # the template's row keeps its version-1 key (templates already sent out); the plan's key is `included`
        name = "included" if key == "included_contacts" else key
        data[name] = values[key] if values[key] is not None else 0
        cells["." + name] = reader.at(key, col)
    data["tax_included"] = bool(values["tax_included"])
    data["notes"] = values["notes"] or ""
    cells[".tax_included"], cells[".notes"] = reader.at("tax_included", col), reader.at("notes", col)
    _night(reader, col, values, data, cells)
    _coverage(reader, col, values, data, cells)
    _surcharges(reader, col, values, data, cells)
    _tiers(reader, col, values, data, cells)
    _billing(reader, col, values, data, cells, known, ignored)
    _seats(reader, col, values, data, cells)
    _phases(reader, col, values, data, cells)
    return PlanQuote(data, cells)


def _billing(reader, col, values, data, cells, known: set[str], ignored: list[Problem]) -> None:
    """Unit, rounding, rates by channel and the channels handled (SPEC 7).  A channel
    the project does not declare is ignored with a warning, as an unknown criterion."""
    if values["unit"] is not None:
        data["unit"] = values["unit"]
        cells[".unit"] = reader.at("unit", col)
    if values["rounding"]:
        data["rounding"] = "per_contact"
        cells[".rounding"] = reader.at("rounding", col)
    rates: dict[str, Any] = {}
    handles: dict[str, Any] = {}
    for key, value in values.items():
        for prefix, into in ((RATE_PREFIX, rates), (HANDLES_PREFIX, handles)):
            if key.startswith(prefix) and value is not None:
                cid = key[len(prefix):]
                if cid in known:
                    into[cid] = value
                    cells[f".{'rates' if into is rates else 'channels'}.{cid}"] = reader.at(key, col)
                elif into is rates or value is True:  # "does not handle" an undeclared channel says nothing
                    ignored.append(Problem(reader.at(key, col), "xl_unknown_channel", {"channel": cid}))
    if rates:
        data["rates"] = rates
        cells[".rates"] = cells[f".rates.{next(iter(rates))}"]
    if any(v is False for v in handles.values()):
        data["channels"] = [cid for cid in sorted(known) if handles.get(cid, True)]
        cells[".channels"] = cells[f".channels.{next(iter(handles))}"]


def _seats(reader, col, values, data, cells) -> None:
    keys = {"count": "seats_count", "per_seat_month": "seats_per_month", "per_seat_hour": "seats_per_hour"}
    if all(values[k] is None for k in keys.values()):
        return
    data["seats"] = {part: values[k] or 0 for part, k in keys.items()}
    cells[".seats"] = reader.at("seats_count", col)
    for part, k in keys.items():
        cells[f".seats.{part}"] = reader.at(k, col)


def _phases(reader, col, values, data, cells) -> None:
    phases: list[dict] = []
    for k in range(1, PHASE_COUNT + 1):
        start, bands = values[f"phase{k}_from"], values[f"phase{k}_bands"]
        if start is None and bands is None:
            continue
        if start is None:
            if reader.blank(f"phase{k}_from", col):
                reader.problems.append(Problem(reader.at(f"phase{k}_from", col), "xl_phase_from"))
            continue
        i = len(phases)
        cells[f".phases[{i}]"] = cells[f".phases[{i}].from"] = reader.at(f"phase{k}_from", col)
        cells[f".phases[{i}].coverage"] = reader.at(f"phase{k}_bands", col)
        phases.append({"from": start, "coverage": bands or []})
    if phases:
        data["phases"] = phases
        cells[".phases"] = cells[".phases[0]"]


def _night(reader, col, values, data, cells) -> None:
    start, end = values["night_start"], values["night_end"]
    data["night_hours"] = {"start": 22 if start is None else start, "end": 5 if end is None else end}
    cells[".night_hours"] = cells[".night_hours.start"] = reader.at("night_start", col)
    cells[".night_hours.end"] = reader.at("night_end", col)


def _coverage(reader, col, values, data, cells) -> None:
    data["coverage"] = [band for band in BANDS if values[f"cover_{band}"]]
    cells[".coverage"] = reader.at(f"cover_{BANDS[0]}", col)
    for i, band in enumerate(data["coverage"]):
        cells[f".coverage[{i}]"] = reader.at(f"cover_{band}", col)


def _surcharges(reader, col, values, data, cells) -> None:
    surcharges = {}
    for band in SURCHARGE_BANDS:
        # the premium (+25 %) read as a multiplier; a template sent out before it asked the multiplier
        premium = f"sur_{band}_premium"
        mult = premium if premium in reader.rows else f"sur_{band}_multiplier"
        keys = {"multiplier": mult, "per_contact": f"sur_{band}_per_contact", "monthly": f"sur_{band}_monthly"}
        if all(values[k] is None for k in keys.values()):
            continue
        surcharges[band] = {
            part: values[k] if values[k] is not None else (1 if part == "multiplier" else 0)
            for part, k in keys.items()
        }
        for part, k in keys.items():
            if k in reader.rows:
                cells[f".surcharges.{band}.{part}"] = reader.at(k, col)
        cells[f".surcharges.{band}"] = cells.get(f".surcharges.{band}.multiplier", reader.at(keys["monthly"], col))
    data["surcharges"] = surcharges


def _tiers(reader, col, values, data, cells) -> None:
    tiers: list[dict] = []
    for k in range(1, TIER_COUNT + 1):
        up_to, rate = values[f"tier{k}_up_to"], values[f"tier{k}_rate"]
        if up_to is None and rate is None:
            continue
        if rate is None:
            if reader.blank(f"tier{k}_rate", col):
                reader.problems.append(Problem(reader.at(f"tier{k}_rate", col), "xl_tier_rate"))
            rate = 0
        i = len(tiers)
        cells[f".tiers[{i}]"] = cells[f".tiers[{i}].up_to"] = reader.at(f"tier{k}_up_to", col)
        cells[f".tiers[{i}].rate"] = reader.at(f"tier{k}_rate", col)
        tiers.append({"up_to": up_to, "rate": rate})
    if tiers:
        cells[".tiers"] = reader.at("tier1_rate", col)
    data["tiers"] = tiers or None


__all__ = ["PlanQuote", "SheetResult", "VendorQuote", "read_quote_file", "read_number", "read_yes_no"]
