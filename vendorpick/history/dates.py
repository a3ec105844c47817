"""Date-times of a history, parsed in bulk (SPEC section 9).

Accepted: ISO 8601 with or without seconds, fraction and offset
(``2026-11-30T14:05:00+09:00``, ``2026-11-30 14:05``, ``...Z``),
``2026/11/30 14:05``, ``2026/11/30`` and ``2026-11-30``; the slash forms as
Japanese Excel writes them, also without leading zeros (``2026/1/5 9:05``).
An offset is converted to Japan time (UTC+9, no daylight saving); no offset
means Japan time.

The common fixed-width forms are read without a Python loop: the strings
become a (rows × 32) array of code points and the digits are taken by
position.  Whatever that fast path does not recognise goes through one
regular expression per string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

JST_MINUTES = 9 * 60
WIDTH = 32
_DIM = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_SLOW = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


def days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's formula)."""
    y = y - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _valid(y: np.ndarray, m: np.ndarray, d: np.ndarray, h: np.ndarray, mi: np.ndarray) -> np.ndarray:
    ok = (m >= 1) & (m <= 12) & (y >= 1900) & (y <= 2199)
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    dim = _DIM[np.clip(m, 1, 12) - 1] + ((m == 2) & leap)
    return ok & (d >= 1) & (d <= dim) & (h >= 0) & (h <= 23) & (mi >= 0) & (mi <= 59)


