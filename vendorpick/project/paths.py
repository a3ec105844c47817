"""Where a vendor and a plan are in the project document: the paths the edits
of :mod:`vendorpick.project.edits` address, and how an edit's name calls a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vendorpick.project.model import Project


def vendor_path(vi: int) -> tuple:
    """The path of vendor ``vi``."""
    return ("vendors", vi)


def plan_path(vi: int, pi: int) -> tuple:
    """The path of plan ``pi`` of vendor ``vi``."""
    return ("vendors", vi, "plans", pi)


def plan_label(project: Project, vi: int, pi: int) -> str:
    """``vendor / plan``, as the names of edits call a plan."""
    vendor = project.vendors[vi]
    return f"{vendor.name} / {vendor.plans[pi].name}"
