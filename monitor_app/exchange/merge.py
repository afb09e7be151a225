"""Applying an exchange file: history changes merged field by field, conflicts kept.

A record's state is a pure function of its set of changes, folded in (hlc, change_id)
order: a scalar field takes the value of the latest change touching it; a many-valued
field folds each change's delta (what it added, what it removed); ``deleted`` is a field
like any other. So stores that hold the same changes hold the same records, whatever the
order files arrived in, and merging a file twice changes nothing.

Two changes of one field made without seeing each other (neither is in the other's causal
past, followed through the parents each field's triple names) with different values are a
*conflict*: the record shows the later one meanwhile, and a person chooses
(:func:`resolve`), which writes a change naming both as parents; that change travels and
closes the same conflict in every store it reaches. A deletion names every change its
author had seen, so an edit it did not see (or an edit arriving for a record deleted here)
is a conflict on ``deleted`` rather than a silent loss. See docs/exchange.md, "The merge".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from db.base import utcnow
from db.models import EvidenceChunk, ExchangeConflict, ExchangeLedger, HistoryEntry
from monitor_app import records, schema
from monitor_app.exchange import EARLIER_FILE_NEEDED, NO_IDENTITY, duplicates, source_of
from monitor_app.exchange.payload import (
    ChangeItem,
    EvidenceItem,
    PayloadError,
    PayloadReader,
    Selection,
    encode,
)
from monitor_app.operations.purge import PURGE, tombstoned
from monitor_app.records.values import multi_values, plain
from monitor_app.records.writer import fill_defaults

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from monitor_app.records import Writer
    from monitor_app.store import Store

__all__ = ["ExportReport", "MergeRefused", "MergeReport", "UnknownConflict", "export_file",
           "apply_payload", "merge_file", "open_conflicts", "resolve"]

_BATCH = 500
SENT, MERGED = "sent", "merged"
DELETED = "deleted"


class MergeRefused(ValueError):
    """A file that is not merged (nothing of it was written): the reason, one line in
    English; ``code`` a stable word for the common reasons (``monitor_app.exchange.REFUSAL_CODES``),
    else None."""

    def __init__(self, reason: str, *, code: str | None = None) -> None:
        super().__init__(reason)
        self.code = code


class UnknownConflict(LookupError):
    """No open conflict with that id."""


@dataclass
class KindCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class MergeReport:
    """What merging one file did (or would do, with ``dry_run``)."""

    file: str = ""
    sender: str = ""
    verified: bool = False
    bundle_id: str = ""
    seq: int = 0
    replayed: str | None = None      # "already merged on ...": nothing was applied
    older_sequence: bool = False     # a lower sequence than already seen from the sender
    dry_run: bool = False
    added: int = 0                   # records
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    duplicates: int = 0
    changes: int = 0                 # history rows added
    evidence: int = 0                # evidence files whose bytes were stored
    settled: int = 0                 # natural-key collisions settled (see _settle_key)
    by_kind: dict[str, KindCounts] = field(default_factory=dict)

    def kind(self, name: str) -> KindCounts:
        return self.by_kind.setdefault(name, KindCounts())

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExportReport:
    bundle_id: str
    seq: int
    changes: int
    evidence: int
    watermark: int | None


# -- one record's changes ----------------------------------------------------------------

@dataclass
class _Row:
    change_id: str
    hlc: str
    actor: str
    device: str
    at: datetime
    action: str
    changes: dict[str, list[Any]]

    @property
    def order(self) -> tuple[str, str]:
        return (self.hlc, self.change_id)

    def parents(self) -> set[str]:
        out: set[str] = set()
        for t in self.changes.values():
            if isinstance(t, list) and len(t) > 2:
                if isinstance(t[2], str):
                    out.add(t[2])
                if len(t) > 3 and isinstance(t[3], list):
                    out.update(p for p in t[3] if isinstance(p, str))
        return out

    @property
    def who(self) -> str:
        return f"{self.actor} ({self.device[:8]})" if self.device else self.actor


class _Record:
    """A record's full change set, with causal pasts."""

    def __init__(self, kind: schema.Kind, record_id: str, rows: list[_Row]) -> None:
        self.kind, self.id = kind, record_id
        self.rows = sorted(rows, key=lambda r: r.order)
        self.by_id = {r.change_id: r for r in self.rows}
        self._past: dict[str, frozenset[str]] = {}

    def past(self, change_id: str) -> frozenset[str]:
        """Every change this one was made having seen (its ancestors), itself excluded."""
        if change_id in self._past:
            return self._past[change_id]
        seen: set[str] = set()
        todo = list(self.by_id[change_id].parents()) if change_id in self.by_id else []
        while todo:
            c = todo.pop()
            if c in seen:
                continue
            seen.add(c)
            if c in self._past:
                seen |= self._past[c]
            elif c in self.by_id:
                todo.extend(self.by_id[c].parents())
        self._past[change_id] = frozenset(seen)
        return self._past[change_id]

    def related(self, a: str, b: str) -> bool:
        return a == b or a in self.past(b) or b in self.past(a)

    def touches(self, row: _Row) -> list[str]:
        """The fields (and ``deleted``) of the kind a change sets; other keys (a duplicate
        merge's ``merged_into``) are kept in history and ignored here."""
        return [n for n in row.changes if n == DELETED or n in self.kind.fields]

    def head(self, name: str) -> _Row | None:
        for r in reversed(self.rows):
            if name in r.changes:
                return r
        return None

    def state(self) -> tuple[dict[str, Any], bool, datetime | None]:
        """The fold: fields (JSON values; many-valued ones as sorted lists) and deletion."""
        k = self.kind
        values: dict[str, Any] = {}
        sets: dict[str, set[str]] = {n: set() for n in k.multi}
        deleted, deleted_at = False, None
        for r in self.rows:
            for name in self.touches(r):
                t = r.changes[name]
                if name == DELETED:
                    deleted = bool(t[1])
                    deleted_at = r.at if deleted else None
                elif name in sets:
                    old, new = set(t[0] or ()), set(t[1] or ())
                    sets[name] = (sets[name] - (old - new)) | (new - old)
                else:
                    values[name] = t[1]
        values.update({n: sorted(v) for n, v in sets.items()})
        return values, deleted, deleted_at


