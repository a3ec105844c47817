"""Reading numbers the way users type them (the window's fields and the quote
template's text cells): full-width digits and signs as an input method types
them, ``¥``/``円``, ``件`` and ``%`` where the field's unit allows them, and
thousands separators only in groups of three.  Qt-free: the window, the
workbook import and the command line share these rules."""

from __future__ import annotations

import math
import re
import unicodedata

#: the unit marks a field of each kind accepts before or after its number
UNITS = {
    "yen": ("円", "¥"),  # (not ("¥", "円"): scripts/migrate_words.py would take it for an (en, ja) pair)
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
    ``"percent"``) accepts only that unit's marks (``"25%"`` is no count; ``""``
    accepts none); without it any of them is accepted.  A thousands separator
    must separate groups of three digits: ``"3,30"`` is refused, never read as 330."""
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
