"""Decoding project JSON strictly, and checking the raw data before the models.

Python's ``json`` module is lenient in ways a project file must not be: it
reads ``NaN`` and ``Infinity``, turns ``1e400`` into infinity, lets the last
of two equal keys win silently, converts integers of any length (and fails
with advice about ``sys.set_int_max_str_digits`` past 4,300 digits), and
accepts lone surrogates (``"\\ud800"``) that can never be saved as UTF-8.
:func:`decode` keeps what it cannot accept as markers; :func:`scan` walks the
decoded data once, iteratively, and turns every marker, oversized list,
deep nesting, odd character or unprintable number into a :class:`Problem`
at its place, replacing the bad value so that the model validation that
follows never meets it.  The walk never descends into a list or object over
its size limit, so a 10 MB file of ``[1,1,1,…]`` is answered in a second.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from vendorpick.errors import InputError, Problem, format_loc
from vendorpick.i18n import L_, N_

MAX_DEPTH = 32
MAX_INT_DIGITS = 20  # every limit of the format is far below 10^19
MAX_ITEMS = 10_000  # any list or object, "extra" included
#: lists and objects of the format with a tighter limit, by key
ITEM_LIMITS = {
    "vendors": 1000, "plans": 100, "events": 1000, "criteria": 100, "tiers": 100, "phases": 100,
    "evaluations": 100, "extra_holidays": 1000, "monthly_index": 100, "hourly_profile": 100,
    "holiday_hourly_profile": 100, "coverage": 100, "required_bands": 100, "pairwise": 100,
    "scores": 1000, "surcharges": 100,
}
MAX_PROBLEMS = 1000  # kept for the report; the rest are only counted
#: values in all (the demo has about 2,000): beyond this nothing else is
#: checked, so that a file of millions of bad values is answered at once
MAX_VALUES = 500_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ODD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_CONSTANT_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)


class _Marker:
    """A value the decoder could not keep (``NaN``, a 5,000-digit integer)."""

    __slots__ = ("kind", "text", "seq", "line", "column")

    def __init__(self, kind: str, text: str, seq: int):
        self.kind, self.text, self.seq = kind, text, seq
        self.line: int | str = "?"
        self.column: int | str = "?"

    def __repr__(self) -> str:  # what json.dumps(default=str) would write
        return self.text[:20]

    __str__ = __repr__


class _DupDict(dict):
    """An object in which a key occurs twice: ``duplicates`` lists (key, first, second)."""

    duplicates: list[tuple[str, Any, Any]]


@dataclass
class _Decoder:
    constants: int = 0

    def constant(self, name: str) -> _Marker:
        self.constants += 1
        return _Marker("constant", name, self.constants - 1)

    @staticmethod
    def integer(text: str) -> int | _Marker:
        if len(text) - text.startswith("-") > MAX_INT_DIGITS:
            return _Marker("int", text, -1)
        return int(text)

    @staticmethod
    def pairs(pairs: list[tuple[str, Any]]) -> dict:
        out = dict(pairs)
        if len(out) == len(pairs):
            return out
        seen: dict[str, Any] = {}
        dups = []
        for key, value in pairs:
            if key in seen:
                dups.append((key, seen[key], value))
            seen[key] = value
        result = _DupDict(out)
        result.duplicates = dups
        return result


def decode(text: str) -> Any:
    """JSON text → data, with markers where a value cannot be kept.  Syntax
    errors raise InputError with the line and column."""
    decoder = _Decoder()
    try:
        data = json.loads(text, parse_constant=decoder.constant, parse_int=decoder.integer,
                          object_pairs_hook=decoder.pairs)
    except json.JSONDecodeError as exc:
        known = _JSON_ERRORS.get(exc.msg)
        error = L_(known) if known else exc.msg  # shown in the user's language
        raise InputError([Problem("", "vp_json_invalid", {"error": error, "line": exc.lineno,
                                                          "column": exc.colno})]) from None
    except RecursionError:
        line, column = _deep_position(text, MAX_DEPTH)
        raise InputError([Problem("", "vp_json_too_deep", {"limit": MAX_DEPTH, "line": line,
                                                           "column": column})]) from None
    if decoder.constants:
        _place_constants(text, data)
    return data


#: the messages of Python's JSON decoder, in words a user reads
_JSON_ERRORS = {
    "Expecting value": N_("a value is expected"),
    "Expecting property name enclosed in double quotes": N_("a key in double quotes is expected"),
    "Expecting ':' delimiter": N_("':' is expected"),
    "Expecting ',' delimiter": N_("',' is expected"),
    "Unterminated string starting at": N_("a text is not closed with '\"'"),
    "Invalid control character at": N_("a control character inside a text"),
    "Invalid \\escape": N_("an invalid \\ escape"),
    "Invalid \\uXXXX escape": N_("an invalid \\uXXXX escape"),
    "Extra data": N_("more data after the end of the document"),
    "Illegal trailing comma before end of object": N_("a comma before '}'"),
    "Illegal trailing comma before end of array": N_("a comma before ']'"),
}


def _line_column(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _deep_position(text: str, limit: int) -> tuple[int, int]:
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text, re.DOTALL):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return _line_column(text, match.start())
        elif token in "]}":
            depth -= 1
    return 1, 1


def _place_constants(text: str, data: Any) -> None:
    """Give each NaN/Infinity marker the line and column of its token."""
    positions = [m.start(1) for m in _CONSTANT_TOKEN.finditer(text) if m.group(1)]
    for marker in _markers(data):
        if marker.kind == "constant" and 0 <= marker.seq < len(positions):
            marker.line, marker.column = _line_column(text, positions[marker.seq])


def _markers(data: Any):
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, _Marker):
            yield value
        elif depth < MAX_DEPTH + 2 and isinstance(value, dict) and len(value) <= MAX_ITEMS:
            stack.extend((v, depth + 1) for v in value.values())
        elif depth < MAX_DEPTH + 2 and isinstance(value, list) and len(value) <= MAX_ITEMS:
            stack.extend((v, depth + 1) for v in value)


def _show(value: Any) -> str:
    if isinstance(value, _Marker):
        return _clean_text(value.text)[:24] + ("…" if len(value.text) > 24 else "")
    try:
        text = json.dumps(value, ensure_ascii=True, default=str)
    except (ValueError, TypeError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= 30 else text[:29] + "…"


def _clean_text(text: str) -> str:
    """Text safe to print: surrogates and control characters as ``\\uXXXX``."""
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_loc(parts: tuple) -> str:
    """A place whose keys may hold any character, printable in any terminal;
    a key that is empty, blank or holds ``.``, ``[`` or ``:`` is quoted
    (``extra."".x``), so that every place is visible and unambiguous."""
    return format_loc(p if isinstance(p, int) else _key_text(str(p)) for p in parts)


def _key_text(key: str) -> str:
    text = _clean_text(key)
    return json.dumps(text, ensure_ascii=False) if not text.strip() or any(c in text for c in ".[]:\"") else text


class ScanResult:
    """Problems found by :func:`scan`, the first :data:`MAX_PROBLEMS` kept."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places: list[tuple] = []
        self.count = 0
        self.data: Any = None
        self.fatal = False  # too large to check further: the models are not run

    def add(self, path: tuple, code: str, ctx: dict | None = None) -> None:
        self.count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(safe_loc(path), code, ctx or {}))
            self.places.append(path)


