"""What a form is offered from what the store already knows, and what a deletion takes.

A new record's form starts where the app can tell: a case's region from its place of
detention, a new allegation of a case at the case's place with the case's victim, the next
free reference and person code. Everything here is a proposal the user may change; the
rules that refuse a save (a reference taken twice...) stay with the Writer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Facility
from monitor_app import schema
from monitor_app.identifiers import next_case_reference, next_person_code
from monitor_app.labels import label_of
from monitor_app.vocabulary import Vocab

__all__ = ["Deletion", "deletion", "next_case_reference", "next_person_code", "place_region"]


def place_region(session: Session, facility_id: str | None) -> str | None:
    """The region of a place of detention (None when the place has none or is unknown)."""
    if not facility_id:
        return None
    facility = session.get(Facility, facility_id)
    return facility.region if facility is not None and not facility.deleted else None


@dataclass(frozen=True)
class Deletion:
    """What deleting a record means, for the question asked before: its label and the
    number of live records that belong to it (its parts, their parts...), which every view
    reads through it and so leave with it (Undo brings them back together)."""

    kind: str
    label: str
    parts: int


def _parts(session: Session, kind: str, ids: list[str], depth: int = 0) -> int:
    if not ids or depth > 4:
        return 0
    total = 0
    for part in schema.KINDS.values():
        if part.parent_kind != kind or part.parent is None:
            continue
        model = part.model
        column = getattr(model, part.parent)
        live = (column.in_(ids), model.deleted.is_(False))
        found = list(session.scalars(select(model.id).where(*live)))
        total += len(found) + _parts(session, part.name, found, depth + 1)
    return total


def deletion(session: Session, vocab: Vocab, kind: str, record_id: str,
             lang: str = "en") -> Deletion:
    model = schema.model(kind)
    obj = session.get(model, record_id)
    label = label_of(session, vocab, kind, obj, lang) if obj is not None else ""
    return Deletion(kind, label, _parts(session, kind, [record_id]))
