"""Complaint timelines: how long each procedural step lasted and which answers came late.

A complaint goes through steps (filed, preliminary check, refusal, appeal...) whose dates
may be exact, approximate ("January 2018", "before March 2012") or unknown. Each step lasts
until the next one; the current (last) step lasts until today, unless the procedure ended:
a closing step (refusal, verdict...) stops the clock at its own date, a closed case at its
``closed_on`` (unknown when that is not recorded). Reopening is a step of its own (a resumed
investigation, an annulled refusal): after it the complaint is open again and the steps that
follow are measured as usual. Which deadline a step gets is the procedure's rule
(:func:`default_answer_due`, from ``monitor_app.procedure.rules``): steps the law gives none
run no clock. Durations are intervals
(``monitor_app.dates.duration``). A step may carry the date by which the body had to answer
(``answer_due``); the answer is the step's explicit ``answered_on`` or, failing that, the
next step's date. An answer after the due date at every date its interval allows, or no
answer once the due date has passed, makes the step late; after only some, possibly late; a
step still waiting past its due date in an open case is overdue. That rule is written once
here: which step follows which and what still awaits an answer as SQL expressions
(:func:`step_order`, :func:`awaiting_answer`, :func:`overdue`), how late as intervals in
:func:`_spans`, and every view reads it.

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
    and_,
    case,
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
from db.sort_keys import approx_sort_key
from monitor_app.dates import (
    ApproxDate,
    DayInterval,
    Lateness,
    approx_or_none,
    duration,
    lateness,
)
from monitor_app.procedure import rules as procedure_rules
from monitor_app.vocabulary import Vocab

__all__ = [
    "approx_in_period",
    "ComplaintTimeline",
    "DEADLINE_HORIZON_DAYS",
    "DeadlineCounts",
    "DeadlineRow",
    "StepSpan",
    "approx_sort_key",
    "awaiting_answer",
    "closed_case_statuses",
    "complaint_timelines",
    "deadline_counts",
    "deadlines",
    "default_answer_due",
    "next_step_on",
    "overdue",
    "overdue_count",
    "step_order",
]


@dataclass(frozen=True)
class StepSpan:
    """One procedural step of one complaint, with how long it lasted and whether it ran late.

    ``when`` and ``answer`` are what to print (at their precision; None = date unknown);
    ``start``, ``end`` and ``answered_on`` are days to draw at on a chart, never to print: an
    approximate date's first day, an undated step's predecessor's day."""

    step_id: str
    complaint_id: str
    stage: str | None
    body: str | None
    start: date
    end: date | None  # where the next step is drawn; None for the current (last) step
    days_in_stage: DayInterval | None  # to the next step, or to when the clock stopped; None
    reference_no: str  # when a date it needs is unknown
    outcome: str
    answer_due: date | None
    answered_on: date | None  # the answer's day to draw at
    days_late: int  # > 0 only when late at every date allowed: the fewest days late
    overdue: bool  # awaiting and today > answer_due
    is_current: bool
    awaiting: bool  # still waits for its answer, in an open case (see awaiting_answer)
    notes: str = ""
    when: ApproxDate | None = None  # the step's date as recorded
    answer: ApproxDate | None = None  # explicit answered_on, else the next step's date
    lateness: Lateness | None = None  # None: no deadline
    late_days: DayInterval | None = None  # days past answer_due, when some are possible
    undated: bool = False
    until: ApproxDate | date | None = None  # where this step's clock stopped (None: unknown)
    answered_explicitly: bool = False  # ``answer`` is the step's own answered_on


