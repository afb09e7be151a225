"""Complaint timelines: durations, late answers, the Deadlines query, default deadlines."""

from __future__ import annotations

from datetime import date, timedelta

from monitor_app.queries import timeline
from monitor_app.vocabulary import Vocab
from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402


def test_steps_durations_and_late_answers(store):
    built = F.build(store)
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, built.case_id, today=F.TODAY)
    filed, check, appeal = t.steps
    assert [x.start for x in t.steps] == [date(2023, 1, 12), date(2023, 2, 1), date(2023, 2, 21)]
    assert filed.end == check.start and check.end == appeal.start and appeal.end is None
    assert filed.days_in_stage == 20 and check.days_in_stage == 20
    assert appeal.days_in_stage == (F.TODAY - date(2023, 2, 21)).days
    # explicit answer one day before the deadline: not late
    assert filed.answered_on == date(2023, 2, 1) and filed.days_late == 0
    # answered by the next step, 10 days after the due date
    assert check.answered_on == date(2023, 2, 21) and check.days_late == 10
    assert not check.overdue
    # no answer yet, past due: overdue
    assert appeal.answered_on is None and appeal.overdue
    assert appeal.days_late == (F.TODAY - date(2023, 3, 14)).days
    assert appeal.is_current and not check.is_current
    assert t.late_answers == 2
    assert t.current_stage == "complaint_stage.appeal"
    assert t.days_in_current_stage == appeal.days_in_stage
    assert t.total_days == (F.TODAY - date(2023, 1, 12)).days
    assert not t.closed


def test_deleted_steps_are_ignored_and_next_step_answers(store):
    built = F.build(store)
    with store.write() as w:
        w.delete("complaint_steps", built.steps["refusal"])
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, built.case_id, today=F.TODAY)
    assert len(t.steps) == 2
    assert t.steps[-1].is_current and t.steps[-1].overdue  # check is now unanswered


def test_closing_step_stops_the_total(store):
    built = F.build(store)
    with store.write() as w:
        w.create("complaint_steps", complaint_id=built.complaint_id,
                 stage="complaint_stage.refusal_to_open", occurred_on=date(2023, 4, 1))
    with store.read() as s:
        (t,) = timeline.complaint_timelines(s, built.case_id, today=F.TODAY)
    assert t.closed
    assert t.total_days == (date(2023, 4, 1) - date(2023, 1, 12)).days


def test_no_complaints_gives_empty_list(store):
    built = F.build(store)
    with store.read() as s:
        assert timeline.complaint_timelines(s, built.empty_case_id) == []


def test_deadlines_overdue_first_then_due_soon(store):
    built = F.build(store)
    today = date(2023, 3, 20)
    with store.write() as w:
        other = w.create("complaints", case_id=built.empty_case_id,
                         body="complaint_body.ombudsman", filed_on=date(2023, 3, 1))
        soon = w.create("complaint_steps", complaint_id=other,
                        stage="complaint_stage.complaint_filed", occurred_on=date(2023, 3, 1),
                        answer_due=today + timedelta(days=3))
        w.create("complaint_steps", complaint_id=other, stage="complaint_stage.other",
                 occurred_on=date(2023, 2, 1), answer_due=today + timedelta(days=30))
        answered = w.create("complaints", case_id=built.empty_case_id, filed_on=today)
        w.create("complaint_steps", complaint_id=answered, occurred_on=date(2023, 3, 2),
                 answer_due=date(2023, 3, 5), answered_on=date(2023, 3, 4))
    with store.read() as s:
        rows = timeline.deadlines(s, today=today, horizon_days=7)
    assert [r.step_id for r in rows] == [built.steps["refusal"], soon]
    overdue, due = rows
    assert overdue.status == "overdue" and overdue.days_late == 6
    assert overdue.case_reference == "KZ-2023-017"
    assert overdue.body == "complaint_body.prosecutor"  # from the complaint
    assert due.status == "due_soon" and due.days_late == -3


def test_deadlines_skip_deleted_cases(store):
    built = F.build(store)
    with store.write() as w:
        w.delete("cases", built.case_id)
    with store.read() as s:
        assert timeline.deadlines(s, today=F.TODAY) == []


def test_deadlines_skip_closed_cases(store):
    built = F.build(store)
    with store.read() as s:
        assert timeline.deadlines(s, today=F.TODAY) != []
    with store.write() as w:
        w.update("cases", built.case_id, status="case_status.closed")
    with store.read() as s:
        assert timeline.deadlines(s, today=F.TODAY) == []


def test_default_answer_due(store):
    with store.read() as s:
        vocab = Vocab.load(s)
    day = date(2023, 1, 1)
    due = timeline.default_answer_due
    # the stage's own term
    assert due(vocab, "complaint_stage.preliminary_check", "complaint_body.prosecutor",
               day) == day + timedelta(days=10)
    # no term of its own: the body's
    assert due(vocab, "complaint_stage.complaint_filed", "complaint_body.ombudsman",
               day) == day + timedelta(days=30)
    # closing steps and UN bodies: none
    assert due(vocab, "complaint_stage.refusal_to_open", "complaint_body.prosecutor",
               day) is None
    assert due(vocab, "complaint_stage.complaint_filed", "complaint_body.un_treaty_body",
               day) is None
    assert due(vocab, None, None, day) is None
