"""The tables of a Monitor store, and the one declaration of each kind of record.

Each model is the single place where a kind's facts are declared: its columns (type,
required, links), and, in each column's ``info`` and the class's ``__kind__``, what the
rest of the app needs to know: the vocabulary a field draws on, approximate dates,
labels, what is searchable, how a merge treats the field and how sensitive it is for
redaction. ``monitor_app.schema`` reads these declarations; the Writer's validation,
the search index, labels, refresh after a change, the JSON interchange and its JSON
Schema are all derived from them. Adding a field is one column here plus a migration.

Approximate dates ("December 2011", "about 2018", "before March 2012") are stored as
EDTF text (ISO 8601-2): reduced-precision ISO ("2011-12"), "2018~" for about, "[..2012-03]"
for before, "[2014..]" for after, NULL when unknown; ``monitor_app.dates.ApproxDate`` reads
them and gives the sort key (plain ISO text sorts correctly, qualified text needs the key).
Vocabulary values are term codes such as ``"method.electric_shock"`` with a foreign
key to ``vocab_terms.code``. Many-valued vocabulary fields (methods, purposes) are
association rows with their own deletion marker, so a removal can travel in a merge.

``info`` keys of a column: ``label`` (English, translated by the window), ``vocab``,
``approx`` (an approximate date), ``sensitive`` ("identity": removed from pseudonymised
output; "narrative": free text that may name people, scrubbed), ``merge`` ("lww": the
latest change wins; "manual": concurrent changes are a conflict a person resolves).
``__kind__`` keys: ``label``/``plural``, ``main`` (a kind a user lists and opens),
``parent`` (the link to the record this one belongs to), ``natural_key`` (fields that
are unique among live records) and ``duplicate`` (the field and sentence a second one is
refused with), ``title``/``body`` (search document: field names,
``link.field`` through a link, ``child_kind.field`` through children), ``label_parts``
and ``label_sep`` (the one-line label), ``multi`` (many-valued vocabulary fields).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Computed,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import collation
from db.base import Base, RecordMixin, utcnow
from db.sort_keys import moment_sort_key

TERM = "vocab_terms.code"


def term(vocab: str, *, nullable: bool = True, index: bool = False, **info: Any
         ) -> Mapped[str | None]:
    """A field whose value is a term of vocabulary ``vocab``."""
    return mapped_column(String(80), ForeignKey(TERM), nullable=nullable, index=index,
                         info={"vocab": vocab, **info})


APPROX_LENGTH = 16  # "[..2011-12-05]" is 14


def approx(*, index: bool = False, **info: Any) -> Mapped[str | None]:
    """An approximate date: EDTF text (see above), or NULL when unknown."""
    return mapped_column(String(APPROX_LENGTH), nullable=True, index=index,
                         info={"approx": True, **info})


def time_of_day(**info: Any) -> Mapped[str | None]:
    """A time of day as given, "HH:MM" (no time zone), or NULL when unknown."""
    return mapped_column(String(5), nullable=True, info={"time_of_day": True, **info})


def link(target: str, *, nullable: bool = True, index: bool = True, **info: Any) -> Any:
    """A link to a record of table ``target``."""
    return mapped_column(ForeignKey(f"{target}.id"), nullable=nullable, index=index, info=info)


def text_field(**info: Any) -> Mapped[str]:
    """Free text that defaults to empty; concurrent edits are a conflict, never overwritten."""
    return mapped_column(Text, default="", info={"merge": "manual", **info})


def line(length: int, **info: Any) -> Mapped[str]:
    """A short line of text that defaults to empty."""
    return mapped_column(String(length), default="", info=info)


def live_unique(table: str, *columns: str) -> Index:
    """A natural key: unique among records that are not deleted (SQLite and PostgreSQL)."""
    where = text("deleted = 0")
    return Index(f"uq_{table}_live_{'_'.join(columns)}", *columns, unique=True,
                 sqlite_where=where, postgresql_where=text("deleted = false"))


class StoreMeta(Base):
    """Key/value facts about the store itself: its id, device, options."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VocabTerm(RecordMixin, Base):
    __tablename__ = "vocab_terms"
    __table_args__ = (UniqueConstraint("code"), Index(None, "vocabulary", "sort_order"))
    __kind__ = {"label": "Vocabulary term", "plural": "Vocabulary terms",
                "label_parts": ("label_en",), "natural_key": ("code",)}

    code: Mapped[str] = mapped_column(String(80), info={"label": "Code"})
    vocabulary: Mapped[str] = mapped_column(String(40), info={"label": "Vocabulary"})
    label_en: Mapped[str] = mapped_column(String(200), info={"label": "English"})
    label_ru: Mapped[str] = mapped_column(String(200), info={"label": "Russian"})
    label_kk: Mapped[str] = mapped_column(String(200), info={"label": "Kazakh"})
    huridocs_code: Mapped[str | None] = mapped_column(String(20), info={"label": "HURIDOCS code"})
    sort_order: Mapped[int] = mapped_column(default=0, info={"label": "Order"})
    builtin: Mapped[bool] = mapped_column(default=False, info={"label": "Built in"})
    retired: Mapped[bool] = mapped_column(default=False, info={"label": "Retired"})
    attrs: Mapped[dict] = mapped_column(JSON, default=dict, info={"label": "Attributes"})