@dataclass(frozen=True)
class ComplaintTimeline:
    """A complaint and its steps in order (oldest first)."""

    complaint_id: str
    case_id: str
    body: str | None
    subject: str
    filed_on: ApproxDate | None
    steps: tuple[StepSpan, ...]
    total_days: DayInterval | None  # from the first date to the last step or the clock's stop
    current_stage: str | None
    days_in_current_stage: DayInterval | None
    late_answers: int  # certainly late
    closed: bool = False  # the current step ends the procedure (refusal, verdict...)
    allegation_id: str | None = None
    complainant_id: str | None = None

    possibly_late_answers: int = 0
    # steps that opened the procedure again after a closing step (an annulled refusal, a
    # resumed investigation): the clock runs again from each, and ``closed`` is then False
    reopenings: int = 0

    @property
    def start(self) -> ApproxDate | None:
        """The earliest date of the complaint (filing or first dated step)."""
        first = next((s.when for s in self.steps if s.when is not None), None)
        dates = [d for d in (self.filed_on, first) if d is not None]
        return min(dates) if dates else None

    @property
    def total_days_late(self) -> int:
        return sum(s.days_late for s in self.steps)


# How far ahead the Deadlines list looks for answers due soon.
DEADLINE_HORIZON_DAYS = 7


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
# - A complaint's steps are ordered by (the date's sort key, created_at, id): two steps on
#   one day keep the order they were made in, and the id breaks a tie of the same instant.
#   An undated step takes the key of the dated step entered just before it, so it keeps the
#   place it was entered in.
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


def approx_in_period(key: Any, date_from: date | None, date_to: date | None
                     ) -> list[ColumnElement[bool]]:
    """Conditions that keep an approximate date within a period picked in a list's filter,
    given its sort key (:func:`approx_sort_key` of the column, or a column holding it such
    as ``visits.start_key``), so comparing by the named period's first day: "before March
    2012" and "about 2018" filter like "March 2012" and "2018", and a month counts from the
    month a period starts in. An unknown date is in no period."""
    out: list[ColumnElement[bool]] = []
    if date_from:
        out.append(key >= date_from.isoformat()[:7])
    if date_to:
        out.append(key < (date_to + timedelta(days=1)).isoformat())
    return out


def _step_key(step: Any) -> ColumnElement[str]:
    """The sort key of a step's date; an undated step inherits the key of the dated step
    entered just before it in its complaint ("" when none was)."""
    prev = aliased(ComplaintStep, name=f"prev_{sa_inspect(step).selectable.name}")
    inherited = (select(approx_sort_key(prev.occurred_on))
                 .where(prev.complaint_id == step.complaint_id, prev.deleted.is_(False),
                        prev.occurred_on.is_not(None),
                        tuple_(prev.created_at, prev.id) < tuple_(step.created_at, step.id))
                 .order_by(prev.created_at.desc(), prev.id.desc()).limit(1)
                 .scalar_subquery())
    return case((step.occurred_on.is_(None), func.coalesce(inherited, "")),
                else_=approx_sort_key(step.occurred_on))


def _order_of(step: Any) -> tuple[Any, Any, Any]:
    return (_step_key(step), step.created_at, step.id)


def step_order() -> tuple[Any, Any, Any]:
    """The order of a complaint's steps, for ORDER BY (oldest first)."""
    return _order_of(ComplaintStep)


def _live(entity: Any) -> ColumnElement[bool]:
    """Not deleted, checked on the row: "+x.deleted" keeps SQLite on the foreign-key index
    instead of the deleted index, which matches nearly every row."""
    return literal_column(f"+{sa_inspect(entity).selectable.name}.deleted") == 0


def _later_steps() -> tuple[Any, ColumnElement[bool]]:
    """An alias for the live steps that come after ``ComplaintStep`` in its complaint."""
    later = aliased(ComplaintStep, name="later_steps")
    return later, and_(later.complaint_id == ComplaintStep.complaint_id, _live(later),
                       tuple_(*_order_of(later)) > tuple_(*step_order()))


def next_step_on() -> ColumnElement[str | None]:
    """The stored date of the step that follows in the complaint (NULL for the current
    step, and for a next step without a date: see :func:`has_next_step`)."""
    later, after = _later_steps()
    return (select(later.occurred_on).where(after).order_by(*_order_of(later)).limit(1)
            .scalar_subquery())


