"""A case's status history: closing and reopening a case are two entries, never one
overwritten field; the case's status and ``closed_on`` stay in step with them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Case, CaseStatusChange
from monitor_app import operations
from monitor_app import records as store_records
from monitor_app.records import ValidationError
from monitor_app.store import Store


def _changes(store: Store, case_id: str) -> list[tuple[str | None, str | None]]:
    with store.read() as s:
        return [(c.status, c.changed_on) for c in s.scalars(
            select(CaseStatusChange).where(CaseStatusChange.case_id == case_id,
                                           CaseStatusChange.deleted.is_(False))
            .order_by(CaseStatusChange.created_at))]


def _case(store: Store, case_id: str) -> Case:
    with store.read() as s:
        case = s.get(Case, case_id)
        s.expunge(case)
        return case


@pytest.fixture
def case_id(store: Store) -> str:
    with store.write() as w:
        return operations.cases.save_case(w, None, {
            "reference": "KZ-2013-0001", "title": "Beaten in IVS", "status": "case_status.open",
            "opened_on": "2013-05-02"}).record_id


def test_a_new_case_starts_its_history_at_its_opening(store: Store, case_id: str) -> None:
    assert _changes(store, case_id) == [("case_status.open", "2013-05-02")]


def test_closed_then_reopened_keeps_both_entries(store: Store, case_id: str) -> None:
    with store.write() as w:
        out = operations.cases.save_case(w, case_id, {"status": "case_status.closed"},
                                         status_changed_on="12 March 2014",
                                         status_reason="No crime found")
    assert out.cases == {case_id}
    assert any(kind == "case_status_changes" for kind, _ in out.created)
    case = _case(store, case_id)
    assert (case.status, case.closed_on) == ("case_status.closed", date(2014, 3, 12))

    with store.write() as w:
        operations.cases.save_case(w, case_id, {"status": "case_status.reopened"},
                                   status_changed_on="about June 2016")
    case = _case(store, case_id)
    # reopened: not closed now, so no current closure date; the closure is in the history
    assert (case.status, case.closed_on) == ("case_status.reopened", None)
    assert _changes(store, case_id) == [("case_status.open", "2013-05-02"),
                                        ("case_status.closed", "2014-03-12"),
                                        ("case_status.reopened", "2016-06~")]
    with store.read() as s:
        rows = s.scalars(select(CaseStatusChange).where(
            CaseStatusChange.case_id == case_id, CaseStatusChange.status ==
            "case_status.closed")).all()
        assert rows[0].reason == "No crime found"
        history = store_records.history(s, "case_status_changes", rows[0].id)
        assert history[0]["action"] == "create"
        assert history[0]["changes"]["changed_on"][1] == "2014-03-12"


def test_any_save_of_a_status_goes_through_the_rule(store: Store, case_id: str) -> None:
    """The generic save (what an editor without its own rule would call) keeps it too."""
    with store.write() as w:
        operations.records.save(w, "cases", case_id, {"status": "case_status.closed",
                                                       "closed_on": "2014-03-12"})
    with store.write() as w:
        operations.records.save(w, "cases", case_id, {"status": "case_status.reopened"})
    changes = _changes(store, case_id)
    assert changes[1] == ("case_status.closed", "2014-03-12")  # dated by its closed_on
    assert changes[2] == ("case_status.reopened", date.today().isoformat())  # default today
    with store.write() as w:  # saving other fields adds nothing
        operations.records.save(w, "cases", case_id, {"title": "Beaten in the IVS"})
    assert len(_changes(store, case_id)) == 3


def test_an_approximate_closure_never_invents_a_day(store: Store, case_id: str) -> None:
    with store.write() as w:
        operations.cases.save_case(w, case_id, {"status": "case_status.closed"},
                                   status_changed_on="2014")
    assert _case(store, case_id).closed_on is None
    assert _changes(store, case_id)[-1] == ("case_status.closed", "2014")
    # giving the day later moves the closure's date with it
    with store.write() as w:
        operations.cases.save_case(w, case_id, {"closed_on": "2014-03-12"})
    assert _changes(store, case_id)[-1] == ("case_status.closed", "2014-03-12")
    assert len(_changes(store, case_id)) == 2


def test_an_unreadable_change_date_is_refused(store: Store, case_id: str) -> None:
    with pytest.raises(ValidationError) as err, store.write() as w:
        operations.cases.save_case(w, case_id, {"status": "case_status.closed"},
                                   status_changed_on="sometime soonish")
    assert "status_changed_on" in err.value.errors
    assert _case(store, case_id).status == "case_status.open"  # nothing was written
    assert len(_changes(store, case_id)) == 1


def test_reopened_is_an_open_status(store: Store) -> None:
    from monitor_app.vocabulary import Vocab

    with store.read() as s:
        vocab = Vocab.load(s)
    assert vocab.attr("case_status.reopened", "closed", None) is False
    assert vocab.label("case_status.reopened", "ru") == "Возобновлено"
    assert vocab.label("case_status.reopened", "kk") == "Қайта ашылған"
