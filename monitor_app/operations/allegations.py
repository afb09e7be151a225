"""The people of an allegation: victims, alleged perpetrators, witnesses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app import schema
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.operations.records import errors_under
from monitor_app.records import ValidationError, Writer

# the roles a person has in an allegation, as the declaration lists them
ROLES = schema.kind("allegation_people")["role"].choices or ()


def link_person(w: Writer, allegation_id: str, role: str, person_id: str | None = None, *,
                new_person: Mapping[str, Any] | None = None,
                perpetrator_kind: str | None = None, involvement: str | None = None
                ) -> Outcome:
    """Link a person to an allegation in a role: an existing one (``person_id``) or one
    created here from ``new_person`` (an unidentified "masked officer" often is; errors
    named ``person.<field>``).

    ``role`` is "victim", "perpetrator" or "witness"; only a perpetrator has a kind of
    perpetrator and an involvement. A person is linked once per role.
    ``outcome.record_id`` is the link's id (``allegation_people``).
    """
    rec = Recording(w)
    if role not in ROLES:
        raise ValidationError({"role": f"is one of {', '.join(ROLES)}"})
    if role != "perpetrator":
        wrong = {name: "is for alleged perpetrators only" for name, value in
                 (("perpetrator_kind", perpetrator_kind), ("involvement", involvement)) if value}
        if wrong:
            raise ValidationError(wrong)
    if (person_id is None) == (new_person is None):
        raise ValidationError({"person_id": "give either a person or a new person"})
    if new_person is not None:
        with errors_under("person"):
            person_id = rec.create("people", **new_person)
    # once per role: the natural key declared with the kind (the Writer refuses a second)
    link_id = rec.create("allegation_people", allegation_id=allegation_id,
                       person_id=person_id, role=role, perpetrator_kind=perpetrator_kind,
                       involvement=involvement)
    return rec.outcome(link_id)


def new_allegation(w: Writer, values: Mapping[str, Any], *,
                   victim_id: str | None = None) -> Outcome:
    """Create an allegation and, when ``victim_id`` is given (a new allegation of a case
    starts with the case's victim), link that person to it as a victim, in one write.
    ``outcome.record_id`` is the allegation's id."""
    rec = Recording(w)
    allegation_id = rec.create("allegations", **values)
    if victim_id:
        rec.create("allegation_people", allegation_id=allegation_id, person_id=victim_id,
                   role="victim")
    return rec.outcome(allegation_id)
