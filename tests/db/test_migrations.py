"""Migrations: one chain from the first table, applied at open, old stores open in new code."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from db import migrate
from db.models import Base, Case, Person
from monitor_app.queries import inspect_records
from monitor_app.store import Store, open_store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-0001.db"
FIXTURE_PASSPHRASE = "correct horse 7"


def test_revisions_form_one_chain() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    bases = script.get_bases()
    assert bases == ["0001"]
    chain = [r.revision for r in script.walk_revisions("base", "heads")]
    assert len(chain) == len(set(chain)) == len(migrate.known_revisions())


def test_head_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            assert table.name in tables
            cols = {c["name"] for c in inspect(conn).get_columns(table.name)}
            assert {c.name for c in table.columns} <= cols, table.name
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_store_made_at_the_first_migration_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, FIXTURE_PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            case = s.get(Case, "c0000000-0000-4000-8000-000000000001")
            assert case.reference == "KZ-FIX-0001"
            assert s.get(Person, case.primary_victim_id).name == "Ғалымжан Тестұлы"
        # 0002 added full-text search: records written before it are indexed at open.
        found = inspect_records.list_records(store, "cases", search_text="ғалымжан")
        assert [c["reference"] for c in found] == ["KZ-FIX-0001"]
        # and the vocabularies are seeded into the old store
        with store.write() as w:
            w.update("cases", "c0000000-0000-4000-8000-000000000001",
                     status="case_status.open")
    backups = list(tmp_path.glob("old.db.pre-*.bak"))
    assert len(backups) == 1  # copied (still encrypted) before migrating
    assert backups[0].read_bytes() == FIXTURE.read_bytes()


def test_store_at_first_revision_made_now_upgrades(tmp_path: Path, passphrase: str) -> None:
    from monitor_app.store import create_store

    path = tmp_path / "fresh-old.db"
    create_store(path, passphrase, revision="0001").close()
    with open_store(path, passphrase) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_store_at_0003_gets_aliases_with_its_people_and_history_intact(
        tmp_path: Path, passphrase: str) -> None:
    """0004_aliases adds people.aliases: a store made at 0003 keeps every person, their
    history, and can then record and search other spellings."""
    from sqlalchemy import text

    from monitor_app import records
    from monitor_app.store import create_store

    path = tmp_path / "at-0003.db"
    old = create_store(path, passphrase, revision="0003")
    with old.engine.begin() as conn:
        assert "aliases" not in {c["name"] for c in inspect(conn).get_columns("people")}
        conn.execute(text(
            "INSERT INTO people (id, name, pseudonym, code, created_at, updated_at, created_by,"
            " origin, revision, version, deleted, identified, consent_record,"
            " consent_share_lawyer, consent_publish, consent_un, contact, address, unit,"
            " position, rank, notes) VALUES ('p-old', 'Бесмаганбетов Жанболат', 'D-1', '',"
            " '2020-01-01 00:00:00', '2020-01-01 00:00:00', '', '', 1, 'c-old', 0, 1, 0, 0,"
            " 0, 0, '', '', '', '', '', '')"))
        conn.execute(text(
            "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind,"
            " record_id, action, revision, changes, source) VALUES ('c-old', 't', "
            "'0000000000001-0000', '2020-01-01 00:00:00', 'monitor', 'd', 'people', 'p-old',"
            " 'create', 1, '{\"name\": [null, \"Бесмаганбетов Жанболат\", null]}', '')"))
    old.close()
    with open_store(path, passphrase) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            person = s.get(Person, "p-old")
            assert person.name == "Бесмаганбетов Жанболат" and person.aliases == ""
            old_history = records.history(s, "people", "p-old")
            assert [h["change_id"] for h in old_history] == ["c-old"]
            assert old_history[0]["changes"] == {  # completed: rebuildable from history
                "name": [None, "Бесмаганбетов Жанболат", None], "aliases": [None, "", None],
                # 0006_people: one category, one person
                "other_categories": [None, [], None], "is_group": [None, False, None],
                "group_size": [None, None, None]}
        with store.write() as w:
            w.update("people", "p-old", aliases="Besmaganbetov Zhanbolat")
        found = inspect_records.list_records(store, "people", search_text="Besmaganbetov")
        assert [p["id"] for p in found] == ["p-old"]
