"""What an operation did: the records it touched, its main record and the cases affected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, or_, select, union
from sqlalchemy.orm import Session

from db.models import (
    Allegation,
    AllegationPerson,
    Case,
    CasePerson,
    CaseStatusChange,
    Complaint,
    ComplaintStep,
    Custody,
    Evidence,
    Interview,
    MedicalExam,
    Proceeding,
    ProceedingDefendant,
    Reprisal,
    ReprisalResponse,
    Visit,
    VisitTeamMember,
)
from monitor_app.records import MODELS, Change, Writer


@dataclass
class Outcome(Change):
    """The :class:`Change` one operation made, with the id of the record it was about
    (the new one when it created it) and the ids of the cases whose view or dossier it
    affects (a person renamed affects every case the person is in)."""

    record_id: str | None = None
    cases: set[str] = field(default_factory=set)


class Recording:
    """A :class:`Writer` that notes what goes through it: an operation writes through one,
    so it reports exactly its own records even inside a larger transaction (an import),
    at no cost per record already written.

    Anything else (``session``, ``store``...) is the writer's own.
    """

    def __init__(self, writer: Writer | Recording) -> None:
        self.writer = writer
        self.made = Change()
        self._cases_before: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.writer, name)

    def create(self, kind: str, /, **values: Any) -> str:
        record_id = self.writer.create(kind, **values)
        self.made.created.add((kind, record_id))
        return record_id

    def update(self, kind: str, record_id: str, /, **values: Any) -> bool:
        changed = self.writer.update(kind, record_id, **values)
        if changed:
            self.made.updated.add((kind, record_id))
        return changed

    def delete(self, kind: str, record_id: str) -> None:
        self.writer.delete(kind, record_id)
        self.made.deleted.add((kind, record_id))

    def restore(self, kind: str, record_id: str) -> None:
        obj = self.session.get(MODELS[kind], record_id) if kind in MODELS else None
        was_deleted = obj is not None and obj.deleted
        self.writer.restore(kind, record_id)
        if was_deleted:  # the Writer counts a restored record as created again
            self.made.created.add((kind, record_id))

    def add_evidence(self, source: Any, **values: Any) -> str:
        record_id = self.writer.add_evidence(source, **values)
        self.made.created.add(("evidence", record_id))
        return record_id

    def note_cases_before(self, pairs: Iterable[tuple[str, str]]) -> None:
        """The cases these records belong to *before* the change (a record moved from one
        case to another affects both)."""
        pairs = set(pairs)
        if pairs:
            self._cases_before |= affected_cases(self.session, Change(updated=pairs))

    def outcome(self, record_id: str | None = None) -> Outcome:
        """What went through so far, with the cases it affects."""
        m = self.made
        out = Outcome(created=set(m.created), updated=set(m.updated), deleted=set(m.deleted),
                      record_id=record_id)
        out.cases = affected_cases(self.session, out) | self._cases_before
        return out


# -- which cases a change affects -------------------------------------------------------

def _reprisal_cases(reprisal_ids: Any) -> list[Select[Any]]:
    """A reprisal belongs to its case and to the case of its allegation or complaint."""
    return [
        select(Reprisal.case_id).where(Reprisal.id.in_(reprisal_ids)),
        select(Allegation.case_id).where(Allegation.id.in_(
            select(Reprisal.allegation_id).where(Reprisal.id.in_(reprisal_ids)))),
        select(Complaint.case_id).where(Complaint.id.in_(
            select(Reprisal.complaint_id).where(Reprisal.id.in_(reprisal_ids)))),
    ]


def _person_cases(person_ids: Any) -> list[Select[Any]]:
    """A person shows in the cases they are linked to, and in those of the visits whose
    team they were on (live links only: a removed link is its own record in the change)."""
    live_reprisals = select(Reprisal.id).where(or_(Reprisal.target_id.in_(person_ids),
                                                   Reprisal.aimed_at_id.in_(person_ids)),
                                               Reprisal.deleted.is_(False))
    team_visits = select(VisitTeamMember.visit_id).where(
        VisitTeamMember.person_id.in_(person_ids), VisitTeamMember.deleted.is_(False))
    return [
        select(CasePerson.case_id).where(CasePerson.person_id.in_(person_ids),
                                         CasePerson.deleted.is_(False)),
        select(Case.id).where(Case.primary_victim_id.in_(person_ids)),
        select(Allegation.case_id).where(Allegation.id.in_(
            select(AllegationPerson.allegation_id).where(
                AllegationPerson.person_id.in_(person_ids),
                AllegationPerson.deleted.is_(False)))),
        select(Complaint.case_id).where(Complaint.complainant_id.in_(person_ids),
                                        Complaint.deleted.is_(False)),
        *_reprisal_cases(live_reprisals),
        *_visit_cases(team_visits),
        select(Proceeding.case_id).where(Proceeding.id.in_(select(
            ProceedingDefendant.proceeding_id).where(ProceedingDefendant.person_id.in_(
                person_ids), ProceedingDefendant.deleted.is_(False)))),
    ]


def _visit_cases(visit_ids: Any) -> list[Select[Any]]:
    """A visit shows in a case when an allegation of the case was heard on it, a reprisal
    of the case followed it, or a person of the case was interviewed on it."""
    interviewed = select(Interview.person_id).where(Interview.visit_id.in_(visit_ids),
                                                    Interview.deleted.is_(False))
    return [
        select(Allegation.case_id).where(Allegation.visit_id.in_(visit_ids),
                                         Allegation.deleted.is_(False)),
        *_reprisal_cases(select(Reprisal.id).where(Reprisal.visit_id.in_(visit_ids),
                                                   Reprisal.deleted.is_(False))),
        select(CasePerson.case_id).where(CasePerson.person_id.in_(interviewed),
                                         CasePerson.deleted.is_(False)),
    ]


def _allegation_cases(condition: Any) -> Select[Any]:
    return select(Allegation.case_id).where(condition)


def _case_queries(kind: str, ids: list[str]) -> list[Select[Any]]:
    """Queries of the case ids a record of ``kind`` belongs to (its parents are followed
    even when deleted: deleting a part of a case changes that case)."""
    if kind == "cases":
        return [select(Case.id).where(Case.id.in_(ids))]
    if kind == "case_people":
        return [select(CasePerson.case_id).where(CasePerson.id.in_(ids))]
    if kind == "case_status_changes":
        return [select(CaseStatusChange.case_id).where(CaseStatusChange.id.in_(ids))]
    if kind == "allegations":
        return [_allegation_cases(Allegation.id.in_(ids))]
    if kind == "allegation_people":
        return [_allegation_cases(Allegation.id.in_(
            select(AllegationPerson.allegation_id).where(AllegationPerson.id.in_(ids))))]
    if kind == "medical_exams":
        return [_allegation_cases(Allegation.id.in_(
            select(MedicalExam.allegation_id).where(MedicalExam.id.in_(ids))))]
    if kind == "complaints":
        return [select(Complaint.case_id).where(Complaint.id.in_(ids))]
    if kind == "complaint_steps":
        return [select(Complaint.case_id).where(Complaint.id.in_(
            select(ComplaintStep.complaint_id).where(ComplaintStep.id.in_(ids))))]
    if kind == "reprisals":
        return _reprisal_cases(ids)
    if kind == "reprisal_responses":
        return _reprisal_cases(select(ReprisalResponse.reprisal_id).where(
            ReprisalResponse.id.in_(ids)))
    if kind == "evidence":
        return [
            select(Evidence.case_id).where(Evidence.id.in_(ids)),
            _allegation_cases(Allegation.id.in_(
                select(Evidence.allegation_id).where(Evidence.id.in_(ids)))),
            *_reprisal_cases(select(Evidence.reprisal_id).where(Evidence.id.in_(ids))),
        ]
    if kind == "custody_records":
        return [select(Custody.case_id).where(Custody.id.in_(ids))]
    if kind == "proceedings":
        return [select(Proceeding.case_id).where(Proceeding.id.in_(ids))]
    if kind == "proceeding_defendants":
        return [select(Proceeding.case_id).where(Proceeding.id.in_(
            select(ProceedingDefendant.proceeding_id).where(ProceedingDefendant.id.in_(ids))))]
    if kind == "people":
        return _person_cases(ids)
    if kind == "interviews":
        # an interview shows in the cases of the person interviewed
        return [select(CasePerson.case_id).where(
            CasePerson.person_id.in_(select(Interview.person_id).where(Interview.id.in_(ids))),
            CasePerson.deleted.is_(False))]
    if kind == "visits":
        return _visit_cases(ids)
    if kind == "visit_team":
        # the team is printed with each visit of a case
        return _visit_cases(select(VisitTeamMember.visit_id).where(
            VisitTeamMember.id.in_(ids)))
    if kind == "facilities":
        return [
            select(Case.id).where(Case.facility_id.in_(ids)),
            select(Allegation.case_id).where(Allegation.facility_id.in_(ids),
                                             Allegation.deleted.is_(False)),
            *_visit_cases(select(Visit.id).where(Visit.facility_id.in_(ids),
                                                 Visit.deleted.is_(False))),
            *_reprisal_cases(select(Reprisal.id).where(  # a transfer's destination
                Reprisal.destination_facility_id.in_(ids), Reprisal.deleted.is_(False))),
        ]
    # obstructions, findings, recommendations and their follow-ups, vocabulary terms:
    # nothing of a case shows them
    return []


def affected_cases(session: Session, change: Change) -> set[str]:
    """The ids of the cases whose view or dossier shows something ``change`` touched.

    Run it inside the transaction that made the change (records created in it are seen).
    """
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in change.created | change.updated | change.deleted:
        by_kind.setdefault(kind, []).append(record_id)
    queries = [q for kind, ids in by_kind.items() for q in _case_queries(kind, sorted(ids))]
    if not queries:
        return set()
    # one statement: a person's or a place's cases are a dozen small lookups
    stmt = queries[0] if len(queries) == 1 else union(*queries)
    return {c for c in session.scalars(stmt) if c}
