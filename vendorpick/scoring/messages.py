"""Bilingual message codes of the scoring engine, added to the shared catalog.

Band names are passed as ``band_en``/``band_ja`` so that one problem reads
naturally in either language.
"""

from __future__ import annotations

from vendorpick.errors import MESSAGES

BAND_LABELS: dict[str, tuple[str, str]] = {
    "weekday_day": ("weekday daytime", "平日日中"),
    "weekday_night": ("weekday night", "平日夜間"),
    "holiday_day": ("weekend/holiday daytime", "土日祝日中"),
    "holiday_night": ("weekend/holiday night", "土日祝夜間"),
}

MESSAGES.add(
    {
        "vp_must_min": (
            "\"{criterion}\" is {value}, below the required minimum {limit}",
            "「{criterion}」が {value} で、必須条件の下限 {limit} を下回っています",
        ),
        "vp_must_max": (
            "\"{criterion}\" is {value}, above the allowed maximum {limit}",
            "「{criterion}」が {value} で、必須条件の上限 {limit} を上回っています",
        ),
        "vp_must_yes": (
            "\"{criterion}\" is required but the answer is no",
            "「{criterion}」は必須条件ですが「なし」です",
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