class Facility(RecordMixin, Base):
    """A place of detention."""

    __tablename__ = "facilities"
    __kind__ = {"label": "Place of detention", "plural": "Places of detention", "main": True,
                "title": ("designation", "name"), "body": ("address", "notes"),
                "label_parts": ("designation", "name"), "label_sep": " "}

    designation: Mapped[str] = line(60, label="Designation")
    name: Mapped[str] = mapped_column(String(300), info={"label": "Name"})
    kind: Mapped[str | None] = term("place_kind", index=True, label="Kind of place")
    regime: Mapped[str | None] = term("regime", label="Regime")
    authority: Mapped[str | None] = term("authority", label="Authority")
    region: Mapped[str | None] = term("region", index=True, label="Region")
    address: Mapped[str] = text_field(label="Address")
    capacity: Mapped[int | None] = mapped_column(Integer, info={"label": "Capacity"})
    npm_mandate: Mapped[bool] = mapped_column(default=True, info={"label": "NPM mandate"})
    pmc_mandate: Mapped[bool] = mapped_column(default=True, info={"label": "PMC mandate"})
    notes: Mapped[str] = text_field(label="Notes")


def multi_terms_table(name: str, owner: str, owner_column: str) -> Table:
    """A many-valued vocabulary field of ``owner`` records: one row per term, keyed by
    ``owner_column``, never hard-deleted (the deletion marker travels in a merge)."""
    return Table(
        name, Base.metadata,
        Column(owner_column, ForeignKey(f"{owner}.id"), primary_key=True),
        Column("term_code", ForeignKey(TERM), primary_key=True),
        Column("deleted", Boolean, nullable=False, default=False, server_default=text("0")),
    )


# a person's categories besides the main one (a relative who is also the lawyer)
person_categories = multi_terms_table("person_categories", "people", "person_id")


class Person(RecordMixin, Base):
    """Anyone in the files: detainee, relative, witness, lawyer, official, monitor; or a group
    of unidentified people counted as one ("masked internal troops", number unknown)."""

    __tablename__ = "people"
    # the People list's order in each language (db.collation; migration 0008_coll)
    __table_args__ = tuple(collation.indexes("people"))
    __kind__ = {"label": "Person", "plural": "People", "main": True,
                "title": ("name", "aliases", "pseudonym", "code"),
                "body": ("position", "unit", "rank", "notes"),
                "label_parts": ("name|pseudonym|code",),
                "multi": {"other_categories": (person_categories, "person_category",
                                               "Other categories")}}

    name: Mapped[str] = line(300, label="Name", sensitive="identity")
    # other spellings and aliases ("Besmaganbetov Zh.", "Бесмағанбетов"): one name per line;
    # search finds them, redaction replaces them like the name
    aliases: Mapped[str] = text_field(label="Other spellings and aliases", sensitive="identity")
    pseudonym: Mapped[str] = line(120, label="Pseudonym")
    code: Mapped[str] = mapped_column(String(40), default="", index=True, info={"label": "Code"})
    category: Mapped[str | None] = term("person_category", index=True, label="Category")
    gender: Mapped[str | None] = term("gender", label="Gender")
    birth_date: Mapped[str | None] = approx(label="Date of birth", sensitive="identity")
    contact: Mapped[str] = text_field(label="Contact", sensitive="identity")
    address: Mapped[str] = text_field(label="Address", sensitive="identity")
    # officials (alleged perpetrators), often unidentified
    agency: Mapped[str | None] = term("perpetrator_kind", label="Agency")
    unit: Mapped[str] = line(300, label="Unit")
    position: Mapped[str] = line(300, label="Position")
    rank: Mapped[str] = line(120, label="Rank")
    identified: Mapped[bool] = mapped_column(default=True, info={"label": "Identified"})
    # a group of unidentified people as one record: its name is a description ("masked
    # OMON officers"), group_size NULL when the number is unknown
    is_group: Mapped[bool] = mapped_column(default=False, server_default=text("0"),
                                           info={"label": "Group of people"})
    group_size: Mapped[int | None] = mapped_column(Integer, info={"label": "Number in the group"})
    # consent
    consent_record: Mapped[bool] = mapped_column(default=False,
                                                 info={"label": "Consent to record"})
    consent_share_lawyer: Mapped[bool] = mapped_column(
        default=False, info={"label": "Consent to share with a lawyer"})
    consent_publish: Mapped[bool] = mapped_column(default=False,
                                                  info={"label": "Consent to publish"})
    consent_un: Mapped[bool] = mapped_column(default=False,
                                             info={"label": "Consent to refer to the UN"})
    risk_level: Mapped[str | None] = term("risk_level", index=True, label="Risk level")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


