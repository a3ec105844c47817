"""Loading and saving project files safely (SPEC section 1).

Loading reads plain JSON (nothing in the file is ever executed), refuses
files over :data:`MAX_BYTES`, text that is not UTF-8 and a newer format
before reading the rest, migrates older formats step by step, and reports
every problem with its place.  Saving writes a temporary file beside the
target, flushes and fsyncs it, then atomically replaces the target, so a
failed save leaves the previous file as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vendorpick.errors import InputError, Problem
from vendorpick.project import rawjson
from vendorpick.project.checks import completeness_problems, cross_problems
from vendorpick.project.model import FORMAT, MAX_AMOUNT, MAX_COUNT, MAX_GROWTH, MAX_MULTIPLIER, Project

MAX_BYTES = 20 * 1024 * 1024
CURRENT_VERSION = 2


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """SPEC 7: ``included_contacts`` is renamed ``included``, nothing else."""
    data = dict(data)
    vendors = data.get("vendors")
    if isinstance(vendors, list):
        data["vendors"] = [_v1_vendor(v) for v in vendors]
    return data


def _v1_vendor(vendor: Any) -> Any:
    if not isinstance(vendor, dict) or not isinstance(vendor.get("plans"), list):
        return vendor
    plans = [
        {("included" if k == "included_contacts" else k): v for k, v in p.items()} if isinstance(p, dict) else p
        for p in vendor["plans"]
    ]
    return {**vendor, "plans": plans}


# Migrations from version n to n+1: MIGRATIONS[n] takes the data of version n
# and returns the data of version n+1; when the format changes, add a function
# here and bump CURRENT_VERSION.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def _version(data: dict[str, Any]) -> int:
    if "format" not in data:
        raise InputError([Problem("format", "missing")])
    fmt = data.get("format")
    if not isinstance(fmt, str) or not fmt.startswith("vendorpick/"):
        raise InputError([Problem("format", "vp_format_unknown", {"found": fmt})])
    try:
        version = int(fmt.split("/", 1)[1])
    except ValueError:
        raise InputError([Problem("format", "vp_format_unknown", {"found": fmt})]) from None
    if version > CURRENT_VERSION:
        raise InputError([Problem("format", "vp_format_newer", {"found": fmt, "supported": FORMAT})])
    if version < 1:
        raise InputError([Problem("format", "vp_format_unknown", {"found": fmt})])
    return version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring data of any known version up to the current one."""
    version = _version(data)
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format"] = f"vendorpick/{version}"
    return data


_LIMITS = (MAX_AMOUNT, MAX_COUNT, MAX_MULTIPLIER, MAX_GROWTH)


def problems_from_validation(error: ValidationError) -> list[Problem]:
    """Turn pydantic's errors into located, translatable problems."""
    out = []
    for item in error.errors(include_url=False):
        ctx = dict(item.get("ctx") or {})
        loc = list(item["loc"]) + list(ctx.pop("at", []))
        code = item["type"]
        if code == "less_than_equal" and ctx.get("le") in _LIMITS:
            code, ctx = "vp_limit", {"limit": _limit_text(ctx["le"])}
        elif code == "greater_than_equal" and -ctx.get("ge", 0) in _LIMITS:
            code, ctx = "vp_limit_min", {"limit": _limit_text(ctx["ge"])}
        ctx = {k: _ctx_text(v) for k, v in ctx.items()}
        ctx.setdefault("msg", str(item.get("msg", ""))[:200])
        out.append(Problem(rawjson.safe_loc(tuple(loc)), code, ctx))
    return out


