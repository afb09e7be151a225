"""The write path and plain-data read helpers for every kind of record.

All writes go through a :class:`Writer` obtained from ``store.write()``: one
transaction, a history row for every create, update and delete, revision bumped,
the search index kept current, and a :class:`Change` saying what was touched.
Reads return plain dicts (JSON-ready), never live ORM objects.
"""

from __future__ import annotations

import hashlib
import io
import json
import mimetypes
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, DateTime, Select, Table, delete, insert, inspect, select
from sqlalchemy.orm import Session

from db.base import new_uuid, utcnow
from db.models import (
    Allegation,
    AllegationPerson,
    Case,
    CasePerson,
    Complaint,
    ComplaintStep,
    Evidence,
    EvidenceChunk,
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
    VocabTerm,
    allegation_methods,
    allegation_purposes,
)
from monitor_app import search
from monitor_app.dates import ApproxDate, DateParseError

if TYPE_CHECKING:
    from monitor_app.store import Store

CHUNK = 1024 * 1024

MODELS: dict[str, type[Any]] = {
    m.__tablename__: m
    for m in (
        Facility, Person, Case, CasePerson, Visit, VisitTeamMember, Interview, Obstruction,
        Finding, Recommendation, RecommendationFollowUp, Allegation, AllegationPerson,
        MedicalExam, Complaint, ComplaintStep, Reprisal, ReprisalResponse, Evidence, VocabTerm,
    )
}

# The kinds a user lists and opens (the command line's KIND).
MAIN_KINDS = ("facilities", "visits", "people", "cases", "allegations", "complaints",
              "reprisals", "evidence")

# Which vocabulary feeds which field.
FIELD_VOCAB: dict[str, dict[str, str]] = {
    "facilities": {"kind": "place_kind", "regime": "regime", "authority": "authority",
                   "region": "region"},
    "people": {"category": "person_category", "gender": "gender", "agency": "perpetrator_kind",
               "risk_level": "risk_level"},
    "cases": {"status": "case_status", "region": "region", "risk_level": "risk_level"},
    "case_people": {"role": "person_role"},
    "visits": {"body": "monitoring_body", "visit_type": "visit_type",
               "ombudsman_decision": "ombudsman_decision", "access_outcome": "access_outcome"},
    "obstructions": {"kind": "obstruction"},
    "findings": {"area": "finding_area"},
    "recommendations": {"area": "finding_area", "status": "recommendation_status"},
    "recommendation_followups": {"status": "recommendation_status"},
    "allegations": {"kind": "allegation_kind", "location_kind": "location_kind",
                    "legal_qualification": "legal_qualification", "source": "source_type",
                    "verification": "verification_status", "methods": "method",
                    "purposes": "purpose"},
    "allegation_people": {"perpetrator_kind": "perpetrator_kind", "involvement": "involvement"},
    "medical_exams": {"kind": "medical_exam_kind", "istanbul_protocol": "istanbul_protocol"},
    "complaints": {"body": "complaint_body"},
    "complaint_steps": {"stage": "complaint_stage", "body": "complaint_body"},
    "reprisals": {"target_role": "person_role", "kind": "reprisal_kind",
                  "risk_level": "risk_level"},
    "reprisal_responses": {"kind": "reprisal_response"},
    "evidence": {"kind": "evidence_kind"},
}

# Many-valued vocabulary fields, kept in association tables.
MULTI: dict[str, dict[str, Table]] = {
    "allegations": {"methods": allegation_methods, "purposes": allegation_purposes},
}

# Approximate-date columns (ISO text of reduced precision).
APPROX_FIELDS: dict[str, set[str]] = {
    "people": {"birth_date"},
    "allegations": {"date_from", "date_to"},
    "medical_exams": {"exam_date"},
    "reprisals": {"occurred_on"},
    "evidence": {"captured_on"},
}

SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "origin", "revision",
                           "deleted", "deleted_at"})


