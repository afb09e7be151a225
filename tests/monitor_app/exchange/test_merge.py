"""The merge: what travels, three-way per-field merge, conflicts, the ledger, convergence
(monitor_app.exchange.payload, monitor_app.exchange.merge)."""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import EvidenceChunk, ExchangeConflict, HistoryEntry, StoreMeta
from monitor_app import records, schema
from monitor_app.exchange import keys
from monitor_app.exchange.merge import (
    MergeRefused,
    apply_payload,
    export_file,
    merge_file,
    open_conflicts,
    resolve,
)
from monitor_app.exchange.payload import PayloadReader, Selection, canonical, encode
from monitor_app.interchange import export_document
from monitor_app.store import Store, open_store
from tests.builders import build_everything
from tests.conftest import PASSPHRASE


def new_store(fresh: Path, path: Path) -> Store:
    """A store of its own: a copy of the fresh one with its own store and device ids."""
    shutil.copyfile(fresh, path)
    os.chmod(path, 0o600)
    s = open_store(path, PASSPHRASE)
    with s.write() as w:
        for key in ("store_id", "device_id"):
            w.session.merge(StoreMeta(key=key, value=str(uuid.uuid4())))
    s.close()
    return open_store(path, PASSPHRASE)


@pytest.fixture
def trio(tmp_path: Path, fresh_store_file: Path) -> Iterator[dict[str, Store]]:
    """Three stores (a monitor M, a coordinator C, another monitor X) that know each other."""
    stores = {n: new_store(fresh_store_file, tmp_path / f"{n}.db") for n in "MCX"}
    pubs = {}
    for n, s in stores.items():
        with s.write() as w:
            pubs[n] = keys.export_identity(keys.create_identity(w, f"Store {n}"))
    for n, s in stores.items():
        with s.write() as w:
            for m, data in pubs.items():
                if m != n:
                    c = keys.add_contact(w, data, m)
                    keys.set_verified(w, c.id)
    yield stores
    for s in stores.values():
        s.close()


def send(a: Store, b: Store, to: str, tmp: Path, **kw: object) -> object:
    out = tmp / f"{uuid.uuid4().hex}.monitor"
    export_file(a, to, out, **kw)
    return merge_file(b, out)


def document(s: Store) -> dict:
    doc = export_document(s, with_files=True)
    return doc["records"]


def history_count(s: Store) -> int:
    with s.read() as session:
        return session.scalar(select(func.count()).select_from(HistoryEntry))


# -- round trip ---------------------------------------------------------------------------

def test_every_kind_travels_there_and_on_with_evidence_bytes(trio: dict[str, Store],
                                                             tmp_path: Path) -> None:
    m, c, x = trio["M"], trio["C"], trio["X"]
    ids = build_everything(m)
    r = send(m, c, "C", tmp_path)
    assert r.added > 10 and r.updated == 0 and r.conflicts == 0 and r.verified
    assert r.evidence == 1 and r.sender == "M"
    send(c, x, "X", tmp_path)
    mine = document(m)
    assert document(c) == mine == document(x)
    assert all(mine[k] for k in ("cases", "allegations", "evidence", "visits"))
    for s in (c, x):
        with s.read() as session:
            data = b"".join(records.evidence_chunks(session, ids["evidence"]))
            assert data == b"%PDF-1.4 scan"
            # the history names the file and its sender
            src = session.scalar(select(HistoryEntry.source).where(
                HistoryEntry.record_id == ids["cases"]))
            assert src.startswith("bundle ") and " from " in src


