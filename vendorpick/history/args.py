"""The ``fit`` sub-command's arguments, without importing numpy (the parser
is built for every command)."""

from __future__ import annotations


def add_parser(sub, add) -> None:
    """The ``fit`` sub-command's arguments (``add`` is cli.build_parser's helper)."""
    p = add("fit", "fit the forecast to the shop's past contacts (CSV, XLSX or RMS JSON)")
    p.add_argument("file", metavar="PROJECT")
    p.add_argument("history", nargs="+", metavar="HISTORY")
    p.add_argument("--json", action="store_true", help="print one JSON object (SPEC section 9)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the project with the fitted forecast here")
    p.add_argument("--events", metavar="FILE", help="past sale events: a JSON list as in forecast.events")
    p.add_argument("--rakuten-events", action="store_true",
                   help="count the Rakuten sale calendar (Super SALE, Shopping Marathon, year end) of the history's years as past events")
    p.add_argument("--date-column", metavar="NAME", help="the date-time column (default: recognised from the header)")
    p.add_argument("--channel-column", metavar="NAME", help="the channel column (\"\" for none)")
    p.add_argument("--count-column", metavar="NAME", help="the count column of daily or hourly counts (\"\" for none)")
