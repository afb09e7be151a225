"""Everything a dossier or the case view shows, gathered in one read as plain frozen data.

:func:`load_case_file` is the one read model of a case: the dossier prints it and the case
view (``monitor_app.queries.readmodels.load_case_view``) is a projection of it. What belongs to a
case is decided here only: its reprisals (:func:`case_reprisals`), its evidence
(:func:`case_evidence`), the visits that concern it and the records whose history it shows.

:func:`load_case_file` and :func:`load_visit_file` take an open session and return frozen
dataclasses (never ORM objects), with vocabulary terms already turned into labels in the
requested language. People are kept once, in :attr:`CaseFile.persons`, and referred to by id
everywhere else, so that redaction (``monitor_app.documents.redaction``) can replace a name in one
place; :func:`display_name` is how a person is named, on screen and on an unredacted page.
Evidence bytes are not loaded: :attr:`EvidenceInfo.load` reads them on demand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
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
    StoreMeta,
    Visit,
    VisitTeamMember,
    allegation_methods,
    allegation_purposes,
)
from monitor_app import records
from monitor_app.dates import ApproxDate, Moment, stored_approx
from monitor_app.labels import facility_label, person_name
from monitor_app.queries import case_status
from monitor_app.queries import people as people_queries
from monitor_app.queries import visits as visit_queries
from monitor_app.queries.custody import CustodyInfo, load_custody
from monitor_app.queries.proceedings import ProceedingInfo, defendant_ids, load_proceedings
from monitor_app.queries.timeline import ComplaintTimeline, complaint_timelines, step_order
from monitor_app.store import option_key
from monitor_app.vocabulary import Vocab

__all__ = [
    "AllegationInfo",
    "CaseFile",
    "CaseInfo",
    "CasePersonLink",
    "CHRONOLOGY_SOURCES",
    "Chronicle",
    "ChronologyEntry",
    "ComplaintInfo",
    "CustodyInfo",
    "EvidenceInfo",
    "HistoryRow",
    "MedicalExamInfo",
    "PerpetratorInfo",
    "PersonInfo",
    "ProceedingInfo",
    "RecommendationInfo",
    "ReprisalInfo",
    "VisitFile",
    "VisitSeen",
    "case_evidence",
    "case_reprisals",
    "display_name",
    "load_case_file",
    "load_visit_file",
]

EVIDENCE_ORDER = (Evidence.created_at, Evidence.file_name)  # as added
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp"})
VICTIM_ROLE = "person_role.victim"  # the role the case's own victim has among its people
HISTORY_KINDS = ("cases", "case_people", "allegations", "allegation_people", "medical_exams",
                 "complaints", "complaint_steps", "reprisals", "reprisal_responses", "evidence")
_LINK_ROLES = {"victim": VICTIM_ROLE, "perpetrator": "person_role.alleged_perpetrator",
               "witness": "person_role.witness"}


class CaseFileNotFound(LookupError):
    """No live case (or visit) with that id."""


# -- plain data ------------------------------------------------------------------------------

def display_name(name: str | None, pseudonym: str | None, code: str | None,
                 fallback: str = "") -> str:
    """How a person is named on screen and in an unredacted dossier: the name, else the
    pseudonym, else the code. Redacted dossiers name people in
    ``monitor_app.documents.redaction``."""
    return person_name({"name": name, "pseudonym": pseudonym, "code": code}, fallback)


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    pseudonym: str
    code: str
    roles: tuple[str, ...] = ()  # labels, in the file's language
    role_codes: tuple[str, ...] = ()
    category: str = ""
    category_code: str | None = None
    gender: str = ""
    birth_date: ApproxDate | None = None
    contact: str = ""
    address: str = ""
    risk: str = ""
    risk_code: str | None = None
    agency: str = ""
    unit: str = ""
    position: str = ""
    rank: str = ""
    identified: bool = True
    consent_record: bool = False
    consent_share_lawyer: bool = False
    consent_publish: bool = False
    consent_un: bool = False
    notes: str = ""
    in_case: bool = False  # linked to the case (not only met on a visit)
    aliases: tuple[str, ...] = ()  # other spellings and aliases, one per line in the store
    # every category, main first (labels; codes): a relative who is also the lawyer
    categories: tuple[str, ...] = ()
    category_codes: tuple[str, ...] = ()
    # a group of unidentified people as one record: the name describes it ("masked OMON
    # officers"); group_size None: number unknown; group_note says so in the file's language
    is_group: bool = False
    group_size: int | None = None
    group_note: str = ""

    @property
    def is_official(self) -> bool:
        return (self.category_code == "person_category.official" or bool(self.agency)
                or "person_category.official" in self.category_codes
                or "person_role.alleged_perpetrator" in self.role_codes)

    @property
    def display_name(self) -> str:
        """See :func:`display_name` (a person with none of them: the start of the id)."""
        return display_name(self.name, self.pseudonym, self.code, self.id[:8])

    @property
    def official_details(self) -> str:
        return ", ".join(p for p in (self.agency, self.unit, self.position, self.rank) if p)


@dataclass(frozen=True)
class CasePersonLink:
    """A person linked to the case with a role (a ``case_people`` row, or the case's victim)."""

    id: str  # the link's id; "" for the victim named on the case without a link
    person_id: str
    role: str = ""  # label
    role_code: str | None = None


@dataclass(frozen=True)
class CaseInfo:
    id: str
    reference: str
    title: str
    status: str = ""
    status_code: str | None = None
    summary: str = ""
    region: str = ""
    facility: str = ""
    facility_id: str | None = None
    opened_on: date | None = None
    closed_on: date | None = None
    risk: str = ""
    risk_code: str | None = None
    notes: str = ""
    primary_victim_id: str | None = None


@dataclass(frozen=True)
class PerpetratorInfo:
    person_id: str
    kind: str = ""
    involvement: str = ""


@dataclass(frozen=True)
class MedicalExamInfo:
    id: str
    kind: str = ""
    exam_date: ApproxDate | None = None
    examiner: str = ""
    istanbul_protocol: str = ""
    istanbul_code: str | None = None
    findings: str = ""


@dataclass(frozen=True)
class AllegationInfo:
    id: str
    kind: str = ""
    summary: str = ""
    narrative: str = ""
    date_from: ApproxDate | None = None
    date_to: ApproxDate | None = None
    location_kind: str = ""
    place: str = ""
    facility: str = ""
    methods: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    victims: tuple[str, ...] = ()  # person ids
    witnesses: tuple[str, ...] = ()
    perpetrators: tuple[PerpetratorInfo, ...] = ()
    injuries: str = ""
    medical_exams: tuple[MedicalExamInfo, ...] = ()
    legal_qualification: str = ""
    source: str = ""
    verification: str = ""
    visit_id: str | None = None


@dataclass(frozen=True)
class ComplaintInfo:
    timeline: ComplaintTimeline
    body: str = ""  # label
    subject: str = ""
    complainant_id: str | None = None
    allegation_id: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReprisalResponseInfo:
    kind: str = ""
    taken_on: ApproxDate | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReprisalInfo:
    id: str
    kind: str = ""
    occurred_on: ApproxDate | None = None
    target_id: str | None = None
    target_role: str = ""
    perpetrator: str = ""
    description: str = ""
    risk: str = ""
    risk_code: str | None = None
    # what provoked it: ("visit" | "complaint" | "allegation", a short description)
    provoked_by: tuple[tuple[str, str], ...] = ()
    responses: tuple[ReprisalResponseInfo, ...] = ()
    # chains and their ends (monitor_app.queries.reprisal_chains orders them)
    follows_id: str | None = None
    outcome: str = ""  # label
    outcome_code: str | None = None
    sentence: str = ""
    aimed_at_id: str | None = None  # the person the pressure is aimed at
    destination: str = ""  # a transfer's place of detention, as labelled
    destination_facility_id: str | None = None
    # a counter-charge: the step it also is, and the complaint it answers
    complaint_step_id: str | None = None
    complaint_body: str = ""  # label
    complaint_filed_on: ApproxDate | None = None


@dataclass(frozen=True)
class VisitSeen:
    """A visit that heard the case's allegations, met its people or provoked its reprisals."""

    id: str
    start: Moment = Moment()  # when the visit began, at its recorded precision
    place: str = ""
    body: str = ""
    visit_type: str = ""
    interviewed: tuple[tuple[str, bool | None], ...] = ()  # (person id, private or None)
    team: tuple[str, ...] = ()  # person ids
    allegations: tuple[str, ...] = ()  # summaries of the case's allegations heard there
    summary: str = ""
    access: str = ""  # label of the access outcome
    reprisals: tuple[str, ...] = ()  # ids of the case's reprisals the visit provoked
    # the case's people who were there, each with how: "interviewed" | "team"
    present: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EvidenceInfo:
    id: str
    file_name: str
    kind: str = ""
    media_type: str = ""
    size: int = 0
    added: datetime | None = None
    added_by: str = ""
    captured_on: ApproxDate | None = None
    sha256: str = ""
    description: str = ""
    sensitive: bool = False
    metadata_stripped: bool = False
    load: Callable[[], bytes] | None = field(default=None, compare=False, repr=False)

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


@dataclass(frozen=True)
class ChronologyEntry:
    """One line of the merged chronology. ``what`` is the app's own words (labels, in the
    file's language); ``detail`` and ``note`` are the user's (a description, an outcome; a
    step's notes), printed under it and redacted like the fields they come from (notes are
    left out of public files); ``people`` are whom the line concerns, with how (a label),
    named by the dossier so that redaction names them as everywhere else."""

    when: ApproxDate | None  # None: an undated item, kept after its predecessor and marked
    what: str
    kind: str  # allegation | medical_exam | complaint_step | complaint_answer |
    # reprisal | reprisal_response | visit | evidence | case (and the kinds of other sources)
    record_id: str
    late: bool = False
    detail: str = ""
    note: str = ""
    people: tuple[tuple[str, str], ...] = ()  # (person id, how: a label, may be "")


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    action: str  # create | update | delete | restore | merge
    record_kind: str
    record_id: str
    fields: tuple[str, ...] = ()
    source: str = ""
    label: str = ""  # which record, in words ("Beaten on arrival"); may name people
    changes: tuple[tuple[str, Any, Any], ...] = ()  # (field, old, new) as stored


@dataclass(frozen=True)
class CaseFile:
    lang: str
    today: date
    case: CaseInfo
    persons: dict[str, PersonInfo]  # everyone referred to anywhere in the file, by id
    people: tuple[str, ...]  # ids of the case's people, victim first
    case_people: tuple[CasePersonLink, ...] = ()  # the case's links to people, with roles
    allegations: tuple[AllegationInfo, ...] = ()
    complaints: tuple[ComplaintInfo, ...] = ()
    reprisals: tuple[ReprisalInfo, ...] = ()
    visits: tuple[VisitSeen, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    chronology: tuple[ChronologyEntry, ...] = ()
    history: tuple[HistoryRow, ...] = ()  # oldest first; the newest ``history_limit``
    history_total: int = 0
    term_labels: dict[str, str] = field(default_factory=dict)  # stage/body codes -> labels
    organisation: str = ""
    custody: tuple[CustodyInfo, ...] = ()  # arrests and custody (monitor_app.queries.custody)
    # every change of the case's status, oldest entry first (monitor_app.queries.case_status)
    status_history: tuple[case_status.StatusChange, ...] = ()
    proceedings: tuple[ProceedingInfo, ...] = ()  # trials, appeals..., with their defendants

    def person(self, person_id: str | None) -> PersonInfo | None:
        return self.persons.get(person_id) if person_id else None


@dataclass(frozen=True)
class RecommendationInfo:
    id: str
    area: str = ""
    text: str = ""
    status: str = ""
    status_code: str | None = None
    addressee: str = ""
    visit_date: ApproxDate | None = None  # the day of the visit that made it
    follow_up_notes: str = ""


@dataclass(frozen=True)
class VisitFile:
    lang: str
    id: str
    place: str
    place_kind: str = ""
    place_address: str = ""
    region: str = ""
    body: str = ""
    visit_type: str = ""
    announced: bool | None = None  # None: not recorded
    start: Moment = Moment()  # each a day at its precision, the time only when recorded
    end: Moment = Moment()
    request_date: ApproxDate | None = None
    ombudsman_decision: str = ""
    decision_date: ApproxDate | None = None
    access_outcome: str = ""
    access_severity: int = 0
    population: int | None = None
    interviews_private: int | None = None
    interviews_group: int | None = None
    summary: str = ""
    notes: str = ""
    persons: dict[str, PersonInfo] = field(default_factory=dict)
    team: tuple[tuple[str, bool | None], ...] = ()  # (person id, is lead or None)
    obstructions: tuple[tuple[str, str], ...] = ()  # (kind label, details)
    findings: tuple[tuple[str, str], ...] = ()  # (area label, text), in the areas' order
    interviews: tuple[tuple[str, bool | None, str], ...] = ()  # (person id, private, notes)
    allegations: tuple[AllegationInfo, ...] = ()
    recommendations: tuple[RecommendationInfo, ...] = ()
    previous_visit_date: ApproxDate | None = None
    follow_up: tuple[RecommendationInfo, ...] = ()  # earlier recommendations, status now
    organisation: str = ""

    def person(self, person_id: str | None) -> PersonInfo | None:
        return self.persons.get(person_id) if person_id else None


# -- helpers ---------------------------------------------------------------------------------


def _live(model: Any) -> Any:
    return model.deleted.is_(False)


def organisation_name(session: Session) -> str:
    """The organisation named in the store's settings, or ''."""
    row = session.get(StoreMeta, option_key("organisation"))
    return row.value if row else ""


def _evidence_loader(session: Session, evidence_id: str) -> Callable[[], bytes]:
    """Reads the bytes through the same session (a closed session reopens on use; a second
    session on the same thread would collide with the store's single connection)."""

    def load() -> bytes:
        return b"".join(records.evidence_chunks(session, evidence_id))

    return load


class _Builder:
    """Shared state of one read: vocabulary, language, the person registry."""

    def __init__(self, session: Session, lang: str, vocab: Vocab | None = None) -> None:
        self.s = session
        self.lang = lang
        self.vocab = vocab or Vocab.load(session)
        self.persons: dict[str, PersonInfo] = {}
        self.roles: dict[str, list[str]] = {}

    def v(self, code: str | None) -> str:
        return self.vocab.label(code, self.lang)

    def role(self, person_id: str | None, role_code: str | None) -> None:
        if not person_id:
            return
        codes = self.roles.setdefault(person_id, [])
        if role_code and role_code not in codes:
            codes.append(role_code)

    def load_people(self, ids: Iterable[str], in_case: Iterable[str] = ()) -> None:
        wanted = {i for i in ids if i and i not in self.persons}
        in_case = set(in_case)
        if wanted:
            others = people_queries.other_categories(self.s, wanted)
            for p in self.s.scalars(select(Person).where(Person.id.in_(wanted), _live(Person))):
                codes = tuple(self.roles.get(p.id, ()))
                cats = people_queries.category_codes(p.category, others.get(p.id, ()),
                                                     self.vocab)
                self.persons[p.id] = PersonInfo(
                    id=p.id, name=p.name or "", pseudonym=p.pseudonym or "", code=p.code or "",
                    roles=tuple(self.v(c) for c in codes), role_codes=codes,
                    category=self.v(p.category), category_code=p.category,
                    gender=self.v(p.gender), birth_date=stored_approx(p.birth_date),
                    contact=p.contact or "", address=p.address or "", risk=self.v(p.risk_level),
                    risk_code=p.risk_level, agency=self.v(p.agency), unit=p.unit or "",
                    position=p.position or "", rank=p.rank or "", identified=p.identified,
                    consent_record=p.consent_record,
                    consent_share_lawyer=p.consent_share_lawyer,
                    consent_publish=p.consent_publish, consent_un=p.consent_un,
                    notes=p.notes or "", in_case=p.id in in_case,
                    aliases=tuple(a.strip() for a in (p.aliases or "").splitlines()
                                  if a.strip()),
                    categories=tuple(self.v(c) for c in cats), category_codes=cats,
                    is_group=bool(p.is_group), group_size=p.group_size,
                    group_note=people_queries.group_note(self.lang, bool(p.is_group),
                                                         p.group_size),
                )

    def allegation(self, a: Allegation, people: list[AllegationPerson],
                   exams: list[MedicalExam], methods: list[str], purposes: list[str]
                   ) -> AllegationInfo:
        facility = self.s.get(Facility, a.facility_id) if a.facility_id else None
        return AllegationInfo(
            id=a.id, kind=self.v(a.kind), summary=a.summary or "", narrative=a.narrative or "",
            date_from=stored_approx(a.date_from), date_to=stored_approx(a.date_to),
            location_kind=self.v(a.location_kind), place=a.place_description or "",
            facility=facility_label(facility),
            methods=tuple(self.v(c) for c in methods), purposes=tuple(self.v(c) for c in purposes),
            victims=tuple(ap.person_id for ap in people if ap.role == "victim"),
            witnesses=tuple(ap.person_id for ap in people if ap.role == "witness"),
            perpetrators=tuple(
                PerpetratorInfo(ap.person_id, self.v(ap.perpetrator_kind), self.v(ap.involvement))
                for ap in people if ap.role == "perpetrator"),
            injuries=a.injuries or "",
            medical_exams=tuple(
                MedicalExamInfo(id=m.id, kind=self.v(m.kind), exam_date=stored_approx(m.exam_date),
                                examiner=m.examiner or "",
                                istanbul_protocol=self.v(m.istanbul_protocol),
                                istanbul_code=m.istanbul_protocol, findings=m.findings or "")
                for m in sorted(exams, key=lambda m: (m.exam_date or "", m.created_at))),
            legal_qualification=self.v(a.legal_qualification), source=self.v(a.source),
            verification=self.v(a.verification), visit_id=a.visit_id,
        )

    def allegations(self, stmt: Any) -> list[AllegationInfo]:
        rows = list(self.s.scalars(stmt))
        if not rows:
            return []
        ids = [a.id for a in rows]
        people: dict[str, list[AllegationPerson]] = {i: [] for i in ids}
        for ap in self.s.scalars(select(AllegationPerson).where(
                AllegationPerson.allegation_id.in_(ids), _live(AllegationPerson))
                .order_by(AllegationPerson.created_at)):
            people[ap.allegation_id].append(ap)
        exams: dict[str, list[MedicalExam]] = {i: [] for i in ids}
        for m in self.s.scalars(select(MedicalExam).where(
                MedicalExam.allegation_id.in_(ids), _live(MedicalExam))):
            exams[m.allegation_id].append(m)
        multi: dict[str, dict[str, list[str]]] = {"m": {i: [] for i in ids},
                                                  "p": {i: [] for i in ids}}
        for key, table in (("m", allegation_methods), ("p", allegation_purposes)):
            for aid, code in self.s.execute(select(table.c.allegation_id, table.c.term_code)
                                            .where(table.c.allegation_id.in_(ids),
                                                   table.c.deleted.is_(False))):
                multi[key][aid].append(code)
        order = {t.code: i for i, t in enumerate(self.vocab.terms("method", include_retired=True)
                                                 + self.vocab.terms("purpose",
                                                                    include_retired=True))}
        out = []
        for a in sorted(rows, key=lambda a: (a.date_from or "9999", a.created_at)):
            for ap in people[a.id]:
                self.role(ap.person_id, _LINK_ROLES.get(ap.role))
            out.append(self.allegation(
                a, people[a.id], exams[a.id],
                sorted(multi["m"][a.id], key=lambda c: order.get(c, 999)),
                sorted(multi["p"][a.id], key=lambda c: order.get(c, 999))))
        return out


def _history(session: Session, labels: dict[tuple[str, str], str], limit: int | None
             ) -> tuple[tuple[HistoryRow, ...], int]:
    """The history of these records, oldest first (the newest ``limit`` of them; all for
    None), and how many there are.

    Filtered by kind and id, so that SQLite reads it through the (record_kind, record_id)
    index; sorted here, because ORDER BY at would walk the whole table in the ``at`` index.
    """
    by_kind: dict[str, list[str]] = {}
    for kind, rid in labels:
        by_kind.setdefault(kind, []).append(rid)
    rows: list[HistoryEntry] = []
    for kind, ids in sorted(by_kind.items()):
        for chunk in range(0, len(ids), 500):  # SQLite caps bound parameters
            rows += session.scalars(select(HistoryEntry).where(
                HistoryEntry.record_kind == kind,
                HistoryEntry.record_id.in_(sorted(ids[chunk:chunk + 500]))))
    rows.sort(key=lambda h: (h.at, h.id))
    out = [HistoryRow(at=h.at, actor=h.actor or "", action=h.action, record_kind=h.record_kind,
                      record_id=h.record_id, fields=tuple(sorted((h.changes or {}).keys())),
                      source=h.source or "", label=labels[(h.record_kind, h.record_id)],
                      changes=_changes(h.changes))
           for h in rows]
    kept = out if limit is None else out[-limit:] if limit > 0 else []
    return tuple(kept), len(out)


def _changes(stored: dict[str, Any] | None) -> tuple[tuple[str, Any, Any], ...]:
    out = []
    for name, pair in sorted((stored or {}).items()):
        old, new = (list(pair) + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        out.append((name, old, new))
    return tuple(out)


def _history_labels(b: _Builder, case: Case, allegations: list[AllegationInfo],
                    complaints: list[ComplaintInfo], reprisals: list[ReprisalInfo],
                    evidence: tuple[EvidenceInfo, ...]) -> dict[tuple[str, str], str]:
    """Whose history the case file shows, each with its label: every record of the file,
    and the parts of the case deleted since (who deleted what and when)."""
    from monitor_app.documents.strings import text as t

    s, v, lang = b.s, b.v, b.lang
    out: dict[tuple[str, str], str] = {("cases", case.id): case.reference or case.title}
    out.update(case_status.history_labels(s, case.id, lang, b.vocab))

    links = list(s.scalars(select(CasePerson).where(CasePerson.case_id == case.id)))
    names = {p.id: display_name(p.name, p.pseudonym, p.code, p.id[:8]) for p in s.scalars(
        select(Person).where(Person.id.in_({cp.person_id for cp in links})))} if links else {}
    for cp in links:
        out[("case_people", cp.id)] = names.get(cp.person_id, "")

    for a in s.scalars(select(Allegation).where(Allegation.case_id == case.id)):
        out[("allegations", a.id)] = a.summary or v(a.kind)
    live_allegations = [a.id for a in allegations]
    if live_allegations:
        for ap, person in s.execute(select(AllegationPerson, Person).join(
                Person, Person.id == AllegationPerson.person_id).where(
                AllegationPerson.allegation_id.in_(live_allegations))):
            out[("allegation_people", ap.id)] = " · ".join(p for p in (
                v(_LINK_ROLES.get(ap.role)) or ap.role,
                display_name(person.name, person.pseudonym, person.code)) if p)
        for m in s.scalars(select(MedicalExam).where(
                MedicalExam.allegation_id.in_(live_allegations))):
            out[("medical_exams", m.id)] = v(m.kind) or t(lang, "medical_exam")

    for c in s.scalars(select(Complaint).where(Complaint.case_id == case.id)):
        out[("complaints", c.id)] = " · ".join(p for p in (v(c.body), c.subject) if p)
    live_complaints = [c.timeline.complaint_id for c in complaints]
    if live_complaints:
        for st in s.scalars(select(ComplaintStep).where(
                ComplaintStep.complaint_id.in_(live_complaints))):
            when = stored_approx(st.occurred_on)
            when = when.format(lang) if when else t(lang, "date_unknown")
            out[("complaint_steps", st.id)] = " · ".join(p for p in (v(st.stage), when) if p)

    for r in s.scalars(select(Reprisal).where(Reprisal.case_id == case.id,
                                              Reprisal.deleted.is_(True))):
        out[("reprisals", r.id)] = v(r.kind)
    for ri in reprisals:
        out[("reprisals", ri.id)] = ri.kind
    if reprisals:
        for x in s.scalars(select(ReprisalResponse).where(
                ReprisalResponse.reprisal_id.in_([r.id for r in reprisals]))):
            out[("reprisal_responses", x.id)] = v(x.kind)

    for e in s.scalars(select(Evidence).where(Evidence.case_id == case.id,
                                              Evidence.deleted.is_(True))):
        out[("evidence", e.id)] = e.file_name
    for ei in evidence:
        out[("evidence", ei.id)] = ei.file_name
    return out


# -- what belongs to a case --------------------------------------------------------------------

def _case_allegation_ids(case_id: str) -> Any:
    return select(Allegation.id).where(Allegation.case_id == case_id, _live(Allegation))


def case_reprisals(case_id: str) -> ColumnElement[bool]:
    """The live reprisals of a case: linked to it, to one of its live allegations or to one
    of its live complaints (WHERE over ``Reprisal``)."""
    return and_(_live(Reprisal), or_(
        Reprisal.case_id == case_id,
        Reprisal.allegation_id.in_(_case_allegation_ids(case_id)),
        Reprisal.complaint_id.in_(select(Complaint.id).where(Complaint.case_id == case_id,
                                                             _live(Complaint)))))


def case_evidence(case_id: str) -> ColumnElement[bool]:
    """The live evidence of a case: linked to it, to one of its live allegations or to one
    of its reprisals (WHERE over ``Evidence``)."""
    return and_(_live(Evidence), or_(
        Evidence.case_id == case_id,
        Evidence.allegation_id.in_(_case_allegation_ids(case_id)),
        Evidence.reprisal_id.in_(select(Reprisal.id).where(case_reprisals(case_id)))))


def _case_people_links(b: _Builder, case: Case, case_people: list[CasePerson]
                       ) -> tuple[CasePersonLink, ...]:
    """The case's people with their roles, as the case view lists them: the case's victim
    first (named on the case itself: a link without an id of its own when no ``case_people``
    row gives them the victim's role too), then the links in the order they were made."""
    links = [CasePersonLink(cp.id, cp.person_id, b.v(cp.role), cp.role)
             for cp in case_people if cp.person_id in b.persons]
    victim = case.primary_victim_id
    if victim in b.persons and not any(
            lk.person_id == victim and lk.role_code == VICTIM_ROLE for lk in links):
        links.insert(0, CasePersonLink("", victim, b.v(VICTIM_ROLE), VICTIM_ROLE))
    return tuple(links)


def _team_visits(session: Session, case: Case, links: list[CasePerson], people: set[str],
                 reprisals: list[Reprisal]) -> set[str]:
    """The visits a person of the case was on the team of: any visit of the people the case
    is about (its victims, the targets of its reprisals: a monitor prosecuted after a
    visit), and visits to the case's own place of anyone else in it (a monitor who saw the
    injuries), so that a witness's every visit elsewhere does not fill the file."""
    about = people & {p for p in (case.primary_victim_id, *(r.target_id for r in reprisals),
                                  *(cp.person_id for cp in links
                                    if cp.role == "person_role.victim")) if p}
    others = people - about
    found: set[str] = set()
    if about:
        found.update(session.scalars(select(VisitTeamMember.visit_id).where(
            VisitTeamMember.person_id.in_(about), _live(VisitTeamMember))))
    if others and case.facility_id:
        found.update(session.scalars(select(VisitTeamMember.visit_id).join(
            Visit, Visit.id == VisitTeamMember.visit_id).where(
            VisitTeamMember.person_id.in_(others), _live(VisitTeamMember),
            Visit.facility_id == case.facility_id)))
    return found



# -- case file -------------------------------------------------------------------------------

def load_case_file(session: Session, case_id: str, lang: str = "en", today: date | None = None,
                   *, history_limit: int | None = 40, vocab: Vocab | None = None) -> CaseFile:
    """Gather a case with everything linked to it. Raises :class:`CaseFileNotFound`.

    ``history_limit``: how many of the newest history rows to keep (None: all of them);
    :attr:`CaseFile.history_total` says how many there are.
    """
    today = today or date.today()
    case = session.get(Case, case_id)
    if case is None or case.deleted:
        raise CaseFileNotFound(f"No case with id {case_id}.")
    b = _Builder(session, lang, vocab)
    facility = session.get(Facility, case.facility_id) if case.facility_id else None
    info = CaseInfo(
        id=case.id, reference=case.reference, title=case.title, status=b.v(case.status),
        status_code=case.status, summary=case.summary or "", region=b.v(case.region),
        facility=facility_label(facility), facility_id=case.facility_id,
        opened_on=case.opened_on, closed_on=case.closed_on, risk=b.v(case.risk_level),
        risk_code=case.risk_level, notes=case.notes or "",
        primary_victim_id=case.primary_victim_id,
    )

    # people linked to the case, victim first
    case_people = list(session.scalars(select(CasePerson).where(
        CasePerson.case_id == case_id, _live(CasePerson)).order_by(CasePerson.created_at)))
    order: list[str] = []
    if case.primary_victim_id:
        b.role(case.primary_victim_id, VICTIM_ROLE)
        order.append(case.primary_victim_id)
    for cp in case_people:
        b.role(cp.person_id, cp.role)
        if cp.person_id not in order:
            order.append(cp.person_id)

    allegations = b.allegations(select(Allegation).where(
        Allegation.case_id == case_id, _live(Allegation)))
    for a in allegations:
        for pid in (*a.victims, *a.witnesses, *(p.person_id for p in a.perpetrators)):
            if pid not in order:
                order.append(pid)
    allegation_by_id = {a.id: a for a in allegations}

    # complaints and their timelines
    timelines = complaint_timelines(session, case_id, today, vocab=b.vocab)
    complaint_rows = {c.id: c for c in session.scalars(select(Complaint).where(
        Complaint.case_id == case_id, _live(Complaint)))}
    complaints: list[ComplaintInfo] = []
    for t in timelines:
        c = complaint_rows[t.complaint_id]
        if c.complainant_id:
            b.role(c.complainant_id, "person_role.complainant")
            if c.complainant_id not in order:
                order.append(c.complainant_id)
        complaints.append(ComplaintInfo(timeline=t, body=b.v(c.body), subject=c.subject or "",
                                        complainant_id=c.complainant_id,
                                        allegation_id=c.allegation_id, notes=c.notes or ""))
    # trials and appeals: their defendants are people of the case (so redaction covers them)
    proceedings = load_proceedings(session, case_id, b.v)
    for pid in defendant_ids(proceedings):
        b.role(pid, "person_role.defendant")
        if pid not in order:
            order.append(pid)
    term_labels = {t.code: t.label(lang) for voc in ("complaint_stage", "complaint_body")
                   for t in b.vocab.terms(voc, include_retired=True)}

    # visits that heard the case's allegations, met its people or provoked its reprisals
    visit_ids: set[str] = {a.visit_id for a in allegations if a.visit_id}
    interviews: dict[str, list[Interview]] = {}
    if order:
        for iv in session.scalars(select(Interview).where(
                Interview.person_id.in_(order), _live(Interview))):
            interviews.setdefault(iv.visit_id, []).append(iv)
            visit_ids.add(iv.visit_id)
    case_people_ids = set(order)

    reprisal_rows = list(session.scalars(select(Reprisal).where(case_reprisals(case_id))))
    reprisal_rows.sort(key=lambda r: (r.occurred_on or "9999", r.created_at))
    for r in reprisal_rows:
        if r.visit_id:
            visit_ids.add(r.visit_id)
    case_people_ids |= {r.target_id for r in reprisal_rows if r.target_id}
    visit_ids |= _team_visits(session, case, case_people, case_people_ids, reprisal_rows)

    visits_rows = {v.id: v for v in session.scalars(select(Visit).where(
        Visit.id.in_(visit_ids), _live(Visit)))} if visit_ids else {}
    team: dict[str, list[str]] = {}
    if visits_rows:
        for tm in session.scalars(select(VisitTeamMember).where(
                VisitTeamMember.visit_id.in_(list(visits_rows)), _live(VisitTeamMember))
                .order_by(VisitTeamMember.is_lead.desc(), VisitTeamMember.created_at)):
            team.setdefault(tm.visit_id, []).append(tm.person_id)
    facilities = {f.id: f for f in session.scalars(select(Facility).where(Facility.id.in_(
        {v.facility_id for v in visits_rows.values()})))} if visits_rows else {}

    def visit_label(v: Visit) -> str:
        day = visit_queries.start(v).day
        parts = [day.format(lang) if day is not None else "",
                 facility_label(facilities.get(v.facility_id))]
        return " · ".join(p for p in parts if p)

    def visit_order(v: Visit) -> tuple[Any, ...]:  # oldest first, undated last
        key = visit_queries.start(v).sort_key()
        return (key is None, key or (), v.created_at, v.id)

    visits: list[VisitSeen] = []
    for v in sorted(visits_rows.values(), key=visit_order):
        heard = tuple(a.summary or a.kind for a in allegations if a.visit_id == v.id)
        ivs = interviews.get(v.id, [])
        visits.append(VisitSeen(
            id=v.id, start=visit_queries.start(v),
            place=facility_label(facilities.get(v.facility_id)),
            body=b.v(v.body), visit_type=b.v(v.visit_type),
            interviewed=tuple((iv.person_id, iv.private) for iv in ivs),
            team=tuple(team.get(v.id, ())), allegations=heard, summary=v.summary or "",
            access=b.v(v.access_outcome),
            reprisals=tuple(r.id for r in reprisal_rows if r.visit_id == v.id),
            present=tuple([(iv.person_id, "interviewed") for iv in ivs]
                          + [(pid, "team") for pid in team.get(v.id, ())
                             if pid in case_people_ids])))

    responses: dict[str, list[ReprisalResponse]] = {}
    if reprisal_rows:
        for rr in session.scalars(select(ReprisalResponse).where(
                ReprisalResponse.reprisal_id.in_([r.id for r in reprisal_rows]),
                _live(ReprisalResponse)).order_by(ReprisalResponse.taken_on)):
            responses.setdefault(rr.reprisal_id, []).append(rr)
    reprisals: list[ReprisalInfo] = []
    for r in reprisal_rows:
        provoked: list[tuple[str, str]] = []
        if r.visit_id and r.visit_id in visits_rows:
            provoked.append(("visit", visit_label(visits_rows[r.visit_id])))
        if r.complaint_id and r.complaint_id in complaint_rows:
            c = complaint_rows[r.complaint_id]
            filed = stored_approx(c.filed_on)
            when = filed.format(lang) if filed else ""
            provoked.append(("complaint", " · ".join(p for p in (b.v(c.body), when) if p)))
        if r.allegation_id and r.allegation_id in allegation_by_id:
            a = allegation_by_id[r.allegation_id]
            provoked.append(("allegation", a.summary or a.kind))
        for pid in (r.target_id, r.aimed_at_id):
            if pid:
                b.role(pid, None)
                if pid not in order:
                    order.append(pid)
        reprisals.append(ReprisalInfo(
            id=r.id, kind=b.v(r.kind), occurred_on=stored_approx(r.occurred_on),
            target_id=r.target_id,
            target_role=b.v(r.target_role), perpetrator=r.perpetrator or "",
            description=r.description or "", risk=b.v(r.risk_level), risk_code=r.risk_level,
            provoked_by=tuple(provoked),
            responses=tuple(ReprisalResponseInfo(b.v(x.kind), stored_approx(x.taken_on),
                                                 x.notes or "")
                            for x in responses.get(r.id, ())),
            **_reprisal_extras(session, b, r, complaint_rows)))

    evidence = tuple(
        EvidenceInfo(id=e.id, file_name=e.file_name, kind=b.v(e.kind), media_type=e.media_type,
                     size=e.size, added=e.created_at, added_by=e.created_by or "",
                     captured_on=stored_approx(e.captured_on), sha256=e.sha256,
                     description=e.description or "", sensitive=e.sensitive,
                     metadata_stripped=e.metadata_stripped,
                     load=_evidence_loader(session, e.id))
        for e in session.scalars(select(Evidence).where(case_evidence(case_id))
                                 .order_by(*EVIDENCE_ORDER)))

    custody = load_custody(session, case_id, b.v)  # arrests: their people are the case's
    order += [c.person_id for c in custody if c.person_id and c.person_id not in order]
    # everyone referred to: case people, then visit teams and interviewees
    extra = [pid for v in visits for pid in (*v.team, *(p for p, _ in v.interviewed))]
    b.load_people(order, in_case=order)
    b.load_people(extra)
    people = tuple(pid for pid in order if pid in b.persons)
    links = _case_people_links(b, case, case_people)

    status_history = case_status.status_history(session, case_id, lang, b.vocab)
    chronology = _chronology(b, info, allegations, complaints, reprisals, visits, evidence,
                             custody, status_history, tuple(proceedings))

    labels = _history_labels(b, case, allegations, complaints, reprisals, evidence)
    labels.update({("custody_records", c.id): c.arrest.format(lang) for c in custody})
    labels.update(_proceeding_labels(session, case.id, b.v))
    history, total = _history(session, labels, history_limit)
    return CaseFile(
        lang=lang, today=today, case=info, persons=dict(b.persons), people=people,
        case_people=links,
        allegations=tuple(allegations), complaints=tuple(complaints),
        reprisals=tuple(reprisals), visits=tuple(visits), evidence=evidence,
        chronology=chronology, history=history, history_total=total, term_labels=term_labels,
        organisation=organisation_name(session), custody=custody,
        proceedings=tuple(proceedings),
        status_history=status_history,
    )


def _reprisal_extras(session: Session, b: _Builder, r: Reprisal,
                     complaints: dict[str, Complaint]) -> dict[str, Any]:
    """A reprisal's chain, outcome, sentence, aimed-at person, destination and the
    complaint a counter-charge answers, as :class:`ReprisalInfo` fields."""
    destination = session.get(Facility, r.destination_facility_id) \
        if r.destination_facility_id else None
    step = session.get(ComplaintStep, r.complaint_step_id) if r.complaint_step_id else None
    answered = complaints.get(r.complaint_id or "") if step is not None and not step.deleted \
        else None
    return {
        "follows_id": r.follows_id, "outcome": b.v(r.outcome), "outcome_code": r.outcome,
        "sentence": r.sentence or "", "aimed_at_id": r.aimed_at_id,
        "destination": facility_label(destination) if destination is not None else "",
        "destination_facility_id": r.destination_facility_id,
        "complaint_step_id": r.complaint_step_id if answered is not None else None,
        "complaint_body": b.v(answered.body) if answered is not None else "",
        "complaint_filed_on": stored_approx(answered.filed_on) if answered is not None else None,
    }


@dataclass
class Chronicle:
    """What a source of the chronology is given: the case file read so far (its session
    too, for a source that reads more) and :meth:`add`."""

    b: _Builder
    case: CaseInfo
    allegations: tuple[AllegationInfo, ...] = ()
    complaints: tuple[ComplaintInfo, ...] = ()
    reprisals: tuple[ReprisalInfo, ...] = ()
    visits: tuple[VisitSeen, ...] = ()
    evidence: tuple[EvidenceInfo, ...] = ()
    custody: tuple[CustodyInfo, ...] = ()
    status_history: tuple[case_status.StatusChange, ...] = ()
    proceedings: tuple[ProceedingInfo, ...] = ()
    entries: list[tuple[tuple[Any, ...], int, int, ChronologyEntry]] = field(
        default_factory=list)
    source: int = 0  # the running source's place in CHRONOLOGY_SOURCES

    @property
    def session(self) -> Session:
        return self.b.s

    @property
    def lang(self) -> str:
        return self.b.lang

    def v(self, code: str | None) -> str:
        """A vocabulary term's label in the file's language."""
        return self.b.v(code)

    def t(self, key: str, **values: object) -> str:
        """A document string (``monitor_app.documents.strings``) in the file's language."""
        from monitor_app.documents.strings import text

        return text(self.lang, key, **values)

    def add(self, when: Any, what: str, kind: str, record_id: str, *, late: bool = False,
            detail: str = "", note: str = "", people: Iterable[tuple[str, str]] = (),
            after: tuple[Any, ...] | None = None, sub: int = 0) -> tuple[Any, ...] | None:
        """Add an entry at ``when`` (a date, an approximate date or its stored text); an
        undated one only with ``after``, the key of the entry it follows (returned by the
        call that added that one). Returns the entry's key, None when nothing was added.
        Entries of one date keep the order of the sources, then ``sub``, then their own."""
        approx = stored_approx(when)
        if not what or (approx is None and after is None):
            return None
        key = approx.sort_key() if approx is not None else after
        assert key is not None
        self.entries.append((key, self.source, sub, ChronologyEntry(
            approx, what, kind, record_id, late, detail=detail.strip(), note=note.strip(),
            people=tuple(people))))
        return key


def _chron_case_opened(c: Chronicle) -> None:
    if c.case.opened_on:
        c.add(c.case.opened_on, c.t("chron_case_opened"), "case", c.case.id)


def _chron_allegations(c: Chronicle) -> None:
    for a in c.allegations:
        c.add(a.date_from, a.summary or a.kind or c.t("allegation"), "allegation", a.id)
        for m in a.medical_exams:
            what = " · ".join(p for p in (m.kind, m.istanbul_protocol and
                                          f"{c.t('istanbul_protocol')}: {m.istanbul_protocol}")
                              if p)
            c.add(m.exam_date, what or c.t("medical_exam"), "medical_exam", m.id, sub=1,
                  detail=m.findings)


def _chron_visits(c: Chronicle) -> None:
    how = {"interviewed": c.t("present_interviewed"), "team": c.t("present_team")}
    for v in c.visits:
        c.add(v.start.day, " · ".join(p for p in (v.visit_type or c.t("visit"), v.place) if p),
              "visit", v.id, people=((pid, how.get(role, "")) for pid, role in v.present))


def _chron_complaints(c: Chronicle) -> None:
    from monitor_app.documents.strings import days_late

    filed_stage = "complaint_stage.complaint_filed"
    for x in c.complaints:
        steps = x.timeline.steps
        if x.timeline.filed_on is not None and not any(s.stage == filed_stage for s in steps):
            # the filing is an event even when no step records it
            c.add(x.timeline.filed_on, " · ".join(p for p in (c.v(filed_stage), x.body) if p),
                  "complaint", x.timeline.complaint_id, detail=x.subject)
        # an undated step stays right after the step before it (the complaint's own order)
        previous: tuple[Any, ...] = (date.min,)
        for s in steps:
            stage = c.v(s.stage) or c.t("step")
            what = " · ".join(p for p in (stage, c.v(s.body), s.reference_no) if p)
            if s.lateness == "late":
                what += " · " + days_late(c.lang, s.days_late)
            elif s.lateness == "possibly_late":
                what += " · " + c.t("possibly_late")
            previous = c.add(s.when, what, "complaint_step", s.step_id, late=s.days_late > 0,
                             detail=s.outcome, note=s.notes,
                             after=previous + (1,)) or previous
            if s.answered_explicitly:  # a reply letter's date is an event of its own
                c.add(s.answer, c.t("chron_answer", stage=stage), "complaint_answer",
                      s.step_id, late=s.days_late > 0)


def _chron_reprisals(c: Chronicle) -> None:
    steps = {s.step_id for x in c.complaints for s in x.timeline.steps}
    for r in c.reprisals:
        what = r.kind or c.t("reprisal")
        if not r.target_id and r.target_role:
            what += " · " + r.target_role
        people = [(r.target_id, r.target_role)] if r.target_id else []
        if r.aimed_at_id:
            people.append((r.aimed_at_id, c.t("reprisal_pressure_target")))
        if r.complaint_step_id in steps:
            continue  # a counter-charge: its complaint step's line is the event
        c.add(r.occurred_on, what, "reprisal", r.id, detail=r.description, people=people)
        for resp in r.responses:
            c.add(resp.taken_on, resp.kind, "reprisal_response", r.id, sub=1, note=resp.notes)


def _chron_evidence(c: Chronicle) -> None:
    for e in c.evidence:
        if e.captured_on:
            c.add(e.captured_on, " · ".join(p for p in (e.kind, e.file_name) if p), "evidence",
                  e.id, detail=e.description)


def _chron_status(c: Chronicle) -> None:
    """The case's dated status changes: a closure, a reopening."""
    for when, what, rid in case_status.chronology_entries(c.status_history, c.case.opened_on,
                                                          c.lang):
        c.add(when, what, "case_status", rid)


def _chron_case_closed(c: Chronicle) -> None:
    if c.case.closed_on and not case_status.records_closure(c.status_history,
                                                            c.case.closed_on):
        c.add(c.case.closed_on, c.t("chron_case_closed"), "case", c.case.id)


def _chron_custody(c: Chronicle) -> None:
    """Each arrest, registration and first access to a lawyer; the time of day, when known,
    is part of the line."""
    from monitor_app.custody import format_hours, time_text

    for x in c.custody:
        for moment, key, extra in (
                (x.arrest, "chron_arrest", x.facility),
                (x.registration, "chron_registered",
                 c.t("over_3_hours") if x.registration_late == "late" else
                 c.t("possibly_over_3_hours")
                 if x.registration_late == "possibly_late" else ""),
                (x.lawyer, "chron_lawyer",
                 c.t("after_arrest", hours=format_hours(x.hours_without_lawyer, c.lang))
                 if x.hours_without_lawyer is not None else "")):
            if moment.day is None:
                continue
            what = c.t(key)
            if moment.time is not None:
                what += f", {time_text(moment.time)}"
            c.add(moment.day, " · ".join(p for p in (what, extra) if p), "custody", x.id,
                  people=((x.person_id, ""),) if x.person_id else ())


def _chron_proceedings(c: Chronicle) -> None:
    """Each proceeding's start and judgment (with its verdicts counted), at their precision."""
    from monitor_app.queries.proceedings import verdict_counts

    for p in c.proceedings:
        where = " · ".join(x for x in (p.kind or c.t("proceeding"), p.court) if x)
        c.add(p.started_on, c.t("chron_proceeding_started", what=where), "proceeding", p.id)
        if p.ended_on is not None:
            counts = ", ".join(f"{label or c.t('not_recorded')}: {n}"
                               for label, n in verdict_counts(p))
            c.add(p.ended_on, c.t("chron_judgment", what=where) + (f" · {counts}" if counts
                                                                   else ""),
                  "proceeding", p.id, sub=1)


# The sources of the merged chronology, in the order entries of one date are listed: a new
# kind adds one function here (it reads what it needs through ``Chronicle.session``).
CHRONOLOGY_SOURCES: list[Callable[[Chronicle], None]] = [
    _chron_case_opened, _chron_allegations, _chron_custody, _chron_visits, _chron_complaints,
    _chron_proceedings, _chron_reprisals, _chron_evidence, _chron_status, _chron_case_closed,
]


def _chronology(b: _Builder, case: CaseInfo, allegations: list[AllegationInfo],
                complaints: list[ComplaintInfo], reprisals: list[ReprisalInfo],
                visits: list[VisitSeen], evidence: tuple[EvidenceInfo, ...],
                custody: tuple[CustodyInfo, ...] = (),
                status_history: tuple[case_status.StatusChange, ...] = (),
                proceedings: tuple[ProceedingInfo, ...] = ()
                ) -> tuple[ChronologyEntry, ...]:
    """Everything dated in the file, oldest first, from each of :data:`CHRONOLOGY_SOURCES`
    (undated complaint steps after the step entered before them, marked by their date)."""
    c = Chronicle(b, case, tuple(allegations), tuple(complaints), tuple(reprisals),
                  tuple(visits), evidence, custody, status_history, proceedings)
    for c.source, source in enumerate(CHRONOLOGY_SOURCES):
        source(c)
    c.entries.sort(key=lambda x: (x[0], x[1], x[2]))  # stable: ties keep their order
    return tuple(e for *_, e in c.entries)


def _proceeding_labels(session: Session, case_id: str, v: Callable[[str | None], str]
                       ) -> dict[tuple[str, str], str]:
    """Proceedings of the case and their defendants, deleted ones too, for the history."""
    from db.models import Proceeding, ProceedingDefendant

    out: dict[tuple[str, str], str] = {}
    rows = list(session.scalars(select(Proceeding).where(Proceeding.case_id == case_id)))
    for p in rows:
        out[("proceedings", p.id)] = " · ".join(x for x in (v(p.kind), p.court) if x)
    if rows:
        for d, person in session.execute(select(ProceedingDefendant, Person).join(
                Person, Person.id == ProceedingDefendant.person_id).where(
                ProceedingDefendant.proceeding_id.in_([p.id for p in rows]))):
            out[("proceeding_defendants", d.id)] = display_name(person.name, person.pseudonym,
                                                                person.code)
    return out


# -- visit file ------------------------------------------------------------------------------

def load_visit_file(session: Session, visit_id: str, lang: str = "en") -> VisitFile:
    """Gather a visit with its team, access, findings, interviews, allegations and
    recommendations, plus what became of the previous visit's recommendations."""
    v = session.get(Visit, visit_id)
    if v is None or v.deleted:
        raise CaseFileNotFound(f"No visit with id {visit_id}.")
    b = _Builder(session, lang)
    facility = session.get(Facility, v.facility_id)
    team = [(tm.person_id, tm.is_lead) for tm in session.scalars(
        select(VisitTeamMember).where(VisitTeamMember.visit_id == visit_id,
                                      _live(VisitTeamMember))
        .order_by(VisitTeamMember.is_lead.desc(), VisitTeamMember.created_at))]
    for pid, _ in team:
        b.role(pid, "person_role.monitor")
    obstructions = tuple((b.v(o.kind), o.details or "") for o in session.scalars(
        select(Obstruction).where(Obstruction.visit_id == visit_id, _live(Obstruction))
        .order_by(Obstruction.created_at)))
    area_order = {t.code: i for i, t in enumerate(b.vocab.terms("finding_area",
                                                                include_retired=True))}
    findings = tuple((b.v(f.area), f.text or "") for f in sorted(
        session.scalars(select(Finding).where(Finding.visit_id == visit_id, _live(Finding))),
        key=lambda f: (area_order.get(f.area or "", 999), f.created_at)) if f.text)
    interviews = [(iv.person_id, iv.private, iv.notes or "") for iv in session.scalars(
        select(Interview).where(Interview.visit_id == visit_id, _live(Interview))
        .order_by(Interview.created_at))]
    allegations = b.allegations(select(Allegation).where(
        Allegation.visit_id == visit_id, _live(Allegation)))

    def rec_info(r: Recommendation, status: str | None = None, notes: str = "",
                 when: ApproxDate | None = None) -> RecommendationInfo:
        code = status if status is not None else r.status
        return RecommendationInfo(id=r.id, area=b.v(r.area), text=r.text or "", status=b.v(code),
                                  status_code=code, addressee=r.addressee or "",
                                  visit_date=when, follow_up_notes=notes)

    recs = tuple(rec_info(r) for r in sorted(session.scalars(select(Recommendation).where(
        Recommendation.visit_id == visit_id, _live(Recommendation))),
        key=lambda r: (area_order.get(r.area or "", 999), r.created_at)))

    # the previous visit to the same place and what became of its recommendations
    begun = visit_queries.start(v)
    previous = visit_queries.previous_visit(session, v.facility_id, v.id, begun)
    follow_up: list[RecommendationInfo] = []
    if previous is not None:
        fups = {f.recommendation_id: f for f in session.scalars(
            select(RecommendationFollowUp).where(RecommendationFollowUp.visit_id == visit_id,
                                                 _live(RecommendationFollowUp)))}
        for r in sorted(session.scalars(select(Recommendation).where(
                Recommendation.visit_id == previous.id, _live(Recommendation))),
                key=lambda r: (area_order.get(r.area or "", 999), r.created_at)):
            f = fups.get(r.id)
            follow_up.append(rec_info(r, f.status if f else r.status, f.notes if f else "",
                                      visit_queries.start(previous).day))

    b.load_people([pid for pid, _ in team] + [pid for pid, _, _ in interviews]
                  + [pid for a in allegations
                     for pid in (*a.victims, *a.witnesses, *(p.person_id for p in a.perpetrators))])
    severity = b.vocab.attr(v.access_outcome, "severity", 0)
    return VisitFile(
        lang=lang, id=v.id, place=facility_label(facility),
        place_kind=b.v(facility.kind) if facility else "",
        place_address=facility.address if facility else "",
        region=b.v(facility.region) if facility else "", body=b.v(v.body),
        visit_type=b.v(v.visit_type), announced=v.announced, start=begun,
        end=visit_queries.end(v),
        request_date=stored_approx(v.request_date),
        ombudsman_decision=b.v(v.ombudsman_decision), decision_date=stored_approx(v.decision_date),
        access_outcome=b.v(v.access_outcome),
        access_severity=severity if isinstance(severity, int) else 0,
        population=v.population, interviews_private=v.interviews_private,
        interviews_group=v.interviews_group, summary=v.summary or "", notes=v.notes or "",
        persons=dict(b.persons), team=tuple(t for t in team if t[0] in b.persons),
        obstructions=obstructions, findings=findings,
        interviews=tuple(i for i in interviews if i[0] in b.persons),
        allegations=tuple(allegations), recommendations=recs,
        previous_visit_date=visit_queries.start(previous).day if previous is not None else None,
        follow_up=tuple(follow_up), organisation=organisation_name(session),
    )


def steps_of(session: Session, complaint_id: str) -> list[ComplaintStep]:
    """Live steps of one complaint in order (a small helper for views)."""
    return list(session.scalars(select(ComplaintStep).where(
        ComplaintStep.complaint_id == complaint_id, _live(ComplaintStep))
        .order_by(*step_order())))
