"""Issue 9, arrest and custody in the store: each moment a day at its precision and a time
only when known; given / never given / not recorded kept apart; the case file computes the
hours without a lawyer; the record travels through the JSON interchange."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Custody
from monitor_app import records
from monitor_app.custody import HourInterval
from monitor_app.interchange import jsonfile
from monitor_app.queries.casefile import load_case_file
from monitor_app.records import ValidationError
from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE


@pytest.fixture
def case(store) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["place"] = w.create("facilities", designation="IVS-3", name="Temporary holding")
        ids["victim"] = w.create("people", name="Арман Сейткали", pseudonym="D-7")
        ids["other"] = w.create("people", name="Other Detainee", pseudonym="D-8")
        ids["case"] = w.create("cases", reference="KZ-C", title="Arrest",
                               primary_victim_id=ids["victim"])
        ids["timed"] = w.create(
            "custody_records", case_id=ids["case"], person_id=ids["victim"],
            facility_id=ids["place"], arrested_on="5 March 2024", arrested_time="22:30",
            registered_on="2024-03-06", registered_time="3:10", lawyer_on="2024-03-07",
            lawyer_time="10:00", family_informed=False, register_number="241234567890123",
            charges="Art. 272")
        ids["unknown"] = w.create(
            "custody_records", case_id=ids["case"], person_id=ids["other"],
            arrested_on="2024-03")
    return ids


def test_the_store_keeps_each_moment_as_given(store, case: dict[str, str]) -> None:
    with store.read() as s:
        row = s.get(Custody, case["timed"])
        assert (row.arrested_on, row.arrested_time) == ("2024-03-05", "22:30")
        assert row.registered_time == "03:10"  # normalised to HH:MM
        assert row.lawyer_access is None  # not recorded: the moment says it was given
        assert row.family_informed is False  # recorded as never told
        other = s.get(Custody, case["unknown"])
        assert (other.arrested_on, other.arrested_time, other.lawyer_on) == ("2024-03", None,
                                                                          None)
        assert other.lawyer_access is None and other.doctor_access is None
        history = records.history(s, "custody_records", case["timed"])
        assert history[0]["changes"]["arrested_time"][1] == "22:30"


@pytest.mark.parametrize("bad", ["25:00", "noon", "10:5"])
def test_a_time_that_is_not_one_is_refused(store, case: dict[str, str], bad: str) -> None:
    with pytest.raises(ValidationError) as err, store.write() as w:
        w.update("custody_records", case["timed"], lawyer_time=bad)
    assert "lawyer_time" in err.value.errors


def test_the_case_file_computes_the_hours_and_the_delay(store, case: dict[str, str]) -> None:
    with store.read() as s:
        cf = load_case_file(s, case["case"], "en")
    unknown, timed = cf.custody  # by arrest: "March 2024" sorts before 5 March
    assert timed.id == case["timed"] and unknown.id == case["unknown"]
    assert timed.hours_without_lawyer == HourInterval(35 * 60 + 30, 35 * 60 + 30)
    assert timed.registration_delay == HourInterval(4 * 60 + 40, 4 * 60 + 40)
    assert timed.registration_late == "late"
    assert timed.lawyer_given is True  # a recorded moment: given
    assert timed.family_informed is False
    assert timed.facility.endswith("Temporary holding")
    assert unknown.hours_without_lawyer is None
    assert unknown.lawyer_given is None and unknown.registration_late == "unknown"
    assert case["other"] in cf.persons  # a detainee not otherwise in the case is named
    chron = [(e.kind, e.what) for e in cf.chronology if e.kind == "custody"]
    assert chron == [  # by date: "March 2024" sorts before its days
        ("custody", "Arrest"),
        ("custody", "Arrest, 22:30 · IVS-3 Temporary holding"),
        ("custody", "Detention registered, 03:10 · over 3 hours (CPC 2014, Art. 131)"),
        ("custody", "First access to a lawyer, 10:00 · 35 hours 30 minutes after arrest"),
    ]
    assert any(h.record_kind == "custody_records" for h in cf.history)


def test_a_custody_record_round_trips_through_the_interchange(store, case: dict[str, str],
                                                            tmp_path: Path) -> None:
    doc = jsonfile.export_document(store)
    out = {r["id"]: r for r in doc["records"]["custody_records"]}
    assert out[case["timed"]]["arrested_time"] == "22:30"
    assert out[case["timed"]]["lawyer_access"] is None
    assert out[case["unknown"]]["arrested_on"] == "2024-03"
    text = jsonfile.dumps(doc)
    with create_store(tmp_path / "b.db", PASSPHRASE, kdf=CHEAP_KDF) as other:
        jsonfile.import_document(other, json.loads(text))
        assert jsonfile.dumps(jsonfile.export_document(other)) == text
        with other.read() as s:
            got = s.scalars(select(Custody).where(Custody.id == case["timed"])).one()
            assert (got.registered_on, got.registered_time) == ("2024-03-06", "03:10")
    bad = json.loads(text)
    bad["records"]["custody_records"][0]["arrested_time"] = "7pm"
    with create_store(tmp_path / "c.db", PASSPHRASE, kdf=CHEAP_KDF) as other, \
            pytest.raises(jsonfile.InterchangeError, match="arrested_time"):
        jsonfile.import_document(other, bad)
