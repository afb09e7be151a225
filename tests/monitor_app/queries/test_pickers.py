"""monitor_app.queries.pickers: a page of matches of what is typed, folded the way a reader
folds letters (Cyrillic and Kazakh too), on a real store."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from sqlalchemy import select

from db import collation
from monitor_app import schema
from monitor_app.queries import pickers
from monitor_app.vocabulary import Vocab
from tests.monitor_app.queries.test_listing import fill


@pytest.fixture
def filled(store: Any) -> tuple[Any, dict[str, str], Vocab]:
    ids = fill(store)
    with store.write() as w:
        ids["ivanov"] = w.create("people", name="Иванов Асхат", pseudonym="Свидетель 7",
                                 code="IV-9")
        ids["upper"] = w.create("people", name="ИВАНОВА МАРИЯ")
        ids["gone"] = w.create("people", name="Иванов Удалённый")
        w.delete("people", ids["gone"])
        ids["kairat"] = w.create("people", name="Қайрат Әбілов")
    with store.read() as s:
        vocab = Vocab.load(s)
    return store, ids, vocab


def _page(store: Any, vocab: Vocab, kind: str, typed: str, lang: str = "en", **kw: Any
          ) -> list[tuple[str, str]]:
    with store.read() as s:
        return pickers.page(s, vocab, kind, lang, typed, **kw)


def test_a_lowercase_cyrillic_fragment_finds_capitalised_and_uppercase_names(filled) -> None:
    store, ids, vocab = filled
    found = dict((i, label) for label, i in _page(store, vocab, "people", "ива"))
    # SQLite's lower() and LIKE fold ASCII only: "ива" would find neither of these
    assert found == {ids["ivan"]: "Иван Петров",
                     ids["ivanov"]: "Иванов Асхат (Свидетель 7)",
                     ids["upper"]: "ИВАНОВА МАРИЯ"}  # the deleted Иванов is not offered
    assert {i for _, i in _page(store, vocab, "people", "ИВАНОВ")} == {ids["ivanov"],
                                                                        ids["upper"]}


def test_any_part_every_word_pseudonym_and_code_and_kazakh_letters(filled) -> None:
    store, ids, vocab = filled
    ids_of = lambda typed: {i for _, i in _page(store, vocab, "people", typed)}  # noqa: E731
    assert ids_of("ванов асх") == {ids["ivanov"]}     # inside a word, two words
    assert ids_of("Иванов Асхат (Свидетель 7)") == {ids["ivanov"]}  # the label as shown
    assert ids_of("свидетель") == {ids["ivanov"]}     # by pseudonym
    assert ids_of("iv-9") == {ids["ivanov"]}          # by code
    assert ids_of("кайрат") == ids_of("Қайрат") == {ids["kairat"]}  # a Russian keyboard
    assert ids_of("zzz") == set()


def test_a_page_is_limited_ordered_and_where_filters_hold(filled) -> None:
    store, ids, vocab = filled
    everyone = _page(store, vocab, "people", "")
    labels = [label for label, _ in everyone]
    # the reader's alphabet (db.collation, as the lists): Cyrillic case folds too, so
    # "Иван Петров" comes before "ИВАНОВА МАРИЯ" (code points put capitals first)
    assert labels == sorted(labels, key=collation.key("en"))
    assert labels.index("Иван Петров") < labels.index("ИВАНОВА МАРИЯ")
    assert len(_page(store, vocab, "people", "", limit=3)) == 3
    assert _page(store, vocab, "people", "", limit=3) == everyone[:3]
    # a case's allegations only (record_picker's where=)
    c4 = _page(store, vocab, "allegations", "", case_id=ids["c4"])
    assert [label for label, _ in c4] == ["Electric shock during questioning"]
    assert _page(store, vocab, "allegations", "", case_id=ids["c1"]) == []


@pytest.mark.parametrize("kind", ["facilities", "cases", "visits", "allegations", "reprisals",
                                  "people"])
def test_every_kind_a_picker_offers_is_labelled_as_before(filled, kind: str) -> None:
    store, _ids, vocab = filled
    with store.read() as s:
        model = schema.model(kind)
        live = s.scalars(select(model).where(model.deleted.is_(False))).all()
        expected = {o.id: pickers.choice_label(s, vocab, kind, o, "ru") for o in live}
        got = pickers.page(s, vocab, kind, "ru", "")
        assert dict((i, label) for label, i in got) == expected
        # each record is found again by a word of its label, in the screen's language
        for label, record_id in got:
            word = pickers.words(label)[0] if pickers.words(label) else ""
            assert record_id in {i for _, i in pickers.page(s, vocab, kind, "ru", word)}


def test_the_label_of_one_record_by_its_id(filled) -> None:
    store, ids, vocab = filled
    with store.read() as s:
        assert pickers.label(s, vocab, "people", "en", ids["ivanov"]) == (
            "Иванов Асхат (Свидетель 7)", ids["ivanov"])
        assert pickers.label(s, vocab, "people", "en", ids["gone"]) is None
        assert pickers.label(s, vocab, "people", "en", "no-such-id") is None


def test_people_are_paged_from_their_index_alone(filled) -> None:
    store, _ids, vocab = filled
    captured: list[str] = []
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        raw.set_trace_callback(captured.append)
        for lang in ("en", "ru", "kk"):  # each language's alphabet has its index
            pickers.page(s, vocab, "people", lang, "")
            pickers.page(s, vocab, "people", lang, "ива")
        raw.set_trace_callback(None)
        plans = [s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
                 for sql in captured if "ORDER BY" in sql]
    assert len(plans) == 6
    for plan, lang in zip(plans, ("en", "en", "ru", "ru", "kk", "kk"), strict=True):
        # no sort of every person, no read of their rows
        assert [row[-1] for row in plan] == [
            f"SEARCH people USING COVERING INDEX ix_people_picker_{lang} (deleted=?)"], plan


def test_visits_are_paged_in_the_order_of_their_index(filled) -> None:
    store, _ids, vocab = filled
    captured: list[str] = []
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        raw.set_trace_callback(captured.append)
        pickers.page(s, vocab, "visits", "en", "")
        raw.set_trace_callback(None)
        plans = [s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
                 for sql in captured if "ORDER BY" in sql]
    assert len(plans) == 1
    steps = [row[-1] for row in plans[0]]
    assert steps[0] == "SEARCH visits USING INDEX ix_visits_picker (deleted=?)", steps
    assert "USE TEMP B-TREE FOR ORDER BY" not in steps  # the day from the index, never all


def test_no_character_past_the_scanned_range_changes_when_folded() -> None:
    changed = [p for p in range(pickers.LAST_CASED, sys.maxunicode + 1)
               if not 0xD800 <= p < 0xE000 and pickers.fold(chr(p)) != chr(p)]
    assert changed == []
    assert pickers.sources("и") >= {"и", "И", "і", "І"}
