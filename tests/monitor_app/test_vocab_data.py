"""Checks on the built-in controlled vocabularies (monitor_app.vocab_data)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from monitor_app.vocab_data import HURIDOCS_LISTS, VOCABULARIES, TermSpec, VocabularySpec

SLUG = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
HURI_CODE = re.compile(r"^\d{12}$")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
HURIDOCS_CSV = (
    Path(__file__).resolve().parents[3]
    / "shared" / "reference" / "huridocs-microthesauri" / "terms.csv"
)

EXPECTED_KEYS = {
    "place_kind", "regime", "authority", "region", "monitoring_body", "visit_type",
    "ombudsman_decision", "access_outcome", "obstruction", "finding_area",
    "recommendation_status", "person_category", "person_role", "gender", "risk_level",
    "case_status", "allegation_kind", "method", "purpose", "location_kind", "perpetrator_kind",
    "involvement", "medical_exam_kind", "istanbul_protocol", "legal_qualification",
    "source_type", "verification_status", "complaint_body", "complaint_stage", "reprisal_kind",
    "reprisal_response", "reprisal_outcome", "evidence_kind",
    "proceeding_kind", "defendant_verdict", "torture_complaint", "torture_complaint_when",
    "court_finding",
}


def all_terms() -> list[tuple[str, TermSpec]]:
    return [(name, t) for name, spec in VOCABULARIES.items() for t in spec.terms]


def is_cyrillic_text(text: str) -> bool:
    """Every letter is Cyrillic (digits and punctuation allowed), and there is at least one."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("\u0400" <= c <= "\u04ff" for c in letters)


def test_vocabulary_keys() -> None:
    assert set(VOCABULARIES) == EXPECTED_KEYS
    assert all(isinstance(spec, VocabularySpec) for spec in VOCABULARIES.values())


@pytest.mark.parametrize("name", sorted(EXPECTED_KEYS))
def test_vocabulary_has_terms_and_names(name: str) -> None:
    spec = VOCABULARIES[name]
    assert len(spec.terms) >= 3
    assert spec.en.strip()
    assert is_cyrillic_text(spec.ru)
    assert is_cyrillic_text(spec.kk)


@pytest.mark.parametrize("name", sorted(EXPECTED_KEYS))
def test_slugs_unique_ascii_snake_case(name: str) -> None:
    slugs = [t.slug for t in VOCABULARIES[name].terms]
    assert len(slugs) == len(set(slugs))
    for slug in slugs:
        assert slug.isascii() and SLUG.match(slug), slug


def test_other_comes_last() -> None:
    for name, spec in VOCABULARIES.items():
        slugs = [t.slug for t in spec.terms]
        if "other" in slugs:
            assert slugs[-1] == "other", name


def test_labels_present_and_cyrillic() -> None:
    for name, t in all_terms():
        where = f"{name}.{t.slug}"
        assert t.en.strip() and t.ru.strip() and t.kk.strip(), where
        assert t.en.isascii(), where
        assert is_cyrillic_text(t.ru), where
        assert is_cyrillic_text(t.kk), where
        assert t.en == t.en.strip() and t.ru == t.ru.strip() and t.kk == t.kk.strip(), where


def test_kazakh_labels_use_kazakh_letters() -> None:
    with_kazakh = [t for _, t in all_terms() if KAZAKH_LETTERS & set(t.kk)]
    assert len(with_kazakh) >= 30


def test_huridocs_codes_look_like_the_csv() -> None:
    for name, t in all_terms():
        if t.huridocs is not None:
            assert HURI_CODE.match(t.huridocs), f"{name}.{t.slug}: {t.huridocs}"
            assert name in HURIDOCS_LISTS, f"{name} has codes but no HURIDOCS list"


@pytest.mark.skipif(not HURIDOCS_CSV.exists(), reason="HURIDOCS reference extract not present")
def test_huridocs_codes_exist_in_the_right_list() -> None:
    with HURIDOCS_CSV.open(encoding="utf-8", newline="") as fh:
        known = {(r["list_code"], r["huri_code"]) for r in csv.DictReader(fh)}
    for name, t in all_terms():
        if t.huridocs is not None:
            assert (HURIDOCS_LISTS[name], t.huridocs) in known, f"{name}.{t.slug}"


def test_regions() -> None:
    terms = VOCABULARIES["region"].terms
    assert len(terms) == 20
    cities = {t.slug for t in terms if t.attrs.get("city") is True}
    assert cities == {"astana", "almaty_city", "shymkent"}


def test_multi_vocabularies() -> None:
    assert VOCABULARIES["method"].multi
    assert VOCABULARIES["purpose"].multi
    assert len(VOCABULARIES["method"].terms) >= 20
    assert not VOCABULARIES["region"].multi


def test_complaint_stage_attrs() -> None:
    for t in VOCABULARIES["complaint_stage"].terms:
        assert {"closing", "adverse"} <= set(t.attrs), t.slug
        # deadlines live in the procedure's rules, one home (monitor_app.procedure)
        assert "default_answer_days" not in t.attrs, t.slug
        assert isinstance(t.attrs["closing"], bool), t.slug
        assert isinstance(t.attrs["adverse"], bool), t.slug
    adverse = {t.slug for t in VOCABULARIES["complaint_stage"].terms if t.attrs["adverse"]}
    assert {"refusal_to_open", "counter_charge", "withdrawn_under_pressure",
            "terminated_no_evidence"} <= adverse


def test_complaint_body_answer_days() -> None:
    """Every body has a general deadline rule: a number for state bodies, none for UN ones."""
    from monitor_app.procedure.data import RULES

    general = {r.body: r for r in RULES if r.stage is None}
    for t in VOCABULARIES["complaint_body"].terms:
        rule = general[f"complaint_body.{t.slug}"]
        assert "default_answer_days" not in t.attrs, t.slug
        if t.slug.startswith("un_") or t.slug == "other":
            assert rule.days is None, t.slug
        else:
            assert isinstance(rule.days, int) and rule.days > 0, t.slug
        assert rule.source, t.slug


@pytest.mark.parametrize(
    ("name", "key", "values"),
    [
        ("access_outcome", "severity", [0, 1, 2, 3]),
        ("risk_level", "rank", [0, 1, 2, 3]),
    ],
)
def test_ordered_attrs(name: str, key: str, values: list[int]) -> None:
    assert [t.attrs[key] for t in VOCABULARIES[name].terms] == values


@pytest.mark.parametrize("name", ["recommendation_status", "case_status"])
def test_closed_flag(name: str) -> None:
    for t in VOCABULARIES[name].terms:
        assert isinstance(t.attrs.get("closed"), bool), t.slug


def test_legal_qualification_articles() -> None:
    articles = {t.slug: t.attrs.get("article", "missing")
                for t in VOCABULARIES["legal_qualification"].terms}
    assert "missing" not in articles.values()
    assert articles["art146_torture"] == "146"
    assert articles["art419_false_reporting"] == "419"
    assert articles["not_qualified"] is None


def test_attrs_are_json_plain() -> None:
    for name, t in all_terms():
        for key, value in t.attrs.items():
            assert isinstance(key, str)
            assert value is None or isinstance(value, (bool, int, str)), f"{name}.{t.slug}"


def test_attrs_not_shared_between_terms() -> None:
    ids = [id(t.attrs) for _, t in all_terms() if t.attrs]
    assert len(ids) == len(set(ids))
