"""Likely duplicates: people and places across scripts and spellings proposed (never merged
by themselves), accepting merges them with every link re-pointed and both histories kept,
the merge followed by a store that receives it, a rejection remembered."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import DuplicatePair, HistoryEntry, RecordAlias
from monitor_app import records, schema
from monitor_app.cli import main
from monitor_app.exchange import duplicates
from monitor_app.queries import history
from monitor_app.store import Store, open_store
from tests.builders import build_everything
from tests.conftest import PASSPHRASE
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script
from tests.monitor_app.exchange.test_merge import send, trio

__all__ = ["console_script", "trio"]  # the fixtures, used by name


def pairs(store: Store, status: str = "open") -> set[frozenset[str]]:
    with store.read() as s:
        return {frozenset((p["a"], p["b"])) for p in duplicates.list_pairs(s, status=status)}


def scan(store: Store) -> int:
    with store.write() as w:
        return duplicates.propose(w)


def test_fold_reads_kazakh_russian_and_latin_spellings_alike() -> None:
    assert {duplicates.fold(n) for n in ("Қайрат", "Кайрат", "Kairat", "Qairat")} == {"kairat"}
    assert duplicates.fold("Иванов Иван") == duplicates.fold("Ivanov Ivan")
    assert duplicates.fold("Әбілқасымов Нұрлан") == duplicates.fold("Abilkasymov Nurlan")
    assert duplicates.fold("Жақсыбеков") == duplicates.fold("Zhaksybekov")
    assert {duplicates.fold(d) for d in ("АК-159/6", "AK 159/6", "ак 159 / 6")} == {"ak 159 6"}


def test_people_spelled_in_two_scripts_are_proposed_and_a_different_person_is_not(
        store: Store) -> None:
    with store.write() as w:
        k1 = w.create("people", name="Қайрат Серіков", birth_date="1990")
        k2 = w.create("people", name="Кайрат Сериков")
        k3 = w.create("people", name="Serikov Kairat", birth_date="1990-04")
        i1 = w.create("people", name="Иванов Иван")
        i2 = w.create("people", name="Ivanov Ivan")
        w.create("people", name="Петров Сергей")
        w.create("people", name="Иванов Пётр")
        w.create("people", pseudonym="Officer 1", name="")
        w.create("people", pseudonym="Officer 2", name="")
        w.create("people", name="masked officers", is_group=True)
        w.create("people", name="masked officers", is_group=True)
    assert scan(store) == 4
    assert pairs(store) == {frozenset(p) for p in
                            ((k1, k2), (k1, k3), (k2, k3), (i1, i2))}
    with store.read() as s:
        listed = duplicates.list_pairs(s)
    by_ids = {frozenset((p["a"], p["b"])): p for p in listed}
    same_year = by_ids[frozenset((k1, k3))]
    assert same_year["reasons"]["birth_year"] == "same" and same_year["score"] >= 95
    assert {p["a_label"] for p in listed} | {p["b_label"] for p in listed} >= {
        "Иванов Иван", "Ivanov Ivan"}
    for p in listed:  # the reasons say which parts matched, never the names
        assert all(not isinstance(v, str) or v in ("same", "unknown", "different")
                   for v in p["reasons"].values())
    assert scan(store) == 0  # proposed once


def test_a_different_known_birth_year_or_gender_rules_a_pair_out(store: Store) -> None:
    with store.write() as w:
        w.create("people", name="Иванов Иван", birth_date="1980")
        w.create("people", name="Ivanov Ivan", birth_date="1991~")
        w.create("people", name="Ахметова Дана", gender="gender.female")
        w.create("people", name="Akhmetova Dana", gender="gender.male")
    assert scan(store) == 0


def test_places_with_a_designation_written_differently_are_proposed(store: Store) -> None:
    with store.write() as w:
        a = w.create("facilities", designation="АК-159/6", name="Исправительная колония",
                     region="region.pavlodar")
        b = w.create("facilities", designation="AK 159/6", name="Penal colony",
                     region="region.pavlodar")
        c = w.create("facilities", designation="ак 159 / 6", name="колония")  # region unknown
        w.create("facilities", designation="АК-159/7", name="Исправительная колония",
                 region="region.pavlodar")
        # the same number in another region: another place, unless the region is unknown
        d = w.create("facilities", designation="АК-159/6", name="Исправительная колония",
                     region="region.kostanay")
    assert scan(store) == 4
    assert pairs(store) == {frozenset(p) for p in ((a, b), (a, c), (b, c), (c, d))}


def _link_loser_everywhere(w: records.Writer, ids: dict[str, str], loser: str) -> dict:
    """Point one record of every link field to people at ``loser``; where the survivor is
    already there in the same natural key (the victim in the case, the defendant in the
    proceeding) the loser's row becomes redundant."""
    made = {
        "cases": w.create("cases", reference="KZ-2025-0099", title="Second case",
                          primary_victim_id=loser),
        "case_people": w.create("case_people", case_id=ids["cases"], person_id=loser,
                                role="person_role.victim", notes="from the second monitor"),
        "visit_team": w.create("visit_team", visit_id=ids["visits"], person_id=loser),
        "interviews": w.create("interviews", visit_id=ids["visits"], person_id=loser),
        "allegation_people": w.create("allegation_people", allegation_id=ids["allegations"],
                                      person_id=loser, role="victim"),
        "complaints": w.create("complaints", case_id=ids["cases"], complainant_id=loser),
        "reprisals": w.create("reprisals", target_id=loser, aimed_at_id=loser),
        "custody_records": w.create("custody_records", case_id=ids["cases"], person_id=loser),
        "proceeding_defendants": w.create("proceeding_defendants",
                                          proceeding_id=ids["proceedings"], person_id=loser),
    }
    return made


