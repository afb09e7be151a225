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

from sqlalchemy import func, or_, select
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


# A person's code: "KZ-P000123-7QF2K" (P: a person; U: someone unidentified, G: a group of
# people; then the store's tag, as a reference has it). A code stands in for the name in a
# pseudonymised dossier, so it carries nothing of the name, and two stores never hand out the
# same one. The demo's codes are the same without the tag ("KZ-P000123").
PERSON_CODE_DIGITS = 6


def person_code(number: int, series: str = "P", tag: str = "") -> str:
    """``KZ-P000123-7QF2K``: the ``number``-th code of a ``series`` ("P", "U" or "G") in the
    store tagged ``tag`` (no tag: ``KZ-P000123``)."""
    code = f"KZ-{series}{number:0{PERSON_CODE_DIGITS}d}"
    return f"{code}-{tag}" if tag else code


def next_person_code(session: Session, tag: str, series: str = "P") -> str:
    """The code after the highest number of ``series`` this store has given, with or without
    its tag (deleted people too: a code once given is never handed out again). A tag holds
    letters and digits only (:func:`store_tag`), which GLOB takes as they are."""
    digits = "[0-9]" * PERSON_CODE_DIGITS
    prefix = f"KZ-{series}"
    number = func.substr(Person.code, len(prefix) + 1, PERSON_CODE_DIGITS)
    # fixed width: the text order of the digits is their number order
    highest = session.scalar(select(func.max(number)).where(or_(
        Person.code.op("GLOB")(f"{prefix}{digits}"),
        Person.code.op("GLOB")(f"{prefix}{digits}-{tag}"))))
    return person_code(int(highest) + 1 if highest else 1, series, tag)


def user_term_slug(slug: str, tag: str) -> str:
    """The slug of a term a user adds: the store's tag keeps two stores' terms apart."""
    return f"user_{tag.lower()}_{slug}"
