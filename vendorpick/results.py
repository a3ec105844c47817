"""What the results screen shows, computed without Qt.

:func:`compute` runs the pricing engine and the ranking for one project and
one what-if setting (a volume factor and optional weights), and returns a
:class:`Results` bundle.  The desktop application calls it from a worker
thread on a copy of the project; the tests call it directly.  The helpers
below turn results into the rows, statements and figures the views show, so
the Qt widgets only draw.

What-if never changes the project: :func:`scaled_project` returns a copy with
``forecast.base_monthly_contacts`` scaled, and the weights are passed to the
ranking as an override.  :func:`whatif_edit` turns a what-if setting into one
edit of the project for "Apply".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vendorpick.errors import InputError, Problem
from vendorpick.formatting import half_up, number
from vendorpick.i18n import L_
from vendorpick.project.edits import Compound, Edit, SetValue
from vendorpick.project.model import Project

if TYPE_CHECKING:  # annotations only: compute() imports the engines when it runs
    from vendorpick.pricing.simulate import SimulationResult
    from vendorpick.scoring.protocols import CandidateKey
    from vendorpick.scoring.rank import RankingResult

#: The volume factors the what-if slider offers (SPEC: 50 %–300 %).
VOLUME_MIN, VOLUME_MAX = 0.5, 3.0


@dataclass(frozen=True)
class WhatIf:
    """A what-if setting: overall volume factor and (optionally) raw weights by
    criterion id, in the same units as the criteria's ``weight``."""

    volume: float = 1.0
    weights: dict[str, float] | None = None

    @property
    def active(self) -> bool:
        return not math.isclose(self.volume, 1.0) or self.weights is not None


@dataclass
class Results:
    """Everything the results screen draws for one project and what-if."""

    project: Project
    whatif: WhatIf
    sim: SimulationResult
    ranking: RankingResult | None
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    #: False for the quick first pass (costs and ranking without the
    #: sensitivity figures: win probability, price-to-win, weight stability)
    complete: bool = True


def scaled_project(project: Project, volume: float) -> Project:
    """A copy of ``project`` whose base monthly contacts are multiplied by
    ``volume`` (every month, band and event scales with it, SPEC section 2)."""
    if math.isclose(volume, 1.0):
        return project
    forecast = project.forecast.model_copy(
        update={"base_monthly_contacts": project.forecast.base_monthly_contacts * volume}
    )
    return project.model_copy(update={"forecast": forecast})


def normalised(weights: dict[str, float]) -> dict[str, float]:
    """Weights divided by their sum (all equal when they sum to 0)."""
    total = sum(weights.values())
    if total <= 0:
        return {k: 1.0 / len(weights) for k in weights} if weights else {}
    return {k: v / total for k, v in weights.items()}


