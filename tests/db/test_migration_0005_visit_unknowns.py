"""Migration 0005_visit_unknowns: a visit's yes/no facts may be "not recorded", and a day
may be known without its time; old values and history are kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import inspect, select, text

from db import migrate
from db.models import HistoryEntry, Interview, Visit, VisitTeamMember
from monitor_app import records
from monitor_app.store import create_store, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def test_the_0003_fixture_keeps_its_visit_answers_and_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            for table, column in (("visits", "announced"), ("visit_team", "is_lead"),
                                  ("interviews", "private")):
                cols = {c["name"]: c for c in inspect(conn).get_columns(table)}
                assert cols[column]["nullable"] is True, (table, column)
        with store.read() as s:
            visit = s.get(Visit, IDS["visits"])
            # old answers stay what they were: nothing is turned into "not recorded"
            assert visit.announced in (True, False)
            assert s.get(Interview, IDS["interviews"]).private in (True, False)
            assert s.get(VisitTeamMember, IDS["visit_team"]).is_lead in (True, False)
            # (0007 then made the day and its time two fields: a time only where known)
            history = s.scalars(select(HistoryEntry).where(
                HistoryEntry.record_id == IDS["visits"]).order_by(HistoryEntry.hlc)).all()
            assert history and history[0].action == "create"
            assert history[0].changes["started_on"][1] == visit.started_on
            assert history[0].changes.get("started_time", [None, None])[1] == visit.started_time
            assert history[0].changes["announced"][1] == visit.announced
            # still rebuildable from its history alone
            rebuilt: dict[str, object] = {}
            for h in records.history(s, "visits", IDS["visits"]):
                rebuilt.update({k: v[1] for k, v in h["changes"].items()})
            assert rebuilt["started_on"] == visit.started_on
            assert rebuilt.get("started_time") == visit.started_time
        with store.write() as w:  # and an answer can now be taken back to "not recorded"
            w.update("visits", IDS["visits"], announced=None)
        with store.read() as s:
            assert s.get(Visit, IDS["visits"]).announced is None


def test_a_store_at_0004_keeps_true_false_and_reads_midnight_as_day_only(
        tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "at-0004.db"
    old = create_store(path, passphrase, revision="0004_aliases")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO facilities (id, designation, name, kind, created_at, updated_at,"
            " created_by, origin, revision, version, deleted, npm_mandate, pmc_mandate,"
            " address, notes) VALUES ('f1', 'SI-1', 'Centre', NULL, '2020-01-01 00:00:00',"
            " '2020-01-01 00:00:00', '', '', 1, 'v', 0, 1, 1, '', '')"))
        for vid, announced, start in (("v-day", 0, "2020-05-01 00:00:00.000000"),
                                      ("v-time", 1, "2020-05-02 10:30:00.000000")):
            conn.execute(text(
                "INSERT INTO visits (id, facility_id, announced, started_at, ended_at,"
                " created_at, updated_at, created_by, origin, revision, version, deleted,"
                " summary, notes) VALUES (:i, 'f1', :a, :s, NULL, '2020-01-01 00:00:00',"
                " '2020-01-01 00:00:00', '', '', 1, :v, 0, '', '')"),
                {"i": vid, "a": announced, "s": start, "v": f"c-{vid}"})
            conn.execute(text(
                "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind,"
                " record_id, action, revision, changes, source) VALUES (:c, 't', :h,"
                " '2020-01-01 00:00:00', 'monitor', 'd', 'visits', :i, 'create', 1, :j, '')"),
                {"c": f"c-{vid}", "h": f"000000000000{1 if vid == 'v-day' else 2}-0000",
                 "i": vid, "j": json.dumps({"started_at": [None, start.replace(" ", "T"), None]})})
    old.close()
    with open_store(path, passphrase) as store, store.read() as s:
        day, timed = s.get(Visit, "v-day"), s.get(Visit, "v-time")
        assert (day.announced, timed.announced) == (False, True)  # kept, not guessed
        # midnight read as "day only" (0005), which 0007 keeps as a day without a time
        assert (day.started_on, day.started_time) == ("2020-05-01", None)
        assert (timed.started_on, timed.started_time) == ("2020-05-02", "10:30")
        assert (day.ended_on, day.ended_time) == (None, None)  # nothing recorded
        h = records.history(s, "visits", "v-day")
        assert h[0]["changes"]["started_on"] == [None, "2020-05-01", None]
        assert "started_time" not in h[0]["changes"]
        assert records.history(s, "visits", "v-time")[0]["changes"][
            "started_time"] == [None, "10:30", None]
