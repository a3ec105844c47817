"""Shared editors of the desktop application.

- :mod:`.numbers` — parsing and showing numbers the way the user types them;
- :mod:`.number_field` — the number field of every screen (and the surcharge premium field);
- :mod:`.series_table` — the compact table view of a series model (:mod:`vendorpick.ui.models.series`);
- :mod:`.charts` — pyqtgraph bar and line charts with Japanese-capable labels.
"""
