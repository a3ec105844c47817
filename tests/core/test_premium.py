"""The one set of surcharge-premium rules (vendorpick.premium), Qt-free: what the
window's premium field and the quote template import both apply."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.premium import (
    PremiumRefused,
    format_premium,
    is_ambiguous_premium,
    multiplier_to_premium,
    parse_times,
    premium_format,
    premium_fraction,
    premium_percent,
    premium_to_multiplier,
)


@pytest.mark.parametrize(("text", "percent"), [
    ("+25%", 25.0), ("25%", 25.0), ("25", 25.0), ("+25 %", 25.0), ("＋２５％", 25.0), ("25%増", 25.0),
    ("1.25倍", 25.0), ("１．２５倍", 25.0), ("×1.25", 25.0), ("1.25x", 25.0), ("X1.25", 25.0), ("*1.25", 25.0),
    ("0", 0.0), ("1倍", 0.0), ("+1.25%", 1.25), ("+1.25", 1.25), ("1.25%", 1.25), ("2", 2.0), ("0.5", 0.5),
    ("3倍", 200.0), ("+200%", 200.0), ("3.5", 3.5), ("1.1倍", 10.0),
    # Japanese quotes' tenths (割), hundredths (分) and thousandths (厘) of the price
    ("2割増", 20.0), ("2割5分増し", 25.0), ("２割５分増し", 25.0), ("＋3割", 30.0), ("1割2分5厘", 12.5),
    ("25%増し", 25.0), ("5割", 50.0),
])
def test_a_premium_as_written(text, percent):
    assert premium_percent(text) == percent


@pytest.mark.parametrize(("text", "reason", "value"), [
    ("1.25", "ambiguous", 1.25), ("1.5", "ambiguous", 1.5), ("３", None, None), ("2.999", "ambiguous", 2.999),
    ("1.25増", "ambiguous", 1.25), ("abc", "not_a_number", None), ("", "not_a_number", None),
    ("5分", "not_a_number", None), ("2割5", "not_a_number", None), ("1.25%倍", "not_a_number", None), ("¥1.25倍", "not_a_number", None),
    ("-10%", "discount", None), ("0.8倍", "discount", None), ("250", "too_high", None), ("×3.5", "too_high", None),
    ("25割", "too_high", None),
])
def test_what_is_refused_and_why(text, reason, value):
    if reason is None:  # a whole number is a plain premium: 3 is +3 %
        assert premium_percent(text) == 3.0
        return
    with pytest.raises(PremiumRefused) as info:
        premium_percent(text)
    assert info.value.reason == reason and info.value.value == value


def test_the_ambiguous_range_is_a_bare_decimal_in_1_to_3():
    assert [t for t in ("1", "1.0001", "1.25", "3", "3.0", "3.01", "0.99", "1.25%", "+1.25", "1,25")
            if is_ambiguous_premium(t)] == ["1.0001", "1.25"]
    assert parse_times("1.25") is None and parse_times("倍1.25") is None


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=200, places=4))
def test_a_shown_premium_reads_back_as_the_same_multiplier(percent):
    """The text the window shows (+12.5 %) is read back as the multiplier it came from."""
    multiplier = premium_to_multiplier(float(percent))
    assert premium_to_multiplier(premium_percent(format_premium(multiplier))) == multiplier


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=200, places=4))
def test_the_workbook_fraction_is_the_premium(percent):
    multiplier = premium_to_multiplier(float(percent))
    assert premium_fraction(multiplier) * 100 == pytest.approx(float(percent), abs=1e-9)
    assert multiplier_to_premium(multiplier) == pytest.approx(float(percent), abs=1e-9)


def test_formats():
    assert [format_premium(m) for m in (1.25, 1.0, 1.125, 3.0, 1.1, None)] == \
        ["+25 %", "0 %", "+12.5 %", "+200 %", "+10 %", ""]
    assert premium_format(1.25) == premium_format(1.0) == "+0%;-0%;0%"
    assert premium_format(1.125) == "+0.0%;-0.0%;0%"
    assert premium_format(1.0125) == "+0.00%;-0.00%;0%"
    assert premium_format(1 + 1 / 3) == "+0.0000%;-0.0000%;0%"  # at most 4 decimals
