"""Rewrite the old bilingual forms of the core into the gettext catalogue.

Usage (from the checkout, with the test extra installed)::

    .venv/bin/python scripts/migrate_words.py            # rewrite vendorpick/, update the catalogue
    .venv/bin/python scripts/migrate_words.py --check    # only list what it would do; exit 1 if anything

What it converts, in every ``vendorpick/**/*.py``:

- ``MESSAGES.add({"code": ("en", "ja"), ...})`` statements and a
  ``MESSAGES = Catalog({...})`` table: the entries move into
  ``vendorpick/messages.py`` as ``"code": N_("en")``; the statement goes.
  A module left with nothing else (``scoring/messages.py`` of old) is deleted
  and the lines importing it (the ``noqa: F401`` registrations) are removed.
- ``MESSAGES.text(code, lang, **ctx)`` → ``message(code, lang, **ctx)``
  (``vendorpick.errors.message``).
- ``pick(lang, "en", "ja")`` and ``_pick(...)`` with string or f-string
  arguments: ``_(lang, "en")``; f-strings become templates,
  ``_(lang, "{vendor} wins").format(vendor=v.name)`` (placeholder names from
  the expression: ``v.name`` → ``name``, ``x`` → ``x``).
- ``(en, ja)`` tuples of two texts whose second is Japanese: as a dict value
  → ``N_("en")`` (the table is translated where it is read);
  elsewhere (``text=(…)`` of edits, ``_text(…)``) → ``L_("en", **args)``.
  Under ``vendorpick/ui/`` only ``text=(en, ja)`` keyword arguments (edit texts).

Every pair (English → Japanese) goes into
``resources/locale/ja/LC_MESSAGES/vendorpick.po``; then the catalogue is
extracted, updated and compiled as ``make messages`` does.  An English text
that already has ANOTHER Japanese translation is reported as a conflict and
left unconverted (give it a gettext context with ``p_`` by hand, or align the
wording).

What it does not do: f-strings whose expressions have no simple name (calls,
subscripts: reported, left as they are), plurals written by hand (use
``n_``), code that reads a converted table as pairs (``en, ja = TABLE[k]``:
reported by ruff/tests, fix by hand), texts held in variables (``pick(lang,
en, ja)`` with names).  Run ``ruff check --fix`` and the tests afterwards.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = PKG = PO = MESSAGES_PY = Path()


def set_root(root: Path) -> None:
    """Work on the checkout at ``root`` (the tests use a small copy)."""
    global ROOT, PKG, PO, MESSAGES_PY
    ROOT = root.resolve()
    PKG = ROOT / "vendorpick"
    PO = ROOT / "resources" / "locale" / "ja" / "LC_MESSAGES" / "vendorpick.po"
    MESSAGES_PY = PKG / "messages.py"


set_root(Path(__file__).resolve().parent.parent)
JA = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
MARKER = "    # scripts/migrate_words.py adds moved codes above this line"


def q(text: str) -> str:
    """A double-quoted Python literal of ``text``."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


class Skip(Exception):
    """This node cannot be converted mechanically (the reason is the message)."""


def is_text(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr)


def has_ja(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and JA.search(n.value) for n in ast.walk(node))


def _name_of(expr: ast.AST) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) and isinstance(expr.slice.value, str):
        return expr.slice.value
    if isinstance(expr, ast.Subscript):
        return _name_of(expr.value)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "len":
        return "n"
    if isinstance(expr, ast.Call) and expr.args:  # yen(result.budget.limit, lang) -> limit
        return _name_of(expr.args[0])
    raise Skip(f"no simple name for {{{ast.unparse(expr)}}}")


@dataclass
class Template:
    """Both texts of a pair as ``str.format`` templates and their arguments."""

    en: str
    ja: str
    args: dict[str, str] = field(default_factory=dict)  # name -> expression source


def template(en: ast.AST, ja: ast.AST) -> Template:
    names: dict[str, str] = {}  # expression source -> placeholder name
    formatted = isinstance(en, ast.JoinedStr) or isinstance(ja, ast.JoinedStr)

    def render(node: ast.AST) -> str:
        if isinstance(node, ast.Constant):
            return node.value.replace("{", "{{").replace("}", "}}") if formatted else node.value
        out = ""
        for part in node.values:
            if isinstance(part, ast.Constant):
                out += part.value.replace("{", "{{").replace("}", "}}")
                continue
            src = ast.unparse(part.value)
            if src not in names:
                name = _name_of(part.value)
                base, k = name, 2
                while name in names.values():
                    name, k = f"{base}_{k}", k + 1
                names[src] = name
            spec = ""
            if part.conversion != -1:
                spec += "!" + chr(part.conversion)
            if part.format_spec is not None:
                if not all(isinstance(v, ast.Constant) for v in part.format_spec.values):
                    raise Skip("a nested format spec")
                spec += ":" + "".join(v.value for v in part.format_spec.values)
            out += "{" + names[src] + spec + "}"
        return out

    t = Template(render(en), render(ja))
    t.args = {name: src for src, name in names.items()}
    return t