def has_next_step() -> ColumnElement[bool]:
    """A live step follows this one in its complaint."""
    _, after = _later_steps()
    return exists().where(after)


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


def _late(due: date | None, answer: ApproxDate | date | None
          ) -> tuple[Lateness | None, DayInterval | None, int]:
    """Whether an answer (or the clock's stop, while none came) was past ``due``: the
    verdict, the days late it allows, and the days late it is certain of."""
    if due is None:
        return None, None, 0
    past = duration(due, answer)
    verdict = lateness(past, 0)
    return verdict, past if verdict in ("late", "possibly_late") else None, \
        (past.low if past is not None and verdict == "late" else 0)


def _spans(session: Session, complaint_ids: list[str], bodies: dict[str, str | None],
           closed_statuses: Sequence[str], today: date, vocab: Vocab | None = None
           ) -> dict[str, list[StepSpan]]:
    """The live steps of these complaints as spans, in :func:`step_order`; what awaits an
    answer is taken from the SQL rule, how long and how late from ``monitor_app.dates``."""
    stmt = (select(ComplaintStep, next_step_on(), has_next_step(),
                   awaiting_answer(closed_statuses), overdue(closed_statuses, today),
                   Case.status, Case.closed_on)
            .join(Complaint, Complaint.id == ComplaintStep.complaint_id)
            .join(Case, Case.id == Complaint.case_id)
            .where(ComplaintStep.complaint_id.in_(complaint_ids),
                   ComplaintStep.deleted.is_(False))
            .order_by(ComplaintStep.complaint_id, *step_order()))
    rows: dict[str, list[tuple[Any, ...]]] = {c: [] for c in complaint_ids}
    for row in session.execute(stmt):
        rows[row[0].complaint_id].append(tuple(row))
    out: dict[str, list[StepSpan]] = {}
    for complaint_id, steps in rows.items():
        out[complaint_id] = spans = []
        days = [approx_or_none(r[0].occurred_on) for r in steps]
        draw = _drawing_days(days, today)
        for i, (step, next_text, has_next, awaiting, is_overdue, status, closed_on) in \
                enumerate(steps):
            when = days[i]
            closing = bool(vocab and vocab.attr(step.stage, "closing", False))
            if has_next:
                end: ApproxDate | date | None = approx_or_none(next_text)
            elif closing:
                end = when  # the procedure ended with this step: its clock does not run
            elif status in closed_statuses:
                end = closed_on  # the case closed then; unknown when not recorded
            else:
                end = today
            answer = (approx_or_none(step.answered_on) if step.answered_on
                      else approx_or_none(next_text) if has_next else None)
            verdict, late_days, certain = _late(
                step.answer_due, answer if (answer is not None or has_next) else end)
            spans.append(StepSpan(
                step_id=step.id, complaint_id=step.complaint_id, stage=step.stage,
                body=step.body or bodies.get(step.complaint_id), start=draw[i],
                end=draw[i + 1] if has_next else None,
                days_in_stage=(DayInterval(0, 0) if closing and not has_next
                               else duration(when, end)),
                reference_no=step.reference_no or "", outcome=step.outcome or "",
                answer_due=step.answer_due,
                answered_on=answer.anchor() if answer is not None else None,
                days_late=certain, overdue=bool(is_overdue), is_current=not has_next,
                awaiting=bool(awaiting), notes=step.notes or "", when=when, answer=answer,
                lateness=verdict, late_days=late_days, undated=when is None, until=end,
                answered_explicitly=bool(step.answered_on)))
    return out


def _drawing_days(days: list[ApproxDate | None], today: date) -> list[date]:
    """A day to draw each step at: its date's first day; an undated step at its
    predecessor's (the first known one when it comes first; today when none is known)."""
    known = [d.anchor() for d in days if d is not None]
    previous = known[0] if known else today
    out: list[date] = []
    for d in days:
        previous = d.anchor() if d is not None else previous
        out.append(previous)
    return out


