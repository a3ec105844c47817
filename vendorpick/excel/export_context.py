"""What every sheet of the comparison workbook shares while it is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from vendorpick.excel.labels import label
from vendorpick.excel.styles import MIDDLE, clean_text, put, put_text, restyle

if TYPE_CHECKING:
    from vendorpick.pricing.simulate import SimulationResult
    from vendorpick.project.model import Project
    from vendorpick.scoring.protocols import CandidateKey
    from vendorpick.scoring.rank import RankedCandidate, RankingResult


@dataclass
class FormulaCheck:
    """A formula written to the workbook and the engine's figure it must equal."""

    sheet: str
    cell: str
    formula: str
    expected: float


@dataclass
class ExportContext:
    project: Project
    sim: SimulationResult
    ranking: RankingResult
    lang: str
    order: list[int] = field(default_factory=list)        # sim indices: ranked first, then excluded
    rank_of: dict[int, int] = field(default_factory=dict)  # sim index -> rank (ranked only)
    ranked_of: dict[int, RankedCandidate] = field(default_factory=dict)  # sim index -> its ranking
    cells: dict[tuple[str, int], str] = field(default_factory=dict)  # ("total", i) -> "'Sheet'!$P$6"
    checks: list[FormulaCheck] = field(default_factory=list)
    summary_rows: tuple[int, int] = (0, -1)

    @classmethod
    def create(cls, project: Project, sim: SimulationResult, ranking: RankingResult, lang: str) -> ExportContext:
        ctx = cls(project, sim, ranking, lang)
        index: dict[CandidateKey, int] = {ref: i for i, ref in enumerate(sim.candidates)}
        for r in ranking.ranking:
            i = index[r.candidate]
            ctx.order.append(i)
            ctx.rank_of[i] = r.rank
            ctx.ranked_of[i] = r
        ranked = set(ctx.order)
        ctx.order += [i for i in range(len(sim.candidates)) if i not in ranked]
        return ctx

    def L(self, key: str) -> str:  # noqa: N802 - short on purpose, used everywhere
        return label(key, self.lang)

    def sheet_name(self, key: str) -> str:
        return self.L("sheet_" + key)

    def ref(self, sheet_key: str, row: int, col: int) -> str:
        """An absolute reference to a cell of another sheet: ``'月別コスト'!$P$6``."""
        return f"'{self.sheet_name(sheet_key)}'!${get_column_letter(col)}${row}"

    def candidate_label(self, i: int) -> str:
        ref = self.sim.candidates[i]
        return clean_text(f"{ref.vendor}／{ref.plan}", 200)

    def candidate_columns(self, ws, row: int, i: int) -> None:
        """Columns 1–3 of candidate ``i``'s row: its rank (the excluded mark
        when it did not pass the must-haves), its vendor and its plan."""
        rank = self.rank_of.get(i)
        first = put_text(ws, row, 1, self.L("excluded_mark")) if rank is None else put(ws, row, 1, rank)
        restyle(first, alignment=MIDDLE)
        ref = self.sim.candidates[i]
        put_text(ws, row, 2, ref.vendor)
        put_text(ws, row, 3, ref.plan)

    def formula(self, ws, row: int, col: int, formula: str, expected: float, fmt: str | None = None, font=None):
        """Write one of our formulas and record the engine figure it must equal."""
        cell = put(ws, row, col, formula, fmt, font)
        self.checks.append(FormulaCheck(ws.title, cell.coordinate, formula, float(expected)))
        return cell


def col(index: int) -> str:
    return get_column_letter(index)
