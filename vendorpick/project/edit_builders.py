"""Building the edits of the Vendors and Criteria screens, without Qt.

Each function reads the current :class:`Project` and returns an
:class:`~vendorpick.project.edits.Edit` (often a :class:`Compound`) with a
undo text rendered in either language (:func:`~vendorpick.i18n.L_`).  The edits keep the project valid as a whole: removing a
criterion also removes its scores and its row and column of the AHP matrix,
renaming a criterion id renames the score keys, and so on.  Nothing is applied
here; the caller passes the edit to ``Document.apply`` (or ``apply_edit``).
"""

from __future__ import annotations

from typing import Any

from vendorpick import vocabulary
from vendorpick.i18n import L_, N_, NP_, Msg, _
from vendorpick.project.checks import score_problem
from vendorpick.project.edit_builders_channels import QUOTE_KINDS, quote_kind, set_quote_kind  # noqa: F401
from vendorpick.project.edits import DELETE, Compound, Edit, InsertItem, MoveItem, RemoveItem, SetValue
from vendorpick.project.model import BANDS, Criterion, Plan, Project, Vendor
from vendorpick.project.months import add_months
from vendorpick.project.paths import plan_label, plan_path, vendor_path

Text = str | Msg  # an English msgid (vendorpick.i18n)

PLAN_FIELDS: dict[str, Text] = {
    "name": N_("name"),
    "monthly_fee": N_("monthly fee"),
    "included": N_("included contacts"),
    "rate": N_("rate"),
    "tiers": N_("tiers"),
    "minimum_monthly_charge": N_("minimum monthly charge"),
    "setup_fee": N_("setup fee"),
    "tax_included": N_("tax included"),
    "min_term_months": N_("minimum term"),
    "notes": N_("notes"),
}
BAND_NAMES: dict[str, str] = vocabulary.BAND_PHRASES
SURCHARGE_KEYS: dict[str, Text] = {
    "multiplier": NP_("project.edit_builders", "premium"),  # typed and shown as a premium (+25 %)
    "per_contact": N_("per-contact add-on"),
    "monthly": N_("monthly option"),
}
CRITERION_FIELDS: dict[str, Text] = {
    "name": N_("name"),
    "weight": N_("weight"),
    "min": N_("scale minimum"),
    "max": N_("scale maximum"),
    "direction": N_("direction"),
    "basis": N_("cost basis"),
    "must_min": N_("must-have minimum"),
    "must_max": N_("must-have maximum"),
    "must": N_("must-have"),
}
_KIND_ONLY_KEYS = ("basis", "min", "max", "direction", "must_min", "must_max", "must")
_KIND_DEFAULTS: dict[str, dict[str, Any]] = {
    "cost": {"basis": "total"},
    "rating": {"min": 1.0, "max": 5.0},
    "number": {"direction": "benefit"},
    "yes_no": {},
    "service": {},  # the share answered in time over every assessed channel (SPEC 8)
}


