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
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.history import messages  # noqa: F401 - registers the message codes
from vendorpick.history.dates import JST_MINUTES, format_minutes, parse_datetimes

DATE_NAMES = ("regdate", "created_at", "受付日時", "問い合わせ日時", "問合せ日時", "日時", "date",
              "datetime", "created", "作成日時", "日付", "受付日")
CHANNEL_NAMES = ("channel", "via", "source", "type", "チャネル", "種別")
COUNT_NAMES = ("件数", "count", "contacts", "問い合わせ件数")
HOUR_NAMES = ("hour", "時", "時刻", "時間帯")
CHUNK_ROWS = 100_000
MAX_BAD_SHARE = 0.01
MAX_REPORTED = 10
NO_COLUMN = ""  # a column choice meaning "none" (for example no channel column)

Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]

# Channel names of SPEC 9 step 7 (matched ignoring case) and Freshdesk's numbers.
CHANNEL_WORDS = {
    "phone": ("電話", "phone", "call", "voice"),
    "mail": ("メール", "email", "mail"),
    "chat": ("チャット", "chat"),
    "message": ("r-messe", "メッセージ", "message"),
}
FRESHDESK_SOURCES = {"1": "mail", "10": "mail", "3": "phone", "7": "chat"}
_CHANNEL_OF = {word: cid for cid, words in CHANNEL_WORDS.items() for word in words}


def channel_id(name: str) -> str:
    """The channel id of a channel name or Freshdesk source number (SPEC 9 step 7)."""
    text = name.strip()
    return _CHANNEL_OF.get(text.lower()) or FRESHDESK_SOURCES.get(text) or text


