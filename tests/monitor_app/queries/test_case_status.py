"""The case file's status history: its chronology entries and the summary line."""

from __future__ import annotations

from datetime import date

from monitor_app import operations
from monitor_app.queries import case_status
from monitor_app.queries.casefile import load_case_file
from monitor_app.store import Store


def _chronology(store: Store, case_id: str, lang: str = "en") -> list[tuple[str, str]]:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang, today=date(2017, 6, 1))
    return [(e.when.format(lang) if e.when else "", e.what) for e in cf.chronology
            if e.kind in ("case", "case_status")]


def test_closure_and_reopening_are_in_the_chronology_once(store: Store) -> None:
    with store.write() as w:
        cid = operations.cases.save_case(w, None, {
            "reference": "R-1", "title": "T", "status": "case_status.open",
            "opened_on": "2013-05-02"}).record_id
    with store.write() as w:
        operations.cases.save_case(w, cid, {"status": "case_status.closed"},
                                   status_changed_on="2014-03-12", status_reason="No crime")
    with store.write() as w:
        operations.cases.save_case(w, cid, {"status": "case_status.in_court"},
                                   status_changed_on="2016")
    assert _chronology(store, cid) == [
        ("2 May 2013", "Case opened"), ("12 Mar 2014", "Case closed · No crime"),
        ("2016", "Case reopened · In court")]
    with store.read() as s:
        history = case_status.status_history(s, cid, "ru")
    assert [c.reopening for c in history] == [False, False, True]
    assert case_status.summary_line(history, "ru") == \
        "В работе 02.05.2013 · Закрыто 12.03.2014 · В суде 2016 г."


def test_a_closure_written_around_the_rule_is_still_in_the_chronology(store: Store) -> None:
    """A closure the history does not record (an old import) keeps its "Case closed"."""
    with store.write() as w:
        cid = operations.cases.save_case(w, None, {
            "reference": "R-2", "title": "T", "status": "case_status.open",
            "opened_on": "2013-05-02"}).record_id
        w.update("cases", cid, status="case_status.closed", closed_on="2014-03-12")
    assert ("12 Mar 2014", "Case closed") in _chronology(store, cid)
