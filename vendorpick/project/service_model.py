"""The model of one entry of ``settings.service_levels`` (SPEC 8).

A leaf module (the project model imports it). It accepts any finite number:
the rules are checked with their places by :mod:`vendorpick.project.service_levels`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ServiceLevelSetting(BaseModel):
    """One channel's target: ``target`` share answered within ``within_s``
    seconds (live) or ``within_h`` whole hours (deferred)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_default=False)

    within_s: float | None = None
    within_h: float | None = None
    target: float
