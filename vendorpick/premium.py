"""Surcharges as vendors write them: the one set of rules of the window, the
quote template import and the workbook.

A surcharge (night, weekend, holiday) is written as a percentage premium on
the price: ``+25 %``, ``25%``, ``25`` and ``＋２５％`` all mean 1.25 × the
price, the multiplier the project file keeps.  A factor written as such —
``1.25倍``, ``×1.25``, ``1.25x`` — is that multiplier.  A bare decimal in
(1, 3] such as ``1.25`` is ambiguous: it reads as +1.25 % but is most
likely the multiplier, so it is never taken silently (the window asks, the
import refuses the cell).  A discount (below 0 %) or a premium above +200 %
is refused.

:func:`premium_percent` applies every rule to a typed text and raises
:class:`PremiumRefused` with the reason; each caller words the reason in the
user's language (Qt's ``tr`` in the window, a Problem code in the import).
"""

from __future__ import annotations

import re

from vendorpick.parsing import normalise, parse_number

#: the largest surcharge premium accepted without a second thought (+200 %)
PREMIUM_MAX_PERCENT = 200.0
#: what a Japanese quote puts after a premium: 「25%増」, 「25%増し」
_INCREASE = ("増し", "増")
#: a premium in tenths (割), hundredths (分) and thousandths (厘) of the price:
#: 「2割」 is +20 %, 「2割5分」 +25 %, 「1割2分5厘」 +12.5 % (never a bare 分: 5 minutes)
_TENTHS = re.compile(r"\+?(\d+(?:\.\d+)?)割(?:(\d)分)?(?:(\d)厘)?")


class PremiumRefused(ValueError):
    """A premium that is not taken.  ``reason``: ``"not_a_number"``,
    ``"ambiguous"`` (a bare decimal: ``value`` is that decimal, read either as
    ``value`` % or as ``value`` × the price), ``"discount"`` or ``"too_high"``
    (``percent`` is the premium read)."""

    def __init__(self, reason: str, value: float | None = None, percent: float | None = None):
        super().__init__(reason)
        self.reason, self.value, self.percent = reason, value, percent


def _strip_increase(text: str) -> str:
    for mark in _INCREASE:
        if text.endswith(mark):
            return text.removesuffix(mark)
    return text


def parse_tenths(text: str) -> float | None:
    """A premium written in tenths of the price, in percent: ``"2割5分増し"`` → 25.0,
    ``"２割増"`` → 20.0, ``"1割2分5厘"`` → 12.5; None for any other text."""
    match = _TENTHS.fullmatch(_strip_increase(normalise(text)))
    if match is None:
        return None
    whole, hundredths, thousandths = match.groups()
    return round(float(whole) * 10 + int(hundredths or 0) + int(thousandths or 0) / 10, 10)


def parse_premium(text: str) -> float | None:
    """A percentage premium as written: ``"+25 %"``, ``"25%"``, ``"25"``,
    ``"＋２５％"``, ``"25%増"`` and ``"2割5分増し"`` are all 25.0 (a multiplier of
    1.25); ``"0"`` is no premium.  None when the text is not a number.  No check
    of range or ambiguity (see :func:`premium_percent`)."""
    tenths = parse_tenths(text)
    if tenths is not None:
        return tenths
    return parse_number(_strip_increase(normalise(text)), "percent")


_TIMES = re.compile(r"^[x×*]|[x×*倍]$", re.IGNORECASE)


def parse_times(text: str) -> float | None:
    """A surcharge written as a factor: ``"1.25倍"``, ``"×1.25"``, ``"1.25x"`` → 1.25;
    None when the text has no such mark or is no plain number."""
    text = normalise(text)
    if not _TIMES.search(text):
        return None
    return parse_number(_TIMES.sub("", text), "")


def is_ambiguous_value(value: float) -> bool:
    """A bare number that reads as a premium of ``value`` % but is most likely
    the multiplier: a decimal in (1, 3] (``1.25``, ``1.5``; not ``2``)."""
    return not float(value).is_integer() and 1 < value <= 3


