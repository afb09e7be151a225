"""Migration 0006_status: every existing case gets its current status as the first entry of
its status history, dated as far as the store knows it, with a create entry in history."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select, text

from db import migrate
from db.models import Case, CaseStatusChange
from monitor_app import operations, records
from monitor_app.store import create_store, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0003.db"
PASSPHRASE = "correct horse 7"
IDS = dict(line.split() for line in (FIXTURES / "store-0003.ids").read_text().splitlines())


def _rebuilt(s: object, kind: str, rid: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for h in records.history(s, kind, rid):
        out.update({k: v[1] for k, v in h["changes"].items()})
    return out


def test_the_0003_fixture_gets_one_status_entry_per_case(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_store(path, PASSPHRASE) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            case = s.get(Case, IDS["cases"])
            assert case.status == "case_status.open"  # the case itself is as it was
            (row,) = s.scalars(select(CaseStatusChange).where(
                CaseStatusChange.case_id == IDS["cases"])).all()
            # an open case's status is dated by its opening
            assert (row.status, row.changed_on) == ("case_status.open", "2025-01-10")
            history = records.history(s, "case_status_changes", row.id)
            assert [h["action"] for h in history] == ["create"]
            assert history[0]["source"] == "migration 0006_status"
            assert row.version == history[0]["change_id"]
            assert _rebuilt(s, "case_status_changes", row.id) == {
                "case_id": IDS["cases"], "status": "case_status.open",
                "changed_on": "2025-01-10", "reason": "", "notes": ""}
            # the case's own history is untouched
            assert records.history(s, "cases", IDS["cases"])[0]["action"] == "create"
        # later changes are stamped after the migration's entry
        with store.write() as w:
            operations.cases.save_case(w, IDS["cases"], {"status": "case_status.closed"},
                                       status_changed_on="2025-06-01")
        with store.read() as s:
            rows = s.scalars(select(CaseStatusChange).where(
                CaseStatusChange.case_id == IDS["cases"])
                .order_by(CaseStatusChange.created_at)).all()
            assert [r.status for r in rows] == ["case_status.open", "case_status.closed"]
            stamps = [records.history(s, "case_status_changes", r.id)[0]["hlc"] for r in rows]
            assert stamps == sorted(stamps)


def test_closed_and_other_statuses_are_dated_only_as_far_as_known(
        tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "at-0005.db"
    old = create_store(path, passphrase, revision="0005_visit_unknowns")
    cases = {  # id: status, opened_on, closed_on
        "c-closed": ("case_status.closed", "2012-01-05", "2014-03-12"),
        "c-closed-undated": ("case_status.closed", "2012-01-05", None),
        "c-court": ("case_status.in_court", "2012-01-05", None),
        "c-open-undated": ("case_status.open", None, None),
        "c-none": (None, "2012-01-05", None),
    }
    with old.engine.begin() as conn:
        for code, closed in (("case_status.closed", "true"), ("case_status.in_court", "false"),
                             ("case_status.open", "false")):
            conn.execute(text(
                "INSERT OR IGNORE INTO vocab_terms (id, code, vocabulary, label_en, label_ru,"
                " label_kk, sort_order, builtin, retired, attrs, created_at, updated_at,"
                " created_by, origin, revision, version, deleted) VALUES (:c, :c,"
                " 'case_status', :c, :c, :c, 0, 1, 0, :a, '2020-01-01 00:00:00',"
                " '2020-01-01 00:00:00', '', '', 1, 'v', 0)"),
                {"c": code, "a": f'{{"closed": {closed}}}'})
        for i, (cid, (status, opened, closed)) in enumerate(cases.items()):
            conn.execute(text(
                "INSERT INTO cases (id, reference, title, status, summary, opened_on, closed_on,"
                " notes, created_at, updated_at, created_by, origin, revision, version,"
                " deleted) VALUES (:i, :r, 'T', :s, '', :o, :c, '', '2020-01-01 00:00:00',"
                " '2020-01-01 00:00:00', '', '', 1, 'v', 0)"),
                {"i": cid, "r": f"R-{i}", "s": status, "o": opened, "c": closed})
    old.close()
    with open_store(path, passphrase) as store, store.read() as s:
        got = {r.case_id: (r.status, r.changed_on) for r in s.scalars(select(CaseStatusChange))}
        assert got == {
            "c-closed": ("case_status.closed", "2014-03-12"),
            "c-closed-undated": ("case_status.closed", None),
            # nothing says when the case went to court: unknown, not its opening
            "c-court": ("case_status.in_court", None),
            "c-open-undated": ("case_status.open", None),
        }
        for rid in s.scalars(select(CaseStatusChange.id)):
            assert records.history(s, "case_status_changes", rid)[0]["action"] == "create"
