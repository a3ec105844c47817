"""Every editing table reads a typed number one way (``ui/models/base.py``):
the window's parsing (full-width digits, thousands separators, only the
cell's unit marks), a blank cell None where the column allows it, anything
else refused with the cell marked and the project unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vendorpick.project.demo import demo_project
from vendorpick.ui.models.base import is_checked, typed_number
from vendorpick.ui.models.channels import ChannelsTableModel, PlanChannelsModel
from vendorpick.ui.models.criteria import CriteriaTableModel
from vendorpick.ui.models.vendors import TiersTableModel
from vendorpick.ui.undo import Document


@pytest.fixture
def document(qapp):
    return Document(demo_project(), lang="en")


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (3, None, 3.0), (2.5, None, 2.5), ("１，２３４", None, 1234.0), ("1,200", "yen", 1200.0),
    ("¥1,200", "yen", 1200.0), ("800件", "count", 800.0), ("800件", "yen", None), ("", None, None),
    ("   ", None, None), (None, None, None), ("abc", None, None),
])
def test_typed_number(value, unit, expected):
    assert typed_number(value, unit) == expected


def test_is_checked():
    assert is_checked(Qt.CheckState.Checked.value) and is_checked(Qt.CheckState.Checked)
    assert not is_checked(Qt.CheckState.Unchecked.value) and not is_checked(Qt.CheckState.PartiallyChecked.value)


def test_a_channel_share_must_be_a_number_its_handling_time_may_be_blank(qapp):
    project = demo_project()
    # no plan billed by the minute or with seats, which would need every handling time
    document = Document(project.model_copy(update={"vendors": project.vendors[2:]}), lang="en")
    model = ChannelsTableModel(document)
    share, aht = model.index(2, model.SHARE), model.index(2, model.AHT)
    before = document.project.forecast.channels[2].share
    assert not model.setData(share, "")
    assert not model.setData(share, "many")
    assert document.project.forecast.channels[2].share == before
    assert model.error_at(share)  # the reason stays with the cell
    assert model.setData(share, "０．５")
    assert document.project.forecast.channels[2].share == 0.5 and model.error_at(share) is None
    assert model.setData(aht, "4.5")
    assert document.project.forecast.channels[2].aht_min == 4.5
    assert model.setData(aht, " ")  # blank: the channel's usual handling time
    assert document.project.forecast.channels[2].aht_min is None


def test_a_plan_rate_by_channel_reads_yen_and_blank_means_the_plans_rate(document):
    model = PlanChannelsModel(document)
    model.set_scope(1, 2)  # a plan with a phone rate of 60 yen
    phone = [c.id for c in document.project.forecast.channels].index("phone")
    rate = model.index(phone, model.RATE)
    assert document.project.vendors[1].plans[2].rates == {"phone": 60.0}
    assert not model.setData(rate, "80件")  # a count, not a price
    assert model.setData(rate, "¥1,200")
    assert document.project.vendors[1].plans[2].rates == {"phone": 1200.0}
    assert model.setData(rate, "")
    assert not (document.project.vendors[1].plans[2].rates or {}).get("phone")


def test_a_criterion_limit_may_be_blank_its_scale_may_not(document):
    model = CriteriaTableModel(document)
    row = [c.id for c in document.project.criteria].index("security")
    assert document.project.criteria[row].must_min == 3.0
    assert model.setData(model.index(row, model.MUST_MIN), "")
    assert document.project.criteria[row].must_min is None
    assert not model.setData(model.index(row, model.MAX), "")
    assert model.setData(model.index(row, model.MUST_MIN), "４")
    assert document.project.criteria[row].must_min == 4.0


def test_a_tier_limit_reads_counts(document):
    from vendorpick.project import edit_builders as eb

    assert not document.apply(eb.set_quote_kind(document.project, 0, 0, "graduated"))
    assert not document.apply(eb.add_tier(document.project, 0, 0))
    model = TiersTableModel(document)
    model.set_scope(0, 0)
    assert model.rowCount() == 2
    up_to = model.index(0, model.UP_TO)
    assert not model.setData(up_to, "¥1,000")  # a price, not a count
    assert not model.setData(up_to, "")
    assert model.setData(up_to, "1,500件")
    assert document.project.vendors[0].plans[0].tiers[0].up_to == 1500.0
    assert model.setData(model.index(0, model.RATE), "¥320")
    assert document.project.vendors[0].plans[0].tiers[0].rate == 320.0
