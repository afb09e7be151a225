"""People with several categories, and groups of unidentified people counted as one.

A person has a main category (``people.category``) and any number of other categories
(``person_categories``: a relative who is also the lawyer). Every view shows them all, main
first, and a filter by category finds a person by any of them. A group record ("masked OMON
officers") is one perpetrator entry whose name is a description, with its number when known:
:func:`group_note` is how every view and document says so, in the file's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from db.models import Person, person_categories
from monitor_app.documents.strings import text
from monitor_app.vocabulary import Vocab

BATCH = 500


def group_note(lang: str, is_group: bool, size: int | None) -> str:
    """"group; number unknown" / "group of about 10" in ``lang``; "" for one person."""
    if not is_group:
        return ""
    if size is None or size <= 0:
        return text(lang, "group_number_unknown")
    return text(lang, "group_of_about", n=size)


def with_group_note(name: str, note: str) -> str:
    """"Masked internal troops (group; number unknown)"; the name alone for one person."""
    return f"{name} ({note})" if note and name else (name or note)


def other_categories(session: Session, ids: Iterable[str]) -> dict[str, list[str]]:
    """The live other categories (term codes) of these people, per person id."""
    wanted = sorted(set(ids))
    found: dict[str, list[str]] = {}
    t = person_categories
    for i in range(0, len(wanted), BATCH):
        for pid, code in session.execute(select(t.c.person_id, t.c.term_code).where(
                t.c.person_id.in_(wanted[i:i + BATCH]), t.c.deleted.is_(False))):
            found.setdefault(pid, []).append(code)
    return found


def category_codes(main: str | None, others: Sequence[str], vocab: Vocab | None = None
                   ) -> tuple[str, ...]:
    """The main category first, then the others in the vocabulary's order, each once."""
    order: dict[str, int] = {}
    if vocab is not None:
        order = {t.code: i for i, t in enumerate(
            vocab.terms("person_category", include_retired=True))}
    rest = sorted({c for c in others if c and c != main}, key=lambda c: (order.get(c, 999), c))
    return ((main,) if main else ()) + tuple(rest)


def in_category(code: str) -> ColumnElement[bool]:
    """People whose main category or one of whose other categories is ``code``."""
    t = person_categories
    return or_(Person.category == code, exists().where(
        t.c.person_id == Person.id, t.c.term_code == code, t.c.deleted.is_(False)))
