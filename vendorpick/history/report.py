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
from vendorpick.i18n import NP_, _
from vendorpick.vocabulary import channel_label


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
            print(_(lang, "Written: {output}").format(output=args.output))
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
        _(lang, "History: {first} – {last}, {contacts} contacts, {whole_months} whole months").format(
                first=s['first'], last=s['last'], contacts=n(s['contacts']), whole_months=s['whole_months']),
    ]
    for f in result.history.files:
        enc = f" {f.encoding}" if f.encoding else ""
        cols = ", ".join(f"{k}={v}" for k, v in (("date", f.columns.date), ("channel", f.columns.channel),
                                                   ("count", f.columns.count), ("hour", f.columns.hour)) if v)
        lines.append(f"  {f.name} ({f.format}{enc}; {cols}; " + _(lang, "{rows} rows)").format(rows=n(f.rows)))
    if s["channels"]:
        total = sum(s["channels"].values()) or 1
        names = {c.id: c.name for c in fc.channels or []}
        lines.append(_(lang, "Channels: ") + ", ".join(
            f"{channel_label(k, names.get(k, ''), lang)} {n(v)} ({formatting.percent(v / total)})"
            for k, v in sorted(s["channels"].items(), key=lambda kv: -kv[1])))
    lines += ["", _(lang, "Fitted forecast"),
              _(lang, "  Base monthly contacts: {base_monthly_contacts:,.1f}").format(
                      base_monthly_contacts=fc.base_monthly_contacts),
              _(lang, "  Growth per year: {growth_per_year}").format(growth_per_year=_pct(fc.growth_per_year)),
              _(lang, "  Monthly index: ") + "  ".join(
                  f"{m} {v:.2f}" for m, v in zip(_month_names(lang), fc.monthly_index, strict=True))]
    days = _(lang, "Mon Tue Wed Thu Fri Sat Sun Holiday").split()
    weights = [*fc.day_weights.by_weekday(), fc.day_weights.holiday]
    lines.append(_(lang, "  Day weights: ") + "  ".join(
        f"{d} {w:.2f}" for d, w in zip(days, weights, strict=True)))
    busiest = sorted(range(24), key=lambda h: -fc.hourly_profile[h])[:3]
    lines.append(_(lang, "  Busiest hours (weekdays): ") + ", ".join(
        f"{h}:00 ({fc.hourly_profile[h] / sum(fc.hourly_profile):.1%})" for h in sorted(busiest)))
    lines.append(_(lang, "  Uncertainty: cv {cv:.3f}, correlation {correlation:.2f}").format(
            cv=fc.uncertainty.cv, correlation=fc.uncertainty.correlation))
    if result.events:
        lines += ["", _(lang, "Past events")]
        for e in result.events:
            mult = "-" if not e.multiplier else f"× {e.multiplier:.2f}"
            lines.append(f"  {e.start} – {e.end}  {mult}  {e.name}")
    bt = result.backtest
    if bt is not None:
        lines += ["", _(lang, "Backtest (last 3 whole months, fitted on the months before)")]
        lines.append("  " + _(lang, "month     actual  forecast     naive"))
        for m, a, fv, nv in zip(bt.months, bt.actual, bt.forecast, bt.naive, strict=True):
            lines.append(f"  {m}  {n(a):>8}  {n(fv):>8}  {n(nv):>8}")
        lines.append(_(lang, "  Mean absolute percentage error: {mape} (seasonal naive: {naive_mape})").format(
                mape=_pct(bt.mape), naive_mape=_pct(bt.naive_mape)))
    if result.notes:
        lines += ["", _(lang, NP_("history.report", "Notes"))]
        lines += [f"  - {note.text(lang)}" for note in result.notes]
    return "\n".join(lines)
