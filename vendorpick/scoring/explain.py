"""Why the winner won, in one sentence and as per-criterion figures (issue 10, point 6).

Qt-free; the command line (``rank``), the workbook's Summary and the desktop
application all take the same words from here.  The API is two functions:

``contributions(ranking) -> dict[(vendor, plan), dict[criterion_id, float]]``
    For every ranked candidate, in ranking order, each criterion's
    contribution in score points: weight × normalised score s × 100 (SPEC 4).
    With ``weighted_sum`` the contributions of a candidate add up to its
    score; with ``topsis`` they are the same weighted normalised scores, shown
    for reading (the TOPSIS score is a closeness, not their sum).

``explain_winner(ranking, lang) -> str``
    One sentence in ``"ja"`` or ``"en"``, for example
    "A社 wins on “Cost” and “Security”; B社 is 2.8 points behind and would need
    a price cut of 7.4 % to rank first."  The criteria named are those where the
    winner's contribution exceeds the runner-up's most (at most two, only
    where it is ahead by at least 0.05 points); the gap is the difference of
    the scores; the price is the runner-up's price-to-win (SPEC 6), or words
    when no price cut alone can make it first.  Ties (scores within display
    rounding) say how the tie was decided (lower total cost, then names).
    Without sensitivity figures (``rank_project(..., sensitivity=False)``) the
    price clause is left out.  An empty ranking or a single ranked candidate
    gets its own sentence.

``ranking`` is a :class:`vendorpick.scoring.rank.RankingResult`; criterion
names come from its ``criterion_labels`` (ids when it has none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vendorpick.formatting import LEADER_CUT, half_up, number, percent
from vendorpick.i18n import _
from vendorpick.scoring.kernels import TIE_TOLERANCE, TOTAL_TOLERANCE

if TYPE_CHECKING:
    from vendorpick.scoring.rank import RankedCandidate, RankingResult

__all__ = ["contributions", "explain_winner", "price_cut", "reason_criteria"]

#: A criterion is named as a reason only when the winner is ahead on it by at
#: least this many score points (what the one-decimal display can show).
MIN_LEAD = 0.05


def contributions(ranking: RankingResult) -> dict[tuple[str, str], dict[str, float]]:
    """weight × s × 100 for every ranked candidate and criterion (module docstring)."""
    weights = ranking.weights
    return {(r.vendor, r.plan): {k: 100.0 * weights[k] * r.scores[k] for k in weights}
            for r in ranking.ranking}


def reason_criteria(ranking: RankingResult, limit: int = 2) -> list[str]:
    """Ids of the criteria where the winner's contribution beats the
    runner-up's most (largest lead first, at most ``limit``)."""
    if len(ranking.ranking) < 2:
        return []
    table = contributions(ranking)
    first, second = (table[(r.vendor, r.plan)] for r in ranking.ranking[:2])
    leads = sorted(((first[k] - second[k], k) for k in first), key=lambda x: -x[0])
    return [k for lead, k in leads if lead >= MIN_LEAD][:limit]


def explain_winner(ranking: RankingResult, lang: str = "ja") -> str:
    """The one-sentence reason for the winner (module docstring)."""
    ranked = ranking.ranking
    if not ranked and not ranking.excluded:
        return _(lang, "There are no candidates yet, so there is no winner.")
    if not ranked:
        return _(lang, "No candidate meets every must-have, so there is no winner.")
    names = _namer(ranked, lang)
    top = ranked[0]
    if len(ranked) == 1:
        return _(lang, "{top} is the only candidate that meets every must-have.").format(top=names(top))
    second = ranked[1]
    labels = getattr(ranking, "criterion_labels", None) or {}
    reasons = [labels.get(k, k) for k in reason_criteria(ranking)]
    if top.score - second.score <= TIE_TOLERANCE:  # the engine's tie (SPEC 4)
        return _tie(top, second, names, lang)
    gap = half_up(top.score, 1) - half_up(second.score, 1)  # as the two scores are shown
    why = _join(reasons, lang)
    if why:
        head = _(lang, "{top} wins on {why}").format(top=names(top), why=why)
    else:
        head = _(lang, "{top} wins on the overall score").format(top=names(top))
    points = number(gap, 1) if gap >= 0.05 else _(lang, "less than 0.1")
    behind = _(lang, "{second} is {points} points behind").format(second=names(second), points=points)
    price = _price_clause(ranking, second, lang)
    if lang == "ja":
        return f"{head}。{behind}{price}。"
    return f"{head}; {behind}{price}."


def _price_clause(ranking: RankingResult, second: RankedCandidate, lang: str) -> str:
    if not ranking.weight_stability:  # sensitivity not computed: no price-to-win
        return ""
    cut = second.price_to_win
    if cut is None:
        return _(lang, " and no price cut alone would make it first")
    return _(lang, " and would need a price cut of {cut} to rank first").format(cut=_cut(cut, lang))


def price_cut(r: RankedCandidate, lang: str) -> float | str:
    """The price cut a candidate needs to rank first, as the command line, the
    workbook and the window show it: :data:`~vendorpick.formatting.LEADER_CUT`
    for the leader (it is first already), "none"/"不可" when no cut can make it
    first, otherwise the fraction."""
    if r.rank == 1:
        return LEADER_CUT
    if r.price_to_win is None:
        return _(lang, "none")
    return r.price_to_win


def _cut(fraction: float, lang: str) -> str:
    """``7.4 %`` (``7.4%`` in Japanese); a cut below 0.05 % shows as 0.1 %, not 0.0 %."""
    text = percent(max(fraction, 0.001), 1)
    return text if lang == "ja" else text.replace("%", " %")


def _tie(top: RankedCandidate, second: RankedCandidate, names, lang: str) -> str:
    score = number(top.score, 1)
    if top.total < second.total - TOTAL_TOLERANCE:
        return _(lang, "{top} and {second} both score {score}; {top} ranks first because its total cost is lower.").format(
                top=names(top), second=names(second), score=score)
    return _(lang, "{top} and {second} both score {score} at the same total cost; {top} ranks first by name order.").format(
            top=names(top), second=names(second), score=score)


def _namer(ranked: list[RankedCandidate], lang: str):
    """The vendor's name, with the plan only when the vendor has several ranked plans."""
    vendors = [r.vendor for r in ranked]

    def name(r: RankedCandidate) -> str:
        if vendors.count(r.vendor) == 1:
            return r.vendor
        return _(lang, "{vendor} “{plan}”").format(vendor=r.vendor, plan=r.plan)

    return name


def _join(items: list[str], lang: str) -> str:
    if lang == "ja":
        return "と".join(f"「{x}」" for x in items)
    quoted = [f"\u201c{x}\u201d" for x in items]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
