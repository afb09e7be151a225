"""Complaint timelines: how long each procedural step lasted and which answers came late.

A complaint goes through dated steps (filed, preliminary check, refusal, appeal...). Each
step lasts until the next one; the current (last) step lasts until today. A step may carry
the date by which the body had to answer (``answer_due``); the answer is the step's explicit
``answered_on`` or, failing that, the next step's date. An answer after the due date, or no
answer once the due date has passed, makes the step late.

Used by the GUI's timeline widget, the Deadlines view and the PDF dossier. No Qt here; every
function takes a session and returns frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import Case, Complaint, ComplaintStep
from monitor_app.vocabulary import Vocab

__all__ = [
    "ComplaintTimeline",
    "DeadlineRow",
    "StepSpan",
    "complaint_timelines",
    "deadlines",
    "default_answer_due",
]


@dataclass(frozen=True)
class StepSpan:
    """One procedural step of one complaint, with how long it lasted and whether it ran late."""

    step_id: str
    complaint_id: str
    stage: str | None
    body: str | None
    start: date
    end: date | None  # the next step's date; None for the current (last) step
    days_in_stage: int  # (end or today) - start
    reference_no: str
    outcome: str
    answer_due: date | None
    answered_on: date | None  # explicit answered_on, else the next step's date
    days_late: int  # > 0 when the answer came after answer_due or none came and it is past due
    overdue: bool  # no answer yet and today > answer_due
    is_current: bool
    notes: str = ""


@dataclass(frozen=True)
class ComplaintTimeline:
    """A complaint and its steps in order (oldest first)."""

    complaint_id: str
    case_id: str
    body: str | None
    subject: str
    filed_on: date | None
    steps: tuple[StepSpan, ...]
    total_days: int
    current_stage: str | None
    days_in_current_stage: int
    late_answers: int
    closed: bool = False  # the current step ends the procedure (refusal, verdict...)
    allegation_id: str | None = None
    complainant_id: str | None = None

    @property
    def start(self) -> date | None:
        """The earliest date of the complaint (filing or first step)."""
        dates = [d for d in (self.filed_on, self.steps[0].start if self.steps else None) if d]
        return min(dates) if dates else None

    @property
    def total_days_late(self) -> int:
        return sum(s.days_late for s in self.steps)


@dataclass(frozen=True)
class DeadlineRow:
    """A step whose answer is overdue or due within the horizon (the Deadlines view)."""

    step_id: str
    complaint_id: str
    case_id: str
    case_reference: str
    case_title: str
    stage: str | None
    body: str | None
    answer_due: date
    days_late: int  # negative = days left
    status: Literal["overdue", "due_soon"]


def _order_key(step: ComplaintStep) -> tuple[date, object, str]:
    return (step.occurred_on, step.created_at, step.id)


def build_spans(steps: list[ComplaintStep], complaint_body: str | None, today: date
                ) -> tuple[StepSpan, ...]:
    """Turn ordered step records of one complaint into spans (exposed for tests and tools)."""
    ordered = sorted(steps, key=_order_key)
    spans: list[StepSpan] = []
    for i, step in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        end = nxt.occurred_on if nxt else None
        answered = step.answered_on or end
        due = step.answer_due
        days_late = 0
        overdue = False
        if due is not None:
            if answered is not None:
                days_late = max(0, (answered - due).days)
            else:
                days_late = max(0, (today - due).days)
                overdue = today > due
        spans.append(StepSpan(
            step_id=step.id, complaint_id=step.complaint_id, stage=step.stage,
            body=step.body or complaint_body, start=step.occurred_on, end=end,
            days_in_stage=max(0, ((end or today) - step.occurred_on).days),
            reference_no=step.reference_no or "", outcome=step.outcome or "",
            answer_due=due, answered_on=answered, days_late=days_late, overdue=overdue,
            is_current=nxt is None, notes=step.notes or "",
        ))
    return tuple(spans)


def _timeline(complaint: Complaint, steps: list[ComplaintStep], vocab: Vocab | None,
              today: date) -> ComplaintTimeline:
    spans = build_spans(steps, complaint.body, today)
    current = spans[-1] if spans else None
    closed = bool(current and vocab and vocab.attr(current.stage, "closing", False))
    starts = [d for d in (complaint.filed_on, spans[0].start if spans else None) if d]
    first = min(starts) if starts else None
    if first is None:
        total = 0
    else:
        last = current.start if (closed and current) else today
        total = max(0, (last - first).days)
    return ComplaintTimeline(
        complaint_id=complaint.id, case_id=complaint.case_id, body=complaint.body,
        subject=complaint.subject or "", filed_on=complaint.filed_on, steps=spans,
        total_days=total, current_stage=current.stage if current else None,
        days_in_current_stage=current.days_in_stage if current else 0,
        late_answers=sum(1 for s in spans if s.days_late > 0), closed=closed,
        allegation_id=complaint.allegation_id, complainant_id=complaint.complainant_id,
    )


def complaint_timelines(session: Session, case_id: str, today: date | None = None,
                        vocab: Vocab | None = None) -> list[ComplaintTimeline]:
    """Every live complaint of a case with its steps, ordered by filing date."""
    today = today or date.today()
    vocab = vocab or Vocab.load(session)
    complaints = list(session.scalars(
        select(Complaint).where(Complaint.case_id == case_id, Complaint.deleted.is_(False))))
    if not complaints:
        return []
    by_complaint: dict[str, list[ComplaintStep]] = {c.id: [] for c in complaints}
    for step in session.scalars(select(ComplaintStep).where(
            ComplaintStep.complaint_id.in_(list(by_complaint)),
            ComplaintStep.deleted.is_(False))):
        by_complaint[step.complaint_id].append(step)
    timelines = [_timeline(c, by_complaint[c.id], vocab, today) for c in complaints]
    timelines.sort(key=lambda t: (t.start or date.max, t.complaint_id))
    return timelines


def _awaiting_answer(session: Session, due_by: date) -> tuple[Any, ...]:
    """The rule shared by the Deadlines list and its count: a live step of a live, open case,
    with an answer due by ``due_by``, no answer recorded and no later step yet."""
    later = aliased(ComplaintStep)
    step = ComplaintStep
    has_later = exists().where(
        later.complaint_id == step.complaint_id, later.deleted.is_(False),
        or_(later.occurred_on > step.occurred_on,
            and_(later.occurred_on == step.occurred_on,
                 or_(later.created_at > step.created_at,
                     and_(later.created_at == step.created_at, later.id > step.id)))))
    # A closed case waits for nothing: its unanswered steps are history, not an inbox.
    closed = [t.code for t in Vocab.load(session).terms("case_status", include_retired=True)
              if t.attrs.get("closed")]
    return (step.answer_due.is_not(None), step.answer_due <= due_by,
            step.answered_on.is_(None), step.deleted.is_(False),
            Complaint.deleted.is_(False), Case.deleted.is_(False), ~has_later,
            or_(Case.status.is_(None), Case.status.not_in(closed)))


def overdue_count(session: Session, today: date | None = None) -> int:
    """How many steps wait past their deadline: the number beside Deadlines."""
    today = today or date.today()
    stmt = (select(func.count(ComplaintStep.id))
            .join(Complaint, Complaint.id == ComplaintStep.complaint_id)
            .join(Case, Case.id == Complaint.case_id)
            .where(*_awaiting_answer(session, today - timedelta(days=1))))
    return int(session.scalar(stmt) or 0)


def deadlines(session: Session, today: date | None = None, horizon_days: int = 7
              ) -> list[DeadlineRow]:
    """Steps still awaiting an answer that is overdue or due within ``horizon_days``.

    Overdue first (most late first), then due soon (nearest first). A step counts as answered
    when it has ``answered_on`` or a later step exists; the filtering runs in SQL.
    """
    today = today or date.today()
    step = ComplaintStep
    stmt = (
        select(step, Complaint.body, Case.id, Case.reference, Case.title)
        .join(Complaint, Complaint.id == step.complaint_id)
        .join(Case, Case.id == Complaint.case_id)
        .where(*_awaiting_answer(session, today + timedelta(days=horizon_days)))
        .order_by(step.answer_due, Case.reference, step.id)
    )
    rows: list[DeadlineRow] = []
    for s, complaint_body, case_id, reference, title in session.execute(stmt):
        late = (today - s.answer_due).days
        rows.append(DeadlineRow(
            step_id=s.id, complaint_id=s.complaint_id, case_id=case_id,
            case_reference=reference, case_title=title, stage=s.stage,
            body=s.body or complaint_body, answer_due=s.answer_due, days_late=late,
            status="overdue" if late > 0 else "due_soon",
        ))
    overdue = sorted((r for r in rows if r.status == "overdue"),
                     key=lambda r: (-r.days_late, r.case_reference))
    soon = [r for r in rows if r.status != "overdue"]
    return overdue + soon


def default_answer_due(vocab: Vocab, stage_code: str | None, body_code: str | None,
                       occurred_on: date) -> date | None:
    """The usual answer deadline for a new step: the stage's own term, else the body's.

    Steps that end the procedure (refusal, verdict...) expect no answer; UN bodies have no
    binding term. Returns None when no term applies.
    """
    if stage_code and vocab.attr(stage_code, "closing", False):
        return None
    days = vocab.attr(stage_code, "default_answer_days") if stage_code else None
    if days is None and body_code:
        days = vocab.attr(body_code, "default_answer_days")
    if not isinstance(days, int) or isinstance(days, bool):
        return None
    return occurred_on + timedelta(days=days)
