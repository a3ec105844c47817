"""One word for each thing (issue 12, point 2): the vocabulary in both
languages, and no second spelling of a band or a weighting method anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from vendorpick.i18n import _
from vendorpick.project.model import BANDS
from vendorpick.vocabulary import BAND_PHRASES, TABLES, band_label, word
from vendorpick.vocabulary import BANDS as BAND_LABELS

ROOT = Path(__file__).resolve().parents[2]
JA_BANDS = {"weekday_day": "平日日中", "weekday_night": "平日夜間", "holiday_day": "土日祝日中", "holiday_night": "土日祝夜間"}


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_word_has_japanese(kind):
    for key, msgid in TABLES[kind].items():
        if msgid == "TOPSIS":  # a name, the same in both languages
            continue
        assert word(kind, key, "en") == msgid and word(kind, key, "ja") != msgid, (kind, key)


def test_bands_read_the_same_as_label_and_in_a_sentence():
    assert list(BAND_LABELS) == list(BAND_PHRASES) == list(BANDS)
    for band, ja in JA_BANDS.items():
        assert band_label(band, "ja") == _("ja", BAND_PHRASES[band]) == ja
    assert band_label("holiday_night", "en") == "Holiday night"


def test_channels_and_quote_kinds_in_japanese():
    assert [word("channel", c, "ja") for c in ("phone", "mail", "chat")] == ["電話", "メール", "チャット"]
    assert [word("quote_kind", k, "ja") for k in TABLES["quote_kind"]] == [
        "月額固定型", "従量課金型", "段階料金", "時間課金（分単位）", "専任席（席・時間）"]


def test_no_second_spelling_left():
    """The dotted band spellings and the other names of rank-order weighting are gone
    from the sources, the gettext catalogue and the Qt translations."""
    files = [*ROOT.joinpath("vendorpick").rglob("*.py"), *ROOT.joinpath("resources").rglob("*.po"),
             *ROOT.joinpath("resources").rglob("*.ts")]
    old = ("平日・日中", "平日・夜間", "土日祝・日中", "土日祝・夜間", "順位重心法", "順位から重みを算出")
    hits = [(f.name, o) for f in files for o in old if o in f.read_text(encoding="utf-8")]
    assert not hits
    assert word("weighting", "rank", "ja") == "順位法（ROC）"
