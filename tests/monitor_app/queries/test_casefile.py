"""load_case_file / load_visit_file gather a case or a visit as plain frozen data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from monitor_app.dates import ApproxDate
from monitor_app.queries.casefile import CaseFileNotFound, load_case_file, load_visit_file
from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402


@pytest.fixture
def built(store):
    return F.build(store)


def test_case_file_gathers_everything(store, built):
    with store.read() as s:
        cf = load_case_file(s, built.case_id, "ru", today=F.TODAY)
    assert cf.case.reference == "KZ-2023-017"
    assert cf.case.facility.startswith("ЕЦ-166/4")
    # people: victim first, each once, with roles in Russian
    names = [cf.persons[p].name for p in cf.people]
    assert names[0] == F.VICTIM
    assert set(names) == {F.VICTIM, F.MOTHER, F.LAWYER, F.OFFICER}
    victim = cf.persons[built.people["victim"]]
    assert "Пострадавший" in victim.roles
    assert victim.birth_date == ApproxDate(1990, 5, 17)
    assert victim.consent_share_lawyer and not victim.consent_publish
    lawyer = cf.persons[built.people["lawyer"]]
    assert set(lawyer.role_codes) == {"person_role.lawyer", "person_role.complainant"}
    assert cf.persons[built.people["officer"]].is_official
    # the monitor is known (team of the visit) but not one of the case's people
    assert built.people["monitor"] in cf.persons
    assert built.people["monitor"] not in cf.people
    (a,) = cf.allegations
    assert a.methods and a.purposes and a.victims == (built.people["victim"],)
    assert a.perpetrators[0].person_id == built.people["officer"]
    assert a.medical_exams[0].istanbul_code == "istanbul_protocol.no"
    assert a.date_from == ApproxDate(2022, 12)
    (c,) = cf.complaints
    assert c.body == "Прокуратура" and len(c.timeline.steps) == 3
    (r,) = cf.reprisals
    assert r.provoked_by[0][0] == "visit" and "ЕЦ-166/4" in r.provoked_by[0][1]
    (v,) = cf.visits
    assert v.id == built.visit_id
    assert v.interviewed == ((built.people["victim"], True),)
    assert [e.file_name for e in cf.evidence] == ["ivanov_back.png", "complaint.pdf",
                                                   "cell.png"]
    photo = cf.evidence[0]
    assert photo.is_image and photo.load is not None
    assert photo.load().startswith(b"\x89PNG")
    assert len(photo.sha256) == 64
    assert cf.history and cf.history_total >= len(cf.history)


def test_case_file_is_frozen_plain_data(store, built):
    with store.read() as s:
        cf = load_case_file(s, built.case_id, "en", today=F.TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cf.case.title = "x"  # type: ignore[misc]
    for value in dataclasses.asdict(cf.case).values():
        assert value is None or isinstance(value, (str, date, int))


def test_chronology_is_sorted_and_marks_late_steps(store, built):
    with store.read() as s:
        cf = load_case_file(s, built.case_id, "en", today=F.TODAY)
    dates = [e.when.earliest() for e in cf.chronology]
    assert dates == sorted(dates)
    kinds = {e.kind for e in cf.chronology}
    assert {"allegation", "medical_exam", "visit", "complaint_step", "reprisal", "case",
            "evidence"} <= kinds
    late = [e for e in cf.chronology if e.late]
    assert len(late) == 2 and all("days late" in e.what for e in late)


def test_unknown_case_raises(store):
    with store.read() as s, pytest.raises(CaseFileNotFound):
        load_case_file(s, "no-such-id", "en")


def test_empty_case(store, built):
    with store.read() as s:
        cf = load_case_file(s, built.empty_case_id, "en")
    assert cf.people == () and cf.allegations == () and cf.complaints == ()
    assert cf.evidence == () and cf.visits == () and cf.reprisals == ()


def test_visit_file_with_follow_up(store, built):
    with store.read() as s:
        first = load_visit_file(s, built.visit_id, "kk")
        second = load_visit_file(s, built.visit2_id, "kk")
    assert first.place.startswith("ЕЦ-166/4")
    assert first.obstructions and first.findings and first.interviews
    assert first.team == ((built.people["monitor"], True),)
    assert first.access_severity >= 1
    assert [a.summary for a in first.allegations] == ["Избиение в ШИЗО"]
    assert first.previous_visit_date is None and first.follow_up == ()
    # the second visit reports what became of the first visit's recommendation
    (fu,) = second.follow_up
    assert fu.status_code == "recommendation_status.partly_implemented"
    assert fu.follow_up_notes == "Проверка начата."
    assert second.previous_visit_date == first.start.day
    assert len(second.recommendations) == 1


def test_unknown_visit_raises(store):
    with store.read() as s, pytest.raises(CaseFileNotFound):
        load_visit_file(s, "nope", "en")
