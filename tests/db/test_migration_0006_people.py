"""Migration 0006_people: other categories and groups; every old person keeps their one
category, stays one person, and can be rebuilt from their history alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, select

from db import migrate
from db.models import Person
from monitor_app import records
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def test_the_0003_fixture_keeps_its_people_and_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            assert "person_categories" in inspect(conn).get_table_names()
        with store.read() as s:
            people = s.scalars(select(Person)).all()
            assert people and all(p.is_group is False and p.group_size is None
                                  for p in people)
            before = {p.id: p.category for p in people}
            person = records.get(s, "people", IDS["people"])
            assert person["other_categories"] == [] and person["name"]
            # rebuildable from history alone: the create entry has the new fields' first state
            for p in people:
                rebuilt: dict[str, object] = {}
                history = records.history(s, "people", p.id)
                assert history and history[0]["action"] == "create"
                for h in history:
                    rebuilt.update({k: v[1] for k, v in h["changes"].items()})
                assert (rebuilt["other_categories"], rebuilt["is_group"],
                        rebuilt["group_size"]) == ([], False, None), p.id
                assert rebuilt.get("category") == p.category
        # the old person takes a second category and a new group can be recorded
        with store.write() as w:
            w.update("people", IDS["people"], other_categories=["person_category.witness"])
            gid = w.create("people", name="Masked internal troops", is_group=True)
        with store.read() as s:
            assert records.get(s, "people", IDS["people"])["other_categories"] == [
                "person_category.witness"]
            assert s.get(Person, IDS["people"]).category == before[IDS["people"]]
            assert records.get(s, "people", gid)["group_size"] is None
