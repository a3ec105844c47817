"""Bilingual message codes of the scoring engine, added to the shared catalog.

Band names are passed as ``band_en``/``band_ja`` so that one problem reads
naturally in either language.
"""

from __future__ import annotations

from vendorpick.errors import Problem
from vendorpick.i18n import N_

BAND_LABELS: dict[str, tuple[str, str]] = {
    "weekday_day": N_("weekday daytime"),
    "weekday_night": N_("weekday night"),
    "holiday_day": N_("weekend/holiday daytime"),
    "holiday_night": N_("weekend/holiday night"),
}



def uncovered_warning(uncovered_contacts, uncovered_cost) -> Problem | None:
    """The warning of issue 10 (point 3) when some candidate leaves contacts
    to the shop and they cost nothing (in-house cost per contact 0), else
    None.  Takes the candidates' horizon figures (any sequences)."""
    free = [u for u, c in zip(uncovered_contacts, uncovered_cost, strict=True) if u > 1e-9 and c == 0]
    if not free:
        return None
    return Problem("settings.in_house_cost_per_contact", "vp_uncovered_free",
                   {"count": len(free), "contacts": f"{max(free):,.0f}"})
