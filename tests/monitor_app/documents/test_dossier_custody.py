"""Issue 9: the dossier's "Arrest and custody safeguards" prints each moment at its
precision, "not recorded" where nothing was recorded (never a time, never "00:00"), the hours
without a lawyer as the interval the record allows, the register number and the charges; in
en, ru and kk, and with the detainee's name replaced in a pseudonymous file."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from monitor_app.custody import HourInterval, format_hours
from monitor_app.documents.dossier import render_dossier
from monitor_app.documents.strings import text as t
from monitor_app.queries.casefile import load_case_file


def bare(phrase: str) -> str:
    return "".join(phrase.split())


def dossier(store, case_id: str, lang: str, level: str = "none") -> str:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang)
    out = io.BytesIO()
    render_dossier(cf, level, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    # without any white space: a table cell may wrap a phrase anywhere
    return "".join("".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def case_id(store) -> str:
    with store.write() as w:
        victim = w.create("people", name="Ерлан Жумабаев", pseudonym="Detainee D-3")
        case = w.create("cases", reference="KZ-CUST", title="Arrest without a lawyer",
                        primary_victim_id=victim)
        # arrest 5 March (time unknown), lawyer 7 March 10:00; doctor not recorded at all
        w.create("custody_records", case_id=case, person_id=victim,
                 arrested_on="2024-03-05", registered_on="2024-03-05",
                 registered_time="23:40", lawyer_on="2024-03-07", lawyer_time="10:00",
                 lawyer_of_choice=False, family_informed=False,
                 register_number="241234567890123", charges="Art. 272 (mass riots)",
                 notes="Ерлан Жумабаев was questioned before the lawyer came.")
    return case


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_safeguards_print_what_is_known_and_only_that(store, case_id: str,
                                                          lang: str) -> None:
    body = dossier(store, case_id, lang)
    assert bare(t(lang, "sec_custody")) in body
    hours = format_hours(HourInterval(34 * 60, 58 * 60), lang)
    assert bare(hours) in body  # "34 to 58 hours", "34–58 часов", "34–58 сағат"
    assert bare(f"{t(lang, 'custody_doctor')}{t(lang, 'not_recorded')}") in body
    assert bare(f"{t(lang, 'custody_released')}{t(lang, 'not_recorded')}") in body
    assert bare(f"{t(lang, 'custody_family')}{t(lang, 'custody_family_not_told')}") in body
    assert bare(f"{t(lang, 'custody_lawyer_choice')}{t(lang, 'no')}") in body
    assert "241234567890123" in body and bare("Art. 272 (mass riots)") in body
    assert "23:40" in body and "10:00" in body
    assert "00:00" not in body  # the arrest's unknown time is never written as midnight
    assert bare(t(lang, "possibly_over_3_hours")) in body  # 0 to 24 h: not certain
    assert bare(t(lang, "chron_arrest")) in body


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_pseudonymous_file_names_the_detainee_by_pseudonym(store, case_id: str,
                                                             lang: str) -> None:
    body = dossier(store, case_id, lang, "pseudonymous")
    assert bare(t(lang, "sec_custody")) in body
    assert bare("Detainee D-3") in body
    assert "Жумабаев" not in body and "Ерлан" not in body  # the notes are scrubbed too


def test_an_arrest_with_nothing_else_recorded(store) -> None:
    with store.write() as w:
        victim = w.create("people", pseudonym="P-1")
        case = w.create("cases", reference="KZ-0", title="Little known",
                        primary_victim_id=victim)
        w.create("custody_records", case_id=case, person_id=victim, arrested_on="2019-05")
    body = dossier(store, case, "en")
    assert bare("May 2019") in body
    assert bare(f"{t('en', 'custody_lawyer')}{t('en', 'not_recorded')}") in body
    assert bare(t("en", "custody_hours_unknown")) in body
    assert "00:00" not in body
