"""Migration 0006_custody: a store made before it gets the custody table, and keeps its
records and their history; a custody record can then be written and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, inspect, select

from db import migrate
from db.models import Case, Custody, HistoryEntry, Person
from monitor_app.queries.casefile import load_case_file
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def test_a_0003_store_gets_custody_with_its_data_and_history_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "store-0003.db", path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert "0006_custody" in migrate.known_revisions()
        with store.engine.connect() as conn:
            cols = {c["name"]: c for c in inspect(conn).get_columns("custody_records")}
        assert cols["arrested_time"]["nullable"] and cols["lawyer_access"]["nullable"]
        with store.read() as s:
            case = s.get(Case, IDS["cases"])
            assert case is not None and not case.deleted
            assert s.get(Person, IDS["people"]) is not None
            history = s.scalar(select(func.count()).select_from(HistoryEntry).where(
                HistoryEntry.record_id == IDS["cases"]))
            assert history and history >= 1
            assert s.scalar(select(func.count()).select_from(Custody)) == 0
        with store.write() as w:
            rid = w.create("custody_records", case_id=IDS["cases"], person_id=IDS["people"],
                           arrested_on="2016-02", lawyer_access=False)
        with store.read() as s:
            cf = load_case_file(s, IDS["cases"], "ru")
            assert [c.id for c in cf.custody] == [rid]
            assert cf.custody[0].arrest.format("ru") == "февраль 2016 г."
            assert cf.custody[0].lawyer_given is False
