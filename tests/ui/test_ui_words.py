"""The window says things the way the workbook does: band labels as the
workbook's headings, and numbers in tables through one formatter (grouped for
display, plain for editing)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from vendorpick.excel.export import build_workbook
from vendorpick.excel.labels import label
from vendorpick.project.demo import demo_project
from vendorpick.project.model import BANDS, SURCHARGE_BANDS
from vendorpick.ui.i18n import Translations
from vendorpick.ui.undo import Document
from vendorpick.ui.views.results_peak import PeakPanel
from vendorpick.ui.views.settings import SettingsView
from vendorpick.ui.views.vendors import VendorsView

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def installed(qapp):
    """Installs the application's translations of a language (English again afterwards)."""
    translations = Translations(qapp)
    yield translations.install
    translations.install("en")


def without_mnemonic(text: str) -> str:
    """``平日日中(&W)`` → ``平日日中``, ``&Weekday day`` → ``Weekday day``."""
    return re.sub(r"\(&.\)$", "", text).replace("&", "")


def small_demo():
    project = demo_project()
    return project.model_copy(update={"settings": project.settings.model_copy(update={"scenarios": 200})})


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_band_headers_and_fields_on_screen_are_the_workbooks_headings(qtbot, installed, lang):
    installed(lang)
    project = small_demo()
    wb, _checks = build_workbook(project, lang)
    sheet = wb[label("sheet_forecast", lang)]
    workbook = [sheet.cell(row=4, column=4 + b).value for b in range(len(BANDS))]
    assert workbook == (["Weekday day", "Weekday night", "Holiday day", "Holiday night"] if lang == "en"
                        else ["平日日中", "平日夜間", "土日祝日中", "土日祝夜間"])

    vendors = VendorsView(Document(project, lang=lang))
    qtbot.addWidget(vendors)
    editor = vendors.plan_editor
    phases = editor.phases_model  # the staged roll-out table's column headers
    assert [phases.headerData(1 + b, HORIZONTAL, DISPLAY) for b in range(len(BANDS))] == workbook
    assert [without_mnemonic(editor.coverage[band].text()) for band in BANDS] == workbook
    surcharge_rows = {w.text() for w in editor.findChildren(QLabel)}  # the surcharge table's row labels
    assert {workbook[BANDS.index(band)] for band in SURCHARGE_BANDS} <= surcharge_rows

    settings = SettingsView(Document(project, lang=lang))
    qtbot.addWidget(settings)
    assert [without_mnemonic(settings.band_boxes[band].text()) for band in BANDS] == workbook

    peak = PeakPanel(lang)
    qtbot.addWidget(peak)
    heads = [peak.table.horizontalHeaderItem(c).text() for c in range(peak.table.columnCount())]
    assert heads[1:1 + len(BANDS)] == workbook


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_table_numbers_are_grouped_for_display_and_plain_for_editing(qtbot, installed, lang):
    """A tier limit (Vendors page, tiers table) and a rate by channel (the plan's
    channels table): ``12,345`` shown, ``12345`` to edit, in either language."""
    installed(lang)
    view = VendorsView(Document(small_demo(), lang=lang))
    qtbot.addWidget(view)
    view.show()
    document = view._document
    editor = view.plan_editor
    editor.kind_radios["graduated"].click()
    QApplication.processEvents()
    tiers = editor.tiers_model
    editor.add_tier_button.click()  # the first tier's limit is editable once another follows
    assert tiers.rowCount() >= 2
    assert tiers.setData(tiers.index(0, tiers.UP_TO), "12345", EDIT)
    assert tiers.setData(tiers.index(0, tiers.RATE), "1234.5", EDIT)
    assert document.project.vendors[view.current_vendor()].plans[view.current_plan()].tiers[0].up_to == 12345
    assert tiers.index(0, tiers.UP_TO).data(DISPLAY) == "12,345"
    assert tiers.index(0, tiers.UP_TO).data(EDIT) == "12345"
    assert tiers.index(0, tiers.RATE).data(DISPLAY) == "1,234.5"
    assert tiers.index(0, tiers.RATE).data(EDIT) == "1234.5"

    editor.kind_radios["per_contact"].click()
    QApplication.processEvents()
    rates = editor.billing.channels_model
    assert rates.rowCount() >= 1
    cell = rates.index(0, rates.RATE)
    assert rates.setData(cell, "23456", EDIT)
    assert rates.index(0, rates.RATE).data(DISPLAY) == "23,456"
    assert rates.index(0, rates.RATE).data(EDIT) == "23456"
    # what the editor starts from reads back as the same value
    assert rates.setData(cell, rates.index(0, rates.RATE).data(EDIT), EDIT)
    plan = document.project.vendors[view.current_vendor()].plans[view.current_plan()]
    assert plan.rates[document.project.forecast.channels[0].id] == 23456


def test_month_ticks_read_the_months_through_the_core_helper():
    """The forecast chart labels every month, the history wizard's chart the quarters;
    the year is on the first month and on each January."""
    from vendorpick.ui.views.forecast_chart import month_tick_labels

    months = ["2026-11", "2026-12", "2027-01", "2027-02", "2027-04", "2027-07", "2027-08", "2027-10"]
    assert month_tick_labels(months) == ["2026-11", "12", "2027-01", "02", "04", "07", "08", "10"]
    assert month_tick_labels(months, every=3) == ["2026-11", "", "2027-01", "", "04", "07", "", "10"]
