"""The JSON interchange: generated from the declarations, byte-identical round trips, case
exports that stand alone, bad files refused whole with the path of the first problem."""

from __future__ import annotations

import base64
import copy
import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import func, or_, select

from db.models import (
    Allegation,
    AllegationPerson,
    CasePerson,
    Complaint,
    ComplaintStep,
    Evidence,
    HistoryEntry,
    MedicalExam,
    Reprisal,
    ReprisalResponse,
)
from monitor_app import cli, demo, records, schema, vocabulary
from monitor_app.interchange import jsonfile, schema_json
from monitor_app.store import Store, create_store
from tests.builders import build_everything
from tests.conftest import CHEAP_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def new_store(path: Path) -> Store:
    return create_store(path, PASSPHRASE, kdf=CHEAP_KDF)


def live_counts(store: Store) -> dict[str, int]:
    """Live records per kind, as the store holds them (user vocabulary and rules only)."""
    with store.read() as s:
        out = {}
        for name, k in schema.KINDS.items():
            stmt = select(func.count()).select_from(k.model).where(k.model.deleted.is_(False))
            if name in ("vocab_terms", "deadline_rules"):  # built-in ones are in every store
                stmt = stmt.where(k.model.builtin.is_(False))
            out[name] = s.scalar(stmt)
        return out


def export_text(store: Store, **kw: Any) -> str:
    return jsonfile.dumps(jsonfile.export_document(store, **kw))


def with_user_term(store: Store, ids: dict[str, str]) -> str:
    """A vocabulary term a user added, used by a record: it must travel."""
    with store.write() as w:
        code = vocabulary.add_term(w, "region", en="Ulytau (user)")
        w.update("cases", ids["cases"], region=code)
    return code


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A closed store with 15 demo cases, a user term and a user's deadline rule, and its
    export's text."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = new_store(path)
    demo.generate(store, cases=15, seed=3)
    with store.read() as s:
        case_id = s.scalars(select(schema.kind("cases").model.id)).first()
    with_user_term(store, {"cases": case_id})
    with store.write() as w:  # a user's own deadline rule travels; built-in ones do not
        w.create("deadline_rules", stage="complaint_stage.hearing", body="complaint_body.court",
                 days=10, legal_source="The court's order (a user's rule)")
    text = export_text(store)
    store.close()
    yield path, text


# -- round trips -------------------------------------------------------------------------

def test_round_trip_is_byte_identical(demo_file: tuple[Path, str], tmp_path: Path) -> None:
    path, text = demo_file
    source = tmp_path / "a.json"
    code, _, err = run("export-json", "--store", str(path), "--out", str(source),
                       "--passphrase-stdin")
    assert code == 0, err
    assert source.read_text(encoding="utf-8") == text
    target = new_store(tmp_path / "b.db")
    target.close()
    code, out, err = run("import-json", str(source), "--store", str(tmp_path / "b.db"),
                         "--passphrase-stdin")
    assert (code, err) == (0, ""), err
    assert "unchanged" in out
    again = tmp_path / "b.json"
    code, _, err = run("export-json", "--store", str(tmp_path / "b.db"), "--out", str(again),
                       "--passphrase-stdin")
    assert code == 0, err
    assert again.read_bytes() == source.read_bytes()
    # every kind arrived, with as many live records as the source holds
    with new_store(tmp_path / "c.db") as empty:
        assert set(live_counts(empty).values()) == {0}
    src, dst = new_store_open(path), new_store_open(tmp_path / "b.db")
    try:
        a, b = live_counts(src), live_counts(dst)
        assert a == b
        assert all(a.values()), {k: v for k, v in a.items() if not v}  # no kind left untested
    finally:
        src.close()
        dst.close()


def new_store_open(path: Path) -> Store:
    from monitor_app.store import open_store

    return open_store(path, PASSPHRASE)


def test_import_twice_changes_nothing(demo_file: tuple[Path, str], tmp_path: Path) -> None:
    doc = json.loads(demo_file[1])
    store = new_store(tmp_path / "b.db")
    first = jsonfile.import_document(store, doc)
    assert first.created == sum(len(v) for v in doc["records"].values())
    with store.read() as s:
        rows = s.scalar(select(func.count()).select_from(HistoryEntry))
    second = jsonfile.import_document(store, doc)
    assert not second.changed and second.unchanged == first.created
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(HistoryEntry)) == rows
    store.close()


