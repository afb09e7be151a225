"""The deleted records of every kind (Edit > Deleted records): what is listed, in which
order, and the restore rule the operations keep (a part waits for its holder)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from db.base import utcnow
from monitor_app import operations
from monitor_app.operations.purge import purge_records
from monitor_app.operations.records import HolderDeleted, restore_many
from monitor_app.queries import trash
from monitor_app.records import RecordNotFound
from monitor_app.vocabulary import Vocab


def _make(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["person"] = w.create("people", name="Ержан Сәрсенбаев", code="P-1")
        ids["case"] = w.create("cases", reference="KZ-2024-00001", title="Beating",
                               status="case_status.open", primary_victim_id=ids["person"])
        ids["complaint"] = w.create("complaints", case_id=ids["case"],
                                    body="complaint_body.prosecutor", filed_on=date(2024, 1, 5))
        ids["other"] = w.create("cases", reference="KZ-2024-00002", title="Threats",
                                status="case_status.open")
    return ids


def _page(store: Any) -> list[trash.TrashRow]:
    with store.read() as s:
        return trash.fetch_page(s, Vocab.load(s), "en")


def test_lists_every_kind_newest_deletion_first_with_its_holder(store: Any) -> None:
    ids = _make(store)
    assert _page(store) == []
    with store.write() as w:
        operations.records.delete(w, "complaints", ids["complaint"])
    with store.write() as w:
        operations.records.delete(w, "people", ids["person"])
    rows = _page(store)
    assert [(r.kind, r.id) for r in rows] == [("people", ids["person"]),
                                               ("complaints", ids["complaint"])]
    person, complaint = rows
    assert person.label == "Ержан Сәрсенбаев" and person.holder_kind is None
    assert complaint.holder_kind == "cases" and complaint.holder_id == ids["case"]
    assert complaint.holder_label == "KZ-2024-00001 Beating"
    assert not complaint.holder_deleted
    assert person.deleted_at is not None and person.deleted_at <= utcnow()
    with store.read() as s:
        assert trash.count(s) == 2
        assert trash.page_keys(s, 1, 5) == [("complaints", ids["complaint"])]


def test_a_part_waits_for_its_holder(store: Any) -> None:
    ids = _make(store)
    with store.write() as w:
        operations.records.delete(w, "complaints", ids["complaint"])
        operations.records.delete(w, "cases", ids["case"])
    assert {r.kind: r.holder_deleted for r in _page(store)} == {"complaints": True, "cases": False}
    with pytest.raises(HolderDeleted, match="restore that first"), store.write() as w:
        operations.records.restore(w, "complaints", ids["complaint"])
    # chosen together, in any order: the case first, then its complaint
    with store.write() as w:
        refused = restore_many(w, [("complaints", ids["complaint"]), ("cases", ids["case"])])
    assert refused == []
    assert _page(store) == []


def test_restore_many_restores_what_it_can_and_says_what_it_could_not(store: Any) -> None:
    ids = _make(store)
    with store.write() as w:
        operations.records.delete(w, "complaints", ids["complaint"])
        operations.records.delete(w, "cases", ids["case"])
        operations.records.delete(w, "cases", ids["other"])
    with store.write() as w:
        refused = restore_many(w, [("complaints", ids["complaint"]), ("cases", ids["other"])])
    assert [(e.kind, e.record_id, e.holder_kind, e.holder_id) for e in refused] == [
        ("complaints", ids["complaint"], "cases", ids["case"])]
    assert {(r.kind, r.id) for r in _page(store)} == {("complaints", ids["complaint"]),
                                                      ("cases", ids["case"])}


def test_erased_records_leave_the_trash_and_cannot_be_restored(store: Any) -> None:
    ids = _make(store)
    with store.write() as w:
        operations.records.delete(w, "cases", ids["case"])
        operations.records.delete(w, "complaints", ids["complaint"])
    purge_records(store, [("cases", ids["case"])])  # its complaint goes with it
    assert _page(store) == []
    with store.read() as s:
        assert trash.count(s) == 0
    with pytest.raises(RecordNotFound), store.write() as w:
        operations.records.restore(w, "cases", ids["case"])
