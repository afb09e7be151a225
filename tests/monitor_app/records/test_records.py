"""Every kind of record is created, linked, updated, soft-deleted and listed through the
services, and every change leaves a history entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.models import HistoryEntry
from db.models import VocabTerm as VocabTermModel
from monitor_app import records
from monitor_app.queries import inspect_records
from monitor_app.records import RecordNotFound, ValidationError
from monitor_app.store import Store
from tests.builders import build_everything


def test_every_kind_is_created_and_listed(store: Store) -> None:
    ids = build_everything(store)
    for kind in records.MAIN_KINDS:
        listed = inspect_records.list_records(store, kind)
        assert ids[kind] in [r["id"] for r in listed], kind
        assert all(r["label"] for r in listed), kind
    with store.read() as s:
        for kind, record_id in ids.items():
            if kind in ("official", "monitor"):
                continue
            data = records.get(s, kind, record_id)
            assert data["revision"] == 1 and data["deleted"] is False
            assert data["origin"] == store.identity.device_id


def test_links_are_followed(store: Store) -> None:
    ids = build_everything(store)
    case = inspect_records.show_record(store, "cases", ids["cases"])
    roles = {p["pseudonym"]: p["role_code"] for p in case["people"]}
    assert roles == {"Complainant A-014": "person_role.victim",
                     "Officer 1": "person_role.alleged_perpetrator"}
    linked = case["linked"]
    for kind in ("allegations", "complaints", "reprisals", "evidence", "case_people"):
        assert linked[kind], kind
    visit = inspect_records.show_record(store, "visits", ids["visits"])
    for kind in ("obstructions", "findings", "recommendations", "interviews", "visit_team"):
        assert visit["linked"][kind], kind
    with store.read() as s:
        allegation = records.get(s, "allegations", ids["allegations"])
    assert allegation["methods"] == ["method.beating", "method.stripping"]
    assert allegation["date_from"] == "2024-12"


def test_update_bumps_revision_and_records_old_and_new(store: Store) -> None:
    ids = build_everything(store)
    with store.write() as w:
        assert w.update("cases", ids["cases"], title="Beating after transfer to SIZO",
                        status="case_status.in_court")
        assert not w.update("cases", ids["cases"], title="Beating after transfer to SIZO")
        w.update("allegations", ids["allegations"], methods=["method.beating"])
    assert w.change.updated == {("cases", ids["cases"]), ("allegations", ids["allegations"])}
    with store.read() as s:
        case = records.get(s, "cases", ids["cases"])
        assert case["revision"] == 2
        hist = records.history(s, "cases", ids["cases"])
        assert [h["action"] for h in hist] == ["create", "update"]
        created = hist[0]["change_id"]
        # each field: old, new, and the change the old value came from
        assert hist[-1]["changes"]["title"] == ["Beating after transfer",
                                                "Beating after transfer to SIZO", created]
        assert hist[-1]["changes"]["status"] == ["case_status.open", "case_status.in_court",
                                                 created]
        assert hist[-1]["actor"] == store.identity.actor
        assert case["version"] == hist[-1]["change_id"] != created
        assert hist[0]["hlc"] < hist[-1]["hlc"]
        ahist = records.history(s, "allegations", ids["allegations"])
        assert ahist[-1]["changes"]["methods"] == [["method.beating", "method.stripping"],
                                                   ["method.beating"], ahist[0]["change_id"]]


def test_soft_delete_hides_keeps_and_restores(store: Store) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.delete("reprisals", ids["reprisals"])
    assert ids["reprisals"] not in [r["id"] for r in inspect_records.list_records(
        store, "reprisals")]
    with store.read() as s:
        with pytest.raises(RecordNotFound):
            records.get(s, "reprisals", ids["reprisals"])
        kept = records.get(s, "reprisals", ids["reprisals"], include_deleted=True)
        assert kept["deleted"] is True and kept["revision"] == 2 and kept["deleted_at"]
        # a deleted record is not found by search either
        assert s.execute(text("SELECT count(*) FROM search_docs WHERE record_id = :i"),
                         {"i": ids["reprisals"]}).scalar() == 0
    with store.write() as w:
        w.restore("reprisals", ids["reprisals"])
    assert ids["reprisals"] in [r["id"] for r in inspect_records.list_records(
        store, "reprisals")]
    with store.read() as s:
        actions = [h["action"] for h in records.history(s, "reprisals", ids["reprisals"])]
        assert actions == ["create", "delete", "restore"]


def test_every_write_has_history(store: Store) -> None:
    build_everything(store)
    with store.read() as s:
        created = 0
        for kind, model in records.MODELS.items():
            if kind == "vocab_terms":
                continue
            created += s.scalar(select(func.count()).select_from(model))
        entries = s.scalar(select(func.count()).select_from(HistoryEntry).where(
            HistoryEntry.action == "create"))
    assert entries == created


def test_a_failed_write_leaves_the_store_as_it_was(store: Store) -> None:
    ids = build_everything(store)
    with pytest.raises(ValidationError), store.write() as w:
        w.update("cases", ids["cases"], title="changed in a failing transaction")
        w.create("cases", reference="KZ-2025-0002", title="")  # title is required
    with store.read() as s:
        assert records.get(s, "cases", ids["cases"])["title"] == "Beating after transfer"
        assert len(records.history(s, "cases", ids["cases"])) == 1


@pytest.mark.parametrize(("values", "field"), [
    ({"status": "method.beating"}, "status"),              # a term from another list
    ({"opened_on": "sometime"}, "opened_on"),               # not a date
    ({"primary_victim_id": "no-such-person"}, "primary_victim_id"),
    ({"nonsense": 1}, "nonsense"),
    ({"revision": 9}, "revision"),                          # kept by the app
])
def test_validation_names_the_field(store: Store, values: dict[str, object],
                                    field: str) -> None:
    ids = build_everything(store)
    with pytest.raises(ValidationError) as err, store.write() as w:
        w.update("cases", ids["cases"], **values)
    assert field in err.value.errors


def test_approximate_dates_are_parsed_and_kept_at_their_precision(store: Store) -> None:
    ids = build_everything(store)
    with store.write() as w:
        w.update("allegations", ids["allegations"], date_from="mid-December 2011",
                 date_to="2012")
    with store.read() as s:
        a = records.get(s, "allegations", ids["allegations"])
    assert (a["date_from"], a["date_to"]) == ("2011-12", "2012")


def test_search_finds_names_titles_and_narratives(store: Store) -> None:
    ids = build_everything(store)
    assert [r["id"] for r in inspect_records.list_records(store, "people",
                                                           search_text="нұрлан")] == [
        ids["people"]]
    # a case is found by its victim's name, and follows a rename
    assert ids["cases"] in [r["id"] for r in inspect_records.list_records(
        store, "cases", search_text="Әбілқасымов")]
    with store.write() as w:
        w.update("people", ids["people"], name="Нұрлан Сейітов")
    assert ids["cases"] in [r["id"] for r in inspect_records.list_records(
        store, "cases", search_text="сейітов")]
    assert inspect_records.list_records(store, "cases", search_text="Әбілқасымов") == []


def test_evidence_is_hashed_and_kept_inside(store: Store) -> None:
    import hashlib
    import io

    from PIL import Image

    img = Image.new("RGB", (8, 8), "red")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif)
    raw = buf.getvalue()
    with store.write() as w:
        eid = w.add_evidence(raw, file_name="bruise.jpg", kind="evidence_kind.photo")
    with store.read() as s:
        data = records.get(s, "evidence", eid)
        stored = b"".join(records.evidence_chunks(s, eid))
    assert hashlib.sha256(stored).hexdigest() == data["sha256"]
    assert data["metadata_stripped"] is True
    assert data["original_metadata"]["received_sha256"] == hashlib.sha256(raw).hexdigest()
    assert b"PhoneMaker" in raw and b"PhoneMaker" not in stored


def test_dates_are_stored_as_dates(store: Store) -> None:
    ids = build_everything(store)
    with store.read() as s:
        step = records.get(s, "complaint_steps", ids["complaint_steps"])
    assert step["occurred_on"] == date(2025, 1, 12).isoformat()


def test_search_finds_kazakh_names_typed_on_a_russian_layout(store: Store) -> None:
    ids = build_everything(store)  # the victim is "Нұрлан Әбілқасымов"
    for typed in ("нурлан", "Абилкасымов", "әбілқасым", "НҰРЛАН"):
        found = [r["id"] for r in inspect_records.list_records(store, "people",
                                                               search_text=typed)]
        assert found == [ids["people"]], typed


def test_large_evidence_is_streamed_in_chunks(store: Store, tmp_path: Path) -> None:
    import hashlib
    import os

    from db.models import EvidenceChunk

    big = tmp_path / "interview.mp4"
    payload = os.urandom(3 * records.CHUNK + 123)
    big.write_bytes(payload)
    with store.write() as w:
        eid = w.add_evidence(big, kind="evidence_kind.video")
    with store.read() as s:
        data = records.get(s, "evidence", eid)
        n_chunks = s.scalar(select(func.count()).select_from(EvidenceChunk).where(
            EvidenceChunk.evidence_id == eid))
        stored = b"".join(records.evidence_chunks(s, eid))
    assert n_chunks == 4
    assert stored == payload
    assert data["sha256"] == hashlib.sha256(payload).hexdigest() == \
        data["original_metadata"]["received_sha256"]
    assert data["size"] == len(payload) and data["file_name"] == "interview.mp4"


def test_users_can_extend_a_vocabulary(store: Store) -> None:
    from monitor_app.vocabulary import Vocab, add_term

    ids = build_everything(store)
    with store.write() as w:
        code = add_term(w, "method", en="Forced to stand on one leg",
                        ru="Принуждение стоять на одной ноге")
        again = add_term(w, "method", en="Forced to stand on one leg")
        # the new term is usable at once, in the same transaction
        w.update("allegations", ids["allegations"], methods=["method.beating", code])
    tag = store.identity.tag.lower()  # two stores adding the same term get two codes
    assert code == f"method.user_{tag}_forced_to_stand_on_one_leg" and again != code
    with store.read() as s:
        vocab = Vocab.load(s)
        assert vocab.label(code, "ru") == "Принуждение стоять на одной ноге"
        assert vocab.label(code, "kk") == "Forced to stand on one leg"  # falls back to English
        assert code in [t.code for t in vocab.terms("method")]
        term_id = s.scalar(select(VocabTermModel.id).where(VocabTermModel.code == code))
        assert records.history(s, "vocab_terms", term_id)[0]["action"] == "create"
    # and a store reopened later keeps it (seeding leaves user terms alone)
    from monitor_app.vocabulary import seed

    with store.write() as w:
        seed(w.session)
    with store.read() as s:
        assert Vocab.load(s).get(code) is not None
