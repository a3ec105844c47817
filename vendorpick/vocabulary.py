"""The words of the domain, once: bands, channels, weighting and scoring
methods, criterion kinds and quote kinds.

Each table maps an id of the project file to its English label, a msgid of
the core's gettext catalogue (``resources/locale``); :func:`word` gives it in
either language.  The Japanese spelling is the catalogue's, one per word
(bands: 平日日中, 平日夜間, 土日祝日中, 土日祝夜間 — without a middle dot).

The one exception to "the UI translates with Qt Linguist": the desktop
application shows these vocabulary words through this module (``word(kind,
id, lang)``) so that the window, the workbook, the template and the command
line say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vendorpick.i18n import L_, N_, LazyText, _

#: the four bands of SPEC section 2, as labels (workbook headings, UI fields)
BANDS: dict[str, str] = {
    "weekday_day": N_("Weekday day"),
    "weekday_night": N_("Weekday night"),
    "holiday_day": N_("Holiday day"),
    "holiday_night": N_("Holiday night"),
}
#: the bands inside a sentence ("Covers weekend/holiday night")
BAND_PHRASES: dict[str, str] = {
    "weekday_day": N_("weekday daytime"),
    "weekday_night": N_("weekday night"),
    "holiday_day": N_("weekend/holiday daytime"),
    "holiday_night": N_("weekend/holiday night"),
}
#: contact channels (for the coming channels feature)
CHANNELS: dict[str, str] = {
    "phone": N_("Phone"),
    "mail": N_("Email"),
    "chat": N_("Chat"),
    "message": N_("R-Messe"),
}
WEIGHTING_METHODS: dict[str, str] = {
    "direct": N_("direct weights"),
    "rank": N_("rank order centroid"),
    "ahp": N_("AHP"),
    "override": N_("what-if weights"),
}
SCORING_METHODS: dict[str, str] = {
    "weighted_sum": N_("weighted sum"),
    "topsis": "TOPSIS",
}
CRITERION_KINDS: dict[str, str] = {
    "cost": N_("cost"),
    "rating": N_("rating"),
    "number": N_("number"),
    "yes_no": N_("yes / no"),
    "service": N_("response time"),
}
QUOTE_KINDS: dict[str, str] = {
    "fixed": N_("fixed monthly fee"),
    "per_contact": N_("pay per contact"),
    "graduated": N_("graduated tiers"),
    "per_minute": N_("per minute"),
    "dedicated": N_("dedicated seats"),
}
TABLES: dict[str, dict[str, str]] = {
    "band": BANDS, "band_phrase": BAND_PHRASES, "channel": CHANNELS, "weighting": WEIGHTING_METHODS,
    "scoring": SCORING_METHODS, "criterion_kind": CRITERION_KINDS, "quote_kind": QUOTE_KINDS,
}


def word(kind: str, key: str, lang: str) -> str:
    """The label of ``key`` in table ``kind`` (see :data:`TABLES`) in ``lang``."""
    return _(lang, TABLES[kind][key])


def band_label(band: str, lang: str) -> str:
    """``平日日中`` / ``Weekday day`` for ``weekday_day``."""
    return _(lang, BANDS[band])


def channel_name(cid: str, name: str = "") -> str | LazyText:
    """How a channel is named wherever it is shown: its own name in the project,
    else the usual word for its id (a lazy text, worded in the language it is
    shown in: 電話 / Phone), else the id as the shop's file spells it."""
    if name:
        return name
    return L_(CHANNELS[cid]) if cid in CHANNELS else cid


def channel_label(cid: str, name: str, lang: str) -> str:
    """:func:`channel_name` in ``lang``."""
    named = channel_name(cid, name)
    return named.render(lang) if isinstance(named, LazyText) else named


@dataclass(frozen=True)
class Listed(LazyText):
    """Texts (lazy or not) joined with the list separator of the language they
    are shown in (``電話、メール`` / ``Phone, Email``); build with :func:`listed`."""

    def render(self, lang: str) -> str:
        parts = (v.render(lang) if isinstance(v, LazyText) else str(v) for _k, v in self.args)
        return ("、" if lang == "ja" else ", ").join(parts)


def listed(items: Iterable[str | LazyText]) -> Listed:
    """``items`` as one lazy text, joined when shown."""
    return Listed("", tuple(("", item) for item in items))

