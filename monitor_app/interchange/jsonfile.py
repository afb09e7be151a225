"""Write a store (or chosen cases) to an interchange file, and apply a file to a store.

Everything here is driven by ``schema.KINDS``: every kind, every declared field, in the
order where links point backwards. The format is described in :mod:`monitor_app.interchange`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator
from jsonschema import ValidationError as SchemaViolation
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import EvidenceChunk, HistoryEntry
from monitor_app import outputs, records, schema
from monitor_app.interchange.schema_json import (
    CONTENT_FIELDS,
    FORMAT,
    HISTORY_FIELDS,
    MAX_HISTORY_ROWS,
    MAX_RECORDS_PER_KIND,
    VERSION,
    interchange_schema,
    nullable,
)
from monitor_app.operations.purge import tombstoned

if TYPE_CHECKING:
    from monitor_app.records import Writer
    from monitor_app.store import Store

# Records of these kinds stand on their own: a visit that heard a case's allegation is
# exported with the case (as a link target), but it does not make the visit's other
# records part of the case (as in schema.related_kinds).
STANDALONE = frozenset({"vocab_terms", "facilities", "people", "visits", "cases"})
# Built-in vocabulary exists in every store: only the terms a user added travel.
VOCAB = "vocab_terms"
RULES = "deadline_rules"  # built-in deadline rules, likewise: only a user's own travel
SOURCE = "import-json"
_IN_CHUNK = 500  # ids per IN (...) list
# A file is refused above this size before it is read (evidence travels inside it as
# base64, so the cap is generous); tests and callers may lower it.
MAX_FILE_BYTES = 2 * 1024 ** 3
MAX_DEPTH = 64  # records are 4 deep; free JSON fields (attributes, history) a few more
_SURROGATE = re.compile("[\ud800-\udfff]")


class InterchangeError(ValueError):
    """A file that cannot be imported: ``path`` is the JSON path of the first offending
    element (``$.records.cases[3].title``), ``rule`` what is wrong with it, in words that
    avoid repeating the value (values are case data)."""

    def __init__(self, path: str, rule: str) -> None:
        self.path, self.rule = path, rule
        super().__init__(f"{path}: {rule}")


class UnknownCase(LookupError):
    """``--case`` names no live case."""

    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__(f"No case with id {case_id}.")


@dataclass
class ExportSummary:
    counts: dict[str, int]          # records per kind
    history: int = 0                # history rows written
    files: int = 0                  # evidence files written with their bytes

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    restored: int = 0
    unchanged: int = 0
    history: int = 0                # history rows added
    purged: int = 0                 # records skipped: purged here, they stay erased
    files: int = 0                  # evidence files whose bytes were stored
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.restored or self.history
                    or self.files)


# -- helpers ---------------------------------------------------------------------------

def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    batch = sorted(ids)
    for i in range(0, len(batch), _IN_CHUNK):
        yield batch[i:i + _IN_CHUNK]


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(parts: Iterable[str | int]) -> str:
    """``["records", "cases", 3, "title"]`` -> ``$.records.cases[3].title``."""
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif _NAME.match(p):
            out += f".{p}"
        else:
            out += f"[{json.dumps(p, ensure_ascii=False)}]"
    return out


def _to_json(f: schema.Field, value: Any) -> Any:
    if value is None:
        return None
    if f.type == "datetime":
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if f.type == "date":
        return value.isoformat()
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return value


def history_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A history row as the interchange writes it (``--with-history``); the exchange
    payload's change lines are the same."""
    return {n: _plain(row[n]) for n in HISTORY_FIELDS}


# -- export ----------------------------------------------------------------------------

def _live_rows(session: Session, k: schema.Kind, ids: set[str] | None) -> list[Any]:
    table = k.model.__table__
    stmt = select(table).where(table.c.deleted.is_(False))
    if ids is None:
        return list(session.execute(stmt).mappings())
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows.extend(session.execute(stmt.where(table.c.id.in_(chunk))).mappings())
    return rows