class Case(RecordMixin, Base):
    """The unit a lawyer works on: usually one victim or one incident."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("reference"),)
    __kind__ = {"label": "Case", "plural": "Cases", "main": True,
                "title": ("reference", "title"),
                "body": ("primary_victim_id.name", "primary_victim_id.pseudonym",
                         "primary_victim_id.code", "summary", "notes"),
                "label_parts": ("reference", "title"), "label_sep": " ",
                "natural_key": ("reference",),
                # a case shows the visits where its people were interviewed
                "also_shows": ("interviews",)}

    reference: Mapped[str] = mapped_column(String(60), info={"label": "Reference"})
    title: Mapped[str] = mapped_column(String(300), info={"label": "Title",
                                                          "sensitive": "narrative"})
    status: Mapped[str | None] = term("case_status", index=True, label="Status")
    summary: Mapped[str] = text_field(label="Summary", sensitive="narrative")
    primary_victim_id: Mapped[str | None] = link("people", label="Victim")
    facility_id: Mapped[str | None] = link("facilities", label="Place of detention")
    region: Mapped[str | None] = term("region", index=True, label="Region")
    opened_on: Mapped[date | None] = mapped_column(index=True, info={"label": "Opened on"})
    closed_on: Mapped[date | None] = mapped_column(info={"label": "Closed on"})
    risk_level: Mapped[str | None] = term("risk_level", label="Risk level")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    primary_victim: Mapped[Person | None] = relationship(foreign_keys=[primary_victim_id])
    facility: Mapped[Facility | None] = relationship()


class CasePerson(RecordMixin, Base):
    """A person's role in a case."""

    __tablename__ = "case_people"
    __table_args__ = (live_unique("case_people", "case_id", "person_id", "role"),)
    __kind__ = {"label": "Person in case", "plural": "People in cases", "parent": "case_id",
                "natural_key": ("case_id", "person_id", "role"),
                "duplicate": ("person_id", "is already in the case in this role"),
                "label_parts": ("person_id", "role")}

    case_id: Mapped[str] = link("cases", nullable=False, label="Case")
    person_id: Mapped[str] = link("people", nullable=False, label="Person")
    role: Mapped[str | None] = term("person_role", label="Role")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    case: Mapped[Case] = relationship()
    person: Mapped[Person] = relationship()


class Visit(RecordMixin, Base):
    """A monitoring visit to a place of detention."""

    __tablename__ = "visits"
    __kind__ = {"label": "Visit", "plural": "Visits", "main": True,
                "title": ("facility_id.designation", "facility_id.name"),
                "body": ("summary", "notes"),
                "label_parts": ("started_on", "facility_id", "visit_type")}

    facility_id: Mapped[str] = link("facilities", nullable=False, label="Place of detention")
    body: Mapped[str | None] = term("monitoring_body", label="Monitoring body")
    visit_type: Mapped[str | None] = term("visit_type", index=True, label="Type of visit")
    # yes/no facts of a visit and its parts are tri-state: NULL is "not recorded", never "no"
    announced: Mapped[bool | None] = mapped_column(nullable=True, default=None,
                                                   info={"label": "Announced"})
    # when the visit began and ended: an approximate day ("March 2014" as the reports write
    # it, or NULL when unknown) plus, only when recorded, the time of day (monitor_app.dates
    # Moment); a day without its time is never stored as 00:00
    started_on: Mapped[str | None] = approx(label="Started on")
    started_time: Mapped[str | None] = time_of_day(label="Started at")
    ended_on: Mapped[str | None] = approx(label="Ended on")
    ended_time: Mapped[str | None] = time_of_day(label="Ended at")
    # the order of visits (Moment.sort_key in SQL), computed by SQLite and indexed, so that
    # the Visits list sorts and filters 100,000 visits by the index; never written
    start_key: Mapped[str | None] = mapped_column(
        String(40), Computed(moment_sort_key(column("started_on"), column("started_time")),
                             persisted=False), index=True)
    # NPM special visits need the Ombudsman's approval
    request_date: Mapped[str | None] = approx(label="Requested on")
    ombudsman_decision: Mapped[str | None] = term("ombudsman_decision",
                                                  label="Ombudsman's decision")
    decision_date: Mapped[str | None] = approx(label="Decided on")
    access_outcome: Mapped[str | None] = term("access_outcome", label="Access")
    population: Mapped[int | None] = mapped_column(info={"label": "Population on the day"})
    interviews_private: Mapped[int | None] = mapped_column(
        info={"label": "Interviews in private"})
    interviews_group: Mapped[int | None] = mapped_column(info={"label": "Group interviews"})
    summary: Mapped[str] = text_field(label="Summary", sensitive="narrative")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    facility: Mapped[Facility] = relationship()


class VisitTeamMember(RecordMixin, Base):
    __tablename__ = "visit_team"
    __table_args__ = (live_unique("visit_team", "visit_id", "person_id"),)
    __kind__ = {"label": "Team member", "plural": "Visit teams", "parent": "visit_id",
                "natural_key": ("visit_id", "person_id"), "label_parts": ("person_id",)}

    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    person_id: Mapped[str] = link("people", nullable=False, label="Person")
    is_lead: Mapped[bool | None] = mapped_column(nullable=True, default=None,
                                                 info={"label": "Leads the team"})

    person: Mapped[Person] = relationship()


class Interview(RecordMixin, Base):
    """A person met during a visit."""

    __tablename__ = "interviews"
    __kind__ = {"label": "Interview", "plural": "Interviews", "parent": "visit_id",
                "label_parts": ("person_id",)}

    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    person_id: Mapped[str] = link("people", nullable=False, label="Person")
    private: Mapped[bool | None] = mapped_column(nullable=True, default=None,
                                                 info={"label": "In private"})
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    person: Mapped[Person] = relationship()


