"""Plain-data reads for the editors and the case view; run on the db lane via ``ctx.read``.

No Qt here. Every function takes a session (never commits) and returns dataclasses or
tuples, never live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Allegation,
    AllegationPerson,
    Complaint,
    ComplaintStep,
    Evidence,
    Finding,
    Interview,
    MedicalExam,
    Obstruction,
    Person,
    Recommendation,
    RecommendationFollowUp,
    VisitTeamMember,
)
from monitor_app import schema
from monitor_app.dates import ApproxDate, Moment, format_day, format_moment
from monitor_app.exchange import file_of_source
from monitor_app.labels import approx_text, label_of, person_label
from monitor_app.queries import timeline
from monitor_app.queries import visits as visit_queries
from monitor_app.queries.casefile import (
    EVIDENCE_ORDER,
    CaseFileNotFound,
    CaseInfo,
    case_evidence,
    load_case_file,
)
from monitor_app.queries.casefile import HistoryRow as FileHistoryRow
from monitor_app.queries.people import group_note, with_group_note
from monitor_app.vocabulary import Vocab

# -- case view ----------------------------------------------------------------------------
#
# The case view is a projection of the dossier's read model (monitor_app.queries.casefile): what
# belongs to a case, how late an answer is and how a person is named are decided there.

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
    sender: str = ""  # a change merged from an exchange file: who sent it ("" when local)
    bundle: str = ""  # and which file (its bundle id)
    kind: str = ""  # the changed record's kind: names the fields of changes (ui.field_names)


@dataclass(frozen=True)
class CaseViewData:
    case: CaseInfo
    victim: str
    status: str
    status_closed: bool
    risk: str
    risk_rank: int
    facility: str
    first_complaint: ApproxDate | None
    people: tuple[Row, ...]
    allegations: tuple[Row, ...]
    timelines: tuple[Any, ...]
    steps: tuple[Row, ...]
    complaints: tuple[Row, ...]
    reprisals: tuple[Row, ...]
    visits: tuple[Row, ...]
    evidence: tuple[Row, ...]
    history: tuple[HistoryRow, ...]  # newest first
    status_history: tuple[Any, ...] = ()  # queries.case_status.StatusChange, oldest first


def _d(value: date | datetime | ApproxDate | None, lang: str) -> str:
    """A day, or a moment (day and time) for a datetime, as every screen writes it; an
    approximate date at its precision ("January 2018", "before March 2012")."""
    if value is None:
        return ""
    if isinstance(value, ApproxDate):
        return value.format(lang)
    if isinstance(value, datetime):
        return format_moment(value, lang)
    return format_day(value, lang)


def _step_when(value: ApproxDate | None, lang: str) -> str:
    """A step's date at its precision, or that it is unknown (in the screen's language)."""
    if value is not None:
        return value.format(lang)
    from monitor_app.documents.strings import text

    return text(lang, "date_unknown")


def _span(value: Any) -> str:
    return "" if value is None else str(value)


def _approx(value: ApproxDate | None, lang: str) -> str:
    return value.format(lang) if value is not None else ""


def _human_size(size: int) -> str:
    units = ("B", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


def _evidence_row(evidence_id: str, file_name: str, kind: str, added: datetime | None,
                  size: int, sha256: str, description: str, media_type: str,
                  stripped: bool, lang: str) -> Row:
    return Row(evidence_id, (file_name, kind, _d(added, lang), _human_size(size), sha256),
               {"description": description, "media_type": media_type, "stripped": stripped})


def evidence_rows(session: Session, vocab: Vocab, lang: str, **where: Any) -> list[Row]:
    """The live evidence linked to a record (``case_id=``, ``visit_id=``...), as added.

    A case's evidence is what :func:`monitor_app.queries.casefile.case_evidence` says: also the
    files of its allegations and reprisals."""
    stmt = select(Evidence).where(Evidence.deleted.is_(False))
    for column, value in where.items():
        if column == "case_id":
            stmt = stmt.where(case_evidence(value))
        else:
            stmt = stmt.where(getattr(Evidence, column) == value)
    return [_evidence_row(e.id, e.file_name, vocab.label(e.kind, lang), e.created_at, e.size,
                          e.sha256, e.description, e.media_type, e.metadata_stripped, lang)
            for e in session.scalars(stmt.order_by(*EVIDENCE_ORDER))]


_HIDDEN_HISTORY_FIELDS = frozenset({"deleted", "original_metadata", "media_type"})


def _history_value(vocab: Vocab, lang: str, value: Any, kind: str = "", name: str = "") -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(_history_value(vocab, lang, v) for v in value)
    if isinstance(value, str) and (day := _stored_date(kind, name, value, lang)):
        return day
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str) and "." in value and vocab.get(value) is not None:
        return vocab.label(value, lang)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _stored_date(kind: str, name: str, value: str, lang: str) -> str:
    """A date field's stored text ("2024-03-05", "2011-12") written as screens write dates;
    "" when the field holds no date or the text does not read as one."""
    try:
        ftype = schema.kind(kind).fields[name].type
        if ftype == "date":
            return format_day(date.fromisoformat(value[:10]), lang)
        if ftype == "datetime":
            return format_moment(datetime.fromisoformat(value), lang)
        if ftype == "approx":
            return ApproxDate.from_iso(value).format(lang)
    except (KeyError, ValueError):
        pass
    return ""


def _history_row(vocab: Vocab, lang: str, h: FileHistoryRow) -> HistoryRow:
    changes = tuple(
        (name, _history_value(vocab, lang, old, h.record_kind, name),
         _history_value(vocab, lang, new, h.record_kind, name))
        for name, old, new in h.changes
        # links and bookkeeping: the "What" column already says which
        if name not in _HIDDEN_HISTORY_FIELDS and not name.endswith("_id"))
    bundle, sender = file_of_source(h.source) or ("", "")
    return HistoryRow(h.at, h.actor, h.label, h.action, changes, sender, bundle, h.record_kind)


def load_case_view(session: Session, vocab: Vocab, case_id: str, lang: str = "en",
                   today: date | None = None) -> CaseViewData:
    """Everything the case view shows, in one read: the rows of the case's file
    (:func:`monitor_app.queries.casefile.load_case_file`) with its whole history."""
    from monitor_app import records

    try:
        cf = load_case_file(session, case_id, lang, today, history_limit=None, vocab=vocab)
    except CaseFileNotFound as exc:
        raise records.RecordNotFound(f"no case {case_id}") from exc
    v = vocab.label
    info = cf.case

    def name(person_id: str | None) -> str:
        person = cf.person(person_id)
        return person.display_name if person else ""

    people = []
    for link in cf.case_people:
        p = cf.persons[link.person_id]
        people.append(Row(link.id, (with_group_note(p.display_name, p.group_note), p.pseudonym,
                                    link.role, ", ".join(p.categories) or p.category, p.risk),
                          {"person_id": p.id}))

    allegations = [Row(a.id, (_approx(a.date_from, lang), a.summary or a.kind, a.kind,
                              ", ".join(a.methods), a.facility, a.verification))
                   for a in cf.allegations]

    timelines = tuple(c.timeline for c in cf.complaints)
    complaints = []
    steps = []
    for t in timelines:
        complaint_label = " · ".join(p for p in (v(t.body, lang), t.subject) if p)
        complaints.append(Row(t.complaint_id, (complaint_label, _d(t.filed_on, lang),
                                               v(t.current_stage, lang), _span(t.total_days))))
        for s in t.steps:
            steps.append(Row(s.step_id, (
                _step_when(s.when, lang), v(s.stage, lang), v(s.body, lang), s.reference_no,
                _d(s.answer_due, lang), _d(s.answer, lang), _span(s.days_in_stage),
                _span(s.late_days), s.outcome),
                {"complaint_id": t.complaint_id, "late": s.days_late > 0, "overdue": s.overdue,
                 "possibly_late": s.lateness == "possibly_late", "undated": s.undated,
                 "complaint": complaint_label}))
    first_complaint = min((t.start for t in timelines if t.start), default=None)

    reprisals = _reprisal_rows(cf, vocab, lang, name)
    # the day, as the Visits list and the dossier give it; the case's people there, and how
    from monitor_app.documents.strings import text

    visits = [Row(x.id, (x.start.day.format(lang) if x.start.day else "", x.place, x.body,
                         x.visit_type, x.access,
                         "; ".join(f"{name(pid)} ({text(lang, 'present_' + how)})"
                                   for pid, how in x.present if name(pid))))
              for x in cf.visits]
    evidence = [_evidence_row(e.id, e.file_name, e.kind, e.added, e.size, e.sha256,
                              e.description, e.media_type, e.metadata_stripped, lang)
                for e in cf.evidence]
    history = [_history_row(vocab, lang, h) for h in reversed(cf.history)]

    return CaseViewData(
        case=info, victim=name(info.primary_victim_id), status=info.status,
        status_closed=bool(vocab.attr(info.status_code, "closed", False)), risk=info.risk,
        risk_rank=int(vocab.attr(info.risk_code, "rank", 0) or 0), facility=info.facility,
        first_complaint=first_complaint, people=tuple(people), allegations=tuple(allegations),
        timelines=timelines, steps=tuple(steps), complaints=tuple(complaints),
        reprisals=tuple(reprisals), visits=tuple(visits), evidence=tuple(evidence),
        history=tuple(history), status_history=cf.status_history,
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
            ap.id, person.id, with_group_note(person_label(person), group_note(
                lang, bool(person.is_group), person.group_size)), person.pseudonym or "", ap.role,
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
                          visit_id: str | None, begun: Moment | None,
                          lang: str = "en") -> list[PriorRecommendation]:
    """Recommendations made on the previous visit to the same place (the one
    :func:`monitor_app.queries.visits.previous_visit` names), with their status."""
    previous = visit_queries.previous_visit(session, facility_id, visit_id, begun)
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
                      facility_id: str | None, begun: Moment | None,
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
                                         "" if i.private is None else "✓" if i.private else "✗",
                                         i.notes)))
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
        prior = prior_recommendations(session, vocab, facility_id, visit_id, begun, lang)
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
        .order_by(*(c.desc() for c in timeline.step_order()))).first()
    body = (last.body if last and last.body else None) or (complaint.body if complaint else None)
    return {"body": body}


def _reprisal_rows(cf: Any, vocab: Vocab, lang: str, name: Any) -> list[Row]:
    """The case's reprisals in their chains: an event that follows another is listed under
    it, marked "↳" once per step down; "Against" says whom the pressure is aimed at too
    ("brother → sister")."""
    from monitor_app.queries.reprisal_chains import in_chains

    rows = []
    for c in in_chains(cf.reprisals):
        r = c.reprisal
        kind = ("\u2003" * (c.depth - 1) + "\u21b3 " + r.kind) if c.depth else r.kind
        against = " \u2192 ".join(x for x in (name(r.target_id), name(r.aimed_at_id)) if x)
        rows.append(Row(r.id, (_approx(r.occurred_on, lang), kind, against, r.risk,
                               ", ".join(x.kind for x in r.responses)),
                        {"risk_rank": vocab.attr(r.risk_code, "rank", 0), "depth": c.depth,
                         "follows_id": c.follows.id if c.follows else None}))
    return rows