def parse_datetimes(values: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(minutes, has_time, ok) for each string: minutes since 1970-01-01 00:00
    in Japan time (int64), whether a time of day was given, whether the value
    could be read.  Values are expected stripped."""
    n = len(values)
    minutes = np.zeros(n, dtype=np.int64)
    has_time = np.zeros(n, dtype=bool)
    ok = np.zeros(n, dtype=bool)
    if n == 0:
        return minutes, has_time, ok
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
    fits = lengths <= WIDTH
    codes = np.array(values, dtype=f"U{WIDTH}").view(np.uint32).reshape(n, WIDTH).astype(np.int32)
    _fast(codes, lengths, fits, minutes, has_time, ok)
    rest = np.flatnonzero(~ok)
    if len(rest):
        _general(values, rest, minutes, has_time, ok)
    return minutes, has_time, ok


def _general(values: Sequence[str], rows: np.ndarray, minutes: np.ndarray, has_time: np.ndarray,
             ok: np.ndarray) -> None:
    """The forms the fast path leaves (no leading zeros, a space before the
    offset…): one regular expression per string, the arithmetic in bulk."""
    fields = np.zeros((len(rows), 7), dtype=np.int64)  # y, m, d, h, mi, offset, flags
    matched = np.zeros(len(rows), dtype=bool)
    for k, i in enumerate(rows.tolist()):
        match = _SLOW.fullmatch(values[i].strip())
        if match is None:
            continue
        y, m, d, h, mi, _s, zone = match.groups()
        offset, flags = 0, 0
        if h is not None:
            flags = 1
            if zone:
                flags = 3
                if zone != "Z":
                    digits = zone[1:].replace(":", "")
                    oh, om = int(digits[:2]), int(digits[2:])
                    if oh > 23 or om > 59:
                        continue
                    offset = (oh * 60 + om) * (-1 if zone[0] == "-" else 1)
        fields[k] = (int(y), int(m), int(d), int(h or 0), int(mi or 0), offset, flags)
        matched[k] = True
    y, m, d, h, mi, offsets, kinds = fields.T
    good = matched & _valid(y, m, d, h, mi)
    local = days_from_civil(y, m, d) * 1440 + h * 60 + mi
    local = np.where(kinds == 3, local - offsets + JST_MINUTES, local)
    minutes[rows[good]] = local[good]
    has_time[rows[good]] = (kinds[good] & 1).astype(bool)
    ok[rows[good]] = True


def _num(c: np.ndarray, cols: list[int]) -> np.ndarray:
    out = np.zeros(c.shape[0], dtype=np.int64)
    for col in cols:
        out = out * 10 + (c[:, col] - 48)
    return out


def _fast(c: np.ndarray, lengths: np.ndarray, fits: np.ndarray, minutes: np.ndarray,
          has_time: np.ndarray, ok: np.ndarray) -> None:
    digit = (c >= 48) & (c <= 57)
    sep = c[:, 4]
    date_ok = (fits & (lengths >= 10) & digit[:, [0, 1, 2, 3, 5, 6, 8, 9]].all(axis=1)
               & ((sep == 45) | (sep == 47)) & (c[:, 7] == sep))
    timed = (date_ok & (lengths >= 16) & ((c[:, 10] == 84) | (c[:, 10] == 32))
             & digit[:, [11, 12, 14, 15]].all(axis=1) & (c[:, 13] == 58))
    rows = np.arange(c.shape[0])
    last = np.clip(lengths - 1, 0, WIDTH - 1)
    # the offset, read from the end: Z, ±HH:MM or ±HHMM (never inside the date)
    zulu = timed & (c[rows, last] == 90)
    k6 = np.clip(lengths - 6, 0, WIDTH - 1)
    colon = (timed & (lengths >= 22) & ((c[rows, k6] == 43) | (c[rows, k6] == 45)) & (c[rows, np.clip(lengths - 3, 0, WIDTH - 1)] == 58)
             & digit[rows, np.clip(lengths - 5, 0, WIDTH - 1)] & digit[rows, np.clip(lengths - 4, 0, WIDTH - 1)]
             & digit[rows, np.clip(lengths - 2, 0, WIDTH - 1)] & digit[rows, last])
    k5 = np.clip(lengths - 5, 0, WIDTH - 1)
    compact = (timed & ~colon & (lengths >= 21) & ((c[rows, k5] == 43) | (c[rows, k5] == 45))
               & digit[rows, np.clip(lengths - 4, 0, WIDTH - 1)] & digit[rows, np.clip(lengths - 3, 0, WIDTH - 1)]
               & digit[rows, np.clip(lengths - 2, 0, WIDTH - 1)] & digit[rows, last])
    body_end = np.where(zulu, lengths - 1, np.where(colon, lengths - 6, np.where(compact, lengths - 5, lengths)))
    # between the minutes and the offset: nothing, :SS, or :SS.fff…
    seconds = timed & (body_end >= 19) & (c[:, 16] == 58) & digit[:, 17] & digit[:, 18]
    frac_start = np.where(seconds, 19, 16)
    digits_before = np.concatenate([np.zeros((c.shape[0], 1), dtype=np.int64), np.cumsum(digit, axis=1)], axis=1)
    frac_len = body_end - frac_start
    frac_ok = (frac_len == 0) | (
        (frac_len >= 2) & (c[rows, np.clip(frac_start, 0, WIDTH - 1)] == 46)
        & (digits_before[rows, np.clip(body_end, 0, WIDTH)] - digits_before[rows, np.clip(frac_start + 1, 0, WIDTH)]
           == frac_len - 1)
        & seconds)
    time_ok = timed & frac_ok
    date_only = date_ok & (lengths == 10)
    good = date_only | time_ok
    y, m, d = _num(c, [0, 1, 2, 3]), _num(c, [5, 6]), _num(c, [8, 9])
    h = np.where(time_ok, _num(c, [11, 12]), 0)
    mi = np.where(time_ok, _num(c, [14, 15]), 0)
    sign = np.where(c[rows, np.where(colon, k6, k5)] == 45, -1, 1)
    oh = np.where(colon, _num_at(c, rows, lengths - 5, lengths - 4), _num_at(c, rows, lengths - 4, lengths - 3))
    om = np.where(colon, _num_at(c, rows, lengths - 2, lengths - 1), _num_at(c, rows, lengths - 2, lengths - 1))
    offset = np.where(colon | compact, sign * (oh * 60 + om), 0)
    with_offset = zulu | colon | compact
    good &= _valid(y, m, d, h, mi) & (~with_offset | ((oh <= 23) & (om <= 59)) | zulu)
    local = days_from_civil(y, m, d) * 1440 + h * 60 + mi
    local = np.where(with_offset & time_ok, local - offset + JST_MINUTES, local)
    minutes[good] = local[good]
    has_time[good] = time_ok[good]
    ok[good] = True


def _num_at(c: np.ndarray, rows: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    i = np.clip(i, 0, WIDTH - 1)
    j = np.clip(j, 0, WIDTH - 1)
    return (c[rows, i] - 48).astype(np.int64) * 10 + (c[rows, j] - 48)


def format_minutes(minutes: int) -> str:
    """``YYYY-MM-DD HH:MM`` of minutes since the epoch (Japan time)."""
    return str(np.datetime64(int(minutes), "m")).replace("T", " ")
