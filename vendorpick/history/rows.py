"""Rows of a history file → counts by hour (or day) and channel.

:class:`_Rows` takes chunks of text rows (from any reader), parses their
date-times, counts and hours in bulk, remembers the unreadable ones with their
line, and adds the rest to a running tally, so a file of any length needs the
memory of one chunk.  Also the channel names of SPEC 9 step 7.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.history.dates import JST_MINUTES, format_minutes, parse_datetimes

MAX_BAD_SHARE = 0.01
MAX_REPORTED = 10
#: more distinct values than this: the column is not a channel column (an id, a subject…)
MAX_CHANNELS = 50

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
    now = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=JST_MINUTES)
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
        assert cols.date is not None  # read.py refuses a file without a date column
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
        for r, line, long_enough in zip(rows, lines, full, strict=True):
            if not long_enough:
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
        codes = self.tally.codes(labels, int(ok.sum()))
        if len(self.tally.names) > MAX_CHANNELS:
            raise InputError([Problem(self.info.name, "hist_too_many_channels", {
                "column": self.info.columns.channel, "limit": MAX_CHANNELS})])
        self.tally.add(units, codes, counts[ok])

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
