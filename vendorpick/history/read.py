"""Reading a shop's past contacts (SPEC section 9, "History formats").

A history file is CSV (UTF-8 with or without BOM, or CP932; comma or tab),
XLSX (the first visible sheet) or the JSON of Rakuten RMS ``inquiries_get``.
Its rows are one contact each, or counts per day or per day and hour,
optionally by channel; the columns are recognised from the header
(:data:`DATE_NAMES` and friends) or chosen by the caller.

Rows are read in chunks and aggregated at once into counts per hour (or per
day) and channel, so memory stays bounded however long the file is.  A row
that cannot be read is remembered with its line (the header is line 1);
more than 1 % of them refuses the file.  A date after today (Japan time) is
such an unreadable row: a history cannot contain the future, and a future
date usually means the wrong column or a day/month mix-up.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.history.rows import (  # noqa: F401 - re-exported: the reader's public names
    CHANNEL_WORDS,
    FRESHDESK_SOURCES,
    Columns,
    FileCounts,
    FileInfo,
    _Rows,
    channel_id,
    normalise_name,
    today_jst,
)

DATE_NAMES = ("regdate", "created_at", "受付日時", "問い合わせ日時", "問合せ日時", "日時", "date",
              "datetime", "created", "作成日時", "日付", "受付日")
CHANNEL_NAMES = ("channel", "via", "source", "type", "チャネル", "種別")
COUNT_NAMES = ("件数", "count", "contacts", "問い合わせ件数")
HOUR_NAMES = ("hour", "時", "時刻", "時間帯")
CHUNK_ROWS = 100_000

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]

# ------------------------------------------------------------------ columns


def pick_columns(header: Sequence[str], chosen: Columns | None = None) -> Columns:
    """The columns to use: the caller's choice, else recognised by name."""
    chosen = chosen or Columns()
    norm = {normalise_name(h): h for h in reversed(list(header))}

    def find(names: Iterable[str]) -> str | None:
        return next((norm[n] for n in names if n in norm), None)

    def choose(value: str | None, names: Iterable[str]) -> str | None:
        if value is None:
            return find(names)
        return value or None

    return Columns(choose(chosen.date, DATE_NAMES), choose(chosen.channel, CHANNEL_NAMES),
                   choose(chosen.count, COUNT_NAMES), choose(chosen.hour, HOUR_NAMES))


def _check_columns(info: FileInfo, chosen: Columns | None) -> None:
    if not any(h.strip() for h in info.header):
        raise InputError([Problem(info.name, "hist_empty")])
    info.columns = pick_columns(info.header, chosen)
    shown = "、".join(info.header) if any(ord(c) > 127 for c in "".join(info.header)) else ", ".join(info.header)
    for col in (info.columns.date, info.columns.channel, info.columns.count, info.columns.hour):
        if col and col not in info.header:
            raise InputError([Problem(info.name, "hist_no_column", {"column": col, "columns": shown})])
    if not info.columns.date:
        raise InputError([Problem(info.name, "hist_no_date_column", {
            "columns": shown, "expected": ", ".join(("regDate", "created_at", "受付日時", "問い合わせ日時", "日時", "Date"))})])


# ------------------------------------------------------------------ CSV


def detect_encoding(path: Path) -> str:
    """"utf-8-sig" (BOM), "utf-8" or "cp932", from the first 64 KiB."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp932"


def _csv_rows(path: Path, encoding: str, info: FileInfo, progress: Progress | None,
              cancelled: IsCancelled | None) -> Iterator[tuple[list[list[str]], list[int]]]:
    size = max(1, path.stat().st_size)
    with path.open("rb") as raw, open(raw.fileno(), encoding=encoding, newline="", closefd=False) as fh:
        first = fh.readline()
        if not first.strip():
            raise InputError([Problem(info.name, "hist_empty")])
        info.delimiter = "\t" if first.count("\t") > first.count(",") else ","
        info.header = [h.strip().lstrip("\ufeff") for h in next(csv.reader([first], delimiter=info.delimiter))]
        yield [], []  # the header is known: let the caller pick the columns
        reader = csv.reader(fh, delimiter=info.delimiter)
        rows: list[list[str]] = []
        lines: list[int] = []
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            rows.append(row)
            lines.append(reader.line_num + 1)
            if len(rows) >= CHUNK_ROWS:
                yield rows, lines
                rows, lines = [], []
                if cancelled is not None and cancelled():
                    from vendorpick.pricing.montecarlo import Cancelled

                    raise Cancelled()
                if progress is not None:
                    progress(min(1.0, raw.tell() / size))
        yield rows, lines


def read_csv(path: Path, columns: Columns | None, today: dt.date, progress: Progress | None = None,
             cancelled: IsCancelled | None = None) -> FileCounts:
    encoding = detect_encoding(path)
    for attempt in (encoding, "cp932"):
        info = FileInfo(str(path), "csv", encoding=attempt)
        try:
            return _read_csv_as(path, attempt, info, columns, today, progress, cancelled)
        except UnicodeDecodeError as exc:
            if attempt == "cp932":
                raise InputError([Problem(info.name, "hist_not_text", {"position": exc.start})]) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _read_csv_as(path, encoding, info, columns, today, progress, cancelled) -> FileCounts:
    chunks = _csv_rows(path, encoding, info, progress, cancelled)
    next(chunks)
    _check_columns(info, columns)
    rows = _Rows(info, today)
    for chunk, lines in chunks:
        rows.chunk(chunk, lines)
    return rows.finish()


# ------------------------------------------------------------------ XLSX


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path, columns: Columns | None, today: dt.date, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> FileCounts:
    import warnings

    import openpyxl

    info = FileInfo(str(path), "xlsx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        if not sheets:
            raise InputError([Problem(info.name, "hist_no_sheet")])
        it = sheets[0].iter_rows(values_only=True)
        header = next(it, None)
        if header is None:
            raise InputError([Problem(info.name, "hist_empty")])
        info.header = [_cell_text(h).strip() for h in header]
        _check_columns(info, columns)
        rows_obj = _Rows(info, today)
        rows: list[list[str]] = []
        lines: list[int] = []
        for number, values in enumerate(it, start=2):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            rows.append([_cell_text(v) for v in values])
            lines.append(number)
            if len(rows) >= CHUNK_ROWS:
                rows_obj.chunk(rows, lines)
                rows, lines = [], []
                if cancelled is not None and cancelled():
                    from vendorpick.pricing.montecarlo import Cancelled

                    raise Cancelled()
                if progress is not None and sheets[0].max_row:
                    progress(min(1.0, number / sheets[0].max_row))
        rows_obj.chunk(rows, lines)
        return rows_obj.finish()
    finally:
        book.close()


# ------------------------------------------------------------------ RMS JSON


def _find_inquiries(data: object, depth: int = 0) -> list | None:
    if isinstance(data, list) and data and all(isinstance(x, dict) for x in data[:5]) \
            and any("regDate" in x for x in data[:50]):
        return data
    if depth < 4 and isinstance(data, dict):
        for value in data.values():
            found = _find_inquiries(value, depth + 1)
            if found is not None:
                return found
    if depth < 4 and isinstance(data, list):
        for value in data[:5]:
            found = _find_inquiries(value, depth + 1)
            if found is not None:
                return found
    return None


def load_json(text: str, name: str) -> Any:
    """The JSON value of a file's text; a syntax error is an :class:`InputError`
    at ``name`` with its line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(name, "hist_json_syntax",
                                  {"error": exc.msg, "line": exc.lineno, "column": exc.colno})]) from None


