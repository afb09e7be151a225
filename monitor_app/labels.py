"""Human labels for records, in the monitors' words ("AK-159/6 Penal colony", ...).

What a kind's label is made of is declared once, with the kind (``label_parts`` in
``db.models``); this module only knows how to show each type of field.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from db.models import Facility, Person
from monitor_app import schema
from monitor_app.dates import ApproxDate
from monitor_app.vocabulary import Vocab


def approx_text(iso: str | None, lang: str = "en") -> str:
    return ApproxDate.from_iso(iso).format(lang) if iso else ""


def _value_text(session: Session | None, vocab: Vocab | None, f: schema.Field, value: Any,
                lang: str, depth: int) -> str:
    if value is None or value == "":
        return ""
    if f.type == "term":
        return vocab.label(value, lang) if vocab is not None else str(value)
    if f.type == "approx":
        return approx_text(value, lang)
    if f.type == "datetime" and isinstance(value, datetime):
        return value.date().isoformat()
    if f.type == "date" and isinstance(value, date):
        return value.isoformat()
    if f.type == "link":
        if session is None or depth > 1 or f.link is None:
            return ""
        target = session.get(schema.model(f.link), value)
        return compose(session, vocab, f.link, target, lang, depth + 1) if target else ""
    return str(value)


def _part(session: Session | None, vocab: Vocab | None, k: schema.Kind, obj: Any, part: str,
          lang: str, depth: int) -> str:
    for choice in part.split("|"):  # "name|pseudonym|code": the first that is set
        name, _, through = choice.partition(".")
        f = k.fields[name]
        value = getattr(obj, name)
        if through and f.link and session is not None and value:
            target = session.get(schema.model(f.link), value)
            text = str(getattr(target, through, "") or "") if target is not None else ""
        else:
            text = _value_text(session, vocab, f, value, lang, depth)
        if text:
            return text
    return ""


def compose(session: Session | None, vocab: Vocab | None, kind: str, obj: Any,
            lang: str = "en", depth: int = 0) -> str:
    """A record's label from its kind's declared parts (links shown by their own label)."""
    k = schema.kind(kind)
    parts = [_part(session, vocab, k, obj, p, lang, depth) for p in k.label_parts]
    return k.label_sep.join(p for p in parts if p)


def person_label(person: Person | None) -> str:
    if person is None:
        return ""
    return compose(None, None, "people", person) or "?"


def facility_label(facility: Facility | None) -> str:
    if facility is None:
        return ""
    return compose(None, None, "facilities", facility)


def label_of(session: Session, vocab: Vocab, kind: str, obj: Any, lang: str = "en") -> str:
    """A one-line label for any record."""
    if kind == "people":
        return person_label(obj)
    return compose(session, vocab, kind, obj, lang) or str(obj.id)
