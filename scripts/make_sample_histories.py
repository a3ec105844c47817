"""Write the repository's sample shop histories (deterministic, seed 2026).

    .venv/bin/python scripts/make_sample_histories.py [OUTDIR]

The shop is :func:`vendorpick.history.synthetic.sample_shop`: November 2023 to
October 2026, about 100,000 contacts, growing 8 % a year, busiest in the
evening and at weekends, with the Rakuten sales (Super SALE × 2.6, Shopping
Marathon × 1.5, year-end rush × 1.35) and four channels.  Written to OUTDIR
(default ``samples/history``):

- ``shop_contacts_cp932.csv``: one row per contact, CP932 (what Japanese
  Excel writes), Japanese headers 問い合わせ番号, 受付日時, チャネル, 件名;
- ``rms/inquiries_YYYY-MM.json``: the R-Messe inquiries of the last 15
  months as the RMS inquiry API returns them, one 31-day request per file
  (so short months overlap the next file: the same inquiries appear twice
  and the reader counts them once).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vendorpick.history.synthetic import contact_times, format_times, sample_shop  # noqa: E402

SUBJECTS = ("配送について", "返品・交換について", "商品について", "注文内容の変更", "支払いについて", "在庫の確認")
RMS_TYPES = ("商品についての問い合わせ", "注文についての問い合わせ", "店舗についての問い合わせ")


def write_csv(path: Path, minutes: np.ndarray, channel: np.ndarray, names: list[str]) -> None:
    rng = np.random.default_rng(7)
    subjects = rng.integers(0, len(SUBJECTS), size=len(minutes))
    times = format_times(minutes, "slash")
    with path.open("w", encoding="cp932", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(["問い合わせ番号", "受付日時", "チャネル", "件名"])
        for i, (t, c, s) in enumerate(zip(times, channel.tolist(), subjects.tolist(), strict=True)):
            out.writerow([f"Q{i + 1:06d}", t, names[c], SUBJECTS[s]])


def write_rms(folder: Path, minutes: np.ndarray, channel: np.ndarray, names: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("inquiries_*.json"):
        old.unlink()
    keep = channel == names.index("R-Messe")
    msg = minutes[keep]
    numbers = [f"1000000-{20230000 + i:08d}" for i in range(len(msg))]
    stamps = format_times(msg, "iso")
    rng = np.random.default_rng(11)
    kinds = rng.integers(0, len(RMS_TYPES), size=len(msg))
    first = np.datetime64("2025-08-01", "D")
    for k in range(15):
        start_day = (first.astype("datetime64[M]") + k).astype("datetime64[D]")
        start = start_day.astype(np.int64) * 1440
        end = start + 31 * 1440
        end = min(end, (np.datetime64("2026-11-01", "D").astype(np.int64)) * 1440)
        idx = np.flatnonzero((msg >= start) & (msg < end))
        inquiries = [{"inquiryNumber": numbers[i], "regDate": stamps[i], "type": RMS_TYPES[kinds[i]],
                      "category": "その他", "isCompleted": True} for i in idx.tolist()]
        body = {"results": {"inquiries": inquiries, "totalCount": len(inquiries)}}
        name = f"inquiries_{str(start_day)[:7]}.json"
        (folder / name).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "samples" / "history"
    out.mkdir(parents=True, exist_ok=True)
    minutes, channel, names = contact_times(sample_shop())
    write_csv(out / "shop_contacts_cp932.csv", minutes, channel, names)
    write_rms(out / "rms", minutes, channel, names)
    print(f"{len(minutes):,} contacts from {dt.date(2023, 11, 1)} to {dt.date(2026, 10, 31)} written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
