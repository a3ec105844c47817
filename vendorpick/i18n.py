"""Language choice and bilingual messages for the Qt-free core.

The desktop application translates its own strings with Qt's translation
system; the engine, the command line and the export use this small module so
that they run without Qt.  A message is a pair of templates (English,
Japanese) formatted with ``str.format``.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

LANGS = ("en", "ja")


def detect_lang(explicit: str | None = None) -> str:
    """The user's language: ``explicit``, else ``VENDORPICK_LANG``, else the locale.

    Anything that is not Japanese falls back to English.
    """
    for candidate in (explicit, os.environ.get("VENDORPICK_LANG")):
        if candidate:
            return normalise_lang(candidate)
    # gettext's order: LANGUAGE (a list such as "ja:en") first, then the locale
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_lang(value)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover - broken locale settings
        loc = ""
    return normalise_lang(loc)


def normalise_lang(value: str) -> str:
    """``ja_JP.UTF-8`` → ``ja``; unknown languages → ``en``."""
    return "ja" if value.lower().startswith("ja") else "en"


class Catalog:
    """A set of bilingual message templates keyed by a code."""

    def __init__(self, messages: Mapping[str, tuple[str, str]]):
        self._messages = dict(messages)

    def add(self, messages: Mapping[str, tuple[str, str]]) -> None:
        self._messages.update(messages)

    def __contains__(self, code: str) -> bool:
        return code in self._messages

    def text(self, code: str, lang: str, **ctx: object) -> str:
        en, ja = self._messages[code]
        template = ja if lang == "ja" else en
        try:
            return template.format(**ctx)
        except (KeyError, IndexError, ValueError):
            return template


def pick(lang: str, en: str, ja: str) -> str:
    """Choose between an English and a Japanese text."""
    return ja if lang == "ja" else en
