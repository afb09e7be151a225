"""monitor_app.queries.search: the first matches of every kind, labelled, on a real store."""

from __future__ import annotations

from typing import Any

import pytest

from monitor_app.queries import search as everywhere_queries
from monitor_app.vocabulary import Vocab
from tests.monitor_app.queries.test_listing import fill


@pytest.fixture
def data(store: Any) -> dict[str, str]:
    return fill(store)


def found(store: Any, typed: str, **kw: Any) -> dict[str, list[tuple[str, str]]]:
    with store.read() as s:
        vocab = Vocab.load(s)
        return {k.kind: [(h.id, h.label) for h in k.hits]
                for k in everywhere_queries.everywhere(s, vocab, typed, **kw)}


def test_a_name_finds_the_person_and_the_case_they_are_the_victim_of(
        store: Any, data: dict[str, str]) -> None:
    hits = found(store, "ива")  # lower case, part of the word: "Иван Петров"
    assert hits["people"] == [(data["ivan"], "Иван Петров")]
    assert hits["cases"] == [(data["c2"], "KZ-002 Death in SIZO")]
    assert list(hits) == ["cases", "people"]  # kinds in the declared order, empty ones left out


def test_kazakh_letters_typed_on_a_russian_layout(store: Any, data: dict[str, str]) -> None:
    assert found(store, "сарсенбаев")["people"] == [(data["erzhan"], "Ержан Сәрсенбаев")]
    assert found(store, "СӘРСЕНБАЕВ")["people"] == [(data["erzhan"], "Ержан Сәрсенбаев")]


def test_a_place_designation_finds_the_place_and_its_visits(
        store: Any, data: dict[str, str]) -> None:
    hits = found(store, "ЕЦ-166")
    assert hits["facilities"] == [(data["sizo"], "ЕЦ-166/4 СИЗО Алматы")]
    assert [i for i, _label in hits["visits"]] == [data["v2"]]
    assert "ЕЦ-166/4 СИЗО Алматы" in hits["visits"][0][1]


def test_a_person_without_a_name_is_found_and_shown_by_pseudonym(
        store: Any, data: dict[str, str]) -> None:
    assert found(store, "masked")["people"] == [(data["masked"], "Masked officer")]


def test_deleted_records_are_not_found(store: Any, data: dict[str, str]) -> None:
    with store.write() as w:
        w.delete("people", data["ivan"])
    assert "people" not in found(store, "ива")


def test_a_few_per_kind_and_whether_there_are_more(store: Any, data: dict[str, str]) -> None:
    with store.read() as s:
        vocab = Vocab.load(s)
        (cases,) = everywhere_queries.everywhere(s, vocab, "KZ", per_kind=3,
                                                 kinds=("cases",))
        assert len(cases.hits) == 3 and cases.more
        (cases,) = everywhere_queries.everywhere(s, vocab, "KZ", per_kind=4,
                                                 kinds=("cases",))
        assert len(cases.hits) == 4 and not cases.more


def test_nothing_for_blank_or_punctuation(store: Any, data: dict[str, str]) -> None:
    assert found(store, "") == {}
    assert found(store, "  -/ ") == {}
    assert found(store, "жжжж") == {}


def test_labels_in_the_interface_language(store: Any, data: dict[str, str]) -> None:
    (visit,) = found(store, "AK-159", lang="ru")["visits"]
    assert visit == (data["v1"], "02.04.2023 · AK-159/6 Penal colony Aktobe · "
                                 "Периодическое (плановое)")
    (visit,) = found(store, "AK-159", lang="en")["visits"]
    assert visit[1].endswith("Regular (periodic, planned)")
