"""Saving, deleting and restoring one record of any kind, when no rule of its own applies."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from monitor_app.operations import case_status
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.records import ValidationError, Writer


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
    """Undo a deletion (nothing happens to a record that is not deleted)."""
    rec = Recording(w)
    rec.restore(kind, record_id)
    _keep_counter_charge(rec, kind, record_id)
    return rec.outcome(record_id)


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
