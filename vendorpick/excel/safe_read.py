"""Opening untrusted workbooks safely.

openpyxl parses XML through defusedxml when it is installed (a dependency of
vendorpick), which stops entity-expansion bombs.  Before openpyxl sees the
file we also refuse macro-enabled workbooks (``.xlsm`` or a ``vbaProject``
part), archives that unpack to more than :data:`MAX_UNPACKED` bytes or have
too many parts, and files over :data:`MAX_FILE` bytes.  Formulas are never
evaluated: a formula cell is read as the value Excel saved with it, and one
without a saved value is refused by the importer.
"""

from __future__ import annotations

import os
import stat
import warnings
import zipfile
import zlib
from pathlib import Path

import openpyxl
import openpyxl.xml

from vendorpick.errors import InputError, Problem

MAX_FILE = 10 * 1024 * 1024
MAX_UNPACKED = 20 * 1024 * 1024
#: one part (a sheet's XML): the template's sheet is about 25 kB; a sheet of a
#: million rows is refused here, before any XML is parsed, in milliseconds
MAX_PART = 2 * 1024 * 1024
MAX_PARTS = 500
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam", ".xlsb")
#: content types and relationship types that carry code (VBA, macro sheets, ActiveX, OLE objects)
_MACRO_MARKS = ("macroenabled", "vbaproject", "ms-office.activex", "ms-excel.macrosheet", "ms-excel.intlmacrosheet",
                "oleobject", "vnd.ms-office.vba", "ms-excel.addin")
_OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file, the container of vbaProject.bin

if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
    raise ImportError("defusedxml must be installed to read untrusted workbooks safely")


def check_archive(path: str | os.PathLike[str]) -> None:
    """Raise InputError when ``path`` is not a plain, reasonably sized .xlsx.

    Macros are recognised by content, not by name: any part declared with a
    macro content type or relationship, any part that is a compound (OLE)
    file, or named like a VBA project."""
    p = Path(path)
    where = p.name
    if p.suffix.lower() in MACRO_SUFFIXES:
        raise InputError([Problem(where, "xl_macro")])
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):  # a device or a pipe could be endless
            raise InputError([Problem(where, "vp_not_regular_file")])
        size = info.st_size
        if size > MAX_FILE:
            raise InputError([Problem(where, "vp_too_large", {"size": f"{size:,}", "limit": f"{MAX_FILE:,}"})])
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            _check_sizes(where, infos)
            _check_macros(where, zf, infos)
    except (OSError, zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError, RuntimeError,
            KeyError):  # a damaged archive, whichever layer notices
        raise InputError([Problem(where, "xl_not_xlsx")]) from None


def _check_sizes(where: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise InputError([Problem(where, "xl_too_many_parts", {"n": f"{len(infos):,}", "limit": f"{MAX_PARTS:,}"})])
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED:
        raise InputError([Problem(where, "xl_too_big", {"size": f"{unpacked:,}", "limit": f"{MAX_UNPACKED:,}"})])
    big = next((i for i in infos if i.file_size > MAX_PART), None)
    if big is not None:
        raise InputError([Problem(where, "xl_part_too_big", {"size": f"{big.file_size:,}", "limit": f"{MAX_PART:,}"})])
    if "[content_types].xml" not in {i.filename.lower() for i in infos}:
        raise InputError([Problem(where, "xl_not_xlsx")])


def _check_macros(where: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    for item in infos:
        name = item.filename.lower()
        if "vba" in name or name.endswith(".bin"):
            raise InputError([Problem(where, "xl_macro")])
        with zf.open(item) as fh:
            head = fh.read(8)
        if head == _OLE_HEADER:
            raise InputError([Problem(where, "xl_macro")])
        if name == "[content_types].xml" or name.endswith(".rels"):
            with zf.open(item) as fh:
                text = fh.read(MAX_PART).decode("utf-8", "replace").lower()
            if any(mark in text for mark in _MACRO_MARKS):
                raise InputError([Problem(where, "xl_macro")])


def open_workbook(path: str | os.PathLike[str]):
    """The workbook as written (formulas as formulas; nothing is evaluated)."""
    check_archive(path)
    try:
        # openpyxl warns on stderr about odd cells (a date out of range); the
        # importer reports every bad cell itself, in the user's language
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, data_only=False, keep_vba=False, keep_links=False)
    except InputError:
        raise
    except Exception:  # any parse failure of a hostile or broken file; openpyxl's English text is not shown
        raise InputError([Problem(Path(path).name, "xl_not_xlsx")]) from None