def _load_rows(session: Session, kind: str, ids: Iterable[str]) -> dict[str, list[_Row]]:
    out: dict[str, list[_Row]] = {}
    ids = sorted(ids)
    for i in range(0, len(ids), _BATCH):
        for h in session.execute(select(
                HistoryEntry.record_id, HistoryEntry.change_id, HistoryEntry.hlc,
                HistoryEntry.actor, HistoryEntry.device, HistoryEntry.at, HistoryEntry.action,
                HistoryEntry.changes).where(HistoryEntry.record_kind == kind,
                                            HistoryEntry.record_id.in_(ids[i:i + _BATCH]))):
            out.setdefault(h[0], []).append(_Row(*h[1:7], dict(h[7] or {})))
    return out


def _loose(values: Iterable[Any]) -> tuple[Any, ...]:
    """A natural key compared loosely (text case-folded): keys SQL finds equal stay equal."""
    return tuple(v.casefold() if isinstance(v, str) else v for v in values)


# -- applying a payload ------------------------------------------------------------------

class _Apply:
    def __init__(self, w: Writer, source: str, bundle_id: str, report: MergeReport) -> None:
        self.w, self.s = w, w.session
        self.source, self.bundle_id, self.report = source, bundle_id, report
        self.seen_ids: set[str] = set()
        self.in_file: dict[tuple[str, str], int] = {}
        self.new: dict[tuple[str, str], set[str]] = {}
        self.skip: set[tuple[str, str]] = set()   # purged here, or built in here
        self.materialized = False
        self.created: set[tuple[str, str]] = set()
        self.loaded: dict[tuple[str, str], _Record] = {}
        self.pending_conflicts: set[tuple[str, str, frozenset[str]]] = set()
        self.keys: dict[str, set[tuple[Any, ...]]] = {}  # see _may_hold
        self.terms: dict[schema.Field, dict[str, list[str]]] = {}  # new records' terms

    # history rows
    def insert(self, batch: list[dict[str, Any]]) -> None:
        if not batch:
            return
        s = self.s
        ids = [r["change_id"] for r in batch]
        known = set(s.scalars(select(HistoryEntry.change_id).where(
            HistoryEntry.change_id.in_(ids))))
        by_kind: dict[str, set[str]] = {}
        for r in batch:
            by_kind.setdefault(r["record_kind"], set()).add(r["record_id"])
        for kind, rids in by_kind.items():
            self.skip.update((kind, i) for i in tombstoned(s, kind, rids))
            if kind in ("vocab_terms", "deadline_rules"):
                model = schema.kind(kind).model
                self.skip.update((kind, i) for i in s.scalars(select(model.id).where(
                    model.id.in_(rids), model.builtin.is_(True))))
        fresh = []
        for r in batch:
            key = (r["record_kind"], r["record_id"])
            if key in self.skip:
                continue
            if r["action"] == PURGE:  # an erasure is this store's own decision
                raise MergeRefused("holds a purge, which never travels")
            self.in_file[key] = self.in_file.get(key, 0) + 1
            if r["change_id"] in known:
                continue
            try:
                at = datetime.fromisoformat(r["at"])
            except ValueError:
                raise MergeRefused("holds a change whose time is not a date-time") from None
            fresh.append({**r, "at": at, "source": self.source})
            self.new.setdefault(key, set()).add(r["change_id"])
        if fresh:
            s.execute(insert(HistoryEntry), fresh)
            self.w.observe(max(r["hlc"] for r in fresh))
            self.report.changes += len(fresh)

    # records
    def materialize(self) -> None:
        self.materialized = True
        for key in self.in_file:
            if key not in self.new:
                self.report.unchanged += 1
                self.report.kind(key[0]).unchanged += 1
        for name, k in schema.KINDS.items():
            ids = [rid for kind, rid in self.new if kind == name]
            if not ids:
                continue
            rows = _load_rows(self.s, name, ids)
            here: dict[str, Any] = {}  # one query per batch, not one per record
            for i in range(0, len(ids), _BATCH):
                here.update((o.id, o) for o in self.s.scalars(select(k.model).where(
                    k.model.id.in_(ids[i:i + _BATCH]))))
            for rid in sorted(ids):
                rec = _Record(k, rid, rows.get(rid, []))
                self.loaded[(name, rid)] = rec
                self._conflicts(rec, self.new[(name, rid)])
                self._apply(rec, here.get(rid))
            self._flush(k)
            for f, codes in self.terms.items():  # a new record has no terms yet
                self.w._add_terms(f, codes)  # noqa: SLF001
            self.terms.clear()
            if name == "vocab_terms":
                self.w.forget_vocab_cache()

    def _conflicts(self, rec: _Record, new: set[str]) -> None:
        heads: dict[str, _Row] = {}
        known_edits: list[_Row] = []  # changes here to fields other than deleted

        def add(r: _Row) -> None:
            for n in rec.touches(r):
                if n not in heads or heads[n].order < r.order:
                    heads[n] = r
            if r.action != "create" and any(n != DELETED for n in rec.touches(r)):
                known_edits.append(r)

        for r in rec.rows:
            if r.change_id not in new:
                add(r)
        for c in (r for r in rec.rows if r.change_id in new):
            names = rec.touches(c)
            for n in names:
                if n in rec.kind.multi:
                    continue  # a set merge: both sides' additions and removals hold
                h = heads.get(n)
                if h is not None and h.changes[n][1] != c.changes[n][1] and not rec.related(
                        h.change_id, c.change_id):
                    self._conflict(rec, n, h, c)
            d = heads.get(DELETED)
            if DELETED in names and c.changes[DELETED][1] is True and not (
                    d is not None and d.changes[DELETED][1] is True):
                # a deletion: an edit here its author had not seen is not silently lost
                seen = rec.past(c.change_id)
                unseen = [e for e in known_edits if e.change_id not in seen
                          and c.change_id not in rec.past(e.change_id)]
                if unseen:
                    self._conflict(rec, DELETED, unseen[-1], c, (False, True))
            elif (DELETED not in names and names and d is not None
                  and d.changes[DELETED][1] is True and not rec.related(d.change_id,
                                                                        c.change_id)):
                # an edit arriving for a record deleted here without seeing it
                self._conflict(rec, DELETED, d, c, (True, False))
            add(c)

    def _conflict(self, rec: _Record, name: str, mine: _Row, theirs: _Row,
                  values: tuple[Any, Any] | None = None) -> None:
        pair = frozenset({mine.change_id, theirs.change_id})
        key = (rec.id, name, pair)
        if key in self.pending_conflicts:
            return
        self.pending_conflicts.add(key)
        for c in self.s.scalars(select(ExchangeConflict).where(
                ExchangeConflict.record_id == rec.id, ExchangeConflict.field == name)):
            if {c.mine_change, c.theirs_change} == pair:
                return
            if name == DELETED and c.status == "open" and (
                    c.mine_change in pair or c.theirs_change in pair):
                return  # one dispute per deletion is enough
        self.s.add(ExchangeConflict(
            record_kind=rec.kind.name, record_id=rec.id, field=name,
            mine=values[0] if values else mine.changes[name][1],
            theirs=values[1] if values else theirs.changes[name][1],
            mine_change=mine.change_id, theirs_change=theirs.change_id,
            mine_by=mine.who[:200], mine_at=mine.at, theirs_by=theirs.who[:200],
            theirs_at=theirs.at, bundle_id=self.bundle_id[:64], status="open"))
        self.report.conflicts += 1
        self.report.kind(rec.kind.name).conflicts += 1

    def _flush(self, k: schema.Kind) -> None:
        try:
            self.s.flush()
        except IntegrityError:
            raise MergeRefused(f"holds a {k.name} record this store cannot keep (a value "
                               "that must be unique or present is not)") from None

    def _apply(self, rec: _Record, obj: Any) -> None:
        k, s, w = rec.kind, self.s, self.w
        if not rec.rows:
            return
        values, deleted, deleted_at = rec.state()
        try:
            columns, multi = w._prepare(k.name, values, creating=False)  # noqa: SLF001
        except records.ValidationError as exc:
            name = next(iter(exc.errors))
            raise MergeRefused(f"holds a {k.name} record whose {name} this store cannot "
                               "take") from None
        is_new = obj is None
        if is_new:
            first = next((r for r in rec.rows if r.action == "create"), None)
            if first is None:
                raise MergeRefused(f"changes a {k.name} record this store does not have, "
                                   "without its creation: merge the sender's earlier "
                                   "files first (or ask for a file made with --all)",
                                   code=EARLIER_FILE_NEEDED)
            obj = k.model(id=rec.id)
            obj.origin, obj.created_by, obj.created_at = first.device, first.actor, first.at
            obj.revision = 0
        settle = self._settle_key(k, obj, {n: columns[n] if n in columns else getattr(
            obj, n) for n in k.natural_key}, deleted, is_new)
        if settle == "skip":
            return
        for name in k.columns:
            if name in columns:
                setattr(obj, name, columns[name])
        if is_new:
            fill_defaults(obj)
        obj.deleted, obj.deleted_at = deleted, deleted_at
        obj.revision = (obj.revision or 0) + 1
        obj.updated_at = utcnow()
        obj.version = rec.rows[-1].change_id
        self._check_links(k, obj)
        after = None
        if settle is not None:
            settle[0](obj)
            after = settle[1]
        if is_new:
            s.add(obj)
            self.created.add((k.name, rec.id))
        w._keep.append(obj)  # noqa: SLF001 - held until the search refresh
        if k.natural_key:
            self._holds(k, obj)
        if (multi and not is_new) or after is not None:
            # terms of a record here are set at once, a new one's after the kind's flush; a
            # settled key's change needs the row. Otherwise records are flushed together
            # (_may_hold says when a natural-key query needs them)
            self._flush(k)
        for name, codes in multi.items():
            if is_new:  # after the kind's flush (materialize)
                self.terms.setdefault(k.fields[name], {})[rec.id] = codes
            else:
                w._set_multi(k.fields[name], rec.id, codes)  # noqa: SLF001
        if after is not None:
            after()
        counts = self.report.kind(k.name)
        if is_new:
            self.report.added += 1
            counts.added += 1
        else:
            self.report.updated += 1
            counts.updated += 1
        change = w.change
        (change.deleted if obj.deleted else change.created if is_new else change.updated
         ).add((k.name, rec.id))

    def _check_links(self, k: schema.Kind, obj: Any) -> None:
        for name, f in k.links.items():
            target = getattr(obj, name)
            if target is None or f.link is None or (f.link, target) in self.new:
                continue  # in the file (created in any order: foreign keys are deferred)
            with self.s.no_autoflush:
                found = self.s.get(schema.kind(f.link).model, target)
            if found is None:
                raise MergeRefused(f"holds a {k.name} record whose {name} points to a record "
                                   "neither in this store nor in the file")

    def _settle_key(self, k: schema.Kind, obj: Any, key: dict[str, Any], deleted: bool,
                    is_new: bool) -> Any:
        """Two stores gave the same natural key (a team member of one visit, a case
        reference) to records with different ids: never a refused file. The record with
        the larger id gives way, by an ordinary change every store makes alike: it is
        deleted (a case's reference is renamed; a vocabulary term with a code taken here
        is not created). Called before ``obj`` takes its new values. Returns "skip", or
        None, or a pair (what to do to ``obj`` before it is written, what to write after)."""
        everywhere = k.name in ("cases", "vocab_terms")  # unique among all rows, deleted too
        if not k.natural_key or (deleted and not everywhere):
            return None
        if not self._may_hold(k, key):
            return None
        self._flush(k)  # the query must see the records this merge wrote
        model = k.model
        stmt = select(model).where(model.id != obj.id)
        if not everywhere:
            stmt = stmt.where(model.deleted.is_(False))
        for n, v in key.items():
            stmt = stmt.where(getattr(model, n).is_(None) if v is None
                              else getattr(model, n) == v)
        with self.s.no_autoflush:
            other = self.s.scalars(stmt.limit(1)).first()
        if other is None:
            return None
        self.report.settled += 1
        if k.name == "vocab_terms":
            if is_new:
                return "skip"  # terms are referred to by code: the one here serves
            raise MergeRefused("holds a vocabulary term whose code another term has here")
        ours = obj.id > other.id  # the incoming record gives way
        if k.name == "cases":
            reference = key["reference"]
            renamed = f"{reference[:48]} · {(obj if ours else other).id[:8]}"
            if not ours:
                self._write(k.name, other, {"reference": [other.reference, renamed]})
                other.reference = renamed
                self._holds(k, other)
                self.s.flush()
                return None

            def rename(o: Any) -> None:
                o.reference = renamed
            return rename, lambda: self._write(k.name, obj, {"reference": [reference,
                                                                           renamed]})
        if not ours:
            self.w._mark(k.name, other, deleted=True)  # noqa: SLF001
            self.w.change.deleted.add((k.name, other.id))
            return None

        def hide(o: Any) -> None:  # live, it would break the unique index
            o.deleted, o.deleted_at = True, utcnow()

        def bury() -> None:
            obj.deleted = False
            self.w._mark(k.name, obj, deleted=True)  # noqa: SLF001
        return hide, bury

    def _may_hold(self, k: schema.Kind, key: dict[str, Any]) -> bool:
        """Whether some row of kind ``k`` may hold natural key ``key``: False spares the
        record its query (and the flush before it). The keys rows held before the merge (read
        once per kind) and those it gave (:meth:`_holds`) are a superset of the rows' keys."""
        held = self.keys.get(k.name)
        if held is None:
            self._flush(k)  # this kind's records the merge wrote so far
            with self.s.no_autoflush:
                held = self.keys[k.name] = {_loose(row) for row in self.s.execute(
                    select(*(getattr(k.model, n) for n in k.natural_key)))}
        return _loose(key[n] for n in k.natural_key) in held

    def _holds(self, k: schema.Kind, obj: Any) -> None:
        if k.name in self.keys:
            self.keys[k.name].add(_loose(getattr(obj, n) for n in k.natural_key))

    def _write(self, kind: str, obj: Any, changes: dict[str, list[Any]],
               also: dict[str, list[str]] | None = None, action: str = "update") -> str:
        w = self.w
        heads = w.field_heads(kind, obj.id)
        obj.revision += 1
        obj.updated_at = utcnow()
        self.s.flush()
        obj.version = w._history(kind, obj.id, action, obj.revision, changes,  # noqa: SLF001
                                 heads, also)
        return obj.version

    # evidence bytes
    def evidence(self, item: EvidenceItem) -> None:
        s = self.s
        model = schema.kind("evidence").model
        obj = s.get(model, item.id)
        if obj is None:
            if ("evidence", item.id) in self.skip:
                return  # purged here
            raise MergeRefused("holds the bytes of evidence that is neither here nor in "
                               "the file")
        s.flush()
        if item.sha256 != obj.sha256 or s.scalar(select(EvidenceChunk.seq).where(
                EvidenceChunk.evidence_id == item.id).limit(1)) is not None:
            if item.sha256 != obj.sha256:
                raise MergeRefused("holds evidence bytes that are not the record's")
            return  # the bytes are here already: never replaced
        digest = hashlib.sha256()
        buf = bytearray()
        seq = 0
        for piece in item.chunks():
            digest.update(piece)
            buf += piece
            while len(buf) >= records.CHUNK:
                s.add(EvidenceChunk(evidence_id=item.id, seq=seq, data=bytes(buf[:records.CHUNK])))
                del buf[:records.CHUNK]
                seq += 1
                s.flush()
        if buf or seq == 0:
            s.add(EvidenceChunk(evidence_id=item.id, seq=seq, data=bytes(buf)))
        if digest.hexdigest() != obj.sha256:
            raise MergeRefused("holds evidence bytes that do not match their SHA-256")
        s.flush()
        self.report.evidence += 1

    def close_conflicts(self) -> None:
        """A change that descends from both sides of an open conflict (a resolution made
        elsewhere) closes it."""
        ids = sorted({rid for _, rid in self.new})
        for i in range(0, len(ids), _BATCH):
            for c in self.s.scalars(select(ExchangeConflict).where(
                    ExchangeConflict.status == "open",
                    ExchangeConflict.record_id.in_(ids[i:i + _BATCH]))):
                rec = self.loaded.get((c.record_kind, c.record_id))
                head = rec.head(c.field) if rec is not None else None
                if head is None:
                    continue
                past = rec.past(head.change_id) | {head.change_id}
                if c.mine_change in past and c.theirs_change in past and head.change_id not in (
                        c.mine_change, c.theirs_change):
                    c.status, c.resolved_by = "resolved", head.change_id