def unique_name(base: str, taken: list[str]) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever is not in ``taken``."""
    names = {t.strip() for t in taken}
    if base.strip() not in names:
        return base
    n = 2
    while f"{base} {n}" in names:
        n += 1
    return f"{base} {n}"


# ---------------------------------------------------------------------- vendors


def add_vendor(project: Project, lang: str) -> tuple[Edit, int]:
    """A new vendor at the end, with one empty plan; returns (edit, index)."""
    name = unique_name(_(lang, "New vendor"), [v.name for v in project.vendors])
    plan = Plan(name=_(lang, "Standard plan"))
    vendor = Vendor(name=name, plans=[plan]).model_dump(mode="json", by_alias=True)
    index = len(project.vendors)
    return InsertItem(("vendors",), index, vendor, text=L_("Add vendor {name}", name=name)), index


def _copy_named(src: Vendor | Plan, siblings: list, lang: str) -> dict[str, Any]:
    """The data of ``src`` under the name "NAME (copy)", made unique among its siblings."""
    data = src.model_dump(mode="json", by_alias=True)
    data["name"] = unique_name(_(lang, "{name} (copy)").format(name=src.name), [x.name for x in siblings])
    return data


def duplicate_vendor(project: Project, vi: int, lang: str) -> tuple[Edit, int]:
    """A copy of vendor ``vi`` right after it, under a unique name."""
    src = project.vendors[vi]
    data = _copy_named(src, project.vendors, lang)
    text = L_("Duplicate vendor {name}", name=src.name)
    return InsertItem(("vendors",), vi + 1, data, text=text), vi + 1


def delete_vendor(project: Project, vi: int) -> Edit:
    name = project.vendors[vi].name
    return RemoveItem(("vendors",), vi, text=L_("Delete vendor {name}", name=name))


def rename_vendor(project: Project, vi: int, name: str) -> Edit:
    old = project.vendors[vi].name
    text = L_("Rename vendor {old} to {name}", old=old, name=name)
    return SetValue((*vendor_path(vi), "name"), name, text=text)


def move_vendor(project: Project, vi: int, dst: int) -> Edit:
    name = project.vendors[vi].name
    return MoveItem(("vendors",), vi, dst, text=L_("Move vendor {name}", name=name))


def set_vendor_notes(project: Project, vi: int, notes: str) -> Edit:
    name = project.vendors[vi].name
    text = L_("Change notes of {name}", name=name)
    return SetValue((*vendor_path(vi), "notes"), notes, text=text)


# ------------------------------------------------------------------------ plans


def add_plan(project: Project, vi: int, lang: str) -> tuple[Edit, int]:
    vendor = project.vendors[vi]
    name = unique_name(_(lang, "New plan"), [p.name for p in vendor.plans])
    data = Plan(name=name).model_dump(mode="json", by_alias=True)
    index = len(vendor.plans)
    text = L_("Add plan {name} to {name_2}", name=name, name_2=vendor.name)
    return InsertItem((*vendor_path(vi), "plans"), index, data, text=text), index


def duplicate_plan(project: Project, vi: int, pi: int, lang: str) -> tuple[Edit, int]:
    vendor = project.vendors[vi]
    src = vendor.plans[pi]
    data = _copy_named(src, vendor.plans, lang)
    text = L_("Duplicate plan {name} / {name_2}", name=vendor.name, name_2=src.name)
    return InsertItem((*vendor_path(vi), "plans"), pi + 1, data, text=text), pi + 1


def delete_plan(project: Project, vi: int, pi: int) -> Edit:
    label = plan_label(project, vi, pi)
    return RemoveItem((*vendor_path(vi), "plans"), pi, text=L_("Delete plan {label}", label=label))


def move_plan(project: Project, vi: int, pi: int, dst: int) -> Edit:
    label = plan_label(project, vi, pi)
    return MoveItem((*vendor_path(vi), "plans"), pi, dst, text=L_("Move plan {label}", label=label))


def set_plan_value(project: Project, vi: int, pi: int, key: str, value: Any) -> Edit:
    """Set one top-level field of a plan (see :data:`PLAN_FIELDS`)."""
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), key), value, text=L_("Change {field} of {label}", field=L_(PLAN_FIELDS[key]), label=label))


def set_night_hours(project: Project, vi: int, pi: int, which: str, hour: int) -> Edit:
    """Set the start or end hour of the plan's night window."""
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "night_hours", which), hour,
                    text=L_("Change night window of {label}", label=label))


def set_coverage(project: Project, vi: int, pi: int, band: str, on: bool) -> Edit:
    """Add or remove a band of the plan's coverage (kept in band order)."""
    plan = project.vendors[vi].plans[pi]
    bands = [b for b in BANDS if (b in plan.coverage and b != band) or (b == band and on)]
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "coverage"), bands,
                    text=L_("Change coverage ({band}) of {label}", band=L_(BAND_NAMES[band]), label=label))


