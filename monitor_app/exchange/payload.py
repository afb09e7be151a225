"""What travels inside an exchange file: history changes and evidence bytes, as a stream.

The payload is a sequence of lines, each one canonical JSON object (keys sorted, UTF-8,
no spaces), ending in ``\\n``:

- a header ``{"format": "monitor-bundle", "t": "header", "version": 1, "what": ...}``;
- one ``{"t": "change", ...}`` per history row: the interchange's history row
  (``monitor_app.interchange.schema_json.history_schema``, the same validator), in
  (hlc, change_id) order;
- per evidence file ``{"t": "evidence", "id", "sha256", "size"}`` followed by exactly
  ``size`` raw bytes (streamed from the store's chunks, never whole in memory);
- ``{"t": "end", "changes": n, "evidence": m}``, and nothing after it.

Built-in vocabulary terms and deadline rules exist in every store and do not travel;
purged records never do (their tombstones stay local), nor store-wide options.
:class:`PayloadReader` reads a payload from an iterator of byte pieces as they come, with
a bounded line length, and refuses anything else with :class:`PayloadError` (one line,
naming no data).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import EvidenceChunk, HistoryEntry
from monitor_app import records, schema
from monitor_app.interchange.jsonfile import case_selection, history_json
from monitor_app.interchange.schema_json import HISTORY_FIELDS, history_schema
from monitor_app.operations.purge import PURGE

__all__ = ["FORMAT", "MAX_LINE", "VERSION", "ChangeItem", "EvidenceItem", "PayloadError",
           "PayloadReader", "Selection", "canonical", "encode", "select_changes"]

FORMAT = "monitor-bundle"
VERSION = 1
# A change holds at most two free texts of a million characters (old and new), escaped.
MAX_LINE = 64 * 1024 * 1024
_BATCH = 500
_BUILTIN_KINDS = ("vocab_terms", "deadline_rules")


class PayloadError(ValueError):
    """A payload that is not one: the reason in words that repeat no value."""


def canonical(obj: dict[str, Any]) -> bytes:
    """One payload line: sorted keys, UTF-8, no spaces, a newline."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8") + b"\n"


# -- what is sent ------------------------------------------------------------------------

@dataclass
class Selection:
    """What one file carries: history row ids (local), and counts once encoded."""

    what: str                                   # incremental | all | case
    after: int | None = None                    # local history id the file starts after
    skip_sources: frozenset[str] = frozenset()  # rows that came from the recipient
    cases: Sequence[str] | None = None
    watermark: int | None = None                # highest local history id considered
    changes: int = 0
    evidence: int = 0
    evidence_ids: list[str] = field(default_factory=list)


def _not_travelling(session: Session) -> set[tuple[str, str]]:
    """Records whose history stays here: built-in terms and rules, purged records."""
    out: set[tuple[str, str]] = set()
    for name in _BUILTIN_KINDS:
        model = schema.kind(name).model
        out.update((name, i) for i in session.scalars(select(model.id).where(
            model.builtin.is_(True))))
    out.update((k, i) for k, i in session.execute(select(
        HistoryEntry.record_kind, HistoryEntry.record_id).where(HistoryEntry.action == PURGE)))
    return out


def select_changes(session: Session, sel: Selection) -> Iterator[dict[str, Any]]:
    """The history rows ``sel`` names, as interchange rows, in (hlc, change_id) order.
    Sets ``sel.watermark`` and collects the evidence whose creation is among them."""
    table = HistoryEntry.__table__
    stmt = select(table.c.id, *(table.c[n] for n in HISTORY_FIELDS)).where(
        table.c.record_kind.in_(list(schema.KINDS)), table.c.action != PURGE)
    if sel.after is not None:
        stmt = stmt.where(table.c.id > sel.after)
    if sel.skip_sources:
        stmt = stmt.where(table.c.source.not_in(sorted(sel.skip_sources)))
    chosen = None if sel.cases is None else case_selection(session, sel.cases)
    sel.watermark = session.scalar(select(func.max(table.c.id))) or 0
    skip = _not_travelling(session)
    for row in session.execute(stmt.order_by(table.c.hlc, table.c.change_id)
                               .execution_options(yield_per=_BATCH)).mappings():
        key = (row["record_kind"], row["record_id"])
        if key in skip or (chosen is not None and key[1] not in chosen[key[0]]):
            continue
        if key[0] == "evidence" and row["action"] == "create":
            sel.evidence_ids.append(key[1])
        yield history_json(row)


def encode(session: Session, sel: Selection) -> Iterator[bytes]:
    """The payload of ``sel``, line by line and evidence chunk by chunk."""
    yield canonical({"format": FORMAT, "t": "header", "version": VERSION, "what": sel.what})
    for row in select_changes(session, sel):
        sel.changes += 1
        yield canonical({"t": "change", **row})
    for evidence_id in sel.evidence_ids:
        size = session.scalar(select(func.sum(func.length(EvidenceChunk.data))).where(
            EvidenceChunk.evidence_id == evidence_id))
        if size is None:
            continue  # it came here without its bytes
        digest = session.scalar(select(schema.kind("evidence").model.sha256).where(
            schema.kind("evidence").model.id == evidence_id))
        yield canonical({"t": "evidence", "id": evidence_id, "sha256": digest,
                         "size": int(size)})
        sent = 0
        for block in records.evidence_chunks(session, evidence_id):
            sent += len(block)
            yield block
        if sent != size:  # pragma: no cover - the store changed under a read transaction
            raise PayloadError("an evidence file changed while it was being sent")
        sel.evidence += 1
    yield canonical({"t": "end", "changes": sel.changes, "evidence": sel.evidence})