def test_records_carry_every_declared_field_and_nothing_local(store: Store) -> None:
    ids = build_everything(store)
    code = with_user_term(store, ids)
    doc = jsonfile.export_document(store)
    assert list(doc) == ["format", "version", "records"]
    assert (doc["format"], doc["version"]) == ("monitor-interchange", 1)
    assert list(doc["records"]) == list(schema.KINDS)
    for name, k in schema.KINDS.items():
        items = doc["records"][name]
        assert items, name
        for rec in items:
            assert set(rec) == {"id", *k.fields}, name
    by_id = {r["id"]: r for items in doc["records"].values() for r in items}
    allegation = by_id[ids["allegations"]]
    assert allegation["date_from"] == "2024-12"        # approximate: reduced precision
    assert allegation["date_to"] is None               # unknown
    assert allegation["methods"] == ["method.beating", "method.stripping"]
    assert (by_id[ids["visits"]]["started_on"], by_id[ids["visits"]]["started_time"]) == (
        "2025-01-05", "10:00")
    assert by_id[ids["cases"]]["opened_on"] == "2025-01-10"
    assert by_id[ids["cases"]]["region"] == code
    assert by_id[ids["cases"]]["primary_victim_id"] == ids["people"]
    assert by_id[ids["people"]]["birth_date"] == "1988"
    # only the user's term travels: built-in vocabulary is in every store
    assert [t["code"] for t in doc["records"]["vocab_terms"]] == [code]
    for items in doc["records"].values():
        assert [r["id"] for r in items] == sorted(r["id"] for r in items)
    # the file validates against the committed schema
    committed = json.loads((ROOT / "docs/schema/monitor-interchange-v1.json").read_text())
    jsonschema.validate(doc, committed)


