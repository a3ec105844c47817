"""Rules across the objects of a project (SPEC sections 1 and 4).

These checks read the project's plain JSON data and tolerate anything
malformed in it, so that they run even when the field checks of the models
fail: a file is refused with every problem at once, the bad price and the
repeated vendor name together.

:func:`cross_problems` lists what makes a file invalid: repeated names and
ids, scores that refer to no criterion or are off their scale, an event that
ends before it starts, a flat rate given together with tiers, a bad AHP
matrix, all weights zero.  :func:`completeness_problems` lists what a project
still lacks before it can be ranked (a missing score); the application keeps
such a project open while the user fills it in, and ``validate`` and
``rank`` report it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from vendorpick.errors import Problem
from vendorpick.project.channel_checks import channel_problems
from vendorpick.project.model import (
    LAST_MONTH,
    MAX_COUNT,
    MAX_MULTIPLIER,
    Criterion,
    _num,
    check_month,
    default_criteria,
)
from vendorpick.project.months import month_index
from vendorpick.project.plain import as_dict, as_list, is_number
from vendorpick.project.service_levels import service_problems

AHP_MAX_CRITERIA = 15
RECIPROCAL_TOLERANCE = 1e-6


def _data(project: Any) -> dict[str, Any]:
    if isinstance(project, BaseModel):
        return project.model_dump(mode="json", by_alias=True)
    return project if isinstance(project, dict) else {}


def _raw_criteria(data: dict[str, Any]) -> list[Any]:
    if "criteria" not in data:
        return [c.model_dump(mode="json") for c in default_criteria()]
    return as_list(data.get("criteria"))


def _valid_criteria(data: dict[str, Any]) -> dict[str, Criterion]:
    """The criteria that are valid on their own, by id (to judge scores)."""
    out: dict[str, Criterion] = {}
    for item in _raw_criteria(data):
        try:
            crit = Criterion.model_validate_json(json.dumps(item, default=str), strict=True)
        except (ValidationError, TypeError, ValueError):
            continue
        out.setdefault(crit.id, crit)
    return out


def cross_problems(project: Any) -> list[Problem]:
    """Problems across objects, for a :class:`Project` or its raw JSON data."""
    data = _data(project)
    vendors = as_list(data.get("vendors"))
    problems = _unique([as_dict(v).get("name") for v in vendors], "vendors[{}].name", "vp_duplicate_name")
    for vi, vendor in enumerate(vendors):
        plans = as_list(as_dict(vendor).get("plans"))
        problems += _unique([as_dict(p).get("name") for p in plans], f"vendors[{vi}].plans[{{}}].name",
                            "vp_duplicate_name")
        problems += [p for pi, plan in enumerate(plans) for p in _plan_problems(plan, f"vendors[{vi}].plans[{pi}]")]
    raw_criteria = _raw_criteria(data)
    problems += _unique([as_dict(c).get("id") for c in raw_criteria], "criteria[{}].id", "vp_duplicate_id")
    known_ids = {c.get("id") for c in map(as_dict, raw_criteria) if isinstance(c.get("id"), str)}
    criteria = _valid_criteria(data)
    for vi, vendor in enumerate(map(as_dict, vendors)):
        problems += _score_problems(vendor.get("scores"), known_ids, criteria, f"vendors[{vi}].scores")
        for ei, ev in enumerate(map(as_dict, as_list(vendor.get("evaluations")))):
            problems += _score_problems(ev.get("scores"), known_ids, criteria,
                                        f"vendors[{vi}].evaluations[{ei}].scores")
    problems += _event_problems(as_list(as_dict(data.get("forecast")).get("events")))
    problems += _event_product_problems(as_list(as_dict(data.get("forecast")).get("events")))
    problems += _horizon_problems(data)
    problems += _volume_problems(as_dict(data.get("forecast")))
    problems += _weight_problems(data, raw_criteria)
    problems += channel_problems(data)
    problems += service_problems(data)
    return problems


def _horizon_problems(data: dict[str, Any]) -> list[Problem]:
    """The horizon must end by 9999-12 (the calendar's last month)."""
    start, months = data.get("start"), data.get("months", 12)
    if not isinstance(start, str) or not isinstance(months, int) or isinstance(months, bool):
        return []
    try:
        check_month(start)
    except PydanticCustomError:
        return []
    if not 1 <= months <= 60 or month_index(start) + months - 1 <= month_index(LAST_MONTH):
        return []
    return [Problem("months", "vp_horizon_end", {"first": start, "months": months, "last": LAST_MONTH})]


def _volume_problems(forecast: dict[str, Any]) -> list[Problem]:
    """A month's contacts (base × seasonal index) within the count limit."""
    base, index = forecast.get("base_monthly_contacts"), forecast.get("monthly_index")
    if not is_number(base) or not 0 < base <= MAX_COUNT or not isinstance(index, list):
        return []
    for i, value in enumerate(index):
        if is_number(value) and 0 <= value <= MAX_COUNT and base * value > MAX_COUNT:
            return [Problem(f"forecast.monthly_index[{i}]", "vp_month_volume",
                            {"value": f"{base * value:,.0f}", "limit": f"{MAX_COUNT:,.0f}"})]
    return []


def _event_product_problems(events: list[Any]) -> list[Problem]:
    """Events multiply on the days they overlap: the day's multiplier (their
    product) must stay within the limit of one multiplier (SPEC section 5)."""
    spans = []
    for i, event in enumerate(map(as_dict, events)):
        start, end, mult = _date(event.get("start")), _date(event.get("end")), event.get("multiplier")
        if start and end and start <= end and is_number(mult) and 1 < mult <= MAX_MULTIPLIER:
            spans.append((start, end, float(mult), i))
    if len(spans) < 2:
        return []
    for start, _end, _mult, i in sorted(spans):
        product = 1.0
        for s2, e2, m2, _ in spans:
            if s2 <= start <= e2:
                product *= m2
        if product > MAX_MULTIPLIER:
            return [Problem(f"forecast.events[{i}].multiplier", "vp_event_product",
                            {"date": start.isoformat(), "value": f"{product:,.4g}", "limit": _num(MAX_MULTIPLIER)})]
    return []


def _unique(names: list[Any], where: str, code: str) -> list[Problem]:
    """Repeated names (compared after trimming); ``where`` has ``{}`` for the index."""
    seen: set[str] = set()
    out = []
    for i, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            continue
        key = name.strip()
        if key in seen:
            out.append(Problem(where.format(i), code, {"name": key}))
        seen.add(key)
    return out


def _plan_problems(plan: Any, base: str) -> list[Problem]:
    plan = as_dict(plan)
    rate = plan.get("rate", 0)
    if isinstance(plan.get("tiers"), list) and is_number(rate) and rate != 0:
        return [Problem(f"{base}.rate", "vp_rate_and_tiers")]
    return []


def _event_problems(events: list[Any]) -> list[Problem]:
    out = []
    for i, event in enumerate(map(as_dict, events)):
        start, end = _date(event.get("start")), _date(event.get("end"))
        if start and end and start > end:
            out.append(Problem(f"forecast.events[{i}].start", "vp_event_order",
                               {"start": start.isoformat(), "end": end.isoformat()}))
    return out


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _score_problems(scores: Any, known_ids: set, criteria: dict[str, Criterion], base: str) -> list[Problem]:
    out = []
    for key, value in as_dict(scores).items():
        loc = f"{base}.{key}"
        crit = criteria.get(key)
        if key not in known_ids:
            out.append(Problem(loc, "vp_unknown_criterion", {"name": key}))
        elif crit is None:
            continue  # the criterion itself is invalid and reported where it stands
        elif crit.kind in ("cost", "service"):  # computed, never typed
            out.append(Problem(loc, "vp_cost_score" if crit.kind == "cost" else "vp_service_score", {"name": key}))
        else:
            problem = score_problem(crit, value)
            if problem:
                out.append(Problem(loc, problem[0], problem[1]))
    return out


def score_problem(crit: Criterion, value: Any) -> tuple[str, dict] | None:
    """Why ``value`` is not a valid score for ``crit``, or None when it is."""
    numeric = is_number(value)
    if crit.kind == "yes_no":
        return None if isinstance(value, bool) else ("vp_score_type_bool", {})
    if crit.kind == "rating":
        lo, hi = crit.scale_min, crit.scale_max
        if not numeric:
            return ("vp_score_type_rating", {"min": _num(lo), "max": _num(hi)})
        if not lo <= value <= hi:
            return ("vp_score_range", {"value": _num(value), "min": _num(lo), "max": _num(hi),
                                       "criterion": crit.label})
        return None
    if crit.kind == "number":
        return None if numeric and value >= 0 else ("vp_score_type_number", {})
    return None


def _weight_problems(data: dict[str, Any], raw_criteria: list[Any]) -> list[Problem]:
    n = len(raw_criteria)
    weighting = as_dict(data.get("weighting"))
    method = weighting.get("method", "direct")
    if method == "direct" and n:
        weights = [as_dict(c).get("weight", 1) for c in raw_criteria]
        if all(is_number(w) and w == 0 for w in weights):
            return [Problem("criteria", "vp_all_weights_zero")]
    if method != "ahp":
        return []
    return ahp_problems(n, weighting.get("pairwise"))


def ahp_problems(n: int, matrix: Any) -> list[Problem]:
    """The AHP rules of SPEC 4 for ``n`` criteria, written once for the check
    of a project file and for the weights (:mod:`vendorpick.scoring.weights`):
    at most :data:`AHP_MAX_CRITERIA` criteria, a pairwise matrix given, n × n,
    and :func:`pairwise_problems`.  Cells that are not numbers give no problem
    here: the field checks report them."""
    if n > AHP_MAX_CRITERIA:
        return [Problem("weighting.method", "vp_ahp_too_many", {"n": n})]
    if matrix is None:
        return [Problem("weighting.pairwise", "vp_ahp_missing")]
    if not isinstance(matrix, list) or len(matrix) != n or any(
            not isinstance(row, list) or len(row) != n for row in matrix):
        return [Problem("weighting.pairwise", "vp_ahp_size", {"n": n})]
    if not all(is_number(x) for row in matrix for x in row):
        return []  # the cells that are not numbers are reported by the field checks
    return pairwise_problems(matrix)


def pairwise_problems(matrix: list[list[float]]) -> list[Problem]:
    """Cells of a pairwise matrix that are not positive, not 1 on the diagonal,
    or not the reciprocal of their mirror cell (to 1e-6), with their place."""
    out = []
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            value = matrix[i][j]
            loc = f"weighting.pairwise[{i}][{j}]"
            if not value > 0:
                out.append(Problem(loc, "vp_ahp_positive"))
            elif i == j and abs(value - 1) > RECIPROCAL_TOLERANCE:
                out.append(Problem(loc, "vp_ahp_diagonal"))
            elif i < j and matrix[j][i] > 0 and abs(value * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE:
                out.append(Problem(loc, "vp_ahp_reciprocal", {
                    "i": i, "j": j, "other": _fmt(matrix[j][i]),
                    "expected": _fmt(1 / matrix[j][i]), "value": _fmt(value)}))
    return out


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def completeness_problems(project: Any) -> list[Problem]:
    """Scores still missing for ranking: every vendor with plans needs a value
    for every non-cost criterion, its own or from its evaluators (SPEC
    sections 4, 6).  Takes a :class:`Project` or its raw JSON data."""
    data = _data(project)
    criteria = [c for c in _valid_criteria(data).values() if c.kind not in ("cost", "service")]
    out = []
    for vi, vendor in enumerate(map(as_dict, as_list(data.get("vendors")))):
        if not as_list(vendor.get("plans")):
            continue
        given = set(as_dict(vendor.get("scores")))
        for ev in map(as_dict, as_list(vendor.get("evaluations"))):
            given |= set(as_dict(ev.get("scores")))
        for crit in criteria:
            if crit.id not in given:
                out.append(Problem(f"vendors[{vi}].scores.{crit.id}", "vp_missing_score",
                                   {"vendor": str(vendor.get("name", "")), "criterion": crit.label}))
    return out
