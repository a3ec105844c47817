"""Labels of the comparison workbook in English and Japanese."""

from __future__ import annotations

from vendorpick.project.model import BANDS

LABELS: dict[str, tuple[str, str]] = {
    # sheet names (at most 31 characters, no []:*?/\)
    "sheet_summary": ("Summary", "概要"),
    "sheet_monthly": ("Monthly cost", "月別コスト"),
    "sheet_risk": ("Risk", "リスク"),
    "sheet_scoring": ("Scoring", "評価"),
    "sheet_forecast": ("Forecast", "需要予測"),
    "sheet_quotes": ("Quotes", "見積条件"),
    "sheet_method": ("Method", "計算方法"),
    # common columns
    "rank": ("Rank", "順位"),
    "vendor": ("Vendor", "ベンダー"),
    "plan": ("Plan", "プラン"),
    "candidate": ("Candidate (vendor / plan)", "候補（ベンダー／プラン）"),
    "excluded_mark": ("excluded", "除外"),
    "score": ("Score (0–100)", "総合スコア（0～100）"),
    "total": ("Total, tax excl.", "総額（税抜）"),
    "total_tax": ("Total, tax incl.", "総額（税込）"),
    "p90": ("P90 total", "P90 総額"),
    "win": ("Win probability", "1位になる確率"),
    "price_to_win": ("Price cut to rank first", "1位になるための値下げ率"),
    "reasons": ("Reasons", "除外の理由"),
    "title_summary": ("Customer-support outsourcing: comparison of quotes", "カスタマーサポート外注 見積比較"),
    "report": ("comparison report", "比較レポート"),
    "total_millions": ("Total, tax excl. (¥ million)", "総額（税抜、百万円）"),
    "recommendation": ("Recommendation", "推奨"),
    "ranking": ("Ranking", "順位"),
    "excluded": ("Excluded candidates (must-have not met)", "除外した候補（必須条件を満たさない）"),
    "none_excluded": ("No candidate was excluded.", "除外した候補はありません。"),
    "assumptions": ("Key assumptions", "主な前提条件"),
    "chart_total": ("Total cost by candidate (tax excl.)", "候補別の総額（税抜）"),
    "chart_value": ("Score against total cost", "総合スコアと総額"),
    "chart_monthly": ("Monthly cost (expected volume)", "月別コスト（予測件数ベース）"),
    "yen": ("Yen", "円"),
    # monthly
    "title_monthly": ("Monthly cost at the expected volume (yen, tax excl.)", "予測件数での月別コスト（円・税抜）"),
    "tax_rate": ("Consumption tax rate", "消費税率"),
    "events_row": ("Sale events / peak", "セール・繁忙"),
    "peak_mark": ("★ busy", "★繁忙"),
    "vendor_cost": ("Paid to the vendor", "委託費"),
    "uncovered_contacts": ("Contacts not covered", "対応外の件数"),
    "uncovered_cost": ("In-house cost of those", "社内対応コスト"),
    "peak_month": ("Costliest month", "最も高い月"),
    "monthly_note": ("Shaded: each candidate's costliest month. Totals are formulas over the months.",
                     "色付きのセルは各候補で最も高い月です。合計は月別の値の数式です。"),
    # risk
    "title_risk": ("Cost risk (Monte Carlo, horizon total, yen tax excl.)", "コストのリスク（モンテカルロ法、期間総額、円・税抜）"),
    "expected": ("Expected total", "期待総額"),
    "mean": ("Mean", "平均"),
    "p50": ("P50 (median)", "P50（中央値）"),
    "p95": ("P95", "P95"),
    "p90_excess": ("P90 above expected", "P90 と期待総額の差"),
    "cheapest": ("Probability of being cheapest among the ranked candidates",
                 "最安になる確率（順位のついた候補の中で）"),
    "months_over": ("Months over budget", "予算超過の月数"),
    "months_over_list": ("Months over budget (expected volume)", "予算を超える月（予測件数）"),
    "prob_over": ("Probability some month is over budget", "いずれかの月が予算を超える確率"),
    "scenarios": ("Scenarios", "シナリオ数"),
    "seed": ("Seed", "乱数シード"),
    "cv": ("Volume spread (cv)", "件数のばらつき（変動係数）"),
    "correlation": ("Correlation between months", "月間の相関"),
    "budget": ("Monthly budget (tax excl.)", "月額予算（税抜）"),
    "no_budget": ("none", "なし"),
    # scoring
    "title_scoring": ("Scoring", "評価（スコアリング）"),
    "scoring_note": ("Change a weight in a yellow cell: the normalised scores and totals recalculate.",
                     "黄色のセルの重みを変えると、正規化スコアと総合スコアが再計算されます。"),
    "criterion": ("Criterion", "評価基準"),
    "crit_id": ("ID", "ID"),
    "kind": ("Kind", "種類"),
    "scale_min": ("Scale min / direction", "尺度の最小 / 方向"),
    "scale_max": ("Scale max", "尺度の最大"),
    "must_rule": ("Must-have", "必須条件"),
    "weight": ("Weight (input)", "重み（入力）"),
    "weight_norm": ("Weight, normalised", "重み（正規化）"),
    "raw_values": ("Values", "評価値"),
    "normalised": ("Normalised scores s (0–1)", "正規化スコア s（0～1）"),
    "live_rank": ("Rank (recalculated)", "順位（再計算）"),
    "must_results": ("Must-have results", "必須条件の判定"),
    "result": ("Result", "判定"),
    "passed": ("passed", "合格"),
    "ahp": ("AHP pairwise comparison", "AHP 一対比較"),
    "ahp_weight": ("Weight (eigenvector)", "重み（固有ベクトル）"),
    "lambda_max": ("λmax", "λmax"),
    "n": ("n (criteria)", "n（評価基準の数）"),
    "ci": ("CI = (λmax − n)/(n − 1)", "CI = (λmax − n)/(n − 1)"),
    "ri": ("RI (from the named table)", "RI（名前付きの表から）"),
    "cr": ("CR = CI / RI", "CR = CI / RI"),
    "ri_table": ("Random index table", "ランダム整合度（RI）の表"),
    "topsis_note": ("TOPSIS: the total scores are the engine's values (not formulas); see Method.",
                    "TOPSIS: 総合スコアは計算エンジンの値です（数式ではありません）。計算方法シートを参照。"),
    "kind_cost": ("cost", "費用"),
    "kind_rating": ("rating", "評価（段階）"),
    "kind_number": ("number", "数値"),
    "kind_yes_no": ("yes / no", "有無"),
    "dir_benefit": ("higher is better", "大きいほど良い"),
    "dir_cost": ("lower is better", "小さいほど良い"),
    "yes": ("yes", "はい"),
    "no": ("no", "いいえ"),
    # forecast
    "title_forecast": ("Forecast contacts by month and band", "月別・時間帯別の問い合わせ件数予測"),
    "month": ("Month", "月"),
    "season_index": ("Seasonal index", "季節指数"),
    "contacts": ("Contacts", "問い合わせ件数"),
    "band_total": ("Sum of bands", "時間帯の合計"),
    "events": ("Sale events", "セール・イベント"),
    "event_name": ("Event", "イベント"),
    "start": ("Start", "開始"),
    "end": ("End", "終了"),
    "multiplier": ("Multiplier", "倍率"),
    "forecast_note": ("Bands use the night window 22:00–5:00; each plan's own window is in Quotes.",
                      "時間帯は夜間 22時～5時で区分しています（各プランの夜間帯は見積条件シートを参照）。"),
    # quotes
    "title_quotes": ("Quotes as entered", "入力された見積条件"),
    "tax_included": ("Quoted tax incl.", "税込で見積"),
    "monthly_fee": ("Monthly fee", "月額固定費"),
    "included": ("Included contacts", "含まれる件数"),
    "rate": ("Rate per contact", "単価"),
    "tiers": ("Tiers", "段階料金"),
    "minimum": ("Minimum charge", "月額最低料金"),
    "setup": ("Setup fee", "初期費用"),
    "night": ("Night hours", "夜間帯"),
    "phases": ("Staged roll-out", "段階導入"),
    "min_term": ("Min. term (months)", "最低契約期間（月）"),
    "notes": ("Notes", "備考"),
    "covers": ("Covers", "対応"),
    "sur_mult": ("multiplier", "倍率"),
    "sur_per": ("per contact", "1件加算"),
    "sur_monthly": ("monthly option", "月額オプション"),
    "beyond": ("beyond", "それ以上"),
    "up_to": ("up to", "まで"),
    # method
    "title_method": ("How each figure is computed", "各数値の計算方法"),
    # the four bands of SPEC section 2 (never show the ids such as weekday_day)
    "band_weekday_day": ("Weekday day", "平日日中"),
    "band_weekday_night": ("Weekday night", "平日夜間"),
    "band_holiday_day": ("Holiday day", "土日祝日中"),
    "band_holiday_night": ("Holiday night", "土日祝夜間"),
}


def label(key: str, lang: str) -> str:
    en, ja = LABELS[key]
    return ja if lang == "ja" else en


def band_label(band: str, lang: str) -> str:
    """``平日日中`` / ``Weekday day`` for ``weekday_day``."""
    return label("band_" + band, lang)


def band_list(bands, lang: str) -> str:
    """Bands in the workbook's language, in the order of SPEC section 2:
    ``平日日中、土日祝夜間`` / ``Weekday day, Holiday night``."""
    ordered = [b for b in BANDS if b in set(bands)]
    return ("、" if lang == "ja" else ", ").join(band_label(b, lang) for b in ordered)