def _limit_text(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else str(value)


def _ctx_text(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int | float | str):
        return value
    return str(value)


def parse_project(data: Any) -> Project:
    """Validate decoded JSON data into a :class:`Project`, or raise InputError
    listing every problem."""
    if not isinstance(data, dict):
        raise InputError([Problem("", "vp_not_object")])
    # NaN, huge numbers, repeated keys, odd characters, oversized lists: found
    # in the raw data and replaced, so the models below never meet them
    raw = rawjson.scan(data)
    if raw.fatal:
        raise InputError(raw.problems, more=raw.count - len(raw.problems))
    try:
        version = _version(raw.data)
        data = migrate(raw.data)
    except InputError as exc:
        raise InputError(raw.problems + exc.problems, more=raw.count - len(raw.problems)) from None
    problems: list[Problem] = []
    try:
        # JSON round trip with strict mode: "600" is not a number, true is not 1.
        project = Project.model_validate_json(rawjson.dumps_safe(data), strict=True)
    except ValidationError as exc:
        problems = problems_from_validation(exc)
    # The rules across objects read the raw data, so they are reported
    # together with the field problems, not after the user fixed those.
    problems = _merge(problems, cross_problems(data))
    problems = raw.problems + [p for p in problems if not _under(p.loc, raw.problems)]
    if version == 1:  # a version-1 file's problems are placed at the key its user wrote
        problems = [_v1_place(p) for p in problems]
    if problems:
        raise InputError(problems, more=raw.count - len(raw.problems))
    return project


def _v1_place(problem: Problem) -> Problem:
    loc = re.sub(r"(\.plans\[\d+\])\.included(?=$|[.\[])", r"\1.included_contacts", problem.loc)
    return problem if loc == problem.loc else Problem(loc, problem.code, problem.ctx)


def _under(loc: str, raw: list[Problem]) -> bool:
    """Whether ``loc`` is a place of the raw problems or inside one."""
    if not raw:
        return False
    places = {p.loc for p in raw}
    while loc:
        if loc in places:
            return True
        cut = max(loc.rfind("."), loc.rfind("["))
        loc = loc[:cut] if cut > 0 else ""
    return False


def _merge(first: list[Problem], second: list[Problem]) -> list[Problem]:
    seen = {(p.loc, p.code) for p in first}
    return first + [p for p in second if (p.loc, p.code) not in seen]


def check_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of a project file for ``vendorpick validate``: the rules
    of the format and, in the same list, the scores still missing for ranking."""
    try:
        load_rankable(path)
    except InputError as exc:
        return exc.problems
    return []


def load_rankable(path: str | os.PathLike[str]) -> Project:
    """Load a project that must also be complete enough to rank: raises
    InputError with the format's problems and the missing scores together
    (what ``validate`` lists, ``rank`` and ``export`` list too)."""
    text = read_text(path)
    data = rawjson.decode(text)
    try:
        project = parse_project(data)
    except InputError as exc:
        fatal = any(p.code == "vp_too_many_values" for p in exc.problems)
        if isinstance(data, dict) and not fatal:  # cleaned in place by the raw scan
            exc.problems = _merge(exc.problems, completeness_problems(data))
        raise
    problems = completeness_problems(project)
    if problems:
        raise InputError(problems)
    return project


def loads(text: str) -> Project:
    """Parse the text of a project file."""
    return parse_project(rawjson.decode(text))


def load(path: str | os.PathLike[str]) -> Project:
    """Read and validate a project file."""
    return loads(read_text(path))


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> str:
    """The UTF-8 text of a file, refusing huge or non-UTF-8 files."""
    p = Path(path)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):  # a device or a pipe could be endless
            raise InputError([Problem(str(p), "vp_not_regular_file")])
        if info.st_size > max_bytes:
            raise InputError([Problem(str(p), "vp_too_large", {"size": info.st_size, "limit": max_bytes})])
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError([Problem(str(p), "vp_read_failed", {"error": exc.strerror or str(exc)})]) from None
    if len(raw) > max_bytes:  # grew between stat and read
        raise InputError([Problem(str(p), "vp_too_large", {"size": len(raw), "limit": max_bytes})])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # what Windows Notepad once saved as "Unicode"
        raise InputError([Problem(str(p), "vp_utf16")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError([Problem(str(p), "vp_not_utf8_at", {"position": exc.start, "line": line,
                                                             "column": column})]) from None
    return text.removeprefix("\ufeff")


def to_data(project: Project) -> dict[str, Any]:
    """The project as plain JSON data, every key present."""
    return project.model_dump(mode="json", by_alias=True)


def dumps(project: Project) -> str:
    """Stable text: sorted keys, two-space indent, Japanese unescaped."""
    return json.dumps(to_data(project), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Save atomically; raise InputError (the old file untouched) on failure.

    A read-only file or folder is refused before anything is written (see
    :func:`write_atomic`), and this project's stale temporary files from
    earlier crashes are removed first (:func:`remove_stale_temps`)."""
    remove_stale_temps(os.path.realpath(path))
    write_atomic(path, dumps(project).encode("utf-8"))


@dataclass(frozen=True)
class FileStamp:
    """What a project file looked like when it was opened or saved: another
    program changed it since when the content differs (``sha256``); the
    modification time and size are kept to say when."""

    mtime_ns: int
    size: int
    sha256: str


def file_stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of ``path`` now, or None when it cannot be read (gone)."""
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            digest = hashlib.sha256()
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return FileStamp(info.st_mtime_ns, info.st_size, digest.hexdigest())


def changed_since(path: str | os.PathLike[str], stamp: FileStamp | None) -> bool:
    """True when ``path`` exists and its content is no longer what ``stamp`` saw
    (a file that is gone is not a conflict: saving recreates it)."""
    if stamp is None:
        return False
    now = file_stamp(path)
    return now is not None and now.sha256 != stamp.sha256


def _no_write_bits(mode: int) -> bool:
    return mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0


def check_writable(path: str | os.PathLike[str]) -> None:
    """Refuse to save over a read-only file or into a read-only folder.

    ``os.access`` alone is not enough: for root (CI containers, some
    servers) it says yes to everything, so a file or folder whose mode has no
    write bit at all (``chmod 444`` / ``555``) counts as read-only for every
    user, root included: someone made it read-only on purpose."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError([Problem(str(path), "vp_write_failed", {"error": exc.strerror or str(exc)})]) from None
    if info is not None and (_no_write_bits(info.st_mode) or not os.access(target, os.W_OK)):
        raise InputError([Problem(str(path), "vp_read_only")])
    try:
        folder_info = folder.stat()
    except OSError as exc:
        raise InputError([Problem(str(path), "vp_write_failed", {"error": exc.strerror or str(exc)})]) from None
    # A new file, or the atomic replace of an existing one, needs the folder writable.
    if _no_write_bits(folder_info.st_mode) or not os.access(folder, os.W_OK | os.X_OK):
        raise InputError([Problem(str(path), "vp_folder_read_only")])


TEMP_SUFFIX = ".tmp"
STALE_AFTER_S = 60.0


def _temp_pattern(name: str) -> re.Pattern[str]:
    # What tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp") makes: 8 characters
    # of [a-z0-9_] between the two; nothing else is ever touched.
    return re.compile(re.escape(f".{name}.") + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


def stale_temps(path: str | os.PathLike[str], older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """This project's temporary files left by a save that never finished
    (a crash or ``kill -9``): only our own name pattern, only regular files,
    only older than ``older_than_s`` (a save running now in another window
    takes well under that)."""
    target = Path(os.path.realpath(path))
    pattern = _temp_pattern(target.name)
    now = time.time()
    found = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than_s:
            found.append(Path(entry.path))
    return sorted(found)


def remove_stale_temps(path: str | os.PathLike[str], older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove :func:`stale_temps` of ``path``; returns what was removed.

    One case keeps them: when the project file itself is no longer valid JSON
    a save through a hard link may have been cut short in place (see
    :func:`write_atomic`), and its temporary file is the only complete copy."""
    stale = stale_temps(path, older_than_s)
    if not stale or not _intact(path):
        return []
    removed = []
    for file in stale:
        try:
            file.unlink()
            removed.append(file)
        except OSError:
            pass
    return removed


def _intact(path: str | os.PathLike[str]) -> bool:
    try:
        json.loads(Path(path).read_bytes())
    except FileNotFoundError:
        return True
    except (OSError, ValueError, RecursionError):
        return False
    return True


def write_atomic(path: str | os.PathLike[str], payload: bytes) -> None:
    """Write ``payload`` to ``path`` through a temporary file in the same
    folder, fsync it and replace the target in one step; a read-only target
    or folder is refused first (:func:`check_writable`), whatever the file is
    (project, workbook, template).

    A file with other hard links (``st_nlink > 1``) keeps them: replacing it
    would leave the other names on the old content.  Its new content is
    written to the temporary file and fsynced first, then into the original
    inode in place (checked to be the same file), fsynced, and only then is
    the temporary file removed; a crash in between leaves the complete new
    content in the temporary file, which :func:`remove_stale_temps` keeps
    while the project file is torn."""
    # Save through a symbolic link into the file it points to, not over the link.
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        raise InputError([Problem(str(path), "vp_not_regular_file")])
    check_writable(target)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent or ".")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        info = target.stat() if target.exists() else None
        if info is not None and info.st_nlink > 1:
            _write_in_place(target, info, payload)
            os.unlink(tmp_name)
            tmp_name = None
            return
        os.chmod(tmp_name, info.st_mode & 0o777 if info is not None else 0o644)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as exc:
        raise InputError([Problem(str(target), "vp_write_failed", {"error": exc.strerror or str(exc)})]) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _write_in_place(target: Path, expected: os.stat_result, payload: bytes) -> None:
    """Overwrite the hard-linked ``target`` in place, refusing when the name
    no longer leads to the inode that was checked (replaced meanwhile)."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != (expected.st_dev, expected.st_ino):
            raise OSError(f"{target} was replaced while saving")
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.ftruncate(fd, len(payload))
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
