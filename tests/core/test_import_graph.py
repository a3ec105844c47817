"""The module graph of vendorpick has no cycle (issue 12, point 7), and no module is over 500 lines.

Every ``import`` counts, also the ones inside functions (a deferred import
hides a cycle from the interpreter, not from the design); only imports under
``if TYPE_CHECKING:`` are left out.  The layer rules themselves are
import-linter contracts in pyproject.toml (``make lint``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import vendorpick

ROOT = Path(vendorpick.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, package: str, modules: set[str]) -> set[str]:
    found: set[str] = set()

    def target(name: str) -> str | None:
        while name and name not in modules:  # an attribute of a module, or a package
            name = name.rpartition(".")[0]
        return name or None

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            names = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            names = []
        for name in names:
            if name.startswith("vendorpick"):
                t = target(name)
                if t is not None:
                    found.add(t)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in ROOT.rglob("*.py")}
    modules = set(files)
    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = _imports(tree, package, modules) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of modules (first = last), or None."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := walk(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := walk(start)) is not None:
            return cycle
    return None


def test_the_finder_sees_a_cycle_through_a_deferred_import():
    code = ast.parse("def f():\n    from vendorpick.b import g\n")
    graph = {"vendorpick.a": _imports(code, "vendorpick", {"vendorpick.a", "vendorpick.b"}),
             "vendorpick.b": {"vendorpick.a"}}
    assert find_cycle(graph) == ["vendorpick.a", "vendorpick.b", "vendorpick.a"]


def test_the_finder_ignores_type_checking_imports():
    code = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from vendorpick.b import g\n")
    assert _imports(code, "vendorpick", {"vendorpick.a", "vendorpick.b"}) == set()


def test_the_graph_reads_the_known_edges():
    graph = import_graph()
    assert "vendorpick.pricing.plans" in graph["vendorpick.pricing.breakeven"]
    assert "vendorpick.pricing.simulate" in graph["vendorpick.results"]


def test_vendorpick_has_no_import_cycle():
    assert find_cycle(import_graph()) is None


MAX_MODULE_LINES = 500


def test_no_module_is_over_500_lines():
    # issue 12: a module that grows past this is split by what it does (see docs/architecture.md)
    long = {str(p.relative_to(ROOT.parent)): n for p in ROOT.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


QT = ("PySide6", "shiboken6", "pyqtgraph")


def test_only_the_ui_imports_qt():
    # the import-linter contract lists the packages of today; this covers any module added later
    found = []
    for path in ROOT.rglob("*.py"):
        name = _module_name(path)
        if name == "vendorpick.ui" or name.startswith("vendorpick.ui."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            found += [(name, n) for n in names if n.split(".")[0] in QT]
    assert found == []