def read_rms(path: Path, today: dt.date, seen: set[str]) -> FileCounts:
    """The inquiries of an RMS ``inquiries_get`` answer; ``seen`` holds the
    inquiry numbers of the files read before (an inquiry counts once)."""
    info = FileInfo(str(path), "rms", encoding="utf-8", header=["regDate"], columns=Columns(date="regDate"))
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    items = _find_inquiries(load_json(text, info.name))
    if items is None:
        raise InputError([Problem(info.name, "hist_no_inquiries")])
    keep, values = [], []
    for i, item in enumerate(items):
        number = item.get("inquiryNumber") if isinstance(item, dict) else None
        if number is not None:
            if str(number) in seen:
                info.duplicates += 1
                continue
            seen.add(str(number))
        keep.append(i)
        values.append(str(item.get("regDate", "")).strip() if isinstance(item, dict) else "")
    lines = _reg_date_lines(text, len(items))
    # SPEC 9 step 7: every RMS inquiry is a "message" (its type is the kind of inquiry)
    rows = _Rows(info, today, fixed_channel="message")
    rows.chunk([[v] for v in values], [lines[i] for i in keep])
    return rows.finish()


def _reg_date_lines(text: str, n: int) -> list[int]:
    """Line of the k-th ``"regDate"`` key of the text (for naming bad inquiries)."""
    import re

    newlines = np.array([m.start() for m in re.finditer("\n", text)], dtype=np.int64)
    starts = [m.start() for m in re.finditer(r'"regDate"\s*:', text)]
    lines = (np.searchsorted(newlines, np.array(starts, dtype=np.int64)) + 1).tolist() if starts else []
    return (lines + [0] * n)[:n]


# ------------------------------------------------------------------ several files


def read_file(path: str | os.PathLike[str], columns: Columns | None = None, *, today: dt.date | None = None,
              seen: set[str] | None = None, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> FileCounts:
    """Read one history file (its format from its content and extension)."""
    p = Path(path)
    today = today or today_jst()
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
        if p.stat().st_size == 0:
            raise InputError([Problem(p.name, "hist_empty")])
        if head.startswith(b"PK"):
            return read_xlsx(p, columns, today, progress, cancelled)
        if head.lstrip(codecs.BOM_UTF8).lstrip()[:1] in (b"{", b"["):
            return read_rms(p, today, seen if seen is not None else set())
        return read_csv(p, columns, today, progress, cancelled)
    except OSError as exc:
        raise InputError([Problem(p.name, "hist_read_failed", {"error": exc.strerror or str(exc)})]) from None


def read_files(paths: Sequence[str | os.PathLike[str]], columns: Columns | None = None, *,
               today: dt.date | None = None, progress: Progress | None = None,
               cancelled: IsCancelled | None = None) -> list[FileCounts]:
    """Read several files as one history (RMS inquiries counted once by
    ``inquiryNumber``); every file's refusal is collected before raising."""
    seen: set[str] = set()
    out: list[FileCounts] = []
    problems: list[Problem] = []
    sizes = [max(1, Path(p).stat().st_size) if Path(p).exists() else 1 for p in paths]
    total, done = float(sum(sizes)), 0.0
    for path, size in zip(paths, sizes, strict=True):
        def part(f: float, done=done, size=size) -> None:
            if progress is not None:
                progress((done + f * size) / total)
        try:
            out.append(read_file(path, columns, today=today, seen=seen, progress=part, cancelled=cancelled))
        except InputError as exc:
            problems.extend(exc.problems)
        done += size
        part(0.0)
    if problems:
        raise InputError(problems)
    return out
