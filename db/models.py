"""The tables of a Monitor store.

Approximate dates ("December 2011") are stored as reduced-precision ISO text
("2011-12"), which sorts correctly; ``monitor_app.dates.ApproxDate`` reads them.
Vocabulary values are term codes such as ``"method.electric_shock"`` with a
foreign key to ``vocab_terms.code``. Many-valued vocabulary fields (methods,
purposes) are association tables whose changes are recorded in the parent's
history.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin, utcnow

TERM = "vocab_terms.code"


def term(nullable: bool = True, index: bool = False) -> Mapped[str | None]:
    return mapped_column(String(80), ForeignKey(TERM), nullable=nullable, index=index)


def approx(nullable: bool = True) -> Mapped[str | None]:
    return mapped_column(String(10), nullable=nullable)


class StoreMeta(Base):
    """Key/value facts about the store itself: its id, device, schema notes."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VocabTerm(RecordMixin, Base):
    __tablename__ = "vocab_terms"
    __table_args__ = (UniqueConstraint("code"), Index(None, "vocabulary", "sort_order"))

    code: Mapped[str] = mapped_column(String(80))
    vocabulary: Mapped[str] = mapped_column(String(40))
    label_en: Mapped[str] = mapped_column(String(200))
    label_ru: Mapped[str] = mapped_column(String(200))
    label_kk: Mapped[str] = mapped_column(String(200))
    huridocs_code: Mapped[str | None] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(default=0)
    builtin: Mapped[bool] = mapped_column(default=False)
    retired: Mapped[bool] = mapped_column(default=False)
    attrs: Mapped[dict] = mapped_column(JSON, default=dict)


class Facility(RecordMixin, Base):
    """A place of detention."""

    __tablename__ = "facilities"

    designation: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = term(index=True)
    regime: Mapped[str | None] = term()
    authority: Mapped[str | None] = term()
    region: Mapped[str | None] = term(index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    npm_mandate: Mapped[bool] = mapped_column(default=True)
    pmc_mandate: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(RecordMixin, Base):
    """Anyone in the files: detainee, relative, witness, lawyer, official, monitor."""

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(300), default="")
    pseudonym: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(40), default="", index=True)
    category: Mapped[str | None] = term(index=True)
    gender: Mapped[str | None] = term()
    birth_date: Mapped[str | None] = approx()
    contact: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    # officials (alleged perpetrators), often unidentified
    agency: Mapped[str | None] = term()
    unit: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    rank: Mapped[str] = mapped_column(String(120), default="")
    identified: Mapped[bool] = mapped_column(default=True)
    # consent
    consent_record: Mapped[bool] = mapped_column(default=False)
    consent_share_lawyer: Mapped[bool] = mapped_column(default=False)
    consent_publish: Mapped[bool] = mapped_column(default=False)
    consent_un: Mapped[bool] = mapped_column(default=False)
    risk_level: Mapped[str | None] = term(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Case(RecordMixin, Base):
    """The unit a lawyer works on: usually one victim or one incident."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("reference"),)

    reference: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str | None] = term(index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    primary_victim_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    facility_id: Mapped[str | None] = mapped_column(ForeignKey("facilities.id"), index=True)
    region: Mapped[str | None] = term(index=True)
    opened_on: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    risk_level: Mapped[str | None] = term()
    notes: Mapped[str] = mapped_column(Text, default="")

    primary_victim: Mapped[Person | None] = relationship(foreign_keys=[primary_victim_id])
    facility: Mapped[Facility | None] = relationship()


class CasePerson(RecordMixin, Base):
    """A person's role in a case."""

    __tablename__ = "case_people"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str | None] = term()
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship()
    person: Mapped[Person] = relationship()


class Visit(RecordMixin, Base):
    """A monitoring visit to a place of detention."""

    __tablename__ = "visits"

    facility_id: Mapped[str] = mapped_column(ForeignKey("facilities.id"), index=True)
    body: Mapped[str | None] = term()
    visit_type: Mapped[str | None] = term(index=True)
    announced: Mapped[bool] = mapped_column(default=False)
    started_at: Mapped[datetime | None] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    # NPM special visits need the Ombudsman's approval
    request_date: Mapped[date | None]
    ombudsman_decision: Mapped[str | None] = term()
    decision_date: Mapped[date | None]
    access_outcome: Mapped[str | None] = term()
    population: Mapped[int | None]
    interviews_private: Mapped[int | None]
    interviews_group: Mapped[int | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    facility: Mapped[Facility] = relationship()


class VisitTeamMember(RecordMixin, Base):
    __tablename__ = "visit_team"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(default=False)

    person: Mapped[Person] = relationship()


class Interview(RecordMixin, Base):
    """A person met during a visit."""

    __tablename__ = "interviews"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    private: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


class Obstruction(RecordMixin, Base):
    __tablename__ = "obstructions"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str | None] = term()
    details: Mapped[str] = mapped_column(Text, default="")


class Finding(RecordMixin, Base):
    """What the team found in one area (treatment, health care, ...)."""

    __tablename__ = "findings"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    area: Mapped[str | None] = term()
    text: Mapped[str] = mapped_column(Text, default="")


class Recommendation(RecordMixin, Base):
    __tablename__ = "recommendations"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    facility_id: Mapped[str] = mapped_column(ForeignKey("facilities.id"), index=True)
    area: Mapped[str | None] = term()
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = term()
    addressee: Mapped[str] = mapped_column(String(300), default="")


class RecommendationFollowUp(RecordMixin, Base):
    """The status of an earlier recommendation as seen on a later visit."""

    __tablename__ = "recommendation_followups"

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendations.id"), index=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    status: Mapped[str | None] = term()
    notes: Mapped[str] = mapped_column(Text, default="")