def _multi_map(session: Session, f: schema.Field, ids: set[str] | None) -> dict[str, list[str]]:
    """Live terms of a many-valued field, per record."""
    assert f.table is not None
    table = f.table
    parent = next(c for c in table.c if c.name not in ("term_code", "deleted"))
    stmt = select(parent, table.c.term_code).where(table.c.deleted.is_(False))
    found: dict[str, list[str]] = {}
    batches = [None] if ids is None else list(_chunks(ids))
    for chunk in batches:
        q = stmt if chunk is None else stmt.where(parent.in_(chunk))
        for record_id, code in session.execute(q):
            found.setdefault(record_id, []).append(code)
    return {rid: sorted(codes) for rid, codes in found.items()}


def case_selection(session: Session, case_ids: Sequence[str]) -> dict[str, set[str]]:
    """The ids, per kind, that an export of these cases holds: the cases, every record
    that belongs to them (through a link, transitively, except across standalone kinds),
    and the targets of every link of those, transitively, so the file stands alone."""
    cases = schema.kind("cases").model
    wanted = set(case_ids)
    live = set(session.scalars(select(cases.id).where(cases.id.in_(wanted),
                                                      cases.deleted.is_(False))))
    for cid in case_ids:
        if cid not in live:
            raise UnknownCase(cid)
    chosen: dict[str, set[str]] = {name: set() for name in schema.KINDS}
    chosen["cases"] = set(live)
    # links point backwards in KINDS order: one pass forwards finds every member...
    for k in schema.KINDS.values():
        if k.name in STANDALONE:
            continue
        table = k.model.__table__
        for f in k.links.values():
            assert f.link is not None
            if f.link in STANDALONE and f.link != "cases":
                continue  # linking to a place or a person does not make a record the case's
            for chunk in _chunks(chosen[f.link]):
                chosen[k.name].update(session.scalars(select(table.c.id).where(
                    table.c[f.name].in_(chunk), table.c.deleted.is_(False))))
    # ...and one pass backwards every link target
    for k in reversed(schema.KINDS.values()):
        table = k.model.__table__
        for f in k.links.values():
            assert f.link is not None
            for chunk in _chunks(chosen[k.name]):
                chosen[f.link].update(v for v in session.scalars(
                    select(table.c[f.name]).distinct().where(
                        table.c.id.in_(chunk), table.c.deleted.is_(False))) if v)
    return chosen


def export_document(store: Store, *, cases: Sequence[str] | None = None,
                    with_history: bool = False, with_files: bool = False) -> dict[str, Any]:
    """The interchange document of the whole store, or of ``cases`` and what they need.

    Raises :class:`UnknownCase` when a case is not in the store (or deleted).
    """
    return _export(store, cases, with_history, with_files)[0]


def _export(store: Store, cases: Sequence[str] | None, with_history: bool, with_files: bool
            ) -> tuple[dict[str, Any], int]:
    with store.read() as session:
        chosen = None if cases is None else case_selection(session, cases)
        out: dict[str, list[dict[str, Any]]] = {}
        exported: dict[str, set[str]] = {}
        used_codes: set[str] = set()
        files = 0
        # vocabulary last: a case export holds only the user terms its records use
        order = [k for k in schema.KINDS.values() if k.name != VOCAB] + [schema.kind(VOCAB)]
        for k in order:
            # vocabulary is chosen by the codes the records use, not by id
            ids = None if chosen is None or k.name == VOCAB else chosen[k.name]
            rows = _live_rows(session, k, ids)
            multi = {n: _multi_map(session, f, ids) for n, f in k.multi.items()}
            if any(f.link == k.name for f in k.links.values()):  # a reprisal follows another
                exported[k.name] = {row["id"] for row in rows}
            items: list[dict[str, Any]] = []
            for row in rows:
                if k.name == VOCAB and (row["builtin"] or (
                        chosen is not None and row["code"] not in used_codes)):
                    continue
                if k.name == RULES and row["builtin"]:
                    continue  # seeded in every store with the same id (monitor_app.procedure)
                rec = _export_record(k, row, multi, exported, used_codes)
                if rec is None:
                    continue
                if with_files and k.name in CONTENT_FIELDS:
                    # a record that came without its bytes has no chunks: no content
                    # (an empty file has one empty chunk)
                    chunks = list(records.evidence_chunks(session, rec["id"]))
                    if chunks:
                        rec[CONTENT_FIELDS[k.name]] = base64.b64encode(
                            b"".join(chunks)).decode("ascii")
                        files += 1
                items.append(rec)
            items.sort(key=lambda r: r["id"])
            out[k.name] = items
            exported[k.name] = {r["id"] for r in items}
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                               "records": {name: out[name] for name in schema.KINDS}}
        if with_history:
            doc["history"] = _export_history(session, exported)
    return doc, files


