"""Controlled vocabularies: terms with labels in English, Russian and Kazakh.

Built-in terms come from :mod:`monitor_app.vocab_data` and are seeded into every
store at open; users may add their own. A record stores a term's ``code``
(``"method.electric_shock"``); labels are looked up here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VocabTerm
from monitor_app.identifiers import user_term_slug
from monitor_app.vocab_data import VOCABULARIES

if TYPE_CHECKING:
    from monitor_app.records import Writer

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
    def load(cls, session: Session, codes: Iterable[str] | None = None) -> Vocab:
        """Every live term, or only the terms of ``codes`` (a rule needing two terms)."""
        stmt = select(VocabTerm).where(VocabTerm.deleted.is_(False))
        if codes is not None:
            stmt = stmt.where(VocabTerm.code.in_(list(codes)))
        rows = session.scalars(
            stmt.order_by(VocabTerm.vocabulary, VocabTerm.sort_order, VocabTerm.label_en))
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


def add_term(writer: Writer, vocabulary: str, *, en: str, ru: str = "", kk: str = "",
             huridocs_code: str | None = None) -> str:
    """Add a user's own term to a vocabulary (written like any record: history, revision,
    exchangeable); returns its code. Labels missing in a language fall back to English."""
    if vocabulary not in VOCABULARIES:
        raise ValueError(f"unknown vocabulary: {vocabulary}")
    en = en.strip()
    if not en:
        from monitor_app.records import ValidationError

        raise ValidationError({"label_en": "is required"})
    slug = user_term_slug(re.sub(r"[^a-z0-9]+", "_", en.lower()).strip("_")[:40] or "term",
                          writer.identity.tag)
    code, n = code_of(vocabulary, slug), 1
    taken = set(writer.session.scalars(select(VocabTerm.code).where(
        VocabTerm.vocabulary == vocabulary)))
    while code in taken:
        n += 1
        code = code_of(vocabulary, f"{slug}_{n}")
    order = len(taken) + 1000  # after the built-in terms
    writer.create("vocab_terms", code=code, vocabulary=vocabulary, label_en=en,
                  label_ru=ru.strip() or en, label_kk=kk.strip() or en,
                  huridocs_code=huridocs_code, sort_order=order, builtin=False, attrs={})
    writer.forget_vocab_cache()
    return code
