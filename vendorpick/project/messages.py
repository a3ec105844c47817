"""Bilingual messages of the loader's raw checks and limits (registered on import).

Kept apart from :mod:`vendorpick.errors` so that the codes of the hostile-file
checks (issue 11) live beside the code that raises them.
"""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        "vp_utf16": (
            "the file is saved as UTF-16; save it as UTF-8 (the format of project files)",
            "ファイルが UTF-16 で保存されています。UTF-8（プロジェクトファイルの形式）で保存してください",
        ),
        "vp_not_utf8_at": (
            "the file is not UTF-8 text: byte {position} (line {line}, column {column})",
            "ファイルが UTF-8 のテキストではありません: {position} バイト目（{line} 行 {column} 列）",
        ),
        "vp_limit": (
            "must be at most {limit} (a larger value is refused as a typing error)",
            "{limit} 以下でなければなりません（これより大きい値は入力ミスとして扱います）",
        ),
        "vp_limit_min": (
            "must be at least {limit} (a smaller value is refused as a typing error)",
            "{limit} 以上でなければなりません（これより小さい値は入力ミスとして扱います）",
        ),
        "vp_json_constant": (
            "{name} is not a number JSON allows: write the figure itself (line {line}, column {column})",
            "{name} は JSON の数値として使えません。数値そのものを書いてください（{line} 行 {column} 列）",
        ),
        "vp_number_huge": (
            "the number {value} is far too large (a typing error?)",
            "数値 {value} は大きすぎます（入力ミスではありませんか）",
        ),
        "vp_number_digits": (
            "a number of {digits} digits ({value}) is far too large (a typing error?)",
            "{digits} 桁の数値（{value}）は大きすぎます（入力ミスではありませんか）",
        ),
        "vp_duplicate_key": (
            "the key \"{key}\" is given twice in the same object (first {first}, then {second}): keep one",
            "同じオブジェクトにキー「{key}」が 2 回あります（1 回目 {first}、2 回目 {second}）。どちらか 1 つにしてください",
        ),
        "vp_surrogate": (
            "contains an invalid character (a lone surrogate {char}) that cannot be saved as UTF-8",
            "UTF-8 で保存できない不正な文字（単独のサロゲート {char}）が含まれています",
        ),
        "vp_control_char": (
            "contains the control character {char}, which cannot be shown or written to Excel",
            "表示や Excel への書き出しができない制御文字 {char} が含まれています",
        ),
        "vp_too_deep": (
            "is nested more than {limit} levels deep",
            "入れ子が {limit} 階層を超えています",
        ),
        "vp_json_invalid": (
            "not valid JSON: {error} (line {line}, column {column})",
            "JSON として正しくありません: {error_ja}（{line} 行 {column} 列）",
        ),
        "vp_json_too_deep": (
            "not valid JSON: nested more than {limit} levels deep (line {line}, column {column})",
            "JSON として正しくありません: 入れ子が {limit} 階層を超えています（{line} 行 {column} 列）",
        ),
        "vp_too_many_items": (
            "has {n} items; at most {limit} are allowed",
            "要素が {n} 個あります。{limit} 個までです",
        ),
        "vp_too_many_values": (
            "the file holds more than {limit} values in all, far more than a project needs (the longest list, here, has {n})",
            "ファイル全体の値が {limit} 個を超えており、プロジェクトとしては多すぎます（最も長いリストはここで {n} 個）",
        ),
        "vp_horizon_end": (
            "the horizon {first} + {months} months ends after {last}",
            "期間（{first} から {months} か月）が {last} を超えます",
        ),
        "vp_month_volume": (
            "base_monthly_contacts × this index is {value} contacts a month, more than {limit}",
            "基準の月間件数 × この指数 = 月 {value} 件で、上限 {limit} 件を超えます",
        ),
        "vp_event_product": (
            "the events overlapping on {date} multiply the volume by {value}, more than {limit}",
            "{date} に重なるイベントで件数が {value} 倍になり、上限 {limit} 倍を超えます",
        ),
    }
)
