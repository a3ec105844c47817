"""Words of the criterion kind ``service`` (SPEC 8) in the criteria editor, kept in the
``service`` translation part with the response-time views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def service_kind_name() -> str:
    return QCoreApplication.translate("ServiceWords", "Response time (computed)")


def service_value_text() -> str:
    return QCoreApplication.translate("ServiceWords", "computed from the plans and service levels")
