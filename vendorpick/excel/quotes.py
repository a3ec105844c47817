"""Quote template and import (issue 5): the public API and the commands.

``write_template`` writes the file a shop sends to each vendor;
``import_quotes`` reads filled templates and adds or updates the vendors and
plans of a project.  Import is all or nothing: every bad cell is reported as
``Sheet!C12: ...`` (``[file.xlsx]Sheet!C12`` when several files are read) in
the user's language, and the project is returned only when every cell is
good.  The new project is checked by the same rules as a loaded file, and
those problems are reported at the cell they came from.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vendorpick.errors import InputError, Problem, message
from vendorpick.excel.quote_sheet import VendorQuote, read_quote_file
from vendorpick.excel.quotes_template import build_template, write_template
from vendorpick.i18n import _, n_
from vendorpick.project.io import load, parse_project, save, to_data
from vendorpick.project.model import Project

__all__ = ["ImportSummary", "build_template", "import_quotes", "write_template", "template_command", "import_command"]


@dataclass
class ImportSummary:
    """What an import did: plans added and updated as (vendor, plan), new
    vendors, and answers ignored (criteria the project does not have)."""

    added: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    new_vendors: list[str] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)

    def text(self, lang: str) -> str:
        added, updated, vendors = len(self.added), len(self.updated), len(self.new_vendors)
        parts = [n_(lang, "{n} plan added", "{n} plans added", added).format(n=added),
                 n_(lang, "{n} plan updated", "{n} plans updated", updated).format(n=updated),
                 n_(lang, "{n} new vendor", "{n} new vendors", vendors).format(n=vendors)]
        lines = [_(lang, ", ").join(parts)]
        lines += [f"  + {v} / {p}" for v, p in self.added]
        lines += [f"  * {v} / {p}" for v, p in self.updated]
        lines += [p.text(lang) for p in self.ignored]
        return "\n".join(lines)


def import_quotes(project: Project, paths, lang: str = "ja") -> tuple[Project, ImportSummary]:
    """Add or update the vendors and plans of ``project`` from filled templates.

    Returns the new project (``project`` itself is never changed) and a
    summary; raises InputError listing every bad cell when any cell is bad.
    ``lang`` is kept for symmetry with the commands: problems carry message
    codes and are worded when shown.
    """
    paths = [Path(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
    problems: list[Problem] = []
    summary = ImportSummary()
    vendors: list[VendorQuote] = []
    for path in paths:
        prefix = f"[{path.name}]" if len(paths) > 1 else ""
        try:
            result = read_quote_file(path, project, prefix)
        except InputError as exc:
            problems += exc.problems
            continue
        problems += result.problems
        summary.ignored += result.ignored
        if result.vendor is not None:
            vendors.append(result.vendor)
    merge = _Merge(to_data(project), summary)
    for vendor in vendors:
        merge.vendor(vendor)
    problems += merge.problems
    new_project = None
    try:
        new_project = parse_project(merge.data)
    except InputError as exc:
        problems += [merge.locate(p) for p in exc.problems]
    if problems:
        raise InputError(_unique(problems))
    assert new_project is not None  # parse_project returned or raised
    return new_project, summary


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.loc, p.code)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


class _Merge:
    """Applies vendor quotes to the project's JSON data, remembering for every
    place (``vendors[3].plans[0].rate``) the cell it came from."""

    def __init__(self, data: dict[str, Any], summary: ImportSummary):
        self.data, self.summary = data, summary
        self.where: dict[str, str] = {}
        self.problems: list[Problem] = []
        self._seen: dict[tuple[str, str], str] = {}

    def vendor(self, quote: VendorQuote) -> None:
        assert quote.name is not None  # read_quote_file returns named vendors only
        vendors = self.data["vendors"]
        names = [v["name"].strip() for v in vendors]
        if quote.name in names:
            vi = names.index(quote.name)
        else:
            vi = len(vendors)
            vendors.append({"name": quote.name, "scores": {}, "plans": [], "notes": "", "extra": {}})
            self.summary.new_vendors.append(quote.name)
            self.where[f"vendors[{vi}].name"] = quote.name_cell
        vendor = vendors[vi]
        self.where.setdefault(f"vendors[{vi}]", quote.name_cell)
        if quote.notes:
            vendor["notes"] = quote.notes
        for cid, (value, cell) in quote.scores.items():
            vendor["scores"][cid] = value
            self.where[f"vendors[{vi}].scores.{cid}"] = cell
        for plan in quote.plans:
            self._plan(vi, quote.name, plan)

    def _plan(self, vi: int, vendor_name: str, plan) -> None:
        plans = self.data["vendors"][vi]["plans"]
        name = plan.data["name"]
        key = (vendor_name, name)
        if key in self._seen:
            self.problems.append(Problem(plan.cells[""], "xl_duplicate_plan",
                                         {"vendor": vendor_name, "plan": name, "first": self._seen[key]}))
            return
        self._seen[key] = plan.cells[""]
        names = [p["name"].strip() for p in plans]
        new = dict(plan.data)
        if name in names:
            pi = names.index(name)
            old = plans[pi]
            # phases the vendor did not give are kept (a roll-out the shop agreed on)
            new["phases"] = plan.data.get("phases") or old.get("phases", [])
            new["extra"] = old.get("extra", {})
            plans[pi] = new
            self.summary.updated.append(key)
        else:
            pi = len(plans)
            plans.append(new)
            self.summary.added.append(key)
        base = f"vendors[{vi}].plans[{pi}]"
        for suffix, cell in plan.cells.items():
            self.where[base + suffix] = cell

    def locate(self, problem: Problem) -> Problem:
        """The problem moved to the cell its place came from (the nearest
        enclosing place that has a cell)."""
        loc = problem.loc
        while loc:
            if loc in self.where:
                return Problem(self.where[loc], problem.code, problem.ctx)
            cut = max(loc.rfind("."), loc.rfind("["))
            loc = loc[:cut] if cut > 0 else ""
        return problem


# ------------------------------------------------------------------ commands


def template_command(args: argparse.Namespace, lang: str) -> int:
    project_path = getattr(args, "project", None)
    project = load(project_path) if project_path else None
    write_template(args.output, lang, project)
    print(message("xl_wrote", lang, path=args.output))
    return 0


def import_command(args: argparse.Namespace, lang: str) -> int:
    project = load(args.file)
    new_project, summary = import_quotes(project, args.quotes, lang)
    target = args.output or args.file
    save(new_project, target)
    print(summary.text(lang))
    print(message("xl_wrote", lang, path=target))
    return 0
