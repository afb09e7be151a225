"""One rule for an overdue answer: the Cases list, the Deadlines view, the navigation count,
the case timeline, the case view and the dossier give the same answer on a store built to
make separate copies of the rule disagree."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from db.models import ComplaintStep
from monitor_app.queries import casefile, listing, readmodels, timeline
from monitor_app.vocabulary import Vocab

TODAY = date(2024, 6, 1)


def _build(store: object) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:  # type: ignore[attr-defined]
        ids["open"] = w.create("cases", reference="R-OPEN", title="Open case",
                               status="case_status.open", opened_on=date(2024, 1, 1))
        ids["closed"] = w.create("cases", reference="R-CLOSED", title="Closed case",
                                 status="case_status.closed", opened_on=date(2024, 1, 1),
                                 closed_on=date(2024, 5, 1))
        ids["gone"] = w.create("cases", reference="R-GONE", title="Deleted case",
                               status="case_status.open", opened_on=date(2024, 1, 1))

        # two steps on one day: the second (in the complaint's order) answers the first
        same_day = w.create("complaints", case_id=ids["open"], body="complaint_body.prosecutor",
                            filed_on=date(2024, 5, 1))
        ids["first_of_day"] = w.create("complaint_steps", complaint_id=same_day,
                                       stage="complaint_stage.complaint_filed",
                                       occurred_on=date(2024, 5, 1),
                                       answer_due=date(2024, 5, 10))
        ids["second_of_day"] = w.create("complaint_steps", complaint_id=same_day,
                                        stage="complaint_stage.preliminary_check",
                                        occurred_on=date(2024, 5, 1))

        # two steps on one day made in the same instant: the id decides their order
        tie = w.create("complaints", case_id=ids["open"], body="complaint_body.ombudsman",
                       filed_on=date(2024, 4, 2))
        ids["tie_a"] = w.create("complaint_steps", complaint_id=tie,
                                stage="complaint_stage.complaint_filed",
                                occurred_on=date(2024, 4, 2), answer_due=date(2024, 4, 20))
        ids["tie_b"] = w.create("complaint_steps", complaint_id=tie,
                                stage="complaint_stage.complaint_filed",
                                occurred_on=date(2024, 4, 2), answer_due=date(2024, 4, 20))

        # the later step was deleted: the earlier one waits again, and is overdue
        deleted_later = w.create("complaints", case_id=ids["open"],
                                 body="complaint_body.court", filed_on=date(2024, 4, 1))
        ids["waits"] = w.create("complaint_steps", complaint_id=deleted_later,
                                stage="complaint_stage.appeal", occurred_on=date(2024, 4, 1),
                                answer_due=date(2024, 4, 15))
        later = w.create("complaint_steps", complaint_id=deleted_later,
                         stage="complaint_stage.hearing", occurred_on=date(2024, 4, 20))
        w.delete("complaint_steps", later)

        # answered, but after the deadline: late, not overdue
        answered_late = w.create("complaints", case_id=ids["open"],
                                 body="complaint_body.prosecutor", filed_on=date(2024, 3, 1))
        ids["answered_late"] = w.create("complaint_steps", complaint_id=answered_late,
                                        stage="complaint_stage.complaint_filed",
                                        occurred_on=date(2024, 3, 1),
                                        answer_due=date(2024, 3, 10),
                                        answered_on=date(2024, 3, 20))

        # due today: not overdue yet
        w.create("complaint_steps", complaint_id=answered_late,
                 stage="complaint_stage.preliminary_check", occurred_on=date(2024, 5, 25),
                 answer_due=TODAY)

        # a deleted complaint and a deleted case wait for nothing
        dropped = w.create("complaints", case_id=ids["open"], body="complaint_body.court",
                           filed_on=date(2024, 2, 1))
        w.create("complaint_steps", complaint_id=dropped, stage="complaint_stage.appeal",
                 occurred_on=date(2024, 2, 1), answer_due=date(2024, 2, 10))
        w.delete("complaints", dropped)
        gone = w.create("complaints", case_id=ids["gone"], body="complaint_body.court",
                        filed_on=date(2024, 2, 1))
        w.create("complaint_steps", complaint_id=gone, stage="complaint_stage.appeal",
                 occurred_on=date(2024, 2, 1), answer_due=date(2024, 2, 10))

        # a closed case: its unanswered step past due is history, not an inbox
        closed = w.create("complaints", case_id=ids["closed"], body="complaint_body.court",
                          filed_on=date(2024, 2, 1))
        ids["closed_step"] = w.create("complaint_steps", complaint_id=closed,
                                      stage="complaint_stage.appeal",
                                      occurred_on=date(2024, 2, 1), answer_due=date(2024, 2, 10))

        same_instant = datetime(2024, 4, 2, 12, 0, 0)
        w.session.execute(update(ComplaintStep)
                          .where(ComplaintStep.id.in_([ids["tie_a"], ids["tie_b"]]))
                          .values(created_at=same_instant))
    with store.write() as w:  # type: ignore[attr-defined]
        w.delete("cases", ids["gone"])
    return ids


@pytest.fixture
def built(store: object) -> dict[str, str]:
    return _build(store)


def _overdue_by_view(store: object, case_id: str) -> tuple[int, dict[str, set[str]]]:
    """The Cases list's count for a case, and which of its steps each other view calls
    overdue."""
    with store.read() as s:  # type: ignore[attr-defined]
        vocab = Vocab.load(s)
        (row,) = listing.rows(s, "cases", [case_id], vocab, today=TODAY)
        late_column = row.values[listing.column_keys("cases").index("late")]
        deadlines = {r.step_id for r in timeline.deadlines(s, today=TODAY)
                     if r.case_id == case_id and r.status == "overdue"}
        spans = {x.step_id for t in timeline.complaint_timelines(s, case_id, TODAY, vocab)
                 for x in t.steps if x.overdue}
        cf = casefile.load_case_file(s, case_id, "en", today=TODAY)
        dossier = {x.step_id for c in cf.complaints for x in c.timeline.steps if x.overdue}
        view = readmodels.load_case_view(s, vocab, case_id, "en", TODAY)
        screen = {r.id for r in view.steps if r.extra["overdue"]}
    return late_column, {"deadlines": deadlines, "timeline": spans, "dossier": dossier,
                         "case view": screen}


def test_every_view_names_the_same_overdue_steps(store: object, built: dict[str, str]) -> None:
    tie_second = max(built["tie_a"], built["tie_b"])
    for case_id, expected in ((built["open"], {built["waits"], tie_second}),
                              (built["closed"], set())):
        late_column, seen = _overdue_by_view(store, case_id)
        assert seen == {k: expected for k in seen}, case_id
        assert late_column == len(expected), case_id


def test_navigation_count_is_the_deadlines_overdue_rows(store: object,
                                                        built: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        rows = timeline.deadlines(s, today=TODAY)
        overdue = [r.step_id for r in rows if r.status == "overdue"]
        assert sorted(overdue) == sorted([built["waits"], max(built["tie_a"], built["tie_b"])])
        assert timeline.overdue_count(s, today=TODAY) == len(overdue)
        assert listing.overdue_count(s, today=TODAY) == len(overdue)
        # the Cases list's column adds up to the same number over the live cases
        vocab = Vocab.load(s)
        q = listing.default_query("cases")
        late = listing.column_keys("cases").index("late")
        assert sum(r.values[late] for r in listing.fetch_page(s, q, vocab, today=TODAY)) \
            == len(overdue)


def test_late_answers_and_answer_dates_agree(store: object, built: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        spans = {x.step_id: x for t in timeline.complaint_timelines(s, built["open"], TODAY)
                 for x in t.steps}
        cf = casefile.load_case_file(s, built["open"], "en", today=TODAY)
    first, second = spans[built["first_of_day"]], spans[built["second_of_day"]]
    assert first.answered_on == date(2024, 5, 1) and first.days_late == 0
    assert first.end == second.start and not first.is_current and second.is_current
    # the step made second (by id, same instant) answers the first
    a, b = sorted([built["tie_a"], built["tie_b"]])
    assert spans[a].answered_on == date(2024, 4, 2) and not spans[a].overdue
    assert spans[b].overdue and spans[b].days_late == (TODAY - date(2024, 4, 20)).days
    late = spans[built["answered_late"]]
    assert late.days_late == 10 and not late.overdue
    assert spans[built["waits"]].overdue and spans[built["waits"]].end is None
    late_steps = {x.step_id for x in spans.values() if x.days_late > 0}
    assert late_steps == {built["answered_late"], built["waits"], b}
    assert {e.record_id for e in cf.chronology if e.late} == late_steps


def test_closed_case_step_is_late_but_not_awaited(store: object, built: dict[str, str]) -> None:
    with store.read() as s:  # type: ignore[attr-defined]
        (t,) = timeline.complaint_timelines(s, built["closed"], TODAY)
    (step,) = t.steps
    assert step.answered_on is None and step.days_late > 0
    assert not step.overdue and not step.awaiting
