"""The Channels and seats sheet of the comparison workbook (issue 16, SPEC 7)."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from tests.core.excel_helpers import close
from vendorpick.excel.export import build_workbook, export_workbook
from vendorpick.pricing.simulate import simulate
from vendorpick.project.demo import demo_project
from vendorpick.scoring.rank import rank_project


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    project = demo_project()
    sim = simulate(project)
    ranking = rank_project(project, sim, draws=200)
    path = tmp_path_factory.mktemp("ch") / "demo.xlsx"
    export_workbook(project, path, "ja", sim=sim, ranking=ranking)
    _, checks = build_workbook(project, "ja", sim=sim, ranking=ranking)
    return project, sim, path, checks


def _rows(ws):
    return {(ws.cell(r, 1).value, ws.cell(r, 2).value): r for r in range(1, ws.max_row + 1)}


def test_channels_table_shows_kind_share_and_handling_time(demo_export):
    _, _, path, checks = demo_export
    ws = openpyxl.load_workbook(path)["チャネル・専任席"]
    # the demo: R-Messe 50 % (6 min), mail 30 % (8 min), phone 20 % (5 min, live)
    assert [ws.cell(r, 1).value for r in (5, 6, 7)] == ["R-Messe", "メール", "電話"]
    assert [ws.cell(r, 2).value for r in (5, 6, 7)] == ["後対応", "後対応", "即時対応"]
    assert [ws.cell(r, 5).value for r in (5, 6, 7)] == [6, 8, 5]
    assert ws["D5"].value == "=C5/SUM($C$5:$C$7)"
    shares = {c.cell: c.expected for c in checks if c.sheet == "チャネル・専任席"}
    assert shares == pytest.approx({"D5": 0.5, "D6": 0.3, "D7": 0.2})


def test_units_rates_by_channel_and_seats(demo_export):
    project, sim, path, _ = demo_export
    ws = openpyxl.load_workbook(path)["チャネル・専任席"]
    rows = _rows(ws)
    minute = rows[("コールリンク株式会社", "時間課金（1分単位）")]
    # unit, rounding; rates: R-Messe and mail pay `rate` 45, phone its own 60 a minute
    assert [ws.cell(minute, c).value for c in (3, 4)] == ["分", "1件ごとに切り上げ"]
    assert [ws.cell(minute, c).value for c in (9, 10, 11)] == [45, 45, 60]
    seat = rows[("アクシス・サポート株式会社", "専任1席（平日日中）")]
    assert [ws.cell(seat, c).value for c in (3, 5, 6, 7)] == ["件", 1, 0, 1800]
    i = [k for k, ref in enumerate(sim.candidates) if ref.plan == "専任1席（平日日中）"][0]
    # one seat at ¥1,800 an open hour: the horizon's charges are 1,800 × the open hours of 12 months
    assert ws.cell(seat, 8).value == pytest.approx(sim.seat_cost[i]) and sim.seat_cost[i] > 0
    assert (sim.seat_cost[i] / 1800) % 1 == pytest.approx(0) or (sim.seat_cost[i] / 1800) % 1 == pytest.approx(1)
    # handled + left to the shop = every contact of the horizon, channel by channel
    handled = [ws.cell(seat, 12 + k).value for k in range(3)]
    left = [ws.cell(seat, 15 + k).value for k in range(3)]
    assert sum(handled) + sum(left) == pytest.approx(float(sim.contacts.sum()), rel=1e-9)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_demo_workbook_recalculated_by_libreoffice_equals_the_engine(demo_export, tmp_path):
    _, _, path, checks = demo_export
    out = tmp_path / "converted"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    wb = openpyxl.load_workbook(out / path.name, data_only=True)
    bad = [(c.sheet, c.cell, c.formula, wb[c.sheet][c.cell].value, c.expected) for c in checks
           if not close(wb[c.sheet][c.cell].value, c.expected, rel=1e-7)]
    assert not bad, bad[:5]