def scan(data: Any) -> ScanResult:
    """Check the raw data and replace every bad value in place (with None, or
    an empty list/object for an oversized one) so that the models never meet
    it."""
    result = ScanResult()
    root = {"": data}
    stack: list[tuple[Any, Any, tuple[Any, ...], bool]] = [(root, "", (), False)]
    big = 10**MAX_INT_DIGITS
    values, largest = 0, (0, ())
    while stack:
        parent, key, path, in_extra = stack.pop()
        value = parent[key]
        kind = type(value)  # fast paths for the plain values that make up most of a file
        if (kind is float and value - value == 0) or (kind is int and -big < value < big) or value is None \
                or kind is bool or (kind is str and not _ODD.search(value)):
            continue
        bad = _bad_value(value, path, in_extra, result)
        if bad is not _KEEP:
            parent[key] = bad
            continue
        if isinstance(value, dict | list):
            values += len(value)
            largest = max(largest, (len(value), path), key=lambda item: item[0])
            if values > MAX_VALUES:
                result.add(largest[1], "vp_too_many_values", {"n": f"{largest[0]:,}", "limit": f"{MAX_VALUES:,}"})
                result.fatal = True
                break
        if isinstance(value, dict):
            for dup_key, first, second in getattr(value, "duplicates", ()):
                result.add(path + (dup_key,), "vp_duplicate_key",
                           {"key": _clean_text(dup_key), "first": _show(first), "second": _show(second)})
            for k, v in list(value.items()):
                if type(k) is str and _ODD.search(k) and (_SURROGATE.search(k) or (not in_extra and _CONTROL.search(k))):
                    code = "vp_surrogate" if _SURROGATE.search(k) else "vp_control_char"
                    result.add(path + (k,), code, {"char": _first_code(k)})
                    del value[k]
                    continue
                kind = type(v)  # plain values are checked here, without a path
                if (kind is float and v - v == 0) or (kind is int and -big < v < big) or v is None \
                        or kind is bool or (kind is str and not _ODD.search(v)):
                    continue
                stack.append((value, k, path + (k,), in_extra or k == "extra"))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                kind = type(v)
                if (kind is float and v - v == 0) or (kind is int and -big < v < big) or v is None \
                        or kind is bool or (kind is str and not _ODD.search(v)):
                    continue
                stack.append((value, i, path + (i,), in_extra))
    if not result.problems:
        result.data = root[""]
        return result
    # report in the order of the document, as a person reads it
    order = sorted(range(len(result.problems)), key=lambda i: _sort_key(result.places[i]))
    result.problems = [result.problems[i] for i in order]
    result.places = [result.places[i] for i in order]
    result.data = root[""]
    return result


