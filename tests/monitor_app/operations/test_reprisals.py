"""Reprisals in chains, aimed at someone else, transferred somewhere, and a counter-charge
that is both a complaint step and a reprisal: the operation, the store, the dossier text
(pypdf) in en, ru and kk, redaction, and the JSON interchange."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import ComplaintStep, HistoryEntry, Reprisal
from monitor_app import operations
from monitor_app.dates import ApproxDate
from monitor_app.documents.dossier import render_dossier
from monitor_app.documents.strings import text as t
from monitor_app.interchange import jsonfile
from monitor_app.queries.casefile import load_case_file
from monitor_app.queries.readmodels import load_case_view
from monitor_app.queries.reprisal_chains import in_chains
from monitor_app.store import Store, create_store
from monitor_app.vocabulary import Vocab
from tests.conftest import PASSPHRASE

TODAY = date(2024, 6, 1)
COUNTER = "complaint_stage.counter_charge"
LANGS = ("en", "ru", "kk")
LABELS = {  # the vocabulary's own words, as the dossier must print them
    "en": {"convicted": "Convicted", "reduced": "Sentence reduced on appeal",
           "prosecution": "Criminal prosecution", "conviction": "Conviction",
           "appeal": "Ruling on appeal", "body": "Prosecutor's office"},
    "ru": {"convicted": "Осуждён", "reduced": "Наказание смягчено вышестоящим судом",
           "prosecution": "Уголовное преследование", "conviction": "Обвинительный приговор",
           "appeal": "Решение суда апелляционной инстанции"},
    "kk": {"convicted": "Сотталды", "reduced": "Жаза жоғары тұрған сотта жеңілдетілді",
           "prosecution": "Қылмыстық қудалау", "conviction": "Айыптау үкімі",
           "appeal": "Апелляциялық сатыдағы соттың шешімі"},
}


def _case(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["sister"] = w.create("people", name="Aigerim Seitkali", pseudonym="Victim A",
                                 code="P-1")
        ids["brother"] = w.create("people", name="Nurlan Seitkali", pseudonym="Relative B",
                                  code="P-2")
        ids["here"] = w.create("facilities", designation="LA-155/14", name="Colony one")
        ids["there"] = w.create("facilities", designation="UK-161/2", name="Colony far away")
        ids["case"] = w.create("cases", reference="KZ-R-1", title="Reprisals",
                               primary_victim_id=ids["sister"], facility_id=ids["here"])
        ids["complaint"] = w.create("complaints", case_id=ids["case"],
                                    complainant_id=ids["sister"],
                                    body="complaint_body.prosecutor",
                                    filed_on=ApproxDate(2018, 1))
    return ids


def counter_charge(store: Store, ids: dict[str, str], when: ApproxDate | None = None
                   ) -> tuple[str, Any]:
    """Enter a counter-charge step through the operation the step editor uses."""
    with store.write() as w:
        out = operations.reprisals.save_complaint_step(w, None, {
            "complaint_id": ids["complaint"], "stage": COUNTER,
            "body": "complaint_body.police", "occurred_on": when or ApproxDate(2018, 3),
            "outcome": "Charged with a knowingly false report"})
    assert out.record_id is not None
    return out.record_id, out


def mirrors(store: Store, step_id: str, *, live: bool = True) -> list[Reprisal]:
    with store.read() as s:
        q = select(Reprisal).where(Reprisal.complaint_step_id == step_id)
        if live:
            q = q.where(Reprisal.deleted.is_(False))
        rows = list(s.scalars(q))
        s.expunge_all()
        return rows


# -- the operation ---------------------------------------------------------------------

def test_a_counter_charge_step_is_also_one_reprisal(store: Store) -> None:
    ids = _case(store)
    step_id, out = counter_charge(store, ids)
    found = mirrors(store, step_id)
    assert len(found) == 1
    r = found[0]
    assert r.kind == "reprisal_kind.criminal_prosecution"
    assert (r.target_id, r.target_role) == (ids["sister"], "person_role.complainant")
    assert (r.complaint_id, r.case_id, r.occurred_on) == (ids["complaint"], ids["case"], "2018-03")
    assert ("reprisals", r.id) in out.created and ("complaint_steps", step_id) in out.created
    assert ids["case"] in out.cases
    with store.read() as s:  # one transaction, one history entry per record
        txns = {h.record_kind: h.txn for h in s.scalars(select(HistoryEntry).where(
            HistoryEntry.record_id.in_([step_id, r.id])))}
    assert set(txns) == {"complaint_steps", "reprisals"}
    assert len(set(txns.values())) == 1


def test_the_chronology_tells_a_counter_charge_once(store: Store) -> None:
    """The step and the reprisal it also is are one event: one line, the step's."""
    ids = _case(store)
    step_id, _ = counter_charge(store, ids)
    (reprisal,) = mirrors(store, step_id)
    with store.read() as s:
        cf = load_case_file(s, ids["case"], "en")
    march = [e for e in cf.chronology if e.when == ApproxDate(2018, 3)]
    assert [(e.kind, e.record_id) for e in march] == [("complaint_step", step_id)]
    assert reprisal.id in {r.id for r in cf.reprisals}  # still in the reprisals section


