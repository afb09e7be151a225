"""Saving, deleting and restoring one record of any kind, when no rule of its own applies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from monitor_app import schema
from monitor_app.operations import case_status
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.operations.purge import holder, tombstoned
from monitor_app.records import RecordNotFound, ValidationError, Writer


class HolderDeleted(Exception):
    """A record cannot come back while the record it belongs to is deleted: every view
    reads it through its holder, so it would be restored into nowhere. Restore the
    holder first."""

    def __init__(self, kind: str, record_id: str, holder_kind: str, holder_id: str) -> None:
        super().__init__(f"the {schema.kind(kind).label.lower()} {record_id} belongs to the "
                         f"deleted {schema.kind(holder_kind).label.lower()} {holder_id}; "
                         "restore that first")
        self.kind, self.record_id = kind, record_id
        self.holder_kind, self.holder_id = holder_kind, holder_id


def write_fields(rec: Recording, kind: str, record_id: str | None,
                 values: Mapping[str, Any], expected_revision: str | None = None) -> str:
    """Create (``record_id`` None) or update one record inside an operation; returns its id.

    Before an update that changes a link (``case_id``, ``allegation_id``...) the cases the
    record belonged to are noted, so that the case it leaves is reported too.
    """
    if record_id is None:
        return rec.create(kind, **values)
    if any(name.endswith("_id") for name in values):
        rec.note_cases_before([(kind, record_id)])
    rec.update(kind, record_id, expected_revision=expected_revision, **values)
    return record_id


def save(w: Writer, kind: str, record_id: str | None, values: Mapping[str, Any],
         expected_revision: str | None = None) -> Outcome:
    """Create a record (``record_id`` None) or change the given fields of one.

    ``values`` are field names and values as the Writer takes them (a new record may carry
    its own ``id``). ``expected_revision``, when given, is the revision the caller's copy
    was read at; the save is refused if the record changed since. Raises
    :class:`~monitor_app.records.ValidationError` and
    :class:`~monitor_app.records.RecordNotFound`.
    """
    rec = Recording(w)
    if kind == "cases":  # a new status is also an entry of the case's status history
        rid = case_status.write_case(rec, record_id, values, expected_revision, write=write_fields)
        return rec.outcome(rid)
    rid = write_fields(rec, kind, record_id, values, expected_revision)
    _keep_counter_charge(rec, kind, rid)
    return rec.outcome(rid)


def delete(w: Writer, kind: str, record_id: str) -> Outcome:
    """Mark a record deleted (kept with its history; :func:`restore` brings it back).

    Its parts are left as they are: every view reads them through their live parent.
    """
    rec = Recording(w)
    rec.delete(kind, record_id)
    _keep_counter_charge(rec, kind, record_id)
    return rec.outcome(record_id)


def restore(w: Writer, kind: str, record_id: str) -> Outcome:
    """Undo a deletion (nothing happens to a record that is not deleted).

    Raises :class:`HolderDeleted` while the record it belongs to is deleted, and
    :class:`~monitor_app.records.RecordNotFound` for a record erased for good (a purge's
    tombstone keeps no text to bring back). Both are raised before anything is written.
    """
    check_restorable(w.session, kind, record_id)
    rec = Recording(w)
    rec.restore(kind, record_id)
    _keep_counter_charge(rec, kind, record_id)
    return rec.outcome(record_id)


def check_restorable(session: Any, kind: str, record_id: str) -> None:
    """Raise what :func:`restore` would refuse (see there), without writing."""
    obj = session.get(schema.model(kind), record_id)
    if obj is None or (obj.deleted and tombstoned(session, kind, [record_id])):
        raise RecordNotFound(f"no {kind} record {record_id} to restore")
    if not obj.deleted:
        return
    found = holder(kind, obj)
    if found is not None:
        holder_obj = session.get(schema.model(found[0]), found[1])
        if holder_obj is not None and holder_obj.deleted:
            raise HolderDeleted(kind, record_id, *found)


def restore_many(w: Writer, items: Iterable[tuple[str, str]]) -> list[HolderDeleted]:
    """Restore several records in one transaction, holders before their parts whatever
    the order given (a case and its complaint chosen together both come back). Returns
    the refusals of those whose holder stays deleted; the others are restored."""
    pending = list(dict.fromkeys(items))
    refused: list[HolderDeleted] = []
    while pending:
        refused, left = [], []
        for kind, record_id in pending:
            try:
                restore(w, kind, record_id)
            except HolderDeleted as exc:  # raised before any write: the rest can go on
                refused.append(exc)
                left.append((kind, record_id))
        if len(left) == len(pending):
            break
        pending = left
    return refused


def _keep_counter_charge(rec: Recording, kind: str, record_id: str) -> None:
    """A counter-charge step and its reprisal are deleted and restored together
    (monitor_app.operations.reprisals)."""
    if kind == "complaint_steps":
        from monitor_app.operations.reprisals import sync_counter_charge

        sync_counter_charge(rec, record_id)


@contextmanager
def errors_under(prefix: str) -> Iterator[None]:
    """Name the errors of a part after the part (``findings[finding_area.staff].area``),
    so the caller knows which of many parts to correct."""
    try:
        yield
    except ValidationError as exc:
        raise ValidationError({f"{prefix}.{name}": message
                               for name, message in exc.errors.items()}) from exc