def compute(
    project: Project,
    whatif: WhatIf = WhatIf(),
    *,
    sim: SimulationResult | None = None,
    draws: int = 10000,
    sensitivity: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Results:
    """Simulate (unless ``sim`` for the same project and volume is given) and
    rank ``project`` under ``whatif``.  A ranking the engine refuses (for
    example a missing score) is reported in ``problems``, the costs are still
    shown.  ``sensitivity=False`` is the quick pass (``complete`` False).
    Raises ``Cancelled`` when ``cancelled()`` turns true."""
    import time

    from vendorpick.pricing.simulate import simulate
    from vendorpick.scoring.rank import rank_project

    t0 = time.perf_counter()
    priced = scaled_project(project, whatif.volume)
    if sim is None:
        sim = simulate(priced, progress=progress, cancelled=cancelled)
    _ = sim.service  # SPEC 8: the response times are computed here, off the GUI thread (None without levels)
    if cancelled is not None and cancelled():
        from vendorpick.pricing.simulate import Cancelled

        raise Cancelled()
    override = normalised(whatif.weights) if whatif.weights is not None else None
    try:
        ranking = rank_project(priced, sim, draws=draws, sensitivity=sensitivity, weights_override=override)
        problems: list[Problem] = []
    except InputError as exc:
        ranking, problems = None, list(exc.problems)
    return Results(priced, whatif, sim, ranking, problems, time.perf_counter() - t0, complete=sensitivity)


# ----------------------------------------------------------------- what-if edits


def whatif_edit(project: Project, whatif: WhatIf) -> Edit | None:
    """The one edit that makes ``whatif`` part of the project (None when it
    changes nothing).  Weights are written as direct weights (an AHP or
    rank-order weighting becomes direct, since the user chose the numbers)."""
    edits: list[Edit] = []
    if not math.isclose(whatif.volume, 1.0):
        base = project.forecast.base_monthly_contacts * whatif.volume
        edits.append(SetValue(("forecast", "base_monthly_contacts"), round(base, 6)))
    if whatif.weights is not None:
        if project.weighting.method != "direct":
            edits.append(SetValue(("weighting", "method"), "direct"))
        for i, criterion in enumerate(project.criteria):
            if criterion.id in whatif.weights:
                edits.append(SetValue(("criteria", i, "weight"), round(whatif.weights[criterion.id], 6)))
    if not edits:
        return None
    return Compound(tuple(edits), text=L_("Apply what-if"))


def current_weights(project: Project, ranking: RankingResult | None) -> dict[str, float]:
    """The weights the sliders start from, as percentages summing to 100: the
    criteria's own weights for direct weighting, else the engine's weights."""
    if project.weighting.method == "direct" or ranking is None:
        raw = {c.id: c.weight for c in project.criteria}
    else:
        raw = dict(ranking.weights)
    return {k: 100.0 * v for k, v in normalised(raw).items()}


# ------------------------------------------------------------------- table rows


def candidate_label(vendor: str, plan: str) -> str:
    return f"{vendor} / {plan}"


def sim_index(sim: SimulationResult, candidate: CandidateKey | int) -> int:
    """The position in ``sim.candidates`` of a ranking's candidate reference."""
    if isinstance(candidate, int):
        return candidate
    for i, ref in enumerate(sim.candidates):
        if (ref.vendor_index, ref.plan_index) == (candidate.vendor_index, candidate.plan_index):
            return i
    raise KeyError(candidate)


def ranking_rows(results: Results) -> list[list[Any]]:
    """One row per ranked candidate: rank, vendor, plan, score, total (tax
    excluded, included), P90, probability of being the cheapest among the
    ranked candidates (SPEC 6: an excluded candidate is no real alternative),
    win probability, price-to-win (fractions stay fractions; None where there
    is no value)."""
    if results.ranking is None:
        return []
    rows = []
    for r in results.ranking.ranking:
        rows.append([
            r.rank, r.vendor, r.plan, float(r.score), float(r.total), float(r.total_tax_included),
            float(r.p90), float(r.cheapest_probability),
            None if r.win_probability is None else float(r.win_probability),
            None if r.price_to_win is None else float(r.price_to_win),
        ])
    return rows


def winner_reason(results: Results, lang: str) -> str:
    """The one-sentence reason for the winner (:func:`vendorpick.scoring.explain.explain_winner`),
    empty when there is no ranking."""
    from vendorpick.scoring.explain import explain_winner

    return explain_winner(results.ranking, lang) if results.ranking is not None else ""


def uncovered_notice(results: Results, lang: str) -> str | None:
    """The warning shown when a candidate (a ranked one, or any when the
    ranking failed) leaves contacts to the shop priced at ¥0 because the
    in-house cost per contact is 0 (issue 10, point 3); None otherwise.
    Each ranked candidate's contacts and cost are ``RankedCandidate.uncovered_contacts``
    and ``uncovered_cost`` (``sim.uncovered_contacts``/``uncovered_cost`` for all)."""
    from vendorpick.scoring.messages import uncovered_warning

    if results.ranking is not None:
        ranked = results.ranking.ranking
        problem = uncovered_warning([r.uncovered_contacts for r in ranked], [r.uncovered_cost for r in ranked])
    else:
        problem = uncovered_warning(list(results.sim.uncovered_contacts), list(results.sim.uncovered_cost))
    return None if problem is None else problem.message(lang)


def excluded_rows(results: Results, lang: str) -> list[list[str]]:
    """Vendor, plan and every reason (one line each) of excluded candidates."""
    if results.ranking is None:
        return []
    return [[e.vendor, e.plan, "\n".join(p.message(lang) for p in e.reasons)]
            for e in results.ranking.excluded]


def to_tsv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Tab-separated text for pasting into Excel or a mail: numbers unformatted
    (Excel parses them), None as empty, tabs and newlines in text as spaces."""
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            # whole yen for amounts, four decimals for scores and probabilities
            return number(value).replace(",", "") if abs(value) >= 1000 else f"{half_up(value, 4):g}"
        return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " / ")

    lines = ["\t".join(cell(h) for h in headers)]
    lines += ["\t".join(cell(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------- peak month


@dataclass(frozen=True)
class PeakMonth:
    """One month in detail: contacts by band and cost for every candidate."""

    index: int
    label: str
    contacts: float
    band_contacts: list[list[float]]  # candidate × band, in model.BANDS order
    cost: list[float]
    vendor_cost: list[float]
    uncovered_contacts: list[float]
    uncovered_cost: list[float]


def busiest_month(sim: SimulationResult) -> int:
    """The month with the most expected contacts (first one on ties)."""
    contacts = list(sim.contacts)
    return contacts.index(max(contacts)) if contacts else 0


def peak_month(sim: SimulationResult, index: int) -> PeakMonth:
    return PeakMonth(
        index=index,
        label=sim.months[index],
        contacts=float(sim.contacts[index]),
        band_contacts=[[float(v) for v in sim.band_contacts[c, index, :]] for c in range(len(sim.candidates))],
        cost=[float(v) for v in sim.monthly_cost[:, index]],
        vendor_cost=[float(v) for v in sim.monthly_vendor_cost[:, index]],
        uncovered_contacts=[float(v) for v in sim.monthly_uncovered_contacts[:, index]],
        uncovered_cost=[float(v) for v in sim.monthly_uncovered_cost[:, index]],
    )


# -------------------------------------------------------------------- crossover


@dataclass(frozen=True)
class Crossing:
    """Where two candidates' monthly costs meet; ``above`` is the cheaper one
    at higher volume."""

    a: int
    b: int
    monthly_contacts: float
    cost: float
    above: int
    below: int


def crossover_curves(sim: SimulationResult, candidates: Sequence[int], x_max: float, points: int = 81
                     ) -> tuple[list[float], dict[int, list[float]]]:
    """Monthly cost of each candidate at 0..x_max monthly contacts, at the
    horizon's average band mix (SPEC section 6: ``sim.typical_month``)."""
    import numpy as np

    xs = np.linspace(0.0, x_max, points)
    return xs.tolist(), {c: np.asarray(sim.monthly_cost_at(c, xs), float).tolist() for c in candidates}


def crossings(sim: SimulationResult, candidates: Sequence[int]) -> list[Crossing]:
    """The engine's crossover points between the chosen candidates, with the
    candidate that is cheaper above each point."""
    monthly_cost_at = sim.monthly_cost_at
    chosen = set(candidates)
    out = []
    for cross in sim.crossovers:
        a, b = sim_index(sim, cross.a), sim_index(sim, cross.b)
        if a not in chosen or b not in chosen:
            continue
        x = float(cross.monthly_contacts)
        step = max(1.0, 0.05 * x)
        above = a if monthly_cost_at(a, x + step) < monthly_cost_at(b, x + step) else b
        below = b if above == a else a
        out.append(Crossing(a, b, x, float(monthly_cost_at(a, x)), above, below))
    return out

