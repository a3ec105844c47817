"""Problems the scoring engine raises beside its checks (their codes and
texts are in :mod:`vendorpick.messages`)."""

from __future__ import annotations

from vendorpick.errors import Problem


def uncovered_warning(uncovered_contacts, uncovered_cost) -> Problem | None:
    """The warning of issue 10 (point 3) when some candidate leaves contacts
    to the shop and they cost nothing (in-house cost per contact 0), else
    None.  Takes the candidates' horizon figures (any sequences)."""
    free = [u for u, c in zip(uncovered_contacts, uncovered_cost, strict=True) if u > 1e-9 and c == 0]
    if not free:
        return None
    return Problem("settings.in_house_cost_per_contact", "vp_uncovered_free",
                   {"count": len(free), "contacts": f"{max(free):,.0f}"})