def set_surcharge(project: Project, vi: int, pi: int, band: str, key: str, value: float) -> Edit:
    """Set one figure of a band's surcharge (the band's entry is created if missing)."""
    surcharge = project.vendors[vi].plans[pi].surcharge(band).model_dump(mode="json")
    surcharge[key] = value
    label = plan_label(project, vi, pi)
    text = L_("Change {key} ({band}) of {label}", key=L_(SURCHARGE_KEYS[key]), band=L_(BAND_NAMES[band]),
              label=label)
    return SetValue((*plan_path(vi, pi), "surcharges", band), surcharge, text=text)


def use_tiers(project: Project, vi: int, pi: int, on: bool) -> Edit:
    """Switch a plan between a flat rate and graduated tiers, keeping its price."""
    plan = project.vendors[vi].plans[pi]
    path = plan_path(vi, pi)
    label = plan_label(project, vi, pi)
    if on:
        tiers: list[Any] = plan.tiers or [{"up_to": None, "rate": plan.rate}]
        return Compound((SetValue((*path, "rate"), 0.0), SetValue((*path, "tiers"), _plain(tiers))),
                        text=L_("Use tiers for {label}", label=label))
    rate = plan.tiers[0].rate if plan.tiers else plan.rate
    return Compound((SetValue((*path, "tiers"), None), SetValue((*path, "rate"), rate)),
                    text=L_("Use a flat rate for {label}", label=label))


# quote kinds (SPEC 7 adds per minute and dedicated seats): vendorpick.project.edit_builders_channels


def _plain(tiers: list) -> list[dict[str, Any]]:
    return [t if isinstance(t, dict) else t.model_dump(mode="json") for t in tiers]


def set_tier(project: Project, vi: int, pi: int, ti: int, key: str, value: float | None) -> Edit:
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "tiers", ti, key), value,
                    text=L_("Change tier {tier} of {label}", tier=ti + 1, label=label))


def add_tier(project: Project, vi: int, pi: int) -> Edit:
    """Split the open last tier: a new bounded tier before it, at the same rate."""
    plan = project.vendors[vi].plans[pi]
    tiers = _plain(plan.tiers or [{"up_to": None, "rate": plan.rate}])
    bounded = [t["up_to"] for t in tiers if t["up_to"] is not None]
    up_to = (max(bounded) if bounded else 0.0) + 100.0
    tiers.insert(len(tiers) - 1, {"up_to": up_to, "rate": tiers[-1]["rate"]})
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "tiers"), tiers,
                    text=L_("Add a tier to {label}", label=label))


def remove_tier(project: Project, vi: int, pi: int, ti: int) -> Edit:
    """Remove a tier; removing the last one opens the tier before it."""
    tiers = _plain(project.vendors[vi].plans[pi].tiers or [])
    del tiers[ti]
    if tiers:
        tiers[-1]["up_to"] = None
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "tiers"), tiers or None,
                    text=L_("Remove a tier of {label}", label=label))


# ----------------------------------------------------------------------- phases


def next_month(value: str) -> str:
    return add_months(value, 1)


def add_phase(project: Project, vi: int, pi: int) -> Edit:
    """A new phase a month after the last one (or after the horizon's start), covering every band."""
    plan = project.vendors[vi].plans[pi]
    month = next_month(plan.phases[-1].from_ if plan.phases else project.start)
    label = plan_label(project, vi, pi)
    return InsertItem((*plan_path(vi, pi), "phases"), len(plan.phases), {"from": month, "coverage": list(BANDS)},
                      text=L_("Add a roll-out phase to {label}", label=label))


def remove_phase(project: Project, vi: int, pi: int, index: int) -> Edit:
    label = plan_label(project, vi, pi)
    return RemoveItem((*plan_path(vi, pi), "phases"), index,
                      text=L_("Remove a roll-out phase of {label}", label=label))


def set_phase_month(project: Project, vi: int, pi: int, index: int, month: str) -> Edit:
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "phases", index, "from"), month,
                    text=L_("Change roll-out phase start of {label}", label=label))


def set_phase_band(project: Project, vi: int, pi: int, index: int, band: str, on: bool) -> Edit:
    phase = project.vendors[vi].plans[pi].phases[index]
    bands = [b for b in BANDS if (b in phase.coverage and b != band) or (b == band and on)]
    label = plan_label(project, vi, pi)
    return SetValue((*plan_path(vi, pi), "phases", index, "coverage"), bands,
                    text=L_("Change roll-out phase coverage of {label}", label=label))


