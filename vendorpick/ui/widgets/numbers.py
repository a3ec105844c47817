"""Reading numbers the way users type them, and reading values out of a project."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt

from vendorpick import formatting
from vendorpick.errors import Problem, format_loc

#: the unit marks a field of each kind accepts before or after its number
UNITS = {
    "yen": ("¥", "円"),
    "count": ("件",),
    "percent": ("%",),
}
_ALL_UNITS = tuple(mark for marks in UNITS.values() for mark in marks)
#: a number as typed once units and spaces are gone: thousands separators only
#: in groups of three before the decimal point (``3,30`` is no number)
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?")


def normalise(text: str) -> str:
    """Full-width digits, signs, ￥ and ％ as their ASCII forms (as a Japanese
    input method types them), the minus sign as ``-``, no spaces."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text.replace("−", "-").replace("‐", "-").replace("ー", "-"))


def parse_number(text: str, unit: str | None = None) -> float | None:
    """``"1,234"``, ``"１２３４"``, ``"¥1,200"``, ``"800件"``, ``"12.5%"`` → a float;
    None when the text is not a number.  ``unit`` (``"yen"``, ``"count"``,
    ``"percent"``) accepts only that unit's marks (``"25%"`` is no count);
    without it any of them is accepted.  A thousands separator must separate
    groups of three digits: ``"3,30"`` is refused, never read as 330."""
    text = normalise(text)
    marks = _ALL_UNITS if unit is None else UNITS.get(unit, ())
    for mark in marks:
        if text.startswith(mark):
            text = text[len(mark):]
            break
    for mark in marks:
        if text.endswith(mark):
            text = text[: -len(mark)]
            break
    if not text or not _NUMBER.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return None
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


#: the largest surcharge premium accepted without a second thought (+200 %)
PREMIUM_MAX_PERCENT = 200.0


def parse_premium(text: str) -> float | None:
    """A surcharge as vendors write it, a percentage premium: ``"+25 %"``,
    ``"25%"``, ``"25"`` and ``"＋２５％"`` are all 25.0 (a multiplier of 1.25);
    ``"0"`` is no premium.  None when the text is not a number."""
    return parse_number(text, "percent")


_TIMES = re.compile(r"^[x×*]|[x×*倍]$", re.IGNORECASE)


def parse_times(text: str) -> float | None:
    """A surcharge written as a factor: ``"1.25倍"``, ``"×1.25"``, ``"1.25x"`` → 1.25;
    None when the text has no such mark or is no number."""
    text = normalise(text)
    if not _TIMES.search(text):
        return None
    return parse_number(_TIMES.sub("", text))


def is_ambiguous_premium(text: str) -> bool:
    """A bare decimal such as ``1.25`` or ``1.5`` in a premium field: it
    reads as +1.25 % but was most likely meant as 1.25 × the price."""
    text = normalise(text)
    value = parse_number(text)
    return (value is not None and "%" not in text and not text.startswith("+")
            and not float(value).is_integer() and 1 < value <= 3)


def premium_to_multiplier(percent: float) -> float:
    return round(1.0 + percent / 100.0, 12)


def format_premium(multiplier: float | None) -> str:
    """A multiplier as the premium a user reads: 1.25 → ``"+25 %"``, 1.0 → ``"0 %"``."""
    if multiplier is None:
        return ""
    percent = round((float(multiplier) - 1.0) * 100.0, 10)
    if percent == 0:
        return "0 %"
    text = format_plain(abs(percent))
    return f"{'+' if percent > 0 else '-'}{text} %"


def parse_problem(path: Sequence[Any], integer: bool = False) -> Problem:
    """The problem of a text that is not a (whole) number."""
    return Problem(format_loc(path), "int_parsing" if integer else "float_parsing")


def read_at(obj: Any, path: Sequence[Any]) -> Any:
    """The value at ``path`` in a project object (attributes, keys or indexes)."""
    for key in path:
        if isinstance(key, int) or isinstance(obj, dict):
            obj = obj[key]
        else:
            obj = getattr(obj, "from_" if key == "from" else key)
    return obj


def format_plain(value: float | None, decimals: int = -1, scale: float = 1.0, grouped: bool = False) -> str:
    """A number for an edit field: the locale's decimal point, no trailing
    zeros, thousands separators only when ``grouped``."""
    if value is None:
        return ""
    shown = float(value) * scale
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals >= 0:
        return locale.toString(shown, "f", decimals)
    return locale.toString(round(shown, 10), "g", 12)


def format_number(value: float | None, decimals: int = -1) -> str:
    """A count, a rate or a factor as a table cell or a sentence shows it: with
    thousands separators and rounded half up, as the terminal and the workbook
    show it (:func:`vendorpick.formatting.number`): 50000.0 → ``"50,000"``,
    1.25 → ``"1.25"``.  ``decimals=-1``: the decimals the value has, up to 6,
    without trailing zeros.  None → ``""``.  A cell's EditRole is
    :func:`format_plain` instead (see :func:`cell_number`)."""
    if value is None:
        return ""
    if decimals >= 0:
        return formatting.number(value, decimals)
    text = formatting.number(value, 6)
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_yen(value: float | None, lang: str) -> str:
    """Whole yen as a table cell shows it: ``12,345円`` / ``¥12,345`` (:func:`vendorpick.formatting.yen`)."""
    return "" if value is None else formatting.yen(value, lang)


def cell_number(value: float | None, role: int, decimals: int = -1, scale: float = 1.0) -> str:
    """The text of a number cell of a table model for ``role``: grouped for
    display (:func:`format_number`), plain and parseable for editing
    (:func:`format_plain`: ``12345``, what the editor starts from)."""
    if value is None:
        return ""
    if role == Qt.ItemDataRole.EditRole:
        return format_plain(value, scale=scale)
    return format_number(float(value) * scale, decimals)
