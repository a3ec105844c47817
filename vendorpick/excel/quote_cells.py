"""Reading the cells of a filled quote template into plain values.

Every reader returns the parsed value, or None for a blank cell, and raises
:class:`BadCell` with a message code when the cell cannot be read; the
importer turns that into a problem located at the cell (``見積!D12``).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Any

from vendorpick.excel.quote_layout import MAX_TEXT, NO_WORDS, YES_WORDS

_YES = {*YES_WORDS, "y", "true", "1", "○", "〇", "◯", "有", "可", "対応"}
_NO = {*NO_WORDS, "n", "false", "0", "×", "✕", "-", "無", "不可", "非対応"}
_NUMBER_NOISE = (",", "円", "¥", "￥", "件", " ", "\u3000")


class BadCell(Exception):
    def __init__(self, code: str, **ctx: Any):
        super().__init__(code)
        self.code, self.ctx = code, ctx


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _show(value: Any) -> str:
    try:
        text = str(value)
    except ValueError:  # an integer beyond Python's digits limit
        return "…"
    return text if len(text) <= 40 else text[:37] + "..."


def read_number(value: Any) -> float | None:
    """A finite number; text such as ``"50,000円"`` or full-width digits is accepted."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise BadCell("xl_number", value=_show(value))
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        raise BadCell("xl_date")
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an integer of hundreds of digits
            raise BadCell("xl_number", value=_show(value)) from None
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        for noise in _NUMBER_NOISE:
            text = text.replace(noise, "")
        try:
            number = float(text)
        except ValueError:
            raise BadCell("xl_number", value=_show(value)) from None
    else:
        raise BadCell("xl_number", value=_show(value))
    if not math.isfinite(number):
        raise BadCell("xl_number", value=_show(value))
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def read_whole(value: Any, code: str = "xl_whole") -> int | None:
    try:
        number = read_number(value)
    except BadCell:
        raise BadCell(code, value=_show(value)) from None
    if number is None:
        return None
    if not float(number).is_integer():
        raise BadCell(code, value=_show(value))
    return int(number)


def read_hour(value: Any) -> int | None:
    return read_whole(value, "xl_hour")


def read_yes_no(value: Any) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise BadCell("xl_yes_no", value=_show(value))


def read_text(value: Any) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.isoformat() if isinstance(value, dt.date | dt.datetime) else str(value)
    if len(text) > MAX_TEXT:
        raise BadCell("xl_text_long", limit=MAX_TEXT)
    return text.strip()


READERS = {
    "yen": read_number,
    "count": read_number,
    "mult": read_number,
    "hour": read_hour,
    "months": read_whole,
    "yes_no": read_yes_no,
    "text": read_text,
}
