"""The one rule that keeps a case's status history in step with its status.

A case's ``status`` is its current status; every change of it is also a
``case_status_changes`` row (the status, its date, a reason and notes), so a case closed
and later reopened keeps both the closure and the reopening. :func:`write_case` is how
every operation that saves a case writes it (``operations.cases.save_case``, and
``operations.records.save`` for a case):

- a new status (or a new case with a status) adds a status change dated the user's date;
  without one, a closed status takes the case's ``closed_on``, a new case its
  ``opened_on``, and otherwise today;
- ``closed_on`` is the date of the *current* closure: closing a case without one fills it
  from the change's date when that is a whole day (an approximate closure stays in the
  history only: a day is never invented); a status that is not closed (a reopening, or any
  open status) clears it, and the earlier closure's date stays on its status change;
- editing ``closed_on`` of a closed case moves the date of the closure it belongs to (the
  latest status change) with it.

The order of the changes is the order they were entered in (the last one is the current
status), not their dates: an old case entered today keeps the sequence it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from db.models import Case, CaseStatusChange
from monitor_app import schema
from monitor_app.dates import ApproxDate, DateParseError, approx_or_none
from monitor_app.records import ValidationError
from monitor_app.records.values import coerce
from monitor_app.vocabulary import Vocab

__all__ = ["latest_change", "write_case"]

WriteFields = Callable[..., str]


def latest_change(session: Any, case_id: str) -> CaseStatusChange | None:
    """The case's live status change entered last (the one its current status comes from)."""
    return session.scalars(select(CaseStatusChange).where(
        CaseStatusChange.case_id == case_id, CaseStatusChange.deleted.is_(False))
        .order_by(CaseStatusChange.created_at.desc(), CaseStatusChange.id.desc())
        .limit(1)).first()


def _day(name: str, values: Mapping[str, Any], current: date | None) -> date | None:
    """A case's date field as it will be saved (the Writer reports a value it cannot read)."""
    if name not in values:
        return current
    try:
        return coerce(schema.kind("cases").fields[name], values[name])
    except (ValueError, TypeError, DateParseError):
        return current


def _change_date(value: ApproxDate | date | str | None) -> ApproxDate | None:
    """The date a person gave for a status change ("about June 2016"), None when none."""
    try:
        return approx_or_none(coerce(schema.kind("case_status_changes").fields["changed_on"],
                                     value))
    except (ValueError, TypeError, DateParseError) as exc:
        raise ValidationError({"status_changed_on": str(exc)}) from exc


def write_case(rec: Any, case_id: str | None, values: Mapping[str, Any],
               expected_revision: str | None = None, *, write: WriteFields,
               changed_on: ApproxDate | date | str | None = None, reason: str = "",
               notes: str = "", today: date | None = None) -> str:
    """Create (``case_id`` None) or update a case through ``write`` (``records.write_fields``)
    and keep its status history in step (see the module's rules). Returns the case's id.

    ``changed_on``, ``reason`` and ``notes`` describe the status change, when there is one.
    """
    session = rec.session
    fields = dict(values)
    old_status: str | None = None
    old_closed: date | None = None
    if case_id is not None:
        case = session.get(Case, case_id)
        if case is not None:
            old_status, old_closed = case.status, case.closed_on
    new_status = fields.get("status", old_status) or None  # an emptied combo: no status
    new_closed = _day("closed_on", fields, old_closed)
    vocab = Vocab.load(session, [c for c in (old_status, new_status) if c])
    closed_now = bool(new_status and vocab.attr(new_status, "closed", False))
    status_changed = new_status != old_status if case_id is not None else new_status is not None

    when: ApproxDate | None = None
    move_closure = False
    if status_changed:
        when = _change_date(changed_on)
        if when is None:
            opened = _day("opened_on", fields, None) if case_id is None else None
            fallback = (new_closed if closed_now and new_closed else opened or
                        today or date.today())
            when = ApproxDate.from_date(fallback)
        if closed_now and new_closed is None and when.is_exact:
            fields["closed_on"] = when.anchor()
        elif not closed_now and new_closed is not None:
            fields["closed_on"] = None  # not closed now: the closure's date stays in history
    elif closed_now and "closed_on" in fields and new_closed != old_closed and new_closed:
        move_closure = True

    rid = write(rec, "cases", case_id, fields, expected_revision)
    if status_changed:
        rec.create("case_status_changes", case_id=rid, status=new_status,
                   changed_on=when.to_iso() if when else None, reason=reason or "",
                   notes=notes or "")
    elif move_closure:
        last = latest_change(session, rid)
        if last is not None and last.status == new_status:
            rec.update("case_status_changes", last.id,
                       changed_on=ApproxDate.from_date(new_closed).to_iso())
    return rid