class Obstruction(RecordMixin, Base):
    __tablename__ = "obstructions"
    __table_args__ = (live_unique("obstructions", "visit_id", "kind"),)
    __kind__ = {"label": "Obstruction", "plural": "Obstructions", "parent": "visit_id",
                "natural_key": ("visit_id", "kind"), "label_parts": ("kind",)}

    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    kind: Mapped[str | None] = term("obstruction", label="Obstruction")
    details: Mapped[str] = text_field(label="Details", sensitive="narrative")


class Finding(RecordMixin, Base):
    """What the team found in one area (treatment, health care, ...)."""

    __tablename__ = "findings"
    __table_args__ = (live_unique("findings", "visit_id", "area"),)
    __kind__ = {"label": "Finding", "plural": "Findings", "parent": "visit_id",
                "natural_key": ("visit_id", "area"), "label_parts": ("area",)}

    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    area: Mapped[str | None] = term("finding_area", label="Area")
    text: Mapped[str] = text_field(label="Finding", sensitive="narrative")


class Recommendation(RecordMixin, Base):
    __tablename__ = "recommendations"
    __kind__ = {"label": "Recommendation", "plural": "Recommendations", "parent": "visit_id",
                "label_parts": ("text",)}

    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    facility_id: Mapped[str] = link("facilities", nullable=False, label="Place of detention")
    area: Mapped[str | None] = term("finding_area", label="Area")
    text: Mapped[str] = mapped_column(Text, info={"label": "Recommendation", "merge": "manual",
                                                  "sensitive": "narrative"})
    status: Mapped[str | None] = term("recommendation_status", label="Status")
    addressee: Mapped[str] = line(300, label="Addressed to")


class RecommendationFollowUp(RecordMixin, Base):
    """The status of an earlier recommendation as seen on a later visit."""

    __tablename__ = "recommendation_followups"
    __table_args__ = (live_unique("recommendation_followups", "recommendation_id", "visit_id"),)
    __kind__ = {"label": "Follow-up", "plural": "Follow-ups", "parent": "visit_id",
                "natural_key": ("recommendation_id", "visit_id"), "label_parts": ("status",)}

    recommendation_id: Mapped[str] = link("recommendations", nullable=False,
                                          label="Recommendation")
    visit_id: Mapped[str] = link("visits", nullable=False, label="Visit")
    status: Mapped[str | None] = term("recommendation_status", label="Status")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


def _multi_table(name: str) -> Table:
    """A many-valued vocabulary field of allegations: one row per term, never hard-deleted."""
    return multi_terms_table(name, "allegations", "allegation_id")


allegation_methods = _multi_table("allegation_methods")
allegation_purposes = _multi_table("allegation_purposes")


class Allegation(RecordMixin, Base):
    """An allegation of torture or ill-treatment, a death in custody, a protest..."""

    __tablename__ = "allegations"
    __kind__ = {"label": "Allegation", "plural": "Allegations", "main": True,
                "title": ("summary",), "body": ("narrative", "injuries", "place_description"),
                "label_parts": ("summary|kind", "date_from"),
                "multi": {"methods": (allegation_methods, "method", "Methods"),
                          "purposes": (allegation_purposes, "purpose", "Purposes")}}

    case_id: Mapped[str | None] = link("cases", label="Case")
    visit_id: Mapped[str | None] = link("visits", label="Visit")
    facility_id: Mapped[str | None] = link("facilities", label="Place of detention")
    kind: Mapped[str | None] = term("allegation_kind", index=True, label="Kind")
    summary: Mapped[str] = line(300, label="Summary", sensitive="narrative")
    narrative: Mapped[str] = text_field(label="Narrative", sensitive="narrative")
    date_from: Mapped[str | None] = approx(label="From")
    date_to: Mapped[str | None] = approx(label="To")
    location_kind: Mapped[str | None] = term("location_kind", label="Where")
    place_description: Mapped[str] = text_field(label="Place", sensitive="narrative")
    injuries: Mapped[str] = text_field(label="Injuries", sensitive="narrative")
    legal_qualification: Mapped[str | None] = term("legal_qualification",
                                                   label="Legal qualification")
    source: Mapped[str | None] = term("source_type", label="Source")
    verification: Mapped[str | None] = term("verification_status", label="Verification")


class AllegationPerson(RecordMixin, Base):
    """A victim or an alleged perpetrator of an allegation."""

    __tablename__ = "allegation_people"
    __table_args__ = (live_unique("allegation_people", "allegation_id", "person_id", "role"),)
    __kind__ = {"label": "Person in allegation", "plural": "People in allegations",
                "parent": "allegation_id", "natural_key": ("allegation_id", "person_id", "role"),
                "duplicate": ("person_id", "is already linked in this role"),
                "label_parts": ("person_id", "role")}

    allegation_id: Mapped[str] = link("allegations", nullable=False, label="Allegation")
    person_id: Mapped[str] = link("people", nullable=False, label="Person")
    # "victim" | "perpetrator" | "witness"
    role: Mapped[str] = mapped_column(String(20), info={
        "label": "Role", "choices": ("victim", "perpetrator", "witness")})
    perpetrator_kind: Mapped[str | None] = term("perpetrator_kind", label="Perpetrator")
    involvement: Mapped[str | None] = term("involvement", label="Involvement")

    person: Mapped[Person] = relationship()