def ambiguous_decimal(text: str) -> float | None:
    """The decimal of a text that is a bare decimal such as ``1.25`` or ``1.5``
    (:func:`is_ambiguous_value`); None for any other text.  Said with a sign or
    a percent mark (``+1.25``, ``1.25%``), it is a premium, not ambiguous."""
    text = _strip_increase(normalise(text))
    value = parse_number(text)
    if value is None or "%" in text or text.startswith("+") or not is_ambiguous_value(value):
        return None
    return value


def is_ambiguous_premium(text: str) -> bool:
    """A bare decimal such as ``1.25`` typed as a premium: it reads as +1.25 %
    but was most likely meant as 1.25 × the price."""
    return ambiguous_decimal(text) is not None


def premium_to_multiplier(percent: float) -> float:
    """+25 (%) → 1.25."""
    return round(1.0 + percent / 100.0, 12)


def multiplier_to_premium(multiplier: float) -> float:
    """1.25 → 25.0 (%), rounded to 10 decimals (1.1 gives 10.0, not 10.000000000000009)."""
    return round((float(multiplier) - 1.0) * 100.0, 10)


def check_premium(percent: float) -> float:
    """``percent`` when it is a plausible premium; :class:`PremiumRefused` for a
    discount or a premium above :data:`PREMIUM_MAX_PERCENT`."""
    if percent < 0:
        raise PremiumRefused("discount", percent=percent)
    if percent > PREMIUM_MAX_PERCENT:
        raise PremiumRefused("too_high", percent=percent)
    return percent


def premium_percent(text: str) -> float:
    """The premium in percent of a typed text, every rule applied: a factor
    (``1.25倍``) → 25.0; a premium (``+25 %``, ``25``) → 25.0; a bare decimal
    in (1, 3], a text that is no number, a discount or a premium above +200 %
    → :class:`PremiumRefused`.  An empty text is no number (callers decide
    what blank means)."""
    times = parse_times(text)
    if times is not None:
        return check_premium(multiplier_to_premium(times))
    bare = ambiguous_decimal(text)
    if bare is not None:
        raise PremiumRefused("ambiguous", value=bare)
    percent = parse_premium(text)
    if percent is None:
        raise PremiumRefused("not_a_number")
    return check_premium(percent)


def plain(value: float) -> str:
    """A premium's figure without trailing zeros: 25.0 → ``"25"``, 12.5 → ``"12.5"``."""
    text = f"{round(float(value), 10):.12g}"
    return "0" if text == "-0" else text


def format_premium(multiplier: float | None) -> str:
    """A multiplier as the premium a user reads: 1.25 → ``"+25 %"``, 1.0 → ``"0 %"``,
    None → ``""``."""
    if multiplier is None:
        return ""
    percent = multiplier_to_premium(multiplier)
    if percent == 0:
        return "0 %"
    return f"{'+' if percent > 0 else '-'}{plain(abs(percent))} %"


def premium_fraction(multiplier: float) -> float:
    """The premium as the fraction a spreadsheet's percentage holds: 1.25 → 0.25."""
    return multiplier_to_premium(multiplier) / 100.0


def premium_format(multiplier: float) -> str:
    """A spreadsheet number format that shows the premium of ``multiplier`` as
    :func:`format_premium` writes it, without the space: 1.25 → ``+0%;-0%;0%``
    (0.25 shows ``+25%``), 1.125 → ``+0.0%;-0.0%;0%`` (``+12.5%``); no
    trailing zeros, at most 4 decimals."""
    text = plain(abs(multiplier_to_premium(multiplier)))
    decimals = min(4, len(text.partition(".")[2])) if "e" not in text else 4
    digits = "0." + "0" * decimals if decimals else "0"
    return f"+{digits}%;-{digits}%;0%"
