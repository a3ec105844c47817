"""Bilingual message codes of the scoring engine, added to the shared catalog.

Band names are passed as ``band_en``/``band_ja`` so that one problem reads
naturally in either language.
"""

from __future__ import annotations

from vendorpick.errors import MESSAGES, Problem

BAND_LABELS: dict[str, tuple[str, str]] = {
    "weekday_day": ("weekday daytime", "平日日中"),
    "weekday_night": ("weekday night", "平日夜間"),
    "holiday_day": ("weekend/holiday daytime", "土日祝日中"),
    "holiday_night": ("weekend/holiday night", "土日祝夜間"),
}

MESSAGES.add(
    {
        "vp_uncovered_free": (
            "Warning: contacts left to the shop (by {count} of the candidates, up to {contacts} over the "
            "horizon) are priced at ¥0 because the in-house cost per contact is 0, so those plans look "
            "cheaper than they are. Set it on the Settings page (\u201cIn-house cost per contact\u201d; "
            "settings.in_house_cost_per_contact in the project file).",
            "注意: {count} 件の候補が対応しない問い合わせ（期間中に最大 {contacts} 件）を店舗側に残しますが、"
            "社内対応コスト（1件あたり）が 0 円のため、その分を 0 円で計算しています。これらのプランは実際より安く見えます。"
            "設定ページの「社内対応コスト(1件あたり)」（プロジェクトファイルでは settings.in_house_cost_per_contact）"
            "に金額を入れてください。",
        ),
        "vp_must_min": (
            "\"{criterion}\" is {value}, below the required minimum {limit}",
            "「{criterion}」が {value} で、必須条件の下限 {limit} を下回っています",
        ),
        "vp_must_max": (
            "\"{criterion}\" is {value}, above the allowed maximum {limit}",
            "「{criterion}」が {value} で、必須条件の上限 {limit} を上回っています",
        ),
        "vp_must_yes": (
            "\"{criterion}\" is required but the answer is \"no\"",
            "「{criterion}」は必須条件ですが、回答は「いいえ」です",
        ),
        "vp_must_band": (
            "the plan does not cover the required band \"{band_en}\"",
            "プランが必須の時間帯「{band_ja}」に対応していません",
        ),
        "vp_must_band_partial": (
            "the plan does not cover the required band \"{band_en}\" in {count} of {months} months (first {first})",
            "プランが必須の時間帯「{band_ja}」に {months} か月中 {count} か月対応していません（最初は {first}）",
        ),
        "vp_ahp_inconsistent": (
            "the pairwise judgements are inconsistent: CR = {cr} is above 0.10 ({table}); "
            "the judgements contributing most: {pairs}",
            "一対比較の判断に整合性がありません: CR = {cr} が 0.10 を超えています（{table}）。"
            "不整合への寄与が大きい判断: {pairs}",
        ),
        "vp_override_unknown": (
            "\"{name}\" is not the id of a criterion of this project",
            "「{name}」はこのプロジェクトの評価基準の ID ではありません",
        ),
        "vp_override_negative": ("the weight must be ≥ 0", "重みは 0 以上でなければなりません"),
        "vp_disagreement": (
            "{vendor}: evaluators {a} ({value_a}) and {b} ({value_b}) disagree on \"{criterion}\" "
            "by {difference}, more than 40 % of its scale",
            "{vendor}: 評価者 {a}（{value_a}）と {b}（{value_b}）の「{criterion}」の評価が "
            "{difference} 離れています（尺度の 40 % 超）",
        ),
    }
)


def uncovered_warning(uncovered_contacts, uncovered_cost) -> Problem | None:
    """The warning of issue 10 (point 3) when some candidate leaves contacts
    to the shop and they cost nothing (in-house cost per contact 0), else
    None.  Takes the candidates' horizon figures (any sequences)."""
    free = [u for u, c in zip(uncovered_contacts, uncovered_cost, strict=True) if u > 1e-9 and c == 0]
    if not free:
        return None
    return Problem("settings.in_house_cost_per_contact", "vp_uncovered_free",
                   {"count": len(free), "contacts": f"{max(free):,.0f}"})
