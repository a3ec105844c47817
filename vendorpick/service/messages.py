"""Bilingual message codes of the response-time checks (SPEC 8), added to the
shared catalog. Import this module where the codes are used
(``vendorpick.service.checks`` does)."""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        "vp_service_unknown_channel": (
            "\"{channel}\" is not a channel of the forecast (channels: {known})",
            "「{channel}」は予測のチャネルではありません（チャネル: {known}）",
        ),
        "vp_service_within_kind": (
            "\"{key}\" does not apply to the {kind} channel \"{channel}\" (use \"{other}\")",
            "「{key}」は{kind_ja}チャネル「{channel}」には指定できません（「{other}」を使ってください）",
        ),
        "vp_service_within_h": (
            "must be a whole number of hours from 1 to {max} (got {value})",
            "1 から {max} までの整数の時間数でなければなりません（{value} が指定されています）",
        ),
        "vp_service_within_s": (
            "must be a number of seconds above 0 and at most {max} (got {value})",
            "0 より大きく {max} 以下の秒数でなければなりません（{value} が指定されています）",
        ),
        "vp_service_target_deferred": (
            "must be a share above 0 and at most 1 (got {value})",
            "0 より大きく 1 以下の割合でなければなりません（{value} が指定されています）",
        ),
        "vp_service_target_live": (
            "must be a share above 0 and below 1 for a live channel: Erlang C never answers every call in time (got {value})",
            "即時応答チャネルでは 0 より大きく 1 未満の割合でなければなりません。アーランC式では全件を時間内に応答することはありません（{value} が指定されています）",
        ),
        "vp_service_no_level": (
            "criterion \"{criterion}\" measures the channel \"{channel}\", which has no service level (settings.service_levels)",
            "評価基準「{criterion}」はチャネル「{channel}」を測りますが、このチャネルにはサービスレベル（settings.service_levels）がありません",
        ),
        "vp_service_no_levels": (
            "criterion \"{criterion}\" measures response times, but no channel has a service level (settings.service_levels)",
            "評価基準「{criterion}」は応答時間を測りますが、サービスレベル（settings.service_levels）が設定されたチャネルがありません",
        ),
    }
)