def _live_links(s, kind: str, target: str) -> set[tuple[str, str]]:  # noqa: ANN001
    found = set()
    for k, f in duplicates._links_to(kind):
        col = getattr(k.model, f.name)
        for rid in s.scalars(select(k.model.id).where(col == target,
                                                      k.model.deleted.is_(False))):
            found.add((k.name, f.name))
            assert rid
    return found


def test_accepting_merges_re_points_every_link_and_keeps_both_histories(store: Store) -> None:
    ids = build_everything(store)
    survivor = ids["people"]  # "Нұрлан Әбілқасымов", 1988, created first
    with store.write() as w:
        loser = w.create("people", name="Abilkasymov Nurlan", birth_date="1988",
                         contact="via the lawyer", gender="gender.male",
                         other_categories=["person_category.witness"])
        made = _link_loser_everywhere(w, ids, loser)
    with store.read() as s:
        every = {(k.name, f.name) for k, f in duplicates._links_to("people")}
        assert _live_links(s, "people", loser) == every  # the test covers every link field
        loser_history = [e.change_id for e in history.entries(s, "people", loser)]
    assert scan(store) == 1
    with store.read() as s:
        (pair,) = duplicates.list_pairs(s)
    with store.write() as w:
        assert duplicates.accept(w, pair["id"]) == survivor
    with store.read() as s:
        assert _live_links(s, "people", loser) == set()
        assert _live_links(s, "people", survivor) == every
        kept = records.get(s, "people", survivor)
        assert kept["contact"] == "via the lawyer" and kept["gender"] == "gender.male"
        assert kept["name"] == "Нұрлан Әбілқасымов"
        assert "Abilkasymov Nurlan" in kept["aliases"].splitlines()
        assert kept["other_categories"] == ["person_category.witness"]
        # the same person twice in one role: the loser's row went, its notes stayed
        assert records.get(s, "case_people", made["case_people"],
                           include_deleted=True)["deleted"] is True
        assert records.get(s, "case_people", ids["case_people"])["notes"] == \
            "from the second monitor"
        assert records.get(s, "proceeding_defendants", made["proceeding_defendants"],
                           include_deleted=True)["deleted"] is True
        reprisal = records.get(s, "reprisals", made["reprisals"])
        assert reprisal["target_id"] == reprisal["aimed_at_id"] == survivor
        # both histories: the loser's is all there, ending with the merge
        entries = history.entries(s, "people", loser)
        assert [e.change_id for e in entries][:len(loser_history)] == loser_history
        last = entries[-1]
        assert last.action == "merge"
        assert last.changes["merged_into"] == [None, survivor, None]
        assert last.changes["deleted"][:2] == [False, True]
        assert history.rebuild(s, "people", loser) == {
            "deleted": True, **{n: v for n, v in records.get(
                s, "people", loser, include_deleted=True).items()
                if n in schema.kind("people").fields}}
        assert any(e.action == "create" for e in history.entries(s, "people", survivor))
        assert duplicates.canonical(s, loser) == survivor
        assert duplicates.canonical(s, survivor) == survivor
        assert duplicates.list_pairs(s, status="merged")[0]["survivor"] == survivor
    assert scan(store) == 0
    with store.write() as w, pytest.raises(duplicates.PairNotFound):
        duplicates.accept(w, pair["id"])  # decided already