def test_saving_the_step_again_updates_the_same_reprisal(store: Store) -> None:
    ids = _case(store)
    step_id, _ = counter_charge(store, ids)
    (first,) = mirrors(store, step_id)
    with store.write() as w:  # what the lawyer wrote on the reprisal is kept
        w.update("reprisals", first.id, outcome="reprisal_outcome.convicted",
                 sentence="2 years of restricted freedom")
    for _ in range(2):
        with store.write() as w:
            operations.reprisals.save_complaint_step(w, step_id, {"occurred_on": "2018-04-02"})
    (again,) = mirrors(store, step_id, live=False)
    assert again.id == first.id
    assert again.occurred_on == "2018-04-02"
    assert (again.outcome, again.sentence) == ("reprisal_outcome.convicted",
                                                "2 years of restricted freedom")
    with store.read() as s:
        history = [(h.action, set(h.changes)) for h in s.scalars(select(HistoryEntry).where(
            HistoryEntry.record_id == first.id).order_by(HistoryEntry.hlc))]
    # created, the lawyer's edit, the date following the step once (the second save is a no-op)
    assert [a for a, _ in history] == ["create", "update", "update"]
    assert history[-1][1] == {"occurred_on"}


def test_the_generic_save_keeps_the_rule_too(store: Store) -> None:
    """The command line and other callers save steps through records.save."""
    ids = _case(store)
    with store.write() as w:
        out = operations.records.save(w, "complaint_steps", None, {
            "complaint_id": ids["complaint"], "stage": COUNTER, "occurred_on": "2019"})
    assert len(mirrors(store, out.record_id)) == 1


def test_without_a_complainant_the_victim_is_targeted(store: Store) -> None:
    ids = _case(store)
    with store.write() as w:
        w.update("complaints", ids["complaint"], complainant_id=None)
    step_id, _ = counter_charge(store, ids)
    (r,) = mirrors(store, step_id)
    assert (r.target_id, r.target_role) == (ids["sister"], "person_role.victim")


def test_deleting_or_restaging_the_step_deletes_its_reprisal_and_back(store: Store) -> None:
    ids = _case(store)
    step_id, _ = counter_charge(store, ids)
    (r,) = mirrors(store, step_id)
    with store.write() as w:
        out = operations.records.delete(w, "complaint_steps", step_id)
    assert ("reprisals", r.id) in out.deleted
    assert mirrors(store, step_id) == []
    with store.write() as w:
        operations.records.restore(w, "complaint_steps", step_id)
    assert [x.id for x in mirrors(store, step_id)] == [r.id]
    with store.write() as w:  # no longer a counter-charge: no longer a reprisal
        operations.reprisals.save_complaint_step(w, step_id,
                                                 {"stage": "complaint_stage.appeal"})
    assert mirrors(store, step_id) == []
    with store.write() as w:
        operations.reprisals.save_complaint_step(w, step_id, {"stage": COUNTER})
    assert [x.id for x in mirrors(store, step_id, live=False)] == [r.id]
    assert len(mirrors(store, step_id)) == 1