class MedicalExam(RecordMixin, Base):
    __tablename__ = "medical_exams"
    __kind__ = {"label": "Medical examination", "plural": "Medical examinations",
                "parent": "allegation_id", "label_parts": ("kind", "exam_date")}

    allegation_id: Mapped[str] = link("allegations", nullable=False, label="Allegation")
    kind: Mapped[str | None] = term("medical_exam_kind", label="Kind")
    exam_date: Mapped[str | None] = approx(label="Date")
    examiner: Mapped[str] = line(300, label="Examiner")
    istanbul_protocol: Mapped[str | None] = term("istanbul_protocol", label="Istanbul Protocol")
    findings: Mapped[str] = text_field(label="Findings", sensitive="narrative")


class Complaint(RecordMixin, Base):
    """One complaint and the procedural steps it went through."""

    __tablename__ = "complaints"
    __kind__ = {"label": "Complaint", "plural": "Complaints", "main": True, "parent": "case_id",
                "title": ("subject",),
                "body": ("notes", "complaint_steps.reference_no", "complaint_steps.outcome",
                         "complaint_steps.notes"),
                "label_parts": ("case_id.reference", "body", "filed_on", "subject")}

    case_id: Mapped[str] = link("cases", nullable=False, label="Case")
    allegation_id: Mapped[str | None] = link("allegations", index=False, label="Allegation")
    complainant_id: Mapped[str | None] = link("people", index=False, label="Complainant")
    body: Mapped[str | None] = term("complaint_body", label="Filed with")
    subject: Mapped[str] = line(300, label="Subject", sensitive="narrative")
    filed_on: Mapped[str | None] = approx(index=True, label="Filed on")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    steps: Mapped[list[ComplaintStep]] = relationship(
        # entry order; monitor_app.queries.timeline.step_order() is the date order
        order_by="ComplaintStep.created_at",
        primaryjoin="and_(Complaint.id == ComplaintStep.complaint_id, "
        "ComplaintStep.deleted == False)",
        viewonly=True,
    )


class ComplaintStep(RecordMixin, Base):
    """A procedural step: filed, registered, refused, transferred, verdict...; its date may be
    approximate or unknown (an undated step keeps the place it was entered in)."""

    __tablename__ = "complaint_steps"
    __table_args__ = (Index(None, "answer_due", "answered_on"),)
    __kind__ = {"label": "Complaint step", "plural": "Complaint steps", "parent": "complaint_id",
                "label_parts": ("occurred_on", "stage", "body")}

    complaint_id: Mapped[str] = link("complaints", nullable=False, label="Complaint")
    stage: Mapped[str | None] = term("complaint_stage", label="Stage")
    body: Mapped[str | None] = term("complaint_body", label="Body")
    occurred_on: Mapped[str | None] = approx(label="Date")
    reference_no: Mapped[str] = line(120, label="Reference number")
    answer_due: Mapped[date | None] = mapped_column(info={"label": "Answer due"})
    answered_on: Mapped[str | None] = approx(label="Answered on")
    outcome: Mapped[str] = text_field(label="Outcome", sensitive="narrative")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


class DeadlineRule(RecordMixin, Base):
    """The answer deadline the law gives at one procedural stage (and body), with its source.

    ``stage`` NULL: the body's general term, used by stages whose rule says the body's term
    applies (``uses_body_term``); ``body`` NULL: any body. ``days`` NULL: the law gives no
    deadline for this step, so no clock runs. Built-in rules (``monitor_app.procedure``) are
    seeded at open with the same id in every store; ``edited`` marks a user's change to one,
    which seeding then leaves alone."""

    __tablename__ = "deadline_rules"
    __kind__ = {"label": "Deadline rule", "plural": "Deadline rules",
                "label_parts": ("stage", "body", "legal_source")}

    stage: Mapped[str | None] = term("complaint_stage", label="Stage")
    body: Mapped[str | None] = term("complaint_body", label="Body")
    days: Mapped[int | None] = mapped_column(Integer, nullable=True, info={"label": "Days"})
    uses_body_term: Mapped[bool] = mapped_column(default=False,
                                                 info={"label": "The body's term applies"})
    legal_source: Mapped[str] = text_field(label="Legal source")
    in_force_from: Mapped[str | None] = mapped_column(String(10), info={"label": "In force from"})
    in_force_until: Mapped[str | None] = mapped_column(String(10),
                                                       info={"label": "In force until"})
    builtin: Mapped[bool] = mapped_column(default=False, info={"label": "Built in"})
    edited: Mapped[bool] = mapped_column(default=False, info={"label": "Edited"})