def apply_payload(w: Writer, pieces: Iterable[bytes], *, source: str, bundle_id: str = ""
                  ) -> MergeReport:
    """Apply a payload (byte pieces) inside ``w``'s transaction; raises
    :class:`MergeRefused` for a payload that cannot be merged (the caller rolls back)."""
    report = MergeReport(bundle_id=bundle_id)
    s = w.session
    s.execute(text("PRAGMA defer_foreign_keys = ON"))  # a file's records in any order
    run = _Apply(w, source, bundle_id, report)
    batch: list[dict[str, Any]] = []
    try:
        for item in PayloadReader(pieces).items():
            if isinstance(item, ChangeItem):
                if item.row["change_id"] in run.seen_ids:
                    raise MergeRefused("repeats a change")
                run.seen_ids.add(item.row["change_id"])
                batch.append(item.row)
                if len(batch) >= _BATCH:
                    run.insert(batch)
                    batch = []
                continue
            if not run.materialized:
                run.insert(batch)
                batch = []
                run.materialize()
            run.evidence(item)
        if not run.materialized:
            run.insert(batch)
            run.materialize()
    except PayloadError as exc:
        raise MergeRefused(f"is not a Monitor payload: it {exc}") from None
    run.close_conflicts()
    s.flush()
    report.duplicates = duplicates.after_merge(w, run.created | {
        key for key in run.new if key not in run.skip})
    return report