def test_links_to_deleted_records_do_not_travel(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.delete("visits", ids["visits"])       # the allegation keeps an optional link to it
        w.delete("complaints", ids["complaints"])  # its step cannot exist without it
    doc = jsonfile.export_document(store)
    by_id = {r["id"]: r for items in doc["records"].values() for r in items}
    assert by_id[ids["allegations"]]["visit_id"] is None
    assert ids["visits"] not in by_id and ids["complaint_steps"] not in by_id
    other = new_store(tmp_path / "b.db")
    jsonfile.import_document(other, doc)  # and the file imports
    assert jsonfile.dumps(jsonfile.export_document(other)) == jsonfile.dumps(doc)
    other.close()


def test_a_known_record_is_updated_or_restored_with_history(store: Store,
                                                          tmp_path: Path) -> None:
    ids = build_everything(store)
    doc = jsonfile.export_document(store)
    other = new_store(tmp_path / "b.db")
    jsonfile.import_document(other, doc)
    with other.write() as w:
        w.delete("reprisals", ids["reprisals"])
    edited = copy.deepcopy(doc)
    case = next(c for c in edited["records"]["cases"] if c["id"] == ids["cases"])
    case["title"] = "Beating after transfer (corrected)"
    summary = jsonfile.import_document(other, edited)
    assert (summary.created, summary.updated, summary.restored) == (0, 1, 1)
    with other.read() as s:
        assert records.get(s, "cases", ids["cases"])["title"].endswith("(corrected)")
        assert records.get(s, "reprisals", ids["reprisals"])["deleted"] is False
        last = records.history(s, "cases", ids["cases"])[-1]
        assert (last["action"], last["source"]) == ("update", "import-json")
        assert last["changes"]["title"][:2] == ["Beating after transfer",
                                                "Beating after transfer (corrected)"]
        assert records.history(s, "reprisals", ids["reprisals"])[-1]["action"] == "restore"
    other.close()


def test_history_travels_and_is_kept_once(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.update("cases", ids["cases"], title="Renamed once")
    doc = jsonfile.export_document(store, with_history=True)
    with store.read() as s:
        rules = schema.kind("deadline_rules").model
        builtin_rules = set(s.scalars(select(rules.id).where(rules.builtin.is_(True))))
        # built-in deadline rules are seeded in every store (same ids): they stay home
        mine = {h.change_id for h in s.scalars(select(HistoryEntry))
                if h.record_kind in schema.KINDS and h.record_id not in builtin_rules}
        vocab_ids = set(s.scalars(select(schema.kind("vocab_terms").model.id)))
    exported = {h["change_id"] for h in doc["history"]}
    records_ids = {r["id"] for items in doc["records"].values() for r in items}
    assert {h["record_id"] for h in doc["history"]} <= records_ids
    assert exported == mine and exported  # every change of every exported record
    assert not {h["record_id"] for h in doc["history"]} & vocab_ids  # built-in terms stay
    target = tmp_path / "h.json"
    target.write_text(jsonfile.dumps(doc), encoding="utf-8")
    other = new_store(tmp_path / "b.db")
    other.close()
    code, out, err = run("import-json", str(target), "--store", str(tmp_path / "b.db"),
                         "--passphrase-stdin")
    assert code == 0, err
    other = new_store_open(tmp_path / "b.db")
    again = jsonfile.export_document(other, with_history=True)
    rows = {h["change_id"]: h for h in again["history"]}
    for h in doc["history"]:
        assert rows[h["change_id"]] == h  # kept exactly, as provenance
    # the import's own changes come after what it brought
    mine_rows = [h for h in again["history"] if h["source"] == "import-json"]
    assert len(mine_rows) == len(records_ids)
    assert min(h["hlc"] for h in mine_rows) > max(h["hlc"] for h in doc["history"])
    # a second import adds nothing
    assert not jsonfile.import_document(other, doc).changed
    other.close()


def test_files_travel_with_with_files(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    plain = jsonfile.export_document(store)
    assert "content" not in plain["records"]["evidence"][0]  # metadata only by default
    doc = jsonfile.export_document(store, with_files=True)
    [ev] = doc["records"]["evidence"]
    assert base64.b64decode(ev["content"]) == b"%PDF-1.4 scan"
    other = new_store(tmp_path / "b.db")
    assert jsonfile.import_document(other, doc).files == 1
    with other.read() as s:
        assert b"".join(records.evidence_chunks(s, ids["evidence"])) == b"%PDF-1.4 scan"
    assert jsonfile.dumps(jsonfile.export_document(other, with_files=True)) == \
        jsonfile.dumps(doc)
    # a store that got the metadata only has no bytes to pass on, and says so by omission
    meta_only = new_store(tmp_path / "m.db")
    jsonfile.import_document(meta_only, plain)
    onward = jsonfile.export_document(meta_only, with_files=True)
    assert "content" not in onward["records"]["evidence"][0]
    assert jsonfile.import_document(other, onward).files == 0
    meta_only.close()
    # bytes that do not match the record's hash are refused
    bad = copy.deepcopy(doc)
    bad["records"]["evidence"][0]["content"] = base64.b64encode(b"forged").decode()
    third = new_store(tmp_path / "c.db")
    with pytest.raises(jsonfile.InterchangeError) as exc:
        jsonfile.import_document(third, bad)
    assert exc.value.path == "$.records.evidence[0].content"
    assert live_counts(third)["cases"] == 0
    other.close()
    third.close()


# -- one case ----------------------------------------------------------------------------

def expected_members(store: Store, case_id: str) -> dict[str, set[str]]:
    """What belongs to a case, queried directly (not through the exporter's rule)."""
    def ids(s: Any, model: Any, *conds: Any) -> set[str]:
        return set(s.scalars(select(model.id).where(or_(*conds), model.deleted.is_(False))))

    with store.read() as s:
        out = {"cases": {case_id}}
        out["case_people"] = ids(s, CasePerson, CasePerson.case_id == case_id)
        al = out["allegations"] = ids(s, Allegation, Allegation.case_id == case_id)
        out["allegation_people"] = ids(s, AllegationPerson, AllegationPerson.allegation_id.in_(al))
        out["medical_exams"] = ids(s, MedicalExam, MedicalExam.allegation_id.in_(al))
        co = out["complaints"] = ids(s, Complaint, Complaint.case_id == case_id)
        out["complaint_steps"] = ids(s, ComplaintStep, ComplaintStep.complaint_id.in_(co))
        rp = out["reprisals"] = ids(s, Reprisal, Reprisal.case_id == case_id,
                                    Reprisal.allegation_id.in_(al),
                                    Reprisal.complaint_id.in_(co))
        out["reprisal_responses"] = ids(s, ReprisalResponse, ReprisalResponse.reprisal_id.in_(rp))
        out["evidence"] = ids(s, Evidence, Evidence.case_id == case_id,
                              Evidence.allegation_id.in_(al), Evidence.reprisal_id.in_(rp))
    return out


def test_a_case_export_holds_the_case_and_what_it_needs(demo_file: tuple[Path, str],
                                                         tmp_path: Path) -> None:
    path, full_text = demo_file
    full = {r["id"]: r for items in json.loads(full_text)["records"].values() for r in items}
    store = new_store_open(path)
    with store.read() as s:
        case_ids = list(s.scalars(select(schema.kind("cases").model.id)))
    for case_id in case_ids:
        doc = jsonfile.export_document(store, cases=[case_id])
        got = {name: {r["id"] for r in items} for name, items in doc["records"].items()}
        for name, want in expected_members(store, case_id).items():
            assert got[name] == want, (case_id, name)
        # nothing of the visits themselves (teams, findings...) comes along
        for name in ("visit_team", "interviews", "obstructions", "findings",
                     "recommendations", "recommendation_followups"):
            assert not got[name], name
        # every link resolves inside the file, and every standalone record is linked to
        links: set[str] = set()
        for name, items in doc["records"].items():
            for rec in items:
                assert rec == full[rec["id"]]  # the same record as in a full export
                for f in schema.KINDS[name].links.values():
                    if rec[f.name] is not None:
                        assert rec[f.name] in got[f.link or ""], (name, f.name)
                        links.add(rec[f.name])
        for name in ("people", "visits", "facilities"):
            assert got[name] <= links, name
    # two cases in one file import into an empty store
    out = tmp_path / "two.json"
    store.close()
    code, _, err = run("export-json", "--store", str(path), "--out", str(out), "--case",
                       case_ids[0], "--case", case_ids[1], "--passphrase-stdin")
    assert code == 0, err
    new_store(tmp_path / "b.db").close()
    code, _, err = run("import-json", str(out), "--store", str(tmp_path / "b.db"),
                       "--passphrase-stdin")
    assert code == 0, err
    with new_store_open(tmp_path / "b.db") as other:
        assert live_counts(other)["cases"] == 2
        assert jsonfile.dumps(jsonfile.export_document(other)) == out.read_text()


def test_an_unknown_case_is_a_one_line_error(store: Store, store_path: Path,
                                             tmp_path: Path) -> None:
    build_everything(store)
    store.close()
    code, _, err = run("export-json", "--store", str(store_path), "--out",
                       str(tmp_path / "x.json"), "--case", "no-such-case",
                       "--passphrase-stdin")
    assert code == 1 and err == "monitor-app: No case with id no-such-case.\n"
    assert not (tmp_path / "x.json").exists()


# -- bad files ---------------------------------------------------------------------------

def _spoil(doc: dict[str, Any], how: str) -> None:
    recs = doc["records"]
    if how == "object title":
        recs["cases"][0]["title"] = {"not": "a title"}
    elif how == "unknown term":
        recs["allegations"][0]["kind"] = "allegation_kind.no_such_term"
    elif how == "missing link":
        recs["complaints"][0]["case_id"] = "00000000-0000-4000-8000-000000000000"
    elif how == "unknown field":
        recs["people"][1]["shoe_size"] = 44
    elif how == "repeated id":
        recs["people"].append(dict(recs["people"][0]))
    elif how == "bad date":
        recs["complaint_steps"][0]["occurred_on"] = "2025-02-30"
    elif how == "wrong version":
        doc["version"] = 2


BAD = {  # how -> (path in the message, what must not be shown)
    "not json": ("$: is not valid JSON", None),
    "object title": ("$.records.cases[0].title: is not of type 'string'", "a title"),
    "unknown term": ("$.records.allegations[0].kind:", None),
    "missing link": ("$.records.complaints[0].case_id: points to a record", None),
    "unknown field": ("$.records.people[1]: Additional properties are not allowed "
                      "('shoe_size' was unexpected)", None),
    "repeated id": ("$.records.people[3].id: repeats the id of $.records.people[0]", None),
    "bad date": ("$.records.complaint_steps[0].occurred_on:", None),
    "wrong version": ("$.version: must be 1", None),
}


@pytest.mark.parametrize("how", list(BAD))
def test_a_bad_file_is_refused_whole(store: Store, store_path: Path, tmp_path: Path,
                                     how: str) -> None:
    build_everything(store)
    doc = jsonfile.export_document(store)
    before = jsonfile.dumps(jsonfile.export_document(store, with_history=True))
    # a valid change early in the file: it must not be applied either
    doc["records"]["facilities"][0]["name"] = "Renamed by a bad file"
    bad = tmp_path / "bad.json"
    if how == "not json":
        bad.write_text(jsonfile.dumps(doc)[:-40], encoding="utf-8")
    else:
        _spoil(doc, how)
        bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    store.close()
    code, out, err = run("import-json", str(bad), "--store", str(store_path),
                         "--passphrase-stdin")
    assert code == 4, err
    want, secret = BAD[how]
    assert err.startswith(f"monitor-app: {bad}: {want}"), err
    assert err.count("\n") == 1 and "Traceback" not in err and out == ""
    if secret:
        assert secret not in err
    with new_store_open(store_path) as again:
        assert jsonfile.dumps(jsonfile.export_document(again, with_history=True)) == before


def test_a_file_that_is_not_there_is_exit_1(store: Store, store_path: Path,
                                            tmp_path: Path) -> None:
    store.close()
    code, _, err = run("import-json", str(tmp_path / "none.json"), "--store", str(store_path),
                       "--passphrase-stdin")
    assert code == 1 and err.startswith("monitor-app: Cannot read") and err.count("\n") == 1


# -- the command line ------------------------------------------------------------------

def test_export_warns_and_keeps_the_file_private(store: Store, store_path: Path,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    build_everything(store)
    store.close()
    out = tmp_path / "all.json"
    code = cli.main(["export-json", "--store", str(store_path), "--out", str(out),
                     "--passphrase-stdin"], stdin=io.StringIO(PASSPHRASE + "\n"))
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err == (f"monitor-app: warning: {out} is not encrypted; anyone who gets "
                            "it can read every name in it.\n")
    assert captured.out.startswith("Exported ") and str(out) in captured.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("argv", [["export-json", "--store", "x.db"],
                                  ["import-json", "--store", "x.db"],
                                  ["export-json", "--store", "x.db", "--out", "y", "--case"]])
def test_usage_errors_exit_2(argv: list[str]) -> None:
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.startswith(f"monitor-app {argv[0]}: ") and err.count("\n") == 1


# -- the JSON Schema ---------------------------------------------------------------------

def test_the_committed_schema_is_what_the_declarations_give() -> None:
    committed = (ROOT / "docs/schema/monitor-interchange-v1.json").read_text(encoding="utf-8")
    assert committed == schema_json.render(), \
        "run: python -m monitor_app.interchange   (and commit docs/schema)"
    assert schema_json.main(["--check"]) == 0


def test_the_schema_follows_each_field() -> None:
    doc = schema_json.interchange_schema()
    jsonschema.Draft202012Validator.check_schema(doc)
    for name, k in schema.KINDS.items():
        d = doc["$defs"][name]
        assert d["additionalProperties"] is False
        extra = {schema_json.CONTENT_FIELDS[name]} if name in schema_json.CONTENT_FIELDS else set()
        assert set(d["properties"]) == {"id", *k.fields, *extra}
        assert set(d["required"]) == {"id", *(f.name for f in k.fields.values() if f.required)}
        for f in k.fields.values():
            p = d["properties"][f.name]
            types = p.get("type")
            null = schema_json.nullable(k, f)
            if f.choices:
                assert p["enum"] == [*f.choices, *([None] if null else [])]
            elif f.many:
                assert types == "array" and p["items"]["pattern"] == f"^{f.vocab}\\."
            else:
                assert ("null" in types) == null, (name, f.name)
            if f.type == "term":
                assert p["pattern"] == f"^{f.vocab}\\."
            if f.type == "string" and f.max_length and not f.choices:
                assert p["maxLength"] == f.max_length
            if f.type == "link":
                assert p["pattern"] == schema_json.ID_PATTERN
    approx = jsonschema.Draft202012Validator(doc["$defs"]["allegations"]["properties"]["date_from"])
    for good in ("2011", "2011-12", "2011-12-14", None):
        assert approx.is_valid(good), good
    for bad in ("2011-13", "Dec 2011", "2011-12-14T10:00", "", 2011):
        assert not approx.is_valid(bad), bad
