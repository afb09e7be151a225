"""The demo's case status histories: every case's statuses as the app would have recorded
them, and some closed cases reopened later (a prosecutor's order cancelling the closure).

Deterministic: the choices come from the case's number and opening day, which the demo's
seed decides, without drawing from the demo's own random sequence.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from monitor_app.dates import ApproxDate

REOPEN_REASONS = (
    "Постановление о прекращении отменено прокурором",
    "Отменено по жалобе адвоката",
    "Новые обстоятельства: заключение повторной экспертизы",
    "По запросу Комитета ООН против пыток",
)


def write_status_history(demo: Any, case_id: str, status: str, opened: date,
                         closed_on: date | None, anchor: date) -> None:
    """Status changes of a demo case that was just written with ``status``; a closed case
    may be reopened (the case then reads "reopened", with no current closure date)."""
    rng = random.Random(f"status-{demo.case_seq}-{opened.isoformat()}")
    first = "intake" if status == "intake" else "open"
    demo.create("case_status_changes", case_id=case_id, status=f"case_status.{first}",
                changed_on=opened)
    if status in ("in_court", "at_un"):
        when = None  # some sources never say when the case got there: undated, marked so
        if rng.random() < 0.7:
            day = opened + timedelta(days=rng.randint(60, max(61, (anchor - opened).days)))
            day = min(day, anchor)
            when = ApproxDate(day.year, day.month)
        demo.create("case_status_changes", case_id=case_id, status=f"case_status.{status}",
                    changed_on=when)
    if status != "closed" or closed_on is None:
        return
    demo.create("case_status_changes", case_id=case_id, status="case_status.closed",
                changed_on=closed_on)
    reopened_before = getattr(demo, "reopened_cases", 0)
    room = (anchor - closed_on).days
    if room < 90 or (reopened_before and rng.random() >= 0.35):
        return
    day = closed_on + timedelta(days=rng.randint(60, min(room, 900)))
    demo.create("case_status_changes", case_id=case_id, status="case_status.reopened",
                changed_on=ApproxDate(day.year, day.month, qualifier="about"),
                reason=rng.choice(REOPEN_REASONS))
    demo.w.update("cases", case_id, status="case_status.reopened", closed_on=None)
    demo.reopened_cases = reopened_before + 1