def msgid(en: str, context: str | None) -> str:
    return q(en) if context is None else f"NP_({q(context)}, {q(en)})"


def call_args(t: Template) -> str:
    return ", ".join(f"{k}={v}" if k != v else f"{k}={k}" for k, v in t.args.items())


@dataclass
class Change:
    start: tuple[int, int]
    end: tuple[int, int]
    text: str


@dataclass
class Result:
    pairs: dict[tuple[str | None, str], str] = field(default_factory=dict)  # (context, en) -> ja
    codes: dict[str, str] = field(default_factory=dict)  # code -> msgid
    notes: list[str] = field(default_factory=list)
    emptied: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)


def load_po() -> dict[str, str]:
    if not PO.exists():
        return {}
    from babel.messages.pofile import read_po

    with PO.open("rb") as f:
        cat = read_po(f)
    return {(m.context, m.id): m.string for m in cat if m.id and isinstance(m.id, str)}


class Converter:
    def __init__(self, known: dict[str, str], result: Result):
        self.known = known
        self.result = result

    def pair(self, en: str, ja: str, where: str, context: str) -> str | None:
        """Record en → ja; None if the plain msgid ``en`` has this translation
        (or had none), else the gettext context under which it is recorded."""
        have = self.known.get((None, en)) or self.result.pairs.get((None, en))
        if not have or have == ja:
            self.result.pairs[(None, en)] = ja
            return None
        other = self.known.get((context, en)) or self.result.pairs.get((context, en))
        if other and other != ja:
            raise Skip(f"{en!r} has two more translations in {context}: {other!r} and {ja!r}")
        self.result.notes.append(f"{where}: {en!r} is {have!r} elsewhere; here {ja!r} under context {context!r}")
        self.result.pairs[(context, en)] = ja
        return context

    def file(self, path: Path) -> None:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        rel = path.relative_to(ROOT)
        context = ".".join(path.relative_to(PKG).with_suffix("").parts)  # excel.labels
        in_ui = path.is_relative_to(PKG / "ui")
        changes: list[Change] = []
        removed_statement = False
        moved_here: dict[str, str] = {}
        done: set[int] = set()

        def where(node: ast.AST) -> str:
            return f"{rel}:{node.lineno}"

        def whole_lines(node: ast.AST) -> Change:
            return Change((node.lineno, 0), (node.end_lineno + 1, 0), "")

        def table(d: ast.Dict, node: ast.AST) -> bool:
            entries: dict[str, tuple[str, str]] = {}
            for k, v in zip(d.keys, d.values, strict=True):
                if not (isinstance(k, ast.Constant) and isinstance(v, ast.Tuple) and len(v.elts) == 2
                        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts)):
                    self.result.notes.append(f"{where(node)}: a message entry that is not \"code\": (en, ja); table left")
                    return False
                entries[k.value] = (v.elts[0].value, v.elts[1].value)
            for code, (en, ja) in entries.items():
                moved_here[code] = msgid(en, self.pair(en, ja, f"{where(node)} {code}", code))
            return True

        for node in ast.walk(tree):
            # MESSAGES.add({...}) and MESSAGES = Catalog({...})
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                f = node.value.func
                if (isinstance(f, ast.Attribute) and f.attr == "add" and isinstance(f.value, ast.Name)
                        and f.value.id == "MESSAGES" and node.value.args and isinstance(node.value.args[0], ast.Dict)):
                    if table(node.value.args[0], node):
                        changes.append(whole_lines(node))
                        removed_statement = True
                        done.update(id(n) for n in ast.walk(node))
                continue
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "Catalog"
                    and node.value.args and isinstance(node.value.args[0], ast.Dict)):
                if table(node.value.args[0], node):
                    changes.append(whole_lines(node))
                    removed_statement = True
                    done.update(id(n) for n in ast.walk(node))

        for node in ast.walk(tree):
            if id(node) in done:
                continue
            try:
                # pick(lang, en, ja) / _pick(lang, en, ja)
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("pick", "_pick")
                        and len(node.args) == 3 and is_text(node.args[1]) and is_text(node.args[2])):
                    t = template(node.args[1], node.args[2])
                    ctx = self.pair(t.en, t.ja, where(node), context)
                    lang = ast.get_source_segment(source, node.args[0])
                    text = f"_({lang}, {msgid(t.en, ctx)})"
                    if t.args:
                        text += f".format({call_args(t)})"
                    changes.append(Change((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset), text))
                    done.update(id(n) for n in ast.walk(node))
                    continue
                # _text(en, ja) → L_(...)
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_text"
                        and len(node.args) == 2 and is_text(node.args[0]) and is_text(node.args[1])):
                    self._lazy(node, node.args[0], node.args[1], changes, done, where, context)
                    continue
                # (en, ja)
                if (isinstance(node, ast.Tuple) and len(node.elts) == 2 and all(is_text(e) for e in node.elts)
                        and has_ja(node.elts[1]) and not has_ja(node.elts[0])):
                    parent = parents.get(node)
                    if in_ui and not (isinstance(parent, ast.keyword) and parent.arg == "text"):
                        continue  # the UI's own words are Qt Linguist's; only its edit texts are ours
                    if isinstance(parent, ast.Dict) and any(v is node for v in parent.values):
                        en, ja = node.elts
                        if isinstance(en, ast.JoinedStr) or isinstance(ja, ast.JoinedStr):
                            raise Skip("an f-string pair in a table")
                        ctx = self.pair(en.value, ja.value, where(node), context)
                        text = f"N_({q(en.value)})" if ctx is None else msgid(en.value, ctx)
                        changes.append(Change((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset), text))
                        done.update(id(n) for n in ast.walk(node))
                    else:
                        self._lazy(node, node.elts[0], node.elts[1], changes, done, where, context)
            except Skip as exc:
                self.result.notes.append(f"{where(node)}: not converted: {exc}")

        if "MESSAGES.text(" in source and path != PKG / "errors.py":
            changes.append(Change((1, 0), (1, 0), ""))  # MESSAGES.text(code, lang, **ctx) → message(...)
        if not changes:
            return
        self.result.codes.update(moved_here)
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))

        def pos(lc: tuple[int, int]) -> int:
            line, col = lc
            if line - 1 >= len(lines):
                return len(source)
            # ast columns are UTF-8 byte offsets
            return offsets[line - 1] + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))

        out = source
        for ch in sorted(changes, key=lambda c: c.start, reverse=True):
            out = out[: pos(ch.start)] + ch.text + out[pos(ch.end):]
        if "MESSAGES.text(" in out and path != PKG / "errors.py":
            out = add_import(out.replace("MESSAGES.text(", "message("), "from vendorpick.errors import message\n")
        out = wrap_format(add_import(out)).rstrip("\n") + "\n"
        if removed_statement and path != MESSAGES_PY and is_empty_module(out):
            self.result.emptied.append(path)
            path.unlink()
            return
        path.write_text(out, encoding="utf-8")
        self.result.changed.append(path)

    def _lazy(self, node, en, ja, changes, done, where, context) -> None:
        t = template(en, ja)
        ctx = self.pair(t.en, t.ja, where(node), context)
        text = f"L_({msgid(t.en, ctx)}" + (f", {call_args(t)}" if t.args else "") + ")"
        changes.append(Change((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset), text))
        done.update(id(n) for n in ast.walk(node))


