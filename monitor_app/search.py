"""Full-text search over names, titles and narratives (SQLite FTS5, inside the store).

The index holds one row per searchable record: a title and a body. It is kept
current by :meth:`monitor_app.records.Writer.finish` in the same transaction as
the change, and rebuilt whole after a migration that adds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from db.models import (
    Allegation,
    Case,
    Complaint,
    ComplaintStep,
    Evidence,
    Facility,
    Person,
    Reprisal,
    Visit,
)

SEARCHABLE: dict[str, type[Any]] = {
    "cases": Case, "people": Person, "facilities": Facility, "visits": Visit,
    "allegations": Allegation, "complaints": Complaint, "reprisals": Reprisal,
    "evidence": Evidence,
}

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Monitors often type Kazakh names on a Russian keyboard layout ("Алия" for "Әлия",
# "Кайрат" for "Қайрат"): the index and every query fold the Kazakh-specific
# letters to their nearest Russian ones, so either spelling finds both.
_KAZAKH_FOLD = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def fold(text_: str) -> str:
    """Text as the index sees it: Kazakh-specific letters folded to Russian ones."""
    return text_.translate(_KAZAKH_FOLD)


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def document(session: Session, kind: str, obj: Any) -> tuple[str, str]:
    """The (title, body) text indexed for a record."""
    if kind == "cases":
        victim = session.get(Person, obj.primary_victim_id) if obj.primary_victim_id else None
        who = _join(victim.name, victim.pseudonym, victim.code) if victim else ""
        return _join(obj.reference, obj.title), _join(who, obj.summary, obj.notes)
    if kind == "people":
        return (_join(obj.name, obj.pseudonym, obj.code),
                _join(obj.position, obj.unit, obj.rank, obj.notes))
    if kind == "facilities":
        return _join(obj.designation, obj.name), _join(obj.address, obj.notes)
    if kind == "visits":
        facility = session.get(Facility, obj.facility_id)
        place = _join(facility.designation, facility.name) if facility else ""
        return place, _join(obj.summary, obj.notes)
    if kind == "allegations":
        return obj.summary, _join(obj.narrative, obj.injuries, obj.place_description)
    if kind == "complaints":
        steps = session.scalars(select(ComplaintStep).where(
            ComplaintStep.complaint_id == obj.id, ComplaintStep.deleted.is_(False)))
        return obj.subject, _join(obj.notes, *(_join(s.reference_no, s.outcome, s.notes)
                                               for s in steps))
    if kind == "reprisals":
        return _join(obj.perpetrator), obj.description
    if kind == "evidence":
        return obj.file_name, obj.description
    raise ValueError(kind)


def _unindex(session: Session, kind: str, record_id: str) -> None:
    rowid = session.execute(text("SELECT rowid FROM search_docs WHERE kind = :k AND "
                                 "record_id = :i"), {"k": kind, "i": record_id}).scalar()
    if rowid is not None:
        session.execute(text("DELETE FROM search_index WHERE rowid = :r"), {"r": rowid})
        session.execute(text("DELETE FROM search_docs WHERE rowid = :r"), {"r": rowid})


def _index(session: Session, kind: str, obj: Any) -> None:
    title, body = document(session, kind, obj)
    rowid = session.execute(text("INSERT INTO search_docs (kind, record_id) VALUES (:k, :i) "
                                 "RETURNING rowid"), {"k": kind, "i": obj.id}).scalar()
    session.execute(text("INSERT INTO search_index (rowid, title, body) VALUES (:r, :t, :b)"),
                    {"r": rowid, "t": fold(title), "b": fold(body)})


def refresh(session: Session, touched: Iterable[tuple[str, str]],
            new: Iterable[tuple[str, str]] = ()) -> None:
    """Re-index records a transaction touched, and those whose text shows them.

    ``new`` are records created in this transaction: they have no entry to replace.
    """
    touched = set(touched)
    fresh = set(new)
    todo = {(k, i) for k, i in touched if k in SEARCHABLE}
    for kind, record_id in list(todo):
        if kind == "people" and (kind, record_id) not in fresh:
            # a case is found by its victim's name
            for case_id in session.scalars(select(Case.id).where(
                    Case.primary_victim_id == record_id)):
                todo.add(("cases", case_id))
    for kind, record_id in touched:
        if kind == "complaint_steps":
            step = session.get(ComplaintStep, record_id)
            if step is not None:
                todo.add(("complaints", step.complaint_id))
                fresh.discard(("complaints", step.complaint_id))
    for kind, record_id in sorted(todo):
        if (kind, record_id) not in fresh:
            _unindex(session, kind, record_id)
        obj = session.get(SEARCHABLE[kind], record_id)
        if obj is not None and not obj.deleted:
            _index(session, kind, obj)


def rebuild(session: Session) -> int:
    """Index every record again; returns how many were indexed."""
    session.execute(text("DELETE FROM search_index"))
    session.execute(text("DELETE FROM search_docs"))
    count = 0
    for kind, model in SEARCHABLE.items():
        for obj in session.scalars(select(model).where(model.deleted.is_(False))):
            _index(session, kind, obj)
            count += 1
    return count


def fts_query(user_text: str) -> str | None:
    """An FTS5 query that finds records containing every word typed, as word prefixes."""
    tokens = _TOKEN.findall(fold(user_text))
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens)


def matching_ids(kind: str, user_text: str) -> Select[tuple[str]]:
    """A sub-select of the ids of records of ``kind`` that match what the user typed."""
    query = fts_query(user_text) or '""'
    return select(text("search_docs.record_id")).select_from(
        text("search_index JOIN search_docs ON search_docs.rowid = search_index.rowid")
    ).where(text("search_index MATCH :q AND search_docs.kind = :k").bindparams(q=query, k=kind))
