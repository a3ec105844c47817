"""The layout of the quote template, shared by the writer and the importer.

Column A (hidden) of the input sheet holds a key per row, so the importer
finds every field by its key, not by its row number; cell A1 holds
:data:`MARKER`.  Plans are side by side in columns :data:`PLAN_COLUMNS`; the
vendor's own answers (name, notes, criteria) are in column :data:`VENDOR_COLUMN`.
"""

from __future__ import annotations

from dataclasses import dataclass

from vendorpick.i18n import N_, _
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

BAND_LABELS = BAND_PHRASES
YES = N_("yes")
NO = N_("no")
YES_WORDS = {_("en", YES), _("ja", YES)}
NO_WORDS = {_("en", NO), _("ja", NO)}


@dataclass(frozen=True)
class QuoteField:
    """One input row: ``kind`` is yen, count, mult, hour, months, yes_no or text."""

    key: str
    kind: str
    en: str
    ja: str
    hint_en: str = ""
    hint_ja: str = ""
    required: bool = False

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en

    def hint(self, lang: str) -> str:
        return self.hint_ja if lang == "ja" else self.hint_en


_YEN0 = ("yen; blank = 0", "円（空欄 = 0）")  # QuoteField keeps its (en, ja) texts: not yet in the catalogue


def _plan_fields() -> list[QuoteField]:
    f = [
        QuoteField("name", "text", "Plan name", "プラン名", "required; one column per plan", "必須。1 列に 1 プラン", True),
        QuoteField("tax_included", "yes_no", "Prices include consumption tax", "金額は税込",
                   "yes = tax included (税込), no = tax excluded", "はい = 税込、いいえ = 税抜", True),
        QuoteField("monthly_fee", "yen", "Monthly fee", "月額固定費", *_YEN0),
        QuoteField("included_contacts", "count", "Contacts included in the monthly fee", "月額に含まれる件数",
                   "contacts a month; blank = 0", "件/月（空欄 = 0）"),
        QuoteField("rate", "yen", "Price per extra contact", "超過1件あたりの単価",
                   "yen per contact beyond the included ones; leave blank when using tiers",
                   "円/件（含まれる件数を超えた分）。段階料金を使う場合は空欄"),
    ]
    for k in range(1, TIER_COUNT + 1):
        last = k == TIER_COUNT
        f.append(QuoteField(f"tier{k}_up_to", "count", f"Tier {k}: up to (billable contacts)",
                            f"段階{k}: 上限件数（課金対象件数）",
                            "blank for the last tier (no limit)" if k > 1 else "graduated prices only; blank = no limit",
                            "最後の段階は空欄（上限なし）" if k > 1 else "段階料金の場合のみ。空欄 = 上限なし"))
        f.append(QuoteField(f"tier{k}_rate", "yen", f"Tier {k}: price per contact", f"段階{k}: 単価",
                            "yen per contact" + (" (last tier)" if last else ""), "円/件" + ("（最後の段階）" if last else "")))
    f += [
        QuoteField("minimum_monthly_charge", "yen", "Minimum monthly charge", "月額最低料金", *_YEN0),
        QuoteField("setup_fee", "yen", "Setup fee (one time)", "初期費用", *_YEN0),
        QuoteField("night_start", "hour", "Night hours start (hour)", "夜間の開始時刻（時）",
                   "0–23; blank = 22", "0～23（空欄 = 22 時）"),
        QuoteField("night_end", "hour", "Night hours end (hour)", "夜間の終了時刻（時）",
                   "0–23; blank = 5", "0～23（空欄 = 5 時）"),
    ]
    for band in BANDS:
        en, ja = _("en", BAND_LABELS[band]), _("ja", BAND_LABELS[band])
        f.append(QuoteField(f"cover_{band}", "yes_no", f"Covers {en}", f"対応: {ja}", "yes / no", "はい / いいえ", True))
    for band in SURCHARGE_BANDS:
        en, ja = _("en", BAND_LABELS[band]), _("ja", BAND_LABELS[band])
        f += [
            QuoteField(f"sur_{band}_multiplier", "mult", f"{en}: price multiplier", f"{ja}: 単価の倍率",
                       "e.g. 1.25; blank = 1", "例 1.25（空欄 = 1）"),
            QuoteField(f"sur_{band}_per_contact", "yen", f"{en}: extra per contact", f"{ja}: 1件あたり加算",
                       *_YEN0),
            QuoteField(f"sur_{band}_monthly", "yen", f"{en}: monthly option fee", f"{ja}: 月額オプション料金",
                       *_YEN0),
        ]
    f += [
        QuoteField("min_term_months", "months", "Minimum contract term (months)", "最低契約期間（か月）",
                   "blank = 0", "空欄 = 0"),
        QuoteField("notes", "text", "Notes on this plan", "このプランの備考"),
    ]
    return f


PLAN_FIELDS: tuple[QuoteField, ...] = tuple(_plan_fields())
VENDOR_FIELDS: tuple[QuoteField, ...] = (
    QuoteField("vendor_name", "text", "Company name", "会社名（ベンダー名）", "required", "必須", True),
    QuoteField("vendor_notes", "text", "Notes (contact person, conditions)", "備考（担当者、条件など）"),
)
PLAN_FIELD_BY_KEY = {f.key: f for f in PLAN_FIELDS}
