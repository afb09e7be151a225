"""The demo shows status histories: every case's statuses, and closed cases reopened."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Case, CaseStatusChange
from monitor_app import demo
from monitor_app.store import Store


def test_the_demo_has_cases_closed_then_reopened(store: Store) -> None:
    demo.generate(store, cases=30, seed=7)  # what `monitor-app demo --cases 30 --seed 7` makes
    with store.read() as s:
        cases = s.scalars(select(Case)).all()
        for c in cases:
            s.expunge(c)
        history = {c.id: [(x.status, x.changed_on) for x in s.scalars(
            select(CaseStatusChange).where(CaseStatusChange.case_id == c.id)
            .order_by(CaseStatusChange.created_at))] for c in cases}
    reopened = [c for c in cases if c.status == "case_status.reopened"]
    assert reopened
    for c in reopened:
        statuses = [st for st, _ in history[c.id]]
        assert statuses[-2:] == ["case_status.closed", "case_status.reopened"]
        assert c.closed_on is None  # no current closure; the closure is in the history
        closed_on, reopened_on = history[c.id][-2][1], history[c.id][-1][1]
        assert closed_on and reopened_on and reopened_on.endswith("~")  # "about" a month
        assert reopened_on[:7] > closed_on[:7]
    for c in cases:  # every case's history ends in its status
        assert history[c.id] and history[c.id][-1][0] == c.status
