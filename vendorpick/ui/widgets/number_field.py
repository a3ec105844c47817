"""The number field of every screen, and its surcharge variant.

A :class:`NumberField` reads numbers the way users type them (full-width
digits, thousands separators, the unit marks of its ``unit``).  Used alone it
shows a value given with :meth:`NumberField.set_value` and emits
``committed`` with a different value the user typed; bound to the project
with :meth:`NumberField.bind` it follows the document and applies the edit
its builder makes (:func:`vendorpick.ui.feedback.submit`).  A text that is not
a number, or a value the project refuses, is never accepted: the field is
outlined in red with the reason below it and as its tooltip, the reason goes
to the status bar in the user's language, and the field shows the project's
value again (never a value the project does not hold).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from vendorpick.premium import (
    PremiumRefused,
    format_premium,
    multiplier_to_premium,
    plain,
    premium_percent,
    premium_to_multiplier,
)
from vendorpick.project.edits import Edit
from vendorpick.project.model import Project
from vendorpick.ui.feedback import (
    clear_invalid,
    field_label,
    is_marked_invalid,
    mark_invalid,
    mark_invalid_text,
    status_text,
    submit,
)
from vendorpick.ui.widgets.numbers import format_plain, parse_number, parse_problem

_INVALID = object()


class NumberField(QLineEdit):
    """A line edit for one number.

    ``unit`` (``yen``, ``count``, ``percent``) says which unit marks may be
    typed (``800件`` in a count, ``¥1,200`` in an amount; any of them when
    None); ``integer`` refuses fractions; ``scale`` shows the value multiplied
    (100 for a rate shown in percent); ``optional`` lets an empty field mean
    None; ``decimals`` fixes the decimals shown.
    """

    #: the user finished typing a value different from the one shown
    committed = Signal(object)
    #: a bound field's value was accepted by the project
    accepted = Signal(object)

    def __init__(self, document, integer: bool = False, parent: QWidget | None = None, unit: str | None = None,
                 *, scale: float = 1.0, optional: bool = False, decimals: int = -1):
        super().__init__(parent)
        self._document = document
        self._integer, self._unit = integer, unit
        self.scale, self.optional, self.decimals = scale, optional, decimals
        self._value: Any = None
        self._read: Callable[[Project], Any] | None = None
        self._edit: Callable[[Project, Any], Edit] | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(110)
        self.editingFinished.connect(self._on_editing_finished)

    def bind(self, read: Callable[[Project], Any], edit: Callable[[Project, Any], Edit]) -> NumberField:
        """Follow ``read(project)`` and apply ``edit(project, value)`` for each
        value the user commits (``accepted`` once the project took it)."""
        self._read, self._edit = read, edit
        self._document.changed.connect(self._on_document_changed)
        self.committed.connect(self._apply)
        self.refresh()
        return self

    @property
    def document(self):
        return self._document

    def set_value(self, value: Any) -> None:
        """Show ``value`` (the project's) and drop any error mark."""
        self._value = value
        self.setText(self.format(value))
        clear_invalid(self)

    def refresh(self) -> None:
        """A bound field: show the project's value and drop any error mark."""
        assert self._read is not None
        self.set_value(self._read(self._document.project))

    def format(self, value: Any) -> str:
        return format_plain(value, 0 if self._integer else self.decimals, self.scale, grouped=True)

    def value(self) -> Any:
        return self._value

    def revert(self) -> None:
        """Show the project's value again, keeping the refusal's mark."""
        self.setText(self.format(self._value))

    def _on_document_changed(self, _project: object) -> None:
        self.refresh()

    def _refuse(self, reason: str) -> None:
        """Mark the field with ``reason`` (already in the user's language), tell the status bar, revert."""
        mark_invalid_text(self, reason)
        label = field_label(self)
        self._document.status.emit(f"{label}: {reason}" if label else reason)
        self.revert()

    def _on_editing_finished(self) -> None:
        if self.text() == self.format(self._value):
            if is_marked_invalid(self) and self.isModified():  # the user typed the project's value
                self.set_value(self._value)
            return
        value = self._typed_value()
        if value is _INVALID:
            problems = [parse_problem((), self._integer)]
            mark_invalid(self, problems, self._document.lang)
            self._document.status.emit(status_text(problems, self._document.lang, field_label(self)))
            self.revert()
            return
        if value == self._value:
            self.set_value(self._value)
            return
        self.committed.emit(value)

    def _typed_value(self) -> Any:
        text = self.text().strip()
        if not text and self.optional:
            return None
        number = parse_number(text, self._unit)
        if number is None:
            return _INVALID
        number = number / self.scale if self.scale != 1.0 else number
        if self._integer:
            return int(number) if float(number).is_integer() else _INVALID
        return round(number, 12)

    def _apply(self, value: Any) -> None:
        assert self._edit is not None
        if submit(self._document, self, self._edit(self._document.project, value)):
            self.accepted.emit(value)


class PremiumField(NumberField):
    """A surcharge typed as vendors write it, a percentage premium (``+25 %``,
    ``25%``, ``25``, ``＋２５％``) or a factor (``1.25倍``, ``×1.25``);
    ``committed`` carries the multiplier the file keeps (1.25).  A bare
    ``1.25`` is ambiguous (+1.25 % or ×1.25?) and asks which is meant.  A
    discount or a premium above +200 % is refused with the reason below the field."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, False, parent, unit="percent")
        self.setPlaceholderText("+0 %")
        self.setToolTip(self.tr("Premium in percent: +25 % (or 25) means 1.25 × the price"))

    def format(self, value: float | None) -> str:
        return format_premium(value)

    def _on_editing_finished(self) -> None:
        if self.text() == self.format(self._value):
            return
        text = self.text()
        try:  # the rules are the core's (vendorpick.premium), shared with the quote template import
            percent = premium_percent(text) if text.strip() else 0.0
        except PremiumRefused as refused:
            self._refuse(self._reason(refused, text.strip()))
            return
        multiplier = premium_to_multiplier(percent)
        if multiplier == self._value:
            self.set_value(multiplier)
            return
        self.committed.emit(multiplier)

    def _reason(self, refused: PremiumRefused, text: str) -> str:
        """Why a typed premium is refused, in the user's language."""
        if refused.reason == "ambiguous":
            assert refused.value is not None
            return self.tr("Is %1 a premium of %1 % or %1 × the price? Type +%2 % (or ×%1) for %1 × the "
                           "price, or +%1 % for a premium of %1 %.").replace("%1", text) \
                .replace("%2", plain(multiplier_to_premium(refused.value)))
        if refused.reason == "discount":
            return self.tr("A surcharge cannot be a discount: type the premium in percent, for example +25 %.")
        if refused.reason == "too_high":
            return self.tr("A premium above +200 % is not plausible: type the premium in percent "
                           "(+25 % for 1.25 × the price).")
        return self.tr("Type the premium in percent, for example +25 %.")
