"""Bilingual message codes of the history reader and the fit (SPEC section 9).

Refusals are :class:`~vendorpick.errors.Problem` objects whose place is the
file name; the line or column is in the message.  Notes of the fit use the
same catalogue, so they are rendered late in the user's language too.
"""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        # --- reading
        "hist_read_failed": ("cannot read the file: {error}", "ファイルを読み込めません: {error}"),
        "hist_empty": ("the file is empty (no header and no rows)", "ファイルが空です（見出し行もデータ行もありません）"),
        "hist_no_rows": ("the file has a header but no rows", "ファイルに見出し行しかありません（データ行がありません）"),
        "hist_not_text": (
            "the file is neither UTF-8 nor CP932 (Shift_JIS) text (byte {position})",
            "ファイルが UTF-8 でも CP932（Shift_JIS）でもありません（{position} バイト目）",
        ),
        "hist_no_date_column": (
            "line 1: no date column among {columns} (expected one of {expected})",
            "1 行目: 日時の列が見つかりません（列: {columns}。{expected} のいずれかの列名が必要です）",
        ),
        "hist_no_column": (
            "line 1: there is no column \"{column}\" (columns: {columns})",
            "1 行目: 列「{column}」がありません（列: {columns}）",
        ),
        "hist_bad_date": (
            "line {line}, column \"{column}\": cannot read the date-time \"{value}\"",
            "{line} 行目、列「{column}」: 日時「{value}」を読み取れません",
        ),
        "hist_future_date": (
            "line {line}, column \"{column}\": {value} is after today ({today})",
            "{line} 行目、列「{column}」: {value} は今日（{today}）より後の日付です",
        ),
        "hist_bad_count": (
            "line {line}, column \"{column}\": \"{value}\" is not a count ≥ 0",
            "{line} 行目、列「{column}」: 「{value}」は 0 以上の件数ではありません",
        ),
        "hist_bad_hour": (
            "line {line}, column \"{column}\": \"{value}\" is not an hour 0–23",
            "{line} 行目、列「{column}」: 「{value}」は 0～23 の時刻ではありません",
        ),
        "hist_short_row": (
            "line {line}: the row has {found} fields, the header {expected}",
            "{line} 行目: 項目が {found} 個しかありません（見出しは {expected} 個）",
        ),
        "hist_too_many_bad": (
            "{bad} of {rows} rows cannot be read ({percent}); more than 1 % refuses the file (first at line {line})",
            "{rows} 行中 {bad} 行（{percent}）を読み取れません。1 % を超えるため読み込みを中止しました（最初は {line} 行目）",
        ),
        "hist_too_many_channels": (
            "column \"{column}\" has more than {limit} different values: it is not a channel column (choose another, or none)",
            "列「{column}」の値が {limit} 種類を超えています。チャネルの列ではありません（別の列を選ぶか、なしにしてください）",
        ),
        "hist_json_syntax": (
            "not valid JSON: {error} (line {line}, column {column})",
            "JSON として正しくありません: {error}（{line} 行 {column} 列）",
        ),
        "hist_no_inquiries": (
            "no list of inquiries with \"regDate\" (the JSON of RMS inquiries_get) in the file",
            "ファイルに \"regDate\" を持つ問い合わせの一覧（RMS の inquiries_get の JSON）がありません",
        ),
        "hist_no_sheet": ("the workbook has no visible sheet", "ブックに表示されているシートがありません"),
        # --- the fit
        "hist_too_few_months": (
            "the history has {n} whole month(s) ({first} – {last}); at least 3 whole months are needed to fit a forecast",
            "履歴に丸ごとの月が {n} か月しかありません（{first} ～ {last}）。予測の当てはめには丸ごとの月が 3 か月以上必要です",
        ),
        "hist_no_contacts": ("the history has no contacts", "履歴に問い合わせがありません"),
        # --- notes of the fit
        "note_day_weight_kept": (
            "day weight \"{day_en}\" kept at {value}: only {n} day(s) of that type outside events (4 needed)",
            "曜日の重み「{day_ja}」は {value} のままです（イベント外のその種類の日が {n} 日しかありません。4 日以上必要）",
        ),
        "note_no_times": (
            "hourly profiles kept: the history has dates without times",
            "時間帯別の割合はそのままです（履歴に時刻がありません）",
        ),
        "note_profile_kept": (
            "{kind_en} hourly profile kept: no contacts on such days outside events",
            "{kind_ja}の時間帯別の割合はそのままです（イベント外のその種類の日に問い合わせがありません）",
        ),
        "note_event_outside": (
            "{n} event(s) outside the history ignored (for example \"{name}\", {start} – {end})",
            "履歴の期間外のイベント {n} 件は無視しました（例: 「{name}」{start} ～ {end}）",
        ),
        "note_event_undefined": (
            "event \"{name}\" ({start} – {end}): its multiplier cannot be fitted (no expected contacts on its days); left out",
            "イベント「{name}」（{start} ～ {end}）: 倍率を当てはめられません（その日の想定件数がありません）。除外しました",
        ),
        "note_event_zero": (
            "event \"{name}\" ({start} – {end}): fitted multiplier is 0 (no contacts on its days); left out",
            "イベント「{name}」（{start} ～ {end}）: 倍率が 0 になりました（その日に問い合わせがありません）。除外しました",
        ),
        "note_no_growth": (
            "growth not fitted: {n} whole months, no calendar month occurs twice (13 or more needed); growth set to 0",
            "成長率は当てはめていません（丸ごとの月が {n} か月で、同じ暦月が 2 回ありません。13 か月以上必要）。成長率は 0 です",
        ),
        "note_unobserved_months": (
            "monthly index 1 for calendar months without a whole month in the history: {months}",
            "履歴に丸ごとの月がない暦月の季節指数は 1 です: {months}",
        ),
        "note_zero_month": (
            "month {month} has no contacts after removing events: left out of the monthly fit",
            "{month} はイベントを除くと問い合わせが 0 件のため、月別の当てはめから除外しました",
        ),
        "note_uncertainty_kept": (
            "volatility and correlation kept (cv {cv}, correlation {correlation}): {dof} degree(s) of freedom, 6 needed",
            "変動係数と相関はそのままです（cv {cv}、相関 {correlation}）。自由度が {dof} で、6 以上必要です",
        ),
        "note_no_backtest": (
            "no backtest: {n} whole months, 6 needed",
            "バックテストなし: 丸ごとの月が {n} か月で、6 か月以上必要です",
        ),
        "note_backtest_zero": (
            "backtest: month {month} has no contacts, left out of the error",
            "バックテスト: {month} は問い合わせが 0 件のため誤差の計算から除外しました",
        ),
        "note_no_channels": (
            "no channel column: channel shares not fitted",
            "チャネルの列がないため、チャネル別の割合は当てはめていません",
        ),
        "note_channel_shares": (
            "channel shares over the whole days: {shares} (the project format has no channels yet; not applied)",
            "丸ごとの日のチャネル別割合: {shares}（プロジェクト形式にまだチャネルがないため適用していません）",
        ),
        "note_channel_profile": (
            "channel \"{channel}\": {n} contacts, fewer than 500, so it uses the forecast's hourly profile",
            "チャネル「{channel}」: 問い合わせが {n} 件で 500 件未満のため、全体の時間帯別の割合を使います",
        ),
        "note_partial_days": (
            "{days}: not a whole day (the data start after 0:00 or end before 23:00), left out",
            "{days} は丸ごとの日ではない（0 時より後に始まる、または 23 時より前に終わる）ため除外しました",
        ),
        "note_skipped_rows": (
            "{file}: {n} unreadable row(s) skipped (first at line {line})",
            "{file}: 読み取れない行を {n} 行とばしました（最初は {line} 行目）",
        ),
        "note_duplicates": (
            "{n} RMS inquiries appear in more than one file: counted once",
            "RMS の問い合わせ {n} 件が複数のファイルに含まれていたため、1 件として数えました",
        ),
    }
)

#: names of day types in notes
DAY_NAMES = {
    "mon": ("Monday", "月曜"), "tue": ("Tuesday", "火曜"), "wed": ("Wednesday", "水曜"),
    "thu": ("Thursday", "木曜"), "fri": ("Friday", "金曜"), "sat": ("Saturday", "土曜"),
    "sun": ("Sunday", "日曜"), "holiday": ("public holiday", "祝日"),
}
