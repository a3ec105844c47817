"""Problems with input: where they are and what is allowed, in two languages.

Every bad value the user can type or load becomes a :class:`Problem` with a
place (``vendors[1].plans[0].rate``) and a message code.  The code is looked
up in :data:`MESSAGES` at display time, so one problem can be shown in
Japanese in the window and in English in a log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vendorpick.i18n import Catalog

MESSAGES = Catalog(
    {
        # --- generic value rules (also used for pydantic's own error types)
        "missing": ("is required", "必須の項目です"),
        "extra_forbidden": (
            "unknown key (only keys of the file format are allowed; free data goes under \"extra\")",
            "不明なキーです（自由な項目は \"extra\" の下に書いてください）",
        ),
        "greater_than_equal": ("must be ≥ {ge}", "{ge} 以上でなければなりません"),
        "greater_than": ("must be > {gt}", "{gt} より大きくなければなりません"),
        "less_than_equal": ("must be ≤ {le}", "{le} 以下でなければなりません"),
        "less_than": ("must be < {lt}", "{lt} 未満でなければなりません"),
        "float_type": ("must be a number", "数値でなければなりません"),
        "float_parsing": ("must be a number", "数値でなければなりません"),
        "int_type": ("must be a whole number", "整数でなければなりません"),
        "int_parsing": ("must be a whole number", "整数でなければなりません"),
        "int_from_float": ("must be a whole number", "整数でなければなりません"),
        "bool_type": ("must be true or false", "true か false でなければなりません"),
        "bool_parsing": ("must be true or false", "true か false でなければなりません"),
        "string_type": ("must be text", "文字列でなければなりません"),
        "list_type": ("must be a list", "リストでなければなりません"),
        "dict_type": ("must be an object", "オブジェクトでなければなりません"),
        "model_type": ("must be an object", "オブジェクトでなければなりません"),
        "model_attributes_type": ("must be an object", "オブジェクトでなければなりません"),
        "finite_number": ("must be a finite number", "有限の数値でなければなりません"),
        "literal_error": ("must be one of {expected}", "{expected} のいずれかでなければなりません"),
        "enum": ("must be one of {expected}", "{expected} のいずれかでなければなりません"),
        "date_type": ("must be a date YYYY-MM-DD", "YYYY-MM-DD 形式の日付でなければなりません"),
        "date_parsing": ("must be a date YYYY-MM-DD", "YYYY-MM-DD 形式の日付でなければなりません"),
        "date_from_datetime_parsing": (
            "must be a date YYYY-MM-DD",
            "YYYY-MM-DD 形式の日付でなければなりません",
        ),
        "date_from_datetime_inexact": (
            "must be a date YYYY-MM-DD",
            "YYYY-MM-DD 形式の日付でなければなりません",
        ),
        "too_short": (
            "must have at least {min_length} items",
            "{min_length} 個以上の要素が必要です",
        ),
        "too_long": (
            "must have at most {max_length} items",
            "要素は {max_length} 個以下でなければなりません",
        ),
        "json_invalid": ("is not valid JSON ({error})", "JSON として正しくありません（{error}）"),
        "json_type": ("is not valid JSON", "JSON として正しくありません"),
        "unknown": ("is not valid ({msg})", "値が正しくありません（{msg}）"),
        # --- file rules
        "vp_month": ("must be a month YYYY-MM", "YYYY-MM 形式の年月でなければなりません"),
        "vp_length": ("must have exactly {n} values", "ちょうど {n} 個の値が必要です"),
        "vp_profile_sum": (
            "the values must add up to more than 0",
            "値の合計は 0 より大きくなければなりません",
        ),
        "vp_nonempty": ("must not be empty", "空にはできません"),
        "vp_band": (
            "unknown band \"{value}\" (allowed: weekday_day, weekday_night, holiday_day, holiday_night)",
            "不明な時間帯「{value}」です（weekday_day, weekday_night, holiday_day, holiday_night のいずれか）",
        ),
        "vp_duplicate_band": ("band \"{value}\" is listed twice", "時間帯「{value}」が重複しています"),
        "vp_no_weekday_day_surcharge": (
            "weekday_day has no surcharge (only weekday_night, holiday_day, holiday_night)",
            "weekday_day には割増を設定できません（weekday_night, holiday_day, holiday_night のみ）",
        ),
        "vp_event_order": (
            "the start {start} is after the end {end}",
            "開始日 {start} が終了日 {end} より後です",
        ),
        "vp_rate_and_tiers": (
            "give either a flat rate or tiers, not both (set rate to 0 when using tiers)",
            "単価（rate）と段階料金（tiers）は同時に指定できません（tiers を使う場合は rate を 0 に）",
        ),
        "vp_tiers_increasing": (
            "up_to must be strictly increasing ({prev} then {value})",
            "up_to は厳密に増加しなければなりません（{prev} の次に {value}）",
        ),
        "vp_tiers_last_open": (
            "the last tier must have up_to null (no upper limit)",
            "最後の段階の up_to は null（上限なし）でなければなりません",
        ),
        "vp_tiers_only_last_open": (
            "only the last tier may have up_to null",
            "up_to を null にできるのは最後の段階だけです",
        ),
        "vp_tiers_positive": ("up_to must be > 0", "up_to は 0 より大きくなければなりません"),
        "vp_phase_order": (
            "phases must be in month order ({prev} then {value})",
            "段階導入（phases）は月の順に並べてください（{prev} の次に {value}）",
        ),
        "vp_format_newer": (
            "this file was written by a newer vendorpick (format {found}); this version reads {supported}. Please update vendorpick.",
            "このファイルは新しい vendorpick（形式 {found}）で作成されています。このバージョンが読めるのは {supported} までです。vendorpick を更新してください。",
        ),
        "vp_format_unknown": (
            "unknown file format \"{found}\" (expected \"vendorpick/1\")",
            "不明なファイル形式「{found}」です（\"vendorpick/1\" が必要です）",
        ),
        "vp_not_object": (
            "the file must contain one JSON object",
            "ファイルは 1 つの JSON オブジェクトでなければなりません",
        ),
        "vp_too_large": (
            "the file is {size} bytes; files over {limit} bytes are refused",
            "ファイルサイズが {size} バイトです。{limit} バイトを超えるファイルは読み込めません",
        ),
        "vp_not_utf8": (
            "the file is not UTF-8 text (byte {position})",
            "ファイルが UTF-8 のテキストではありません（{position} バイト目）",
        ),
        "vp_read_failed": ("cannot read the file: {error}", "ファイルを読み込めません: {error}"),
        "vp_write_failed": (
            "cannot save the file (the previous file is unchanged): {error}",
            "ファイルを保存できません（元のファイルは変更されていません）: {error}",
        ),
        "vp_json_syntax": (
            "not valid JSON: {error} (line {line}, column {column})",
            "JSON として正しくありません: {error}（{line} 行 {column} 列）",
        ),
        "vp_duplicate_name": (
            "the name \"{name}\" is used twice (names must be unique)",
            "名前「{name}」が重複しています（名前は一意でなければなりません）",
        ),
        "vp_duplicate_id": (
            "the id \"{name}\" is used twice (ids must be unique)",
            "ID「{name}」が重複しています（ID は一意でなければなりません）",
        ),
        "vp_unknown_criterion": (
            "\"{name}\" is not the id of a criterion of this project",
            "「{name}」はこのプロジェクトの評価基準の ID ではありません",
        ),
        "vp_cost_score": (
            "\"{name}\" is a cost criterion: its value comes from the quotes, not from a score",
            "「{name}」は費用の評価基準です。値は見積もりから計算されるため、スコアは入力できません",
        ),
        "vp_score_value": (
            "must be a number, true or false",
            "数値、true、false のいずれかでなければなりません",
        ),
        "vp_score_type_rating": (
            "must be a number from {min} to {max}",
            "{min} から {max} までの数値でなければなりません",
        ),
        "vp_score_range": (
            "{value} is outside the scale {min}–{max} of \"{criterion}\"",
            "{value} は「{criterion}」の尺度 {min}～{max} の範囲外です",
        ),
        "vp_score_type_number": ("must be a number ≥ 0", "0 以上の数値でなければなりません"),
        "vp_score_type_bool": ("must be true or false", "true か false でなければなりません"),
        "vp_key_not_for_kind": (
            "\"{key}\" does not apply to a criterion of kind \"{kind}\"",
            "「{key}」は種類「{kind}」の評価基準には指定できません",
        ),
        "vp_direction_required": (
            "a number criterion needs \"direction\": \"benefit\" or \"cost\"",
            "数値の評価基準には direction（\"benefit\" か \"cost\"）が必要です",
        ),
        "vp_min_below_max": ("min ({min}) must be below max ({max})", "min（{min}）は max（{max}）より小さくなければなりません"),
        "vp_must_outside_scale": (
            "{value} is outside the rating scale {min}–{max}, so no candidate could ever pass",
            "{value} は評価の尺度 {min}～{max} の範囲外です（どの候補も条件を満たせません）",
        ),
        "vp_not_regular_file": (
            "is not a regular file",
            "通常のファイルではありません",
        ),
        "vp_not_finite": (
            "the figures overflow (costs become infinite): check very large values such as base_monthly_contacts, growth_per_year or the prices",
            "計算結果が大きすぎて数値になりません。基準の月間問い合わせ件数、成長率、料金などの極端に大きい値を確認してください",
        ),
        "vp_must_range": (
            "must_min ({min}) is above must_max ({max})",
            "must_min（{min}）が must_max（{max}）を上回っています",
        ),
        "vp_all_weights_zero": (
            "at least one criterion must have a weight above 0",
            "少なくとも 1 つの評価基準の重みを 0 より大きくしてください",
        ),
        "vp_ahp_missing": (
            "the AHP method needs a pairwise comparison matrix",
            "AHP 法には一対比較行列（pairwise）が必要です",
        ),
        "vp_ahp_size": (
            "the matrix must be {n}×{n}, one row and column per criterion",
            "行列は評価基準の数に合わせて {n}×{n} でなければなりません",
        ),
        "vp_ahp_too_many": (
            "AHP supports at most 15 criteria (this project has {n})",
            "AHP 法で扱える評価基準は 15 個までです（このプロジェクトは {n} 個）",
        ),
        "vp_ahp_positive": ("must be a number > 0", "0 より大きい数値でなければなりません"),
        "vp_ahp_diagonal": ("the diagonal must be 1", "対角要素は 1 でなければなりません"),
        "vp_ahp_reciprocal": (
            "must be the reciprocal of [{j}][{i}] = {other} (that is {expected}), not {value}",
            "[{j}][{i}] = {other} の逆数（{expected}）でなければなりません（現在 {value}）",
        ),
        "vp_more_problems": ("…and {n} more problems", "…ほか {n} 件の問題"),
        "vp_missing_score": (
            "vendor \"{vendor}\" has no score for criterion \"{criterion}\"",
            "ベンダー「{vendor}」に評価基準「{criterion}」のスコアがありません",
        ),
    }
)


@dataclass(frozen=True)
class Problem:
    """One bad value: where it is (``loc``), a message code and its parameters."""

    loc: str
    code: str
    ctx: dict = field(default_factory=dict)

    def message(self, lang: str) -> str:
        if self.code in MESSAGES:
            return MESSAGES.text(self.code, lang, **self.ctx)
        return MESSAGES.text("unknown", lang, msg=self.ctx.get("msg", self.code))

    def text(self, lang: str) -> str:
        return f"{self.loc}: {self.message(lang)}" if self.loc else self.message(lang)


#: problems shown at most, then "…and N more" (a broken file can have a million)
SHOWN_PROBLEMS = 100


def problems_text(problems: Sequence[Problem], lang: str, limit: int = SHOWN_PROBLEMS, more: int = 0) -> str:
    """The first ``limit`` problems, one a line, then "…and N more" when
    there are others (``more`` counts problems that were not even kept)."""
    lines = [p.text(lang) for p in problems[:limit]]
    rest = max(0, len(problems) - limit) + more
    if rest:
        lines.append(MESSAGES.text("vp_more_problems", lang, n=f"{rest:,}"))
    return "\n".join(lines)


class InputError(Exception):
    """Bad input: one or more problems, each with its place.

    The command line prints the first :data:`SHOWN_PROBLEMS` problems and
    exits 2; the application shows them beside the field.  Never carries a
    traceback to the user.  ``more`` counts problems beyond the list (not kept).
    """

    def __init__(self, problems: Sequence[Problem], more: int = 0):
        self.problems = list(problems)
        self.more = more
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return problems_text(self.problems, lang, more=self.more)


def format_loc(parts: Iterable[object]) -> str:
    """``('vendors', 1, 'plans', 0, 'rate')`` → ``vendors[1].plans[0].rate``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