def normalise_name(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


@dataclass(frozen=True)
class Columns:
    """Which columns hold what; None = recognise from the header, "" = none."""

    date: str | None = None
    channel: str | None = None
    count: str | None = None
    hour: str | None = None


@dataclass
class FileInfo:
    """What was read from one file, for the preview and the notes."""

    path: str
    format: str                      # "csv", "xlsx" or "rms"
    encoding: str | None = None
    delimiter: str | None = None
    header: list[str] = field(default_factory=list)
    columns: Columns = Columns()
    shape: str = "contacts"          # "contacts", "daily" or "hourly"
    rows: int = 0
    contacts: float = 0.0
    bad_rows: int = 0
    problems: list[Problem] = field(default_factory=list)  # the first unreadable rows
    duplicates: int = 0
    first: str | None = None
    last: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class FileCounts:
    """A file's counts: ``units`` are hours since the epoch (Japan time) for
    contact rows and hourly counts, days for daily counts."""

    info: FileInfo
    timed: bool
    units: np.ndarray      # int64
    channels: np.ndarray   # int64 codes into ``names``
    counts: np.ndarray     # float64
    names: list[str]


class _Tally:
    """Running counts by (unit, channel) over the chunks of a file."""

    def __init__(self) -> None:
        self.parts: list[tuple[np.ndarray, np.ndarray]] = []
        self.names: list[str] = []
        self._code: dict[str, int] = {}

    def codes(self, labels: Sequence[str] | None, n: int) -> np.ndarray:
        if labels is None:
            return np.zeros(n, dtype=np.int64) + self._intern("")
        uniq, inverse = np.unique(np.asarray(labels, dtype=object).astype(str), return_inverse=True)
        table = np.array([self._intern(channel_id(u)) for u in uniq], dtype=np.int64)
        return table[inverse]

    def _intern(self, cid: str) -> int:
        if cid not in self._code:
            self._code[cid] = len(self.names)
            self.names.append(cid)
        return self._code[cid]

    def add(self, units: np.ndarray, codes: np.ndarray, counts: np.ndarray) -> None:
        if len(units):
            key = units * 4096 + codes
            uniq, inverse = np.unique(key, return_inverse=True)
            self.parts.append((uniq, np.bincount(inverse, weights=counts)))
            if len(self.parts) > 8:
                self._compact()

    def _compact(self) -> None:
        keys = np.concatenate([p[0] for p in self.parts])
        vals = np.concatenate([p[1] for p in self.parts])
        uniq, inverse = np.unique(keys, return_inverse=True)
        self.parts = [(uniq, np.bincount(inverse, weights=vals))]

    def result(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if not self.parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        self._compact()
        keys, vals = self.parts[0]
        return keys // 4096, keys % 4096, vals


def today_jst() -> dt.date:
    now = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=JST_MINUTES)
    return now.date()


# ------------------------------------------------------------------ rows → counts


class _Rows:
    """Turns chunks of text rows into counts, collecting unreadable rows."""

    def __init__(self, info: FileInfo, today: dt.date, fixed_channel: str | None = None):
        self.info = info
        self.fixed_channel = fixed_channel
        self.tally = _Tally()
        self.timed: bool | None = None
        self.bad: list[Problem] = []
        self.limit_minutes = (np.datetime64(today, "D").astype(np.int64) + 1) * 1440
        self.today = today.isoformat()
        idx = {name: i for i, name in enumerate(info.header)}
        cols = info.columns
        self.i_date = idx[cols.date]
        self.i_channel = idx[cols.channel] if cols.channel else None
        self.i_count = idx[cols.count] if cols.count else None
        self.i_hour = idx[cols.hour] if cols.hour else None
        self.need = 1 + max(i for i in (self.i_date, self.i_channel, self.i_count, self.i_hour) if i is not None)

    def _bad(self, line: int, code: str, **ctx: object) -> None:
        self.info.bad_rows += 1
        if len(self.bad) < MAX_REPORTED:
            self.bad.append(Problem(self.info.name, code, {"line": line, **ctx}))

    def chunk(self, rows: list[list[str]], lines: list[int]) -> None:
        full = [len(r) >= self.need for r in rows]
        for r, line, good in zip(rows, lines, full, strict=True):
            if not good:
                self._bad(line, "hist_short_row", found=len(r), expected=len(self.info.header))
        if not all(full):
            rows = [r for r, good in zip(rows, full, strict=True) if good]
            lines = [ln for ln, good in zip(lines, full, strict=True) if good]
        self.info.rows += len(full)
        if not rows:
            return
        line_arr = np.asarray(lines, dtype=np.int64)
        raw = [r[self.i_date].strip() for r in rows]
        minutes, has_time, ok = parse_datetimes(raw)
        self._report(~ok, line_arr, raw, "hist_bad_date", self.info.columns.date)
        future = ok & (minutes >= self.limit_minutes)
        for i in np.flatnonzero(future)[: MAX_REPORTED]:
            self._bad(int(line_arr[i]), "hist_future_date", column=self.info.columns.date, value=raw[i],
                      today=self.today)
        self.info.bad_rows += max(0, int(future.sum()) - MAX_REPORTED)
        ok &= ~future
        counts = np.ones(len(rows))
        if self.i_count is not None:
            counts, good = _parse_counts([r[self.i_count] for r in rows])
            self._report(ok & ~good, line_arr, [r[self.i_count] for r in rows], "hist_bad_count", self.info.columns.count)
            ok &= good
        hours = (minutes // 60) % 24
        if self.i_hour is not None:
            hours, good = _parse_hours([r[self.i_hour] for r in rows])
            self._report(ok & ~good, line_arr, [r[self.i_hour] for r in rows], "hist_bad_hour", self.info.columns.hour)
            ok &= good
            has_time = np.ones(len(rows), dtype=bool)
        self._add(rows, ok, minutes, has_time, hours, counts)

    def _report(self, mask: np.ndarray, lines: np.ndarray, values: Sequence[str], code: str, column: str | None) -> None:
        where = np.flatnonzero(mask)
        for i in where[:MAX_REPORTED]:
            self._bad(int(lines[i]), code, column=column, value=str(values[i])[:40])
        self.info.bad_rows += max(0, len(where) - MAX_REPORTED)

    def _add(self, rows, ok, minutes, has_time, hours, counts) -> None:
        if not ok.any():
            return
        timed = bool(has_time[ok].any())
        if self.timed is None:  # a file has times or not; a date-only row of a timed file counts at 0:00
            self.timed = timed
        days = minutes[ok] // 1440
        units = days * 24 + hours[ok] if self.timed else days
        labels = [rows[i][self.i_channel] for i in np.flatnonzero(ok)] if self.i_channel is not None else None
        if self.fixed_channel is not None:
            labels = [self.fixed_channel] * int(ok.sum())
        self.tally.add(units, self.tally.codes(labels, int(ok.sum())), counts[ok])

    def finish(self) -> FileCounts:
        info = self.info
        info.problems = sorted(self.bad, key=lambda p: p.ctx["line"])[:MAX_REPORTED]
        if info.rows and info.bad_rows / info.rows > MAX_BAD_SHARE:
            first = min((p.ctx["line"] for p in self.bad), default="?")
            refusal = Problem(info.name, "hist_too_many_bad", {
                "bad": info.bad_rows, "rows": info.rows, "percent": f"{info.bad_rows / info.rows:.1%}", "line": first})
            raise InputError([refusal, *info.problems])
        if info.rows == 0:
            raise InputError([Problem(info.name, "hist_no_rows")])
        timed = bool(self.timed)
        units, codes, counts = self.tally.result()
        if timed and len(units) and not (units % 24).any():  # every time 0:00 (Excel date cells): dates only
            units, timed = units // 24, False
        if info.columns.count:
            info.shape = "hourly" if timed else "daily"
        info.contacts = float(counts.sum())
        if len(units):
            scale = 60 if timed else 1440
            info.first = format_minutes(int(units.min()) * scale)[: 16 if timed else 10]
            info.last = format_minutes(int(units.max()) * scale)[: 16 if timed else 10]
        return FileCounts(info, timed, units, codes, counts, list(self.tally.names))


def _parse_counts(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    cleaned = [str(v).strip().replace(",", "") for v in values]
    try:
        out = np.array(cleaned, dtype=float)
        good = np.isfinite(out) & (out >= 0)
    except ValueError:
        out = np.zeros(len(cleaned))
        good = np.zeros(len(cleaned), dtype=bool)
        for i, v in enumerate(cleaned):
            try:
                out[i] = float(v)
                good[i] = np.isfinite(out[i]) and out[i] >= 0
            except ValueError:
                pass
    return np.where(good, out, 0.0), good


def _parse_hours(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    out = np.zeros(len(values), dtype=np.int64)
    good = np.zeros(len(values), dtype=bool)
    for i, v in enumerate(values):
        text = str(v).strip()
        digits = ""
        for ch in text:
            if not ch.isdigit():
                break
            digits += ch
        if digits and len(digits) <= 2 and int(digits) <= 23:
            out[i], good[i] = int(digits), True
    return out, good


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


def read_rms(path: Path, today: dt.date, seen: set[str]) -> FileCounts:
    """The inquiries of an RMS ``inquiries_get`` answer; ``seen`` holds the
    inquiry numbers of the files read before (an inquiry counts once)."""
    info = FileInfo(str(path), "rms", encoding="utf-8", header=["regDate"], columns=Columns(date="regDate"))
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(info.name, "hist_json_syntax",
                                  {"error": exc.msg, "line": exc.lineno, "column": exc.colno})]) from None
    items = _find_inquiries(data)
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