class ValidationError(ValueError):
    """Input a user must correct; ``errors`` maps each field to a plain sentence."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class RecordNotFound(LookupError):
    """No record of that kind with that id (or it was deleted)."""


@dataclass
class Change:
    """What one write touched: (kind, id) pairs. Views refresh only what is affected."""

    created: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    deleted: set[tuple[str, str]] = field(default_factory=set)

    @property
    def kinds(self) -> set[str]:
        return {k for k, _ in self.created | self.updated | self.deleted}

    def touches(self, kind: str, record_id: str | None = None) -> bool:
        pairs = self.created | self.updated | self.deleted
        if record_id is None:
            return any(k == kind for k, _ in pairs)
        return (kind, record_id) in pairs

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


# -- value conversion ----------------------------------------------------------

def plain(value: Any) -> Any:
    """A JSON-ready form of a stored value."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, ApproxDate):
        return value.to_iso()
    return value


def _column_types(model: type[Any]) -> dict[str, Any]:
    return {c.key: c.type for c in inspect(model).columns}


def _coerce(kind: str, name: str, value: Any, coltype: Any) -> Any:
    """Turn user or JSON input into what the column stores; raise ValueError on bad input."""
    if value == "" and not isinstance(coltype, (Date, DateTime)) and name not in APPROX_FIELDS.get(
            kind, ()):
        return value
    if value is None or value == "":
        return None
    if name in APPROX_FIELDS.get(kind, ()):
        if isinstance(value, ApproxDate):
            return value.to_iso()
        if isinstance(value, date):
            return ApproxDate.from_date(value).to_iso()
        from monitor_app.dates import parse_approx_date

        return parse_approx_date(str(value)).to_iso()
    if isinstance(coltype, DateTime):
        if isinstance(value, datetime):
            return value
        return datetime.fromisoformat(str(value))
    if isinstance(coltype, Date):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValueError("Enter a full date as YYYY-MM-DD, e.g. 2017-11-14.") from None
    return value


def record_to_dict(obj: Any) -> dict[str, Any]:
    """Every column of a record as JSON-ready values."""
    return {c.key: plain(getattr(obj, c.key)) for c in inspect(type(obj)).columns}


# -- the write path ------------------------------------------------------------

