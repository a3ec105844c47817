"""Reading histories (SPEC 9): encodings, separators, XLSX, RMS JSON, help-desk
exports, counts, column recognition, date formats and bad files."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendorpick.errors import InputError
from vendorpick.history.api import read_history
from vendorpick.history.dates import parse_datetimes
from vendorpick.history.read import Columns, channel_id, read_file

TODAY = dt.date(2026, 11, 30)


def day(i_or_text) -> int:
    return int(np.datetime64(i_or_text, "D").astype(np.int64))


def by_hour(history) -> dict[tuple[str, int, str], float]:
    """{(date, hour, channel): count} of a timed history."""
    out = {}
    for d, h, c in zip(*np.nonzero(history.hourly), strict=True):
        out[(history.date(int(d)), int(h), history.channels[c])] = float(history.hourly[d, h, c])
    return out


def test_dates_in_every_accepted_form_in_japan_time():
    values = ["2026-11-30", "2026/11/30", "2026/11/30 14:05", "2026-11-30T14:05", "2026-11-30 14:05:59",
              "2026-11-30T05:05:00Z", "2026-11-30T05:05:00.250Z", "2026-11-30T14:05:00+09:00",
              "2026-11-30T00:05:00-05:00", "2026-11-30T06:05:00+0100", "2026/1/5 9:05", "2026-02-29", "30/11/2026", ""]
    minutes, has_time, ok = parse_datetimes(values)
    text = [str(np.datetime64(int(m), "m")) if good else None for m, good in zip(minutes, ok, strict=True)]
    assert text == ["2026-11-30T00:00", "2026-11-30T00:00", "2026-11-30T14:05", "2026-11-30T14:05", "2026-11-30T14:05",
                    "2026-11-30T14:05", "2026-11-30T14:05", "2026-11-30T14:05", "2026-11-30T14:05", "2026-11-30T14:05",
                    "2026-01-05T09:05", None, None, None]
    assert has_time.tolist()[:3] == [False, False, True]


def test_cp932_csv_with_japanese_headers(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes("問い合わせ番号,受付日時,チャネル,件名\r\n"
                     "1,2026/10/01 00:10,電話,配送について\r\n"
                     "2,2026/10/01 09:30,メール,返品\r\n"
                     "3,2026/10/02 23:59,チャット,在庫\r\n".encode("cp932"))
    fc = read_file(path, today=TODAY)
    assert fc.info.encoding == "cp932" and fc.info.delimiter == ","
    assert fc.info.columns == Columns(date="受付日時", channel="チャネル")
    assert fc.info.shape == "contacts" and fc.info.rows == 3
    history = read_history([path], today=TODAY)
    assert by_hour(history) == {("2026-10-01", 0, "phone"): 1, ("2026-10-01", 9, "mail"): 1, ("2026-10-02", 23, "chat"): 1}
    assert history.whole.tolist() == [True, True]  # starts in hour 0, reaches hour 23


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "日時,種別\n2026-10-01 10:00,電話\n2026-10-01 11:00,R-Messe\n".encode())
    fc = read_file(path, today=TODAY)
    assert fc.info.encoding == "utf-8-sig"
    assert fc.info.columns.date == "日時" and fc.info.columns.channel == "種別"
    assert sorted(fc.names) == ["message", "phone"]


def test_tab_separated_with_daily_counts(tmp_path):
    path = tmp_path / "daily.tsv"
    path.write_text("日付\t件数\tチャネル\n2026/10/01\t12\tメール\n2026/10/01\t3\t電話\n2026/10/02\t1,204\tメール\n",
                    encoding="utf-8")
    fc = read_file(path, today=TODAY)
    assert fc.info.delimiter == "\t" and fc.info.shape == "daily" and not fc.timed
    history = read_history([path], today=TODAY)
    assert history.hourly is None
    assert history.daily[:, history.channels.index("mail")].tolist() == [12, 1204]
    assert history.whole.all()


def test_hourly_counts_with_an_hour_column(tmp_path):
    path = tmp_path / "hourly.csv"
    path.write_text("date,hour,count\n2026-10-01,0,2\n2026-10-01,13,5\n2026-10-01,23,1\n", encoding="utf-8")
    history = read_history([path], today=TODAY)
    assert history.files[0].shape == "hourly"
    assert history.hourly[0, [0, 13, 23], 0].tolist() == [2, 5, 1] and history.whole.all()


def test_xlsx_first_visible_sheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "hidden"
    hidden.append(["Date", "count"])
    hidden.append(["2020-01-01", 999])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("data")
    sheet.append(["受付日時", "チャネル"])
    sheet.append([dt.datetime(2026, 10, 1, 9, 15), "電話"])
    sheet.append([dt.datetime(2026, 10, 1, 21, 0), "チャット"])
    path = tmp_path / "history.xlsx"
    book.save(path)
    history = read_history([path], today=TODAY)
    assert history.files[0].format == "xlsx"
    assert by_hour(history) == {("2026-10-01", 9, "phone"): 1, ("2026-10-01", 21, "chat"): 1}


def test_xlsx_date_cells_are_days(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["日付", "件数"])
    book.active.append([dt.datetime(2026, 10, 1), 40])
    book.active.append([dt.datetime(2026, 10, 2), 42])
    path = tmp_path / "daily.xlsx"
    book.save(path)
    history = read_history([path], today=TODAY)
    assert history.hourly is None and history.daily[:, 0].tolist() == [40, 42]


def rms_file(path, inquiries):
    path.write_text(json.dumps({"results": {"inquiries": inquiries}}, ensure_ascii=False, indent=1), encoding="utf-8")


def test_rms_json_several_files_counted_once(tmp_path):
    a = [{"inquiryNumber": "A1", "regDate": "2026-10-01T00:05:00+09:00", "type": "商品"},
         {"inquiryNumber": "A2", "regDate": "2026-10-31T23:10:00+09:00", "type": "受注"}]
    b = [{"inquiryNumber": "A2", "regDate": "2026-10-31T23:10:00+09:00", "type": "受注"},
         {"inquiryNumber": "A3", "regDate": "2026-11-01T10:00:00+09:00", "type": "店舗"}]
    rms_file(tmp_path / "oct.json", a)
    rms_file(tmp_path / "nov.json", b)
    history = read_history([tmp_path / "oct.json", tmp_path / "nov.json"], today=TODAY)
    assert history.contacts == 3 and history.duplicates == 1
    assert history.channels == ["message"]  # RMS contacts are messages whatever their type
    assert history.files[0].format == "rms"


def test_rms_bad_regdate_is_named_by_its_line(tmp_path):
    items = [{"inquiryNumber": str(i), "regDate": "2026-10-01T10:00:00+09:00"} for i in range(20)]
    items[7]["regDate"] = "yesterday"
    rms_file(tmp_path / "bad.json", items)
    with pytest.raises(InputError) as exc:
        read_history([tmp_path / "bad.json"], today=TODAY)
    texts = [p.text("en") for p in exc.value.problems]
    assert texts[0].startswith("bad.json: 1 of 20 rows cannot be read")
    line = json.dumps({"results": {"inquiries": items}}, indent=1).splitlines().index('    "regDate": "yesterday"') + 1
    assert f"bad.json: line {line}, column \"regDate\"" in texts[1]


def test_zendesk_shaped_csv(tmp_path):
    """Zendesk: created_at in UTC with Z, channel in ``via``."""
    path = tmp_path / "zendesk.csv"
    path.write_text("id,subject,created_at,via,status\n"
                    "1,Where is my order,2026-09-30T15:00:00Z,email,solved\n"
                    "2,Refund,2026-10-01T02:30:00Z,chat,open\n"
                    "3,Call back,2026-10-01T14:59:00Z,voice,open\n"
                    "4,Form,2026-10-01T03:00:00Z,web,open\n", encoding="utf-8")
    fc = read_file(path, today=TODAY)
    assert fc.info.columns == Columns(date="created_at", channel="via")
    history = read_history([path], today=TODAY)
    assert by_hour(history) == {("2026-10-01", 0, "mail"): 1, ("2026-10-01", 11, "chat"): 1,
                                ("2026-10-01", 23, "phone"): 1, ("2026-10-01", 12, "web"): 1}


def test_freshdesk_shaped_csv_numeric_sources(tmp_path):
    """Freshdesk: created_at with an offset, ``source`` 1 mail, 2 portal, 3 phone, 7 chat, 10 outbound mail."""
    path = tmp_path / "freshdesk.csv"
    path.write_text("id,created_at,source,priority\n"
                    "1,2026-10-01 10:00:00 +0900,1,1\n2,2026-10-01 10:10:00 +0900,3,1\n"
                    "3,2026-10-01 10:20:00 +0900,7,1\n4,2026-10-01 10:30:00 +0900,10,1\n"
                    "5,2026-10-01 10:40:00 +0900,2,1\n", encoding="utf-8")
    fc = read_file(path, today=TODAY)
    assert fc.info.columns == Columns(date="created_at", channel="source")
    history = read_history([path], today=TODAY)
    counts = dict(zip(history.channels, history.daily.sum(axis=0).tolist(), strict=True))
    assert counts == {"mail": 2, "phone": 1, "chat": 1, "2": 1}


def test_channel_names_ignore_case_and_keep_others():
    assert [channel_id(n) for n in ("PHONE", "Eメール", "E-mail", "メール", "Chat", "r-messe", "LINE", " Call ")] == \
        ["phone", "Eメール", "E-mail", "mail", "chat", "message", "LINE", "phone"]


def test_columns_chosen_by_the_user(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("when,who,kind\n2026-10-01 10:00,a,電話\n2026-10-01 11:00,b,メール\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_file(path, today=TODAY)
    assert exc.value.problems[0].code == "hist_no_date_column"
    fc = read_file(path, Columns(date="when", channel="kind"), today=TODAY)
    assert sorted(fc.names) == ["mail", "phone"]
    fc = read_file(path, Columns(date="when", channel=""), today=TODAY)
    assert fc.names == [""]
    with pytest.raises(InputError) as exc:
        read_file(path, Columns(date="nope"), today=TODAY)
    assert exc.value.problems[0].code == "hist_no_column"
    assert "「nope」" in exc.value.problems[0].message("ja")


# ---------------------------------------------------------------- bad files


def contact_lines(n: int) -> list[str]:
    start = np.datetime64("2026-01-01T00:00")
    return [f"{str(start + np.timedelta64(i * 17, 'm')).replace('T', ' ')},phone" for i in range(n)]


def test_two_percent_garbled_rows_refuse_the_file_naming_lines(tmp_path):
    lines = contact_lines(1000)
    for i in range(0, 1000, 50):  # 20 of 1,000 rows: 2 %
        lines[i] = "2026-13-45 99:99,phone" if i % 100 else "??,phone"
    path = tmp_path / "garbled.csv"
    path.write_text("created_at,channel\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_history([path], today=TODAY)
    problems = exc.value.problems
    assert problems[0].code == "hist_too_many_bad" and problems[0].ctx["bad"] == 20
    assert problems[0].text("en") == ("garbled.csv: 20 of 1000 rows cannot be read (2.0%); more than 1 % refuses "
                                      "the file (first at line 2)")
    assert "garbled.csv: 1000 行中 20 行" in problems[0].text("ja")
    assert problems[1].text("en") == 'garbled.csv: line 2, column "created_at": cannot read the date-time "??"'
    assert problems[1].text("ja") == 'garbled.csv: 2 行目、列「created_at」: 日時「??」を読み取れません'
    assert problems[2].ctx["line"] == 52


def test_half_a_percent_garbled_rows_are_skipped_and_noted(tmp_path):
    lines = contact_lines(1000)
    for i in (10, 500, 900):
        lines[i] = "not a date,phone"
    lines[700] = "2026-05-01 10:00"  # a short row
    path = tmp_path / "some.csv"
    path.write_text("created_at,channel\n" + "\n".join(lines) + "\n", encoding="utf-8")
    history = read_history([path], today=TODAY)
    info = history.files[0]
    assert info.bad_rows == 4 and history.contacts == 996
    assert [p.ctx["line"] for p in info.problems] == [12, 502, 702, 902]
    assert info.problems[2].code == "hist_short_row"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError) as exc:
        read_history([path], today=TODAY)
    assert exc.value.problems[0].text("ja") == "empty.csv: ファイルが空です（見出し行もデータ行もありません）"
    path.write_text("created_at,channel\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_history([path], today=TODAY)
    assert exc.value.problems[0].code == "hist_no_rows"


def test_no_date_column_names_the_columns(tmp_path):
    path = tmp_path / "nodate.csv"
    path.write_text("name,channel\nA,phone\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_history([path], today=TODAY)
    text = exc.value.problems[0].text("en")
    assert text.startswith("nodate.csv: line 1: no date column among name, channel (expected one of regDate")


def test_dates_in_the_future_are_unreadable_rows(tmp_path):
    """A date after today (Japan time) cannot be history: the row is unreadable,
    so a few are skipped with their line and more than 1 % refuse the file."""
    lines = contact_lines(300)
    lines[5] = "2026-12-01 09:00,phone"
    path = tmp_path / "future.csv"
    path.write_text("created_at,channel\n" + "\n".join(lines) + "\n", encoding="utf-8")
    history = read_history([path], today=TODAY)
    assert history.contacts == 299
    assert history.files[0].problems[0].text("en") == \
        'future.csv: line 7, column "created_at": 2026-12-01 09:00 is after today (2026-11-30)'
    for i in (50, 100, 150, 200):  # 5 of 300 rows: 1.7 %
        lines[i] = "2027-01-01 09:00,phone"
    path.write_text("created_at,channel\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_history([path], today=TODAY)
    assert exc.value.problems[0].ctx["bad"] == 5
    history = read_history([path], today=dt.date(2027, 1, 1))  # from then on, it is history
    assert history.contacts == 300


def test_several_refused_files_are_all_reported(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"")
    (tmp_path / "b.csv").write_text("x\n1\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_history([tmp_path / "a.csv", tmp_path / "b.csv"], today=TODAY)
    assert [p.loc for p in exc.value.problems] == ["a.csv", "b.csv"]


def test_a_million_row_file_is_read_in_bounded_chunks(tmp_path, monkeypatch):
    """Chunks are aggregated as they come: a small chunk size gives the same counts."""
    import vendorpick.history.read as read

    lines = contact_lines(2500)
    path = tmp_path / "c.csv"
    path.write_text("created_at,channel\n" + "\n".join(lines) + "\n", encoding="utf-8")
    whole = read_history([path], today=TODAY)
    monkeypatch.setattr(read, "CHUNK_ROWS", 7)
    chunked = read_history([path], today=TODAY)
    assert np.array_equal(whole.hourly, chunked.hourly)


@given(st.lists(st.tuples(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15),
    st.sampled_from(["iso", "iso_z", "iso_compact", "space", "slash", "slash_short", "date", "date_slash"])),
    min_size=1, max_size=30))
def test_bulk_parser_agrees_with_the_datetime_module(items):
    """Every accepted form, through the vectorised fast path or the fallback,
    gives the same Japan time as Python's own datetime arithmetic."""
    texts, expected = [], []
    jst = dt.timezone(dt.timedelta(hours=9))
    for moment, offset, style in items:
        moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
        zone = dt.timezone(dt.timedelta(minutes=offset))
        if style == "iso":
            text, local = moment.replace(tzinfo=zone).isoformat(), moment.replace(tzinfo=zone).astimezone(jst)
        elif style == "iso_z":
            text = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            local = moment.replace(tzinfo=dt.UTC).astimezone(jst)
        elif style == "iso_compact":
            text = moment.replace(tzinfo=zone).strftime("%Y-%m-%dT%H:%M:%S%z")
            local = moment.replace(tzinfo=zone).astimezone(jst)
        elif style == "space":
            text, local = moment.strftime("%Y-%m-%d %H:%M:%S"), moment
        elif style == "slash":
            text, local = moment.strftime("%Y/%m/%d %H:%M"), moment
        elif style == "slash_short":
            text, local = f"{moment.year}/{moment.month}/{moment.day} {moment.hour}:{moment.minute:02d}", moment
        else:
            text = moment.strftime("%Y-%m-%d" if style == "date" else "%Y/%m/%d")
            local = moment.replace(hour=0, minute=0)
        texts.append(text)
        naive = local.replace(tzinfo=None)
        expected.append(int((naive - dt.datetime(1970, 1, 1)).total_seconds() // 60))
    minutes, _has_time, ok = parse_datetimes(texts)
    assert ok.all(), [t for t, good in zip(texts, ok, strict=True) if not good]
    assert minutes.tolist() == expected


def test_a_column_of_ids_is_not_a_channel_column(tmp_path):
    """Channel chosen as the inquiry number: refused naming the column, not a
    thousand channels (the memory of the counts grows with the channels)."""
    path = tmp_path / "ids.csv"
    path.write_text("created_at,番号\n" + "\n".join(f"2026-01-01 10:{i % 60:02d},Q{i}" for i in range(200)) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_file(path, Columns(channel="番号"), today=TODAY)
    assert exc.value.problems[0].text("ja").startswith("ids.csv: 列「番号」の値が 50 種類を超えています")
    assert read_file(path, today=TODAY).names == [""]
