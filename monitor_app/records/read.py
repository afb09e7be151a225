"""Reads of single records as plain dicts (JSON-ready), never live ORM objects."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.engine import StoreDamaged
from db.models import Evidence, EvidenceChunk, HistoryEntry
from monitor_app import schema, search

if TYPE_CHECKING:
    pass
from monitor_app.records.change import RecordNotFound
from monitor_app.records.values import MODELS, multi_values, plain, record_to_dict

# -- reads ---------------------------------------------------------------------

def get(session: Session, kind: str, record_id: str, *, include_deleted: bool = False
        ) -> dict[str, Any]:
    """One record as a plain dict (with its many-valued fields)."""
    k = schema.kind(kind)
    obj = session.get(k.model, record_id)
    if obj is None or (obj.deleted and not include_deleted):
        raise RecordNotFound(f"no {kind} record {record_id}")
    data = record_to_dict(obj)
    for name, f in k.multi.items():
        data[name] = multi_values(session, f, record_id)
    return data


def list_stmt(kind: str, *, text: str | None = None, include_deleted: bool = False
              ) -> Select[Any]:
    """A select of the records of a kind (newest first), filtered by full-text search."""
    model = schema.kind(kind).model
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
        HistoryEntry.record_id == record_id, HistoryEntry.record_kind == kind
    ).order_by(HistoryEntry.hlc, HistoryEntry.id))
    return [record_to_dict(r) for r in rows]


class EvidenceDamaged(StoreDamaged):
    """The stored bytes of an evidence file no longer match the SHA-256 taken at intake."""

    def __init__(self, evidence_id: str) -> None:
        self.evidence_id = evidence_id
        super().__init__(f"The stored copy of evidence {evidence_id} does not match its "
                         "SHA-256: the store is damaged; restore it from a backup.")


def evidence_chunks(session: Session, evidence_id: str) -> Iterator[bytes]:
    """The stored bytes of an evidence file, chunk by chunk, checked against the record's
    SHA-256: after the last chunk :class:`EvidenceDamaged` is raised if they differ (a
    caller that writes chunks out must discard what it wrote then). A record imported
    without its bytes has no chunks and yields nothing."""
    expected = session.scalar(select(Evidence.sha256).where(Evidence.id == evidence_id))
    stmt = select(EvidenceChunk.data).where(EvidenceChunk.evidence_id == evidence_id
                                            ).order_by(EvidenceChunk.seq)
    digest = hashlib.sha256()
    seen = False
    # yield_per: an ORM result is otherwise fetched whole first (a 1 GB video in memory)
    for (data,) in session.execute(stmt.execution_options(yield_per=1)):
        seen = True
        digest.update(data)
        yield data
    if seen and digest.hexdigest() != expected:
        raise EvidenceDamaged(evidence_id)


def read_evidence(session: Session, evidence_id: str) -> bytes:
    """The whole stored file, checked against its SHA-256 (:class:`EvidenceDamaged`)."""
    return b"".join(evidence_chunks(session, evidence_id))


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=plain)

