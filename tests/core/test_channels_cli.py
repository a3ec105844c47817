"""``vendorpick simulate`` with channels (SPEC 7, 10): units and seat charges in text and JSON."""

from __future__ import annotations

import json

import pytest

from vendorpick.cli import main

PROJECT = {
    "format": "vendorpick/2", "name": "ch", "start": "2027-01", "months": 2,
    "forecast": {"base_monthly_contacts": 620, "channels": [
        {"id": "message", "share": 0.5, "aht_min": 6}, {"id": "mail", "name": "メール", "share": 0.3, "aht_min": 8},
        {"id": "phone", "share": 0.2, "aht_min": 5}]},
    "vendors": [{"name": "A", "plans": [
        {"name": "min", "unit": "minute", "rounding": "per_contact", "rate": 50, "coverage": ["weekday_day"]},
        {"name": "seat", "seats": {"count": 2, "per_seat_hour": 2500}, "channels": ["phone"]}]}],
    "settings": {"scenarios": 200, "in_house_cost_per_contact": 800},
}


def test_simulate_json_gives_units_seat_cost_and_uncovered_by_channel(tmp_path, capsys):
    path = tmp_path / "ch.vendorpick.json"
    path.write_text(json.dumps(PROJECT, ensure_ascii=False), encoding="utf-8")
    assert main(["simulate", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    minute, seat = out["candidates"]
    assert (minute["units"], minute["seat_cost"]) == ("minute", 0.0)
    # 2 seats × ¥2,500 × every hour of January and February (all bands covered): 2 × 2,500 × 59 × 24
    assert (seat["units"], seat["seat_cost"]) == ("contact", 7080000.0)
    # the weekday-daytime plan leaves the phone calls of other hours; the seat plan handles phone only
    assert minute["uncovered_contacts_by_channel"]["message"] == 0.0
    assert minute["uncovered_contacts_by_channel"]["phone"] > 0
    assert seat["uncovered_contacts_by_channel"]["message"] == pytest.approx(620.0, rel=1e-12)  # 50 % of 1,240


def test_simulate_text_shows_units_and_seat_charges(tmp_path, capsys):
    path = tmp_path / "ch.vendorpick.json"
    path.write_text(json.dumps(PROJECT, ensure_ascii=False), encoding="utf-8")
    assert main(["simulate", str(path), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Billed by" in text and "Seat charges" in text and "¥7,080,000" in text
    rows = {line.split()[2]: line for line in text.splitlines() if line.startswith("A / ")}
    assert rows["min"].split()[-2] == "minute" and rows["seat"].split()[-2] == "contact"
    assert "Contacts left to the shop, by channel:" in text and "A / seat: R-Messe 620, メール 372" in text  # the name the user gave
    assert main(["simulate", str(path), "--lang", "ja"]) == 0
    ja = capsys.readouterr().out
    assert "課金単位" in ja and "席料" in ja and "A / seat: R-Messe（メッセージ） 620, メール 372" in ja  # the usual word (vocabulary)
