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
from vendorpick.vocabulary import BAND_PHRASES

MARKER = "vendorpick-quotes/1"
PLAN_COUNT = 5
FIRST_PLAN_COLUMN = 4  # D
PLAN_COLUMNS = tuple(range(FIRST_PLAN_COLUMN, FIRST_PLAN_COLUMN + PLAN_COUNT))
VENDOR_COLUMN = FIRST_PLAN_COLUMN
TIER_COUNT = 4
MAX_TEXT = 2000
SCORE_PREFIX = "score:"

YES = N_("yes")
NO = N_("no")
YES_WORDS = {_("en", YES), _("ja", YES)}
NO_WORDS = {_("en", NO), _("ja", NO)}


@dataclass(frozen=True)
class QuoteField:
    """One input row: ``kind`` is yen, count, mult, hour, months, yes_no or text;
    its heading and hint are texts of the core catalogue."""

    key: str
    kind: str
    heading: LazyText
    hint_text: LazyText | None = None
    required: bool = False

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
                   L_("contacts a month; blank = 0")),
        QuoteField("rate", "yen", L_("Price per extra contact"),
                   L_("yen per contact beyond the included ones; leave blank when using tiers")),
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
            QuoteField(f"sur_{band}_multiplier", "mult", L_("{band}: price multiplier", band=name),
                       L_("e.g. 1.25; blank = 1")),
            QuoteField(f"sur_{band}_per_contact", "yen", L_("{band}: extra per contact", band=name), _YEN0),
            QuoteField(f"sur_{band}_monthly", "yen", L_("{band}: monthly option fee", band=name), _YEN0),
        ]
    f += [
        QuoteField("min_term_months", "months", L_("Minimum contract term (months)"), L_("blank = 0")),
        QuoteField("notes", "text", L_("Notes on this plan")),
    ]
    return f


PLAN_FIELDS: tuple[QuoteField, ...] = tuple(_plan_fields())
VENDOR_FIELDS: tuple[QuoteField, ...] = (
    QuoteField("vendor_name", "text", L_("Company name"), L_("required"), True),
    QuoteField("vendor_notes", "text", L_("Notes (contact person, conditions)")),
)
PLAN_FIELD_BY_KEY = {f.key: f for f in PLAN_FIELDS}