class Reprisal(RecordMixin, Base):
    """A reprisal against a victim, witness, relative, lawyer or monitor."""

    __tablename__ = "reprisals"
    __kind__ = {"label": "Reprisal", "plural": "Reprisals", "main": True,
                "title": ("perpetrator",), "body": ("description",),
                "label_parts": ("kind", "occurred_on", "target_id")}

    target_id: Mapped[str | None] = link("people", label="Against")
    target_role: Mapped[str | None] = term("person_role", label="Role")
    kind: Mapped[str | None] = term("reprisal_kind", index=True, label="Reprisal")
    occurred_on: Mapped[str | None] = approx(label="Date")
    case_id: Mapped[str | None] = link("cases", label="Case")
    allegation_id: Mapped[str | None] = link("allegations", label="Allegation")
    visit_id: Mapped[str | None] = link("visits", index=False, label="Visit")
    complaint_id: Mapped[str | None] = link("complaints", label="Complaint")
    perpetrator: Mapped[str] = text_field(label="By whom", sensitive="narrative")
    description: Mapped[str] = text_field(label="What happened", sensitive="narrative")
    risk_level: Mapped[str | None] = term("risk_level", label="Risk level")
    # chains (prosecution -> conviction -> appeal): each event names the one it follows
    follows_id: Mapped[str | None] = link("reprisals", label="Follows")
    outcome: Mapped[str | None] = term("reprisal_outcome", label="Outcome")
    sentence: Mapped[str] = line(300, label="Sentence", sensitive="narrative")
    # the person the pressure is aimed at, when not the target (a brother ill-treated to
    # silence his sister)
    aimed_at_id: Mapped[str | None] = link("people", index=False, label="To pressure")
    destination_facility_id: Mapped[str | None] = link("facilities", index=False,
                                                       label="Transferred to")
    # a counter-charge is also a step of the complaint it answers
    # (monitor_app.operations.reprisals keeps the two together)
    complaint_step_id: Mapped[str | None] = link("complaint_steps", label="Complaint step")

    target: Mapped[Person | None] = relationship(foreign_keys=[target_id])


class ReprisalResponse(RecordMixin, Base):
    __tablename__ = "reprisal_responses"
    __kind__ = {"label": "Response to reprisal", "plural": "Responses to reprisals",
                "parent": "reprisal_id", "label_parts": ("kind", "taken_on")}

    reprisal_id: Mapped[str] = link("reprisals", nullable=False, label="Reprisal")
    kind: Mapped[str | None] = term("reprisal_response", label="Response")
    taken_on: Mapped[str | None] = approx(label="Taken on")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


class Evidence(RecordMixin, Base):
    """A file kept inside the encrypted store, hashed at intake."""

    __tablename__ = "evidence"
    __kind__ = {"label": "Evidence", "plural": "Evidence", "main": True,
                "title": ("file_name",), "body": ("description",),
                "label_parts": ("file_name",)}

    case_id: Mapped[str | None] = link("cases", label="Case")
    allegation_id: Mapped[str | None] = link("allegations", label="Allegation")
    visit_id: Mapped[str | None] = link("visits", index=False, label="Visit")
    reprisal_id: Mapped[str | None] = link("reprisals", label="Reprisal")
    kind: Mapped[str | None] = term("evidence_kind", label="Kind")
    file_name: Mapped[str] = mapped_column(String(300), info={"label": "File name",
                                                              "sensitive": "narrative"})
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream",
                                            info={"label": "Type"})
    size: Mapped[int] = mapped_column(default=0, info={"label": "Size"})
    sha256: Mapped[str] = mapped_column(String(64), index=True, info={"label": "SHA-256"})
    description: Mapped[str] = text_field(label="Description", sensitive="narrative")
    captured_on: Mapped[str | None] = approx(label="Captured on")
    metadata_stripped: Mapped[bool] = mapped_column(default=False,
                                                    info={"label": "Metadata removed"})
    original_metadata: Mapped[dict] = mapped_column(JSON, default=dict,
                                                    info={"label": "Original metadata"})
    sensitive: Mapped[bool] = mapped_column(default=False, info={"label": "Sensitive"})


