"""Bilingual message codes of saving project files (vendorpick.project.io)."""

from __future__ import annotations

from vendorpick.errors import MESSAGES

MESSAGES.add(
    {
        "vp_read_only": (
            "the file is read-only; nothing was saved (save under another name, or make it writable)",
            "ファイルが読み取り専用のため保存しませんでした（別の名前で保存するか、書き込み可能にしてください）",
        ),
        "vp_folder_read_only": (
            "the folder is read-only; nothing was saved (save in another folder, or make it writable)",
            "フォルダーが読み取り専用のため保存しませんでした（別のフォルダーに保存するか、書き込み可能にしてください）",
        ),
    }
)
