"""Imports flow one way: ui -> monitor_app -> db. Nothing below ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

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
