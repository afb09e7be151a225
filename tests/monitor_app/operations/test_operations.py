"""Domain operations: one transaction each, all or nothing, and an Outcome naming every
record and case they touched."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from db.models import (
    CasePerson,
    ComplaintStep,
    Finding,
    HistoryEntry,
    Interview,
    Obstruction,
    Person,
    Recommendation,
    RecommendationFollowUp,
    Visit,
    VisitTeamMember,
)
from monitor_app import operations
from monitor_app import records as store_records
from monitor_app.operations import affected_cases, visits
from monitor_app.records import Change, RecordNotFound, ValidationError
from monitor_app.store import Store
from tests.builders import build_everything


def _write(store: Store, fn: Any) -> Any:
    with store.write() as w:
        return fn(w)


@pytest.fixture
def place(store: Store) -> dict[str, str]:
    """A place, an earlier visit with an open recommendation, two monitors, a detainee."""
    def fill(w: Any) -> dict[str, str]:
        ids = {"facility": w.create("facilities", designation="SI-12", name="Pre-trial")}
        ids["earlier"] = w.create("visits", facility_id=ids["facility"],
                                  started_on="2023-05-02", started_time="10:00")
        ids["rec"] = w.create("recommendations", visit_id=ids["earlier"],
                              facility_id=ids["facility"], text="Hire a doctor",
                              status="recommendation_status.open")
        ids["m1"] = w.create("people", name="Monitor One")
        ids["m2"] = w.create("people", name="Monitor Two")
        ids["detainee"] = w.create("people", pseudonym="D-4")
        return ids
    return _write(store, fill)


def _full_visit(place: dict[str, str], **overrides: Any) -> visits.VisitData:
    data = visits.VisitData(
        fields={"facility_id": place["facility"], "started_on": "2024-03-05",
                "started_time": "10:30", "body": "monitoring_body.npm"},
        team=[place["m1"], place["m2"]],
        interviews=[visits.InterviewData(place["detainee"], private=True, notes="cell 4")],
        obstructions={"obstruction.staff_present": "deputy head sat in"},
        findings={"finding_area.health_care": "No doctor since January",
                  "finding_area.material_conditions": "Bread and tea only"},
        followups=[visits.FollowUp(place["rec"], "recommendation_status.not_implemented")],
        new_recommendations=[visits.NewRecommendation("Allow private interviews",
                                                      "finding_area.treatment")],
    )
    for name, value in overrides.items():
        setattr(data, name, value)
    return data


def _count(store: Store, model: Any) -> int:
    with store.read() as s:
        return len(s.scalars(select(model).where(model.deleted.is_(False))).all())


# -- visits ----------------------------------------------------------------------------

def test_a_new_visit_with_all_its_parts_in_one_go(store: Store,
                                                  place: dict[str, str]) -> None:
    with store.write() as w:
        outcome = visits.save_visit(w, _full_visit(place))
        whole = w.change
    visit_id = outcome.record_id
    assert visit_id is not None
    with store.read() as s:
        visit = s.get(Visit, visit_id)
        assert (visit.started_on, visit.started_time) == ("2024-03-05", "10:30")
        team = s.scalars(select(VisitTeamMember).order_by(VisitTeamMember.created_at)).all()
        assert [(m.person_id, m.is_lead) for m in team] == [(place["m1"], True),
                                                             (place["m2"], False)]
        assert s.scalars(select(Interview)).one().notes == "cell 4"
        assert {f.area for f in s.scalars(select(Finding))} == {
            "finding_area.health_care", "finding_area.material_conditions"}
        followup = s.scalars(select(RecommendationFollowUp)).one()
        assert (followup.visit_id, followup.status) == (
            visit_id, "recommendation_status.not_implemented")
        new = s.scalars(select(Recommendation).where(Recommendation.visit_id == visit_id)).one()
        # addressed to the visited place, open until a later visit says otherwise
        assert (new.facility_id, new.status) == (place["facility"],
                                                 "recommendation_status.open")
        written = {(h.record_kind, h.record_id) for h in s.scalars(select(HistoryEntry))}
    # the outcome names every record written, and nothing else
    assert outcome.created == whole.created
    assert {k for k, _ in outcome.created} == {
        "visits", "visit_team", "interviews", "obstructions", "findings",
        "recommendation_followups", "recommendations"}
    assert len(outcome.created) == 1 + 2 + 1 + 1 + 2 + 1 + 1
    assert outcome.created <= written
    assert not outcome.updated and not outcome.deleted
    assert outcome.cases == set()  # no case heard anything on this visit


def test_a_visit_whose_third_finding_is_invalid_writes_nothing(
        store: Store, place: dict[str, str]) -> None:
    data = _full_visit(place, findings={"finding_area.health_care": "No doctor",
                                        "finding_area.material_conditions": "Bread only",
                                        "finding_area.no_such_area": "?"})
    with pytest.raises(ValidationError) as caught, store.write() as w:
        visits.save_visit(w, data)
    # the error names the part to correct
    assert list(caught.value.errors) == ["findings[finding_area.no_such_area].area"]
    assert _count(store, Visit) == 1  # the earlier visit only
    for model in (VisitTeamMember, Interview, Obstruction, Finding, RecommendationFollowUp):
        assert _count(store, model) == 0, model
    assert _count(store, Recommendation) == 1


def test_a_failed_save_leaves_an_existing_visit_as_it_was(store: Store,
                                                          place: dict[str, str]) -> None:
    visit_id = _write(store, lambda w: visits.save_visit(w, _full_visit(place)).record_id)
    bad = visits.VisitData(visit_id=visit_id, fields={"population": 300},
                           team=[place["m1"]], findings={"finding_area.material_conditions": ""},
                           new_recommendations=[visits.NewRecommendation("")])
    with pytest.raises(ValidationError) as caught, store.write() as w:
        visits.save_visit(w, bad)
    assert "new_recommendations[0].text" in caught.value.errors
    with store.read() as s:
        assert s.get(Visit, visit_id).population is None
        assert s.get(Visit, visit_id).revision == 1
    assert _count(store, VisitTeamMember) == 2
    assert _count(store, Finding) == 2


def test_saving_a_visit_again_changes_only_what_differs(store: Store,
                                                        place: dict[str, str]) -> None:
    first = _write(store, lambda w: visits.save_visit(w, _full_visit(place)))
    visit_id = first.record_id
    with store.read() as s:
        obstruction = s.scalars(select(Obstruction)).one().id
        conditions = s.scalars(select(Finding).where(
            Finding.area == "finding_area.material_conditions")).one().id
        health = s.scalars(select(Finding).where(
            Finding.area == "finding_area.health_care")).one().id
        m2 = s.scalars(select(VisitTeamMember).where(
            VisitTeamMember.person_id == place["m2"])).one().id
        followup = s.scalars(select(RecommendationFollowUp)).one().id

    other = _write(store, lambda w: w.create("obstructions", visit_id=visit_id,
                                             kind="obstruction.other", details="kept"))

    # the same form saved twice writes nothing the second time
    again = _full_visit(place, visit_id=visit_id, fields={}, new_recommendations=())
    nothing = _write(store, lambda w: visits.save_visit(w, again))
    assert not nothing and nothing.record_id == visit_id

    change = visits.VisitData(
        visit_id=visit_id, fields={"population": 412},
        team=[place["m1"]],                                    # m2 left the team
        obstructions={"obstruction.staff_present": "only at the start",
                      "obstruction.documents_withheld": None},  # not there: nothing to do
        findings={"finding_area.material_conditions": ""},     # health care left alone
        followups=[visits.FollowUp(place["rec"], "recommendation_status.partly_implemented",
                                   "a nurse twice a week")])
    outcome = _write(store, lambda w: visits.save_visit(w, change))
    assert outcome.updated == {("visits", visit_id), ("obstructions", obstruction),
                               ("recommendation_followups", followup)}
    assert outcome.deleted == {("visit_team", m2), ("findings", conditions)}
    assert not outcome.created
    with store.read() as s:
        assert s.get(Finding, health).deleted is False
        assert s.get(Obstruction, obstruction).details == "only at the start"
        assert s.get(Obstruction, other).deleted is False  # a kind not named is left alone
        assert s.get(RecommendationFollowUp, followup).notes == "a nurse twice a week"

    # unticking the obstruction removes it
    gone = _write(store, lambda w: visits.save_visit(w, visits.VisitData(
        visit_id=visit_id, obstructions={"obstruction.staff_present": None})))
    assert gone.deleted == {("obstructions", obstruction)}


def test_a_team_added_later_gets_no_second_lead(store: Store, place: dict[str, str]) -> None:
    visit_id = _write(store, lambda w: visits.save_visit(w, _full_visit(place, team=[]))
                      ).record_id
    _write(store, lambda w: visits.save_visit(w, visits.VisitData(
        visit_id=visit_id, team=[place["m2"], place["m1"]])))
    _write(store, lambda w: visits.save_visit(w, visits.VisitData(
        visit_id=visit_id, team=[place["detainee"], place["m2"], place["m1"]])))
    with store.read() as s:
        leads = {m.person_id: m.is_lead for m in s.scalars(select(VisitTeamMember))}
    assert leads == {place["m2"]: True, place["m1"]: False, place["detainee"]: False}


def test_interviews_follow_the_list(store: Store, place: dict[str, str]) -> None:
    visit_id = _write(store, lambda w: visits.save_visit(w, _full_visit(place))).record_id
    outcome = _write(store, lambda w: visits.save_visit(w, visits.VisitData(
        visit_id=visit_id, interviews=[visits.InterviewData(place["m1"], private=False)])))
    assert {k for k, _ in outcome.created} == {"interviews"}
    assert {k for k, _ in outcome.deleted} == {"interviews"}
    added = _write(store, lambda w: visits.add_interview(w, visit_id, place["detainee"],
                                                         notes="again"))
    assert added.created == {("interviews", added.record_id)}
    assert _count(store, Interview) == 2


# -- complaints ------------------------------------------------------------------------

def test_a_new_complaint_starts_with_its_filing(store: Store) -> None:
    case_id = _write(store, lambda w: w.create("cases", reference="C-1", title="One"))
    outcome = _write(store, lambda w: operations.complaints.new_complaint(w, {
        "case_id": case_id, "body": "complaint_body.prosecutor", "filed_on": "2024-02-01",
        "subject": "Beating", "reference_no": "ЖТ-1/24"}))
    with store.read() as s:
        step = s.scalars(select(ComplaintStep)).one()
        assert (step.complaint_id, step.stage, step.body, step.occurred_on,
                step.reference_no) == (outcome.record_id, "complaint_stage.complaint_filed",
                                       "complaint_body.prosecutor", "2024-02-01",  # a whole day
                                       "ЖТ-1/24")
        assert step.answer_due == date(2024, 2, 22)  # the prosecutor's usual 21 days
        step_id = step.id
    assert outcome.created == {("complaints", outcome.record_id), ("complaint_steps", step_id)}
    assert outcome.cases == {case_id}

    # not filed yet: no step
    later = _write(store, lambda w: operations.complaints.new_complaint(w, {
        "case_id": case_id, "body": "complaint_body.ombudsman", "reference_no": ""}))
    assert later.created == {("complaints", later.record_id)}


def test_a_complaint_that_cannot_be_written_leaves_no_step(store: Store) -> None:
    with pytest.raises(ValidationError), store.write() as w:
        operations.complaints.new_complaint(w, {
            "case_id": "no-such-case", "filed_on": "2024-02-01", "reference_no": "1"})
    assert _count(store, ComplaintStep) == 0


# -- people in a case and in an allegation ------------------------------------------------

def test_add_people_to_a_case(store: Store) -> None:
    case_id = _write(store, lambda w: w.create("cases", reference="C-2", title="Two"))
    person = _write(store, lambda w: w.create("people", name="Aidos K."))
    outcome = _write(store, lambda w: operations.cases.add_person(
        w, case_id, "person_role.victim", person))
    assert outcome.created == {("case_people", outcome.record_id)}
    assert outcome.cases == {case_id}
    with pytest.raises(ValidationError, match="already in the case"):
        _write(store, lambda w: operations.cases.add_person(w, case_id, "person_role.victim",
                                                            person))
    # in another role he may be
    _write(store, lambda w: operations.cases.add_person(w, case_id, "person_role.witness",
                                                        person))
    # a person created on the fly comes with the link, in one transaction
    new = _write(store, lambda w: operations.cases.add_person(
        w, case_id, "person_role.lawyer", new_person={"name": "Lawyer L."}))
    assert {k for k, _ in new.created} == {"people", "case_people"}
    assert _count(store, CasePerson) == 3


def test_a_person_created_for_a_missing_case_is_not_kept(store: Store) -> None:
    with pytest.raises(ValidationError) as caught, store.write() as w:
        operations.cases.add_person(w, "no-such-case", "person_role.victim",
                                    new_person={"name": "Nobody"})
    assert "case_id" in caught.value.errors
    assert _count(store, Person) == 0
    with pytest.raises(ValidationError) as caught, store.write() as w:
        operations.cases.add_person(w, "no-such-case", "person_role.victim",
                                    new_person={"category": "person_category.nonsense"})
    assert list(caught.value.errors) == ["person.category"]


def test_link_victims_and_perpetrators(store: Store) -> None:
    ids = build_everything(store)
    allegation = ids["allegations"]
    outcome = _write(store, lambda w: operations.allegations.link_person(
        w, allegation, "perpetrator", new_person={"pseudonym": "Masked officer",
                                                  "identified": False},
        perpetrator_kind="perpetrator_kind.special_forces",
        involvement="involvement.direct"))
    assert {k for k, _ in outcome.created} == {"people", "allegation_people"}
    assert outcome.cases == {ids["cases"]}
    with pytest.raises(ValidationError, match="already linked"):
        _write(store, lambda w: operations.allegations.link_person(
            w, allegation, "perpetrator", ids["official"]))
    with pytest.raises(ValidationError) as caught:
        _write(store, lambda w: operations.allegations.link_person(
            w, allegation, "victim", ids["people"], involvement="involvement.direct"))
    assert list(caught.value.errors) == ["involvement"]
    with pytest.raises(ValidationError):
        _write(store, lambda w: operations.allegations.link_person(
            w, allegation, "bystander", ids["people"]))
    victim = _write(store, lambda w: operations.allegations.link_person(
        w, allegation, "victim", ids["people"]))
    with store.read() as s:
        assert store_records.get(s, "allegation_people", victim.record_id)["role"] == "victim"


# -- evidence ----------------------------------------------------------------------------

def test_attach_a_file_to_an_allegation(store: Store) -> None:
    ids = build_everything(store)
    outcome = _write(store, lambda w: operations.evidence.attach_file(
        w, b"RIFF....WAVE", file_name="account.wav", allegation_id=ids["allegations"]))
    assert outcome.created == {("evidence", outcome.record_id)}
    # the file belongs to the case through its allegation
    assert outcome.cases == {ids["cases"]}
    with store.read() as s:
        stored = store_records.get(s, "evidence", outcome.record_id)
    assert stored["kind"] == "evidence_kind.audio"
    assert stored["sha256"]


def test_kind_is_guessed_from_the_name() -> None:
    guess = operations.evidence.guess_kind
    assert guess("scan.pdf") == "evidence_kind.document"
    assert guess("IMG_1.JPG") == "evidence_kind.photo"


# -- generic saves -------------------------------------------------------------------------

def test_save_creates_and_updates(store: Store) -> None:
    made = _write(store, lambda w: operations.records.save(
        w, "cases", None, {"reference": "C-3", "title": "Three"}))
    assert made.created == {("cases", made.record_id)} and made.cases == {made.record_id}
    changed = _write(store, lambda w: operations.records.save(
        w, "cases", made.record_id, {"title": "Three, renamed"}))
    assert changed.updated == {("cases", made.record_id)}
    with pytest.raises(RecordNotFound):
        _write(store, lambda w: operations.records.save(w, "cases", "nope", {"title": "x"}))


def test_a_save_over_a_newer_version_is_refused(store: Store) -> None:
    from monitor_app.records import StaleRecord

    case_id = _write(store, lambda w: w.create("cases", reference="C-4", title="Four"))
    with store.read() as s:
        seen = store_records.get(s, "cases", case_id)["version"]
    _write(store, lambda w: operations.records.save(w, "cases", case_id, {"title": "Four!"},
                                                    expected_revision=seen))
    with pytest.raises(StaleRecord):  # the same copy saved again: it is stale now
        _write(store, lambda w: operations.records.save(w, "cases", case_id, {"notes": "x"},
                                                        expected_revision=seen))
    with store.read() as s:
        case = store_records.get(s, "cases", case_id)
    assert (case["title"], case["notes"]) == ("Four!", "")
    # no expected version: the caller takes the record as it is now
    _write(store, lambda w: operations.records.save(w, "cases", case_id, {"notes": "y"}))


def test_moving_an_allegation_names_both_cases(store: Store) -> None:
    ids = build_everything(store)
    other = _write(store, lambda w: w.create("cases", reference="C-5", title="Other"))
    outcome = _write(store, lambda w: operations.records.save(
        w, "allegations", ids["allegations"], {"case_id": other}))
    assert outcome.cases == {ids["cases"], other}


def test_delete_and_restore(store: Store) -> None:
    ids = build_everything(store)
    gone = _write(store, lambda w: operations.records.delete(w, "medical_exams",
                                                             ids["medical_exams"]))
    assert gone.deleted == {("medical_exams", ids["medical_exams"])}
    assert gone.cases == {ids["cases"]}  # a deleted part still changes its case
    back = _write(store, lambda w: operations.records.restore(w, "medical_exams",
                                                              ids["medical_exams"]))
    assert back.created == {("medical_exams", ids["medical_exams"])}
    assert back.cases == {ids["cases"]}


def test_a_term_of_ones_own(store: Store) -> None:
    outcome = _write(store, lambda w: operations.vocabulary.add_term(
        w, "method", en="Forced to squat for hours"))
    tag = store.identity.tag.lower()
    assert outcome.record_id == f"method.user_{tag}_forced_to_squat_for_hours"
    assert {k for k, _ in outcome.created} == {"vocab_terms"}


def test_an_operation_in_a_larger_transaction_reports_its_own_records(store: Store) -> None:
    with store.write() as w:
        case_id = w.create("cases", reference="C-6", title="Six")
        person = operations.records.save(w, "people", None, {"name": "P."})
        link = operations.cases.add_person(w, case_id, "person_role.victim", person.record_id)
        assert person.created == {("people", person.record_id)}
        assert link.created == {("case_people", link.record_id)}
        assert len(w.change.created) == 3
        # a record written earlier in the transaction and again by an operation is its too
        w.update("cases", case_id, title="Six (1)")
        again = operations.records.save(w, "cases", case_id, {"title": "Six (2)"})
        assert again.updated == {("cases", case_id)} and not again.created
        # a restored record is reported; restoring a live one does nothing
        operations.records.delete(w, "people", person.record_id)
        assert operations.records.restore(w, "people", person.record_id).created == {
            ("people", person.record_id)}
        assert not operations.records.restore(w, "people", person.record_id)


# -- which cases a change affects ------------------------------------------------------

def test_every_part_of_a_case_is_traced_to_it(store: Store) -> None:
    ids = build_everything(store)
    case = {ids["cases"]}
    part_of_case = ["cases", "case_people", "allegations", "allegation_people",
                    "medical_exams", "complaints", "complaint_steps", "reprisals",
                    "reprisal_responses", "evidence", "people", "official", "visits",
                    "visit_team", "interviews", "facilities", "monitor"]
    with store.read() as s:
        for key in part_of_case:
            kind = "people" if key in ("official", "monitor") else key
            assert affected_cases(s, Change(updated={(kind, ids[key])})) == case, key
        # what no case shows
        for kind in ("obstructions", "findings", "recommendations"):
            assert affected_cases(s, Change(updated={(kind, ids[kind])})) == set(), kind


def test_a_visit_is_in_a_case_through_an_interviewed_person(store: Store,
                                                            place: dict[str, str]) -> None:
    case_id = _write(store, lambda w: w.create("cases", reference="C-7", title="Seven"))
    _write(store, lambda w: operations.cases.add_person(w, case_id, "person_role.victim",
                                                        place["detainee"]))
    outcome = _write(store, lambda w: visits.save_visit(w, _full_visit(place)))
    assert outcome.cases == {case_id}
