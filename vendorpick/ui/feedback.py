"""Showing why a value was refused, at the field itself.

A refused value keeps the field outlined in red with the reason as its
tooltip (and the document's ``status`` signal puts it in the status bar);
the next accepted value clears the mark.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vendorpick.errors import Problem

_INVALID_STYLE = "border: 2px solid #d32f2f;"


def mark_invalid(widget: QWidget, problems: list[Problem], lang: str) -> None:
    """Outline ``widget`` in red and explain ``problems`` in its tooltip."""
    widget.setProperty("vp_invalid", True)
    widget.setStyleSheet(_INVALID_STYLE)
    widget.setToolTip("\n".join(p.message(lang) for p in problems))


def clear_invalid(widget: QWidget) -> None:
    if widget.property("vp_invalid"):
        widget.setProperty("vp_invalid", False)
        widget.setStyleSheet("")
        widget.setToolTip("")


def is_marked_invalid(widget: QWidget) -> bool:
    return bool(widget.property("vp_invalid"))
