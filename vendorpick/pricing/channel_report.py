"""Words of SPEC 7 in the ``simulate`` text output: billing units, seat charges, uncovered contacts by channel.

Kept in their own module (the engine's other words are in
:mod:`vendorpick.pricing.report`) so that the channel additions stay in one place.
"""

from __future__ import annotations

from vendorpick import formatting
from vendorpick.i18n import _
from vendorpick.pricing.simulate import SimulationResult
from vendorpick.vocabulary import CHANNELS, word

__all__ = ["channel_columns", "channel_lines", "unit_label"]

def unit_label(unit: str, lang: str) -> str:
    """What a quote counts: contacts or minutes of handling."""
    return _(lang, "minute") if unit == "minute" else _(lang, "contact")


def channel_columns(result: SimulationResult, lang: str) -> tuple[list[str], list[list[str]]]:
    """Extra columns of the table: the unit of each quote, and its seat charges when any quote has seats."""
    header = [_(lang, "Billed by")]
    seats = bool(result.seat_cost.size) and bool((result.seat_cost > 0).any())
    if seats:
        header.append(_(lang, "Seat charges"))
    rows = []
    for i in range(len(result.candidates)):
        row = [unit_label(result.units[i] if result.units else "contact", lang)]
        if seats:
            row.append(formatting.yen(result.seat_cost[i], lang))
        rows.append(row)
    return header, rows


def _channel_name(result: SimulationResult, k: int, lang: str) -> str:
    cid = result.channel_ids[k]
    label = result.channel_labels[k] if result.channel_labels else cid
    if label == cid and cid in CHANNELS:  # the usual channels' own words (vendorpick.vocabulary)
        return word("channel", cid, lang)
    return label


def channel_lines(result: SimulationResult, lang: str) -> list[str]:
    """Contacts each candidate leaves to the shop, by channel (only when the project declares channels)."""
    if not result.channels_declared or not result.candidates or not (result.uncovered_by_channel > 0).any():
        return []
    lines = ["", _(lang, "Contacts left to the shop, by channel:")]
    for i, ref in enumerate(result.candidates):
        parts = [f"{_channel_name(result, k, lang)} {formatting.number(v)}"
                 for k, v in enumerate(result.uncovered_by_channel[i]) if v > 0]
        if parts:
            lines.append(f"  {ref.vendor} / {ref.plan}: " + ", ".join(parts))
    return lines
