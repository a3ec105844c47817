"""Shared editors of the desktop application.

- :mod:`.numbers` — parsing and showing numbers the way the user types them;
- :mod:`.number_field` — a validated number field bound to a place in the project;
- :mod:`.series_table` — an editable table model over lists of numbers;
- :mod:`.charts` — pyqtgraph bar and line charts with Japanese-capable labels.
"""
