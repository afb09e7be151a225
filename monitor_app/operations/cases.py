"""A case: saving it with its status history, and the people of a case and their roles."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from monitor_app.dates import ApproxDate
from monitor_app.operations import case_status
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.operations.records import errors_under, write_fields
from monitor_app.records import ValidationError, Writer


def add_person(w: Writer, case_id: str, role: str | None, person_id: str | None = None, *,
               new_person: Mapping[str, Any] | None = None, notes: str = "") -> Outcome:
    """Put a person in a case in a role: an existing one (``person_id``) or one created
    here from ``new_person`` (the person's fields; errors named ``person.<field>``).

    A person is in a case once per role. ``outcome.record_id`` is the link's id
    (``case_people``).
    """
    rec = Recording(w)
    if (person_id is None) == (new_person is None):
        raise ValidationError({"person_id": "give either a person or a new person"})
    if new_person is not None:
        with errors_under("person"):
            person_id = rec.create("people", **new_person)
    # once per role: the natural key declared with the kind (the Writer refuses a second)
    link_id = rec.create("case_people", case_id=case_id, person_id=person_id, role=role,
                       notes=notes)
    return rec.outcome(link_id)


def save_case(w: Writer, case_id: str | None, values: Mapping[str, Any],
              expected_revision: str | None = None, *,
              status_changed_on: ApproxDate | date | str | None = None,
              status_reason: str = "", status_notes: str = "",
              today: date | None = None) -> Outcome:
    """Create (``case_id`` None) or change a case; a new status is also a status change
    of its history (``monitor_app.operations.case_status``: dated ``status_changed_on``,
    else the closure's day for a closed status, the opening for a new case, else today; a
    reopening is one too, and clears ``closed_on``). ``outcome.record_id`` is the case's id.
    """
    rec = Recording(w)
    rid = case_status.write_case(rec, case_id, values, expected_revision, write=write_fields,
                                 changed_on=status_changed_on, reason=status_reason,
                                 notes=status_notes, today=today)
    return rec.outcome(rid)