class EvidenceChunk(Base):
    """The bytes of an evidence file, in chunks so large files never sit whole in memory."""

    __tablename__ = "evidence_chunks"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class HistoryEntry(Base):
    """One change to one record: who, on which device, when (hybrid logical clock), and per
    field the old value, the new one and the change the old value came from.

    ``change_id`` is the same in every store the change travels to; ``id`` is only this
    store's row number. ``hlc`` orders changes across devices without trusting a wall clock
    alone. ``changes`` maps each field to ``[old, new, parent_change_id]``; a create records
    the record's full first state.
    """

    __tablename__ = "history"
    __table_args__ = (
        Index(None, "record_id", "hlc"),
        UniqueConstraint("change_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36))
    txn: Mapped[str] = mapped_column(String(36), default="")  # the write it was part of
    hlc: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(default=utcnow)  # wall clock, for people to read
    actor: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(36), default="")
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | restore | merge
    revision: Mapped[int] = mapped_column(default=1)  # the record's local change count
    changes: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> [old, new, parent]
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. the merged file's id


class Draft(Base):
    """Unsaved typing in an editor, kept so that a crash loses nothing."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Custody(RecordMixin, Base):
    """An arrest and the custody that followed, with the fundamental safeguards the UN
    Committee against Torture asks about: each moment an approximate day plus, when known,
    its time. ``*_access`` / ``family_informed`` are tri-state: NULL is "not recorded",
    False "never given", True "given" (its moment may still be unknown)."""

    __tablename__ = "custody_records"
    __kind__ = {"label": "Arrest and custody", "plural": "Arrests and custody",
                "parent": "case_id",
                "label_parts": ("arrested_on", "person_id")}

    case_id: Mapped[str] = link("cases", nullable=False, label="Case")
    person_id: Mapped[str] = link("people", nullable=False, label="Person")
    facility_id: Mapped[str | None] = link("facilities", index=False,
                                           label="Place of detention")
    arrested_on: Mapped[str | None] = approx(label="Arrested on")
    arrested_time: Mapped[str | None] = time_of_day(label="Arrested at")
    registered_on: Mapped[str | None] = approx(label="Detention registered on")
    registered_time: Mapped[str | None] = time_of_day(label="Detention registered at")
    lawyer_access: Mapped[bool | None] = mapped_column(
        nullable=True, default=None, info={"label": "Access to a lawyer"})
    lawyer_on: Mapped[str | None] = approx(label="First access to a lawyer on")
    lawyer_time: Mapped[str | None] = time_of_day(label="First access to a lawyer at")
    lawyer_of_choice: Mapped[bool | None] = mapped_column(
        nullable=True, default=None, info={"label": "Lawyer of their choice"})
    doctor_access: Mapped[bool | None] = mapped_column(
        nullable=True, default=None, info={"label": "Access to a doctor"})
    doctor_on: Mapped[str | None] = approx(label="First access to a doctor on")
    doctor_time: Mapped[str | None] = time_of_day(label="First access to a doctor at")
    family_informed: Mapped[bool | None] = mapped_column(
        nullable=True, default=None, info={"label": "Family informed"})
    family_on: Mapped[str | None] = approx(label="Family informed on")
    family_time: Mapped[str | None] = time_of_day(label="Family informed at")
    released_on: Mapped[str | None] = approx(label="Released or handed over on")
    released_time: Mapped[str | None] = time_of_day(label="Released or handed over at")
    charges: Mapped[str] = text_field(label="Charges", sensitive="narrative")
    legal_qualification: Mapped[str | None] = term("legal_qualification",
                                                   label="Legal qualification")
    register_number: Mapped[str] = line(120, label="Register number")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")

    person: Mapped[Person] = relationship()


class CaseStatusChange(RecordMixin, Base):
    """One change of a case's status (opened, closed, reopened...), kept so a case closed
    and later reopened shows both; the case's ``status`` is the latest one's, kept in step
    by ``monitor_app.operations.cases.save_case``. Entry order is the order of the changes."""

    __tablename__ = "case_status_changes"
    __kind__ = {"label": "Status change", "plural": "Status changes", "parent": "case_id",
                "label_parts": ("status", "changed_on")}

    case_id: Mapped[str] = link("cases", nullable=False, label="Case")
    status: Mapped[str | None] = term("case_status", label="Status")
    changed_on: Mapped[str | None] = approx(label="Date")
    reason: Mapped[str] = line(300, label="Reason", sensitive="narrative")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


class Proceeding(RecordMixin, Base):
    """A trial, appeal or other proceeding of a case, often with many defendants."""

    __tablename__ = "proceedings"
    __kind__ = {"label": "Proceeding", "plural": "Proceedings", "parent": "case_id",
                "title": ("court", "reference_no"), "body": ("outcome", "notes"),
                "label_parts": ("kind", "court", "started_on")}

    case_id: Mapped[str] = link("cases", nullable=False, label="Case")
    kind: Mapped[str | None] = term("proceeding_kind", label="Kind of proceeding")
    court: Mapped[str] = line(300, label="Court")
    reference_no: Mapped[str] = line(120, label="Case number in court")
    started_on: Mapped[str | None] = approx(label="Started on")
    ended_on: Mapped[str | None] = approx(label="Judgment on")
    outcome: Mapped[str] = text_field(label="Outcome", sensitive="narrative")
    notes: Mapped[str] = text_field(label="Notes", sensitive="narrative")


class ProceedingDefendant(RecordMixin, Base):
    """One defendant of a proceeding: charges, verdict, sentence, and whether a torture
    complaint was made, reached the court record and what the court found. Every yes/no
    and every answer has a "not recorded" (NULL), never read as "no"."""

    __tablename__ = "proceeding_defendants"
    __table_args__ = (live_unique("proceeding_defendants", "proceeding_id", "person_id"),)
    __kind__ = {"label": "Defendant", "plural": "Defendants", "parent": "proceeding_id",
                "natural_key": ("proceeding_id", "person_id"),
                "duplicate": ("person_id", "is already a defendant in this proceeding"),
                "label_parts": ("person_id", "verdict")}

    proceeding_id: Mapped[str] = link("proceedings", nullable=False, label="Proceeding")
    person_id: Mapped[str] = link("people", nullable=False, label="Defendant")
    charges: Mapped[str] = text_field(label="Charges", sensitive="narrative")
    legal_qualification: Mapped[str | None] = term("legal_qualification",
                                                   label="Article charged")
    verdict: Mapped[str | None] = term("defendant_verdict", label="Verdict")
    sentence: Mapped[str] = line(300, label="Sentence")
    torture_complaint: Mapped[str | None] = term("torture_complaint",
                                                 label="Torture complaint")
    complaint_when: Mapped[str | None] = term("torture_complaint_when",
                                              label="Complaint made")
    in_court_record: Mapped[bool | None] = mapped_column(
        nullable=True, default=None, info={"label": "In the court record"})
    court_finding: Mapped[str | None] = term("court_finding", label="Court's finding")
    finding_notes: Mapped[str] = text_field(label="On the finding", sensitive="narrative")

    person: Mapped[Person] = relationship()


# Edit > Deleted records (monitor_app.queries.trash) reads the deleted rows of every kind,
# newest deletion first. A partial index holds only those: small, and never chosen for the
# live rows (``deleted = 0``) the lists read. Migration 0008_trash makes it.
for _table in list(Base.metadata.tables.values()):
    if "deleted_at" in _table.c:
        Index(f"ix_{_table.name}_trash", _table.c.deleted_at,
              sqlite_where=text("deleted = 1"), postgresql_where=text("deleted = true"))


# -- exchange: identities and contacts (issue 11, h11-crypto) ----------------------------
# Not records: they never travel, never appear in export-json, have no history rows.
# monitor_app.exchange.keys reads and writes them.

class ExchangeIdentity(Base):
    """This store's identity: one row, its secret keys (inside the encrypted store only)."""

    __tablename__ = "exchange_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    org: Mapped[str] = mapped_column(String(400), default="")
    sign_secret: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 seed
    box_secret: Mapped[bytes] = mapped_column(LargeBinary)  # X25519
    box_cert: Mapped[bytes] = mapped_column(LargeBinary)
    box_expires: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExchangeContact(Base):
    """A contact's public identity and the name this store knows them by."""

    __tablename__ = "exchange_contacts"
    __table_args__ = (UniqueConstraint("sign_public"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(400))  # this store's name for them
    claimed_name: Mapped[str] = mapped_column(String(400), default="")  # their own
    org: Mapped[str] = mapped_column(String(400), default="")
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_cert: Mapped[bytes] = mapped_column(LargeBinary)
    box_expires: Mapped[datetime] = mapped_column()
    verified: Mapped[bool] = mapped_column(default=False)
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


# -- exchange: the merge (issue 11, slice h11-merge) ----------------------------------------
# Not records: they say what this store sent and merged, and which merged changes dispute
# each other. They never travel (monitor_app.exchange.merge).

class ExchangeLedger(Base):
    """One exchange file sent to or merged from a contact: ``peer`` is the contact's
    signing-key fingerprint; ``watermark`` (sent files) the highest local history row id
    the file considered, so the next file to that contact starts after it; ``source`` (merged
    files) the text its changes carry in ``history.source``."""

    __tablename__ = "exchange_ledger"
    __table_args__ = (Index(None, "peer", "direction"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(10))  # sent | merged
    peer: Mapped[str] = mapped_column(String(128))
    peer_name: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(default=0)
    file_time: Mapped[datetime | None] = mapped_column(nullable=True)
    local_time: Mapped[datetime] = mapped_column(default=utcnow)
    report: Mapped[dict] = mapped_column(JSON, default=dict)
    watermark: Mapped[int | None] = mapped_column(nullable=True)
    source: Mapped[str] = mapped_column(String(200), default="")


class ExchangeConflict(Base):
    """Two changes to one field of one record made without seeing each other, with different
    values: the record shows the later one (by clock) until a person chooses."""

    __tablename__ = "exchange_conflicts"
    __table_args__ = (Index(None, "record_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(80))
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine_change: Mapped[str] = mapped_column(String(36))
    theirs_change: Mapped[str] = mapped_column(String(36))
    mine_by: Mapped[str] = mapped_column(String(200), default="")   # actor (device)
    mine_at: Mapped[datetime | None] = mapped_column(nullable=True)
    theirs_by: Mapped[str] = mapped_column(String(200), default="")
    theirs_at: Mapped[datetime | None] = mapped_column(nullable=True)
    bundle_id: Mapped[str] = mapped_column(String(64), default="")
    found_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | resolved
    resolved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)  # change id


# -- Exchange: likely duplicates (issue 11, the duplicates slice) -------------------------
# Pairs of people or places that look like one record entered twice, put before a person
# (never merged automatically; monitor_app.exchange.duplicates), and the ids merged away.
# Plain tables of this store: not records, never exported. Migration 0009_dupes.

class DuplicatePair(Base):
    """Two records of one kind that look like one: ``a_id`` < ``b_id``; ``reasons`` says
    which parts matched (scores and "same"/"unknown", never the names themselves)."""

    __tablename__ = "exchange_duplicates"
    __table_args__ = (UniqueConstraint("kind", "a_id", "b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    a_id: Mapped[str] = mapped_column(String(80))
    b_id: Mapped[str] = mapped_column(String(80))
    score: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[dict] = mapped_column(JSON, default=dict)
    # open | merged | rejected
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    survivor: Mapped[str | None] = mapped_column(String(80), default=None)


class DuplicateKey(Base):
    """The block keys of a live person or place (folded name parts, designation digits) as
    of its ``version``: the comparison reads the records sharing a key with what arrived,
    not all 100,000. One row per key; a record with none has one row with key "". A cache,
    refreshed from the records whenever their version moved."""

    __tablename__ = "duplicate_keys"
    __table_args__ = (Index("ix_duplicate_keys_kind_key", "kind", "key"),)

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[str] = mapped_column(String(36), default="")


class RecordAlias(Base):
    """A record merged into another: ``old_id`` now lives as ``new_id`` (the change that
    merged it away is ``change_id``, the loser's "merge" history row)."""

    __tablename__ = "record_aliases"

    old_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    new_id: Mapped[str] = mapped_column(String(80), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    change_id: Mapped[str] = mapped_column(String(36), default="")
