"""Imports flow one way: ui -> monitor_app -> db. Nothing below ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imports_of(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_db_imports_neither_monitor_app_nor_ui_nor_qt() -> None:
    for path, names in imports_of("db").items():
        assert not names & {"monitor_app", "ui", "PySide6"}, path


def test_monitor_app_never_imports_ui_or_qt() -> None:
    for path, names in imports_of("monitor_app").items():
        assert not names & {"ui", "PySide6"}, path


def test_ui_reaches_the_store_only_through_monitor_app() -> None:
    for path, names in imports_of("ui").items():
        assert "db" not in names, path


# -- no import cycles -----------------------------------------------------------------
#
# Every import statement counts: at module level, inside a function, under
# ``if TYPE_CHECKING``. A lazy or typing-only import hides a cycle from Python, not
# from a reader: the two modules still cannot be understood, tested or moved apart.

def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: str, root: Path = ROOT) -> dict[str, dict[str, str]]:
    """module -> {imported module of the same package: "file:line" of the import}.

    ``import a.b`` and ``from a import b`` (b a module) depend on ``a.b``; ``from a
    import name`` on ``a``. The parent package a submodule import also executes is
    not an edge: a package's ``__init__`` re-exporting its own modules is not a cycle.
    """
    files = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    graph: dict[str, dict[str, str]] = {}

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    for module, path in files.items():
        edges: dict[str, str] = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package this file is in, upwards
                    package_parts = module.split(".")
                    if path.name != "__init__.py":
                        package_parts.pop()
                    up = package_parts[:len(package_parts) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base
                           for a in node.names]
            for target in targets:
                dep = known(target)
                if dep is not None and dep != module:
                    edges.setdefault(dep, f"{path.relative_to(root)}:{node.lineno}")
        graph[module] = edges
    return graph


def import_cycles(graph: dict[str, dict[str, str]]) -> dict[frozenset[str], list[str]]:
    """Each set of modules that import each other, with one cycle through it as proof."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: dict[frozenset[str], list[str]] = {}

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            members: set[str] = set()
            while True:
                w = stack.pop()
                members.add(w)
                if w == v:
                    break
            if len(members) > 1:
                found[frozenset(members)] = _one_cycle(graph, v, members)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _one_cycle(graph: dict[str, dict[str, str]], start: str, members: set[str]) -> list[str]:
    """A shortest path start -> ... -> start inside ``members``, each step with its import."""
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w, where in sorted(graph[v].items()):
            if w not in members:
                continue
            step = [*paths[v], f"  -> {w}  ({where})"]
            if w == start:
                return step
            if w not in paths:
                paths[w] = step
                queue.append(w)
    raise AssertionError("not a cycle")  # pragma: no cover


# Cycles known and not yet broken: none now. This list may only shrink: a new cycle fails
# the test, and so does a listed one that is gone (delete its entry).
KNOWN_CYCLES: dict[str, set[frozenset[str]]] = {
    "db": set(),
    "monitor_app": set(),
    "ui": set(),
}


@pytest.mark.parametrize("package", sorted(KNOWN_CYCLES))
def test_no_import_cycles(package: str) -> None:
    found = import_cycles(import_graph(package))
    new = [" ".join(sorted(c)) + ":\n" + "\n".join(found[c]) for c in found
           if c not in KNOWN_CYCLES[package]]
    gone = [sorted(c) for c in KNOWN_CYCLES[package] if c not in found]
    assert not new, "import cycle(s) in " + package + ":\n" + "\n\n".join(new)
    assert not gone, f"cycle(s) broken, delete them from KNOWN_CYCLES[{package!r}]: {gone}"


def test_the_cycle_finder_sees_lazy_typing_only_and_relative_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from pkg.a import thing\n",
        "a.py": "def f():\n    from pkg import b\n",
        "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.sub.c\n",
        "sub/__init__.py": "",
        "sub/c.py": "from .. import a\nfrom . import d\n",
        "sub/d.py": "from pkg import thing\nimport os\n",
        "e.py": "from pkg.a import f\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    graph = import_graph("pkg", tmp_path)
    assert graph == {
        "pkg": {"pkg.a": "pkg/__init__.py:1"},
        "pkg.a": {"pkg.b": "pkg/a.py:2"},
        "pkg.b": {"pkg.sub.c": "pkg/b.py:3"},
        "pkg.sub": {},
        "pkg.sub.c": {"pkg.a": "pkg/sub/c.py:1", "pkg.sub.d": "pkg/sub/c.py:2"},
        "pkg.sub.d": {"pkg": "pkg/sub/d.py:1"},
        "pkg.e": {"pkg.a": "pkg/e.py:1"},
    }
    cycles = import_cycles(graph)
    # pkg -> a -> b -> c -> d -> pkg: one set, shown by its shortest loop
    assert list(cycles) == [frozenset({"pkg", "pkg.a", "pkg.b", "pkg.sub.c", "pkg.sub.d"})]
    loop = cycles[frozenset({"pkg", "pkg.a", "pkg.b", "pkg.sub.c", "pkg.sub.d"})]
    assert loop[0] in {"pkg", "pkg.a", "pkg.b", "pkg.sub.c", "pkg.sub.d"}
    assert loop[-1].startswith(f"  -> {loop[0]}  (")
    assert import_cycles({"x": {"y": ""}, "y": {}}) == {}
