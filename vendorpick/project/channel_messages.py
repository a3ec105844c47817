"""Bilingual messages of channels, billing units and seats (SPEC 7), registered on import.

Kept apart from :mod:`vendorpick.errors` so that the codes of format
``vendorpick/2`` live beside the checks that raise them
(:mod:`vendorpick.project.channel_checks`, :mod:`vendorpick.project.model`).
"""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        "vp_seat_count_whole": (
            "the number of seats must be a whole number (got {value})",
            "席数は整数でなければなりません（指定値: {value}）",
        ),
        "vp_channel_shares_zero": (
            "the channels' shares must add up to more than 0",
            "チャネルの構成比（share）の合計は 0 より大きくなければなりません",
        ),
        "vp_channel_unknown": (
            "unknown channel \"{value}\" (the forecast's channels: {known})",
            "不明なチャネル「{value}」です（予測のチャネル: {known}）",
        ),
        "vp_channel_twice": (
            "the channel \"{value}\" is listed twice",
            "チャネル「{value}」が 2 回指定されています",
        ),
        "vp_plan_channels_empty": (
            "must list at least one channel (leave the key out to handle every channel)",
            "チャネルを 1 つ以上指定してください（すべてのチャネルを扱う場合はキーを省略）",
        ),
        "vp_rates_and_tiers": (
            "give either rates by channel or tiers, not both",
            "チャネル別単価（rates）と段階料金（tiers）は同時に指定できません",
        ),
        "vp_aht_needed": (
            "a plan billed by the minute or with seats needs the handling time (aht_min) of the channel "
            "\"{channel}\" it handles",
            "分単位課金または席のあるプランには、扱うチャネル「{channel}」の平均処理時間（aht_min）が必要です",
        ),
        "vp_aht_needs_channels": (
            "a plan billed by the minute or with seats needs the forecast's channels with their handling "
            "time (forecast.channels with aht_min)",
            "分単位課金または席のあるプランには、予測のチャネルとその平均処理時間"
            "（forecast.channels の aht_min）が必要です",
        ),
    }
)
