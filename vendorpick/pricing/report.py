"""``vendorpick simulate FILE [--json] [--scenarios N] [--seed S]`` (SPEC 5, 6).

JSON: the object of :meth:`SimulationResult.to_json`, unrounded yen.  Text: a
table in Japanese or English — yen rounded half up to whole yen with
thousands separators, totals tax excluded and tax included
(total × (1 + tax_rate)), the Monte Carlo P90 and the probability of being
cheapest (among all candidates), the contacts each plan leaves to the shop and
their in-house cost, each quote's billing unit and seat charges (SPEC 7), the
budget figures when the project has a ceiling, a
warning when contacts left to the shop are priced at ¥0 (in-house cost per
contact 0), the contacts left to the shop by channel, then the crossover volumes.
"""

from __future__ import annotations

import argparse
import json

from vendorpick import formatting
from vendorpick.i18n import pick
from vendorpick.pricing.channel_report import channel_columns, channel_lines
from vendorpick.pricing.simulate import SimulationResult, check_run_size, simulate
from vendorpick.scoring.messages import uncovered_warning

__all__ = ["format_text", "simulate_command", "yen"]


def simulate_command(args: argparse.Namespace, lang: str) -> int:
    """Run the sub-command; bad ``--scenarios``/``--seed`` raise InputError (exit 2)."""
    from vendorpick.project.io import load

    check_run_size(args.scenarios, args.seed, where=("--scenarios", "--seed"))
    project = load(args.file)
    result = simulate(project, args.scenarios, args.seed)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(format_text(result, lang, project.name))
    return 0


def yen(value: float, lang: str) -> str:
    """Whole yen, rounded half up, with thousands separators."""
    return formatting.yen(value, lang)


def _percent(p: float) -> str:
    return formatting.percent(p)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return formatting.text_table([header, *rows], right=range(1, len(header)), rule=True)


def _header(result: SimulationResult, lang: str) -> list[str]:
    m = result.months
    horizon = f"{m[0]} – {m[-1]}" if m else "-"
    contacts = formatting.number(result.contacts.sum())
    return [
        pick(lang, f"Horizon: {horizon} ({len(m)} month{'s' if len(m) != 1 else ''}), {contacts} expected contacts",
             f"期間: {horizon}（{len(m)}か月）、想定問い合わせ件数 {contacts} 件"),
        pick(lang, f"Monte Carlo: {result.scenarios:,} scenarios, seed {result.seed}; "
                   f"tax-included totals at {result.tax_rate:.0%}",
             f"モンテカルロ: {result.scenarios:,} シナリオ、シード {result.seed}。税込は税率 {result.tax_rate:.0%} で計算"),
        "",
    ]


def _rows(result: SimulationResult, lang: str) -> tuple[list[str], list[list[str]]]:
    header = [pick(lang, "Vendor / plan", "ベンダー / プラン"), pick(lang, "Total (excl. tax)", "合計（税抜）"),
              pick(lang, "Total (incl. tax)", "合計（税込）"), pick(lang, "P90 (excl. tax)", "P90（税抜）"),
              pick(lang, "Cheapest", "最安確率"), pick(lang, "Left to shop", "対応外の件数"),
              pick(lang, "In-house cost", "社内対応コスト")]
    if result.budget is not None:
        header += [pick(lang, "Months over budget", "予算超過月数"), pick(lang, "P(a month over)", "超過月がある確率")]
    rows = []
    for i, ref in enumerate(result.candidates):
        row = [f"{ref.vendor} / {ref.plan}", yen(result.total[i], lang), yen(result.total_tax_included[i], lang),
               yen(result.risk_p90[i], lang), _percent(result.cheapest_probability[i]),
               formatting.number(result.uncovered_contacts[i]), yen(result.uncovered_cost[i], lang)]
        if result.budget is not None:
            row += [str(len(result.budget.months_over[i])), _percent(result.budget.probability_any_month_over[i])]
        rows.append(row)
    extra_header, extra_rows = channel_columns(result, lang)  # SPEC 7: units, seat charges
    return header + extra_header, [row + extra for row, extra in zip(rows, extra_rows, strict=True)]


def _crossover_lines(result: SimulationResult, lang: str) -> list[str]:
    if not result.crossovers:
        return []
    lines = ["", pick(lang, "Crossover volumes (contacts a month, average band mix):",
                      "損益分岐となる月間件数（期間平均の時間帯構成）:")]
    for c in result.crossovers:
        vols = ", ".join(formatting.number(v, 1) for v in c.volumes)
        lines.append(f"  {c.a.vendor} / {c.a.plan}  ⇄  {c.b.vendor} / {c.b.plan}: {vols}")
    return lines


def format_text(result: SimulationResult, lang: str, title: str = "") -> str:
    """The readable table of ``vendorpick simulate``."""
    lines = [title] if title else []
    lines += _header(result, lang)
    if not result.candidates:
        lines.append(pick(lang, "The project has no plans to compare.", "比較するプランがありません。"))
        return "\n".join(lines)
    lines += _table(*_rows(result, lang))
    warning = uncovered_warning(result.uncovered_contacts, result.uncovered_cost)
    if warning is not None:
        lines += ["", "! " + warning.message(lang)]
    if result.budget is not None:
        lines += ["", pick(lang, f"Monthly budget: {yen(result.budget.limit, lang)} (excl. tax)",
                           f"月額予算: {yen(result.budget.limit, lang)}（税抜）")]
    lines += channel_lines(result, lang)
    lines += _crossover_lines(result, lang)
    return "\n".join(lines)