def wrap_format(source: str, width: int = 120) -> str:
    """Break a converted line that grew over ``width`` after ``.format(``."""
    out = []
    for line in source.splitlines(keepends=True):
        cut = line.find(").format(")
        if len(line.rstrip("\n")) > width and cut > 0 and line.count(").format(") == 1:
            indent = len(line) - len(line.lstrip())
            head, tail = line[: cut + len(").format(")], line[cut + len(").format("):]
            line = head + "\n" + " " * (indent + 8) + tail
        out.append(line)
    return "".join(out)


def add_import(source: str, line: str = "from vendorpick.i18n import NP_, L_, N_, _\n") -> str:
    """Import ``_``, ``N_``, ``NP_`` and ``L_`` from vendorpick.i18n (ruff --fix drops the unused)."""
    if line in source:
        return source
    m = re.search(r"^from __future__ import annotations\n", source, re.M)
    if m:
        return source[: m.end()] + "\n" + line + source[m.end():]
    return line + source


def is_empty_module(source: str) -> bool:
    tree = ast.parse(source)
    return all(isinstance(n, ast.Import | ast.ImportFrom) or (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
               for n in tree.body)


def move_codes(codes: dict[str, str]) -> None:
    text = MESSAGES_PY.read_text(encoding="utf-8")
    if MARKER not in text:
        raise SystemExit(f"{MESSAGES_PY} has no marker line {MARKER.strip()!r}")
    tree = ast.parse(text)
    existing = {k.value for n in ast.walk(tree) if isinstance(n, ast.Dict) for k in n.keys if isinstance(k, ast.Constant)}
    new = "".join(f"    {q(c)}: {m if m.startswith('NP_') else f'N_({m})'},\n" for c, m in codes.items()
                  if c not in existing)
    for c in codes:
        if c in existing:
            print(f"note: code {c} already in vendorpick/messages.py (kept the existing text)")
    MESSAGES_PY.write_text(text.replace(MARKER, new + MARKER), encoding="utf-8")


def drop_imports(emptied: list[Path]) -> list[Path]:
    """Remove the lines importing the deleted modules (their registrations)."""
    touched = []
    for path in emptied:
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        package, name = module.rsplit(".", 1)
        pattern = re.compile(
            rf"^[ \t]*(from {re.escape(package)} import {name}\b.*|import {re.escape(module)}\b.*)\n", re.M)
        for py in [*PKG.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
            text = py.read_text(encoding="utf-8")
            new = pattern.sub("", text)
            if new != text:
                py.write_text(new, encoding="utf-8")
                touched.append(py)
    return touched


def write_po(pairs: dict[str, str]) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    if PO.exists():
        with PO.open("rb") as f:
            cat = read_po(f, locale="ja", domain="vendorpick")
    else:
        PO.parent.mkdir(parents=True, exist_ok=True)
        cat = Catalog(locale="ja", domain="vendorpick", project="vendorpick", fuzzy=False)
    for (context, en), ja in pairs.items():
        have = cat.get(en, context=context)
        if have is not None and have.string:
            continue
        cat.add(en, ja, context=context)
    with PO.open("wb") as f:
        write_po(f, cat, width=0, sort_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="list what would change; change nothing")
    parser.add_argument("--root", type=Path, help="the checkout to convert (default: this one)")
    parser.add_argument("--wrap", action="store_true", help="only break over-long converted lines after .format(")
    parser.add_argument("--no-make", action="store_true", help="do not run make messages afterwards")
    parser.add_argument("paths", nargs="*", type=Path, help="files to convert (default: all of vendorpick/)")
    args = parser.parse_args(argv)
    if args.root:
        set_root(args.root)
    result = Result()
    conv = Converter(load_po(), result)
    files = [p.resolve() for p in args.paths] or sorted(PKG.rglob("*.py"))
    files = [p for p in files if p.name != "i18n.py"]
    if args.wrap:
        for p in files:
            text = p.read_text(encoding="utf-8")
            if wrap_format(text) != text:
                p.write_text(wrap_format(text), encoding="utf-8")
                print(f"wrapped {p.relative_to(ROOT)}")
        return 0
    if args.check:
        for p in files:
            backup = p.read_text(encoding="utf-8")
            try:
                conv.file(p)
            finally:
                if not p.exists() or p.read_text(encoding="utf-8") != backup:
                    p.write_text(backup, encoding="utf-8")
        for note in result.notes:
            print(note)
        print(f"would convert {len(result.changed) + len(result.emptied)} files, {len(result.pairs)} texts, "
              f"{len(result.codes)} codes")
        return 1 if result.changed or result.emptied else 0
    for p in files:
        conv.file(p)
    if result.codes:
        move_codes(result.codes)
    touched = drop_imports(result.emptied)
    write_po(result.pairs)
    for note in result.notes:
        print(note)
    changed = [p for p in {*result.changed, *touched, MESSAGES_PY} if p.exists()]
    subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--quiet", "--select", "F401,I001",
                    *map(str, changed)], cwd=ROOT, check=False)
    if not args.no_make:
        subprocess.run(["make", "messages"], cwd=ROOT, check=True)
    print(f"converted {len(result.changed)} files, deleted {[str(p.relative_to(ROOT)) for p in result.emptied]}, "
          f"{len(result.pairs)} texts, {len(result.codes)} codes moved to vendorpick/messages.py; "
          "now run ruff check . and make test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