def test_remerge_changes_nothing_and_a_replay_is_applied_once(trio: dict[str, Store],
                                                              tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    build_everything(m)
    out = tmp_path / "one.monitor"
    export_file(m, "C", out)
    first = merge_file(c, out)
    rows = history_count(c)
    again = merge_file(c, out)
    assert first.added and again.replayed and "already merged on" in again.replayed
    assert again.added == again.updated == 0
    assert history_count(c) == rows
    # the same changes in another file (everything again): all unchanged
    full = send(m, c, "C", tmp_path, everything=True)
    assert full.added == full.updated == full.conflicts == 0 and full.unchanged == first.added
    assert history_count(c) == rows


# -- conflicts ----------------------------------------------------------------------------

def test_concurrent_edits_are_kept_as_a_conflict_in_both_stores_and_resolve_travels(
        trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    send(m, c, "C", tmp_path)
    with m.write() as w:
        w.update("cases", ids["cases"], title="Title from M", summary="only M")
    with c.write() as w:
        w.update("cases", ids["cases"], title="Title from C")
    rm = send(m, c, "C", tmp_path)
    rc = send(c, m, "M", tmp_path)
    assert rm.conflicts == 1 and rc.conflicts == 1
    assert rm.by_kind["cases"].conflicts == 1
    for s, mine, theirs in ((c, "Title from C", "Title from M"),
                            (m, "Title from M", "Title from C")):
        with s.read() as session:
            (cf,) = open_conflicts(session, ids["cases"])
            assert (cf["field"], cf["mine"], cf["theirs"]) == ("title", mine, theirs)
            assert cf["mine_by"] and cf["theirs_at"]
    assert document(m) == document(c)  # the same value meanwhile (the later one)
    with m.read() as session:
        assert records.get(session, "cases", ids["cases"])["summary"] == "only M"
    with c.read() as session:
        assert records.get(session, "cases", ids["cases"])["summary"] == "only M"
        cid = open_conflicts(session)[0]["id"]
    with c.write() as w:
        resolve(w, cid, "mine")
    with c.read() as session:
        assert open_conflicts(session) == []
    back = send(c, m, "M", tmp_path)
    assert back.conflicts == 0
    with m.read() as session:
        assert open_conflicts(session) == []
        assert records.get(session, "cases", ids["cases"])["title"] == "Title from C"
        assert session.scalar(select(ExchangeConflict.status)) == "resolved"
    send(m, c, "C", tmp_path)
    assert document(m) == document(c)


def test_an_edit_against_a_delete_is_a_conflict_and_nothing_is_lost(
        trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    send(m, c, "C", tmp_path)
    with m.write() as w:
        w.update("complaints", ids["complaints"], notes="new detail from M")
    with c.write() as w:
        w.delete("complaints", ids["complaints"])
    rc = send(m, c, "C", tmp_path)      # an edit arrives for a record deleted here
    rm = send(c, m, "M", tmp_path)      # a deletion arrives that had not seen the edit
    assert rc.conflicts == 1 and rm.conflicts == 1
    for s in (m, c):
        with s.read() as session:
            (cf,) = open_conflicts(session, ids["complaints"])
            assert cf["field"] == "deleted"
            kept = records.get(session, "complaints", ids["complaints"], include_deleted=True)
            assert kept["notes"] == "new detail from M"  # the edit's values are kept
    with m.read() as session:
        cid = open_conflicts(session)[0]["id"]
    with m.write() as w:
        resolve(w, cid, "mine")  # keep the record
    send(m, c, "C", tmp_path)
    with c.read() as session:
        assert open_conflicts(session) == []
        assert records.get(session, "complaints", ids["complaints"])["notes"] == \
            "new detail from M"
    assert document(m) == document(c)


def test_a_delete_after_seeing_the_edits_is_no_conflict(trio: dict[str, Store],
                                                        tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    with m.write() as w:
        w.update("complaints", ids["complaints"], notes="edited")
    send(m, c, "C", tmp_path)
    with c.write() as w:
        w.delete("complaints", ids["complaints"])
    r = send(c, m, "M", tmp_path)
    assert r.conflicts == 0 and r.updated >= 1
    with m.read() as session, pytest.raises(records.RecordNotFound):
        records.get(session, "complaints", ids["complaints"])


def test_a_set_merge_keeps_an_addition_and_a_removal(trio: dict[str, Store],
                                                     tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    send(m, c, "C", tmp_path)
    with m.write() as w:
        w.update("allegations", ids["allegations"],
                 methods=["method.beating", "method.stripping", "method.suffocation"])
    with c.write() as w:
        w.update("allegations", ids["allegations"], methods=["method.beating"])
    a, b = send(m, c, "C", tmp_path), send(c, m, "M", tmp_path)
    assert a.conflicts == b.conflicts == 0
    for s in (m, c):
        with s.read() as session:
            got = records.get(session, "allegations", ids["allegations"])["methods"]
            assert sorted(got) == ["method.beating", "method.suffocation"]


def test_two_stores_adding_the_same_team_member_converge(trio: dict[str, Store],
                                                         tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    send(m, c, "C", tmp_path)
    with m.write() as w:
        person = w.create("people", name="", pseudonym="Newcomer")
    send(m, c, "C", tmp_path)
    for s in (m, c):
        with s.write() as w:
            w.create("visit_team", visit_id=ids["visits"], person_id=person)
    a, b = send(m, c, "C", tmp_path), send(c, m, "M", tmp_path)
    assert a.settled == 1 and b.settled in (0, 1)  # 0: the loser came already settled
    send(m, c, "C", tmp_path)
    assert document(m) == document(c)
    live = [t for t in document(m)["visit_team"] if t["person_id"] == person]
    assert len(live) == 1


# -- what is sent -------------------------------------------------------------------------

def test_an_incremental_file_carries_only_what_changed_and_nothing_back(
        trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    first = tmp_path / "1.monitor"
    r1 = export_file(m, "C", first)
    merge_file(c, first)
    assert r1.changes == history_count(c) - history_count_builtin(c)
    with m.write() as w:
        w.update("cases", ids["cases"], title="Changed")
    r2 = export_file(m, "C", tmp_path / "2.monitor")
    assert r2.changes == 1 and r2.evidence == 0 and r2.seq == r1.seq + 1
    # what came from M is not sent back to M
    back = export_file(c, "M", tmp_path / "3.monitor")
    assert back.changes == 0


def history_count_builtin(s: Store) -> int:
    """Rows that never travel: built-in terms and rules, store options."""
    with s.read() as session:
        return session.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.source.not_like("bundle %")))


def test_a_case_file_carries_that_case(trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    with m.write() as w:
        other = w.create("cases", reference="KZ-2025-0099", title="Another case")
    r = send(m, c, "C", tmp_path, cases=[ids["cases"]])
    assert r.added > 5
    got = document(c)
    assert [x["id"] for x in got["cases"]] == [ids["cases"]]
    assert other not in {x["id"] for x in got["cases"]}


# -- refused ------------------------------------------------------------------------------

def _payload(lines: list[dict]) -> list[bytes]:
    return [canonical(line) for line in lines]


HEADER = {"format": "monitor-bundle", "t": "header", "version": 1, "what": "all"}


@pytest.mark.parametrize("pieces", [
    [b"garbage\n"],
    [canonical(HEADER)],                                    # no end line
    _payload([HEADER, {"t": "change", "change_id": "x"}, {"t": "end", "changes": 1,
                                                          "evidence": 0}]),
    _payload([HEADER, {"t": "end", "changes": 3, "evidence": 0}]),
    _payload([HEADER, {"t": "end", "changes": 0, "evidence": 0}]) + [b"more"],
    [canonical(HEADER), b"x" * 5000],                       # a line without end
    _payload([HEADER, {"t": "change", "action": "purge", "actor": "", "at": "2026-01-01T00:00:00",
                       "change_id": str(uuid.uuid4()), "changes": {}, "device": "",
                       "hlc": "0001764666843000.00000.1a2b3c4d", "record_id": str(uuid.uuid4()),
                       "record_kind": "cases", "revision": 1, "source": "", "txn": ""},
              {"t": "end", "changes": 1, "evidence": 0}]),            # a purge never travels
])
def test_bad_payloads_are_refused_with_nothing_written(store: Store, pieces: list[bytes]
                                                       ) -> None:
    before = history_count(store)
    with pytest.raises(MergeRefused) as exc, store.write() as w:
        apply_payload(w, pieces, source="test")
    assert "\n" not in str(exc.value) and str(exc.value)
    assert history_count(store) == before


def test_a_payload_reads_in_pieces_of_any_size(trio: dict[str, Store]) -> None:
    m = trio["M"]
    build_everything(m)
    with m.read() as s:
        data = b"".join(encode(s, Selection("all")))
    items = list(PayloadReader(data[i:i + 7] for i in range(0, len(data), 7)).items())
    assert len(items) > 20
    with pytest.raises(Exception, match="longer than"):
        list(PayloadReader([data], max_line=100).items())


def test_a_damaged_file_writes_nothing(trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    build_everything(m)
    out = tmp_path / "f.monitor"
    export_file(m, "C", out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.monitor"
    bad.write_bytes(bytes(data))
    c.close()
    digest = hashlib.sha256(Path(c.path).read_bytes()).hexdigest()
    reopened = open_store(c.path, PASSPHRASE)
    try:
        with pytest.raises(MergeRefused):
            merge_file(reopened, bad)
    finally:
        reopened.close()
    assert hashlib.sha256(Path(c.path).read_bytes()).hexdigest() == digest
    trio["C"] = open_store(c.path, PASSPHRASE)


def test_evidence_bytes_that_are_not_the_records_are_refused(trio: dict[str, Store]) -> None:
    m, c = trio["M"], trio["C"]
    build_everything(m)
    with m.read() as s:
        data = b"".join(encode(s, Selection("all")))
    forged = data.replace(b"%PDF-1.4 scan", b"%PDF-1.4 scaN")
    with pytest.raises(MergeRefused, match="SHA-256"), c.write() as w:
        apply_payload(w, [forged], source="test")
    with c.read() as s:
        assert s.scalar(select(func.count()).select_from(EvidenceChunk)) == 0


def test_a_dry_run_reports_and_writes_nothing(trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    build_everything(m)
    out = tmp_path / "d.monitor"
    export_file(m, "C", out)
    before = history_count(c)
    r = merge_file(c, out, dry_run=True)
    assert r.added > 10 and r.dry_run
    assert history_count(c) == before
    assert merge_file(c, out).added == r.added  # not taken for a replay


def test_a_purged_record_does_not_come_back_and_its_tombstone_stays_here(
        trio: dict[str, Store], tmp_path: Path) -> None:
    from monitor_app.operations.purge import purge_records

    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    send(m, c, "C", tmp_path)
    with c.write() as w:
        w.delete("complaints", ids["complaints"])
    purge_records(c, [("complaints", ids["complaints"])])
    again = send(m, c, "C", tmp_path, everything=True)
    assert again.added == 0
    with c.read() as session:
        obj = session.get(schema.kind("complaints").model, ids["complaints"])
        assert obj.deleted and not obj.subject
    # the purge and the blanked history never travel back
    back = tmp_path / "back.monitor"
    export_file(c, "M", back, everything=True)
    merge_file(m, back)
    with m.read() as session:
        assert records.get(session, "complaints", ids["complaints"])["subject"] == \
            "Complaint of torture"


def test_an_older_file_is_flagged_and_merged_by_history(trio: dict[str, Store],
                                                        tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    f1, f2, f3 = (tmp_path / f"{n}.monitor" for n in (1, 2, 3))
    export_file(m, "C", f1)
    with m.write() as w:
        w.update("cases", ids["cases"], title="Later")
    export_file(m, "C", f2)  # continues f1: changes a case whose creation is in f1
    export_file(m, "C", f3, everything=True)
    before = history_count(c)
    with pytest.raises(MergeRefused, match="earlier files") as refused:
        merge_file(c, f2)
    assert refused.value.code == "earlier_file_needed"  # the window says it by this code
    assert history_count(c) == before
    late = merge_file(c, f3)
    assert late.seq == 3 and not late.older_sequence
    old = merge_file(c, f1)
    assert old.older_sequence and old.added == old.updated == 0
    assert merge_file(c, f2).older_sequence
    with c.read() as session:
        assert records.get(session, "cases", ids["cases"])["title"] == "Later"


LOW, HIGH = str(uuid.UUID(int=1)), str(uuid.UUID(int=2 ** 128 - 1))


@pytest.mark.parametrize("m_id", [LOW, HIGH])  # the incoming record gives way, or the local
def test_one_case_reference_in_two_stores_is_settled_alike(trio: dict[str, Store],
                                                           tmp_path: Path, m_id: str) -> None:
    m, c = trio["M"], trio["C"]
    made = {"M": m_id, "C": HIGH if m_id == LOW else LOW}
    for name, s in (("M", m), ("C", c)):
        with s.write() as w:
            w.create("cases", id=made[name], reference="KZ-SAME", title=f"case of {name}")
    a, b = send(m, c, "C", tmp_path), send(c, m, "M", tmp_path)
    assert a.settled == 1 and b.settled in (0, 1) and a.added == b.added == 1
    send(m, c, "C", tmp_path)
    assert document(m) == document(c)
    refs = sorted(x["reference"] for x in document(m)["cases"])
    loser = max(made.values())
    assert refs == sorted(["KZ-SAME", f"KZ-SAME · {loser[:8]}"])


def test_a_merged_change_names_its_file_and_sender_in_the_case_history(
        trio: dict[str, Store], tmp_path: Path) -> None:
    """The case view's History tab says who sent a change and in which file; a change made
    here says neither."""
    from monitor_app.queries.readmodels import load_case_view
    from monitor_app.vocabulary import Vocab

    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    report = send(m, c, "C", tmp_path)
    with c.write() as w:
        w.update("cases", ids["cases"], title="Changed at the coordinator")
    with c.read() as s:
        rows = load_case_view(s, Vocab.load(s), ids["cases"]).history
    merged = [r for r in rows if r.sender]
    local = [r for r in rows if not r.sender]
    assert merged and {r.sender for r in merged} == {"M"}  # the contact's name here
    assert {r.bundle for r in merged} == {report.bundle_id}
    assert len(local) == 1 and local[0].bundle == ""


def test_a_refused_file_keeps_the_code_of_its_refusal(trio: dict[str, Store], tmp_path: Path,
                                                      fresh_store_file: Path) -> None:
    """merge_file's refusal carries the file's refusal code (the window translates by it)
    and its English line unchanged (the command line prints it)."""
    from monitor_app import exchange as ex

    out = tmp_path / "for-c.monitor"
    export_file(trio["M"], "C", out)
    with pytest.raises(MergeRefused) as other:
        merge_file(trio["X"], out)
    assert other.value.code == ex.OTHER_RECIPIENT
    assert str(other.value) == "the file is for another recipient (or its start was damaged)"
    bare = new_store(fresh_store_file, tmp_path / "bare.db")
    try:
        with pytest.raises(MergeRefused) as none:
            merge_file(bare, out)
        assert none.value.code == ex.NO_IDENTITY
    finally:
        bare.close()
    assert MergeRefused("anything else").code is None