def _export_record(k: schema.Kind, row: Any, multi: dict[str, dict[str, list[str]]],
                   exported: dict[str, set[str]], used_codes: set[str]
                   ) -> dict[str, Any] | None:
    rec: dict[str, Any] = {"id": row["id"]}
    for name, f in k.fields.items():
        if f.many:
            value: Any = multi[name].get(row["id"], [])
            used_codes.update(value)
        else:
            value = _to_json(f, row[name])
            if f.type == "term" and value:
                used_codes.add(value)
            elif f.type == "link" and value is not None and value not in exported.get(
                    f.link or "", ()):
                # the target is deleted (or was left out): a record that cannot exist
                # without it stays out, an optional link is written as unknown
                if not nullable(k, f):
                    return None
                value = None
        rec[name] = value
    return rec


def _export_history(session: Session, exported: dict[str, set[str]]) -> list[dict[str, Any]]:
    table = HistoryEntry.__table__
    cols = [table.c[n] for n in HISTORY_FIELDS]
    rows: list[dict[str, Any]] = []
    for kind, ids in exported.items():
        for chunk in _chunks(ids):
            for row in session.execute(select(*cols).where(
                    table.c.record_kind == kind, table.c.record_id.in_(chunk))).mappings():
                rows.append(history_json(row))
    rows.sort(key=lambda r: (r["hlc"], r["change_id"]))
    return rows


def dumps(doc: dict[str, Any]) -> str:
    """The canonical text of a document: keys sorted, so equal data gives equal bytes."""
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def export_file(store: Store, out: Path, *, cases: Sequence[str] | None = None,
                with_history: bool = False, with_files: bool = False) -> ExportSummary:
    """Write the interchange file ``out`` (readable by its owner only; replaced whole, never
    left half-written). The file is NOT encrypted: the caller must say so."""
    doc, files = _export(store, cases, with_history, with_files)
    text = dumps(doc)
    outputs.write_text(out, text)  # 0600, replaced whole, never a link or a device
    return ExportSummary(counts={k: len(v) for k, v in doc["records"].items()},
                         history=len(doc.get("history", ())), files=files)


# -- reading and validating --------------------------------------------------------------

@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(interchange_schema())


def _rule(error: SchemaViolation) -> str:
    """What a schema violation breaks, without repeating the offending value."""
    v, expected = error.validator, error.validator_value
    if v == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        return "is not of type " + " or ".join(f"'{t}'" for t in kinds)
    if v in ("required", "additionalProperties"):
        return error.message  # names fields, not values
    if v == "enum":
        return f"is not one of {json.dumps(expected)}"
    if v == "const":
        return f"must be {json.dumps(expected)}"
    if v == "pattern":
        return f"does not match the pattern {expected}"
    if v == "maxLength":
        return f"is longer than {expected} characters"
    if v == "maxItems":
        return f"has more than {expected} items"
    if v == "maximum":
        return f"is larger than {expected}"
    if v == "minimum":
        return f"is smaller than {expected}"
    if v == "uniqueItems":
        return "has repeated items"
    return f"breaks the rule '{v}'"


