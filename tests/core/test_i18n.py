"""The user's language: --lang, else VENDORPICK_LANG, else the locale."""

from __future__ import annotations

import pytest

from vendorpick.i18n import detect_lang

LOCALE_VARS = ("VENDORPICK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def clean_env(monkeypatch):
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


def test_explicit_choice_wins(clean_env):
    clean_env.setenv("VENDORPICK_LANG", "en")
    clean_env.setenv("LANG", "en_US.UTF-8")
    assert detect_lang("ja") == "ja"


def test_environment_variable_beats_the_locale(clean_env):
    clean_env.setenv("LANG", "en_US.UTF-8")
    clean_env.setenv("VENDORPICK_LANG", "ja")
    assert detect_lang() == "ja"


def test_locale_in_gettext_order(clean_env):
    clean_env.setenv("LANG", "en_US.UTF-8")
    clean_env.setenv("LC_ALL", "ja_JP.UTF-8")
    assert detect_lang() == "ja"
    clean_env.setenv("LANGUAGE", "en:ja")  # LANGUAGE comes first, as in gettext
    assert detect_lang() == "en"


def test_unknown_languages_fall_back_to_english(clean_env):
    clean_env.setenv("LANG", "fr_FR.UTF-8")
    assert detect_lang() == "en"
    assert detect_lang("ko") == "en"
