"""Loading and saving project files safely (SPEC section 1).

Loading reads plain JSON (nothing in the file is ever executed), refuses
files over :data:`MAX_BYTES`, text that is not UTF-8 and a newer format
before reading the rest, migrates older formats step by step, and reports
every problem with its place.  Saving writes a temporary file beside the
target, flushes and fsyncs it, then atomically replaces the target, so a
failed save leaves the previous file as it was.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vendorpick.errors import InputError, Problem
from vendorpick.project import rawjson
from vendorpick.project.checks import completeness_problems, cross_problems
from vendorpick.project.model import FORMAT, MAX_AMOUNT, MAX_COUNT, MAX_GROWTH, MAX_MULTIPLIER, Project

MAX_BYTES = 20 * 1024 * 1024
CURRENT_VERSION = 1

# Migrations from version n to n+1: MIGRATIONS[n] takes the data of version n
# and returns the data of version n+1.  Only version 1 exists so far; when the
# format changes, add a function here and bump CURRENT_VERSION.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


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
    if problems:
        raise InputError(problems, more=raw.count - len(raw.problems))
    return project


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
    """Save atomically; raise InputError (the old file untouched) on failure."""
    write_atomic(path, dumps(project).encode("utf-8"))


def write_atomic(path: str | os.PathLike[str], payload: bytes) -> None:
    """Write ``payload`` to ``path`` through a temporary file in the same
    folder, fsync it and replace the target in one step."""
    # Save through a symbolic link into the file it points to, not over the link.
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        raise InputError([Problem(str(path), "vp_not_regular_file")])
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp_name, 0o644)
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
