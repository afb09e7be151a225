"""Issue 9: a 37-defendant proceeding in the store and in the case file: every defendant
with charges, verdict, sentence and the fate of their torture complaint; "not recorded"
kept apart from "no"; all defendants read in one query, however many there are."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from db.models import ProceedingDefendant
from monitor_app.queries.casefile import load_case_file
from monitor_app.queries.proceedings import defendant_rows, load_proceedings, proceeding_rows
from monitor_app.records import ValidationError
from monitor_app.vocabulary import Vocab
from tests.proceedings_builders import CHARGES, build_trial


def test_the_store_holds_37_defendants_with_unknowns_kept_unknown(store) -> None:
    ids = build_trial(store)
    with store.read() as s:
        rows = list(s.scalars(select(ProceedingDefendant).where(
            ProceedingDefendant.proceeding_id == ids["trial"])))
        assert len(rows) == 37
        by_id = {r.id: r for r in rows}
        first, unknown, none_made = (by_id[ids["defendants"][i]] for i in (0, 35, 26))
        assert (first.verdict, first.torture_complaint, first.in_court_record) == (
            "defendant_verdict.convicted", "torture_complaint.written", False)
        assert first.charges == CHARGES and first.sentence.startswith("3 года")
        # nobody said: every answer stays NULL, none of them is turned into "no"
        assert (unknown.torture_complaint, unknown.complaint_when, unknown.in_court_record,
                unknown.court_finding) == (None, None, None, None)
        assert none_made.torture_complaint == "torture_complaint.none_made"
        assert none_made.in_court_record is None
        assert s.scalar(select(func.count()).select_from(ProceedingDefendant).where(
            ProceedingDefendant.in_court_record.is_(True))) == 2


def test_a_person_is_a_defendant_once_per_proceeding(store) -> None:
    ids = build_trial(store, n=3)
    with pytest.raises(ValidationError) as err, store.write() as w:
        w.create("proceeding_defendants", proceeding_id=ids["trial"],
                 person_id=ids["people"][0])
    assert "person_id" in err.value.errors
    with store.write() as w:  # in another proceeding of the case they may be again
        w.create("proceeding_defendants", proceeding_id=ids["appeal"],
                 person_id=ids["people"][2])


def test_the_case_file_holds_every_defendant_as_a_person_of_the_case(store) -> None:
    ids = build_trial(store)
    with store.read() as s:
        cf = load_case_file(s, ids["case"], "ru")
    trial, appeal = cf.proceedings
    assert trial.id == ids["trial"] and appeal.id == ids["appeal"]
    assert len(trial.defendants) == 37 and len(appeal.defendants) == 2
    assert [d.person_id for d in trial.defendants] == ids["people"]  # as entered
    assert trial.kind == "Уголовный процесс (первая инстанция)"
    assert trial.started_on.to_iso() == "2012-03-27"
    assert trial.ended_on.to_iso() == "2012-06"  # judgment known to the month: kept so
    # defendants are people of the case, with their role, so redaction covers them
    assert set(ids["people"]) <= set(cf.people)
    for pid in ids["people"]:
        assert cf.persons[pid].role_codes == ("person_role.defendant",)
        assert cf.persons[pid].roles == ("Подсудимый",)
    d = trial.defendants
    assert d[0].verdict == "Осуждён" and d[20].verdict == "Осуждён условно"
    assert d[35].verdict == "Оправдан"
    assert d[35].complained is None and d[26].complained is False and d[0].complained is True
    assert d[3].in_court_record is True and d[0].in_court_record is False
    assert d[16].in_court_record is None


def test_the_chronology_has_the_start_and_the_judgment_at_their_precision(store) -> None:
    ids = build_trial(store)
    with store.read() as s:
        cf = load_case_file(s, ids["case"], "en")
    entries = [(e.when.to_iso() if e.when else None, e.kind, e.what) for e in cf.chronology]
    kinds = [k for _, k, _ in entries]
    assert kinds == ["case", "proceeding", "proceeding", "proceeding"]
    started, judgment, appeal = entries[1:]
    assert started[0] == "2012-03-27" and started[2].startswith("Proceeding began: Criminal")
    assert judgment[0] == "2012-06"
    assert "Convicted: 13" in judgment[2] and "Suspended sentence: 21" in judgment[2]
    assert "Acquitted: 3" in judgment[2]
    assert appeal[0] == "2012-08~" and "Appeal" in appeal[2]


def _statements(store, case_id: str) -> int:
    count = [0]

    def seen(*_a: object) -> None:
        count[0] += 1

    with store.read() as s:
        vocab = Vocab.load(s)
        event.listen(s.get_bind(), "before_cursor_execute", seen)
        try:
            load_proceedings(s, case_id, lambda c: vocab.label(c, "en"))
        finally:
            event.remove(s.get_bind(), "before_cursor_execute", seen)
    return count[0]


def test_defendants_are_read_in_one_query_not_one_per_row(store) -> None:
    small = build_trial(store, n=2)
    big = build_trial_in_new_case(store, 37)
    assert _statements(store, big) == _statements(store, small["case"]) == 2


def build_trial_in_new_case(store, n: int) -> str:
    with store.write() as w:
        case = w.create("cases", reference="KZ-BIG", title="Big trial")
        trial = w.create("proceedings", case_id=case, kind="proceeding_kind.criminal_trial")
        for i in range(n):
            person = w.create("people", pseudonym=f"P-{i}")
            w.create("proceeding_defendants", proceeding_id=trial, person_id=person)
    return case


def test_the_case_view_rows_count_defendants_and_spell_out_not_recorded(store) -> None:
    ids = build_trial(store)
    with store.read() as s:
        vocab = Vocab.load(s)
        rows = proceeding_rows(s, vocab, ids["case"], "en")
        defendants = defendant_rows(s, vocab, ids["trial"], "en")
    assert [r.cells[4] for r in rows] == ["37", "2"]
    assert rows[0].cells == ("27 Mar 2012", "Criminal trial (first instance)",
                             "Актауский городской суд (вымышленный состав)", "1-9/2012", "37",
                             "June 2012")
    assert rows[1].cells[0] == "about August 2012" and rows[1].cells[5] == ""
    assert len(defendants) == 37
    unknown = defendants[35].cells
    assert unknown[3] == "not recorded" and unknown[4] == "not recorded"
    assert defendants[26].cells[3] == "None made" and defendants[26].cells[4] == ""
    assert defendants[0].cells[4] == "no" and defendants[3].cells[4] == "yes"
    assert defendants[16].cells[4] == "not recorded"
    assert "no" not in (defendants[35].cells[4], defendants[16].cells[4])
