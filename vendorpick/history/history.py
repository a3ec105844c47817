"""Several read files as one history: counts by day (and hour) and channel.

Which days are whole (SPEC 9): daily counts are whole days; for contact rows
and hourly counts the first day is whole only when the data start in its
hour 0 and the last only when they reach its hour 23.  Every day between the
first and the last is whole, with zero contacts when nothing was recorded,
except the days that lie between the files (outside every file's first to
last day): nobody knows how many contacts they had.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vendorpick.errors import InputError, Problem
from vendorpick.history.read import FileCounts, FileInfo


@dataclass
class History:
    """Counts of a history, day by day from ``first_day`` (days since 1970-01-01)."""

    first_day: int
    daily: np.ndarray            # (D, C) contacts per day and channel
    hourly: np.ndarray | None    # (D, 24, C), None when times are unknown
    channels: list[str]          # channel ids; "" = no channel given
    whole: np.ndarray            # (D,) bool: whole days
    files: list[FileInfo]

    @property
    def n_days(self) -> int:
        return self.daily.shape[0]

    @property
    def days(self) -> np.ndarray:
        return self.first_day + np.arange(self.n_days, dtype=np.int64)

    @property
    def has_channels(self) -> bool:
        return any(self.channels)

    @property
    def contacts(self) -> float:
        return float(self.daily.sum())

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    def date(self, i: int) -> str:
        return str(np.datetime64(int(self.first_day + i), "D"))


def build_history(parts: list[FileCounts]) -> History:
    """One history from the counts of several files."""
    names: list[str] = []
    for part in parts:
        for name in part.names:
            if name not in names:
                names.append(name)
    if not parts or not any(len(p.units) for p in parts):
        raise InputError([Problem("", "hist_no_contacts")])
    timed = all(p.timed for p in parts)
    day_units = [p.units // 24 if p.timed else p.units for p in parts if len(p.units)]
    first = int(min(u.min() for u in day_units))
    last = int(max(u.max() for u in day_units))
    n, c = last - first + 1, len(names)
    daily = np.zeros((n, c))
    hourly = np.zeros((n, 24, c)) if timed else None
    first_whole = last_whole = False
    for part in parts:
        if not len(part.units):
            continue
        code = np.array([names.index(nm) for nm in part.names], dtype=np.int64)[part.channels]
        day = (part.units // 24 if part.timed else part.units) - first
        np.add.at(daily, (day, code), part.counts)
        if hourly is not None:
            np.add.at(hourly, (day, part.units % 24, code), part.counts)
        if part.timed:
            first_whole |= int(part.units.min()) == first * 24
            last_whole |= int(part.units.max()) == last * 24 + 23
        else:
            first_whole |= int(part.units.min()) == first
            last_whole |= int(part.units.max()) == last
    # a day between two files that neither covers is unknown, not a day without contacts
    covered = np.zeros(n, dtype=bool)
    for units in day_units:
        covered[int(units.min()) - first:int(units.max()) - first + 1] = True
    whole = covered.copy()
    whole[0] &= first_whole
    whole[-1] &= last_whole
    return History(first, daily, hourly, names, whole, [p.info for p in parts])
