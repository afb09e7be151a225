"""Erase means erase: a purged record leaves no trace in the decrypted store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.engine import raw_open
from monitor_app import drafts, search
from monitor_app.interchange import export_file
from monitor_app.operations import purge as purging
from monitor_app.records import RecordNotFound
from monitor_app.store import Store, derive_key
from tests.builders import build_everything
from tests.monitor_app.cli.test_cli import run
from tests.pages import decrypted_pages

SENTINEL = "Qzwxsentinelova"
SENTINEL2 = "Vbnmpriorname"
NARRATIVE = "Kxjqnarrativeword"


def _dump_hits(path: Path, passphrase: str, words: tuple[str, ...]) -> dict[str, list[str]]:
    """Every place in the *decrypted* store where one of ``words`` appears: every value of
    every table (FTS shadow tables too) and every raw page, free ones included."""
    con = raw_open(path, derive_key(path, passphrase))
    hits: dict[str, list[str]] = {w: [] for w in words}
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        pages = decrypted_pages(path, passphrase)
        for t in tables:
            for row in con.execute(f'SELECT * FROM "{t}"'):
                blob = "\x00".join(v.decode("utf-8", "replace") if isinstance(v, bytes)
                                   else str(v) for v in row).lower()
                for w in words:
                    if w.lower() in blob:
                        hits[w].append(t)
        for n, page in enumerate(pages):
            low = page.lower()
            for w in words:
                if w.lower().encode() in low or w.lower().encode("utf-16-le") in low:
                    hits[w].append(f"page {n + 1}")
        hits["_freelist"] = [str(con.execute("PRAGMA freelist_count").fetchone()[0])]
    finally:
        con.close()
    return hits


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    ids = build_everything(store)
    with store.write() as w:
        pid = w.create("people", name=SENTINEL2, pseudonym="P-99",
                       category="person_category.detainee", notes=f"said {NARRATIVE}")
        w.update("people", pid, name=SENTINEL)  # the old name lives on in history
        cid = w.create("cases", reference="KZ-2025-0099", title="Second case",
                       status="case_status.open", primary_victim_id=pid,
                       facility_id=ids["facilities"], region="region.pavlodar",
                       opened_on="2025-02-01")
        w.create("case_people", case_id=cid, person_id=pid, role="person_role.victim")
        drafts.save(w.session, "people", pid, {"name": SENTINEL, "notes": NARRATIVE})
    ids["sentinel"], ids["sentinel_case"] = pid, cid
    return ids


def _filler(store: Store, n: int = 40) -> None:
    """Enough text that freed pages exist (VACUUM must take them away)."""
    with store.write() as w:
        for i in range(n):
            w.create("people", name=f"Filler {i} " + "x" * 2000, pseudonym=f"F-{i}",
                     category="person_category.detainee")


def test_purge_leaves_no_trace_in_the_decrypted_store(
        store: Store, store_path: Path, passphrase: str, seeded: dict[str, str]) -> None:
    pid = seeded["sentinel"]
    _filler(store)
    with store.write() as w:
        w.delete("people", pid)
    store.close()
    words = (SENTINEL, SENTINEL2, NARRATIVE)
    before = _dump_hits(store_path, passphrase, words)
    assert all(before[w] for w in words), before  # the scan does see them

    code, out, err = run("purge", "people", pid, "--store", str(store_path),
                         "--passphrase-stdin", "--yes", stdin=passphrase + "\n")
    assert code == 0, err
    assert "Purged 1 record" in out

    after = _dump_hits(store_path, passphrase, words)
    assert {w: after[w] for w in words} == {w: [] for w in words}
    assert after["_freelist"] == ["0"]  # VACUUM ran: no free page left
    assert not Path(f"{store_path}-wal").exists() or Path(f"{store_path}-wal").stat().st_size == 0

    from monitor_app.store import open_store
    with open_store(store_path, passphrase) as s, s.read() as session:
        from db.models import HistoryEntry, Person
        tomb = session.get(Person, pid)
        assert tomb.deleted and tomb.name == "" and tomb.notes == ""
        rows = session.query(HistoryEntry).filter_by(record_id=pid).all()
        assert [h.action for h in rows] == ["create", "update", "delete", "purge"]
        assert all(v[:2] == [None, None] for h in rows for v in h.changes.values())
        assert "name" in rows[1].changes  # which fields changed is kept, not their values
        assert drafts.load(session, "people", pid) is None
        # the case that showed the purged victim is still found, without the name
        ids = set(session.scalars(search.matching_ids("cases", "Second case")))
        assert seeded["sentinel_case"] in ids
        assert not set(session.scalars(search.matching_ids("cases", SENTINEL)))
        assert purging.tombstoned(session, "people", [pid, seeded["people"]]) == {pid}


def test_only_deleted_records_are_purged(store: Store, store_path: Path, passphrase: str,
                                         seeded: dict[str, str]) -> None:
    with pytest.raises(purging.NotDeleted), store.write() as w:
        purging.purge(w, "people", seeded["sentinel"])
    with pytest.raises(RecordNotFound), store.write() as w:
        purging.purge(w, "people", "no-such-id")
    store.close()
    code, _, err = run("purge", "people", seeded["sentinel"], "--store", str(store_path),
                       "--passphrase-stdin", "--yes", stdin=passphrase + "\n")
    assert code == 1 and "not deleted" in err and err.count("\n") == 1
    code, _, err = run("purge", "people", "no-such-id", "--store", str(store_path),
                       "--passphrase-stdin", "--yes", stdin=passphrase + "\n")
    assert code == 1 and err.count("\n") == 1


def test_purge_asks_for_confirmation(store: Store, store_path: Path, passphrase: str,
                                     seeded: dict[str, str]) -> None:
    with store.write() as w:
        w.delete("people", seeded["sentinel"])
    store.close()
    # no --yes: the line after the passphrase is the answer; anything but "yes" refuses
    code, out, err = run("purge", "people", seeded["sentinel"], "--store", str(store_path),
                         "--passphrase-stdin", stdin=passphrase + "\nno\n")
    assert code == 1 and "nothing was purged" in err.lower()
    assert _dump_hits(store_path, passphrase, (SENTINEL,))[SENTINEL]
    code, out, err = run("purge", "people", seeded["sentinel"], "--store", str(store_path),
                         "--passphrase-stdin", stdin=passphrase + "\nyes\n")
    assert code == 0, err
    assert not _dump_hits(store_path, passphrase, (SENTINEL,))[SENTINEL]


def test_a_purged_case_takes_its_parts_and_evidence_bytes(
        store: Store, store_path: Path, passphrase: str) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.update("allegations", ids["allegations"], narrative=f"he said {NARRATIVE}")
        ev = w.add_evidence(f"scan of {SENTINEL}".encode(), file_name=f"{SENTINEL}.txt",
                            case_id=ids["cases"], kind="evidence_kind.answer_scan")
        w.delete("cases", ids["cases"])
    store.close()
    code, out, err = run("purge", "cases", ids["cases"], "--store", str(store_path),
                         "--passphrase-stdin", "--yes", stdin=passphrase + "\n")
    assert code == 0, err
    hits = _dump_hits(store_path, passphrase, (SENTINEL, NARRATIVE, "Beating after transfer"))
    assert hits[SENTINEL] == [] and hits[NARRATIVE] == [] and hits["Beating after transfer"] == []
    from db.models import EvidenceChunk
    from monitor_app.store import open_store
    with open_store(store_path, passphrase) as s, s.read() as session:
        assert session.query(EvidenceChunk).filter_by(evidence_id=ev).count() == 0
        assert purging.tombstoned(session, "allegations", [ids["allegations"]])


def test_import_does_not_bring_a_purged_record_back(
        store: Store, store_path: Path, passphrase: str, seeded: dict[str, str],
        tmp_path: Path) -> None:
    pid = seeded["sentinel"]
    old_file = tmp_path / "before.json"
    export_file(store, old_file, with_history=True)  # made before the purge
    assert SENTINEL in old_file.read_text()
    with store.write() as w:
        w.delete("people", pid)
    purging.purge_records(store, [("people", pid)])
    store.close()
    code, out, err = run("import-json", str(old_file), "--store", str(store_path),
                         "--passphrase-stdin", stdin=passphrase + "\n")
    assert code == 0, err
    assert "1 purged records skipped" in out
    hits = _dump_hits(store_path, passphrase, (SENTINEL, SENTINEL2, NARRATIVE))
    assert hits[SENTINEL] == hits[SENTINEL2] == hits[NARRATIVE] == []
    code, out, _ = run("list", "people", "--store", str(store_path), "--passphrase-stdin",
                       "--json", stdin=passphrase + "\n")
    assert pid not in [r["id"] for r in json.loads(out)]