def _position(doc: Any, parts: Iterable[str | int]) -> tuple[int, ...]:
    """Where an element sits in the file, to find the first offending one."""
    pos: list[int] = []
    node = doc
    for p in parts:
        if isinstance(node, dict):
            keys = list(node)
            pos.append(keys.index(p) if p in node else len(keys))
            node = node.get(p)
        elif isinstance(node, list) and isinstance(p, int):
            pos.append(p)
            node = node[p] if p < len(node) else None
        else:
            break
    return tuple(pos)


def _check_shape(doc: Any) -> None:
    """What the JSON Schema cannot bound cheaply: nesting depth (a ``{"a": {"a": ...}}``
    in a free JSON field would exhaust the stack later), text that is not Unicode (a lone
    surrogate, ``"\\ud800"``, cannot be stored), and the number of records, counted
    before any record is checked."""
    if isinstance(doc, dict) and isinstance(doc.get("records"), dict):
        for kind, items in doc["records"].items():
            if isinstance(items, list) and len(items) > MAX_RECORDS_PER_KIND:
                raise InterchangeError(json_path(["records", kind]),
                                       f"has more than {MAX_RECORDS_PER_KIND} items")
    if isinstance(doc, dict) and isinstance(doc.get("history"), list) and len(
            doc["history"]) > MAX_HISTORY_ROWS:
        raise InterchangeError("$.history", f"has more than {MAX_HISTORY_ROWS} items")
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(doc, 0, ())]
    while stack:
        node, depth, where = stack.pop()
        if depth > MAX_DEPTH:
            raise InterchangeError(json_path(where), f"is nested more than {MAX_DEPTH} deep")
        if isinstance(node, dict):
            for key, value in node.items():
                if _SURROGATE.search(key):
                    raise InterchangeError(json_path(where), "has a key that is not Unicode text")
                stack.append((value, depth + 1, (*where, key)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1, (*where, i)) for i, v in enumerate(node))
        elif isinstance(node, str) and _SURROGATE.search(node):
            raise InterchangeError(json_path(where), "is not Unicode text (a lone surrogate)")


# A visit's start and end were a date-time and a "time known" flag until the store's
# migration 0007_visit_dates; files written before then carry them so.
_LEGACY_VISIT_MOMENTS = (("started_at", "started_time_known", "started_on", "started_time"),
                         ("ended_at", "ended_time_known", "ended_on", "ended_time"))


def _upgrade_legacy_visits(doc: Any) -> None:
    """Rewrite, in place, visits written in the earlier form (``started_at``
    "2024-03-05T10:30:00" with ``started_time_known``) into the day and the time the
    format now has, as the store's migration does: the time only where it was known. A
    value that does not read as a date-time is left for the schema to refuse."""
    records = doc.get("records") if isinstance(doc, dict) else None
    visits = records.get("visits") if isinstance(records, dict) else None
    if not isinstance(visits, list):
        return
    for rec in visits:
        if not isinstance(rec, dict):
            continue
        for old, flag, day, time in _LEGACY_VISIT_MOMENTS:
            if old not in rec or day in rec:
                continue
            value, known = rec[old], rec.get(flag, True)
            if value is not None and not (isinstance(value, str) and len(value) >= 10):
                continue
            rec.pop(old)
            rec.pop(flag, None)
            rec[day] = value[:10] if value else None
            clock = value[11:16] if value and len(value) >= 16 else None
            rec[time] = clock if known is not False else None


def validate_document(doc: Any) -> None:
    """Check a parsed document against the JSON Schema and the rules a schema cannot say
    (an id appears once per kind, a change once, bounded nesting); raises
    :class:`InterchangeError`. Visits in the form written before migration 0007 are
    first brought to today's form."""
    _check_shape(doc)
    _upgrade_legacy_visits(doc)
    try:
        errors = list(_validator().iter_errors(doc))
    except RecursionError:
        raise InterchangeError("$", "is nested too deeply") from None
    if errors:
        first = min(errors, key=lambda e: _position(doc, e.absolute_path))
        raise InterchangeError(json_path(first.absolute_path), _rule(first))
    for kind, items in doc["records"].items():
        seen: dict[str, int] = {}
        for i, rec in enumerate(items):
            if rec["id"] in seen:
                raise InterchangeError(json_path(["records", kind, i, "id"]),
                                       f"repeats the id of $.records.{kind}[{seen[rec['id']]}]")
            seen[rec["id"]] = i
    changes: dict[str, int] = {}
    for i, h in enumerate(doc.get("history", ())):
        if h["change_id"] in changes:
            raise InterchangeError(json_path(["history", i, "change_id"]),
                                   f"repeats the change of $.history[{changes[h['change_id']]}]")
        changes[h["change_id"]] = i


