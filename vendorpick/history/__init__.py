"""A shop's own history of contacts: reading it and fitting the forecast
(SPEC section 9).  Qt-free; the wizard in ``vendorpick/ui`` and the ``fit``
command both call :func:`fit_files`."""

from __future__ import annotations

from vendorpick.history.api import events_from_file, fit_files, past_rakuten_events, read_history
from vendorpick.history.fit import FitResult
from vendorpick.history.read import Columns

__all__ = ["Columns", "FitResult", "events_from_file", "fit_files", "past_rakuten_events", "read_history"]
