"""A fuzzer of the project loader and of every command's in-process path.

:func:`make_case` turns a seed into a hostile project file: structural
mutations of the demo (wrong types, huge and tiny numbers, absurd limits,
deleted keys, unknown keys, deep nesting, long lists), text mutations (NaN
and Infinity, 5,000-digit integers, duplicated keys, full-width digits,
lone surrogates, NUL, RTL marks, emoji) and byte mutations (flipped,
inserted and dropped bytes, truncation, a BOM, UTF-16).  :func:`run_case`
runs ``validate``, ``simulate``, ``rank``, ``export``, ``template --project``
and ``import`` on it
through :data:`vendorpick.cli.COMMANDS` (the path the command line takes,
without a subprocess) and reports what breaks the rules of issue 11:

* an exception other than the application's InputError (a crash: exit 1);
* a file ``validate`` accepts and another command refuses;
* a problem without a place;
* NaN or Infinity in a JSON output.

The suite runs a CI-sized profile (tests/core/test_fuzz.py); ``scripts/fuzz.py
--cases 100000`` runs the release profile.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from vendorpick.cli import COMMANDS, build_parser
from vendorpick.errors import InputError, Problem
from vendorpick.project.demo import demo_text

#: codes whose message carries its place in the text (line and column) or
#: concern the whole document
PLACED_IN_TEXT = {"vp_json_invalid", "vp_json_too_deep", "vp_json_constant", "vp_not_object"}


def base_document() -> dict:
    """The demo with a small Monte Carlo, so that a case runs in milliseconds."""
    data = json.loads(demo_text())
    data["settings"]["scenarios"] = 100
    return data


BASE = base_document()
PARSER = build_parser()

HUGE_INT = "9" * 5000
HOSTILE_NUMBERS = [0, -1, -0.0, 1e-300, 5e-324, 0.5, 1e9, 1e9 + 1, 1e12, 1e12 + 1, 1e26, 1e28, 1e300,
                   100, 100.0001, 10, 10.0001, 2**63, 10**30, -1e300, 99.99, 1.7976931348623157e308]
HOSTILE_TEXTS = ["", " ", "600", "２０２７-０１", "2027-13", "0000-01", "9999-12", "1899-12", "2027-1",
                 "2027-01\n", "\u202eevil\u202c", "\u200f", "A\x00B", "😀👍", "Ｃ社", "\ufeff", "a" * 3000,
                 "weekday_day", "holiday_night", "ahp", "topsis", "rank", "p90", "yes_no", "2027-02-30",
                 "9999-12-31", "0001-01-01"]
TOKENS = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", HUGE_INT, "1" + "0" * 400, "1e-400",
          "0.0000000000000000000000000000001", "true", "null", "[]", "{}", '"x"']


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, prefix + (i,))


def paths(data) -> list[tuple]:
    """Every key path of a JSON document (depth first, the document itself left out)."""
    return [p for p in _paths(data) if p]


def mutated(data, mutations) -> dict:
    """A deep copy of ``data`` with ``(path, value)`` set in turn; a path gone
    after an earlier mutation replaced its container is skipped."""
    copy = json.loads(json.dumps(data))
    for path, value in mutations:
        target = copy
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    return copy


BASE_PATHS = paths(BASE)


def _hostile_value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(10)
    if kind < 3:
        return rng.choice(HOSTILE_NUMBERS)
    if kind < 5:
        return rng.choice(HOSTILE_TEXTS)
    if kind == 5:
        return rng.choice([None, True, False])
    if kind == 6 and depth < 2:
        return [_hostile_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 7 and depth < 2:
        return {rng.choice(["name", "rate", "x", "weekday_day", "multiplier", "extra"]): _hostile_value(rng, depth + 1)
                for _ in range(rng.randrange(3))}
    if kind == 8:
        nested: object = 1
        for _ in range(rng.choice([5, 40, 200])):
            nested = [nested] if rng.random() < 0.5 else {"a": nested}
        return nested
    return [rng.choice([1, 1.5, "x", None])] * rng.choice([13, 200, 20_000])


def _structural(rng: random.Random, data: dict) -> None:
    path = rng.choice(BASE_PATHS)  # a path of the demo; gone after an earlier mutation: skipped
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    op = rng.randrange(6)
    if op <= 2:
        parent[path[-1]] = _hostile_value(rng)
    elif op == 3:
        del parent[path[-1]]
    elif op == 4 and isinstance(parent, dict):
        parent[rng.choice(["extra", "x", "nme", "scenarios", "rate", "\u202ename"])] = _hostile_value(rng)
    elif isinstance(parent, list):
        parent.insert(rng.randrange(len(parent) + 1), parent[path[-1]])  # a repeated vendor, plan, event


def _text_mutation(rng: random.Random, text: str) -> str:
    op = rng.randrange(7)
    numbers = [m for m in re.finditer(r'(?<=[:\[,] )-?\d+(\.\d+)?([eE][-+]?\d+)?', text)]
    if op <= 1 and numbers:
        m = rng.choice(numbers)
        return text[:m.start()] + rng.choice(TOKENS) + text[m.end():]
    if op == 2:  # a key given twice in its object
        keys = list(re.finditer(r'\n(\s*)"(\w+)": ([^\n]*?),?\n', text))
        if keys:
            m = rng.choice(keys)
            value = m.group(3).rstrip(",")
            if value and value[-1] not in "[{":
                dup = f'\n{m.group(1)}"{m.group(2)}": {rng.choice([value, "0", "1e12", "null"])},'
                return text[:m.start()] + dup + text[m.start():]
    if op == 3:  # odd characters inside a text
        strings = list(re.finditer(r'"([^"\\\n]*)"', text))
        if strings:
            m = rng.choice(strings)
            odd = rng.choice(["\\ud800", "\\udfff", "\\u0000", "\\u202e", "\\u200f", "😀", "\\ufeff", "\\u0007",
                              "\\ud83d\\ude00", "２０２７"])
            pos = rng.randrange(m.start(1), m.end(1) + 1)
            return text[:pos] + odd + text[pos:]
    if op == 4:
        return text.replace('"start": "2027-01"', f'"start": "{rng.choice(["２０２７-０１", "9999-12", "9999-01", "0001-01", "2027-01 "])}"', 1)
    if op == 5:
        return text.replace('"min_term_months": 0', f'"min_term_months": {rng.choice(["1" + "0" * 400, "1000000001", "-1", "1e3"])}', 1)
    return text


def _byte_mutation(rng: random.Random, raw: bytes) -> bytes:
    op = rng.randrange(6)
    if op == 0:
        return b"\xef\xbb\xbf" + raw
    if op == 1:
        return raw.decode("utf-8").encode(rng.choice(["utf-16", "utf-16-le", "utf-32", "shift_jis"]), "replace")
    if op == 2:
        return raw[: rng.randrange(len(raw) + 1)]
    data = bytearray(raw)
    for _ in range(rng.randrange(1, 4)):
        pos = rng.randrange(len(data) + 1)
        if op == 3 and pos < len(data):
            data[pos] ^= 1 << rng.randrange(8)
        elif op == 4:
            data[pos:pos] = bytes([rng.randrange(256)])
        elif pos < len(data):
            del data[pos]
    return bytes(data)


def make_case(seed: int) -> bytes:
    """The bytes of one hostile project file, the same for the same seed."""
    rng = random.Random(seed)
    data = json.loads(json.dumps(BASE))
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        try:
            _structural(rng, data)
        except (KeyError, IndexError, TypeError):
            pass
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    except (ValueError, RecursionError):
        text = json.dumps(BASE, ensure_ascii=False, indent=2)
    for _ in range(rng.choice([0, 0, 1, 2])):
        text = _text_mutation(rng, text)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        raw = _byte_mutation(rng, raw)
    return raw


@dataclass
class Outcome:
    """What one case did: ``accepted`` by validate, and every breach of the rules."""

    accepted: bool = False
    crashes: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    non_finite: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.crashes or self.disagreements or self.unplaced or self.non_finite)


def _refuse_constant(name: str):
    raise ValueError(name)


def _run(argv: list[str], lang: str) -> tuple[str, str, list[Problem] | None, str | None]:
    """(stdout, stderr, problems or None, traceback or None) of one command, in process."""
    out, err = io.StringIO(), io.StringIO()
    problems, crash = None, None
    args = PARSER.parse_args(argv)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            COMMANDS[args.command](args, lang)
        except InputError as exc:
            problems = exc.problems
            text = exc.text(lang)  # rendering must not fail either
            text.encode("utf-8")
        except Exception:  # noqa: BLE001 - that is what the fuzzer looks for
            crash = traceback.format_exc(limit=-4)
    return out.getvalue(), err.getvalue(), problems, crash


def _unplaced(problems: list[Problem]) -> list[str]:
    return [f"{p.code}: {p.text('en')[:120]}" for p in problems if not p.loc and p.code not in PLACED_IN_TEXT]


def run_case(raw: bytes, workdir: Path, *, heavy: bool = True, quotes: Path | None = None,
             lang: str = "en") -> Outcome:
    """Run every command on the file ``raw``; ``heavy`` adds export and import."""
    path = workdir / "case.vendorpick.json"
    path.write_bytes(raw)
    outcome = Outcome()
    _, _, problems, crash = _run(["validate", str(path)], lang)
    if crash:
        outcome.crashes.append("validate: " + crash)
        return outcome
    outcome.accepted = problems is None
    outcome.unplaced += _unplaced(problems or [])
    json_or_text = ["--json"] if len(raw) % 2 else []  # the text and JSON outputs in turn
    if outcome.accepted:
        commands = [["simulate", str(path), *json_or_text], ["rank", str(path), *json_or_text]]
    else:  # refused at loading: another command shows it is refused alike
        commands = [[("simulate", "rank")[len(raw) % 2], str(path)]]
    out_xlsx, out_json = workdir / "out.xlsx", workdir / "imported.json"
    if heavy:
        commands.append(["export", str(path), "-o", str(out_xlsx)])
        commands.append(["template", "-o", str(workdir / "template.xlsx"), "--project", str(path)])
        if quotes is not None:
            commands.append(["import", str(path), str(quotes), "-o", str(out_json)])
    for argv in commands:
        for leftover in (out_xlsx, out_json):
            leftover.unlink(missing_ok=True)
        out, _, problems, crash = _run(argv, lang)
        name = " ".join(a for a in argv if not a.startswith("/"))
        (workdir / "template.xlsx").unlink(missing_ok=True)
        if crash:
            outcome.crashes.append(f"{name}: {crash}")
            continue
        if problems is not None:
            outcome.unplaced += _unplaced(problems)
            if outcome.accepted and argv[0] != "import":
                outcome.disagreements.append(f"{name}: " + "; ".join(p.text("en")[:100] for p in problems[:3]))
            if (out_xlsx.exists() and argv[0] == "export") or (out_json.exists() and argv[0] == "import"):
                outcome.crashes.append(f"{name}: refused but wrote its output")
        if argv[0] == "export" and problems is None:
            outcome.non_finite += [f"{name}: {bad}" for bad in _workbook_non_finite(out_xlsx)]
        if "--json" in argv and problems is None:
            try:
                json.loads(out, parse_constant=_refuse_constant)
            except ValueError as exc:
                outcome.non_finite.append(f"{name}: {exc}")
        elif problems is None and re.search(r"(?<![\w.])(nan|inf|NaN|Infinity)(?![\w])", out) \
                and not re.search(r"nan|inf", raw.decode("utf-8", "replace"), re.IGNORECASE):
            outcome.non_finite.append(f"{name}: {out[:80]}")
    path.unlink(missing_ok=True)
    return outcome


def _workbook_non_finite(path: Path) -> list[str]:
    """Cells of a written workbook whose value is NaN or an infinity."""
    import zipfile

    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                text = zf.read(name).decode("utf-8", "replace")
                # openpyxl writes NaN and infinities as an empty number: <c r="B3" t="n"><v /></c>
                found += [f"{name}: {m.group()}" for m in re.finditer(
                    r'<c r="[A-Z]+\d+"[^>]*?t="n"[^>]*>\s*<v\s*/>|<v>\s*-?(nan|inf)\w*\s*</v>', text, re.I)]
    return found[:3]


def good_quotes(workdir: Path) -> Path:
    """A filled quote template for the import command of the fuzzer."""
    from tests.core.excel_helpers import fill
    from vendorpick.excel.quotes import write_template

    path = workdir / "quotes.xlsx"
    write_template(path, "en", None)
    fill(path, {"vendor_name": "Fuzz Co"}, [{"name": "Fuzz plan", "tax_included": "no", "rate": 300,
                                              **{f"cover_{b}": "yes" for b in ("weekday_day", "weekday_night",
                                                                               "holiday_day", "holiday_night")}}])
    return path


def heavy_case(seed: int) -> bool:
    """Export and import are slow (a workbook each): one case in ten runs them."""
    return seed % 10 == 0


os.environ.setdefault("VENDORPICK_LANG", "en")


# ------------------------------------------------------------- the findings
# Reproductions of issue 11's findings, written from the demo by this
# generator (never hand-edited copies): name -> bytes of the project file.

_TOKEN = "__TOKEN__"


def with_values(changes: dict[tuple, object], tokens: dict[tuple, str] | None = None, indent: int | None = 2) -> bytes:
    """The demo with ``changes`` set at their paths and raw JSON ``tokens``
    (``NaN``, a 5,000-digit integer) written in place of the values at theirs."""
    data = json.loads(json.dumps(BASE))
    for path, value in {**changes, **{p: _TOKEN + str(i) for i, p in enumerate(tokens or {})}}.items():
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    for i, token in enumerate((tokens or {}).values()):
        text = text.replace(f'"{_TOKEN}{i}"', token)
    return text.encode("utf-8", "surrogatepass")


def _ahp() -> dict[tuple, object]:
    n = len(BASE["criteria"])
    return {("weighting",): {"method": "ahp", "pairwise": [[1] * n for _ in range(n)]}}


def duplicate_key(raw: bytes, key: str, value: str) -> bytes:
    """``"key": value,`` written again before the first ``"key"`` of the text."""
    text = raw.decode("utf-8")
    at = text.index(f'"{key}"')
    return (text[:at] + f'"{key}": {value},\n    ' + text[at:]).encode("utf-8")


BIG = "1" + "0" * 400
FINDINGS = {
    "base_monthly_contacts 1e26": lambda: with_values({("forecast", "base_monthly_contacts"): 1e26}),
    "setup fee 1e28": lambda: with_values({("vendors", 0, "plans", 0, "setup_fee"): 1e28}),
    "score 10**400": lambda: with_values({}, {("vendors", 0, "scores", "quality"): BIG}),
    "AHP cell 10**400": lambda: with_values(_ahp(), {("weighting", "pairwise", 0, 1): BIG}),
    "full-width start": lambda: with_values({("start",): "２０２７-０１"}),
    "start 9999-12": lambda: with_values({("start",): "9999-12"}),
    "min_term_months 10**400": lambda: with_values({}, {("vendors", 0, "plans", 0, "min_term_months"): BIG}),
    "NaN literal": lambda: with_values({}, {("settings", "tax_rate"): "NaN"}),
    "5,000-digit integer": lambda: with_values({}, {("forecast", "base_monthly_contacts"): HUGE_INT}),
    "lone surrogate in a name": lambda: with_values({}, {("vendors", 1, "name"): '"B\\ud800社"'}),
    "scenarios twice": lambda: duplicate_key(with_values({}), "scenarios", "1000000"),
    "a million plans": lambda: with_values({("vendors", 0, "plans"): [1] * 5_000_000}, indent=None),  # 10 MB
}
#: where each finding must be reported, and how
FINDING_PLACES = {
    "base_monthly_contacts 1e26": ("forecast.base_monthly_contacts", "vp_limit"),
    "setup fee 1e28": ("vendors[0].plans[0].setup_fee", "vp_limit"),
    "score 10**400": ("vendors[0].scores.quality", "vp_number_digits"),
    "AHP cell 10**400": ("weighting.pairwise[0][1]", "vp_number_digits"),
    "full-width start": ("start", "vp_month"),
    "start 9999-12": ("months", "vp_horizon_end"),
    "min_term_months 10**400": ("vendors[0].plans[0].min_term_months", "vp_number_digits"),
    "NaN literal": ("settings.tax_rate", "vp_json_constant"),
    "5,000-digit integer": ("forecast.base_monthly_contacts", "vp_number_digits"),
    "lone surrogate in a name": ("vendors[1].name", "vp_surrogate"),
    "scenarios twice": ("settings.scenarios", "vp_duplicate_key"),
    "a million plans": ("vendors[0].plans", "vp_too_many_items"),
}
