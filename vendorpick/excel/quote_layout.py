"""The layout of the quote template, shared by the writer and the importer.

Column A (hidden) of the input sheet holds a key per row, so the importer
finds every field by its key, not by its row number; cell A1 holds
:data:`MARKER`.  Plans are side by side in columns :data:`PLAN_COLUMNS`; the
vendor's own answers (name, notes, criteria) are in column :data:`VENDOR_COLUMN`.
"""

from __future__ import annotations

from dataclasses import dataclass

from vendorpick.i18n import L_, N_, NP_, LazyText, _
from vendorpick.project.model import BANDS, SURCHARGE_BANDS
from vendorpick.vocabulary import BAND_PHRASES, CHANNELS

MARKER = "vendorpick-quotes/1"
PLAN_COUNT = 5
FIRST_PLAN_COLUMN = 4  # D
PLAN_COLUMNS = tuple(range(FIRST_PLAN_COLUMN, FIRST_PLAN_COLUMN + PLAN_COUNT))
VENDOR_COLUMN = FIRST_PLAN_COLUMN
TIER_COUNT = 4
MAX_TEXT = 2000
SCORE_PREFIX = "score:"
RATE_PREFIX = "rate:"  # rows of rates by channel: ``rate:phone``
HANDLES_PREFIX = "handles:"  # rows "handles this channel": ``handles:phone``
PHASE_COUNT = 3

YES = N_("yes")
NO = N_("no")
YES_WORDS = {_("en", YES), _("ja", YES)}
NO_WORDS = {_("en", NO), _("ja", NO)}
CONTACT = N_("contact")
MINUTE = N_("minute")
CONTACT_WORDS = {_("en", CONTACT), _("ja", CONTACT)}
MINUTE_WORDS = {_("en", MINUTE), _("ja", MINUTE)}


@dataclass(frozen=True)
class QuoteField:
    """One input row: ``kind`` is yen, count, whole, premium, mult, hour, months, unit,
    month, bands, yes_no or text; its heading and hint are texts of the core catalogue.
    An ``optional`` row may be absent (templates sent out before it existed)."""

    key: str
    kind: str
    heading: LazyText
    hint_text: LazyText | None = None
    required: bool = False
    optional: bool = False

    def label(self, lang: str) -> str:
        return self.heading.render(lang)

    def hint(self, lang: str) -> str:
        return self.hint_text.render(lang) if self.hint_text is not None else ""


_YEN0 = L_("yen; blank = 0")