def _timeline(complaint: Complaint, spans: list[StepSpan], vocab: Vocab | None,
              today: date) -> ComplaintTimeline:
    current = spans[-1] if spans else None
    closed = bool(current and vocab and vocab.attr(current.stage, "closing", False))
    filed = approx_or_none(complaint.filed_on)
    first_step = next((s.when for s in spans if s.when is not None), None)
    starts = [d for d in (filed, first_step) if d is not None]
    first = min(starts) if starts else None
    # from the first date to where the current step's clock stopped
    total = duration(first, current.until) if first is not None and current else None
    return ComplaintTimeline(
        complaint_id=complaint.id, case_id=complaint.case_id, body=complaint.body,
        subject=complaint.subject or "", filed_on=filed, steps=tuple(spans),
        total_days=total, current_stage=current.stage if current else None,
        days_in_current_stage=current.days_in_stage if current else None,
        late_answers=sum(1 for s in spans if s.lateness == "late"), closed=closed,
        allegation_id=complaint.allegation_id, complainant_id=complaint.complainant_id,
        possibly_late_answers=sum(1 for s in spans if s.lateness == "possibly_late"),
        reopenings=_reopenings(spans, vocab),
    )


def _reopenings(spans: list[StepSpan], vocab: Vocab | None) -> int:
    """Reopening steps (``reopens``) that come after a closing step of the complaint."""
    count, was_closed = 0, False
    for s in spans:
        if vocab is None:
            break
        if vocab.attr(s.stage, "closing", False):
            was_closed = True
        elif was_closed and vocab.attr(s.stage, "reopens", False):
            count, was_closed = count + 1, False
    return count


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
                          closed_case_statuses(vocab), today, vocab)
    timelines = [_timeline(c, by_complaint[c.id], vocab, today) for c in complaints]
    timelines.sort(key=lambda t: (t.start.sort_key() if t.start else (date.max,),
                                  t.complaint_id))
    return timelines


def overdue_count(session: Session, today: date | None = None) -> int:
    """How many steps wait past their deadline (the red part of :func:`deadline_counts`)."""
    return deadline_counts(session, today).overdue


@dataclass(frozen=True)
class DeadlineCounts:
    """What the Deadlines list holds, counted: its rows are ``total``."""

    overdue: int
    due_soon: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_soon


def deadline_counts(session: Session, today: date | None = None,
                    horizon_days: int = DEADLINE_HORIZON_DAYS) -> DeadlineCounts:
    """The rows of :func:`deadlines`, counted: the number beside Deadlines in the
    navigation, so it is the number of rows the list (and its status bar) shows."""
    found = deadlines(session, today, horizon_days)
    late = sum(1 for r in found if r.status == "overdue")
    return DeadlineCounts(overdue=late, due_soon=len(found) - late)


def deadlines(session: Session, today: date | None = None,
              horizon_days: int = DEADLINE_HORIZON_DAYS) -> list[DeadlineRow]:
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
                       occurred_on: date | ApproxDate | str | None) -> date | None:
    """The answer deadline the law gives a new step, from the store's deadline rules
    (``vocab.deadline_rules``; :func:`monitor_app.procedure.rules.answer_days` is the one
    rule: the stage's own, else the body's where the stage says the body's term applies).

    Steps the law gives no deadline (a counter-charge, a verdict, a hearing, a UN
    procedure's communication) get none, and so run no clock; a step whose date is not an
    exact day gets none either (a deadline from an invented day would be invented too).
    """
    when = approx_or_none(occurred_on)
    if when is None or not when.is_exact:
        return None
    day = when.period_start()
    days = procedure_rules.answer_days(vocab.deadline_rules, stage_code, body_code, day)
    return None if days is None else day + timedelta(days=days)
