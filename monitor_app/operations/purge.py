"""Erase a deleted record for good: what it said is gone, only a tombstone stays.

Deleting a record only marks it (an undo, a merge can see it) and its history keeps every
old value: a passphrase forced out of a monitor would yield every "deleted" name. A purge
is the erasure:

- the record's row keeps its id, kind, ``deleted`` and its links (so that the records
  linking to it stay valid); every other declared field is blanked (text ``""``, optional
  values NULL) and its many-valued terms removed;
- its history rows keep their change ids, stamps, actors and the *names* of the fields
  that changed, with every old and new value blanked;
- its search entry goes, and the entries of the records whose text showed its text (a
  case showing its victim's name) are rebuilt without it; the full-text index is then
  merged (``optimize``) so no old segment keeps its words;
- an evidence file's bytes and every draft of the record are deleted;
- a history row with the action ``purge`` is added: that is the tombstone. An import
  (``import-json``) skips a tombstoned id and the history rows of it, so a file made
  before the purge does not bring the record back.

The parts of a purged record are purged with it, whether or not they were deleted one by
one: they cannot be seen without their holder and hold its narrative. Parts are the
records whose declared parent it is (a case's complaints and their steps, a visit's
findings), and the records that declare no parent but that it holds: an allegation, a
reprisal or a piece of evidence belongs to the first of its links to a case, an
allegation, a complaint, a reprisal or a visit (``HOLDERS``), so an allegation filed in a
case goes with the case, not with the visit it was heard on. Records that merely link
to it (a case naming a purged person as victim) are left; their link now points at the
tombstone.

After the transaction :func:`vacuum` rebuilds the file (``VACUUM``) so no free page keeps
the old text (``secure_delete`` is on as well: freed pages are zeroed) and truncates the
write-ahead log. An SSD may still keep old blocks of the file: see docs/security.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Draft, EvidenceChunk, HistoryEntry
from monitor_app import schema
from monitor_app.records import RecordNotFound, Writer
from monitor_app.records.values import parent_column

if TYPE_CHECKING:
    from monitor_app.store import Store

PURGE = "purge"  # the history action that marks a tombstone


class NotDeleted(Exception):
    """Only a deleted record can be purged (delete it first: the undo window is its own)."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"the {schema.kind(kind).label.lower()} {record_id} is not deleted; "
                         "delete it first")
        self.kind, self.record_id = kind, record_id


@dataclass
class PurgeSummary:
    records: list[tuple[str, str]] = field(default_factory=list)  # (kind, id), parts too
    history: int = 0      # history rows blanked
    chunks: int = 0       # evidence chunks removed
    drafts: int = 0
    compacted: bool = False  # VACUUM ran (not when another program holds the store)

    @property
    def total(self) -> int:
        return len(self.records)