# -- reading -----------------------------------------------------------------------------

@cache
def _row_validator() -> Draft202012Validator:
    return Draft202012Validator(history_schema())


@dataclass
class ChangeItem:
    row: dict[str, Any]     # an interchange history row, validated


@dataclass
class EvidenceItem:
    id: str
    sha256: str
    size: int
    chunks: Callable[[], Iterator[bytes]]   # its bytes; read them before the next item


def _check_triples(row: dict[str, Any]) -> None:
    for value in row["changes"].values():
        ok = isinstance(value, list) and len(value) in (3, 4) and (
            value[2] is None or isinstance(value[2], str)) and (
            len(value) == 3 or (isinstance(value[3], list)
                                and all(isinstance(p, str) for p in value[3])))
        if not ok:
            raise PayloadError("a change's field is not [old, new, parent(, parents)]")


class PayloadReader:
    """Reads a payload from byte pieces (of any size) as they arrive."""

    def __init__(self, pieces: Iterable[bytes], *, max_line: int = MAX_LINE) -> None:
        self._pieces = iter(pieces)
        self._buf = bytearray()
        self._eof = False
        self._max = max_line
        self.header: dict[str, Any] = {}

    def _more(self) -> bool:
        if self._eof:
            return False
        try:
            piece = next(self._pieces)
        except StopIteration:
            self._eof = True
            return False
        self._buf += piece
        return True

    def _line(self) -> dict[str, Any]:
        start = 0
        while (end := self._buf.find(b"\n", start)) < 0:
            start = len(self._buf)
            if start > self._max:
                raise PayloadError(f"holds a line longer than {self._max} bytes")
            if not self._more():
                raise PayloadError("ends in the middle of a line" if self._buf
                                   else "ends before its end line")
        if end > self._max:
            raise PayloadError(f"holds a line longer than {self._max} bytes")
        raw = bytes(self._buf[:end])
        del self._buf[:end + 1]
        try:
            obj = json.loads(raw.decode("utf-8"),
                             parse_constant=lambda name: _refuse_constant())
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise PayloadError("holds a line that is not UTF-8 JSON") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("t"), str):
            raise PayloadError("holds a line that is not a payload item")
        return obj

    def _raw(self, size: int) -> Iterator[bytes]:
        left = size
        while left:
            if not self._buf and not self._more():
                raise PayloadError("ends inside an evidence file")
            take = bytes(self._buf[:left])
            del self._buf[:len(take)]
            left -= len(take)
            yield take

    def items(self) -> Iterator[ChangeItem | EvidenceItem]:
        """The changes, then the evidence files; checks the header, the order of the
        sections, the end line's counts, and that nothing follows it."""
        head = self._line()
        if head.get("t") != "header" or head.get("format") != FORMAT:
            raise PayloadError("does not start with a Monitor payload header")
        if head.get("version") != VERSION:
            raise PayloadError(f"is of payload version {head.get('version')!r}, not {VERSION}")
        self.header = head
        changes = evidence = 0
        validator = _row_validator()
        while True:
            item = self._line()
            t = item.pop("t")
            if t == "change":
                if evidence:
                    raise PayloadError("holds a change after an evidence file")
                error = next(iter(validator.iter_errors(item)), None)
                if error is not None:
                    where = ".".join(map(str, error.absolute_path)) or "row"
                    raise PayloadError(f"holds a change that breaks the history format "
                                       f"({where}: {error.validator})")
                _check_triples(item)
                changes += 1
                yield ChangeItem(item)
            elif t == "evidence":
                size, ident, digest = item.get("size"), item.get("id"), item.get("sha256")
                if not (isinstance(size, int) and size >= 0 and isinstance(ident, str)
                        and isinstance(digest, str)) or set(item) != {"id", "sha256", "size"}:
                    raise PayloadError("holds an evidence line that is not id, sha256, size")
                evidence += 1
                consumed = False

                def chunks(size: int = size) -> Iterator[bytes]:
                    nonlocal consumed
                    consumed = True
                    yield from self._raw(size)
                yield EvidenceItem(ident, digest, size, chunks)
                if not consumed:
                    for _ in self._raw(size):
                        pass
            elif t == "end":
                if item != {"changes": changes, "evidence": evidence}:
                    raise PayloadError("has an end line whose counts do not match")
                # read the source to its end (a container verifies its signature there)
                while self._buf or self._more():
                    if self._buf:
                        raise PayloadError("has data after its end line")
                return
            else:
                raise PayloadError("holds an item of an unknown type")


def _refuse_constant() -> Any:
    raise ValueError("not a JSON number")
