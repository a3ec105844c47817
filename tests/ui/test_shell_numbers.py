"""Reading and showing numbers in the fields (vendorpick/ui/widgets/numbers.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from vendorpick.ui.widgets.numbers import format_plain, parse_number

LOCALES = [QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
           QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)]


@pytest.fixture(params=LOCALES, ids=["ja", "en"])
def locale(request, qapp):
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(LOCALES[1])


@pytest.mark.parametrize(("text", "value"), [
    ("1,234", 1234.0), ("１２３４", 1234.0), ("¥1,200", 1200.0), ("1200円", 1200.0), ("12.5%", 12.5),
    (" 0.07 ", 0.07), ("-3", -3.0), ("２．５", 2.5),
])
def test_parse_what_users_type(locale, text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", "nan", "inf", "1e400"])
def test_not_numbers(locale, text):
    assert parse_number(text) is None


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 6)), st.booleans())
def test_shown_value_reads_back(qapp, value, grouped):
    for loc in LOCALES:
        QLocale.setDefault(loc)
        assert parse_number(format_plain(value, grouped=grouped)) == pytest.approx(value, rel=1e-9, abs=1e-6)
    QLocale.setDefault(LOCALES[1])
