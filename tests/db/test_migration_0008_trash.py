"""Migration 0008_trash: every table of records gets a partial index of its deleted rows,
which the trash's query uses and the lists' queries of live rows do not."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from db import migrate
from monitor_app import schema
from monitor_app.queries import listing, trash
from monitor_app.store import open_store
from tests.builders import index_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSPHRASE = "correct horse 7"


def _plan(conn: Any, statement: Any) -> str:
    compiled = statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return " / ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_an_old_store_gets_the_index_on_every_kind(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "store-0003.db", path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            for kind in schema.KINDS:
                names = index_names(conn, kind)
                assert f"ix_{kind}_trash" in names, kind


def test_the_trash_reads_the_index_and_the_lists_do_not(store: Any) -> None:
    with store.engine.connect() as conn:
        assert "ix_cases_trash" in _plan(conn, trash._deleted("cases"))  # noqa: SLF001
        q = listing.default_query("cases")
        assert "_trash" not in _plan(conn, listing._filtered(q, ordered=True))  # noqa: SLF001
