"""Showing why a value was refused, at the field itself.

A refused value keeps the field outlined in red with the reason as its
tooltip (and the document's ``status`` signal puts it in the status bar);
the next accepted value clears the mark.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget

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


_MNEMONIC = re.compile(r"\(&[^&]\)|&(?=[^&])")
_TAIL = re.compile(r"\s*(\([^()]*\)|（[^（）]*）)?\s*[:：]?\s*$")


def plain_label(text: str) -> str:
    """A label's text as a name: ``"&Monthly fee (yen):"`` → ``"Monthly fee"``,
    ``"月額固定費（円）(&M):"`` → ``"月額固定費"`` (no mnemonic, unit or colon)."""
    return _TAIL.sub("", _MNEMONIC.sub("", text)).replace("&&", "&").strip()


def field_label(widget: QWidget) -> str | None:
    """The visible name of ``widget``: the text of the label whose buddy it is."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain_label(label.text()) or None
    return None


def status_text(problems: list[Problem], lang: str, label: str | None = None) -> str:
    """Refused values for the status bar: the reason, after the field's name
    when it is known; never the project path of the value."""
    prefix = f"{label}: " if label else ""
    return "\n".join(prefix + p.message(lang) for p in problems)
