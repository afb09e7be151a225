"""The deleted records of every kind, newest deletion first: what Edit > Deleted records shows.

A deleted record is one marked ``deleted`` that was not erased for good (a purge leaves a
tombstone, see :mod:`monitor_app.operations.purge`; it has nothing left to show or to
restore). Pages are taken with LIMIT/OFFSET over (kind, id, deleted_at) of every kind's
table at once; only the rows of the page are then read and labelled, so a store of
100,000 records is never loaded whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, literal, select, union_all
from sqlalchemy.orm import Session

from db.models import HistoryEntry
from monitor_app import schema
from monitor_app.labels import label_of
from monitor_app.operations.purge import PURGE, holder
from monitor_app.vocabulary import Vocab

PAGE_SIZE = 200
# Every kind of record can be deleted, and so every kind is shown.
KINDS: tuple[str, ...] = tuple(schema.KINDS)


@dataclass(frozen=True)
class TrashRow:
    """One deleted record, its label and what it belonged to, ready to show."""

    kind: str
    id: str
    label: str
    deleted_at: datetime | None
    holder_kind: str | None = None   # the record it belongs to (operations.purge.holder)
    holder_id: str | None = None
    holder_label: str = ""
    holder_deleted: bool = False     # restoring it is refused until its holder is back


def _deleted(kind: str) -> Any:
    model = schema.model(kind)
    erased = exists().where(HistoryEntry.action == PURGE, HistoryEntry.record_kind == kind,
                            HistoryEntry.record_id == model.id)
    return select(literal(kind).label("kind"), model.id.label("id"),
                  model.deleted_at.label("deleted_at")).where(
        model.deleted == True, ~erased)  # noqa: E712  (= 1: the partial index's own term)


def _all_deleted() -> Any:
    return union_all(*(_deleted(k) for k in KINDS)).subquery("trash")


def count(session: Session) -> int:
    """How many deleted records there are (not counting those erased for good)."""
    trash = _all_deleted()
    return session.scalar(select(func.count()).select_from(trash)) or 0


def page_keys(session: Session, offset: int = 0, limit: int = PAGE_SIZE
              ) -> list[tuple[str, str]]:
    """(kind, id) of one page, newest deletion first (undated deletions last)."""
    trash = _all_deleted()
    query = (select(trash.c.kind, trash.c.id)
             .order_by(trash.c.deleted_at.desc(), trash.c.kind, trash.c.id)
             .offset(offset).limit(limit))
    return [(k, i) for k, i in session.execute(query)]


def _load(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    """The records of ``keys``, one query per kind (a lookup per row costs a page read each)."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    found: dict[tuple[str, str], Any] = {}
    for kind, ids in by_kind.items():
        model = schema.model(kind)
        for start in range(0, len(ids), 500):
            for obj in session.scalars(select(model).where(model.id.in_(ids[start:start + 500]))):
                found[(kind, obj.id)] = obj
    return found


def rows(session: Session, keys: list[tuple[str, str]], vocab: Vocab, lang: str = "en"
         ) -> list[TrashRow]:
    """The rows of ``keys``, labelled as every list labels a record (``labels.label_of``)."""
    records = _load(session, keys)
    holders = {(kind, record_id): holder(kind, obj) for (kind, record_id), obj in records.items()}
    holder_records = _load(session, (h for h in holders.values() if h is not None))
    out: list[TrashRow] = []
    for key in keys:
        obj = records.get(key)
        if obj is None:
            continue
        kind, record_id = key
        found = holders[key]
        holder_obj = holder_records.get(found) if found else None
        out.append(TrashRow(
            kind=kind, id=record_id, label=label_of(session, vocab, kind, obj, lang),
            deleted_at=obj.deleted_at,
            holder_kind=found[0] if found else None, holder_id=found[1] if found else None,
            holder_label=(label_of(session, vocab, found[0], holder_obj, lang)
                          if found and holder_obj is not None else ""),
            holder_deleted=bool(holder_obj is not None and holder_obj.deleted)))
    return out


def fetch_page(session: Session, vocab: Vocab, lang: str = "en", offset: int = 0,
               limit: int = PAGE_SIZE) -> list[TrashRow]:
    return rows(session, page_keys(session, offset, limit), vocab, lang)


__all__ = ["KINDS", "PAGE_SIZE", "TrashRow", "count", "fetch_page", "page_keys", "rows"]
