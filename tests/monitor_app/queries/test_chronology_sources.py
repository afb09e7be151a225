"""The merged chronology is built from a list of sources, one small function per kind; a
line's user texts are redacted as the fields they come from."""

from __future__ import annotations

from datetime import date

import pytest

from monitor_app.documents.redaction import redact_case_file
from monitor_app.queries import casefile
from monitor_app.queries.casefile import Chronicle, load_case_file

TODAY = date(2019, 6, 1)


@pytest.fixture
def case_id(store) -> str:
    with store.write() as w:
        victim = w.create("people", name="Асхат Нурланов", pseudonym="Client C")
        case = w.create("cases", reference="KZ-CHRON", title="Chronology",
                        primary_victim_id=victim, opened_on=date(2018, 1, 5))
        complaint = w.create("complaints", case_id=case, body="complaint_body.prosecutor")
        w.create("complaint_steps", complaint_id=complaint,
                 stage="complaint_stage.complaint_filed", occurred_on="2018-02-01",
                 outcome="Нурланову ответили отказом", notes="Асхат узнал об этом от адвоката")
    return case


def test_a_new_kind_adds_its_lines_through_one_function(store, case_id, monkeypatch) -> None:
    def custody(c: Chronicle) -> None:
        key = c.add("2018-01", "Arrest", "custody", "arrest-1", detail="Held overnight")
        c.add(None, "Registered", "custody", "arrest-1", after=key + (1,))
        c.add(None, "never shown: undated and follows nothing", "custody", "x")

    monkeypatch.setattr(casefile, "CHRONOLOGY_SOURCES", [*casefile.CHRONOLOGY_SOURCES, custody])
    with store.read() as s:
        cf = load_case_file(s, case_id, "en", today=TODAY)
    lines = [(e.kind, e.what) for e in cf.chronology]
    # "January 2018" sorts at its first day, before the case opened on the 5th
    assert lines[:3] == [("custody", "Arrest"), ("custody", "Registered"),
                         ("case", "Case opened")]
    assert cf.chronology[0].detail == "Held overnight" and cf.chronology[1].when is None
    assert all("never shown" not in what for _, what in lines)


def test_a_lines_outcome_and_notes_are_redacted_like_the_steps(store, case_id) -> None:
    with store.read() as s:
        cf = load_case_file(s, case_id, "ru", today=TODAY)
    (step,) = [e for e in cf.chronology if e.kind == "complaint_step"]
    assert step.detail == "Нурланову ответили отказом"
    assert step.note == "Асхат узнал об этом от адвоката"
    pseudonymous = redact_case_file(cf, "pseudonymous")
    (step,) = [e for e in pseudonymous.chronology if e.kind == "complaint_step"]
    assert step.detail == "Client C ответили отказом"
    assert step.note == "Client C узнал об этом от адвоката"
    public = redact_case_file(cf, "public")
    (step,) = [e for e in public.chronology if e.kind == "complaint_step"]
    assert step.detail == "Client C ответили отказом" and step.note == ""
