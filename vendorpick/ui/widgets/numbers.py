"""Reading numbers the way users type them, and reading values out of a project."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale

from vendorpick.errors import Problem, format_loc

_STRIP = re.compile(r"[\s¥￥円%％,，_]")


def parse_number(text: str) -> float | None:
    """``"1,234"``, ``"１２３４"`` (full-width, as a Japanese input method
    types it), ``"¥1,200"``, ``"12.5%"`` or the locale's own format → a float;
    None when the text is not a number."""
    text = unicodedata.normalize("NFKC", text).strip()
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(_STRIP.sub("", text).replace("−", "-"))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


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
