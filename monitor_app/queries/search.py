"""One search across every kind with a list: the first few matches of each, labelled.

What matches is the lists' own rule (:func:`monitor_app.search.matches`: the full-text
index, words as prefixes, case folded for Cyrillic, Kazakh letters folded to Russian
ones). The index is read once, in its own order, and the reading stops as soon as every
kind has its few hits: ordering each kind's matches as its list does would sort every
match (0.4 s for a common name among 100,000 people), which a box that answers while
typing cannot afford. A hit's label is the record's label
(:func:`monitor_app.labels.label_of`), the words pickers and history lines use for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor_app import labels
from monitor_app import search as fts
from monitor_app.queries import listing
from monitor_app.vocabulary import Vocab

# The kinds searched, in the order their hits are shown (people before places: a name is
# what a monitor types most).
KINDS: tuple[str, ...] = ("cases", "people", "facilities", "visits", "reprisals")
PER_KIND = 8


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    label: str


@dataclass(frozen=True)
class KindHits:
    """The first matches of one kind; ``more`` when the list would show others too."""

    kind: str
    hits: tuple[Hit, ...]
    more: bool


def everywhere(session: Session, vocab: Vocab, user_text: str, lang: str = "en",
               per_kind: int = PER_KIND, kinds: tuple[str, ...] = KINDS) -> list[KindHits]:
    """The first ``per_kind`` matches of each kind, in ``kinds`` order (kinds without a
    match left out). Nothing for text the index cannot search (blank, punctuation only)."""
    if fts.fts_query(user_text) is None:
        return []
    found: dict[str, list[str]] = {k: [] for k in kinds}
    more: set[str] = set()
    # streamed: the rows after the last one needed are never read
    result = session.execute(fts.matches(user_text).execution_options(yield_per=500))
    try:
        for kind, record_id in result:
            ids = found.get(kind)
            if ids is None or kind in more:
                continue
            if len(ids) < per_kind:
                ids.append(record_id)
            else:
                more.add(kind)
                if len(more) == len(kinds):
                    break
    finally:
        result.close()
    out: list[KindHits] = []
    for kind in kinds:
        if not found[kind]:
            continue
        model = listing.MODEL_OF[kind]
        objs = {o.id: o for o in session.scalars(select(model).where(
            model.id.in_(found[kind]), model.deleted.is_(False)))}
        hits = tuple(Hit(kind, i, labels.label_of(session, vocab, kind, objs[i], lang))
                     for i in found[kind] if i in objs)
        if hits:
            out.append(KindHits(kind, hits, more=kind in more))
    return out


__all__ = ["KINDS", "PER_KIND", "Hit", "KindHits", "everywhere"]
