"""``vendorpick fit PROJECT HISTORY [...] [--json] [-o OUT] [--events FILE]
[--rakuten-events]`` (SPEC sections 5 and 9).

JSON: :meth:`FitResult.to_json` (the shape of SPEC 9, plus the channel shares,
the per-channel hourly profiles and what was read from each file).  Text: the
fitted forecast, the past events, the backtest and the notes, in Japanese or
English.  With ``-o`` the project with the fitted forecast is saved
atomically; without it nothing is written.
"""

from __future__ import annotations

import argparse
import calendar
import json

from vendorpick import formatting
from vendorpick.history.api import events_from_file, fit_files
from vendorpick.history.args import add_parser  # noqa: F401 - re-exported for the command line
from vendorpick.history.fit import FitResult
from vendorpick.history.read import Columns
from vendorpick.i18n import pick


def fit_command(args: argparse.Namespace, lang: str) -> int:
    from vendorpick.project.io import load, parse_project, save, to_data

    project = load(args.file)
    events = events_from_file(args.events) if args.events else []
    columns = Columns(date=args.date_column, channel=args.channel_column, count=args.count_column)
    result = fit_files(args.history, project, events=events, rakuten=args.rakuten_events, columns=columns, lang=lang)
    if args.json:
        print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(format_text(result, lang))
    if args.output:
        # the whole project is validated again, so a fit beyond the file's limits is refused, never saved
        fitted = parse_project(to_data(project.model_copy(update={"forecast": result.forecast})))
        save(fitted, args.output)
        if not args.json:
            print(pick(lang, f"Written: {args.output}", f"保存しました: {args.output}"))
    return 0


def _month_names(lang: str) -> list[str]:
    return [f"{m}月" if lang == "ja" else calendar.month_abbr[m] for m in range(1, 13)]


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.1f} %"


def format_text(result: FitResult, lang: str) -> str:
    s = result.summary()
    fc = result.forecast
    n = formatting.number
    lines = [
        pick(lang, f"History: {s['first']} – {s['last']}, {n(s['contacts'])} contacts, {s['whole_months']} whole months",
             f"履歴: {s['first']} ～ {s['last']}、問い合わせ {n(s['contacts'])} 件、丸ごとの月 {s['whole_months']} か月"),
    ]
    for f in result.history.files:
        enc = f" {f.encoding}" if f.encoding else ""
        cols = ", ".join(f"{k}={v}" for k, v in (("date", f.columns.date), ("channel", f.columns.channel),
                                                   ("count", f.columns.count), ("hour", f.columns.hour)) if v)
        lines.append(f"  {f.name} ({f.format}{enc}; {cols}; " + pick(lang, f"{n(f.rows)} rows)", f"{n(f.rows)} 行)"))
    if s["channels"]:
        total = sum(s["channels"].values()) or 1
        lines.append(pick(lang, "Channels: ", "チャネル: ") + ", ".join(
            f"{k} {n(v)} ({v / total:.1%})" for k, v in sorted(s["channels"].items(), key=lambda kv: -kv[1])))
    lines += ["", pick(lang, "Fitted forecast", "当てはめた予測"),
              pick(lang, f"  Base monthly contacts: {fc.base_monthly_contacts:,.1f}",
                   f"  基準の月間問い合わせ件数: {fc.base_monthly_contacts:,.1f}"),
              pick(lang, f"  Growth per year: {_pct(fc.growth_per_year)}", f"  年間成長率: {_pct(fc.growth_per_year)}"),
              pick(lang, "  Monthly index: ", "  季節指数: ") + "  ".join(
                  f"{m} {v:.2f}" for m, v in zip(_month_names(lang), fc.monthly_index, strict=True))]
    days = pick(lang, "Mon Tue Wed Thu Fri Sat Sun Holiday", "月 火 水 木 金 土 日 祝").split()
    weights = [*fc.day_weights.by_weekday(), fc.day_weights.holiday]
    lines.append(pick(lang, "  Day weights: ", "  曜日の重み: ") + "  ".join(
        f"{d} {w:.2f}" for d, w in zip(days, weights, strict=True)))
    busiest = sorted(range(24), key=lambda h: -fc.hourly_profile[h])[:3]
    lines.append(pick(lang, "  Busiest hours (weekdays): ", "  最も多い時間帯（平日）: ") + ", ".join(
        f"{h}:00 ({fc.hourly_profile[h] / sum(fc.hourly_profile):.1%})" for h in sorted(busiest)))
    lines.append(pick(lang, f"  Uncertainty: cv {fc.uncertainty.cv:.3f}, correlation {fc.uncertainty.correlation:.2f}",
                      f"  不確実性: 変動係数 {fc.uncertainty.cv:.3f}、相関 {fc.uncertainty.correlation:.2f}"))
    if result.events:
        lines += ["", pick(lang, "Past events", "過去のイベント")]
        for e in result.events:
            mult = "-" if not e.multiplier else f"× {e.multiplier:.2f}"
            lines.append(f"  {e.start} – {e.end}  {mult}  {e.name}")
    bt = result.backtest
    if bt is not None:
        lines += ["", pick(lang, "Backtest (last 3 whole months, fitted on the months before)",
                           "バックテスト（最後の 3 か月を、それ以前の月の当てはめで予測）")]
        lines.append("  " + pick(lang, "month     actual  forecast     naive", "月          実績      予測    前年同月"))
        for m, a, fv, nv in zip(bt.months, bt.actual, bt.forecast, bt.naive, strict=True):
            lines.append(f"  {m}  {n(a):>8}  {n(fv):>8}  {n(nv):>8}")
        lines.append(pick(lang, f"  Mean absolute percentage error: {_pct(bt.mape)} (seasonal naive: {_pct(bt.naive_mape)})",
                          f"  平均絶対誤差率: {_pct(bt.mape)}（前年同月の単純予測: {_pct(bt.naive_mape)}）"))
    if result.notes:
        lines += ["", pick(lang, "Notes", "注記")]
        lines += [f"  - {note.text(lang)}" for note in result.notes]
    return "\n".join(lines)