allegation_methods = Table(
    "allegation_methods",
    Base.metadata,
    Column("allegation_id", ForeignKey("allegations.id"), primary_key=True),
    Column("term_code", ForeignKey(TERM), primary_key=True),
)

allegation_purposes = Table(
    "allegation_purposes",
    Base.metadata,
    Column("allegation_id", ForeignKey("allegations.id"), primary_key=True),
    Column("term_code", ForeignKey(TERM), primary_key=True),
)


class Allegation(RecordMixin, Base):
    """An allegation of torture or ill-treatment, a death in custody, a protest..."""

    __tablename__ = "allegations"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True)
    facility_id: Mapped[str | None] = mapped_column(ForeignKey("facilities.id"), index=True)
    kind: Mapped[str | None] = term(index=True)
    summary: Mapped[str] = mapped_column(String(300), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    date_from: Mapped[str | None] = approx()
    date_to: Mapped[str | None] = approx()
    location_kind: Mapped[str | None] = term()
    place_description: Mapped[str] = mapped_column(Text, default="")
    injuries: Mapped[str] = mapped_column(Text, default="")
    legal_qualification: Mapped[str | None] = term()
    source: Mapped[str | None] = term()
    verification: Mapped[str | None] = term()

    methods: Mapped[list[VocabTerm]] = relationship(secondary=allegation_methods)
    purposes: Mapped[list[VocabTerm]] = relationship(secondary=allegation_purposes)


class AllegationPerson(RecordMixin, Base):
    """A victim or an alleged perpetrator of an allegation."""

    __tablename__ = "allegation_people"

    allegation_id: Mapped[str] = mapped_column(ForeignKey("allegations.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # "victim" | "perpetrator" | "witness"
    perpetrator_kind: Mapped[str | None] = term()
    involvement: Mapped[str | None] = term()

    person: Mapped[Person] = relationship()


class MedicalExam(RecordMixin, Base):
    __tablename__ = "medical_exams"

    allegation_id: Mapped[str] = mapped_column(ForeignKey("allegations.id"), index=True)
    kind: Mapped[str | None] = term()
    exam_date: Mapped[str | None] = approx()
    examiner: Mapped[str] = mapped_column(String(300), default="")
    istanbul_protocol: Mapped[str | None] = term()
    findings: Mapped[str] = mapped_column(Text, default="")


class Complaint(RecordMixin, Base):
    """One complaint and the procedural steps it went through."""

    __tablename__ = "complaints"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    allegation_id: Mapped[str | None] = mapped_column(ForeignKey("allegations.id"))
    complainant_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    body: Mapped[str | None] = term()
    subject: Mapped[str] = mapped_column(String(300), default="")
    filed_on: Mapped[date | None] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    steps: Mapped[list[ComplaintStep]] = relationship(
        order_by="ComplaintStep.occurred_on",
        primaryjoin="and_(Complaint.id == ComplaintStep.complaint_id, "
        "ComplaintStep.deleted == False)",
        viewonly=True,
    )


class ComplaintStep(RecordMixin, Base):
    """A dated procedural step: filed, registered, refused, transferred, verdict..."""

    __tablename__ = "complaint_steps"
    __table_args__ = (Index(None, "answer_due", "answered_on"),)

    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"), index=True)
    stage: Mapped[str | None] = term()
    body: Mapped[str | None] = term()
    occurred_on: Mapped[date]
    reference_no: Mapped[str] = mapped_column(String(120), default="")
    answer_due: Mapped[date | None]
    answered_on: Mapped[date | None]
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Reprisal(RecordMixin, Base):
    """A reprisal against a victim, witness, relative, lawyer or monitor."""

    __tablename__ = "reprisals"

    target_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    target_role: Mapped[str | None] = term()
    kind: Mapped[str | None] = term(index=True)
    occurred_on: Mapped[str | None] = approx()
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    allegation_id: Mapped[str | None] = mapped_column(ForeignKey("allegations.id"))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    complaint_id: Mapped[str | None] = mapped_column(ForeignKey("complaints.id"))
    perpetrator: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[str | None] = term()

    target: Mapped[Person | None] = relationship()


class ReprisalResponse(RecordMixin, Base):
    __tablename__ = "reprisal_responses"

    reprisal_id: Mapped[str] = mapped_column(ForeignKey("reprisals.id"), index=True)
    kind: Mapped[str | None] = term()
    taken_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class Evidence(RecordMixin, Base):
    """A file kept inside the encrypted store, hashed at intake."""

    __tablename__ = "evidence"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    allegation_id: Mapped[str | None] = mapped_column(ForeignKey("allegations.id"))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    reprisal_id: Mapped[str | None] = mapped_column(ForeignKey("reprisals.id"))
    kind: Mapped[str | None] = term()
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    captured_on: Mapped[str | None] = approx()
    metadata_stripped: Mapped[bool] = mapped_column(default=False)
    original_metadata: Mapped[dict] = mapped_column(JSON, default=dict)
    sensitive: Mapped[bool] = mapped_column(default=False)


class EvidenceChunk(Base):
    """The bytes of an evidence file, in chunks so large files never sit whole in memory."""

    __tablename__ = "evidence_chunks"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class HistoryEntry(Base):
    """Who changed what and when: one row per create, update, delete or merge."""

    __tablename__ = "history"
    __table_args__ = (Index(None, "record_kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(36), default="")
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | restore | merge
    revision: Mapped[int] = mapped_column(default=1)
    changes: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> [old, new]
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. the merged file's id


class Draft(Base):
    """Unsaved typing in an editor, kept so that a crash loses nothing."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
