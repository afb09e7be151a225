"""Migration 0006_proceedings: a store made before proceedings existed opens with its data
and history intact, gets the new tables and vocabularies, and can then hold a trial."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, inspect, select

from db import migrate
from db.models import Case, HistoryEntry, Person, VocabTerm
from monitor_app import records
from monitor_app.queries.casefile import load_case_file
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def _snapshot(store) -> tuple[dict, int, list]:
    with store.read() as s:
        case = s.get(Case, IDS["cases"])
        person = s.get(Person, IDS["people"])
        facts = {"case": (case.reference, case.title, case.version),
                 "person": (person.name, person.version)}
        count = s.scalar(select(func.count()).select_from(HistoryEntry))
        case_history = [h["change_id"] for h in records.history(s, "cases", IDS["cases"])]
    return facts, count, case_history


def test_a_store_at_0003_gets_proceedings_with_its_data_and_history_intact(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert {"proceedings", "proceeding_defendants"} <= tables
            cols = {c["name"]: c for c in inspect(conn).get_columns("proceeding_defendants")}
            assert cols["in_court_record"]["nullable"] is True  # "not recorded" is NULL
            unique = [i for i in inspect(conn).get_indexes("proceeding_defendants")
                      if i["unique"]]
            assert [i["column_names"] for i in unique] == [["proceeding_id", "person_id"]]
        facts, history_rows, case_history = _snapshot(store)
        assert facts["case"][0] and case_history  # the old case and its history are there
        with store.read() as s:  # the new vocabularies were seeded into the old store
            codes = set(s.scalars(select(VocabTerm.code).where(VocabTerm.vocabulary.in_(
                ("proceeding_kind", "defendant_verdict", "torture_complaint",
                 "torture_complaint_when", "court_finding")))))
        assert {"proceeding_kind.criminal_trial", "defendant_verdict.conditional",
                "torture_complaint.written", "court_finding.not_examined"} <= codes
        with store.write() as w:
            trial = w.create("proceedings", case_id=IDS["cases"],
                             kind="proceeding_kind.criminal_trial", started_on="2012-03")
            w.create("proceeding_defendants", proceeding_id=trial, person_id=IDS["people"],
                     verdict="defendant_verdict.convicted",
                     torture_complaint="torture_complaint.written")
        after, after_rows, after_case_history = _snapshot(store)
        assert after == facts  # nothing old changed...
        assert after_case_history == case_history
        assert after_rows == history_rows + 2  # ...and the two new records have history
        with store.read() as s:
            cf = load_case_file(s, IDS["cases"])
        (p,) = cf.proceedings
        assert p.started_on.to_iso() == "2012-03"
        assert p.defendants[0].person_id == IDS["people"]
        assert p.defendants[0].in_court_record is None
