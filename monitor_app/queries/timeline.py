"""Complaint timelines: how long each procedural step lasted and which answers came late.

A complaint goes through dated steps (filed, preliminary check, refusal, appeal...). Each
step lasts until the next one; the current (last) step lasts until today. A step may carry
the date by which the body had to answer (``answer_due``); the answer is the step's explicit
``answered_on`` or, failing that, the next step's date. An answer after the due date, or no
answer once the due date has passed, makes the step late; a step still waiting past its due
date in an open case is overdue. That rule is written once, as SQL expressions
(:func:`awaiting_answer`, :func:`overdue`, :func:`days_late`), and every view reads it.

Used by the GUI's timeline widget, the Deadlines view and the PDF dossier. No Qt here; every
function takes a session and returns frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, aliased

from db.models import Case, Complaint, ComplaintStep
from monitor_app.vocabulary import Vocab

__all__ = [
    "ComplaintTimeline",
    "DeadlineRow",
    "StepSpan",
    "answered_on",
    "awaiting_answer",
    "closed_case_statuses",
    "complaint_timelines",
    "days_late",
    "deadlines",
    "default_answer_due",
    "next_step_on",
    "overdue",
    "overdue_count",
    "step_order",
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
    overdue: bool  # awaiting and today > answer_due
    is_current: bool
    awaiting: bool  # still waits for its answer, in an open case (see awaiting_answer)
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


# -- the one rule for an answer ------------------------------------------------------------
#
# Every view that says "late", "overdue" or "awaiting an answer" (the Cases list column, the
# Deadlines view and its count in the navigation, the case timeline, the case view and the
# dossier) reads these expressions; none decides it on its own.
#
# - A complaint's steps are ordered by (occurred_on, created_at, id): two steps on one day
#   keep the order they were made in, and the id breaks a tie of the same instant.
# - A step is answered on its own ``answered_on``, else on the date of the next live step.
# - It awaits an answer while it has neither, it, its complaint and its case are live, and
#   the case is not closed (a closed case's silence is history, not an inbox).
# - It is overdue when it awaits an answer and its ``answer_due`` has passed.
# - Its days late: from ``answer_due`` to the answer, or to today while none came.
#
# The expressions are over ``ComplaintStep``, ``Complaint`` and ``Case``: a query using them
# joins (or correlates) the step's complaint and its case.

# The kinds the rule reads: a view built on it refreshes when one of them changes.
DEADLINE_READS = frozenset({"cases", "complaints", "complaint_steps"})


def step_order() -> tuple[Any, Any, Any]:
    """The order of a complaint's steps, for ORDER BY (oldest first)."""
    return (ComplaintStep.occurred_on, ComplaintStep.created_at, ComplaintStep.id)


def _live(entity: Any) -> ColumnElement[bool]:
    """Not deleted, checked on the row: "+x.deleted" keeps SQLite on the foreign-key index
    instead of the deleted index, which matches nearly every row."""
    return literal_column(f"+{sa_inspect(entity).selectable.name}.deleted") == 0


def _later_steps() -> tuple[Any, ColumnElement[bool]]:
    """An alias for the live steps that come after ``ComplaintStep`` in its complaint."""
    later = aliased(ComplaintStep, name="later_steps")
    return later, and_(later.complaint_id == ComplaintStep.complaint_id, _live(later),
                       tuple_(*(getattr(later, c.key) for c in step_order()))
                       > tuple_(*step_order()))


def next_step_on() -> ColumnElement[date | None]:
    """The date of the step that follows in the complaint (NULL for the current step)."""
    later, after = _later_steps()
    return select(func.min(later.occurred_on)).where(after).scalar_subquery()


def answered_on() -> ColumnElement[date | None]:
    """When the step was answered: its own ``answered_on``, else the next step's date."""
    return func.coalesce(ComplaintStep.answered_on, next_step_on())


def closed_case_statuses(vocab: Vocab) -> tuple[str, ...]:
    """The case statuses that close a case (their steps await nothing)."""
    return tuple(t.code for t in vocab.terms("case_status", include_retired=True)
                 if t.attrs.get("closed"))


def awaiting_answer(closed_statuses: Sequence[str]) -> ColumnElement[bool]:
    """The step still waits for an answer (see the rule above)."""
    _, after = _later_steps()
    return and_(ComplaintStep.answered_on.is_(None), ~exists().where(after),
                _live(ComplaintStep), _live(Complaint), _live(Case),
                or_(Case.status.is_(None), Case.status.not_in(list(closed_statuses))))


