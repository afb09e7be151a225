"""History, second edition: every record's state can be rebuilt from its changes alone,
changes have global ids and a clock, a stale save is refused, old stores keep their history."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from db.models import Finding, HistoryEntry, allegation_methods
from monitor_app import demo, records, schema
from monitor_app.queries import history
from monitor_app.records import StaleRecord, ValidationError
from monitor_app.store import Store, create_store, open_store
from tests.builders import build_everything
from tests.conftest import CHEAP_KDF, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def current_state(session, kind: str, record_id: str) -> dict:  # noqa: ANN001
    data = records.get(session, kind, record_id, include_deleted=True)
    k = schema.kind(kind)
    return {"deleted": data["deleted"], **{n: data[n] for n in k.fields}}


def assert_rebuilds(store: Store) -> int:
    """Every record of every kind, deleted ones too, is what its history says."""
    checked = 0
    with store.read() as s:
        for name, k in schema.KINDS.items():
            for record_id in s.scalars(select(k.model.id)):
                if name == "vocab_terms" and s.get(k.model, record_id).builtin:
                    continue  # built-in terms come with the app, not from history
                assert history.rebuild(s, name, record_id) == current_state(s, name, record_id), \
                    (name, record_id)
                checked += 1
    return checked


def test_a_demo_store_rebuilds_from_its_history(store: Store) -> None:
    demo.generate(store, cases=12, seed=5)
    ids = build_everything(store)
    with store.write() as w:
        w.update("people", ids["official"], identified=True)
        w.update("allegations", ids["allegations"], methods=["method.stripping"])
        w.delete("evidence", ids["evidence"])
    assert assert_rebuilds(store) > 400  # every record of a 12-case demo store


def test_a_create_records_the_full_first_state(store: Store) -> None:
    with store.write() as w:
        pid = w.create("people", pseudonym="P-1", identified=False)
        fid = w.create("facilities", name="IVS", capacity=0, npm_mandate=False)
    with store.read() as s:
        (person,) = history.entries(s, "people", pid)
        (facility,) = history.entries(s, "facilities", fid)
    # default-like values were left out before: the first state could not be rebuilt
    assert person.changes["identified"] == [None, False, None]
    assert person.changes["consent_publish"] == [None, False, None]
    assert person.changes["name"] == [None, "", None]
    assert facility.changes["capacity"] == [None, 0, None]
    assert facility.changes["npm_mandate"] == [None, False, None]
    assert set(person.changes) == set(schema.kind("people").fields)


def test_changes_have_global_ids_a_clock_and_parents(store: Store) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.update("cases", ids["cases"], title="One")
    with store.write() as w:
        w.update("cases", ids["cases"], title="Two", notes="n")
    with store.read() as s:
        rows = s.execute(select(HistoryEntry.change_id, HistoryEntry.hlc, HistoryEntry.device)
                         .order_by(HistoryEntry.id)).all()
        case = history.entries(s, "cases", ids["cases"])
    assert len({r.change_id for r in rows}) == len(rows)
    stamps = [r.hlc for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(r.device == store.identity.device_id for r in rows)
    create, one, two = case
    assert one.changes["title"][2] == create.change_id
    assert two.changes["title"][2] == one.change_id
    assert two.changes["notes"][2] == create.change_id  # notes were last set by the create
    assert one.txn != two.txn


def test_a_stale_save_is_refused_and_changes_nothing(store: Store) -> None:
    ids = build_everything(store)
    with store.read() as s:
        seen_by_first = seen_by_second = records.get(s, "cases", ids["cases"])["version"]
    with store.write() as w:  # the first editor saves
        w.update("cases", ids["cases"], expected_revision=seen_by_first, title="First")
    with pytest.raises(StaleRecord), store.write() as w:  # the second, opened before it
        w.update("cases", ids["cases"], expected_revision=seen_by_second, title="Second")
    with pytest.raises(StaleRecord), store.write() as w:
        w.delete("cases", ids["cases"], expected_revision=seen_by_second)
    with store.read() as s:
        case = records.get(s, "cases", ids["cases"])
        assert case["title"] == "First" and not case["deleted"]
        with store.write() as w:  # after a reload, the save goes through
            w.update("cases", ids["cases"], expected_revision=case["version"], title="Second")


def test_natural_keys_are_unique_among_live_records(store: Store) -> None:
    ids = build_everything(store)
    with pytest.raises(ValidationError) as err, store.write() as w:
        w.create("case_people", case_id=ids["cases"], person_id=ids["people"],
                 role="person_role.victim")
    assert err.value.errors == {"person_id": "is already in the case in this role"}
    with pytest.raises(ValidationError), store.write() as w:
        w.create("findings", visit_id=ids["visits"], area="finding_area.treatment", text="again")
    with store.write() as w:  # another role is another fact
        w.create("case_people", case_id=ids["cases"], person_id=ids["people"],
                 role="person_role.complainant")
        w.delete("findings", ids["findings"])
        w.create("findings", visit_id=ids["visits"], area="finding_area.treatment", text="new")
    with pytest.raises(ValidationError), store.write() as w:
        w.restore("findings", ids["findings"])  # its area is taken by the new one now
    with pytest.raises(ValidationError), store.write() as w:  # twice in one transaction
        w.create("obstructions", visit_id=ids["visits"], kind="obstruction.time_cut")
        w.create("obstructions", visit_id=ids["visits"], kind="obstruction.time_cut")


def test_removed_terms_stay_as_rows_marked_deleted(store: Store) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.update("allegations", ids["allegations"], methods=["method.beating"])
    with store.read() as s:
        rows = dict(s.execute(select(allegation_methods.c.term_code,
                                     allegation_methods.c.deleted)).all())
    assert rows == {"method.beating": False, "method.stripping": True}
    with store.write() as w:
        w.update("allegations", ids["allegations"],
                 methods=["method.beating", "method.stripping"])
    with store.read() as s:
        assert records.get(s, "allegations", ids["allegations"])["methods"] == [
            "method.beating", "method.stripping"]


def test_store_options_are_recorded(store: Store) -> None:
    assert store.set_option("organisation", "Coalition A")
    assert not store.set_option("organisation", "Coalition A")
    assert store.set_option("organisation", "Coalition B")
    assert store.option("organisation") == "Coalition B"
    with store.read() as s:
        changes = [e.changes["value"][:2] for e in history.entries(
            s, records.OPTIONS_KIND, "option.organisation")]
    assert changes == [[None, "Coalition A"], ["Coalition A", "Coalition B"]]


def test_renaming_a_place_finds_its_visits_by_the_new_name(store: Store) -> None:
    from monitor_app.queries import inspect_records

    ids = build_everything(store)
    with store.write() as w:
        w.update("facilities", ids["facilities"], name="Колония Жаңа")
    found = inspect_records.list_records(store, "visits", search_text="Жаңа")
    assert [v["id"] for v in found] == [ids["visits"]]
    assert inspect_records.list_records(store, "visits", search_text="fictional") == []


# -- random edit sequences ------------------------------------------------------

EDITS = st.lists(st.tuples(
    st.sampled_from(["cases", "people", "allegations", "facilities", "findings"]),
    st.sampled_from(["edit", "edit", "edit", "delete", "restore"]),
    st.integers(0, 3)), min_size=1, max_size=12)
VALUES = {
    "cases": [{"title": "A"}, {"title": "B", "notes": "x"}, {"status": "case_status.closed"},
              {"status": None, "summary": ""}],
    "people": [{"identified": False}, {"name": "N"}, {"birth_date": "2001-03"},
               {"risk_level": "risk_level.low", "name": ""}],
    "allegations": [{"methods": []}, {"methods": ["method.beating"]},
                    {"purposes": ["purpose.confession"], "date_from": "2024"},
                    {"methods": ["method.stripping", "method.beating"], "summary": "s"}],
    "facilities": [{"capacity": 0}, {"capacity": None}, {"npm_mandate": False},
                   {"name": "Place", "designation": ""}],
    "findings": [{"text": "t1"}, {"text": ""}, {"area": "finding_area.health_care"},
                 {"area": "finding_area.treatment"}],
}


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_random_edit_sequences_rebuild_from_history(edits: list, scratch: Path) -> None:
    path = scratch / "s.db"
    path.unlink(missing_ok=True)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    with create_store(path, PASSPHRASE, kdf=CHEAP_KDF) as s:
        ids = build_everything(s)
        for kind, action, n in edits:
            try:
                with s.write() as w:
                    if action == "edit":
                        w.update(kind, ids[kind], **VALUES[kind][n])
                    elif action == "delete":
                        w.delete(kind, ids[kind])
                    else:
                        w.restore(kind, ids[kind])
            except (records.RecordNotFound, ValidationError):
                pass  # editing a deleted record, or a natural key taken: refused whole
        assert_rebuilds(s)


# -- stores from earlier releases ------------------------------------------------

def test_a_store_from_release_0_1_keeps_its_history(tmp_path: Path) -> None:
    ids = dict(line.split() for line in (FIXTURES / "store-0002.ids").read_text().splitlines())
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "store-0002.db", path)
    with open_store(path, PASSPHRASE) as store:
        with store.read() as s:
            case = history.entries(s, "cases", ids["cases"])
            assert [e.action for e in case] == ["create", "update"]
            # what the old release recorded is still there, with its parent now
            assert case[1].changes["title"] == ["Beating after transfer",
                                                "Beating after transfer to SIZO",
                                                case[0].change_id]
            # the create, which skipped default-like values, is completed
            assert case[0].changes["closed_on"] == [None, None, None]
            assert case[0].changes["title"][:2] == [None, "Beating after transfer"]
            official = history.entries(s, "people", ids["official"])[0]
            assert official.changes["identified"] == [None, False, None]
            methods = history.entries(s, "allegations", ids["allegations"])
            assert methods[0].changes["methods"][:2] == [
                None, ["method.beating", "method.stripping"]]
            assert records.get(s, "cases", ids["cases"])["version"] == case[-1].change_id
            deleted = history.entries(s, "reprisal_responses", ids["reprisal_responses"])
            assert [e.action for e in deleted] == ["create", "delete"]
        assert_rebuilds(store)
        with store.write() as w:  # and new edits chain onto the migrated history
            w.update("cases", ids["cases"], title="Third title")
        with store.read() as s:
            last = history.entries(s, "cases", ids["cases"])[-1]
            assert last.changes["title"][2] == case[1].change_id
            assert last.hlc > case[1].hlc


def test_duplicates_of_a_natural_key_are_merged_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "dups.db"
    old = create_store(path, PASSPHRASE, kdf=CHEAP_KDF, revision="0002")
    row = ("created_at, updated_at, created_by, origin, revision, deleted",
           "'2026-11-01 10:00:00', '2026-11-01 10:00:00', 'monitor', 'x', 1, 0")
    with old.engine.begin() as c:
        c.execute(text(f"INSERT INTO facilities (id, designation, name, address, notes, "
                       f"npm_mandate, pmc_mandate, {row[0]}) VALUES ('f1', '', 'P', '', '', "
                       f"1, 1, {row[1]})"))
        c.execute(text(f"INSERT INTO visits (id, facility_id, announced, summary, notes, "
                       f"{row[0]}) VALUES ('v1', 'f1', 0, '', '', {row[1]})"))
        for fid, body in (("a1", "first"), ("a2", "second")):
            c.execute(text(f"INSERT INTO findings (id, visit_id, area, text, {row[0]}) VALUES "
                           f"('{fid}', 'v1', NULL, '{body}', {row[1]})"))
    old.close()
    with open_store(path, PASSPHRASE) as store, store.read() as s:
        live = s.scalars(select(Finding).where(Finding.deleted.is_(False))).all()
        assert [(f.id, f.text) for f in live] == [("a1", "first\n\nsecond")]
        assert s.get(Finding, "a2").deleted
        (dup_create, dup_delete) = history.entries(s, "findings", "a2")
        assert "duplicate of a1" in dup_delete.source
        assert history.rebuild(s, "findings", "a1")["text"] == "first\n\nsecond"
