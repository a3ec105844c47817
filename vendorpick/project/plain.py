"""Reading the project's plain JSON data tolerantly (the cross-object checks).

The checks of :mod:`~vendorpick.project.checks`,
:mod:`~vendorpick.project.channel_checks` and
:mod:`~vendorpick.project.service_levels` read the decoded file before (or
instead of) the models and must not fail on anything malformed in it: the
field problems report that. These are the few ways they read a value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeGuard


def as_list(value: Any) -> list:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict:
    """``value`` if it is a dict, else an empty one."""
    return value if isinstance(value, dict) else {}


def is_number(value: Any) -> TypeGuard[int | float]:
    """Whether ``value`` is a JSON number (an int or a float, not a bool)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def finite_number(value: Any) -> float | None:
    """A finite JSON number as a float, else None."""
    if not is_number(value):
        return None
    x = float(value)
    return x if math.isfinite(x) else None


def member(obj: Any, key: str) -> Any:
    """``obj[key]`` of a mapping, else the attribute ``key`` of an object (a
    model), None when missing."""
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)