def test_accepting_places_re_points_visits_cases_and_custody(store: Store) -> None:
    ids = build_everything(store)  # ЛА-155/14
    with store.write() as w:
        twin = w.create("facilities", designation="LA 155/14", name="Penal colony",
                        address="Pavlodar region")
        visit = w.create("visits", facility_id=twin, started_on="2025-02-01")
        custody = w.create("custody_records", case_id=ids["cases"], person_id=ids["people"],
                           facility_id=twin)
    assert scan(store) == 1
    with store.read() as s:
        (pair,) = duplicates.list_pairs(s)
        assert pair["reasons"]["designation"] == "same"
    with store.write() as w:
        assert duplicates.accept(w, pair["id"]) == ids["facilities"]
    with store.read() as s:
        assert records.get(s, "visits", visit)["facility_id"] == ids["facilities"]
        assert records.get(s, "custody_records", custody)["facility_id"] == ids["facilities"]
        assert records.get(s, "facilities", ids["facilities"])["address"] == "Pavlodar region"
        assert _live_links(s, "facilities", twin) == set()


def test_a_rejected_pair_is_remembered_and_never_proposed_again(store: Store) -> None:
    with store.write() as w:
        a = w.create("people", name="Кайрат Сериков")
        b = w.create("people", name="Kairat Serikov")
    assert scan(store) == 1
    with store.read() as s:
        (pair,) = duplicates.list_pairs(s)
    with store.write() as w:
        duplicates.reject(w, pair["id"])
    assert pairs(store) == set() and pairs(store, "rejected") == {frozenset((a, b))}
    assert scan(store) == 0
    with store.write() as w:  # a file brings changes to both: still not proposed
        w.update("people", a, notes="seen again")
        assert duplicates.after_merge(w, {("people", a), ("people", b)}) == 0
    with store.write() as w, pytest.raises(duplicates.PairNotFound):
        duplicates.reject(w, pair["id"])


def test_after_merge_proposes_between_what_arrived_and_the_store(store: Store) -> None:
    with store.write() as w:
        old = w.create("people", name="Жақсыбеков Ерлан", birth_date="1975")
        w.create("people", name="Smith Dana")
    with store.write() as w:
        new = w.create("people", name="Zhaksybekov Yerlan", birth_date="1975")
        other = w.create("people", name="Temirbekova Saltanat")
        assert duplicates.after_merge(w, {("people", new), ("people", other),
                                          ("cases", "x")}) == 1
    assert pairs(store) == {frozenset((old, new))}


def _copy(store: Store, tmp_path: Path, name: str) -> Store:
    """A second store holding what the first holds now (as if it had merged its files)."""
    store.engine.dispose()
    target = tmp_path / name
    shutil.copyfile(store.path, target)
    return open_store(target, PASSPHRASE)