def test_other_steps_make_no_reprisal(store: Store) -> None:
    ids = _case(store)
    with store.write() as w:
        out = operations.reprisals.save_complaint_step(w, None, {
            "complaint_id": ids["complaint"], "stage": "complaint_stage.appeal"})
    assert not any(k == "reprisals" for k, _ in out.created)
    with store.read() as s:
        assert s.scalars(select(Reprisal)).first() is None


# -- chains, pressure, transfers in the case file and the dossier ------------------------

def build_chains(store: Store) -> dict[str, str]:
    """A counter-charge step (the prosecution), its conviction and the appeal; a brother
    beaten to silence his sister; a transfer far away. Ids are chosen so that the appeal
    sorts before the conviction and the conviction before the prosecution."""
    ids = _case(store)
    step_id, _ = counter_charge(store, ids)
    ids["step"] = step_id
    (prosecution,) = mirrors(store, step_id)
    ids["prosecution"] = prosecution.id
    with store.write() as w:
        ids["conviction"] = w.create(
            "reprisals", id="00000000-0000-4000-8000-000000000002", kind="reprisal_kind.conviction",
            follows_id=prosecution.id, occurred_on="2018-09-14", case_id=ids["case"],
            target_id=ids["sister"], outcome="reprisal_outcome.convicted",
            sentence="2 years of restricted freedom")
        ids["appeal"] = w.create(
            "reprisals", id="00000000-0000-4000-8000-000000000001",
            kind="reprisal_kind.appeal_ruling",
            follows_id=ids["conviction"], occurred_on="2018-12", case_id=ids["case"],
            target_id=ids["sister"], outcome="reprisal_outcome.reduced_on_appeal",
            sentence="1 year of restricted freedom")
        ids["beating"] = w.create(
            "reprisals", kind="reprisal_kind.violence", occurred_on="2018-02-10",
            case_id=ids["case"], target_id=ids["brother"], target_role="person_role.relative",
            aimed_at_id=ids["sister"], description="Beaten at the station")
        ids["transfer"] = w.create(
            "reprisals", kind="reprisal_kind.transfer", occurred_on="[..2018-05]",
            case_id=ids["case"], target_id=ids["sister"],
            destination_facility_id=ids["there"])
    return ids


def test_the_case_file_keeps_chains_and_their_ends(store: Store) -> None:
    ids = build_chains(store)
    with store.read() as s:
        cf = load_case_file(s, ids["case"], "en", today=TODAY)
    by_id = {r.id: r for r in cf.reprisals}
    assert by_id[ids["appeal"]].follows_id == ids["conviction"]
    assert by_id[ids["conviction"]].outcome == "Convicted"
    assert by_id[ids["beating"]].aimed_at_id == ids["sister"]
    assert ids["brother"] in cf.persons and ids["brother"] in cf.people
    assert by_id[ids["transfer"]].destination == "UK-161/2 Colony far away"
    counter = by_id[ids["prosecution"]]
    assert counter.complaint_step_id == ids["step"]
    assert counter.complaint_body == "Prosecutor's office"
    assert counter.complaint_filed_on == ApproxDate(2018, 1)
    order = [(c.reprisal.id, c.depth) for c in in_chains(cf.reprisals)]
    assert order == [(ids["beating"], 0), (ids["prosecution"], 0), (ids["conviction"], 1),
                     (ids["appeal"], 2), (ids["transfer"], 0)]


