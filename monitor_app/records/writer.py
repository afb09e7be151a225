"""The write path: one Writer per transaction (see the package's docstring)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session

from db.base import new_uuid, utcnow
from db.models import EvidenceChunk, HistoryEntry, StoreMeta, VocabTerm
from monitor_app import schema, search
from monitor_app.clock import HybridClock
from monitor_app.dates import DateParseError
from monitor_app.records.change import Change, RecordNotFound, StaleRecord, ValidationError
from monitor_app.records.photos import (
    CARRIES_EXIF,
    SNIFF_BYTES,
    ExifScanner,
    ImageRefused,
    NotAnImage,
    looks_like_image,
    media_type_of,
    sniff,
    strip_image_metadata,
)
from monitor_app.records.values import (
    MODELS,
    SYSTEM_FIELDS,
    coerce,
    multi_values,
    parent_column,
    plain,
)

if TYPE_CHECKING:
    from monitor_app.identity import Identity

CHUNK = 1024 * 1024

# The history's record kind for store-wide options (the organisation's name...).
OPTIONS_KIND = "store_options"


# -- the write path ------------------------------------------------------------

def fill_defaults(obj: Any) -> None:
    """Give the unset fields of a new record their declared defaults now: defaults apply
    at flush, and the first state recorded in history must be complete."""
    for c in inspect(type(obj)).columns:
        default = c.default
        if c.key in SYSTEM_FIELDS or default is None or getattr(obj, c.key) is not None:
            continue
        setattr(obj, c.key, default.arg(None) if default.is_callable else default.arg)


class Writer:
    """Creates, updates and soft-deletes records inside one transaction.

    Every change gets a history row with a global id, the device, a hybrid-logical-clock
    stamp and, per field, the id of the change the old value came from; the record's
    ``version`` becomes that change's id.
    """

    def __init__(self, identity: Identity, session: Session, source: str = "") -> None:
        self.identity = identity
        self.session = session
        self.source = source
        self.change = Change()
        self.txn = new_uuid()
        self._clock: HybridClock | None = None
        self._vocab_cache: dict[str, str] | None = None
        # The session's identity map holds clean objects weakly; keeping them here
        # saves re-reading each one when the search index is refreshed at the end.
        self._keep: list[Any] = []
        self._new_keys: dict[tuple[Any, ...], Any] = {}  # natural keys created here

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
        return schema.kind(kind).model

    # -- the clock ---------------------------------------------------------------
    def stamp(self) -> str:
        """The next hybrid-logical-clock stamp of this store's device."""
        if self._clock is None:
            last = self.session.get(StoreMeta, "hlc")
            self._clock = HybridClock(self.identity.device_id or "local",
                                      last.value if last else None)
        return str(self._clock.now())

    def observe(self, stamp: str) -> None:
        """A change stamped elsewhere arrived (a merge): later local stamps sort after it."""
        self.stamp()  # loads the clock
        assert self._clock is not None
        self._clock.observe(stamp)

    # -- validation --------------------------------------------------------------
    def _prepare(self, kind: str, values: Mapping[str, Any], *, creating: bool
                 ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        k = schema.kind(kind)
        errors: dict[str, str] = {}
        columns: dict[str, Any] = {}
        multi: dict[str, list[str]] = {}
        for name, value in values.items():
            if name in SYSTEM_FIELDS and not (creating and name == "id"):
                errors[name] = "is kept by the app and cannot be set"
                continue
            if name == "id":
                columns["id"] = value
                continue
            f = k.fields.get(name)
            if f is None:
                errors[name] = "is not a field of this record"
                continue
            if f.many:
                if isinstance(value, str) or not isinstance(value, Iterable | type(None)):
                    errors[name] = "must be a list of terms"
                    continue
                codes = sorted(set(value or ()))
                wrong = [c for c in codes if self._term_vocab(c) != f.vocab]
                if wrong:
                    errors[name] = f"not in the list: {', '.join(map(str, wrong))}"
                multi[name] = codes
                continue
            try:
                converted = coerce(f, value)
            except (ValueError, TypeError, DateParseError) as exc:
                errors[name] = str(exc)
                continue
            if f.type == "term" and converted is not None:
                vocab = self._term_vocab(converted)
                if vocab != f.vocab:
                    errors[name] = f"'{converted}' is not in the list of {f.vocab}"
                    continue
            columns[name] = converted
        if errors:
            raise ValidationError(errors)
        return columns, multi

    def _check_required(self, kind: str, obj: Any) -> None:
        """Required fields are set, every link points at a live record, and the natural key
        (a person's role in a case, a finding per area...) is not taken by another record."""
        k = schema.kind(kind)
        problems: dict[str, str] = {}
        for f in k.columns.values():
            if f.required and getattr(obj, f.name) in (None, ""):
                problems[f.name] = "is required"
        with self.session.no_autoflush:
            for f in k.links.values():
                target = getattr(obj, f.name)
                if target is None or f.link is None:
                    continue
                if (f.link, target) in self.change.created:
                    continue  # created earlier in this transaction, not flushed yet
                ref = self.session.get(MODELS[f.link], target)
                if ref is None or ref.deleted:
                    problems[f.name] = "points to a record that does not exist"
            if k.natural_key and not problems:
                model = k.model
                stmt = select(model.id).where(model.deleted.is_(False), model.id != obj.id)
                for name in k.natural_key:
                    value = getattr(obj, name)
                    col = getattr(model, name)
                    stmt = stmt.where(col.is_(None) if value is None else col == value)
                key = (kind, *(getattr(obj, n) for n in k.natural_key))
                # records created in this transaction are not flushed yet: the query cannot
                # see them, this map can (checked again, as they may have changed since)
                other = self._new_keys.get(key)
                pending = other is not None and other is not obj and not other.deleted and (
                    kind, *(getattr(other, n) for n in k.natural_key)) == key
                if pending or self.session.scalar(stmt.limit(1)) is not None:
                    field_name, sentence = k.duplicate
                    problems[field_name] = sentence
                elif obj not in self.session:
                    self._new_keys[key] = obj
        if problems:
            raise ValidationError(problems)

    # -- history -----------------------------------------------------------------
    def field_heads(self, kind: str, record_id: str) -> dict[str, str]:
        """For each field of a record, the id of the change that last set it."""
        heads: dict[str, str] = {}
        rows = self.session.execute(
            select(HistoryEntry.change_id, HistoryEntry.changes)
            .where(HistoryEntry.record_id == record_id, HistoryEntry.record_kind == kind)
            .order_by(HistoryEntry.hlc, HistoryEntry.id))
        for change_id, changes in rows:
            for name in changes or {}:
                heads[name] = change_id
        return heads

    def _history(self, kind: str, record_id: str, action: str, revision: int,
                 changes: dict[str, list[Any]], heads: Mapping[str, str] | None = None,
                 also: Mapping[str, list[str]] | None = None) -> str:
        """Record one change; ``changes`` maps fields to [old, new]. Returns its id.

        ``also`` gives a field more parents than its head: the changes it was made
        having seen (a merge's resolution names both disputed changes, a deletion every
        field's head), as a fourth element of the field's triple."""
        ident = self.identity
        heads = heads or {}
        also = also or {}
        change_id = new_uuid()
        self.session.add(HistoryEntry(
            change_id=change_id, txn=self.txn, hlc=self.stamp(), at=utcnow(),
            actor=ident.actor, device=ident.device_id, record_kind=kind, record_id=record_id,
            action=action, revision=revision, source=self.source,
            changes={n: [old, new, heads.get(n), *([sorted(also[n])] if also.get(n) else [])]
                     for n, (old, new) in changes.items()},
        ))
        return change_id

    def _set_multi(self, f: schema.Field, record_id: str, codes: list[str]) -> None:
        """Make ``codes`` the live terms of a many-valued field: removed ones are marked
        deleted (a removal travels in a merge), re-added ones come back."""
        assert f.table is not None
        table = f.table
        parent = parent_column(table)
        existing = dict(self.session.execute(select(table.c.term_code, table.c.deleted).where(
            parent == record_id)).all())
        wanted = set(codes)
        for code, deleted in existing.items():
            if (code in wanted) == bool(deleted):
                self.session.execute(update(table).where(
                    parent == record_id, table.c.term_code == code).values(
                    deleted=code not in wanted))
        self._add_terms(f, {record_id: [c for c in codes if c not in existing]})

    def _add_terms(self, f: schema.Field, codes: dict[str, list[str]]) -> None:
        """Add live terms (record id -> codes it does not have yet) in one statement."""
        assert f.table is not None
        rows = [{parent_column(f.table).name: record_id, "term_code": c, "deleted": False}
                for record_id, fresh in codes.items() for c in fresh]
        if rows:
            self.session.execute(insert(f.table), rows)

    def create(self, kind: str, /, **values: Any) -> str:
        """Create a record; returns its id. Raises :class:`ValidationError`."""
        k = schema.kind(kind)
        columns, multi = self._prepare(kind, values, creating=True)
        model = k.model
        ident = self.identity
        obj = model(**columns)
        obj.id = columns.get("id") or new_uuid()
        obj.origin = ident.device_id
        obj.created_by = ident.actor
        obj.revision = 1
        obj.deleted = False
        obj.created_at = obj.updated_at = utcnow()
        fill_defaults(obj)
        self._check_required(kind, obj)
        self.session.add(obj)
        self._keep.append(obj)
        if multi:  # association rows need their parent row first
            self.session.flush()
            for name, codes in multi.items():
                self._set_multi(k.fields[name], obj.id, codes)
        first: dict[str, list[Any]] = {n: [None, plain(getattr(obj, n))] for n in k.columns}
        first.update({n: [None, multi.get(n, [])] for n in k.multi})
        obj.version = self._history(kind, obj.id, "create", 1, first)
        self.change.created.add((kind, obj.id))
        return obj.id

    def _load(self, kind: str, record_id: str, *, include_deleted: bool = False) -> Any:
        obj = self.session.get(self._model(kind), record_id)
        if obj is None or (obj.deleted and not include_deleted):
            raise RecordNotFound(f"no {kind} record {record_id}")
        return obj

    def _check_expected(self, kind: str, obj: Any, expected: str | None) -> None:
        if expected is not None and obj.version != expected:
            raise StaleRecord(kind, obj.id, obj.version)

    def update(self, kind: str, record_id: str, /, *, expected_revision: str | None = None,
               **values: Any) -> bool:
        """Change fields of a record; returns False when nothing actually changed.

        ``expected_revision`` is the record's ``version`` as the caller read it: when the
        record changed since, the save is refused with :class:`StaleRecord`.
        """
        k = schema.kind(kind)
        obj = self._load(kind, record_id)
        self._check_expected(kind, obj, expected_revision)
        columns, multi = self._prepare(kind, values, creating=False)
        changes: dict[str, list[Any]] = {}
        for name, new in columns.items():
            old = getattr(obj, name)
            if old != new:
                changes[name] = [plain(old), plain(new)]
                setattr(obj, name, new)
        for name, codes in multi.items():
            old_codes = multi_values(self.session, k.fields[name], record_id)
            if old_codes != codes:
                changes[name] = [old_codes, codes]
                self._set_multi(k.fields[name], record_id, codes)
        if not changes:
            return False
        self._check_required(kind, obj)
        obj.revision += 1
        obj.updated_at = utcnow()
        self.session.flush()
        obj.version = self._history(kind, record_id, "update", obj.revision, changes,
                                    self.field_heads(kind, record_id))
        self.change.updated.add((kind, record_id))
        return True

    def delete(self, kind: str, record_id: str, *, expected_revision: str | None = None
               ) -> None:
        """Mark a record deleted (kept, with its history, so a merge or an undo can see it)."""
        obj = self._load(kind, record_id)
        self._check_expected(kind, obj, expected_revision)
        self._mark(kind, obj, deleted=True)
        self.change.deleted.add((kind, record_id))

    def merge_into(self, kind: str, record_id: str, survivor: str) -> str:
        """Mark a record deleted as merged into ``survivor`` (a likely duplicate accepted):
        its history row's action is "merge" and its changes name the survivor
        (``merged_into``), so every store that receives it follows. Returns the change id."""
        obj = self._load(kind, record_id)
        self._mark(kind, obj, deleted=True, merged_into=survivor)
        self.change.deleted.add((kind, record_id))
        return obj.version

    def restore(self, kind: str, record_id: str) -> None:
        """Undo a deletion."""
        obj = self._load(kind, record_id, include_deleted=True)
        if not obj.deleted:
            return
        self._check_required(kind, obj)  # its natural key may have been taken since
        self._mark(kind, obj, deleted=False)
        self.change.created.add((kind, record_id))

    def _mark(self, kind: str, obj: Any, *, deleted: bool, merged_into: str | None = None
              ) -> None:
        obj.deleted = deleted
        obj.deleted_at = utcnow() if deleted else None
        obj.revision += 1
        obj.updated_at = utcnow()
        self.session.flush()
        heads = self.field_heads(kind, obj.id)
        # a deletion names every change it was made having seen (each field's head), so a
        # merge can tell an edit the deleter never saw (monitor_app.exchange.merge)
        seen = {c for n, c in heads.items() if n != "deleted"}
        changes: dict[str, list[Any]] = {"deleted": [not deleted, deleted]}
        action = "delete" if deleted else "restore"
        if merged_into is not None:  # a likely duplicate accepted: the survivor is named
            action, changes["merged_into"] = "merge", [None, merged_into]
        obj.version = self._history(kind, obj.id, action, obj.revision, changes, heads,
                                    {"deleted": sorted(seen)} if deleted else None)

    def set_option(self, key: str, value: str) -> bool:
        """Keep a store-wide option (the organisation's name...) inside the store, with
        history like any record; returns False when it already had that value."""
        row = self.session.get(StoreMeta, key)
        old = row.value if row is not None else None
        if old == value:
            return False
        self.session.merge(StoreMeta(key=key, value=value))
        self._history(OPTIONS_KIND, key, "update" if row is not None else "create", 1,
                      {"value": [old, value]}, self.field_heads(OPTIONS_KIND, key))
        self.change.updated.add((OPTIONS_KIND, key))
        return True

    def add_evidence(self, source: Path | bytes | io.BufferedIOBase, *,
                     file_name: str | None = None, strip_metadata: bool = True,
                     **values: Any) -> str:
        """Store a file inside the encrypted store, hashed (SHA-256) at intake; returns its id.

        What a file is comes from its bytes, never its name: an image (JPEG, PNG, WebP,
        TIFF, GIF, ...) is stored as its pixels alone, without EXIF, GPS, XMP, IPTC or
        text chunks, or refused (:class:`ValidationError`) when that cannot be done; its
        media type is the content's. The hash and size of the file as received are kept
        in ``original_metadata``. Other files are streamed in 1 MiB chunks, so a long
        video never sits whole in memory.
        """
        if isinstance(source, Path):
            file_name = file_name or source.name
        if not file_name:
            raise ValidationError({"file_name": "is required"})
        if isinstance(source, Path):
            with source.open("rb") as fh:
                head = fh.read(SNIFF_BYTES)
        else:
            data = source if isinstance(source, bytes) else source.read()
            head = data[:SNIFF_BYTES]
        is_image = strip_metadata and looks_like_image(head, file_name)
        if isinstance(source, Path) and is_image:
            data = source.read_bytes()
        if isinstance(source, Path) and not is_image:
            path = source

            def chunks() -> Iterator[bytes]:
                with path.open("rb") as fh:
                    while block := fh.read(CHUNK):
                        yield block
        else:
            def chunks() -> Iterator[bytes]:
                yield from (data[i:i + CHUNK] for i in range(0, len(data), CHUNK))

        received = hashlib.sha256()
        exif = ExifScanner()
        size = 0
        for block in chunks():
            received.update(block)
            exif.feed(block)
            size += len(block)
        original_meta: dict[str, Any] = {"received_sha256": received.hexdigest(),
                                         "received_size": size}
        media_type = media_type_of(head, file_name)
        stripped = False
        clean = None
        if is_image:
            try:
                clean = strip_image_metadata(data)
            except NotAnImage as exc:
                if sniff(head) is not None:  # its bytes say image: refuse rather than keep GPS
                    raise ValidationError({"file_name": str(exc)}) from None
                # only its name said image; its bytes are no image, there is nothing to strip
            except ImageRefused as exc:
                raise ValidationError({"file_name": str(exc)}) from None
        if strip_metadata and clean is None and exif.found:
            # bytes Monitor does not clean (not an image by content, a PDF made of camera
            # JPEGs, a damaged photo) that still carry a camera's EXIF, GPS and all
            raise ValidationError({"file_name": CARRIES_EXIF})
        if clean is not None:
            data, media_type, stripped = clean.data, clean.media_type, True
            original_meta["removed_metadata"] = clean.removed
            original_meta["received_media_type"] = sniff(head) or media_type
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
        """Bring the search index up to date with what this transaction touched, and keep
        the clock's last stamp so the next write sorts after this one."""
        touched = self.change.created | self.change.updated | self.change.deleted
        self.session.flush()
        search.refresh(self.session, touched, new=self.change.created)
        if self._clock is not None:
            self.session.merge(StoreMeta(key="hlc", value=self._clock.last))
        self.session.flush()


