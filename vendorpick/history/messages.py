"""Bilingual message codes of the history reader and the fit (SPEC section 9).

Refusals are :class:`~vendorpick.errors.Problem` objects whose place is the
file name; the line or column is in the message.  Notes of the fit use the
same catalogue, so they are rendered late in the user's language too.
"""

from __future__ import annotations

from vendorpick.i18n import N_

#: names of day types in notes
DAY_NAMES = {
    "mon": N_("Monday"), "tue": N_("Tuesday"), "wed": N_("Wednesday"),
    "thu": N_("Thursday"), "fri": N_("Friday"), "sat": N_("Saturday"),
    "sun": N_("Sunday"), "holiday": N_("public holiday"),
}
