"""Reading numbers the way users type them, and reading values out of a project.

The typing rules themselves are the core's (:mod:`vendorpick.parsing`, and
:mod:`vendorpick.premium` for surcharges), shared with the quote template import;
this module adds what needs Qt: the locale's way of showing a number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale

from vendorpick.errors import Problem, format_loc
from vendorpick.parsing import UNITS, normalise, parse_number

__all__ = ["UNITS", "format_number", "format_plain", "normalise", "parse_number", "parse_problem", "read_at"]


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


def format_number(value: float | None) -> str:
    """50000.0 → ``"50,000"``; 1.25 → ``"1.25"`` (the locale's separators); None → ``""``."""
    return format_plain(value, grouped=True)
