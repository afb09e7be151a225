"""Human labels for records, in the monitors' words ("AK-159/6 Penal colony", ...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Case, Facility, Person
from monitor_app.dates import ApproxDate
from monitor_app.vocabulary import Vocab


def person_label(person: Person | None) -> str:
    if person is None:
        return ""
    return person.name or person.pseudonym or person.code or "?"


def facility_label(facility: Facility | None) -> str:
    if facility is None:
        return ""
    return " ".join(p for p in (facility.designation, facility.name) if p)


def approx_text(iso: str | None, lang: str = "en") -> str:
    return ApproxDate.from_iso(iso).format(lang) if iso else ""


def label_of(session: Session, vocab: Vocab, kind: str, obj: Any, lang: str = "en") -> str:
    """A one-line label for any record."""
    v = vocab.label
    if kind == "facilities":
        return facility_label(obj)
    if kind == "people":
        return person_label(obj)
    if kind == "cases":
        return f"{obj.reference} {obj.title}".strip()
    if kind == "visits":
        when = obj.started_at.date().isoformat() if obj.started_at else ""
        place = facility_label(session.get(Facility, obj.facility_id))
        return " · ".join(p for p in (when, place, v(obj.visit_type, lang)) if p)
    if kind == "allegations":
        when = approx_text(obj.date_from, lang)
        return " · ".join(p for p in (obj.summary or v(obj.kind, lang), when) if p)
    if kind == "complaints":
        case = session.get(Case, obj.case_id)
        when = obj.filed_on.isoformat() if obj.filed_on else ""
        return " · ".join(p for p in (case.reference if case else "", v(obj.body, lang), when,
                                      obj.subject) if p)
    if kind == "complaint_steps":
        return " · ".join(p for p in (obj.occurred_on.isoformat(), v(obj.stage, lang),
                                      v(obj.body, lang)) if p)
    if kind == "reprisals":
        target = person_label(session.get(Person, obj.target_id)) if obj.target_id else ""
        return " · ".join(p for p in (v(obj.kind, lang), approx_text(obj.occurred_on, lang),
                                      target) if p)
    if kind == "evidence":
        return obj.file_name
    for attr in ("name", "title", "text", "summary", "code"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return str(obj.id)