_KEEP = object()


def _sort_key(path: tuple) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in path)


def _first_code(text: str) -> str:
    match = _SURROGATE.search(text) or _CONTROL.search(text)
    return f"U+{ord(match.group()):04X}" if match else ""


def _bad_value(value: Any, path: tuple, in_extra: bool, result: ScanResult) -> Any:
    """What replaces a bad value (recording the problem), or _KEEP."""
    if isinstance(value, _Marker):
        if value.kind == "constant":
            result.add(path, "vp_json_constant", {"name": value.text, "line": value.line, "column": value.column})
        else:
            digits = len(value.text.lstrip("-"))
            result.add(path, "vp_number_digits", {"value": f"{value.text[:12]}…", "digits": f"{digits:,}"})
        return None
    if isinstance(value, float) and not math.isfinite(value):
        result.add(path, "vp_number_huge", {"value": "∞" if value > 0 else "-∞"})
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_INT_DIGITS:
        result.add(path, "vp_number_digits", {"value": "…", "digits": f"{int(value.bit_length() * 0.30103):,}+"})
        return None
    if isinstance(value, str):
        if _SURROGATE.search(value):
            result.add(path, "vp_surrogate", {"char": _first_code(value)})
            return None
        if not in_extra and _CONTROL.search(value):
            result.add(path, "vp_control_char", {"char": _first_code(value)})
            return None
        return _KEEP
    if isinstance(value, dict | list):
        if len(path) > MAX_DEPTH:
            result.add(path, "vp_too_deep", {"limit": MAX_DEPTH})
            return None
        name = next((p for p in reversed(path) if isinstance(p, str)), "")
        last = path[-1] if path else ""
        limit = MAX_ITEMS if in_extra else ITEM_LIMITS.get(last if isinstance(last, str) else "", MAX_ITEMS)
        if name == "pairwise" and isinstance(last, int):
            limit = ITEM_LIMITS["pairwise"]
        if len(value) > limit:
            result.add(path, "vp_too_many_items", {"n": f"{len(value):,}", "limit": f"{limit:,}"})
            return type(value)() if not isinstance(value, _DupDict) else {}
    return _KEEP


def dumps_safe(data: Any) -> str:
    """JSON text of scanned data (no markers, no huge numbers left)."""
    return json.dumps(data, ensure_ascii=False, default=str, allow_nan=False)
