"""Identifiers people read (case references, codes of user-added terms) that cannot
collide between two stores.

Record ids are UUIDs and never collide. What a person reads and quotes must not either:
two monitors who each open their 17th case of 2025 offline must not both call it
"KZ-2025-00017", or a coordinator merging their files gets two cases under one reference.
So each store has a short tag, derived from its id, that is part of what it hands out.
"""

from __future__ import annotations

import base64
import hashlib
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Case, Person

__all__ = ["case_reference", "last_case_number", "next_case_reference", "next_person_code",
           "person_code", "reference_example", "store_tag", "user_term_slug"]

TAG_LENGTH = 5  # 25 bits: two given stores share a tag with a chance of 1 in 33 million


def store_tag(store_id: str) -> str:
    """A short, readable tag of a store: 5 letters and digits (no I, L, O or U to misread)."""
    digest = hashlib.sha256(store_id.encode()).digest()
    text = base64.b32encode(digest).decode().rstrip("=")
    # Crockford's alphabet without the look-alikes, as people read it aloud by phone
    table = str.maketrans("ILOU", "7896")
    return text.translate(table)[:TAG_LENGTH]


def case_reference(tag: str, year: int, number: int) -> str:
    """``KZ-2025-00017-7QF2K``: country, year, the store's count, the store's tag."""
    return f"KZ-{year}-{number:05d}-{tag}"


def last_case_number(session: Session, tag: str) -> int:
    """The highest number this store has given a case reference, in any year (0: none)."""
    pattern = re.compile(rf"^KZ-\d{{4}}-(\d{{5}})-{re.escape(tag)}$")
    refs = session.scalars(select(Case.reference).where(Case.reference.like(f"KZ-%-{tag}")))
    return max((int(m.group(1)) for r in refs if (m := pattern.match(r))), default=0)


def next_case_reference(session: Session, tag: str, year: int) -> str:
    """The reference a new case of ``year`` gets in this store: the store's count goes on
    across years, so the number alone (with the tag) never repeats."""
    return case_reference(tag, year, last_case_number(session, tag) + 1)


def reference_example(tag: str, year: int) -> str:
    """A reference in this store's scheme to show as an example (a form's placeholder)."""
    return case_reference(tag, year, 17)


# A person's code: "KZ-P000123" (P: a person; U: someone unidentified, G: a group of
# people). Codes stand in for names in pseudonymised dossiers; they carry nothing of the name.
PERSON_CODE_DIGITS = 6


def person_code(number: int, series: str = "P") -> str:
    """``KZ-P000123``: the ``number``-th code of a ``series`` ("P", "U" or "G")."""
    return f"KZ-{series}{number:0{PERSON_CODE_DIGITS}d}"


def next_person_code(session: Session, series: str = "P") -> str:
    """The first code of ``series`` after the highest one any person has (deleted people
    too: a code once given is never handed out again)."""
    digits = "[0-9]" * PERSON_CODE_DIGITS
    # fixed width: the text order is the number order, and the index on code answers it
    highest = session.scalar(select(func.max(Person.code)).where(
        Person.code.op("GLOB")(f"KZ-{series}{digits}")))
    return person_code(int(highest[-PERSON_CODE_DIGITS:]) + 1 if highest else 1, series)


def user_term_slug(slug: str, tag: str) -> str:
    """The slug of a term a user adds: the store's tag keeps two stores' terms apart."""
    return f"user_{tag.lower()}_{slug}"
