"""monitor_app.proposals: what a new record's form is offered, and what a deletion takes,
on a real store."""

from __future__ import annotations

from datetime import date
from typing import Any

from db.models import AllegationPerson
from monitor_app import operations, proposals
from monitor_app.identifiers import case_reference, person_code
from monitor_app.vocabulary import Vocab
from tests.monitor_app.queries.test_listing import fill


def test_the_next_reference_follows_the_stores_highest_number(store: Any) -> None:
    tag = store.identity.tag
    with store.write() as w:
        w.create("cases", reference=case_reference(tag, 2025, 41), title="Earlier")
        w.create("cases", reference="KZ-2026-00900-OTHER", title="Another store's case")
        w.create("cases", reference="hand-made", title="Typed by someone")
    with store.read() as s:
        suggested = proposals.next_case_reference(s, tag, 2026)
    assert suggested == f"KZ-2026-00042-{tag}"
    with store.write() as w:  # it is free: the Writer's uniqueness rule lets it through
        w.create("cases", reference=suggested, title="New")


def test_the_next_person_code_is_one_past_the_highest_deleted_ones_included(
        store: Any) -> None:
    tag = store.identity.tag
    with store.read() as s:
        assert proposals.next_person_code(s, tag) == person_code(1, tag=tag) == \
            f"KZ-P000001-{tag}"
    with store.write() as w:
        w.create("people", name="Асель Омарова", code=person_code(7))  # as the demo gives
        gone = w.create("people", name="Бауыржан Ким", code=person_code(41, tag=tag))
        w.create("people", pseudonym="Masked", code=person_code(90, "U", tag))  # another series
        w.create("people", name="Другая база", code=person_code(500, tag="OTHER"))
        w.create("people", name="Hand coded", code="P-99")
        w.delete("people", gone)
    with store.read() as s:
        code = proposals.next_person_code(s, tag)
    assert code == f"KZ-P000042-{tag}"  # the store's own count: two stores never meet


def test_a_place_gives_its_region(store: Any) -> None:
    ids = fill(store)
    with store.read() as s:
        assert proposals.place_region(s, ids["ak"]) == "region.aktobe"
        assert proposals.place_region(s, None) is None


def test_a_deletion_names_the_record_and_counts_what_belongs_to_it(store: Any) -> None:
    ids = fill(store)  # case c1 has one complaint with one step
    with store.write() as w:
        w.create("case_people", case_id=ids["c1"], person_id=ids["aigul"],
                 role="person_role.relative")
    with store.read() as s:
        vocab = Vocab.load(s)
        d = proposals.deletion(s, vocab, "cases", ids["c1"])
        person = proposals.deletion(s, vocab, "people", ids["lawyer"])
    assert d.label == "KZ-001 Beating in AK-159/6"
    # the status history entry, the relative's role, the complaint and its step
    assert d.parts >= 3
    assert (person.label, person.parts) == ("Dana Lawyer", 0)


def test_a_new_allegation_of_a_case_gets_its_victim(store: Any) -> None:
    ids = fill(store)
    with store.write() as w:
        out = operations.allegations.new_allegation(
            w, {"case_id": ids["c1"], "kind": "allegation_kind.torture",
                "date_from": date(2024, 1, 2)}, victim_id=ids["erzhan"])
    with store.read() as s:
        links = [(a.person_id, a.role) for a in s.query(AllegationPerson).filter_by(
            allegation_id=out.record_id)]
    assert links == [(ids["erzhan"], "victim")]
