"""docs/security.md lists every promise with its test: each test it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def named_tests() -> list[tuple[str, str | None]]:
    """(file, test or None) for every test named in the table of promises."""
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    out: list[tuple[str, str | None]] = []
    for line in text.splitlines():
        if not re.match(r"^\| *\d+ *\|", line):
            continue
        cell = line.rstrip().rstrip("|").rsplit("|", 1)[-1]
        current: str | None = None
        for m in re.finditer(r"`(tests/[\w/.-]+\.py)?(?:::(\w+))?`", cell):
            path, test = m.group(1), m.group(2)
            if path:
                current = path
            assert current is not None, line
            out.append((current, test))
    return out


def test_every_named_test_exists() -> None:
    named = named_tests()
    assert len({p for p, _ in named}) >= 10
    for path, test in named:
        source = (ROOT / path).read_text(encoding="utf-8")
        if test is not None:
            assert re.search(rf"^def {test}\(", source, re.M), f"{path}::{test} is not a test"


def test_the_doc_promises_secrecy_not_that_a_store_cannot_be_found() -> None:
    # issue 8, item 9: the doc claimed a store "looks random" and that a seized disk does
    # not reveal it, while its page sizes, -wal, -shm, .bak and the recent list do
    text = " ".join((ROOT / "docs" / "security.md").read_text(encoding="utf-8").split())
    assert "does not reveal that a file is a Monitor store" not in text
    assert "look uniformly random" not in text
    assert "not that the store cannot be found" in text
