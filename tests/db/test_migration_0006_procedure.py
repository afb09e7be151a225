"""Migration 0006_procedure: deadline rules get a table of their own; a store made at 0003
keeps its complaints, their steps' deadlines and history, and gets the built-in rules."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, inspect, select

from db import migrate
from db.models import ComplaintStep, DeadlineRule, HistoryEntry
from monitor_app.procedure.data import RULES
from monitor_app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def test_a_0003_store_gets_deadline_rules_and_keeps_its_steps(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            assert "deadline_rules" in inspect(conn).get_table_names()
        with store.read() as s:
            step = s.get(ComplaintStep, IDS["complaint_steps"])
            second = s.get(ComplaintStep, IDS["second_step"])
            assert step is not None and second is not None and not step.deleted
            # the deadlines a user entered are kept as they were: nothing is recomputed
            history = s.scalars(select(HistoryEntry).where(
                HistoryEntry.record_id == IDS["complaint_steps"]).order_by(
                HistoryEntry.hlc)).all()
            assert history and history[0].action == "create"
            dues = [h.changes["answer_due"][1] for h in history if "answer_due" in h.changes]
            recorded = str(dues[-1])[:10] if dues and dues[-1] else None
            assert (step.answer_due.isoformat() if step.answer_due else None) == recorded
            assert s.scalar(select(func.count(DeadlineRule.id))) == len(RULES)
            assert all(r.legal_source for r in s.scalars(select(DeadlineRule)))
    with open_store(path, PASSPHRASE) as again, again.read() as s:  # seeded once
        assert s.scalar(select(func.count(DeadlineRule.id))) == len(RULES)
        assert s.scalar(select(func.count(HistoryEntry.id)).where(
            HistoryEntry.record_kind == "deadline_rules")) == len(RULES)
