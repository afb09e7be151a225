"""The people of a case and their roles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.operations.records import errors_under
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
