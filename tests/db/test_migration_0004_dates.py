"""Migration 0004_dates: whole-day columns become approximate dates, values and history kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, select

from db import migrate
from db.models import ComplaintStep, HistoryEntry
from monitor_app.dates import ApproxDate
from monitor_app.queries import timeline
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def test_a_store_at_0003_keeps_its_step_dates_and_their_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            cols = {c["name"]: c for c in inspect(conn).get_columns("complaint_steps")}
            assert cols["occurred_on"]["nullable"] is True
            assert "CHAR" in str(cols["occurred_on"]["type"]).upper()
            filed = {c["name"]: c for c in inspect(conn).get_columns("complaints")}
            assert "CHAR" in str(filed["filed_on"]["type"]).upper()
        with store.read() as s:
            first = s.get(ComplaintStep, IDS["complaint_steps"])
            second = s.get(ComplaintStep, IDS["second_step"])
            assert (first.occurred_on, second.occurred_on) == ("2025-01-13", "2025-02-03")
            assert ApproxDate.from_iso(first.occurred_on) == ApproxDate(2025, 1, 13)
            assert first.answer_due.isoformat() == "2025-01-27"
            history = s.scalars(select(HistoryEntry).where(
                HistoryEntry.record_id == IDS["complaint_steps"]).order_by(HistoryEntry.hlc)
            ).all()
            # the create and the edit of the date, their values read as whole days
            assert history[0].changes["occurred_on"][1] == "2025-01-12"
            assert history[-1].changes["occurred_on"][:2] == ["2025-01-12", "2025-01-13"]
            for h in history:
                for value in filter(None, h.changes.get("occurred_on", [])[:2]):
                    assert ApproxDate.from_iso(value).precision == "day"
            (t,) = timeline.complaint_timelines(s, IDS["cases"])
            assert [x.step_id for x in t.steps] == [IDS["complaint_steps"], IDS["second_step"]]
            assert str(t.steps[0].days_in_stage) == "21"
        # the migrated store takes an approximate and an unknown date
        with store.write() as w:
            w.update("complaint_steps", IDS["second_step"], occurred_on="February 2025")
            w.update("complaint_steps", IDS["complaint_steps"], occurred_on=None)
        with store.read() as s:
            assert s.get(ComplaintStep, IDS["second_step"]).occurred_on == "2025-02"
            assert s.get(ComplaintStep, IDS["complaint_steps"]).occurred_on is None