def tombstoned(session: Session, kind: str, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` (of ``kind``) were purged."""
    ids = list(ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(session.scalars(select(HistoryEntry.record_id).where(
            HistoryEntry.action == PURGE, HistoryEntry.record_kind == kind,
            HistoryEntry.record_id.in_(ids[start:start + 500]))))
    return found


# Records of these kinds stand on their own: they are never a part of another record.
STANDALONE = frozenset({"vocab_terms", "facilities", "people", "visits", "cases"})
# The kinds that can hold a record that declares no parent (an allegation, a reprisal, a
# piece of evidence): it belongs to the first of these its links name, in declared order
# (an allegation heard on a visit and filed in a case belongs to the case).
HOLDERS = ("cases", "allegations", "complaints", "reprisals", "visits")


def _holder_links(k: schema.Kind) -> list[str]:
    return [n for n, f in k.links.items() if f.link in HOLDERS]


def holder(kind: str, obj: Any) -> tuple[str, str] | None:
    """The record ``obj`` (of ``kind``) belongs to, as (kind, id): its declared parent, or
    for a record that declares none the first of its links to a holder that is set
    (``HOLDERS``); None for a record that stands on its own. :func:`_parts` reads the
    same rule from the other side."""
    k = schema.kind(kind)
    if k.parent is not None:
        parent_id = getattr(obj, k.parent)
        return (k.parent_kind, parent_id) if parent_id and k.parent_kind else None
    if kind in STANDALONE:
        return None
    for name in _holder_links(k):
        value = getattr(obj, name)
        target = k.links[name].link
        if value and target is not None:
            return target, value
    return None


def _parts(session: Session, kind: str, record_id: str) -> list[tuple[str, str]]:
    """The records that belong to this one, recursively (parts before their holder):
    those whose declared parent it is, and the unparented records it holds (see
    ``HOLDERS``)."""
    out: list[tuple[str, str]] = []
    for k in schema.KINDS.values():
        model = k.model
        if k.parent is not None:
            if k.parent_kind != kind:
                continue
            where = [getattr(model, k.parent) == record_id]
        elif k.name not in STANDALONE:
            links = _holder_links(k)
            mine = [n for n in links if k.links[n].link == kind]
            if not mine:
                continue
            first = mine[0]
            before = links[:links.index(first)]
            where = [getattr(model, first) == record_id,
                     *(getattr(model, n).is_(None) for n in before)]
        else:
            continue
        for child_id in session.scalars(select(model.id).where(*where)):
            if (k.name, child_id) == (kind, record_id):
                continue
            out.extend(_parts(session, k.name, child_id))
            out.append((k.name, child_id))
    return out


def _blank(f: schema.Field, column: Any, current: Any) -> Any:
    if f.type == "link":
        return current  # links are ids; the records they point at keep their own rules
    if column.nullable:
        return None
    if isinstance(current, str):
        return ""
    if isinstance(current, dict | list):
        return type(current)()  # a photo's original metadata (GPS...) goes too
    return current  # a flag, a number: no text to erase


def _erase_one(w: Writer, kind: str, record_id: str, summary: PurgeSummary) -> None:
    s = w.session
    k = schema.kind(kind)
    obj = s.get(k.model, record_id)
    table = k.model.__table__
    for name, f in k.columns.items():
        setattr(obj, name, _blank(f, table.c[name], getattr(obj, name)))
    for f in k.multi.values():
        assert f.table is not None
        s.execute(delete(f.table).where(parent_column(f.table) == record_id))
    rows = s.scalars(select(HistoryEntry).where(HistoryEntry.record_kind == kind,
                                                HistoryEntry.record_id == record_id)).all()
    for h in rows:
        h.changes = {n: [None, None, (v[2] if isinstance(v, list) and len(v) > 2 else None)]
                     for n, v in (h.changes or {}).items()}
        summary.history += 1
    if kind == "evidence":
        summary.chunks += s.execute(delete(EvidenceChunk).where(
            EvidenceChunk.evidence_id == record_id)).rowcount or 0
    summary.drafts += s.execute(delete(Draft).where(
        Draft.record_kind == kind, Draft.record_id == record_id)).rowcount or 0
    obj.deleted = True
    obj.deleted_at = obj.deleted_at or utcnow()
    obj.revision += 1
    s.flush()
    # the tombstone: a change like any other, with no values
    obj.version = w._history(kind, record_id, PURGE, obj.revision, {})  # noqa: SLF001
    w.change.deleted.add((kind, record_id))  # its search entry and its dependents' go
    summary.records.append((kind, record_id))


def check_purgeable(session: Session, kind: str, record_id: str) -> None:
    """Raise :class:`RecordNotFound` or :class:`NotDeleted` unless the record can be
    purged."""
    obj = session.get(schema.kind(kind).model, record_id)
    if obj is None:
        raise RecordNotFound(f"no {kind} record {record_id}")
    if not obj.deleted:
        raise NotDeleted(kind, record_id)


def purge(w: Writer, kind: str, record_id: str) -> PurgeSummary:
    """Erase a deleted record and its parts (see the module). Raises
    :class:`RecordNotFound` and :class:`NotDeleted`; purging a tombstone again is a no-op
    that reports nothing purged."""
    s = w.session
    check_purgeable(s, kind, record_id)
    summary = PurgeSummary()
    if tombstoned(s, kind, [record_id]):
        return summary  # already erased (purging again still compacts the file)
    for part_kind, part_id in [*_parts(s, kind, record_id), (kind, record_id)]:
        if not tombstoned(s, part_kind, [part_id]):
            _erase_one(w, part_kind, part_id, summary)
    s.flush()
    return summary


def optimize_search(session: Session) -> None:
    """Merge the full-text index into one segment: deleted entries leave its pages."""
    session.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))


def purge_records(store: Store, items: Iterable[tuple[str, str]]) -> PurgeSummary:
    """Purge several deleted records in one transaction, then :func:`vacuum` the file."""
    total = PurgeSummary()
    with store.write(source=PURGE) as w:
        for kind, record_id in items:
            one = purge(w, kind, record_id)
            total.records += one.records
            total.history += one.history
            total.chunks += one.chunks
            total.drafts += one.drafts
    with store.write(source=PURGE) as w:  # after the search refresh of the first
        optimize_search(w.session)
    total.compacted = vacuum(store)
    return total


def vacuum(store: Store) -> bool:
    """Rebuild the file without free pages, and empty the write-ahead log. Returns False
    when another connection holds the store: the purge itself is committed, but until a
    checkpoint and a VACUUM run, old versions of its pages may remain inside the
    (encrypted) file; purging the same ids again compacts it."""
    from db.engine import StoreBusy, classify

    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        try:
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:
            if isinstance(classify(exc), StoreBusy):
                return False
            raise
    return True


__all__ = ["PURGE", "NotDeleted", "PurgeSummary", "check_purgeable", "holder", "optimize_search",
           "purge", "purge_records", "tombstoned", "vacuum"]
