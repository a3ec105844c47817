"""Why the winner won: contributions by criterion and a one-sentence reason.

Kept free of Qt widgets and small on purpose: the command line gets the same
from ``vendorpick/scoring/explain.py`` (another branch); the results page
only calls :func:`contributions` and :func:`reason`, so either can be swapped.

A candidate's contribution of criterion *k* is ``100 × w_k × s_k`` (its
normalised score of SPEC 4 times the criterion's weight); with the weighted
sum they add up to the total score.  TOPSIS ranks by distances instead, so the
bars then read as the weighted criterion scores behind the ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vendorpick.formatting import number


@dataclass(frozen=True)
class Contribution:
    vendor: str
    plan: str
    score: float
    #: points by criterion id, in the project's order of criteria
    points: dict[str, float]


def contributions(ranking: Any, criterion_ids: list[str]) -> list[Contribution]:
    """Every ranked candidate's points by criterion, in ranking order."""
    if ranking is None:
        return []
    out = []
    for r in ranking.ranking:
        points = {cid: 100.0 * float(ranking.weights.get(cid, 0.0)) * float(r.scores.get(cid, 0.0))
                  for cid in criterion_ids}
        out.append(Contribution(r.vendor, r.plan, float(r.score), points))
    return out


_TEXT = {
    "en": {
        "only": "{a} is the only candidate that meets every must-have.",
        "wins": "{a} wins on {on}",
        "wins_even": "{a} wins on the sum of its scores",
        "behind": "; {b} is {gap} points behind",
        "cut": " and would need a {cut} % lower price.",
        "no_cut": ", and no price cut alone would put it first.",
        "end": ".",
        "and": " and ",
    },
    "ja": {
        "only": "{a}は、必須条件をすべて満たす唯一の候補です。",
        "wins": "{a}が首位：決め手は{on}",
        "wins_even": "{a}が首位：各評価項目の合計で上回ります",
        "behind": "。2位の{b}は{gap}点差",
        "cut": "で、首位になるには価格を{cut}%下げる必要があります。",
        "no_cut": "で、値下げだけでは首位になれません。",
        "end": "です。",
        "and": "と",
    },
}


def reason(ranking: Any, labels: dict[str, str], lang: str) -> str:
    """One sentence: who wins on which criteria, how far behind the runner-up
    is and what price cut it would need (when the sensitivity figures are in)."""
    if ranking is None or not ranking.ranking:
        return ""
    text = _TEXT["ja" if lang == "ja" else "en"]
    first = ranking.ranking[0]
    a = f"{first.vendor} / {first.plan}"
    if len(ranking.ranking) == 1:
        return text["only"].format(a=a)
    second = ranking.ranking[1]
    ids = list(labels)
    gains = {cid: float(ranking.weights.get(cid, 0.0)) * (float(first.scores.get(cid, 0.0))
                                                          - float(second.scores.get(cid, 0.0)))
             for cid in ids}
    ahead = [cid for cid in sorted(ids, key=lambda c: -gains[c]) if gains[cid] > 1e-9][:2]
    sentence = (text["wins"].format(a=a, on=text["and"].join(labels[c] for c in ahead)) if ahead
                else text["wins_even"].format(a=a))
    sentence += text["behind"].format(b=f"{second.vendor} / {second.plan}",
                                      gap=number(float(first.score) - float(second.score), 1))
    if second.price_to_win is None and ranking.ranking[0].win_probability is None:
        return sentence + (text["end"] if lang == "ja" else ".")  # sensitivity not computed yet
    if second.price_to_win is None:
        return sentence + text["no_cut"]
    return sentence + text["cut"].format(cut=number(100.0 * float(second.price_to_win), 1))