class Writer:
    """Creates, updates and soft-deletes records inside one transaction."""

    def __init__(self, store: Store, session: Session, source: str = "") -> None:
        self.store = store
        self.session = session
        self.source = source
        self.change = Change()
        self._vocab_cache: dict[str, str] | None = None
        # The session's identity map holds clean objects weakly; keeping them here
        # saves re-reading each one when the search index is refreshed at the end.
        self._keep: list[Any] = []

    # vocabulary codes -> their vocabulary, to check a value belongs to the field's list
    def _term_vocab(self, code: str) -> str | None:
        if self._vocab_cache is None:
            rows = self.session.execute(select(VocabTerm.code, VocabTerm.vocabulary)).all()
            self._vocab_cache = {code: vocabulary for code, vocabulary in rows}
        return self._vocab_cache.get(code)

    def forget_vocab_cache(self) -> None:
        """Terms were added in this transaction: look them up afresh."""
        self._vocab_cache = None

    def _model(self, kind: str) -> type[Any]:
        try:
            return MODELS[kind]
        except KeyError:
            raise ValueError(f"unknown kind of record: {kind}") from None

    def _prepare(self, kind: str, values: Mapping[str, Any], *, creating: bool
                 ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        model = self._model(kind)
        types = _column_types(model)
        multi_spec = MULTI.get(kind, {})
        vocab_fields = FIELD_VOCAB.get(kind, {})
        errors: dict[str, str] = {}
        columns: dict[str, Any] = {}
        multi: dict[str, list[str]] = {}
        for name, value in values.items():
            if name in SYSTEM_FIELDS and not (creating and name == "id"):
                errors[name] = "is kept by the app and cannot be set"
                continue
            if name in multi_spec:
                codes = sorted(set(value or ()))
                wrong = [c for c in codes if self._term_vocab(c) != vocab_fields.get(name)]
                if wrong:
                    errors[name] = f"not in the list: {', '.join(wrong)}"
                multi[name] = codes
                continue
            if name not in types:
                errors[name] = "is not a field of this record"
                continue
            try:
                converted = _coerce(kind, name, value, types[name])
            except (ValueError, DateParseError) as exc:
                errors[name] = str(exc)
                continue
            if name in vocab_fields and converted is not None:
                vocab = self._term_vocab(converted)
                if vocab != vocab_fields[name]:
                    errors[name] = f"'{converted}' is not in the list of {vocab_fields[name]}"
                    continue
            columns[name] = converted
        if errors:
            raise ValidationError(errors)
        return columns, multi

    def _check_required(self, obj: Any) -> None:
        """Required fields are set and every link points at a live record."""
        problems: dict[str, str] = {}
        columns = inspect(type(obj)).columns
        for col in columns:
            if col.key in SYSTEM_FIELDS or col.nullable or col.default is not None:
                continue
            if getattr(obj, col.key) in (None, ""):
                problems[col.key] = "is required"
        with self.session.no_autoflush:
            for col in columns:
                target = getattr(obj, col.key)
                for fk in col.foreign_keys:
                    table = fk.column.table.name
                    if target is None or table not in MODELS or table == "vocab_terms":
                        continue  # vocabulary terms are checked against their list
                    if (table, target) in self.change.created:
                        continue  # created earlier in this transaction, not flushed yet
                    ref = self.session.get(MODELS[table], target)
                    if ref is None or ref.deleted:
                        problems[col.key] = "points to a record that does not exist"
        if problems:
            raise ValidationError(problems)

    def _history(self, kind: str, record_id: str, action: str, revision: int,
                 changes: dict[str, list[Any]]) -> None:
        ident = self.store.identity
        self.session.add(HistoryEntry(
            actor=ident.actor, device=ident.device_id, record_kind=kind, record_id=record_id,
            action=action, revision=revision, changes=changes, source=self.source,
        ))

    def _multi_values(self, kind: str, record_id: str, name: str) -> list[str]:
        table = MULTI[kind][name]
        parent_col = next(c for c in table.c if c.name != "term_code")
        rows = self.session.execute(select(table.c.term_code).where(parent_col == record_id))
        return sorted(r[0] for r in rows)

    def _set_multi(self, kind: str, record_id: str, name: str, codes: list[str]) -> None:
        table = MULTI[kind][name]
        parent_col = next(c for c in table.c if c.name != "term_code")
        self.session.execute(delete(table).where(parent_col == record_id))
        if codes:
            self.session.execute(insert(table), [
                {parent_col.name: record_id, "term_code": c} for c in codes])

    def create(self, kind: str, /, **values: Any) -> str:
        """Create a record; returns its id. Raises :class:`ValidationError`."""
        columns, multi = self._prepare(kind, values, creating=True)
        model = self._model(kind)
        ident = self.store.identity
        obj = model(**columns)
        obj.id = columns.get("id") or new_uuid()
        obj.origin = ident.device_id
        obj.created_by = ident.actor
        obj.revision = 1
        obj.deleted = False
        obj.created_at = obj.updated_at = utcnow()
        self._check_required(obj)
        self.session.add(obj)
        self._keep.append(obj)
        if multi:  # association rows need their parent row first
            self.session.flush()
            for name, codes in multi.items():
                self._set_multi(kind, obj.id, name, codes)
        changes: dict[str, list[Any]] = {k: [None, plain(v)] for k, v in columns.items()
                                         if k != "id" and v not in (None, "", False)}
        changes.update({k: [[], v] for k, v in multi.items() if v})
        self._history(kind, obj.id, "create", 1, changes)
        self.change.created.add((kind, obj.id))
        return obj.id

    def _load(self, kind: str, record_id: str, *, include_deleted: bool = False) -> Any:
        obj = self.session.get(self._model(kind), record_id)
        if obj is None or (obj.deleted and not include_deleted):
            raise RecordNotFound(f"no {kind} record {record_id}")
        return obj

    def update(self, kind: str, record_id: str, /, **values: Any) -> bool:
        """Change fields of a record; returns False when nothing actually changed."""
        obj = self._load(kind, record_id)
        columns, multi = self._prepare(kind, values, creating=False)
        changes: dict[str, list[Any]] = {}
        for name, new in columns.items():
            old = getattr(obj, name)
            if old != new:
                changes[name] = [plain(old), plain(new)]
                setattr(obj, name, new)
        for name, codes in multi.items():
            old_codes = self._multi_values(kind, record_id, name)
            if old_codes != codes:
                changes[name] = [old_codes, codes]
                self._set_multi(kind, record_id, name, codes)
        if not changes:
            return False
        self._check_required(obj)
        obj.revision += 1
        obj.updated_at = utcnow()
        self.session.flush()
        self._history(kind, record_id, "update", obj.revision, changes)
        self.change.updated.add((kind, record_id))
        return True

    def delete(self, kind: str, record_id: str) -> None:
        """Mark a record deleted (kept, with its history, so a merge or an undo can see it)."""
        obj = self._load(kind, record_id)
        obj.deleted = True
        obj.deleted_at = utcnow()
        obj.revision += 1
        obj.updated_at = obj.deleted_at
        self.session.flush()
        self._history(kind, record_id, "delete", obj.revision, {"deleted": [False, True]})
        self.change.deleted.add((kind, record_id))

    def restore(self, kind: str, record_id: str) -> None:
        """Undo a deletion."""
        obj = self._load(kind, record_id, include_deleted=True)
        if not obj.deleted:
            return
        obj.deleted = False
        obj.deleted_at = None
        obj.revision += 1
        obj.updated_at = utcnow()
        self.session.flush()
        self._history(kind, record_id, "restore", obj.revision, {"deleted": [True, False]})
        self.change.created.add((kind, record_id))

    def add_evidence(self, source: Path | bytes | io.BufferedIOBase, *,
                     file_name: str | None = None, strip_metadata: bool = True,
                     **values: Any) -> str:
        """Store a file inside the encrypted store, hashed (SHA-256) at intake; returns its id.

        Photos lose their EXIF/GPS metadata by default (a photo's GPS can endanger a
        source); the hash of the file as received is kept in ``original_metadata``.
        Other files are streamed in 1 MiB chunks, so a long video never sits whole
        in memory.
        """
        if isinstance(source, Path):
            file_name = file_name or source.name
        if not file_name:
            raise ValidationError({"file_name": "is required"})
        media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        is_photo = strip_metadata and media_type in ("image/jpeg", "image/png")
        if isinstance(source, bytes) or is_photo or not isinstance(source, Path):
            data = source if isinstance(source, bytes) else (
                source.read_bytes() if isinstance(source, Path) else source.read())

            def chunks() -> Iterator[bytes]:
                yield from (data[i:i + CHUNK] for i in range(0, len(data), CHUNK))
        else:
            data = None

            def chunks() -> Iterator[bytes]:
                with source.open("rb") as fh:  # type: ignore[union-attr]
                    while block := fh.read(CHUNK):
                        yield block

        received = hashlib.sha256()
        size = 0
        for block in chunks():
            received.update(block)
            size += len(block)
        original_meta: dict[str, Any] = {"received_sha256": received.hexdigest(),
                                         "received_size": size}
        stripped = False
        if is_photo and data is not None:
            data, removed = _strip_image_metadata(data, media_type)
            if removed:
                stripped = True
                original_meta["removed_metadata"] = removed
                size = len(data)
        digest = hashlib.sha256(data).hexdigest() if stripped else received.hexdigest()
        record_id = self.create(
            "evidence", file_name=file_name, media_type=media_type, size=size,
            sha256=digest, metadata_stripped=stripped, original_metadata=original_meta, **values,
        )
        self.session.flush()
        stored = hashlib.sha256()
        seq = -1
        for seq, block in enumerate(chunks()):
            stored.update(block)
            self.session.add(EvidenceChunk(evidence_id=record_id, seq=seq, data=block))
            self.session.flush()  # one chunk in memory at a time
        if seq < 0:
            self.session.add(EvidenceChunk(evidence_id=record_id, seq=0, data=b""))
        if stored.hexdigest() != digest:  # the file changed while we read it
            raise ValidationError({"file_name": "the file changed while it was being added; "
                                                "add it again"})
        self.session.flush()
        return record_id

    def finish(self) -> None:
        """Bring the search index up to date with what this transaction touched."""
        touched = self.change.created | self.change.updated | self.change.deleted
        self.session.flush()
        search.refresh(self.session, touched, new=self.change.created)
        self.session.flush()


def _strip_image_metadata(data: bytes, media_type: str) -> tuple[bytes, list[str]]:
    """Re-encode an image without EXIF, GPS, XMP or text chunks; return bytes and what went."""
    from PIL import ExifTags, Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            exif = img.getexif()
            removed = {ExifTags.TAGS.get(k, str(k)) for k in exif}
            if exif.get_ifd(ExifTags.IFD.GPSInfo):
                removed.add("GPSInfo")
            removed |= {k for k in img.info if k.lower() in _IMAGE_METADATA_KEYS}
            removed |= set(getattr(img, "text", {}) or {})
            if not removed:
                return data, []
            if img.mode not in ("RGB", "RGBA", "L", "LA"):
                img = img.convert("RGBA" if media_type == "image/png" else "RGB")
            clean = Image.frombytes(img.mode, img.size, img.tobytes())
            out = io.BytesIO()
            if media_type == "image/jpeg":
                clean.save(out, format="JPEG", quality=95)
            else:
                clean.save(out, format="PNG")
            return out.getvalue(), sorted(removed)
    except Exception:  # not a readable image: keep the bytes exactly as received
        return data, []


_IMAGE_METADATA_KEYS = {"exif", "xmp", "xml:com.adobe.xmp", "comment", "icc_profile", "photoshop"}


# -- reads ---------------------------------------------------------------------

def get(session: Session, kind: str, record_id: str, *, include_deleted: bool = False
        ) -> dict[str, Any]:
    """One record as a plain dict (with its many-valued fields)."""
    model = MODELS.get(kind)
    if model is None:
        raise ValueError(f"unknown kind of record: {kind}")
    obj = session.get(model, record_id)
    if obj is None or (obj.deleted and not include_deleted):
        raise RecordNotFound(f"no {kind} record {record_id}")
    data = record_to_dict(obj)
    for name, table in MULTI.get(kind, {}).items():
        parent_col = next(c for c in table.c if c.name != "term_code")
        data[name] = sorted(r[0] for r in session.execute(
            select(table.c.term_code).where(parent_col == record_id)))
    return data


def list_stmt(kind: str, *, text: str | None = None, include_deleted: bool = False
              ) -> Select[Any]:
    """A select of the records of a kind (newest first), filtered by full-text search."""
    model = MODELS[kind]
    stmt = select(model)
    if not include_deleted:
        stmt = stmt.where(model.deleted.is_(False))
    if text:
        stmt = stmt.where(model.id.in_(search.matching_ids(kind, text)))
    return stmt.order_by(model.created_at.desc(), model.id)


def list_ids(session: Session, kind: str, *, text: str | None = None,
             include_deleted: bool = False, limit: int | None = None) -> list[str]:
    """Ids of records of a kind (newest first), filtered by a full-text search when given."""
    stmt = list_stmt(kind, text=text, include_deleted=include_deleted).with_only_columns(
        MODELS[kind].id)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def history(session: Session, kind: str, record_id: str) -> list[dict[str, Any]]:
    """The change history of one record, oldest first."""
    rows = session.scalars(select(HistoryEntry).where(
        HistoryEntry.record_kind == kind, HistoryEntry.record_id == record_id
    ).order_by(HistoryEntry.id))
    return [record_to_dict(r) for r in rows]


def evidence_chunks(session: Session, evidence_id: str) -> Iterator[bytes]:
    """The stored bytes of an evidence file, chunk by chunk."""
    stmt = select(EvidenceChunk.data).where(EvidenceChunk.evidence_id == evidence_id
                                            ).order_by(EvidenceChunk.seq)
    for (data,) in session.execute(stmt):
        yield data


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=plain)

