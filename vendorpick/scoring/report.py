"""``vendorpick rank FILE [--json]`` (SPEC section 5).

JSON: one object, figures unrounded (:meth:`RankingResult.to_json`).  Text:
a ranking table (score, total cost, P90, win probability, price-to-win,
probability of being the cheapest among the ranked candidates, contacts left
to the shop and their in-house cost), the one-sentence reason for the winner
(:mod:`vendorpick.scoring.explain`), a warning when contacts left to the shop
are priced at ¥0, the excluded candidates with every reason, the AHP consistency warning,
evaluator disagreements and the weight-stability intervals, in ja or en;
yen rounded to whole yen with thousands separators.
"""

from __future__ import annotations

import json
import sys

from vendorpick.formatting import number, percent, text_table
from vendorpick.i18n import _
from vendorpick.project.model import Project
from vendorpick.scoring.explain import explain_winner, price_cut
from vendorpick.scoring.messages import uncovered_warning
from vendorpick.scoring.rank import RankedCandidate, RankingResult, rank_project
from vendorpick.vocabulary import WEIGHTING_METHODS, word


def rank_command(args, lang: str) -> int:
    """Load FILE, rank it and print JSON or the text report; 0 when done
    (bad input raises InputError, which the CLI turns into exit 2)."""
    from vendorpick.project.io import load_rankable

    project = load_rankable(args.file)  # every problem validate lists, missing scores included
    result = rank_project(project)
    if getattr(args, "json", False):
        print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2, allow_nan=False))
        for warning in result.warnings:  # stdout stays one JSON object
            print(warning.text(lang), file=sys.stderr)
    else:
        print(format_text(project, result, lang))
    return 0


def format_text(project: Project, result: RankingResult, lang: str) -> str:
    """The readable report of a ranking."""
    labels = {c.id: c.label for c in project.criteria}
    lines = _header(project, result, lang, labels)
    if result.ranking or result.excluded:
        lines += [""] + _table(result.ranking, project.currency, lang)
    else:
        lines += ["", _(lang, "There are no candidates yet: add vendors and plans, or import quotes.")]
    if result.ranking:
        lines.append(_(lang, "* probability of being the cheapest among the ranked candidates"))
        lines += ["", explain_winner(result, lang)]
        warning = uncovered_warning([r.uncovered_contacts for r in result.ranking],
                                    [r.uncovered_cost for r in result.ranking])
        if warning is not None:
            lines += ["", "! " + warning.message(lang)]
    lines += _excluded(result, lang)
    lines += _stability(result, lang, labels)
    if result.disagreements:
        lines += ["", _(lang, "Evaluators disagree:")]
        lines += ["  " + d.problem(labels.get(d.criterion, d.criterion)).message(lang)
                  for d in result.disagreements]
    return "\n".join(lines)


def _header(project: Project, result: RankingResult, lang: str, labels: dict[str, str]) -> list[str]:
    method = word("scoring", result.method, lang)
    weighting = _(lang, WEIGHTING_METHODS.get(result.weighting, result.weighting))
    title = _(lang, "Ranking") + (f" — {project.name}" if project.name else "")
    weights = ", ".join(f"{labels[k]} {percent(w)}" for k, w in result.weights.items())
    lines = [title, f"{method} / {weighting}", _(lang, "Weights: ") + weights]
    info = result.weights_info
    if info.consistency_ratio is not None:
        lines.append(_(lang, "Consistency ratio") +
                     f" CR = {info.consistency_ratio:.3f} ({info.ri_table_name}, RI = {info.ri:.2f})")
    lines += ["! " + w.message(lang) for w in result.warnings]
    return lines


def _table(ranking: list[RankedCandidate], currency: str, lang: str) -> list[str]:
    if not ranking:
        return [_(lang, "No candidate passes the must-haves.")]
    head = [_(lang, "#"), _(lang, "Vendor / plan"),
            _(lang, "Score"), _(lang, "Total ({currency})").format(currency=currency),
            _(lang, "P90 ({currency})").format(currency=currency), _(lang, "Win prob."),
            _(lang, "Price to win"), _(lang, "Cheapest*"),
            _(lang, "Left to shop"), _(lang, "In-house ({currency})").format(currency=currency)]
    rows = [[str(r.rank), f"{r.vendor} / {r.plan}", number(r.score, 1), _yen(r.total), _yen(r.p90),
             _percent(r.win_probability), _cut(r, lang), _percent(r.cheapest_probability),
             number(r.uncovered_contacts), _yen(r.uncovered_cost)] for r in ranking]
    return text_table([head, *rows], right={0, 2, 3, 4, 5, 6, 7, 8, 9})


def _excluded(result: RankingResult, lang: str) -> list[str]:
    if not result.excluded:
        return []
    lines = ["", _(lang, "Excluded (must-haves not met):")]
    for e in result.excluded:
        lines.append(f"  {e.vendor} / {e.plan}")
        lines += [f"    - {text}" for text in e.reason_texts(lang)]
    return lines


def _stability(result: RankingResult, lang: str, labels: dict[str, str]) -> list[str]:
    if not result.weight_stability or not result.ranking:
        return []
    first = result.ranking[0]
    lines = ["", _(lang, "Weight stability ({vendor} / {plan} stays first while the weight is within):").format(
            vendor=first.vendor, plan=first.plan)]
    for k, (lo, hi) in result.weight_stability.items():
        now = percent(result.weights[k])
        lines.append(f"  {labels[k]}: {percent(lo)} – {percent(hi)} "
                     + _(lang, "(now {now})").format(now=now))
    return lines


def _yen(value: float) -> str:
    return number(value)


def _percent(value: float | None) -> str:
    return "—" if value is None else percent(value)


def _cut(r: RankedCandidate, lang: str) -> str:
    cut = price_cut(r, lang)
    return cut if isinstance(cut, str) else percent(cut)
