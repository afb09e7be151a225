"""What a record picker shows: a page of the records whose label matches what is typed, and
one record's label by its id. Run on the db lane via ``ctx.read``; no Qt here.

A picker never holds a whole table (105,000 people aborted the window when a combo box held
them all): it asks for the first :data:`PAGE` matches of the typing. The match is made in
SQL on the text a kind's label is made of (``label_parts`` in ``db.models``: the columns,
the labels of linked records, the vocabulary labels in the screen's language), every word
typed as any part of it, folded by :func:`fold`. SQLite's ``lower()`` folds ASCII only, so
the fold is Python's, registered on the connection as an SQL function; before it, a test in
SQL alone keeps only the rows that hold, for each letter typed, some letter that folds to it
(``instr``: a necessary condition, so the Python function runs on candidates only).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, func, literal_column, or_, select
from sqlalchemy.orm import Session

from db import collation
from db.models import VocabTerm
from monitor_app import schema
from monitor_app.labels import label_of
from monitor_app.queries.people import group_note, with_group_note
from monitor_app.search import fold as kazakh_fold
from monitor_app.search import words as search_words
from monitor_app.vocabulary import Vocab

PAGE = 50  # how many matches a picker holds at a time
MATCH_SQL = "monitor_picker_match"  # matches() as an SQL function, on the connection that asks
# No character from here on changes under case folding (checked in the tests).
LAST_CASED = 0x1F000

Choice = tuple[str, str]


def fold(text: str | None) -> str:
    """Text as a picker compares it: case folded (Cyrillic and Kazakh too) and the Kazakh
    letters read as their Russian neighbours, as the search box reads them."""
    return kazakh_fold(text or "").casefold()


def words(typed: str) -> list[str]:
    """The folded words of what was typed (the search box's words, case folded); a record
    matches when its label holds each."""
    return [w.casefold() for w in search_words(typed)]


def matches(joined_words: str, *texts: str | None) -> bool:
    """Whether a label's texts hold every word (the words joined by a unit separator)."""
    folded = "\x1f".join(fold(t) for t in texts)
    return all(w in folded for w in joined_words.split("\x1f"))


@cache
def _sources() -> dict[str, frozenset[str]]:
    """For each folded character, every character whose fold holds it ("и": и, И, і, І)."""
    found: dict[str, set[str]] = defaultdict(set)
    for point in range(LAST_CASED):
        char = chr(point)
        for folded in fold(char):
            found[folded].add(char)
    return {c: frozenset(s) for c, s in found.items()}


def sources(char: str) -> frozenset[str]:
    """The characters that fold to (a fold holding) ``char``; at least ``char`` itself."""
    return _sources().get(char, frozenset()) | {char}


def choice_label(session: Session, vocab: Vocab, kind: str, obj: Any, lang: str) -> str:
    """A record's label in a picker: its one-line label; a person's name with the pseudonym
    beside it, and a group marked as one (picked as one perpetrator entry)."""
    label = label_of(session, vocab, kind, obj, lang)
    if kind == "people" and obj.pseudonym and obj.name:
        label = f"{obj.name} ({obj.pseudonym})"
    if kind == "people" and obj.is_group:
        label = with_group_note(label, group_note(lang, True, obj.group_size))
    return label


def _register_match(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    raw.create_function(MATCH_SQL, -1, matches, deterministic=True)


# SQL text constants, written into the statement (not bound), so that the people's order
# is the very expression their index holds (ix_people_picker_<lang>, migration 0008_pick)
EMPTY = literal_column("''")

Join = tuple[Any, ColumnElement[Any]]  # (a table alias, the condition it is joined on)


def _term_label(code: ColumnElement[Any], lang: str, joins: list[Join]) -> ColumnElement[Any]:
    terms = VocabTerm.__table__.alias()
    joins.append((terms, terms.c.code == code))
    column = terms.c.get(f"label_{lang}", terms.c.label_en)
    return func.coalesce(func.nullif(column, EMPTY), terms.c.label_en)


def _parts(kind: str, lang: str, joins: list[Join], *, owner: Any = None, depth: int = 0
           ) -> list[list[ColumnElement[Any]]]:
    """The SQL texts a record's label is made of: per label part, its alternatives
    ("name|pseudonym|code"), a linked record's parts in its place, a term by its label.
    Linked records and terms are outer joins (added to ``joins``), read once per row.

    Texts are never concatenated in SQL: the store's memory protection makes every string
    SQLite allocates cost a system call, and a whole table of them took seconds."""
    k = schema.kind(kind)
    columns = owner.c if owner is not None else k.model.__table__.c
    parts: list[list[ColumnElement[Any]]] = []
    for part in k.label_parts:
        choices: list[ColumnElement[Any]] = []
        linked: list[list[ColumnElement[Any]]] = []
        for choice in part.split("|"):
            name, _, through = choice.partition(".")
            f = k.fields[name]
            column = columns[name]
            if f.link and (through or depth < 1):
                target = schema.model(f.link).__table__.alias()
                joins.append((target, target.c.id == column))
                if through:
                    choices.append(target.c[through])
                else:
                    linked.extend(_parts(f.link, lang, joins, owner=target, depth=depth + 1))
            elif not f.link:
                choices.append(_term_label(column, lang, joins) if f.type == "term"
                               else column)
        if choices:
            parts.append(choices)
        parts.extend(linked)
    return parts


def _is_date(column: ColumnElement[Any]) -> bool:
    """A date's stored text (ISO, EDTF) sorts in time order as it is: no collation."""
    info = getattr(column, "info", None) or {}
    return bool(info.get("approx")) or isinstance(getattr(column, "type", None),
                                                 (Date, DateTime))


def _order(parts: list[list[ColumnElement[Any]]], lang: str) -> list[ColumnElement[Any]]:
    """Per part, the first alternative that is set: names and words in the reader's
    alphabet (``db.collation``, the lists' order; the people's picker index holds it per
    language), dates in time order."""
    order = []
    for choices in parts:
        first = (func.coalesce(*(func.nullif(c, EMPTY) for c in choices), EMPTY)
                 if len(choices) > 1 else func.coalesce(choices[0], EMPTY))
        order.append(first.collate("NOCASE") if all(_is_date(c) for c in choices)
                     else collation.sql_key(first, lang))
    return order


def page(session: Session, vocab: Vocab, kind: str, lang: str, typed: str,
         limit: int = PAGE, **where: Any) -> list[Choice]:
    """(label, id) of the first ``limit`` live records of ``kind`` whose label holds every
    word typed (all of them when nothing is typed), in the order of their label (names in
    the reader's alphabet, dates in time order; the people's index keeps that order);
    ``where`` filters columns by equality."""
    model = schema.model(kind)
    joins: list[Join] = []
    parts = _parts(kind, lang, joins)
    source = model.__table__
    for target, on in joins:
        source = source.outerjoin(target, on)
    stmt = select(model.id).select_from(source).where(model.deleted.is_(False))
    for column, value in where.items():
        stmt = stmt.where(getattr(model, column) == value)
    typed_words = words(typed)
    if typed_words:
        _register_match(session)
        texts = [c for choices in parts for c in choices]  # a person by pseudonym and code too
        for char in sorted(set("".join(typed_words))):
            stmt = stmt.where(or_(*(func.instr(t, c) > 0 for t in texts
                                    for c in sorted(sources(char)))))
        stmt = stmt.where(getattr(func, MATCH_SQL)("\x1f".join(typed_words), *texts))
    ids = list(session.scalars(stmt.order_by(model.deleted, *_order(parts, lang), model.id)
                               .limit(limit)))
    if not ids:
        return []
    objs = {o.id: o for o in session.scalars(select(model).where(model.id.in_(ids)))}
    return [(choice_label(session, vocab, kind, objs[i], lang), i) for i in ids]


def label(session: Session, vocab: Vocab, kind: str, lang: str, record_id: str
          ) -> Choice | None:
    """(label, id) of one live record, or None when there is none by that id."""
    obj = session.get(schema.model(kind), record_id)
    if obj is None or obj.deleted:
        return None
    return choice_label(session, vocab, kind, obj, lang), obj.id


__all__ = ["PAGE", "Choice", "choice_label", "fold", "label", "matches", "page", "sources",
           "words"]
