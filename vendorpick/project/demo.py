"""The bundled demo project: a Rakuten Ichiba shop choosing a support vendor.

The numbers are market figures from public articles and vendors' price pages
(see the README): fixed monthly plans of JPY 20,000–80,000 with a cap of
contacts, per-contact prices around JPY 300, setup fees of JPY 15,000–50,000,
night and holiday cover as surcharges or monthly options.
"""

from __future__ import annotations

from importlib import resources

from vendorpick.project.io import loads
from vendorpick.project.model import Project

DEMO_FILE = "demo.vendorpick.json"


def demo_text() -> str:
    return resources.files("vendorpick.resources").joinpath(DEMO_FILE).read_text(encoding="utf-8")


def demo_project() -> Project:
    """A fresh copy of the demo project."""
    return loads(demo_text())
