"""Reading the cells of a filled quote template into plain values.

Every reader returns the parsed value, or None for a blank cell, and raises
:class:`BadCell` with a message code when the cell cannot be read; the
importer turns that into a problem located at the cell (``見積!D12``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from vendorpick.excel.quote_layout import CONTACT_WORDS, MAX_TEXT, MINUTE_WORDS, NO_WORDS, YES_WORDS
from vendorpick.parsing import parse_number
from vendorpick.premium import (
    PREMIUM_MAX_PERCENT,
    PremiumRefused,
    check_premium,
    is_ambiguous_value,
    multiplier_to_premium,
    plain,
    premium_percent,
    premium_to_multiplier,
)

_YES = {*YES_WORDS, "y", "true", "1", "○", "〇", "◯", "有", "可", "対応"}
_NO = {*NO_WORDS, "n", "false", "0", "×", "✕", "-", "無", "不可", "非対応"}


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
        # the window's rules (vendorpick.parsing): 円/¥ or 件, thousands separators only in
        # groups of three ("3,30" is refused, never read as 330), no "nan", "1_000" or "25%"
        number_or_none = parse_number(value, "yen")
        if number_or_none is None:
            number_or_none = parse_number(value, "count")
        if number_or_none is None:
            raise BadCell("xl_number", value=_show(value))
        number = number_or_none
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


_CONTACT = {"contact", "contacts", "per contact", "件", "1件", "件数", "件単位", "1件あたり"}
_MINUTE = {"minute", "minutes", "per minute", "min", "分", "1分", "分単位", "1分あたり", "時間課金"}


def read_unit(value: Any) -> str | None:
    """``contact`` or ``minute`` (the template's words in either language)."""
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if text in _CONTACT | {w.lower() for w in CONTACT_WORDS}:
        return "contact"
    if text in _MINUTE | {w.lower() for w in MINUTE_WORDS}:
        return "minute"
    raise BadCell("xl_unit", value=_show(value))


_PREMIUM_CODES = {"not_a_number": "xl_premium", "discount": "xl_premium_discount", "too_high": "xl_premium_high"}


def read_premium(value: Any, percent_format: bool = False) -> float | None:
    """A premium as the vendor writes it, as a price multiplier, by the rules of
    :mod:`vendorpick.premium` (the window's): ``+25%``, ``25%``, ``25`` and
    ``25%増`` give 1.25, and so does a factor written as such (``1.25倍``,
    ``×1.25``, ``1.25x``); a number in a cell formatted as a percentage is
    the fraction Excel keeps (0.25 shown as 25 %).  A bare decimal in (1, 3]
    (``1.25`` in a cell not formatted as a percentage) is refused as
    ambiguous (+1.25 % or × 1.25?), as are a discount and a premium above +200 %."""
    if is_blank(value):
        return None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                number = read_number(value)
            except BadCell:
                raise BadCell("xl_premium", value=_show(value)) from None
            assert number is not None
            if percent_format:
                percent = check_premium(multiplier_to_premium(1 + number))
            elif is_ambiguous_value(number):
                raise PremiumRefused("ambiguous", value=float(number))
            else:
                percent = check_premium(float(number))
        else:
            percent = premium_percent(str(value))
    except PremiumRefused as refused:
        if refused.reason == "ambiguous":
            assert refused.value is not None
            raise BadCell("xl_premium_ambiguous", value=_show(value), small=plain(refused.value),
                          percent=plain(multiplier_to_premium(refused.value))) from None
        ctx = {"limit": plain(PREMIUM_MAX_PERCENT)} if refused.reason == "too_high" else {}
        raise BadCell(_PREMIUM_CODES[refused.reason], value=_show(value), **ctx) from None
    return premium_to_multiplier(percent)


_MONTH = re.compile(r"^(\d{4})[-/年.](\d{1,2})月?$")


def read_month(value: Any) -> str | None:
    """``YYYY-MM`` (also 2027/7, 2027年7月, or a date)."""
    if is_blank(value):
        return None
    if isinstance(value, dt.date | dt.datetime):
        return f"{value.year:04d}-{value.month:02d}"
    match = _MONTH.match(unicodedata.normalize("NFKC", str(value)).strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise BadCell("xl_month", value=_show(value))
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def _band_words() -> dict[str, str]:
    from vendorpick.i18n import _
    from vendorpick.vocabulary import BAND_PHRASES, BANDS

    words = {}
    for band in BANDS:
        for lang in ("en", "ja"):
            for table in (BANDS, BAND_PHRASES):
                words[unicodedata.normalize("NFKC", _(lang, table[band])).lower().replace("・", "")] = band
        words[band] = band
    return words


_SEPARATORS = re.compile(r"[、,，/／;\n]+")


def read_bands(value: Any) -> list[str] | None:
    """Bands named in either language, separated by 、 , / or new lines (in SPEC 2's order)."""
    if is_blank(value):
        return None
    words = _band_words()
    found = set()
    for part in _SEPARATORS.split(unicodedata.normalize("NFKC", str(value)).lower()):
        part = part.strip().replace("・", "")
        if not part:
            continue
        if part not in words:
            raise BadCell("xl_band", value=_show(part))
        found.add(words[part])
    return [b for b in ("weekday_day", "weekday_night", "holiday_day", "holiday_night") if b in found]


READERS = {
    "yen": read_number,
    "count": read_number,
    "mult": read_number,
    "whole": read_whole,
    "premium": read_premium,
    "unit": read_unit,
    "month": read_month,
    "bands": read_bands,
    "hour": read_hour,
    "months": read_whole,
    "yes_no": read_yes_no,
    "text": read_text,
}
