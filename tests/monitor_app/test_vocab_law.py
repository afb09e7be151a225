"""Vocabularies that follow the law in force: complaint bodies the seed reports name, 1997 and
2014 Criminal Code articles with their correspondence, two distinct termination grounds, and
procedure stages dated by the code of criminal procedure in force at each step."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import VocabTerm
from monitor_app.dates import ApproxDate, parse_approx_date
from monitor_app.store import Store, open_store
from monitor_app.vocab_data import VOCABULARIES
from monitor_app.vocabulary import Vocab, corresponding_term, in_force_at, period_warning

FIXTURE_0003 = Path(__file__).resolve().parents[1] / "fixtures" / "store-0003.db"
FIXTURE_PASSPHRASE = "correct horse 7"

NEW_TERMS = {
    "complaint_body": ("financial_police", "public_monitoring_commission", "un_cat", "un_hrc",
                       "un_wgad", "un_sr_torture", "un_sr_assembly"),
    "legal_qualification": ("art347_1_torture_1997", "art308_excess_of_authority_1997",
                            "art307_abuse_of_power_1997", "art347_coercion_to_testify_1997",
                            "art351_false_reporting_1997"),
    "method": ("unspecified",),
    "complaint_stage": ("erdr_registration_refused", "terminated_no_corpus_delicti"),
}
CHECK = "complaint_stage.preliminary_check"
REFUSAL = "complaint_stage.refusal_to_open"
ERDR = "complaint_stage.erdr_registration"


def spec(vocabulary: str, slug: str):
    return next(t for t in VOCABULARIES[vocabulary].terms if t.slug == slug)


@pytest.fixture
def vocab(store: Store) -> Vocab:
    with store.read() as s:
        return Vocab.load(s)


@pytest.mark.parametrize(("vocabulary", "slug"),
                         [(v, s) for v, slugs in NEW_TERMS.items() for s in slugs])
def test_new_terms_have_three_labels(vocab: Vocab, vocabulary: str, slug: str) -> None:
    term = vocab.get(f"{vocabulary}.{slug}")
    assert term is not None and term.builtin
    assert all(term.labels[lang].strip() for lang in ("en", "ru", "kk"))
    assert len({term.labels["en"], term.labels["ru"], term.labels["kk"]}) == 3


def test_1997_articles_correspond_to_2014_articles(vocab: Vocab) -> None:
    pairs = {"art347_1_torture_1997": ("347-1", "art146_torture", "146"),
             "art308_excess_of_authority_1997": ("308", "art362_excess_of_authority", "362"),
             "art307_abuse_of_power_1997": ("307", "art361_abuse_of_power", "361"),
             "art347_coercion_to_testify_1997": ("347", "art415_coercion_to_testify", "415"),
             "art351_false_reporting_1997": ("351", "art419_false_reporting", "419")}
    for old, (old_article, new, new_article) in pairs.items():
        code = f"legal_qualification.{old}"
        assert vocab.attr(code, "article") == old_article
        assert vocab.attr(code, "criminal_code") == "1997"
        target = corresponding_term(vocab, code)
        assert target == f"legal_qualification.{new}"
        assert vocab.attr(target, "article") == new_article
        assert vocab.attr(target, "criminal_code") == "2014"
        assert corresponding_term(vocab, target) is None
    # every article of either code says which code it belongs to
    for term in vocab.terms("legal_qualification"):
        if term.attrs.get("article"):
            assert term.attrs.get("criminal_code") in ("1997", "2014"), term.code
    # a 1997 article at a 2019 step is flagged like an old stage
    assert in_force_at(vocab, "legal_qualification.art347_1_torture_1997",
                       datetime.date(2019, 3, 1)) == "not_in_force"


def test_two_termination_grounds_are_two_terms() -> None:
    no_evidence = spec("complaint_stage", "terminated_no_evidence")
    no_elements = spec("complaint_stage", "terminated_no_corpus_delicti")
    for lang in ("en", "ru", "kk"):
        assert getattr(no_evidence, lang) != getattr(no_elements, lang), lang
    # each label names one ground, the same in every language
    assert "lack of evidence" in no_evidence.en and "elements" not in no_evidence.en
    assert "недоказанност" in no_evidence.ru and "состав" not in no_evidence.ru
    assert "дәлелденбеген" in no_evidence.kk and "құрам" not in no_evidence.kk
    assert "absence of the elements of a crime" in no_elements.en
    assert "отсутствием состава преступления" in no_elements.ru
    assert "Қылмыс құрамының болмауы" in no_elements.kk
    for t in (no_evidence, no_elements):
        assert t.attrs["closing"] and t.attrs["adverse"]


def test_stages_follow_the_procedure_in_force(vocab: Vocab) -> None:
    assert vocab.attr(ERDR, "in_force_from") == "2015-01-01"
    assert vocab.attr(CHECK, "in_force_until") == "2014-12-31"
    assert vocab.attr(REFUSAL, "in_force_until") == "2014-12-31"
    # a 2012 complaint at the preliminary check reads correctly, a 2019 one is warned about
    assert in_force_at(vocab, CHECK, datetime.date(2012, 5, 3)) == "in_force"
    assert period_warning(vocab, CHECK, datetime.date(2012, 5, 3)) is None
    assert in_force_at(vocab, CHECK, datetime.date(2019, 5, 3)) == "not_in_force"
    warning = period_warning(vocab, CHECK, datetime.date(2019, 5, 3))
    until = ApproxDate.from_date(datetime.date(2014, 12, 31)).format("en")
    assert warning is not None and f"until {until}" in warning and "3 May 2019" in warning
    ru = period_warning(vocab, CHECK, datetime.date(2019, 5, 3), "ru")
    kk = period_warning(vocab, CHECK, datetime.date(2019, 5, 3), "kk")
    assert ru and "Доследственная проверка" in ru and kk and "Алдын ала тексеру" in kk
    # and the other way round for registration in the ERDR
    assert in_force_at(vocab, ERDR, datetime.date(2019, 5, 3)) == "in_force"
    assert in_force_at(vocab, ERDR, datetime.date(2012, 5, 3)) == "not_in_force"
    # undated stages are in force whenever
    assert in_force_at(vocab, "complaint_stage.complaint_filed", datetime.date(1999, 1, 1)) \
        == "in_force"
    assert period_warning(vocab, "complaint_stage.complaint_filed", None) is None


@pytest.mark.parametrize(("when", "check", "erdr"), [
    (ApproxDate(2012), "in_force", "not_in_force"),
    (parse_approx_date("03.2019"), "not_in_force", "in_force"),
    (ApproxDate(2014), "in_force", "not_in_force"),
    (ApproxDate(2014, qualifier="about"), "possibly_not_in_force",
     "possibly_not_in_force"),  # 2013..2015
    (ApproxDate(2014, 6, qualifier="before"), "in_force", "not_in_force"),
    (ApproxDate(2014, 12, 31, qualifier="after"), "possibly_not_in_force",
     "possibly_not_in_force"),  # unbounded after
    (ApproxDate(2015, 1), "not_in_force", "in_force"),
], ids=lambda v: v.to_iso() if isinstance(v, ApproxDate) else v)
def test_uncertain_dates(vocab: Vocab, when: ApproxDate, check: str, erdr: str) -> None:
    assert in_force_at(vocab, CHECK, when) == check
    assert in_force_at(vocab, ERDR, when) == erdr
    warning = period_warning(vocab, CHECK, when)
    assert (warning is None) == (check == "in_force")
    if warning is not None:
        assert when.format("en") in warning
    if check == "possibly_not_in_force":
        assert warning is not None and "may not" in warning


def test_undated_step_at_a_dated_stage_is_possibly_out_of_force(vocab: Vocab) -> None:
    assert in_force_at(vocab, CHECK, None) == "possibly_not_in_force"
    warning = period_warning(vocab, CHECK, None)
    assert warning is not None and "no date" in warning


def test_store_made_before_gets_the_new_terms_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE_0003, path)
    with open_store(path, FIXTURE_PASSPHRASE) as store, store.read() as s:
        codes = set(s.scalars(select(VocabTerm.code)))
        for vocabulary, slugs in NEW_TERMS.items():
            for slug in slugs:
                assert f"{vocabulary}.{slug}" in codes
        row = s.scalars(select(VocabTerm).where(VocabTerm.code == CHECK)).one()
        assert row.attrs["in_force_until"] == "2014-12-31"  # changed attrs refreshed too
        row = s.scalars(select(VocabTerm).where(
            VocabTerm.code == "complaint_stage.terminated_no_evidence")).one()
        assert "недоказанност" in row.label_ru
