"""Why the winner won: contributions by criterion and a one-sentence reason.

The figures and the sentence come from ``vendorpick/scoring/explain.py``, as
in ``rank`` and on the workbook's Summary; this module only shapes them for
the results page (:func:`contributions` in the project's order of criteria,
:func:`reason` with the criteria's names as shown on screen).

A candidate's contribution of criterion *k* is ``100 × w_k × s_k`` (its
normalised score of SPEC 4 times the criterion's weight); with the weighted
sum they add up to the total score.  TOPSIS ranks by distances instead, so the
bars then read as the weighted criterion scores behind the ranking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vendorpick.scoring import explain

if TYPE_CHECKING:
    from vendorpick.scoring.rank import RankingResult


@dataclass(frozen=True)
class Contribution:
    vendor: str
    plan: str
    score: float
    #: points by criterion id, in the project's order of criteria
    points: dict[str, float]


def contributions(ranking: RankingResult | None, criterion_ids: list[str]) -> list[Contribution]:
    """Every ranked candidate's points by criterion, in ranking order."""
    if ranking is None:
        return []
    table = explain.contributions(ranking)
    return [Contribution(r.vendor, r.plan, float(r.score),
                         {cid: float(table[(r.vendor, r.plan)].get(cid, 0.0)) for cid in criterion_ids})
            for r in ranking.ranking]


def reason(ranking: RankingResult | None, labels: dict[str, str], lang: str) -> str:
    """The core's one-sentence reason (who wins on which criteria, how far behind
    the runner-up is and what price cut it would need once sensitivity is in),
    naming the criteria as the screen does."""
    if ranking is None:
        return ""
    if labels and not getattr(ranking, "criterion_labels", None):
        ranking = replace(ranking, criterion_labels=dict(labels))
    return explain.explain_winner(ranking, "ja" if lang == "ja" else "en")
