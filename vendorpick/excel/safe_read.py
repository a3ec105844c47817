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
from pathlib import Path

import openpyxl
import openpyxl.xml

from vendorpick.errors import InputError, Problem

MAX_FILE = 10 * 1024 * 1024
MAX_UNPACKED = 50 * 1024 * 1024
MAX_PARTS = 500
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam", ".xlsb")

if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
    raise ImportError("defusedxml must be installed to read untrusted workbooks safely")


def check_archive(path: str | os.PathLike[str]) -> None:
    """Raise InputError when ``path`` is not a plain, reasonably sized .xlsx."""
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
            raise InputError([Problem(where, "vp_too_large", {"size": size, "limit": MAX_FILE})])
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise InputError([Problem(where, "xl_not_xlsx", {"error": str(exc) or type(exc).__name__})]) from None
    if len(infos) > MAX_PARTS:
        raise InputError([Problem(where, "xl_too_big", {"size": f"{len(infos)} parts", "limit": MAX_PARTS})])
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED:
        raise InputError([Problem(where, "xl_too_big", {"size": unpacked, "limit": MAX_UNPACKED})])
    names = [i.filename.lower() for i in infos]
    if any("vbaproject" in n or n.endswith(".bin") and "vba" in n for n in names):
        raise InputError([Problem(where, "xl_macro")])
    if "[content_types].xml" not in names:
        raise InputError([Problem(where, "xl_not_xlsx", {"error": "no [Content_Types].xml"})])


def open_workbooks(path: str | os.PathLike[str]):
    """``(formulas, values)``: the workbook as written and with saved values."""
    check_archive(path)
    try:
        # openpyxl warns on stderr about odd cells (a date out of range); the
        # importer reports every bad cell itself, in the user's language
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            formulas = openpyxl.load_workbook(path, data_only=False, keep_vba=False, keep_links=False)
            values = openpyxl.load_workbook(path, data_only=True, keep_vba=False, keep_links=False)
    except InputError:
        raise
    except Exception as exc:  # any parse failure of a hostile or broken file
        raise InputError([Problem(Path(path).name, "xl_not_xlsx",
                                  {"error": f"{type(exc).__name__}: {exc}"[:200]})]) from None
    return formulas, values
