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

from monitor_app import schema

# The kinds with a search document (declared with ``title``/``body`` in the models).
SEARCHABLE: dict[str, type[Any]] = {n: k.model for n, k in schema.KINDS.items() if k.searchable}

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


def _texts(session: Session, k: schema.Kind, obj: Any, part: str) -> list[str]:
    out: list[str] = []
    for p in schema.search_paths(k, part):  # type: ignore[arg-type]
        if p.via == "self":
            out.append(getattr(obj, p.field) or "")
        elif p.via == "link":
            target_id = getattr(obj, p.link or "")
            target = session.get(schema.model(p.target or ""), target_id) if target_id else None
            out.append(getattr(target, p.field, "") or "" if target is not None else "")
        else:  # the record's live children, in the order they were written
            child = schema.kind(p.target or "")
            model = child.model
            rows = session.scalars(select(getattr(model, p.field)).where(
                getattr(model, child.parent or "") == obj.id, model.deleted.is_(False))
                .order_by(model.created_at, model.id))
            out.extend(r or "" for r in rows)
    return out


def document(session: Session, kind: str, obj: Any) -> tuple[str, str]:
    """The (title, body) text indexed for a record, as its kind declares."""
    k = schema.kind(kind)
    if not k.searchable:
        raise ValueError(kind)
    return _join(*_texts(session, k, obj, "title")), _join(*_texts(session, k, obj, "body"))


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
    """Re-index records a transaction touched, and those whose text shows them (a place's
    visits, a victim's cases, a step's complaint: see :func:`schema.search_dependents`).

    ``new`` are records created in this transaction: they have no entry to replace.
    """
    touched = set(touched)
    fresh = set(new)
    todo = {(k, i) for k, i in touched if k in SEARCHABLE}
    for kind, record_id in touched:
        for dep in schema.search_dependents(kind) if kind in schema.KINDS else ():
            model = schema.model(dep.kind)
            if dep.how == "link":
                if (kind, record_id) in fresh:
                    continue  # a new record is shown by no one yet
                ids = session.scalars(select(model.id).where(
                    getattr(model, dep.field) == record_id))
                todo.update((dep.kind, i) for i in ids)
            else:
                child = session.get(schema.model(kind), record_id)
                parent_id = getattr(child, dep.field, None) if child is not None else None
                if parent_id:
                    todo.add((dep.kind, parent_id))
                    fresh.discard((dep.kind, parent_id))
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


def words(user_text: str) -> list[str]:
    """The words of what a user typed, as the index sees them (Kazakh letters folded)."""
    return _TOKEN.findall(fold(user_text))


def fts_query(user_text: str) -> str | None:
    """An FTS5 query that finds records containing every word typed, as word prefixes."""
    tokens = words(user_text)
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens)


def matches(user_text: str) -> Select[tuple[str, str]]:
    """(kind, record id) of every record of any kind that matches what the user typed, in
    the index's order (the search across kinds reads the first few of each)."""
    query = fts_query(user_text) or '""'
    return select(text("search_docs.kind"), text("search_docs.record_id")).select_from(
        text("search_index JOIN search_docs ON search_docs.rowid = search_index.rowid")
    ).where(text("search_index MATCH :q").bindparams(q=query))


def matching_ids(kind: str, user_text: str) -> Select[tuple[str]]:
    """A sub-select of the ids of records of ``kind`` that match what the user typed."""
    return matches(user_text).with_only_columns(text("search_docs.record_id")).where(
        text("search_docs.kind = :k").bindparams(k=kind))
