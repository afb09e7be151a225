"""Controlled vocabularies: terms with labels in English, Russian and Kazakh.

Built-in terms come from :mod:`monitor_app.vocab_data` and are seeded into every
store at open; users may add their own. A record stores a term's ``code``
(``"method.electric_shock"``); labels are looked up here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VocabTerm
from monitor_app.vocab_data import VOCABULARIES

LANGS = ("en", "ru", "kk")


@dataclass(frozen=True)
class Term:
    code: str
    vocabulary: str
    labels: dict[str, str]
    huridocs_code: str | None
    attrs: dict[str, object]
    builtin: bool
    retired: bool

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


def code_of(vocabulary: str, slug: str) -> str:
    return f"{vocabulary}.{slug}"


def vocabulary_of(code: str) -> str:
    return code.split(".", 1)[0]


def seed(session: Session) -> int:
    """Insert built-in terms missing from the store and refresh their labels; returns how many
    were added. User-added terms and a user's retirement of a term are left alone."""
    existing = {t.code: t for t in session.scalars(select(VocabTerm))}
    added = 0
    for vocabulary, spec in VOCABULARIES.items():
        for order, t in enumerate(spec.terms):
            code = code_of(vocabulary, t.slug)
            row = existing.get(code)
            if row is None:
                session.add(VocabTerm(
                    code=code, vocabulary=vocabulary, label_en=t.en, label_ru=t.ru,
                    label_kk=t.kk, huridocs_code=t.huridocs, sort_order=order, builtin=True,
                    attrs=dict(t.attrs), origin="builtin", created_by="builtin",
                ))
                added += 1
            elif row.builtin and (row.label_en, row.label_ru, row.label_kk, row.huridocs_code,
                                  row.attrs) != (t.en, t.ru, t.kk, t.huridocs, dict(t.attrs)):
                row.label_en, row.label_ru, row.label_kk = t.en, t.ru, t.kk
                row.huridocs_code, row.attrs = t.huridocs, dict(t.attrs)
    return added


class Vocab:
    """An in-memory snapshot of every term, for labels and pick lists."""

    def __init__(self, terms: list[Term]) -> None:
        self._by_code = {t.code: t for t in terms}

    @classmethod
    def load(cls, session: Session) -> Vocab:
        rows = session.scalars(
            select(VocabTerm).where(VocabTerm.deleted.is_(False))
            .order_by(VocabTerm.vocabulary, VocabTerm.sort_order, VocabTerm.label_en)
        )
        return cls([
            Term(r.code, r.vocabulary, {"en": r.label_en, "ru": r.label_ru, "kk": r.label_kk},
                 r.huridocs_code, dict(r.attrs or {}), r.builtin, r.retired)
            for r in rows
        ])

    def get(self, code: str | None) -> Term | None:
        return self._by_code.get(code) if code else None

    def label(self, code: str | None, lang: str = "en") -> str:
        """The term's label, or '' for no value (an unknown code shows as itself)."""
        if not code:
            return ""
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def terms(self, vocabulary: str, *, include_retired: bool = False) -> list[Term]:
        return [t for t in self._by_code.values()
                if t.vocabulary == vocabulary and (include_retired or not t.retired)]

    def name(self, vocabulary: str, lang: str = "en") -> str:
        spec = VOCABULARIES.get(vocabulary)
        if spec is None:
            return vocabulary
        return {"en": spec.en, "ru": spec.ru, "kk": spec.kk}.get(lang, spec.en)

    def attr(self, code: str | None, key: str, default: object = None) -> object:
        term = self.get(code)
        return term.attrs.get(key, default) if term else default
