"""Controlled vocabularies: terms with labels in English, Russian and Kazakh.

Built-in terms come from :mod:`monitor_app.vocab_data` and are seeded into every
store at open; users may add their own. A record stores a term's ``code``
(``"method.electric_shock"``); labels are looked up here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VocabTerm
from monitor_app.dates import ApproxDate
from monitor_app.identifiers import user_term_slug
from monitor_app.procedure import rules as deadline_rules
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
    """An in-memory snapshot of every term, for labels and pick lists, with the store's
    answer-deadline rules (``deadline_rules``; the built-in ones when not loaded)."""

    def __init__(self, terms: list[Term],
                 rules: deadline_rules.DeadlineRules | None = None) -> None:
        self._by_code = {t.code: t for t in terms}
        self.deadline_rules = rules if rules is not None else deadline_rules.builtin_rules()

    @classmethod
    def load(cls, session: Session, codes: Iterable[str] | None = None) -> Vocab:
        """Every live term, or only the terms of ``codes`` (a rule needing two terms)."""
        stmt = select(VocabTerm).where(VocabTerm.deleted.is_(False))
        codes = list(codes) if codes is not None else None
        if codes is not None:
            stmt = stmt.where(VocabTerm.code.in_(list(codes)))
        rows = session.scalars(
            stmt.order_by(VocabTerm.vocabulary, VocabTerm.sort_order, VocabTerm.label_en))
        return cls([
            Term(r.code, r.vocabulary, {"en": r.label_en, "ru": r.label_ru, "kk": r.label_kk},
                 r.huridocs_code, dict(r.attrs or {}), r.builtin, r.retired)
            for r in rows
        ], deadline_rules.load(session, codes))

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


InForce = Literal["in_force", "not_in_force", "possibly_not_in_force"]

_PERIOD_WARNING = {
    "en": "{label}: this stage is not in the procedure in force on {date} ({period}).",
    "ru": "{label}: на дату {date} такого этапа в действующей процедуре нет ({period}).",
    "kk": "{label}: {date} күні қолданыстағы рәсімде мұндай кезең жоқ ({period}).",
}
_POSSIBLY_WARNING = {
    "en": "{label}: this stage may not be in the procedure in force on {date} ({period}).",
    "ru": "{label}: на дату {date} такого этапа в действующей процедуре могло не быть "
          "({period}).",
    "kk": "{label}: {date} күні қолданыстағы рәсімде мұндай кезең болмауы мүмкін ({period}).",
}
_FROM = {"en": "from {d}", "ru": "с {d}", "kk": "{d} бастап"}
_UNTIL = {"en": "until {d}", "ru": "до {d}", "kk": "{d} дейін"}


def corresponding_term(vocab: Vocab, code: str | None) -> str | None:
    """The code of the term that replaced ``code`` in a later law (Art. 347-1 of the 1997
    Criminal Code -> Art. 146 of the 2014 one), or None when it has none."""
    target = vocab.attr(code, "corresponds_to")
    return target if isinstance(target, str) else None


def _period(vocab: Vocab, code: str | None) -> tuple[datetime.date | None, datetime.date | None]:
    start, end = vocab.attr(code, "in_force_from"), vocab.attr(code, "in_force_until")
    return (datetime.date.fromisoformat(start) if isinstance(start, str) else None,
            datetime.date.fromisoformat(end) if isinstance(end, str) else None)


def in_force_at(vocab: Vocab, code: str | None,
                when: ApproxDate | datetime.date | None) -> InForce:
    """Whether the stage (or article) ``code`` belonged to the law in force at ``when``.

    ``when`` may be uncertain: "in_force" only when every day it allows is inside the term's
    period, "not_in_force" when none is, "possibly_not_in_force" otherwise (an undated step
    under a dated term included). Terms without a period are always in force."""
    start, end = _period(vocab, code)
    if start is None and end is None:
        return "in_force"
    if when is None:
        return "possibly_not_in_force"
    if isinstance(when, ApproxDate):
        earliest, latest = when.earliest(), when.latest()
    else:
        earliest = latest = when
    if (start is not None and latest is not None and latest < start) or (
            end is not None and earliest is not None and earliest > end):
        return "not_in_force"
    inside = ((start is None or (earliest is not None and earliest >= start))
              and (end is None or (latest is not None and latest <= end)))
    return "in_force" if inside else "possibly_not_in_force"


def period_warning(vocab: Vocab, code: str | None, when: ApproxDate | datetime.date | None,
                   lang: str = "en") -> str | None:
    """A warning (never a refusal) when a step's stage was not, or may not have been, part of
    the procedure in force at the step's date; None when it was."""
    state = in_force_at(vocab, code, when)
    if state == "in_force":
        return None
    lang = lang if lang in LANGS else "en"
    start, end = _period(vocab, code)
    parts = ([_FROM[lang].format(d=ApproxDate.from_date(start).format(lang))] if start else []) + (
        [_UNTIL[lang].format(d=ApproxDate.from_date(end).format(lang))] if end else [])
    if when is None:
        shown = {"en": "no date", "ru": "без даты", "kk": "күні жоқ"}[lang]
    elif isinstance(when, ApproxDate):
        shown = when.format(lang)
    else:
        shown = ApproxDate.from_date(when).format(lang)
    text = _PERIOD_WARNING if state == "not_in_force" else _POSSIBLY_WARNING
    return text[lang].format(label=vocab.label(code, lang), date=shown,
                             period=", ".join(parts))
