"""Issue 9: the visit report prints only what was recorded — no "Announced: no", no
"(in private)" and no "00:00" where nothing was recorded; "no" where "no" was recorded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from monitor_app.documents.strings import text as t
from monitor_app.documents.visit_report import render_visit_report
from monitor_app.queries.casefile import load_visit_file


def report(store, visit_id: str, lang: str) -> str:
    with store.read() as s:
        vf = load_visit_file(s, visit_id, lang)
    out = io.BytesIO()
    render_visit_report(vf, "none", out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    # without any white space: a table cell may wrap a phrase anywhere
    return "".join("".join((p.extract_text() or "").split()) for p in reader.pages)


def bare(phrase: str) -> str:
    return "".join(phrase.split())


@pytest.fixture
def visits(store) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        place = w.create("facilities", designation="SI-7", name="Pre-trial centre")
        person = w.create("people", pseudonym="Detainee D-9")
        ids["unknown"] = w.create("visits", facility_id=place,
                                  started_on="2024-03-05", ended_on="2024-03-05")
        w.create("interviews", visit_id=ids["unknown"], person_id=person)
        ids["no"] = w.create("visits", facility_id=place, announced=False,
                             started_on="2024-04-09", started_time="10:30",
                             ended_on="2024-04-09", ended_time="14:00")
        w.create("interviews", visit_id=ids["no"], person_id=person, private=False)
    return ids


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_nothing_recorded_prints_nothing_invented(store, visits, lang: str) -> None:
    body = report(store, visits["unknown"], lang)
    assert bare("Detainee D-9") in body  # the interview is there...
    assert bare(t(lang, "in_private")) not in body  # ...without a privacy it was not given
    assert bare(t(lang, "not_private")) not in body
    assert bare(t(lang, "announced")) not in body  # no line for an answer nobody gave
    assert "00:00" not in body


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_recorded_no_is_printed_as_no(store, visits, lang: str) -> None:
    body = report(store, visits["no"], lang)
    assert bare(f"{t(lang, 'announced')} {t(lang, 'no')}") in body
    assert bare(t(lang, "not_private")) in body
    assert "10:30" in body and "14:00" in body


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_dossier_marks_an_interview_private_only_when_recorded(store, lang: str) -> None:
    from monitor_app.documents.dossier import render_dossier
    from monitor_app.queries.casefile import load_case_file

    with store.write() as w:
        place = w.create("facilities", designation="SI-7", name="Pre-trial centre")
        victim = w.create("people", name="Victim V")
        case = w.create("cases", reference="KZ-9", title="A case", primary_victim_id=victim)
        unknown = w.create("visits", facility_id=place, started_on="2024-03-05")
        w.create("interviews", visit_id=unknown, person_id=victim)
    with store.read() as s:
        cf = load_case_file(s, case, lang)
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    body = "".join("".join((p.extract_text() or "").split()) for p in reader.pages)
    assert bare("Victim V") in body and bare("SI-7") in body
    assert bare(t(lang, "in_private")) not in body and bare(t(lang, "not_private")) not in body
    assert "00:00" not in body
