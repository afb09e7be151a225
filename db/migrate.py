"""Apply Alembic migrations to an unlocked store."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of Monitor knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate the store to ``target`` (the head by default) in one transaction.

    Foreign keys are off while it runs and checked before it commits (SQLite's procedure
    for rebuilding a table: a batch migration drops and recreates a table other tables
    point at, which would otherwise count as broken links)."""
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # outside any transaction: the pragma is a
        raw.execute("PRAGMA foreign_keys = OFF")  # no-op inside one
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration broke {len(broken)} links, e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
