"""Showing figures the way Japanese business users and Excel show them.

Python's ``format`` rounds a tie to even (``f"{86.25:.1f}"`` is ``86.2``,
``f"{0.5:.0f}"`` is ``0``); Excel's number formats and the 四捨五入 that
every buyer learnt round half away from zero.  Every figure the command
line, the application and the workbook's sentences show goes through
:func:`half_up` so that the three agree to the last digit.  The engine
itself never rounds (SPEC section 2).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Container
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

#: enough digits for any float written out in full (1.8e308 has 309), so that
#: rounding never runs out of precision (the default context has 28 digits
#: and raised ``InvalidOperation`` for totals from 1e28 on)
_CONTEXT = Context(prec=400, Emax=999_999, Emin=-999_999)
#: shown for a figure that is not a number (never expected: SPEC 5 keeps
#: every figure finite, but a display must not crash on one)
NOT_A_NUMBER = "—"


def _rounded(value: object, places: int) -> Decimal | None:
    """The shortest repr of ``value`` rounded half up, or None when it is not
    a finite number."""
    try:
        number_ = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(number_):
        return None
    try:
        step = Decimal(1).scaleb(-int(places), _CONTEXT)
        return Decimal(repr(number_)).quantize(step, rounding=ROUND_HALF_UP, context=_CONTEXT)
    except (InvalidOperation, ValueError, OverflowError):
        return None


def half_up(value: float, places: int = 0) -> float:
    """``value`` rounded half away from zero to ``places`` decimals.

    The shortest repr of the float is rounded, so 86.25 → 86.3 and
    2.675 → 2.68, as Excel displays them.  Never raises: NaN and infinities
    come back as they are, anything that is not a number as NaN.
    """
    rounded = _rounded(value, places)
    if rounded is not None:
        return float(rounded)
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return math.nan


def number(value: float, places: int = 0) -> str:
    """``1234567.5`` → ``1,234,568`` (thousands separators, half up); "—" for
    NaN, infinities and values that are not numbers.  Never raises."""
    places = max(0, min(int(places), 20))
    rounded = _rounded(value, places)
    if rounded is None:
        return NOT_A_NUMBER
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    return f"{rounded:,.{places}f}"


def percent(fraction: float, places: int = 1) -> str:
    """``0.9785`` → ``97.9%``."""
    try:
        scaled = 100.0 * float(fraction)
    except (TypeError, ValueError, OverflowError):
        return NOT_A_NUMBER
    text = number(scaled, places)
    return text if text == NOT_A_NUMBER else f"{text}%"


def yen(value: float, lang: str) -> str:
    """Whole yen with separators: ``1,234円`` in Japanese, ``¥1,234`` in English."""
    text = number(abs(value)) if isinstance(value, int | float) else NOT_A_NUMBER
    if text == NOT_A_NUMBER:
        return text
    sign = "-" if half_up(value) < 0 else ""
    return f"{sign}{text}円" if lang == "ja" else f"{sign}¥{text}"


#: The leader's price cut (it is first already, no cut is needed), the same in the
#: terminal, the workbook and the window.
LEADER_CUT = "—"


def text_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (and Excel character units in the
    workbook): East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (on the left when ``right``)."""
    gap = " " * max(0, width - text_width(text))
    return gap + text if right else text + gap


def text_table(rows: list[list[str]], right: Container[int] = (), rule: bool = False) -> list[str]:
    """Lines of a terminal table: columns two spaces apart, padded to the widest
    cell (Japanese counted double), the columns in ``right`` right-aligned; with
    ``rule`` a line of dashes under the first row (the header)."""
    if not rows:
        return []
    widths = [max(text_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(pad(cell, widths[i], i in right) for i, cell in enumerate(r)).rstrip() for r in rows]
    if rule:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return lines