# -- conflicts ---------------------------------------------------------------------------

def open_conflicts(session: Session, record_id: str | None = None) -> list[dict[str, Any]]:
    """The open conflicts (of one record), oldest first, as plain dicts."""
    stmt = select(ExchangeConflict).where(ExchangeConflict.status == "open")
    if record_id is not None:
        stmt = stmt.where(ExchangeConflict.record_id == record_id)
    return [{"id": c.id, "kind": c.record_kind, "record": c.record_id, "field": c.field,
             "mine": c.mine, "theirs": c.theirs, "mine_change": c.mine_change,
             "theirs_change": c.theirs_change, "mine_by": c.mine_by,
             "mine_at": plain(c.mine_at), "theirs_by": c.theirs_by,
             "theirs_at": plain(c.theirs_at), "bundle": c.bundle_id}
            for c in session.scalars(stmt.order_by(ExchangeConflict.id))]


def resolve(w: Writer, conflict_id: int, take: str) -> str:
    """Settle a conflict with ``take`` ("mine" or "theirs"): a new change with that value,
    naming both disputed changes as parents, so it travels, wins by clock, and closes the
    same conflict in any store that receives it. Returns the change's id."""
    if take not in ("mine", "theirs"):
        raise ValueError("take is mine or theirs")
    s = w.session
    c = s.get(ExchangeConflict, conflict_id)
    if c is None or c.status != "open":
        raise UnknownConflict(f"No open conflict {conflict_id}.")
    value = c.mine if take == "mine" else c.theirs
    k = schema.kind(c.record_kind)
    obj = s.get(k.model, c.record_id)
    if obj is None:
        raise UnknownConflict(f"No open conflict {conflict_id}.")
    heads = w.field_heads(k.name, obj.id)
    parents = {c.mine_change, c.theirs_change}
    action = "update"
    if c.field == DELETED:
        value = bool(value)
        if value:
            parents |= {h for n, h in heads.items() if n != DELETED}
        changes = {DELETED: [bool(obj.deleted), value]}
        obj.deleted, obj.deleted_at = value, (utcnow() if value else None)
        action = "delete" if value else "restore"
        if not value:
            w._check_required(k.name, obj)  # noqa: SLF001 - its natural key may be taken
    elif c.field in k.multi:
        _, multi = w._prepare(k.name, {c.field: value}, creating=False)  # noqa: SLF001
        old = multi_values(s, k.fields[c.field], obj.id)
        w._set_multi(k.fields[c.field], obj.id, multi[c.field])  # noqa: SLF001
        changes = {c.field: [old, multi[c.field]]}
    else:
        columns, _ = w._prepare(k.name, {c.field: value}, creating=False)  # noqa: SLF001
        old_value = plain(getattr(obj, c.field))
        setattr(obj, c.field, columns[c.field])
        changes = {c.field: [old_value, plain(columns[c.field])]}
    obj.revision += 1
    obj.updated_at = utcnow()
    s.flush()
    obj.version = w._history(k.name, obj.id, action, obj.revision, changes,  # noqa: SLF001
                             heads, {c.field: sorted(parents)})
    for other in s.scalars(select(ExchangeConflict).where(
            ExchangeConflict.record_id == c.record_id, ExchangeConflict.field == c.field,
            ExchangeConflict.status == "open")):
        if {other.mine_change, other.theirs_change} <= parents:
            other.status, other.resolved_by = "resolved", obj.version
    (w.change.deleted if obj.deleted else w.change.updated).add((k.name, obj.id))
    return obj.version