def overdue(closed_statuses: Sequence[str], today: date) -> ColumnElement[bool]:
    """The step waits for an answer whose deadline has passed."""
    return and_(awaiting_answer(closed_statuses),
                ComplaintStep.answer_due < literal(today, Date))


def days_late(today: date) -> ColumnElement[int]:
    """Days from the deadline to the answer, or to ``today`` while none came; 0 when on
    time or without a deadline."""
    until = func.coalesce(answered_on(), literal(today, Date))
    late = cast(func.julianday(until) - func.julianday(ComplaintStep.answer_due), Integer)
    return case((ComplaintStep.answer_due.is_(None), 0), else_=func.max(0, late))


def _spans(session: Session, complaint_ids: list[str], bodies: dict[str, str | None],
           closed_statuses: Sequence[str], today: date) -> dict[str, list[StepSpan]]:
    """The live steps of these complaints as spans, every verdict taken from the SQL rule."""
    stmt = (select(ComplaintStep, next_step_on(), answered_on(), days_late(today),
                   awaiting_answer(closed_statuses), overdue(closed_statuses, today))
            .join(Complaint, Complaint.id == ComplaintStep.complaint_id)
            .join(Case, Case.id == Complaint.case_id)
            .where(ComplaintStep.complaint_id.in_(complaint_ids),
                   ComplaintStep.deleted.is_(False))
            .order_by(*step_order()))
    out: dict[str, list[StepSpan]] = {c: [] for c in complaint_ids}
    for step, end, answered, late, awaiting, is_overdue in session.execute(stmt):
        out[step.complaint_id].append(StepSpan(
            step_id=step.id, complaint_id=step.complaint_id, stage=step.stage,
            body=step.body or bodies.get(step.complaint_id), start=step.occurred_on, end=end,
            days_in_stage=max(0, ((end or today) - step.occurred_on).days),
            reference_no=step.reference_no or "", outcome=step.outcome or "",
            answer_due=step.answer_due, answered_on=answered, days_late=int(late or 0),
            overdue=bool(is_overdue), is_current=end is None, awaiting=bool(awaiting),
            notes=step.notes or ""))
    return out


def _timeline(complaint: Complaint, spans: list[StepSpan], vocab: Vocab | None,
              today: date) -> ComplaintTimeline:
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
    by_complaint = _spans(session, [c.id for c in complaints], {c.id: c.body for c in complaints},
                          closed_case_statuses(vocab), today)
    timelines = [_timeline(c, by_complaint[c.id], vocab, today) for c in complaints]
    timelines.sort(key=lambda t: (t.start or date.max, t.complaint_id))
    return timelines


def overdue_count(session: Session, today: date | None = None) -> int:
    """How many steps wait past their deadline: the number beside Deadlines."""
    today = today or date.today()
    stmt = (select(func.count(ComplaintStep.id))
            .join(Complaint, Complaint.id == ComplaintStep.complaint_id)
            .join(Case, Case.id == Complaint.case_id)
            .where(overdue(closed_case_statuses(Vocab.load(session)), today)))
    return int(session.scalar(stmt) or 0)


def deadlines(session: Session, today: date | None = None, horizon_days: int = 7
              ) -> list[DeadlineRow]:
    """Steps awaiting an answer (:func:`awaiting_answer`) that is overdue or due within
    ``horizon_days``: overdue first (most late first), then due soon (nearest first)."""
    today = today or date.today()
    step = ComplaintStep
    closed = closed_case_statuses(Vocab.load(session))
    stmt = (
        select(step, Complaint.body, Case.id, Case.reference, Case.title,
               overdue(closed, today))
        .join(Complaint, Complaint.id == step.complaint_id)
        .join(Case, Case.id == Complaint.case_id)
        .where(awaiting_answer(closed),
               step.answer_due <= literal(today + timedelta(days=horizon_days), Date))
        .order_by(step.answer_due, Case.reference, step.id)
    )
    rows: list[DeadlineRow] = []
    for s, complaint_body, case_id, reference, title, is_overdue in session.execute(stmt):
        rows.append(DeadlineRow(
            step_id=s.id, complaint_id=s.complaint_id, case_id=case_id,
            case_reference=reference, case_title=title, stage=s.stage,
            body=s.body or complaint_body, answer_due=s.answer_due,
            days_late=(today - s.answer_due).days,
            status="overdue" if is_overdue else "due_soon",
        ))
    late = sorted((r for r in rows if r.status == "overdue"),
                  key=lambda r: (-r.days_late, r.case_reference))
    return late + [r for r in rows if r.status != "overdue"]


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
