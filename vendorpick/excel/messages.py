"""Bilingual messages of the Excel import and export (registered on import)."""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        "xl_number": ("must be a number (found \"{value}\")", "数値を入力してください（入力値「{value}」）"),
        "xl_whole": ("must be a whole number (found \"{value}\")", "整数を入力してください（入力値「{value}」）"),
        "xl_hour": ("must be a whole hour from 0 to 23 (found \"{value}\")",
                    "0 から 23 の整数（時）を入力してください（入力値「{value}」）"),
        "xl_yes_no": ("must be yes or no (found \"{value}\")", "「はい」か「いいえ」を入力してください（入力値「{value}」）"),
        "xl_required": ("is required for a plan", "プランには必須の項目です"),
        "xl_plan_name": ("this plan has values but no plan name", "値が入力されていますが、プラン名がありません"),
        "xl_vendor_name": ("the vendor name is required", "ベンダー名（会社名）は必須です"),
        "xl_no_plan": ("no plan is filled in: give at least one plan, its name in this row",
                       "プランが入力されていません。少なくとも 1 つのプランを、この行にプラン名を入れて入力してください"),
        "xl_text_long": ("text longer than {limit} characters", "{limit} 文字を超える文字列は入力できません"),
        "xl_date": ("a date is not allowed here", "ここには日付を入力できません"),
        "xl_formula_no_value": (
            "contains a formula without a saved value; type the value itself, or open and save the file in Excel",
            "保存された値のない数式です。値を直接入力するか、Excel で開いて保存し直してください",
        ),
        "xl_error_value": ("contains the error value {value}", "エラー値 {value} が入っています"),
        "xl_tier_rate": ("a tier with an upper limit needs a rate", "上限件数を入れた段階には単価も必要です"),
        "xl_duplicate_plan": (
            "vendor \"{vendor}\" plan \"{plan}\" appears twice in the quotes (first at {first})",
            "ベンダー「{vendor}」のプラン「{plan}」が見積書に 2 回あります（最初は {first}）",
        ),
        "xl_not_template": (
            "not a vendorpick quote template (no sheet marked {marker}); send vendors the file of 'vendorpick template'",
            "vendorpick の見積テンプレートではありません（{marker} のシートがありません）。'vendorpick template' で作ったファイルを使ってください",
        ),
        "xl_missing_row": ("the template row \"{key}\" is missing", "テンプレートの行「{key}」がありません"),
        "xl_macro": (
            "macro-enabled workbooks are refused (save it as .xlsx without macros)",
            "マクロ付きのブックは読み込めません（マクロなしの .xlsx で保存してください）",
        ),
        "xl_not_xlsx": (
            "not an .xlsx workbook, or a damaged one: save it again in Excel as .xlsx",
            ".xlsx 形式のブックではないか、壊れています。Excel で .xlsx として保存し直してください",
        ),
        "xl_too_big": (
            "the workbook is too large ({size} bytes unpacked; limit {limit})",
            "ブックが大きすぎます（展開後 {size} バイト、上限 {limit} バイト）",
        ),
        "xl_too_many_parts": (
            "the workbook has {n} parts, far more than a quote template (limit {limit})",
            "ブックの構成要素が {n} 個あり、見積テンプレートとしては多すぎます（上限 {limit} 個）",
        ),
        "xl_part_too_big": (
            "the workbook holds a sheet far larger than the quote template ({size} bytes; limit {limit})",
            "見積テンプレートよりはるかに大きいシートがあります（{size} バイト、上限 {limit} バイト）",
        ),
        "xl_too_many_rows": (
            "the sheet has {rows} rows, far more than the quote template (limit {limit})",
            "シートの行数が {rows} 行あり、見積テンプレートより多すぎます（上限 {limit} 行）",
        ),
        "xl_template_hidden": (
            "the quote sheet \"{sheet}\" is hidden: only what a person sees is imported; show the sheet or use a fresh template",
            "見積シート「{sheet}」が非表示です。表示されている内容だけを読み込みます。シートを再表示するか、新しいテンプレートを使ってください",
        ),
        "xl_template_twice": (
            "the sheets \"{first}\" and \"{second}\" both carry the template marker: keep only one quote sheet",
            "シート「{first}」と「{second}」の両方に見積テンプレートの印があります。見積シートは 1 つだけにしてください",
        ),
        "xl_hidden_cell": (
            "an answer in a hidden row or column: show it or clear it (only what a person sees is imported)",
            "非表示の行または列に回答があります。再表示するか削除してください（表示されている内容だけを読み込みます）",
        ),
        "xl_formula": (
            "the answer is a formula: type the figure itself (a formula's saved value may not be what Excel shows)",
            "回答が数式です。数値そのものを入力してください（数式の保存値は Excel の表示と異なる場合があります）",
        ),
        "xl_merged": (
            "the cell is part of the merged cells {range}: unmerge them and give each plan its own value",
            "セルが結合セル {range} の一部です。結合を解除し、プランごとに値を入力してください",
        ),
        "xl_duplicate_row": (
            "the template row \"{key}\" appears twice (also at {other}): remove the extra row",
            "テンプレートの行「{key}」が 2 回あります（もう 1 つは {other}）。余分な行を削除してください",
        ),
        "xl_unknown_criterion": (
            "criterion \"{name}\" is not in this project; the answer was ignored",
            "評価基準「{name}」はこのプロジェクトにないため、回答を無視しました",
        ),
        "xl_wrote": ("wrote {path}", "{path} を書き出しました"),
        "xl_imported": (
            "{added} plan(s) added, {updated} plan(s) updated, {vendors} new vendor(s)",
            "プラン {added} 件を追加、{updated} 件を更新、新しいベンダー {vendors} 社",
        ),
    }
)