# --------------------------------------------------------------------- criteria


def _matrix_edits(project: Project, matrix: list[list[float]] | None) -> tuple[Edit, ...]:
    """Set the pairwise matrix when the project has one (resized with the criteria)."""
    if project.weighting.pairwise is None:
        return ()
    return (SetValue(("weighting", "pairwise"), matrix),)


def _score_owners(project: Project):
    """(path of a scores dict, that dict) for every vendor and evaluation."""
    for vi, vendor in enumerate(project.vendors):
        yield ("vendors", vi, "scores"), vendor.scores
        for ei, ev in enumerate(vendor.evaluations):
            yield ("vendors", vi, "evaluations", ei, "scores"), ev.scores


def add_criterion(project: Project, kind: str, lang: str) -> tuple[Edit, int]:
    """A new criterion at the end (and a row and column of 1s in the AHP matrix)."""
    ids = [c.id for c in project.criteria]
    n = len(ids) + 1
    while f"c{n}" in ids:
        n += 1
    name = unique_name(_(lang, "New criterion"), [c.name for c in project.criteria])
    data = Criterion(id=f"c{n}", name=name, kind=kind, **_KIND_DEFAULTS[kind]).model_dump(mode="json")
    matrix = project.weighting.pairwise
    grown = None if matrix is None else [[*row, 1.0] for row in matrix] + [[1.0] * (len(matrix) + 1)]
    index = len(project.criteria)
    edits = (InsertItem(("criteria",), index, data), *_matrix_edits(project, grown))
    return Compound(edits, text=L_("Add criterion {name}", name=name)), index


def remove_criterion(project: Project, ci: int) -> Edit:
    """Remove a criterion, its scores everywhere and its row and column of the AHP matrix."""
    crit = project.criteria[ci]
    edits: list[Edit] = [SetValue((*path, crit.id), DELETE)
                         for path, scores in _score_owners(project) if crit.id in scores]
    matrix = project.weighting.pairwise
    if matrix is not None:
        shrunk = [[v for j, v in enumerate(row) if j != ci] for i, row in enumerate(matrix) if i != ci]
        edits += _matrix_edits(project, shrunk)
    edits.append(RemoveItem(("criteria",), ci))
    return Compound(tuple(edits), text=L_("Delete criterion {label}", label=crit.label))


def rename_criterion_id(project: Project, ci: int, new_id: str) -> Edit:
    """Change a criterion's id and the key of its score in every vendor and evaluation."""
    old = project.criteria[ci].id
    edits: list[Edit] = [SetValue(("criteria", ci, "id"), new_id)]
    if new_id != old:
        for path, scores in _score_owners(project):
            if old in scores:
                edits += [SetValue((*path, old), DELETE), SetValue((*path, new_id), scores[old])]
    return Compound(tuple(edits), text=L_("Change criterion id {old} to {new_id}", old=old, new_id=new_id))


def set_criterion_value(project: Project, ci: int, key: str, value: Any) -> Edit:
    """Set one field of a criterion (see :data:`CRITERION_FIELDS`)."""
    label = project.criteria[ci].label
    return SetValue(("criteria", ci, key), value, text=L_(NP_("project.edit_builders", "Change {field} of {label}"),
                                                           field=L_(CRITERION_FIELDS[key]), label=label))


def set_criterion_kind(project: Project, ci: int, kind: str) -> Edit:
    """Change a criterion's kind: its kind-specific keys start from the defaults,
    and scores that do not fit the new kind are removed (cost has none)."""
    crit = project.criteria[ci]
    data = crit.model_dump(mode="json")
    data.update({key: None for key in _KIND_ONLY_KEYS}, kind=kind, **_KIND_DEFAULTS[kind])
    new = Criterion.model_validate(data)
    edits: list[Edit] = [SetValue(("criteria", ci), data)]
    for path, scores in _score_owners(project):
        if crit.id in scores and (kind == "cost" or score_problem(new, scores[crit.id])):
            edits.append(SetValue((*path, crit.id), DELETE))
    return Compound(tuple(edits), text=L_("Change kind of {label}", label=crit.label))


