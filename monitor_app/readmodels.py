"""Plain-data reads for the editors and the case view; run on the db lane via ``ctx.read``.

No Qt here. Every function takes a session (never commits) and returns dataclasses or
tuples, never live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import (
    Allegation,
    AllegationPerson,
    Case,
    CasePerson,
    Complaint,
    ComplaintStep,
    Evidence,
    Facility,
    Finding,
    HistoryEntry,
    Interview,
    MedicalExam,
    Obstruction,
    Person,
    Recommendation,
    RecommendationFollowUp,
    Reprisal,
    ReprisalResponse,
    Visit,
    VisitTeamMember,
    allegation_methods,
)
from monitor_app.labels import approx_text, facility_label, label_of, person_label
from monitor_app.vocabulary import Vocab

Choice = tuple[str, str]


def choices(session: Session, vocab: Vocab, kind: str, lang: str = "en",
            **where: Any) -> list[Choice]:
    """(label, id) of the live records of a kind, for a picker; ``where`` filters columns."""
    from monitor_app.records import MODELS

    model = MODELS[kind]
    stmt = select(model).where(model.deleted.is_(False))
    for column, value in where.items():
        stmt = stmt.where(getattr(model, column) == value)
    out = []
    for obj in session.scalars(stmt):
        label = label_of(session, vocab, kind, obj, lang)
        if kind == "people" and obj.pseudonym and obj.name:
            label = f"{obj.name} ({obj.pseudonym})"
        out.append((label, obj.id))
    out.sort(key=lambda c: c[0].casefold())
    return out


# -- case view ----------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    id: str
    cells: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    what: str  # "Allegation · Beating in IVS"
    action: str
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)


@dataclass(frozen=True)
class CaseViewData:
    case: dict[str, Any]
    victim: str
    status: str
    status_closed: bool
    risk: str
    risk_rank: int
    facility: str
    first_complaint: date | None
    people: tuple[Row, ...]
    allegations: tuple[Row, ...]
    timelines: tuple[Any, ...]
    steps: tuple[Row, ...]
    complaints: tuple[Row, ...]
    reprisals: tuple[Row, ...]
    visits: tuple[Row, ...]
    evidence: tuple[Row, ...]
    history: tuple[HistoryRow, ...]


def _d(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def _human_size(size: int) -> str:
    units = ("B", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


def evidence_rows(session: Session, vocab: Vocab, lang: str, **where: Any) -> list[Row]:
    stmt = select(Evidence).where(Evidence.deleted.is_(False))
    for column, value in where.items():
        stmt = stmt.where(getattr(Evidence, column) == value)
    rows = []
    for e in session.scalars(stmt.order_by(Evidence.created_at)):
        rows.append(Row(e.id, (e.file_name, vocab.label(e.kind, lang), _d(e.created_at),
                               _human_size(e.size), e.sha256),
                        {"description": e.description, "media_type": e.media_type,
                         "stripped": e.metadata_stripped}))
    return rows


def _history_rows(session: Session, vocab: Vocab, lang: str,
                  targets: dict[tuple[str, str], str]) -> list[HistoryRow]:
    if not targets:
        return []
    ids = {rid for _, rid in targets}
    out = []
    for h in session.scalars(select(HistoryEntry).where(HistoryEntry.record_id.in_(ids))
                             .order_by(HistoryEntry.at, HistoryEntry.id)):
        what = targets.get((h.record_kind, h.record_id))
        if what is None:
            continue
        changes = []
        for name, pair in sorted((h.changes or {}).items()):
            if name in _HIDDEN_HISTORY_FIELDS or name.endswith("_id"):
                continue  # links and bookkeeping: the "What" column already says which
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            changes.append((name, _history_value(vocab, lang, old),
                            _history_value(vocab, lang, new)))
        out.append(HistoryRow(h.at, h.actor, what, h.action, tuple(changes)))
    return out


_HIDDEN_HISTORY_FIELDS = frozenset({"deleted", "original_metadata", "media_type"})


def _history_value(vocab: Vocab, lang: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(_history_value(vocab, lang, v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str) and "." in value and vocab.get(value) is not None:
        return vocab.label(value, lang)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


KIND_WORDS = {
    "cases": "Case", "case_people": "Person in case", "allegations": "Allegation",
    "complaints": "Complaint", "complaint_steps": "Complaint step", "reprisals": "Reprisal",
    "reprisal_responses": "Response to reprisal", "evidence": "Evidence",
    "allegation_people": "Person in allegation", "medical_exams": "Medical examination",
}


def load_case_view(session: Session, vocab: Vocab, case_id: str, lang: str = "en",
                   today: date | None = None) -> CaseViewData:
    """Everything the case view shows, in one read."""
    from monitor_app import records
    from monitor_app.timeline import complaint_timelines

    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise records.RecordNotFound(f"no case {case_id}")
    v = vocab.label
    victim = session.get(Person, case.primary_victim_id) if case.primary_victim_id else None
    victim_text = ""
    if victim is not None:
        victim_text = victim.pseudonym or victim.name or victim.code
    facility = session.get(Facility, case.facility_id) if case.facility_id else None

    targets: dict[tuple[str, str], str] = {("cases", case.id): case.reference or case.title}

    people = []
    for cp, person in session.execute(
            select(CasePerson, Person).join(Person, Person.id == CasePerson.person_id)
            .where(CasePerson.case_id == case_id, CasePerson.deleted.is_(False))
            .order_by(CasePerson.created_at)):
        people.append(Row(cp.id, (person_label(person), person.pseudonym,
                                  v(cp.role, lang), v(person.category, lang),
                                  v(person.risk_level, lang)),
                          {"person_id": person.id}))
        targets[("case_people", cp.id)] = person_label(person)

    allegations = []
    allegation_ids = []
    for a in session.scalars(select(Allegation).where(
            Allegation.case_id == case_id, Allegation.deleted.is_(False))
            .order_by(Allegation.date_from, Allegation.created_at)):
        methods = [v(c, lang) for (c,) in session.execute(
            select(allegation_methods.c.term_code)
            .where(allegation_methods.c.allegation_id == a.id))]
        place = facility_label(session.get(Facility, a.facility_id)) if a.facility_id else ""
        allegations.append(Row(a.id, (approx_text(a.date_from, lang), a.summary or v(a.kind, lang),
                                      v(a.kind, lang), ", ".join(methods), place,
                                      v(a.verification, lang))))
        allegation_ids.append(a.id)
        targets[("allegations", a.id)] = a.summary or v(a.kind, lang)
    # deleted ones stay in the history ("who deleted what and when")
    for a in session.scalars(select(Allegation).where(
            Allegation.case_id == case_id, Allegation.deleted.is_(True))):
        targets[("allegations", a.id)] = a.summary or v(a.kind, lang)
    if allegation_ids:
        for ap in session.scalars(select(AllegationPerson).where(
                AllegationPerson.allegation_id.in_(allegation_ids))):
            targets[("allegation_people", ap.id)] = ap.role
        for exam in session.scalars(select(MedicalExam).where(
                MedicalExam.allegation_id.in_(allegation_ids))):
            targets[("medical_exams", exam.id)] = v(exam.kind, lang) or KIND_WORDS["medical_exams"]

    timelines = complaint_timelines(session, case_id, today=today, vocab=vocab)
    complaints = []
    steps = []
    for t in timelines:
        complaint_label = " · ".join(p for p in (v(t.body, lang), t.subject) if p)
        complaints.append(Row(t.complaint_id, (complaint_label, _d(t.filed_on),
                                               v(t.current_stage, lang), str(t.total_days))))
        targets[("complaints", t.complaint_id)] = complaint_label
        for s in t.steps:
            steps.append(Row(s.step_id, (
                _d(s.start), v(s.stage, lang), v(s.body, lang), s.reference_no,
                _d(s.answer_due), _d(s.answered_on), str(s.days_in_stage),
                str(s.days_late) if s.days_late else "", s.outcome),
                {"complaint_id": t.complaint_id, "late": s.days_late > 0, "overdue": s.overdue,
                 "complaint": complaint_label}))
            targets[("complaint_steps", s.step_id)] = \
                f"{v(s.stage, lang)} · {_d(s.start)}"
    first_complaint = min((t.start for t in timelines if t.start), default=None)

    reprisals = []
    reprisal_ids = []
    for r in session.scalars(select(Reprisal).where(
            Reprisal.case_id == case_id, Reprisal.deleted.is_(False))
            .order_by(Reprisal.occurred_on)):
        target = person_label(session.get(Person, r.target_id)) if r.target_id else ""
        responses = session.scalars(select(ReprisalResponse).where(
            ReprisalResponse.reprisal_id == r.id, ReprisalResponse.deleted.is_(False))).all()
        reprisals.append(Row(r.id, (approx_text(r.occurred_on, lang), v(r.kind, lang), target,
                                    v(r.risk_level, lang),
                                    ", ".join(v(x.kind, lang) for x in responses)),
                             {"risk_rank": vocab.attr(r.risk_level, "rank", 0)}))
        reprisal_ids.append(r.id)
        targets[("reprisals", r.id)] = v(r.kind, lang)
        for x in responses:
            targets[("reprisal_responses", x.id)] = v(x.kind, lang)

    for r in session.scalars(select(Reprisal).where(
            Reprisal.case_id == case_id, Reprisal.deleted.is_(True))):
        targets[("reprisals", r.id)] = v(r.kind, lang)

    # visits connected to the case: where its allegations were heard, its reprisals
    # happened, or its people were interviewed
    person_ids = [r.extra["person_id"] for r in people]
    visit_ids = set(session.scalars(select(Allegation.visit_id).where(
        Allegation.case_id == case_id, Allegation.visit_id.is_not(None),
        Allegation.deleted.is_(False))))
    visit_ids |= set(session.scalars(select(Reprisal.visit_id).where(
        Reprisal.case_id == case_id, Reprisal.visit_id.is_not(None))))
    if person_ids:
        visit_ids |= set(session.scalars(select(Interview.visit_id).where(
            Interview.person_id.in_(person_ids), Interview.deleted.is_(False))))
    visits = []
    for visit in session.scalars(select(Visit).where(
            Visit.id.in_(visit_ids), Visit.deleted.is_(False)).order_by(Visit.started_at)):
        visits.append(Row(visit.id, (_d(visit.started_at),
                                     facility_label(session.get(Facility, visit.facility_id)),
                                     v(visit.body, lang), v(visit.visit_type, lang),
                                     v(visit.access_outcome, lang))))

    evidence = evidence_rows(session, vocab, lang, case_id=case_id)
    for row in evidence:
        targets[("evidence", row.id)] = row.cells[0]

    history = _history_rows(session, vocab, lang, targets)
    history.sort(key=lambda h: h.at, reverse=True)

    return CaseViewData(
        case=records.get(session, "cases", case_id), victim=victim_text,
        status=v(case.status, lang), status_closed=bool(vocab.attr(case.status, "closed", False)),
        risk=v(case.risk_level, lang), risk_rank=int(vocab.attr(case.risk_level, "rank", 0) or 0),
        facility=facility_label(facility), first_complaint=first_complaint,
        people=tuple(people), allegations=tuple(allegations), timelines=tuple(timelines),
        steps=tuple(steps), complaints=tuple(complaints), reprisals=tuple(reprisals),
        visits=tuple(visits), evidence=tuple(evidence), history=tuple(history),
    )


# -- an allegation's victims, perpetrators and medical evidence ---------------------------

@dataclass(frozen=True)
class LinkedPerson:
    """A person linked to an allegation (``allegation_people``), with what identifies them."""

    id: str  # the link's id
    person_id: str
    name: str  # name, else pseudonym, else code
    pseudonym: str
    role: str  # "victim" | "perpetrator" | "witness"
    agency: str  # the person's agency, else the link's kind of perpetrator (labels)
    unit: str
    position: str
    rank: str
    involvement: str  # label


@dataclass(frozen=True)
class ExamRow:
    id: str
    kind: str  # labels and display text from here on
    exam_date: str
    examiner: str
    istanbul_protocol: str
    findings: str


@dataclass(frozen=True)
class AllegationParts:
    people: tuple[LinkedPerson, ...]
    exams: tuple[ExamRow, ...]


_ROLE_ORDER = {"victim": 0, "perpetrator": 1, "witness": 2}


def allegation_parts(session: Session, vocab: Vocab, allegation_id: str,
                     lang: str = "en") -> AllegationParts:
    """The live people linked to an allegation (victims first) and its medical exams."""
    v = vocab.label
    people = []
    for ap, person in session.execute(
            select(AllegationPerson, Person).join(Person, Person.id == AllegationPerson.person_id)
            .where(AllegationPerson.allegation_id == allegation_id,
                   AllegationPerson.deleted.is_(False))
            .order_by(AllegationPerson.created_at, AllegationPerson.id)):
        people.append(LinkedPerson(
            ap.id, person.id, person_label(person), person.pseudonym or "", ap.role,
            v(person.agency, lang) if person.agency else v(ap.perpetrator_kind, lang),
            person.unit or "", person.position or "", person.rank or "",
            v(ap.involvement, lang)))
    people.sort(key=lambda p: _ROLE_ORDER.get(p.role, 9))
    exams = []
    for e in session.scalars(select(MedicalExam).where(
            MedicalExam.allegation_id == allegation_id, MedicalExam.deleted.is_(False))
            .order_by(MedicalExam.exam_date, MedicalExam.created_at)):
        exams.append(ExamRow(e.id, v(e.kind, lang), approx_text(e.exam_date, lang),
                             e.examiner or "", v(e.istanbul_protocol, lang), e.findings or ""))
    return AllegationParts(tuple(people), tuple(exams))


# -- visits ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PriorRecommendation:
    id: str
    area: str | None
    text: str
    addressee: str
    visit_label: str
    status: str | None  # latest known status (follow-up or original)
    followup_id: str | None  # this visit's follow-up row, when there is one
    followup_notes: str


@dataclass(frozen=True)
class VisitExtras:
    team: tuple[str, ...]
    obstructions: dict[str, tuple[str, str]]  # kind -> (obstruction id, details)
    findings: dict[str, tuple[str, str]]  # area -> (finding id, text)
    interviews: tuple[Row, ...]
    allegations: tuple[Row, ...]
    prior: tuple[PriorRecommendation, ...]
    recommendations: tuple[Row, ...]


def prior_recommendations(session: Session, vocab: Vocab, facility_id: str,
                          visit_id: str | None, before: datetime | None,
                          lang: str = "en") -> list[PriorRecommendation]:
    """Recommendations made on the previous visit to the same place, with their status."""
    stmt = select(Visit).where(Visit.facility_id == facility_id, Visit.deleted.is_(False))
    if visit_id:
        stmt = stmt.where(Visit.id != visit_id)
    if before is not None:
        stmt = stmt.where(or_(Visit.started_at < before, Visit.started_at.is_(None)))
    previous = session.scalars(stmt.order_by(Visit.started_at.desc())).first()
    if previous is None:
        return []
    label = label_of(session, vocab, "visits", previous, lang)
    out = []
    recs = list(session.scalars(select(Recommendation).where(
        Recommendation.visit_id == previous.id, Recommendation.deleted.is_(False))
        .order_by(Recommendation.created_at)))
    # earlier recommendations carried on the previous visit also travel forward
    carried_ids = list(session.scalars(select(RecommendationFollowUp.recommendation_id).where(
        RecommendationFollowUp.visit_id == previous.id,
        RecommendationFollowUp.deleted.is_(False))))
    if carried_ids:
        recs += list(session.scalars(select(Recommendation).where(
            Recommendation.id.in_(carried_ids), Recommendation.deleted.is_(False))))
    seen = set()
    for rec in recs:
        if rec.id in seen:
            continue
        seen.add(rec.id)
        followups = list(session.scalars(select(RecommendationFollowUp).where(
            RecommendationFollowUp.recommendation_id == rec.id,
            RecommendationFollowUp.deleted.is_(False)).order_by(
            RecommendationFollowUp.created_at)))
        mine = next((f for f in followups if visit_id and f.visit_id == visit_id), None)
        latest = [f for f in followups if f is not mine]
        status = latest[-1].status if latest else rec.status
        if mine is None and vocab.attr(status, "closed", False):
            continue  # implemented or withdrawn: nothing left to follow
        out.append(PriorRecommendation(
            rec.id, rec.area, rec.text, rec.addressee,
            label, mine.status if mine else status, mine.id if mine else None,
            mine.notes if mine else ""))
    return out


def load_visit_extras(session: Session, vocab: Vocab, visit_id: str | None,
                      facility_id: str | None, started_at: datetime | None,
                      lang: str = "en") -> VisitExtras:
    v = vocab.label
    team: tuple[str, ...] = ()
    obstructions: dict[str, tuple[str, str]] = {}
    findings: dict[str, tuple[str, str]] = {}
    interviews: list[Row] = []
    allegations: list[Row] = []
    recommendations: list[Row] = []
    if visit_id:
        team = tuple(session.scalars(select(VisitTeamMember.person_id).where(
            VisitTeamMember.visit_id == visit_id, VisitTeamMember.deleted.is_(False))))
        for o in session.scalars(select(Obstruction).where(
                Obstruction.visit_id == visit_id, Obstruction.deleted.is_(False))):
            if o.kind:
                obstructions[o.kind] = (o.id, o.details)
        for f in session.scalars(select(Finding).where(
                Finding.visit_id == visit_id, Finding.deleted.is_(False))):
            if f.area:
                findings[f.area] = (f.id, f.text)
        for i, person in session.execute(select(Interview, Person).join(
                Person, Person.id == Interview.person_id).where(
                Interview.visit_id == visit_id, Interview.deleted.is_(False))
                .order_by(Interview.created_at)):
            interviews.append(Row(i.id, (person_label(person), v(person.category, lang),
                                         "✓" if i.private else "", i.notes)))
        for a in session.scalars(select(Allegation).where(
                Allegation.visit_id == visit_id, Allegation.deleted.is_(False))):
            allegations.append(Row(a.id, (a.summary or v(a.kind, lang), v(a.kind, lang),
                                          approx_text(a.date_from, lang))))
        for r in session.scalars(select(Recommendation).where(
                Recommendation.visit_id == visit_id, Recommendation.deleted.is_(False))
                .order_by(Recommendation.created_at)):
            recommendations.append(Row(r.id, (v(r.area, lang), r.text, r.addressee,
                                              v(r.status, lang))))
    prior: list[PriorRecommendation] = []
    if facility_id:
        prior = prior_recommendations(session, vocab, facility_id, visit_id, started_at, lang)
    return VisitExtras(team, obstructions, findings, tuple(interviews), tuple(allegations),
                       tuple(prior), tuple(recommendations))


def team_members(session: Session, visit_id: str) -> list[VisitTeamMember]:
    return list(session.scalars(select(VisitTeamMember).where(
        VisitTeamMember.visit_id == visit_id, VisitTeamMember.deleted.is_(False))))


def complaint_step_defaults(session: Session, complaint_id: str) -> dict[str, Any]:
    """What a new step of a complaint starts with: the complaint's body."""
    complaint = session.get(Complaint, complaint_id)
    last = session.scalars(select(ComplaintStep).where(
        ComplaintStep.complaint_id == complaint_id, ComplaintStep.deleted.is_(False))
        .order_by(ComplaintStep.occurred_on.desc())).first()
    body = (last.body if last and last.body else None) or (complaint.body if complaint else None)
    return {"body": body}