def _read_capped(path: Path) -> bytes:
    """The file's bytes; a file that is not a regular file (a FIFO would hang, a device
    never ends) or is larger than :data:`MAX_FILE_BYTES` is refused before it is read."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb", buffering=0) as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise InterchangeError("$", "is not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            raise InterchangeError("$", f"is larger than {MAX_FILE_BYTES} bytes")
        raw = fh.read(MAX_FILE_BYTES + 1)  # it may have grown since
    if len(raw) > MAX_FILE_BYTES:
        raise InterchangeError("$", f"is larger than {MAX_FILE_BYTES} bytes")
    return raw


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse(raw: bytes) -> Any:
    """Bytes to a parsed document; raises :class:`InterchangeError` for anything but UTF-8
    JSON (NaN and Infinity, numbers too long to read, and runaway nesting included)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError("$", f"is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError("$", f"is not valid JSON ({exc.msg} at line {exc.lineno}, "
                                    f"column {exc.colno})") from None
    except RecursionError:
        raise InterchangeError("$", "is nested too deeply") from None
    except ValueError:  # NaN/Infinity, or an integer of thousands of digits
        raise InterchangeError("$", "holds a number that is not a storable JSON number"
                               ) from None


def read_document(path: Path) -> dict[str, Any]:
    """Read and validate an interchange file; raises :class:`InterchangeError` for a file
    that is not UTF-8 JSON of this format (and ``OSError`` for one that cannot be read)."""
    doc = parse(_read_capped(Path(path)))
    validate_document(doc)
    return doc


# -- import ----------------------------------------------------------------------------

def import_document(store: Store, doc: dict[str, Any], *, validated: bool = False
                    ) -> ImportSummary:
    """Apply a document to the store in one transaction: unknown ids are created with
    their id, known ones updated (restored first when deleted), each with history; history
    rows the store lacks are added. Nothing is deleted. Raises :class:`InterchangeError`
    (and nothing is written) when the document or a record is refused. ``validated``: the
    document came from :func:`read_document` unchanged, so its check is not repeated."""
    if not validated:
        validate_document(doc)
    summary = ImportSummary()
    with store.write(source=SOURCE) as w:
        if doc.get("history"):
            _import_history(w, doc["history"], summary)
        for name, k in schema.KINDS.items():
            items = doc["records"].get(name) or []
            if items:
                _import_kind(w, k, items, summary)
                summary.by_kind[name] = len(items)
    return summary


def _import_history(w: Writer, rows: list[dict[str, Any]], summary: ImportSummary) -> None:
    """Keep the changes this store has not seen (by change_id), as provenance; the clock
    moves past them, so the import's own changes sort after them."""
    s = w.session
    known: set[str] = set()
    for chunk in _chunks(h["change_id"] for h in rows):
        known.update(s.scalars(select(HistoryEntry.change_id).where(
            HistoryEntry.change_id.in_(chunk))))
    by_kind: dict[str, set[str]] = {}
    for h in rows:
        by_kind.setdefault(h["record_kind"], set()).add(h["record_id"])
    erased = {(kind, i) for kind, ids in by_kind.items() for i in tombstoned(s, kind, ids)}
    fresh = [{**h, "at": datetime.fromisoformat(h["at"])} for h in rows
             if h["change_id"] not in known and (h["record_kind"], h["record_id"]) not in erased]
    if fresh:
        s.execute(insert(HistoryEntry), fresh)
        w.observe(max(h["hlc"] for h in fresh))
    summary.history += len(fresh)


def _import_kind(w: Writer, k: schema.Kind, items: list[dict[str, Any]],
                 summary: ImportSummary) -> None:
    s = w.session
    model = k.model
    existing: dict[str, Any] = {}  # also keeps them in the session (held weakly there)
    for chunk in _chunks(r["id"] for r in items):
        existing.update((o.id, o) for o in s.scalars(select(model).where(model.id.in_(chunk))))
    content_key = CONTENT_FIELDS.get(k.name)
    erased = tombstoned(s, k.name, [r["id"] for r in items])
    for i in _targets_first(k, items):
        rec = items[i]
        path = ["records", k.name, i]
        if rec["id"] in erased:  # purged here: a file made before does not bring it back
            summary.purged += 1
            continue
        values = {n: v for n, v in rec.items() if n in k.fields}
        record_id = rec["id"]
        try:
            obj = existing.get(record_id)
            if obj is None:
                w.create(k.name, id=record_id, **values)
                summary.created += 1
            else:
                restored = bool(obj.deleted)
                if restored:
                    w.restore(k.name, record_id)
                    summary.restored += 1
                if w.update(k.name, record_id, **values):
                    summary.updated += 1
                elif not restored:
                    summary.unchanged += 1
        except records.ValidationError as exc:
            name, rule = next(iter(exc.errors.items()))
            raise InterchangeError(json_path([*path, name]), rule) from None
        except records.RecordNotFound:
            raise InterchangeError(json_path(path), "refers to a record that does not "
                                                    "exist") from None
        except IntegrityError:
            raise InterchangeError(json_path(path), "conflicts with a record of this store "
                                                    "(a value that must be unique is taken)"
                                   ) from None
        if content_key and rec.get(content_key) is not None and _store_content(
                w, k, record_id, rec[content_key], [*path, content_key]):
            summary.files += 1
    if k.name == VOCAB:
        w.forget_vocab_cache()  # the records that follow may use the new terms
    try:
        s.flush()
    except IntegrityError:
        raise InterchangeError(json_path(["records", k.name]),
                               "conflicts with a record of this store (a value that must "
                               "be unique is taken)") from None


def _targets_first(k: schema.Kind, items: list[dict[str, Any]]) -> list[int]:
    """The places of the records in the order they are written: as in the file, except
    that in a kind linking to itself (a reprisal following another) the record linked to
    comes first. Errors still name a record's place in the file."""
    own = [f.name for f in k.links.values() if f.link == k.name]
    if not own:
        return list(range(len(items)))
    where = {r["id"]: i for i, r in enumerate(items)}
    out: list[int] = []
    placed: set[int] = set()
    for start in range(len(items)):
        chain: list[int] = []
        node: int | None = start
        while node is not None and node not in placed and node not in chain:
            chain.append(node)
            node = next((where[t] for t in (items[node].get(n) for n in own) if t in where),
                        None)
        placed.update(chain)
        out.extend(reversed(chain))
    return out


def _store_content(w: Writer, k: schema.Kind, record_id: str, content: str,
                   path: list[str | int]) -> bool:
    """Keep an evidence file's bytes when the store has none yet; they must match the
    record's SHA-256. Bytes a store already holds are never replaced."""
    s = w.session
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise InterchangeError(json_path(path), "is not base64") from None
    obj = s.get(k.model, record_id)
    if hashlib.sha256(data).hexdigest() != obj.sha256:
        raise InterchangeError(json_path(path), "does not match the record's sha256")
    s.flush()
    if s.scalar(select(EvidenceChunk.seq).where(EvidenceChunk.evidence_id == record_id)
                .limit(1)) is not None:
        return False
    step = records.CHUNK
    for seq, start in enumerate(range(0, max(len(data), 1), step)):
        s.add(EvidenceChunk(evidence_id=record_id, seq=seq, data=data[start:start + step]))
    s.flush()
    return True