def move_criterion(project: Project, ci: int, dst: int) -> Edit:
    """Move a criterion (its rank under rank-order weighting), permuting the AHP matrix alike."""
    crit = project.criteria[ci]
    edits: list[Edit] = [MoveItem(("criteria",), ci, dst)]
    matrix = project.weighting.pairwise
    if matrix is not None:
        order = list(range(len(matrix)))
        order.insert(dst, order.pop(ci))
        edits += _matrix_edits(project, [[matrix[i][j] for j in order] for i in order])
    return Compound(tuple(edits), text=L_("Move criterion {label}", label=crit.label))


# ----------------------------------------------------------------------- scores


def set_score(project: Project, vi: int, criterion_id: str, value: Any) -> Edit:
    """Set a vendor's own score (``None`` removes it)."""
    vendor = project.vendors[vi].name
    label = _criterion_label(project, criterion_id)
    return SetValue(("vendors", vi, "scores", criterion_id), DELETE if value is None else value,
                    text=L_("Change score of {vendor} for {label}", vendor=vendor, label=label))


def _criterion_label(project: Project, criterion_id: str) -> str:
    crit = project.criterion(criterion_id)
    return crit.label if crit else criterion_id


def add_evaluation(project: Project, vi: int, lang: str) -> tuple[Edit, int]:
    vendor = project.vendors[vi]
    name = unique_name(_(lang, "Evaluator"), [e.evaluator for e in vendor.evaluations])
    index = len(vendor.evaluations)
    return InsertItem(("vendors", vi, "evaluations"), index, {"evaluator": name, "scores": {}},
                      text=L_("Add evaluator {name} to {name_2}", name=name, name_2=vendor.name)), index


def remove_evaluation(project: Project, vi: int, ei: int) -> Edit:
    vendor = project.vendors[vi]
    name = vendor.evaluations[ei].evaluator
    return RemoveItem(("vendors", vi, "evaluations"), ei,
                      text=L_("Remove evaluator {name} of {name_2}", name=name, name_2=vendor.name))


def rename_evaluator(project: Project, vi: int, ei: int, name: str) -> Edit:
    vendor = project.vendors[vi].name
    return SetValue(("vendors", vi, "evaluations", ei, "evaluator"), name,
                    text=L_("Rename evaluator of {vendor}", vendor=vendor))


def set_evaluation_score(project: Project, vi: int, ei: int, criterion_id: str, value: Any) -> Edit:
    """Set an evaluator's score (``None`` removes it)."""
    vendor = project.vendors[vi]
    who = vendor.evaluations[ei].evaluator
    label = _criterion_label(project, criterion_id)
    return SetValue(("vendors", vi, "evaluations", ei, "scores", criterion_id), DELETE if value is None else value,
                    text=L_("Change {who}'s score of {name} for {label}", who=who, name=vendor.name, label=label))


# -------------------------------------------------------------------- weighting

def set_weighting_method(project: Project, method: str) -> Edit:
    """Choose the weighting method; AHP without a matrix starts from all 1s."""
    edits: list[Edit] = [SetValue(("weighting", "method"), method)]
    if method == "ahp" and project.weighting.pairwise is None:
        n = len(project.criteria)
        edits.append(SetValue(("weighting", "pairwise"), [[1.0] * n for _ in range(n)]))
    return Compound(tuple(edits), text=L_("Weight criteria by {method}", method=L_(vocabulary.WEIGHTING_METHODS[method])))


def set_ahp(project: Project, matrix: list[list[float]]) -> Edit:
    """Use AHP with ``matrix`` as one undoable step."""
    return Compound((SetValue(("weighting", "method"), "ahp"),
                     SetValue(("weighting", "pairwise"), [list(map(float, row)) for row in matrix])),
                    text=L_("Set pairwise comparisons (AHP)"))
