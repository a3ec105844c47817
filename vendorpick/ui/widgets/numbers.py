"""Reading numbers the way users type them, and reading values out of a project.

The typing rules themselves are the core's (:mod:`vendorpick.parsing`, and
:mod:`vendorpick.premium` for surcharges), shared with the quote template import;
this module adds what needs Qt: the locale's way of showing a number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt

from vendorpick import formatting
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