def _plan_fields() -> list[QuoteField]:
    f = [
        QuoteField("name", "text", L_("Plan name"), L_("required; one column per plan"), True),
        QuoteField("tax_included", "yes_no", L_("Prices include consumption tax"),
                   L_("yes = tax included (税込), no = tax excluded"), True),
        QuoteField("monthly_fee", "yen", L_("Monthly fee"), _YEN0),
        QuoteField("included_contacts", "count", L_("Contacts included in the monthly fee"),
                   L_("contacts a month (minutes when billed by the minute); blank = 0")),
        QuoteField("rate", "yen", L_("Price per extra contact"),
                   L_("yen per contact beyond the included ones; leave blank when using tiers")),
        QuoteField("unit", "unit", L_("Billed by"), L_("contact or minute (of handling time); blank = contact"),
                   optional=True),
        QuoteField("rounding", "yes_no", L_("Each contact rounded up to a whole minute"),
                   L_("billing by the minute: yes / no; blank = no"), optional=True),
    ]
    for k in range(1, TIER_COUNT + 1):
        last = k == TIER_COUNT
        f.append(QuoteField(f"tier{k}_up_to", "count", L_("Tier {k}: up to (billable contacts)", k=k),
                            L_("blank for the last tier (no limit)") if k > 1
                            else L_("graduated prices only; blank = no limit")))
        f.append(QuoteField(f"tier{k}_rate", "yen", L_("Tier {k}: price per contact", k=k),
                            L_("yen per contact (last tier)") if last else L_("yen per contact")))
    f += [
        QuoteField("minimum_monthly_charge", "yen", L_("Minimum monthly charge"), _YEN0),
        QuoteField("setup_fee", "yen", L_("Setup fee (one time)"), _YEN0),
        QuoteField("night_start", "hour", L_("Night hours start (hour)"), L_("0–23; blank = 22")),
        QuoteField("night_end", "hour", L_("Night hours end (hour)"), L_("0–23; blank = 5")),
    ]
    for band in BANDS:
        f.append(QuoteField(f"cover_{band}", "yes_no", L_("Covers {band}", band=L_(BAND_PHRASES[band])),
                            L_(NP_("excel.quotes_template", "yes / no")), True))
    for band in SURCHARGE_BANDS:
        name = L_(BAND_PHRASES[band])
        f += [
            QuoteField(f"sur_{band}_premium", "premium", L_("{band}: premium on the price (%)", band=name),
                       L_("e.g. +25% or 1.25倍 (price × 1.25); 0–200%; blank = none"), optional=True),
            QuoteField(f"sur_{band}_per_contact", "yen", L_("{band}: extra per contact", band=name), _YEN0),
            QuoteField(f"sur_{band}_monthly", "yen", L_("{band}: monthly option fee", band=name), _YEN0),
        ]
    f += [
        QuoteField("seats_count", "whole", L_("Dedicated seats: number of seats"),
                   L_("dedicated team (専任); blank = none"), optional=True),
        QuoteField("seats_per_month", "yen", L_("Dedicated seats: price per seat a month"), _YEN0, optional=True),
        QuoteField("seats_per_hour", "yen", L_("Dedicated seats: price per seat an open hour"), _YEN0,
                   optional=True),
        QuoteField("min_term_months", "months", L_("Minimum contract term (months)"), L_("blank = 0")),
    ]
    for k in range(1, PHASE_COUNT + 1):
        f += [
            QuoteField(f"phase{k}_from", "month", L_("Roll-out phase {k}: from month", k=k),
                       L_("staged roll-out only: YYYY-MM, e.g. 2027-07"), optional=True),
            QuoteField(f"phase{k}_bands", "bands", L_("Roll-out phase {k}: bands covered", k=k),
                       L_("from that month: e.g. 平日日中、平日夜間 / Weekday day, Holiday day; blank = none"),
                       optional=True),
        ]
    f.append(QuoteField("notes", "text", L_("Notes on this plan")))
    return f


def channel_fields(channels: list[tuple[str, str | LazyText]]) -> list[QuoteField]:
    """Rows of rates by channel and of the channels a plan handles, for (id, name) pairs."""
    out = []
    for cid, name in channels:
        out.append(QuoteField(RATE_PREFIX + cid, "yen", L_("Price per unit: {channel}", channel=name),
                              L_("yen per contact or minute of this channel; blank = the price above"),
                              optional=True))
    for cid, name in channels:
        out.append(QuoteField(HANDLES_PREFIX + cid, "yes_no", L_("Handles {channel}", channel=name),
                              L_("yes / no; blank = yes"), optional=True))
    return out


def template_channels(project) -> list[tuple[str, str | LazyText]]:
    """Phone, mail, chat and R-Messe, then the project's other channels (by its names)."""
    out: list[tuple[str, str | LazyText]] = [(cid, L_(msgid)) for cid, msgid in CHANNELS.items()]
    if project is not None and project.forecast.channels:
        out += [(c.id, c.name or c.id) for c in project.forecast.channels if c.id not in CHANNELS]
    return out


PLAN_FIELDS: tuple[QuoteField, ...] = tuple(_plan_fields())
VENDOR_FIELDS: tuple[QuoteField, ...] = (
    QuoteField("vendor_name", "text", L_("Company name"), L_("required"), True),
    QuoteField("vendor_notes", "text", L_("Notes (contact person, conditions)")),
)
PLAN_FIELD_BY_KEY = {f.key: f for f in PLAN_FIELDS}
#: rows of templates sent out before the premium: read when present, no longer written
LEGACY_PLAN_FIELDS: tuple[QuoteField, ...] = tuple(
    QuoteField(f"sur_{band}_multiplier", "mult", L_("{band}: price multiplier", band=L_(BAND_PHRASES[band])),
               optional=True) for band in SURCHARGE_BANDS)