def test_the_case_view_lists_each_chain_under_its_start(store: Store) -> None:
    ids = build_chains(store)
    with store.read() as s:
        vocab = Vocab.load(s)
        view = load_case_view(s, vocab, ids["case"], "en", TODAY)
    rows = [(r.id, r.cells[1], r.cells[2]) for r in view.reprisals]
    assert [r[0] for r in rows] == [ids["beating"], ids["prosecution"], ids["conviction"],
                                    ids["appeal"], ids["transfer"]]
    assert rows[2][1] == "\u21b3 Conviction"
    assert rows[3][1] == "\u2003\u21b3 Ruling on appeal"  # two steps down
    assert rows[0][2] == "Nurlan Seitkali \u2192 Aigerim Seitkali"


def _dossier_text(store: Store, case_id: str, lang: str, level: str = "none") -> str:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang, today=TODAY)
        out = io.BytesIO()
        render_dossier(cf, level, out)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def _section(text: str, lang: str) -> str:
    heading = t(lang, "sec_reprisals")
    start = text.rindex(heading)  # the section, not the contents' line
    return text[start:]


@pytest.mark.parametrize("lang", LANGS)
def test_the_dossier_prints_chains_in_order_with_outcome_and_sentence(store: Store,
                                                                      lang: str) -> None:
    ids = build_chains(store)
    text = _section(_dossier_text(store, ids["case"], lang), lang)
    words = LABELS[lang]
    positions = [text.index(words[k]) for k in ("prosecution", "conviction", "appeal")]
    assert positions == sorted(positions)
    assert "2 years of restricted freedom" in text and "1 year of restricted freedom" in text
    assert words["convicted"] in text and words["reduced"] in text
    assert f"{t(lang, 'reprisal_sentence')}: 2 years" in text
    assert "\u21b3" in text
    assert t(lang, "reprisal_follows", what="").strip() in text
    # against the brother, to pressure his sister
    relative = {"en": "Relative", "ru": "Родственник", "kk": "Туысы"}[lang]
    assert t(lang, "reprisal_aimed_at", target=f"Nurlan Seitkali ({relative})",
             aimed="Aigerim Seitkali") in text
    assert t(lang, "reprisal_destination", place="UK-161/2 Colony far away") in text
    # the counter-charge answers the complaint of January 2018, printed at its precision
    january = ApproxDate(2018, 1).format(lang)
    assert january in text
    counter = t(lang, "reprisal_counter_charge", body="BODY", date=january)
    body = {"en": "Prosecutor's office", "ru": "Прокуратура", "kk": "Прокуратура"}[lang]
    assert counter.replace("BODY", body) in text
    before_may = ApproxDate.from_iso("[..2018-05]").format(lang)
    assert before_may in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_pseudonymous_dossier_names_target_and_aimed_at_by_pseudonym(store: Store,
                                                                       lang: str) -> None:
    ids = build_chains(store)
    text = _section(_dossier_text(store, ids["case"], lang, "pseudonymous"), lang)
    assert "Seitkali" not in text
    assert "Relative B" in text and "Victim A" in text


# -- interchange -------------------------------------------------------------------------

def test_chains_travel_through_the_interchange(store: Store, tmp_path: Path) -> None:
    ids = build_chains(store)
    doc = jsonfile.export_document(store)
    exported = {r["id"]: r for r in doc["records"]["reprisals"]}
    assert exported[ids["appeal"]]["follows_id"] == ids["conviction"]
    assert exported[ids["prosecution"]]["complaint_step_id"] == ids["step"]
    assert exported[ids["beating"]]["aimed_at_id"] == ids["sister"]
    assert exported[ids["transfer"]]["destination_facility_id"] == ids["there"]
    # the appeal comes first in the file, before what it follows
    order = [r["id"] for r in doc["records"]["reprisals"]]
    assert order.index(ids["appeal"]) < order.index(ids["conviction"])
    jsonfile.validate_document(doc)
    other = create_store(tmp_path / "other.db", PASSPHRASE)
    try:
        jsonfile.import_document(other, doc)
        assert jsonfile.dumps(jsonfile.export_document(other)) == jsonfile.dumps(doc)
        with other.read() as s:
            assert s.get(Reprisal, ids["appeal"]).follows_id == ids["conviction"]
            assert s.get(ComplaintStep, ids["step"]).stage == COUNTER
    finally:
        other.close()
