"""The checks of ``settings.service_levels`` and ``service`` criteria live with
the project model (the loader runs them): :mod:`vendorpick.project.service_levels`."""

from vendorpick.project.service_levels import check_service_criteria, check_service_levels

__all__ = ["check_service_criteria", "check_service_levels"]
