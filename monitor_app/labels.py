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
from monitor_app.dates import ApproxDate, format_day
from monitor_app.vocabulary import Vocab


def approx_text(iso: str | None, lang: str = "en") -> str:
    return ApproxDate.from_iso(iso).format(lang) if iso else ""


def _value_text(session: Session | None, vocab: Vocab | None, f: schema.Field, value: Any,
                lang: str, depth: int, iso_dates: bool = False) -> str:
    if value is None or value == "":
        return ""
    if f.type == "term":
        return vocab.label(value, lang) if vocab is not None else str(value)
    if f.type == "approx":
        return str(value) if iso_dates else approx_text(value, lang)
    if f.type in ("date", "datetime") and isinstance(value, date):  # a datetime: its day
        day = value.date() if isinstance(value, datetime) else value
        return day.isoformat() if iso_dates else format_day(day, lang)
    if f.type == "link":
        if session is None or depth > 1 or f.link is None:
            return ""
        target = session.get(schema.model(f.link), value)
        return compose(session, vocab, f.link, target, lang, depth + 1,
                       iso_dates=iso_dates) if target else ""
    return str(value)


def _part(session: Session | None, vocab: Vocab | None, k: schema.Kind, obj: Any, part: str,
          lang: str, depth: int, iso_dates: bool) -> str:
    for choice in part.split("|"):  # "name|pseudonym|code": the first that is set
        name, _, through = choice.partition(".")
        f = k.fields[name]
        value = getattr(obj, name)
        if through and f.link and session is not None and value:
            target = session.get(schema.model(f.link), value)
            text = str(getattr(target, through, "") or "") if target is not None else ""
        else:
            text = _value_text(session, vocab, f, value, lang, depth, iso_dates)
        if text:
            return text
    return ""


def compose(session: Session | None, vocab: Vocab | None, kind: str, obj: Any,
            lang: str = "en", depth: int = 0, *, iso_dates: bool = False) -> str:
    """A record's label from its kind's declared parts (links shown by their own label).

    Dates are written as every screen writes them (``monitor_app.dates``); with
    ``iso_dates`` as stored ISO text instead, which sorts in time order (a sort key)."""
    k = schema.kind(kind)
    parts = [_part(session, vocab, k, obj, p, lang, depth, iso_dates) for p in k.label_parts]
    return k.label_sep.join(p for p in parts if p)


# How a person is named where no redaction applies: the first of these that is set, as the
# people kind declares its label ("name|pseudonym|code"). Screen, paper and SQL read it.
PERSON_NAME_ORDER: tuple[str, ...] = tuple(schema.kind("people").label_parts[0].split("|"))


def person_name(values: dict[str, str | None], fallback: str = "") -> str:
    """The first of a person's name fields (:data:`PERSON_NAME_ORDER`) that is set."""
    return next((v for v in (values.get(f) for f in PERSON_NAME_ORDER) if v), fallback)


def person_label(person: Person | None) -> str:
    if person is None:
        return ""
    return compose(None, None, "people", person) or "?"


def facility_label(facility: Facility | None) -> str:
    if facility is None:
        return ""
    return compose(None, None, "facilities", facility)


def label_of(session: Session, vocab: Vocab, kind: str, obj: Any, lang: str = "en", *,
             iso_dates: bool = False) -> str:
    """A one-line label for any record (``iso_dates``: see :func:`compose`)."""
    if kind == "people":
        return person_label(obj)
    return compose(session, vocab, kind, obj, lang, iso_dates=iso_dates) or str(obj.id)
