"""The packages: everything under vendorpick/, plus the top-level resources/
folder (demo project, Qt translations, message catalogues) installed as
vendorpick.resources with its data folders (pyproject.toml holds the rest)."""

from setuptools import find_namespace_packages, find_packages, setup

DATA = ["*.json", "*.qm", "*.ts", "*.po", "*.pot", "*.mo", "*.png", "*.svg"]

resource_packages = ["vendorpick.resources", *(f"vendorpick.resources.{p}" for p in find_namespace_packages(where="resources"))]

setup(
    packages=[*find_packages(include=["vendorpick", "vendorpick.*"]), *resource_packages],
    package_data={p: DATA for p in resource_packages},
)