def _apply_rows(w: records.Writer, rows: list[HistoryEntry]) -> set[tuple[str, str]]:
    """What a merge does with changes it has not seen, reduced to this test's needs: keep
    the history rows and set the fields they change (the merge's own tests cover more)."""
    s = w.session
    touched = set()
    for row in rows:
        k = schema.kind(row.record_kind)
        s.add(HistoryEntry(**{c: getattr(row, c) for c in (
            "change_id", "txn", "hlc", "at", "actor", "device", "record_kind", "record_id",
            "action", "revision", "changes", "source")}))
        obj = s.get(k.model, row.record_id)
        assert obj is not None  # this test's files change records both stores have
        for name, change in row.changes.items():
            if name in history.NOT_FIELDS or (name in k.fields and k.fields[name].many):
                continue
            setattr(obj, name, change[1])
        touched.add((row.record_kind, row.record_id))
    s.flush()
    return touched


def test_an_accepted_merge_is_followed_by_a_store_that_receives_it(
        store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    with store.write() as w:
        loser = w.create("people", name="Abilkasymov Nurlan", birth_date="1988")
    other = _copy(store, tmp_path, "other.db")
    try:
        with store.read() as s:
            before = set(s.scalars(select(HistoryEntry.change_id)))
        assert scan(store) == 1
        with store.read() as s:
            (pair,) = duplicates.list_pairs(s)
        with store.write() as w:
            survivor = duplicates.accept(w, pair["id"])
        with store.read() as s:
            rows = [r for r in s.scalars(select(HistoryEntry).order_by(HistoryEntry.hlc))
                    if r.change_id not in before]
            s.expunge_all()
        # meanwhile the second store linked the loser to a visit and a case of its own
        with other.write() as w:
            interview = w.create("interviews", visit_id=ids["visits"], person_id=loser)
            victim = w.create("case_people", case_id=ids["cases"], person_id=loser,
                              role="person_role.witness")
        with other.write() as w:
            touched = _apply_rows(w, rows)
            assert ("people", loser) in touched
            assert duplicates.after_merge(w, touched) == 0  # the two are one: no pair
        with other.read() as s:
            assert s.get(RecordAlias, loser).new_id == survivor
            assert duplicates.canonical(s, loser) == survivor
            assert records.get(s, "interviews", interview)["person_id"] == survivor
            assert records.get(s, "case_people", victim)["person_id"] == survivor
            assert records.get(s, "people", loser, include_deleted=True)["deleted"] is True
            assert _live_links(s, "people", loser) == set()
        # a link to the loser arriving later still follows
        with other.write() as w:
            late = w.create("visit_team", visit_id=ids["visits"], person_id=survivor)
            w.session.get(schema.model("visit_team"), late).person_id = loser  # as if merged in
            w.session.flush()
            duplicates.after_merge(w, {("visit_team", late)})
        with other.read() as s:
            assert records.get(s, "visit_team", late)["person_id"] == survivor
            assert s.scalars(select(DuplicatePair)).all() == []
    finally:
        other.close()


def test_duplicate_command_merges_rejects_and_refuses_an_unknown_pair(
        store: Store, console_script: Path) -> None:
    with store.write() as w:
        w.create("people", name="Кайрат Сериков")
        w.create("people", name="Kairat Serikov")
        w.create("people", name="Иванов Иван")
        w.create("people", name="Ivanov Ivan")
    path = str(store.path)
    store.close()

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main([*argv, "--store", path, "--passphrase-stdin"],
                    stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    code, out, _ = run("duplicates", "scan", "--json")
    assert code == 0 and '"proposed": 2' in out
    reopened = open_store(path, PASSPHRASE)
    with reopened.read() as s:
        first, second = (p["id"] for p in duplicates.list_pairs(s))
    reopened.close()
    assert run("duplicate", str(first), "--merge")[0] == 0
    assert run("duplicate", str(second), "--reject")[0] == 0
    done = script(console_script, "duplicate", "--store", path, "--passphrase-stdin", "999",
                  "--merge", stdin=PASSPHRASE + "\n")
    assert done.returncode == 4 and one_line_error(done), done
    done = script(console_script, "duplicate", "--store", path, "--passphrase-stdin",
                  str(first), "--reject", stdin=PASSPHRASE + "\n")
    assert done.returncode == 4 and one_line_error(done), done
    reopened = open_store(path, PASSPHRASE)
    with reopened.read() as s:
        assert len(duplicates.list_pairs(s, status="merged")) == 1
        assert len(duplicates.list_pairs(s, status="rejected")) == 1
    reopened.close()


def test_the_cache_of_block_keys_follows_renames_and_deletions(store: Store) -> None:
    with store.write() as w:
        a = w.create("people", name="Смит Дана")
        b = w.create("people", name="Кайрат Сериков")
        c = w.create("people", name="Temirbekova Saltanat")
    assert scan(store) == 0  # the cache is made
    with store.write() as w:
        w.update("people", a, name="Serikov Kairat")  # now it is someone else's name
        assert duplicates.propose(w, touched={("people", c)}) == 0
        # b is found to be a's twin only through a's new keys in the cache
        assert duplicates.propose(w, touched={("people", b)}) == 1
    assert pairs(store) == {frozenset((a, b))}
    with store.write() as w:
        w.delete("people", b)
        d = w.create("people", name="Kairat Serikov")
        assert duplicates.propose(w, touched={("people", d)}) == 1
    assert pairs(store) - {frozenset((a, b))} == {frozenset((a, d))}


def test_duplicates_across_stores_are_proposed_merged_and_the_merge_travels(
        trio: dict[str, Store], tmp_path: Path) -> None:
    """M and X each enter the same detainee; the coordinator C is offered the pair on merging
    their files, accepts it, and sends the result back: X, which meanwhile linked its own
    record to one more visit, ends with the single record and every link re-pointed."""
    m, c, x = trio["M"], trio["C"], trio["X"]
    ids = build_everything(m)
    send(m, x, "X", tmp_path)  # X knows M's case file
    with x.write() as w:
        twin = w.create("people", name="Abilkasymov Nurlan", birth_date="1988",
                        contact="through the lawyer")
        w.create("allegation_people", allegation_id=ids["allegations"], person_id=twin,
                 role="victim")
    send(m, c, "C", tmp_path)
    report = send(x, c, "C", tmp_path)
    assert report.duplicates == 1
    with c.read() as s:
        (pair,) = duplicates.list_pairs(s)
    assert {pair["a"], pair["b"]} == {ids["people"], twin}
    with c.write() as w:
        assert duplicates.accept(w, pair["id"]) == ids["people"]  # M's is the older
    with x.write() as w:  # before the coordinator's file comes back
        late = w.create("interviews", visit_id=ids["visits"], person_id=twin)
    send(c, x, "X", tmp_path)
    send(c, m, "M", tmp_path)
    send(x, c, "C", tmp_path)
    send(c, m, "M", tmp_path)
    for store in (m, c, x):
        with store.read() as s:
            assert records.get(s, "people", twin, include_deleted=True)["deleted"] is True
            kept = records.get(s, "people", ids["people"])
            assert kept["contact"] == "through the lawyer"
            assert "Abilkasymov Nurlan" in kept["aliases"].splitlines()
            assert _live_links(s, "people", twin) == set()
            assert records.get(s, "interviews", late)["person_id"] == ids["people"]
            assert duplicates.list_pairs(s) == []
    with x.read() as s:
        assert duplicates.canonical(s, twin) == ids["people"]
        assert history.entries(s, "people", twin)[-1].action == "merge"
    for store in (m, x):  # the decision is C's own: pairs never travel, the merge does
        with store.read() as s:
            assert s.scalars(select(DuplicatePair)).all() == []
    with x.write() as w:  # live again (an undo): still merged, never proposed as a pair
        w.restore("people", twin)
    assert scan(x) == 0
