"""Migration 0006_reprisals: reprisals get chains, outcome, sentence, aimed-at person,
destination and complaint step, empty in an old store, with their data and history kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, select

from db import migrate
from db.models import HistoryEntry, Reprisal
from monitor_app import operations, records
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())
NEW = ("follows_id", "outcome", "sentence", "aimed_at_id", "destination_facility_id",
       "complaint_step_id")


def test_the_0003_fixture_keeps_its_reprisal_and_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "store-0003.db", path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            cols = {c["name"] for c in inspect(conn).get_columns("reprisals")}
            assert set(NEW) <= cols
            fks = {tuple(f["constrained_columns"]): f["referred_table"]
                   for f in inspect(conn).get_foreign_keys("reprisals")}
            assert fks[("follows_id",)] == "reprisals"
            assert fks[("complaint_step_id",)] == "complaint_steps"
            assert fks[("aimed_at_id",)] == "people"
            assert fks[("destination_facility_id",)] == "facilities"
            # the old links are still there
            assert fks[("target_id",)] == "people" and fks[("case_id",)] == "cases"
        rid = IDS["reprisals"]
        with store.read() as s:
            r = s.get(Reprisal, rid)
            assert r.kind and r.target_id  # what it said before
            assert (r.follows_id, r.outcome, r.sentence, r.aimed_at_id,
                    r.destination_facility_id, r.complaint_step_id) == (
                        None, None, "", None, None, None)
            created = s.scalars(select(HistoryEntry).where(
                HistoryEntry.record_id == rid, HistoryEntry.action == "create")).one()
            assert created.changes["sentence"] == [None, "", None]
            assert created.changes["kind"][1] == r.kind
            rebuilt: dict[str, object] = {}
            for h in records.history(s, "reprisals", rid):
                rebuilt.update({k: v[1] for k, v in h["changes"].items()})
            assert rebuilt["kind"] == r.kind and rebuilt["follows_id"] is None
        with store.write() as w:  # the new fields take values; a counter-charge works
            w.update("reprisals", rid, outcome="reprisal_outcome.convicted",
                     sentence="3 years", aimed_at_id=IDS["people"])
            out = operations.reprisals.save_complaint_step(
                w, None, {"complaint_id": IDS["complaints"],
                          "stage": "complaint_stage.counter_charge"})
        with store.read() as s:
            assert s.get(Reprisal, rid).sentence == "3 years"
            assert s.scalars(select(Reprisal).where(
                Reprisal.complaint_step_id == out.record_id)).one().follows_id is None
