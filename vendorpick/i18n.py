"""Language choice and the gettext catalogue of the Qt-free core.

The desktop application translates its own strings with Qt Linguist; the
engine, the command line, the export, the template and the history fit use
ONE gettext catalogue, domain ``vendorpick``:

- ``resources/locale/vendorpick.pot`` — the English msgids, extracted by
  Babel (``make messages``; keywords ``_:2``, ``n_:2,3``, ``N_``,
  ``NN_:1,2``, ``NP_:1c,2``, ``L_``; ``babel.cfg``),
- ``resources/locale/ja/LC_MESSAGES/vendorpick.po`` and its compiled ``.mo``
  (committed; ``tests/core/test_catalogue.py`` checks they agree and that
  every msgid has a Japanese translation).

English is the msgid itself (the :class:`gettext.NullTranslations` fallback).
The language is chosen per call — the command line's ``--lang``, the
window's language — so nothing is installed globally:

- ``_(lang, msgid)`` translates a text, ``n_(lang, singular, plural, n)`` a
  plural (the caller formats ``{n}`` afterwards),
- ``N_(msgid)`` only marks a text for extraction (tables of codes, labels),
  ``NN_(singular, plural, number)`` a plural message of such a table;
  ``NP_(context, msgid)`` does so for an English text that has another
  Japanese translation elsewhere (gettext's msgctxt; ``_`` accepts both),
- ``L_(msgid, **args)`` is a text rendered later in either language
  (``.render(lang)``), as the undo texts of edits are.
"""

from __future__ import annotations

import gettext
import locale
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

LANGS = ("en", "ja")
DOMAIN = "vendorpick"


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


@cache
def tr(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang`` (cached); English and unknown languages
    get :class:`gettext.NullTranslations`, which return the msgid."""
    if normalise_lang(lang) == "en":
        return gettext.NullTranslations()
    mo = resources.files("vendorpick.resources").joinpath("locale", "ja", "LC_MESSAGES", f"{DOMAIN}.mo")
    with mo.open("rb") as f:
        return gettext.GNUTranslations(f)


class Msg(NamedTuple):
    """An English text that needs its own translation in ``context`` (gettext's
    msgctxt): the same English reads differently in Japanese elsewhere."""

    context: str
    msgid: str


def _(lang: str, msgid: str | Msg) -> str:
    """``msgid`` (an English text, or a :class:`Msg` with its context) in ``lang``."""
    if isinstance(msgid, Msg):
        return tr(lang).pgettext(msgid.context, msgid.msgid)
    return tr(lang).gettext(msgid)


def n_(lang: str, singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in ``lang`` (not yet formatted)."""
    return tr(lang).ngettext(singular, plural, n)


class Plural(NamedTuple):
    """A message with a singular and a plural English form, chosen by the
    count in the placeholder named ``number`` (gettext's ngettext)."""

    singular: str
    plural: str
    number: str = "n"


def NN_(singular: str, plural: str, number: str = "n") -> Plural:
    """Mark a plural message for extraction; the count is the placeholder ``{number}``."""
    return Plural(singular, plural, number)


def N_(msgid: str) -> str:
    """Mark ``msgid`` for extraction only; it is translated where it is shown."""
    return msgid


def NP_(context: str, msgid: str) -> Msg:
    """Mark ``msgid`` with its gettext ``context`` for extraction; ``_`` translates it."""
    return Msg(context, msgid)


@dataclass(frozen=True)
class LazyText:
    """A text to be shown later in either language: an English template and
    the values of its ``{placeholders}`` (a value that is itself a LazyText or
    a :class:`Msg` is rendered in the same language)."""

    msgid: str | Msg
    args: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str) -> str:
        text = _(lang, self.msgid)
        if not self.args:
            return text
        args = {k: v.render(lang) if isinstance(v, LazyText) else _(lang, v) if isinstance(v, Msg) else v
                for k, v in self.args}
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text


def L_(msgid: str | Msg, **args: Any) -> LazyText:
    """A :class:`LazyText` of ``msgid`` (marked for extraction)."""
    return LazyText(msgid, tuple(args.items()))
