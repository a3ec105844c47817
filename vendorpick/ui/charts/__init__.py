"""Result charts of the desktop application (pyqtgraph)."""
