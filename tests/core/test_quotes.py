"""Quote template -> filled by the test -> import (issue 5)."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from tests.core.excel_helpers import address, fill, quote_sheet, small_project
from vendorpick.cli import main
from vendorpick.errors import InputError
from vendorpick.excel.quotes import import_quotes, write_template
from vendorpick.project.io import load, save

FIXED = {
    "name": "月額固定 =SUM(1)", "tax_included": "いいえ", "monthly_fee": 50000, "included_contacts": 150,
    "rate": 350, "setup_fee": 30000, "night_start": 22, "night_end": 5,
    "cover_weekday_day": "はい", "cover_weekday_night": "はい", "cover_holiday_day": "はい",
    "cover_holiday_night": "いいえ", "sur_weekday_night_premium": "+25%", "sur_holiday_day_monthly": 10000,
    "min_term_months": 6, "notes": "夜間は月額オプション",
}
TIERED = {
    "name": "段階料金", "tax_included": "はい", "tier1_up_to": 300, "tier1_rate": 380, "tier2_up_to": "800",
    "tier2_rate": "３００円", "tier4_rate": 240, "minimum_monthly_charge": "60,000",
    "cover_weekday_day": "yes", "cover_weekday_night": "no", "cover_holiday_day": True, "cover_holiday_night": False,
}


@pytest.fixture
def template(tmp_path):
    path = tmp_path / "quotes.xlsx"
    write_template(path, "ja", small_project())
    return path


def test_template_has_every_plan_field_validation_and_instructions(template):
    wb = openpyxl.load_workbook(template)
    ws = quote_sheet(wb)
    keys = {ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)}
    for key in ("monthly_fee", "included_contacts", "rate", "tier1_up_to", "tier4_rate", "minimum_monthly_charge",
                "setup_fee", "night_start", "night_end", "cover_holiday_night", "sur_holiday_night_premium",
                "sur_weekday_night_per_contact", "sur_holiday_day_monthly", "tax_included", "min_term_months",
                "score:security", "score:rms"):
        assert key in keys
    assert "score:cost" not in keys
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert {"list", "decimal", "whole"} <= kinds
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert '"はい,いいえ"' in lists
    assert ws.protection.sheet and ws.column_dimensions["A"].hidden
    text = "\n".join(str(c.value) for c in wb.worksheets[0]["A"] if c.value)
    assert "黄色のセル" in text and "yellow cells" in text


def test_english_template_without_project_asks_the_general_criteria(tmp_path):
    path = tmp_path / "en.xlsx"
    write_template(path, "en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Instructions", "Quote"]
    keys = [c.value for c in wb["Quote"]["A"] if c.value]
    assert "score:security" in keys and "score:rms" in keys


def test_round_trip_gives_exactly_the_filled_plans(template):
    fill(template, {"vendor_name": " 新規サポート社 ", "vendor_notes": "担当 田中"}, [FIXED, TIERED],
         {"security": 4.5, "rms": "はい"})
    project = small_project()
    new, summary = import_quotes(project, [template], "ja")
    assert [v.name for v in project.vendors] == ["既存社"]  # the input is untouched
    vendor = new.vendors[1]
    assert vendor.name == "新規サポート社" and vendor.notes == "担当 田中"
    assert vendor.scores == {"security": 4.5, "rms": True}
    assert [p.name for p in vendor.plans] == ["月額固定 =SUM(1)", "段階料金"]
    fixed, tiered = vendor.plans
    assert (fixed.monthly_fee, fixed.included, fixed.rate, fixed.setup_fee) == (50000, 150, 350, 30000)
    assert fixed.coverage == ["weekday_day", "weekday_night", "holiday_day"]
    assert fixed.surcharges["weekday_night"].multiplier == 1.25
    assert fixed.surcharges["holiday_day"].monthly == 10000 and fixed.surcharges["holiday_day"].multiplier == 1
    assert "holiday_night" not in fixed.surcharges
    assert (fixed.night_hours.start, fixed.night_hours.end, fixed.min_term_months) == (22, 5, 6)
    assert not fixed.tax_included and tiered.tax_included
    assert [(t.up_to, t.rate) for t in tiered.tiers] == [(300, 380), (800, 300), (None, 240)]
    assert tiered.rate == 0 and tiered.minimum_monthly_charge == 60000
    assert tiered.coverage == ["weekday_day", "holiday_day"]
    assert summary.added == [("新規サポート社", "月額固定 =SUM(1)"), ("新規サポート社", "段階料金")]
    assert summary.new_vendors == ["新規サポート社"]


def test_import_updates_an_existing_plan_and_keeps_the_others(template):
    fill(template, {"vendor_name": "既存社"}, [{**FIXED, "name": "従量", "rate": 280}], {"security": 5})
    new, summary = import_quotes(small_project(), [template])
    assert len(new.vendors) == 1
    assert [p.name for p in new.vendors[0].plans] == ["従量"]
    assert new.vendors[0].plans[0].rate == 280 and new.vendors[0].scores["security"] == 5
    assert summary.updated == [("既存社", "従量")] and not summary.added


BAD_CELLS = [
    ("monthly_fee", "たくさん", "xl_number"),
    ("monthly_fee", "3,30", "xl_number"),  # not 330: separators only in groups of three
    ("monthly_fee", "50,000%", "xl_number"),
    ("monthly_fee", "nan", "xl_number"),
    ("monthly_fee", -5, "greater_than_equal"),
    ("night_start", 1.5, "xl_hour"),
    ("night_end", 24, "less_than_equal"),
    ("cover_weekday_day", "たぶん", "xl_yes_no"),
    ("cover_holiday_night", None, "xl_required"),
    ("tax_included", None, "xl_required"),
    ("setup_fee", "=1/0", "xl_formula"),
    ("included_contacts", "#DIV/0!", "xl_error_value"),
    ("min_term_months", 2.5, "xl_whole"),
    ("sur_holiday_day_premium", "多め", "xl_premium"),
    ("sur_holiday_day_premium", 1.2, "xl_premium_ambiguous"),
    ("sur_holiday_day_premium", "-10%", "xl_premium_discount"),
    ("sur_holiday_day_premium", 250, "xl_premium_high"),
    ("unit", "時間", "xl_unit"),
    ("seats_count", 1.5, "xl_whole"),
    ("phase1_from", "来月", "xl_month"),
    ("phase1_bands", "深夜", "xl_band"),
    ("notes", "長" * 3000, "xl_text_long"),
    ("tier2_rate", None, "xl_tier_rate"),
    ("tier2_up_to", 200, "vp_tiers_increasing"),
    ("tier4_up_to", 5000, "vp_tiers_last_open"),
]


@pytest.mark.parametrize(("key", "value", "code"), BAD_CELLS)
def test_every_bad_cell_kind_is_reported_at_its_cell(template, key, value, code):
    plan = {**TIERED, "tier3_up_to": 1000, "tier3_rate": 260, key: value}
    rows = fill(template, {"vendor_name": "新規社"}, [FIXED, plan])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    found = {(p.loc, p.code) for p in info.value.problems}
    assert (address(rows, key, 1), code) in found
    assert re.match(r"^見積!E\d+: ", info.value.text("ja"))


def test_all_bad_cells_reported_together_and_nothing_applied(tmp_path, template):
    rows = fill(template, {"vendor_name": "新規社"},
                [{**FIXED, "monthly_fee": "abc", "rate": 100, "tier1_rate": 5},
                 {**TIERED, "name": None, "night_start": 30}], {"security": 9, "rms": "maybe"})
    project_file = tmp_path / "p.vendorpick.json"
    save(small_project(), project_file)
    before = project_file.read_bytes()
    assert main(["import", str(project_file), str(template), "--lang", "en"]) == 2
    assert project_file.read_bytes() == before
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template], "en")
    locs = {p.loc: p.code for p in info.value.problems}
    assert locs[address(rows, "monthly_fee")] == "xl_number"
    assert locs[address(rows, "rate")] == "vp_rate_and_tiers"
    assert locs[address(rows, "name", 1)] == "xl_plan_name"
    assert locs[address(rows, "score:security")] == "vp_score_range"
    assert locs[address(rows, "score:rms")] == "xl_yes_no"
    assert "must be a number" in info.value.text("en")


def test_missing_vendor_name_and_duplicate_plans_across_files(tmp_path, template):
    other = tmp_path / "b.xlsx"
    fill(template, {"vendor_name": "重複社"}, [FIXED], out=other)
    rows = fill(template, {"vendor_name": "重複社"}, [FIXED])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [other, template])
    assert info.value.problems[0].loc == f"[quotes.xlsx]見積!D{rows['name']}"
    assert info.value.problems[0].code == "xl_duplicate_plan"
    fill(template, {"vendor_name": None}, [FIXED])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    assert [(p.loc, p.code) for p in info.value.problems] == [(f"見積!D{rows['vendor_name']}", "xl_vendor_name")]


@pytest.mark.parametrize(("lang", "texts"), [
    ("ja", ["見積!D{vendor_name}: ベンダー名（会社名）は必須です", "見積!D{name}: プランが入力されていません"]),
    ("en", ["Quote!D{vendor_name}: the vendor name is required", "Quote!D{name}: no plan is filled in"]),
], ids=["ja", "en"])
def test_untouched_template_is_refused_with_the_cells_and_nothing_applied(tmp_path, capsys, lang, texts):
    path = tmp_path / "empty.xlsx"
    write_template(path, lang, small_project())
    rows = fill(path)  # saved as a vendor would return it, untouched
    project_file = tmp_path / "p.vendorpick.json"
    save(small_project(), project_file)
    before = project_file.read_bytes()
    assert main(["import", str(project_file), str(path), "--lang", lang]) == 2
    assert project_file.read_bytes() == before
    err = capsys.readouterr().err
    assert "0 plan" not in err and "プラン 0 件" not in err
    for text in texts:
        assert text.format(**rows) in err
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path], lang)
    sheet = "見積" if lang == "ja" else "Quote"
    assert [(p.loc, p.code) for p in info.value.problems] == [
        (address(rows, "vendor_name", sheet=sheet), "xl_vendor_name"), (address(rows, "name", sheet=sheet), "xl_no_plan")]


def test_vendor_name_without_any_plan_is_refused(template):
    rows = fill(template, {"vendor_name": "見積なし社", "vendor_notes": "後日送付"}, [], {"security": 4, "rms": "はい"})
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    assert [(p.loc, p.code) for p in info.value.problems] == [(address(rows, "name"), "xl_no_plan")]
    assert "少なくとも 1 つのプラン" in info.value.text("ja")
    # an existing vendor cannot be "updated" by a quote without plans either
    fill(template, {"vendor_name": "既存社"})
    with pytest.raises(InputError):
        import_quotes(small_project(), [template])


def test_formula_is_refused_even_with_a_saved_value(template):
    """Excel recomputes a formula on opening; its saved value may be anything."""
    rows = fill(template, {"vendor_name": "数式社"}, [{**FIXED, "monthly_fee": "=20000*2"}])
    _set_cached_value(template, f"D{rows['monthly_fee']}", "40000")
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    assert [(p.loc, p.code) for p in info.value.problems] == [(f"見積!D{rows['monthly_fee']}", "xl_formula")]


def _set_cached_value(path, ref, value):
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    name = "xl/worksheets/sheet2.xml"
    xml = parts[name].decode()
    xml, n = re.subn(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?', rf"\1<v>{value}</v>", xml)
    assert n == 1
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for n_, data in parts.items():
            zf.writestr(n_, data)


def test_hostile_files_are_refused(tmp_path, template):
    macro = tmp_path / "q.xlsm"
    macro.write_bytes(template.read_bytes())
    vba = tmp_path / "vba.xlsx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(vba, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\0" * 10)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    codes = {}
    for path in (macro, vba, junk, plain):
        with pytest.raises(InputError) as info:
            import_quotes(small_project(), [path])
        codes[path.name] = info.value.problems[0].code
    assert codes == {"q.xlsm": "xl_macro", "vba.xlsx": "xl_macro", "junk.xlsx": "xl_not_xlsx",
                     "plain.xlsx": "xl_not_template"}


def test_cli_template_and_import_with_copy(tmp_path, capsys):
    project_file = tmp_path / "p.vendorpick.json"
    save(small_project(), project_file)
    quotes = tmp_path / "q.xlsx"
    assert main(["template", "-o", str(quotes), "--project", str(project_file), "--lang", "ja"]) == 0
    fill(quotes, {"vendor_name": "CLI社"}, [FIXED], {"security": 3, "rms": "いいえ"})
    out = tmp_path / "out.vendorpick.json"
    before = project_file.read_bytes()
    assert main(["import", str(project_file), str(quotes), "-o", str(out), "--lang", "ja"]) == 0
    assert project_file.read_bytes() == before
    assert [v.name for v in load(out).vendors] == ["既存社", "CLI社"]
    assert "プラン 1 件を追加" in capsys.readouterr().out


def test_xml_entity_bomb_is_refused(tmp_path, template):
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)) + "]>"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                text = data.decode()
                head, _, rest = text.partition("?>")
                data = (head + "?>" + entities + rest.replace("<sheets>", "<sheets>&i;", 1)).encode()
            dst.writestr(item, data)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [bomb])
    assert info.value.problems[0].code == "xl_not_xlsx"


def test_english_template_round_trip(tmp_path):
    path = tmp_path / "en.xlsx"
    write_template(path, "en", small_project())
    english = {**FIXED, "tax_included": "no", "cover_weekday_day": "yes", "cover_weekday_night": "no",
               "cover_holiday_day": "no", "cover_holiday_night": "no", "name": "Daytime"}
    rows = fill(path, {"vendor_name": "Acme Support"}, [english], {"rms": "yes", "security": 3})
    new, _ = import_quotes(small_project(), [path], "en")
    plan = new.vendors[1].plans[0]
    assert plan.coverage == ["weekday_day"] and not plan.tax_included and new.vendors[1].scores["rms"] is True
    fill(path, None, [{**english, "rate": "lots"}])
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [path], "en")
    assert info.value.text("en") == f"Quote!D{rows['rate']}: must be a number (found \"lots\")"


def test_size_limits(monkeypatch, template):
    from vendorpick.excel import safe_read

    monkeypatch.setattr(safe_read, "MAX_FILE", 1000)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    assert info.value.problems[0].code == "vp_too_large"
    monkeypatch.setattr(safe_read, "MAX_FILE", 10**7)
    monkeypatch.setattr(safe_read, "MAX_UNPACKED", 5000)
    with pytest.raises(InputError) as info:
        import_quotes(small_project(), [template])
    assert info.value.problems[0].code == "xl_too_big"


@pytest.mark.parametrize(("text", "expected"), [
    ("50,000円", 50000), ("５０，０００円", 50000), ("¥1,200", 1200), ("￥ 1,200", 1200), ("800件", 800),
    ("1,234,567", 1234567), ("350.5", 350.5), ("　300　", 300),
])
def test_a_number_typed_as_text_reads_as_a_person_reads_it(text, expected):
    from vendorpick.excel.quote_cells import read_number

    assert read_number(text) == expected
