"""Migration 0007_visit_dates: a visit's start and end become an approximate day plus a time
only where one was recorded; values, history (with its parents) and drafts are kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from db import migrate
from db.models import Visit
from monitor_app import records
from monitor_app.store import create_store, open_store
from tests.builders import index_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())

_FACILITY = (
    "INSERT INTO facilities (id, designation, name, kind, created_at, updated_at, created_by,"
    " origin, revision, version, deleted, npm_mandate, pmc_mandate, address, notes) VALUES"
    " ('f1', 'SI-1', 'Centre', NULL, '2020-01-01 00:00:00', '2020-01-01 00:00:00', '', '', 1,"
    " 'v', 0, 1, 1, '', '')")
_VISIT = (
    "INSERT INTO visits (id, facility_id, announced, started_at, ended_at, started_time_known,"
    " ended_time_known, created_at, updated_at, created_by, origin, revision, version,"
    " deleted, summary, notes) VALUES (:i, 'f1', NULL, :s, :e, :sk, :ek,"
    " '2020-01-01 00:00:00', '2020-01-01 00:00:00', '', '', 1, :v, 0, '', '')")
_HISTORY = (
    "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind, record_id,"
    " action, revision, changes, source) VALUES (:c, 't', :h, '2020-01-01 00:00:00',"
    " 'monitor', 'd', 'visits', :i, :a, 1, :j, '')")


def _store_at_0006(path: Path, passphrase: str) -> None:
    old = create_store(path, passphrase, revision="0006_procedure")
    with old.engine.begin() as conn:
        conn.execute(text(_FACILITY))
        for vid, start, end, sk, ek in (
                ("v-day", "2020-05-01 00:00:00.000000", None, 0, 1),
                ("v-span", "2020-05-02 10:30:00.000000", "2020-05-02 15:00:00.000000", 1, 1),
                ("v-none", None, None, 1, 1)):
            conn.execute(text(_VISIT), {"i": vid, "s": start, "e": end, "sk": sk, "ek": ek,
                                        "v": f"c-{vid}-3"})
        # v-span: created with 10:30, then its time was found wrong (day only), then 10:30
        # again with an end; each change names its parent
        for n, (action, changes) in enumerate((
                ("create", {"started_at": [None, "2020-05-02T10:30:00", None],
                            "started_time_known": [None, True, None]}),
                ("update", {"started_time_known": [True, False, "c-v-span-1"]}),
                ("update", {"started_time_known": [False, True, "c-v-span-2"],
                            "ended_at": [None, "2020-05-02T15:00:00", None]})), start=1):
            conn.execute(text(_HISTORY), {"c": f"c-v-span-{n}", "h": f"00000000000{n}-0000",
                                          "i": "v-span", "a": action,
                                          "j": json.dumps(changes)})
        conn.execute(text(_HISTORY), {
            "c": "c-v-day-1", "h": "000000000004-0000", "i": "v-day", "a": "create",
            "j": json.dumps({"started_at": [None, "2020-05-01T00:00:00", None],
                             "started_time_known": [None, False, None],
                             "summary": [None, "kept", None]})})
        conn.execute(text(
            "INSERT INTO drafts (id, record_kind, record_id, payload, updated_at) VALUES"
            " ('d1', 'visits', 'v-day', :p, '2020-01-01 00:00:00')"),
            {"p": json.dumps({"form": {"started_at": "01.05.2020 09:00", "notes": "typing"}})})
    old.close()


def test_values_history_and_drafts_keep_what_was_recorded(tmp_path: Path,
                                                          passphrase: str) -> None:
    path = tmp_path / "at-0006.db"
    _store_at_0006(path, passphrase)
    with open_store(path, passphrase) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("visits")}
            indexes = index_names(conn, "visits")
        assert {"started_on", "started_time", "ended_on", "ended_time"} <= columns
        assert not {"started_at", "ended_at", "started_time_known"} & columns
        assert "ix_visits_start_key" in indexes
        with store.read() as s:
            day, span, none = (s.get(Visit, i) for i in ("v-day", "v-span", "v-none"))
            assert (day.started_on, day.started_time, day.ended_on) == ("2020-05-01", None,
                                                                          None)
            assert (span.started_on, span.started_time) == ("2020-05-02", "10:30")
            assert (span.ended_on, span.ended_time) == ("2020-05-02", "15:00")
            assert (none.started_on, none.started_time) == (None, None)
            changes = [h["changes"] for h in records.history(s, "visits", "v-span")]
            # the flag's changes became the time's, each with its parent
            assert changes[0] == {"started_on": [None, "2020-05-02", None],
                                  "started_time": [None, "10:30", None]}
            assert changes[1] == {"started_time": ["10:30", None, "c-v-span-1"]}
            assert changes[2] == {"started_time": [None, "10:30", "c-v-span-2"],
                                  "ended_on": [None, "2020-05-02", None],
                                  "ended_time": [None, "15:00", None]}
            rebuilt: dict[str, object] = {}
            for entry in changes:
                rebuilt.update({k: v[1] for k, v in entry.items()})
            assert {k: rebuilt.get(k) for k in ("started_on", "started_time", "ended_on",
                                                "ended_time")} == {
                "started_on": "2020-05-02", "started_time": "10:30", "ended_on": "2020-05-02",
                "ended_time": "15:00"}
            (created,) = [h["changes"] for h in records.history(s, "visits", "v-day")]
            assert created == {"started_on": [None, "2020-05-01", None],
                               "summary": [None, "kept", None]}
            raw = s.execute(text("SELECT payload FROM drafts WHERE id = 'd1'")).scalar()
            form = (json.loads(raw) if isinstance(raw, str) else raw)["form"]
            assert form == {"started_on": "01.05.2020 09:00", "notes": "typing"}
        with store.write() as w:  # and a visit can now be a month, as the reports say
            w.update("visits", "v-none", started_on="2014-03")
        with store.read() as s:
            assert s.get(Visit, "v-none").started_on == "2014-03"


def test_the_0003_fixture_keeps_its_visit_day_and_time(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store, store.read() as s:
        visit = s.get(Visit, IDS["visits"])
        assert visit.started_on is not None and len(visit.started_on) == 10
        history = records.history(s, "visits", IDS["visits"])
        assert history[0]["changes"]["started_on"][1] == visit.started_on
        assert not any(k in h["changes"] for h in history
                       for k in ("started_at", "ended_at", "started_time_known"))


def _downgrade(store: object) -> None:
    cfg = migrate.alembic_config()
    with store.engine.connect() as conn, conn.begin():  # type: ignore[attr-defined]
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006_procedure")


def test_downgrade_refuses_a_month_it_would_have_to_turn_into_a_day(
        tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "month.db"
    _store_at_0006(path, passphrase)
    with open_store(path, passphrase) as store:
        with store.write() as w:
            w.update("visits", "v-none", started_on="2014-03")
        with pytest.raises(RuntimeError, match="whole day"):
            _downgrade(store)
        with store.read() as s:  # nothing changed
            assert s.get(Visit, "v-none").started_on == "2014-03"


def test_downgrade_of_whole_days_gives_back_the_day_and_its_flag(
        tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "days.db"
    _store_at_0006(path, passphrase)
    with open_store(path, passphrase) as store:
        _downgrade(store)
        with store.engine.connect() as conn:
            rows = dict((r[0], r[1:]) for r in conn.execute(text(
                "SELECT id, started_at, started_time_known, ended_at FROM visits")))
    assert rows["v-day"][:2] == ("2020-05-01 00:00:00.000000", 0)
    assert rows["v-span"] == ("2020-05-02 10:30:00.000000", 1, "2020-05-02 15:00:00.000000")
    assert rows["v-none"] == (None, 1, None)
