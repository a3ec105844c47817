"""The response-time table of ``vendorpick simulate`` (SPEC 8), in the user's language.

For each candidate and assessed channel: the share of its contacts answered within the
target over the horizon, the months below target, and for live channels the agents
needed at the busiest hour beside the seats quoted.
"""

from __future__ import annotations

from vendorpick import formatting
from vendorpick.i18n import _
from vendorpick.pricing.channel_report import _channel_name as channel_name
from vendorpick.pricing.simulate import SimulationResult
from vendorpick.service import ChannelService, ServiceResult

__all__ = ["service_lines", "target_text"]


def target_text(level: ChannelService, lang: str) -> str:
    """``80% within 20 s`` / ``95% within 24 h``."""
    if level.kind == "live":
        return _(lang, "{share} within {seconds} s").format(
            share=formatting.percent(level.target, 0), seconds=formatting.number(level.within or 0))
    return _(lang, "{share} within {hours} h").format(
        share=formatting.percent(level.target, 0), hours=formatting.number(level.within or 0))


def _share(value: float | None) -> str:
    return formatting.NOT_A_NUMBER if value is None else formatting.percent(value, 1)


def service_lines(result: SimulationResult, lang: str) -> list[str]:
    """The table (empty without service levels)."""
    service: ServiceResult | None = result.service
    if service is None or not result.candidates or not service.candidates:
        return []
    first = service.candidates[0]
    ids = [cid for cid in result.channel_ids if cid in first]
    names = {cid: channel_name(result, result.channel_ids.index(cid), lang) for cid in ids}
    header = [_(lang, "Candidate")]
    for cid in ids:
        header += [_(lang, "{channel} in time").format(channel=names[cid]), _(lang, "months below")]
        if first[cid].kind == "live":
            header.append(_(lang, "{channel} agents needed").format(channel=names[cid]))
    header.append(_(lang, "Seats"))
    rows = [header]
    for i, ref in enumerate(result.candidates):
        row = [f"{ref.vendor} / {ref.plan}"]
        for cid in ids:
            figures = service.candidates[i][cid]
            row += [_share(figures.share), formatting.number(len(figures.months_below))]
            if figures.kind == "live":
                row.append(formatting.number(figures.agents_needed or 0))
        seats = service.seats[i] if i < len(service.seats) else None
        row.append(_(lang, "shared") if seats is None else formatting.number(seats))
        rows.append(row)
    targets = ", ".join(f"{names[cid]} {target_text(first[cid], lang)}" for cid in ids)
    title = _(lang, "Response times at expected volumes (targets: {targets}):").format(targets=targets)
    return ["", title, *formatting.text_table(rows, right=range(1, len(header)), rule=True)]
