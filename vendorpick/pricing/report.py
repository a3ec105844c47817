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
from vendorpick.i18n import NP_, _, n_
from vendorpick.pricing.channel_report import channel_columns, channel_lines
from vendorpick.pricing.service_report import service_lines
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
        n_(lang, "Horizon: {horizon} ({n} month), {contacts} expected contacts",
           "Horizon: {horizon} ({n} months), {contacts} expected contacts", len(m)).format(
            horizon=horizon, n=len(m), contacts=contacts),
        _(lang, "Monte Carlo: {scenarios:,} scenarios, seed {seed}; tax-included totals at {tax_rate:.0%}").format(
                scenarios=result.scenarios, seed=result.seed, tax_rate=result.tax_rate),
        "",
    ]


def _rows(result: SimulationResult, lang: str) -> tuple[list[str], list[list[str]]]:
    header = [_(lang, "Vendor / plan"), _(lang, "Total (excl. tax)"),
              _(lang, "Total (incl. tax)"), _(lang, "P90 (excl. tax)"),
              _(lang, "Cheapest"), _(lang, "Left to shop"),
              _(lang, "In-house cost")]
    if result.budget is not None:
        header += [_(lang, NP_("pricing.report", "Months over budget")), _(lang, "P(a month over)")]
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
    lines = ["", _(lang, "Crossover volumes (contacts a month, average band mix):")]
    for c in result.crossovers:
        vols = ", ".join(formatting.number(v, 1) for v in c.volumes)
        lines.append(f"  {c.a.vendor} / {c.a.plan}  ⇄  {c.b.vendor} / {c.b.plan}: {vols}")
    return lines


def format_text(result: SimulationResult, lang: str, title: str = "") -> str:
    """The readable table of ``vendorpick simulate``."""
    lines = [title] if title else []
    lines += _header(result, lang)
    if not result.candidates:
        lines.append(_(lang, "The project has no plans to compare."))
        return "\n".join(lines)
    lines += _table(*_rows(result, lang))
    warning = uncovered_warning(result.uncovered_contacts, result.uncovered_cost)
    if warning is not None:
        lines += ["", "! " + warning.message(lang)]
    if result.budget is not None:
        lines += ["", _(lang, "Monthly budget: {limit} (excl. tax)").format(limit=yen(result.budget.limit, lang))]
    lines += channel_lines(result, lang)
    lines += service_lines(result, lang)
    lines += _crossover_lines(result, lang)
    return "\n".join(lines)