# -- the ledger --------------------------------------------------------------------------

def _sources_from(session: Session, peer: str) -> frozenset[str]:
    return frozenset(session.scalars(select(ExchangeLedger.source).where(
        ExchangeLedger.peer == peer, ExchangeLedger.direction == MERGED)))


def _watermark(session: Session, peer: str) -> int | None:
    return session.scalar(select(func.max(ExchangeLedger.watermark)).where(
        ExchangeLedger.peer == peer, ExchangeLedger.direction == SENT))


def _next_seq(session: Session) -> int:
    return (session.scalar(select(func.max(ExchangeLedger.seq)).where(
        ExchangeLedger.direction == SENT)) or 0) + 1


def _naive(moment: datetime) -> datetime:
    """A UTC time as the store keeps times (without a zone)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


# -- files -------------------------------------------------------------------------------

def export_file(store: Store, to: str, out: Path, *, everything: bool = False,
                cases: Sequence[str] | None = None) -> ExportReport:
    """Write an exchange file for contact ``to``: by default what changed since the last
    file sent to them (and did not come from them), ``everything`` all history, ``cases``
    the history of those cases and what they need. Records the file in the ledger only
    once it is written whole."""
    from monitor_app.exchange import container, keys

    with store.read() as s:
        me = keys.my_identity(s)
        if me is None:
            raise MergeRefused("this store has no identity: run 'monitor-app identity create'",
                               code=NO_IDENTITY)
        contact = keys.find_contact(s, to)
        peer = contact.public.fingerprint
        seq = _next_seq(s)
        if cases:
            sel = Selection("case", cases=list(cases))
        elif everything:
            sel = Selection("all")
        else:
            sel = Selection("incremental", after=_watermark(s, peer),
                            skip_sources=_sources_from(s, peer))
        header = container.write_bundle(Path(out), me, contact.public, seq, encode(s, sel))
    report = ExportReport(header.bundle_id, seq, sel.changes, sel.evidence,
                          None if cases else sel.watermark)
    with store.write(source="export") as w:
        w.session.add(ExchangeLedger(
            bundle_id=header.bundle_id, direction=SENT, peer=peer,
            peer_name=contact.name[:200], seq=seq, file_time=_naive(header.created),
            report=asdict(report),
            watermark=report.watermark, source=""))
    return report


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        self.report = report


def merge_file(store: Store, path: Path, *, dry_run: bool = False) -> MergeReport:
    """Verify an exchange file whole (nothing is written for a bad one), then apply it in
    one transaction (rolled back at the end with ``dry_run``). Raises
    :class:`MergeRefused`."""
    from monitor_app.exchange import container, keys

    path = Path(path)

    def sender_of(session: Session) -> Any:
        def lookup(sign_public: bytes) -> Any:
            c = keys.contact_by_sign_key(session, sign_public)
            return None if c is None else c.public
        return lookup

    try:
        with store.read() as s:
            me = keys.my_identity(s)
            if me is None:
                raise MergeRefused("this store has no identity to open it with",
                                   code=NO_IDENTITY)
            with container.read_bundle(path, me, sender_of(s)) as r:  # pass 1: verify
                header = r.header
                for _ in r.chunks():
                    pass
            contact = keys.contact_by_sign_key(s, header.sender.sign_public)
            peer = header.sender.fingerprint
            name = contact.name if contact is not None else header.sender.name
            verified = bool(contact is not None and contact.verified)
            before = s.scalar(select(ExchangeLedger.local_time).where(
                ExchangeLedger.peer == peer, ExchangeLedger.direction == MERGED,
                ExchangeLedger.bundle_id == header.bundle_id).limit(1))
            highest = s.scalar(select(func.max(ExchangeLedger.seq)).where(
                ExchangeLedger.peer == peer, ExchangeLedger.direction == MERGED))
    except container.BundleRefused as exc:
        raise MergeRefused(str(getattr(exc, "reason", exc) or exc), code=exc.code) from None
    except OSError as exc:
        raise MergeRefused(f"cannot be read ({exc.strerror or exc})") from None
    base = MergeReport(file=str(path), sender=name, verified=verified,
                       bundle_id=header.bundle_id, seq=header.seq, dry_run=dry_run,
                       older_sequence=highest is not None and header.seq < highest)
    if before is not None:
        base.replayed = f"already merged on {before:%Y-%m-%d %H:%M} UTC"
        return base
    source = source_of(header.bundle_id, name)
    try:
        with store.write(source=f"merge of bundle {header.bundle_id}"[:200]) as w:
            with container.read_bundle(path, me, sender_of(w.session)) as r:  # pass 2
                if r.header.bundle_id != header.bundle_id:
                    raise MergeRefused("changed while it was being merged")
                report = apply_payload(w, r.chunks(), source=source,
                                       bundle_id=header.bundle_id)
            for name_ in ("file", "sender", "verified", "seq", "older_sequence", "dry_run"):
                setattr(report, name_, getattr(base, name_))
            w.session.add(ExchangeLedger(
                bundle_id=header.bundle_id, direction=MERGED, peer=peer,
                peer_name=name[:200], seq=header.seq,
                file_time=_naive(header.created), report=report.as_json(),
                source=source))
            if dry_run:
                raise _DryRun(report)
    except _DryRun as dry:
        return dry.report
    except container.BundleRefused as exc:
        raise MergeRefused(str(getattr(exc, "reason", exc) or exc), code=exc.code) from None
    except OSError as exc:
        raise MergeRefused(f"cannot be read ({exc.strerror or exc})") from None
    return report
