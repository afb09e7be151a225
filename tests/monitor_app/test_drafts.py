"""Drafts kept inside the encrypted store."""

from __future__ import annotations

from monitor_app import drafts
from monitor_app.store import open_store
from tests.conftest import PASSPHRASE


def test_save_load_replace_delete(store, store_path) -> None:
    with store.write() as w:
        drafts.save(w.session, "cases", "id-1", {"form": {"title": "first"}})
        drafts.save(w.session, "allegations", None, {"form": {"summary": "new"}}, scope="id-1")
    with store.write() as w:
        drafts.save(w.session, "cases", "id-1", {"form": {"title": "second"}})
    with store.read() as s:
        kept = drafts.load(s, "cases", "id-1")
        assert kept is not None and kept.payload == {"form": {"title": "second"}}
        assert drafts.load(s, "allegations", None) is None  # another scope
        assert drafts.load(s, "allegations", None, "id-1").payload["form"]["summary"] == "new"
        assert len(drafts.list_drafts(s)) == 2
    store.close()
    reopened = open_store(store_path, PASSPHRASE)
    try:
        with reopened.write() as w:
            assert drafts.delete(w.session, "cases", "id-1")
            assert not drafts.delete(w.session, "cases", "id-1")
        with reopened.read() as s:
            assert drafts.load(s, "cases", "id-1") is None
    finally:
        reopened.close()


def test_draft_ids_are_stable() -> None:
    assert drafts.draft_id("cases", "x") == drafts.draft_id("cases", "x")
    assert drafts.draft_id("cases", "x") != drafts.draft_id("cases", None)
    assert drafts.draft_id("cases", None, "a") != drafts.draft_id("cases", None, "b")
