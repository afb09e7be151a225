"""Redaction a lawyer can trust: aliases, first names, initials, inflection (pymorphy3),
names of people who are not records (natasha + the capitalised-word rule) confirmed before
a redacted file is written, and the one policy for items marked sensitive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from monitor_app.documents import redaction
from monitor_app.documents.dossier import dossier_names, write_dossier
from monitor_app.documents.redaction import (
    WITHHELD,
    NameDecisions,
    NameScrubber,
    UnconfirmedNames,
    capitalised_candidates,
    find_candidates,
    leaves_out_sensitive,
    lemmas,
    parse_confirmations,
    read_decisions,
    record_decisions,
    stable_code,
)
from monitor_app.documents.visit_report import write_visit_report
from monitor_app.queries import inspect_records
from monitor_app.queries.casefile import PersonInfo
from tests.monitor_app.cli.test_cli import console_script, script  # noqa: F401
from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402

WITNESS = "Свидетель Нурлан Жаксыбеков видел, как его избивали."


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    text = " ".join((p.extract_text() or "") for p in reader.pages) + str(reader.metadata)
    return re.sub(r"\s+", " ", text)


# -- aliases and spellings -----------------------------------------------------------------

SPELLINGS = ("Бесмаганбетов", "Бесмағанбетов", "Besmaganbetov", "Жанболат", "Zhanbolat",
             "Жаке")


@pytest.fixture
def with_aliases(store):
    built = F.build(store)
    with store.write() as w:
        pid = w.create("people", name="Бесмаганбетов Жанболат", pseudonym="Подсудимый 1",
                       aliases="Besmaganbetov Zhanbolat\nБесмағанбетов Жанболат\nЖаке")
        w.create("case_people", case_id=built.case_id, person_id=pid,
                 role="person_role.victim")
        w.update("cases", built.case_id,
                 summary="Бесмағанбетовқа угрожали в ИВС. Besmaganbetov Zhanbolat was "
                         "beaten, said Жаке. Бесмаганбетова Жанболата перевели.")
    return built, pid


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_two_spellings_and_an_alias_never_reach_the_pseudonymous_dossier(
        store, with_aliases, tmp_path, lang):
    built, _ = with_aliases
    full = tmp_path / "full.pdf"
    write_dossier(store, built.case_id, full, lang=lang, level="none")
    assert "Besmaganbetov Zhanbolat" in pdf_text(full)  # the text is in the dossier
    out = tmp_path / "ps.pdf"
    write_dossier(store, built.case_id, out, lang=lang, level="pseudonymous")
    text = pdf_text(out)
    assert "Подсудимый 1" in text
    for spelling in SPELLINGS:
        assert spelling.casefold() not in text.casefold(), spelling


def test_search_finds_a_person_by_an_alias(store, with_aliases):
    _, pid = with_aliases
    found = inspect_records.list_records(store, "people", search_text="Besmaganbetov")
    assert [p["id"] for p in found] == [pid]


# -- first names, initials, inflection ------------------------------------------------------

PEOPLE = [
    PersonInfo(id="a", name="Бесмаганбетов Жанболат", pseudonym="D-1", code="",
               aliases=("Besmaganbetov Zhanbolat",)),
    PersonInfo(id="b", name="Бесмаганбетов Арман", pseudonym="D-2", code=""),
    PersonInfo(id="c", name="Нурлан Жаксыбеков", pseudonym="W-1", code=""),
]


@pytest.mark.parametrize("text, expected", [
    ("Besmaganbetov Zh. был избит", "D-1 был избит"),        # the case
    ("Бесмаганбетов Ж. был избит", "D-1 был избит"),
    ("Ж. Бесмаганбетов сообщил", "D-1 сообщил"),              # initial first
    ("А. Бесмаганбетов сообщил", "D-2 сообщил"),
    ("Zh. B. said", "D-1 said"),                             # initials alone, Latin
    ("Ж. Б. сказал", "D-1 сказал"),
    ("Бесмаганбетовым А. угрожали", "D-2 угрожали"),
    ("Бесмаганбетов Б. был", f"{WITHHELD} был"),  # fits neither: never the other's code
    ("Бесмаганбетовым угрожали", f"{WITHHELD} угрожали"),  # the shared surname alone
    ("Жанболат сказал", "D-1 сказал"),                       # a first name alone
    ("Арману угрожали", "D-2 угрожали"),
    ("Нурланом допросили", "W-1 допросили"),
    ("Показания Жаксыбекова", "Показания W-1"),              # inflected (pymorphy3)
    ("Жаксыбекову угрожали", "W-1 угрожали"),
    ("Жанболата Бесмаганбетова перевели", "D-1 перевели"),
    ("Жанболат Бесмаганбетов и Арман Бесмаганбетов", "D-1 и D-2"),
])
def test_first_names_initials_and_inflection_get_the_right_code(text, expected):
    assert NameScrubber(PEOPLE).scrub(text) == expected


def test_inflection_is_pymorphy3s_not_a_list_of_endings():
    assert not hasattr(redaction, "_ENDINGS") and not hasattr(redaction, "_FORMATIVES")
    assert "жаксыбеков" in lemmas("Жаксыбекова")
    assert "жаксыбеков" in lemmas("Жаксыбекову")
    assert "бесмаганбетов" in lemmas("Бесмаганбетовым")
    assert "кто" not in lemmas("Ким", as_name=True)  # a surname, not "whom"


def test_people_sharing_a_surname_keep_distinct_codes():
    people = [PersonInfo(id="x1", name="Бесмаганбетов Жанболат", pseudonym="", code=""),
              PersonInfo(id="x2", name="Бесмаганбетов Арман", pseudonym="", code="")]
    out = NameScrubber(people).scrub("Жанболата Бесмаганбетова и Армана Бесмаганбетова")
    assert out == f"{stable_code('x1')} и {stable_code('x2')}"
    assert stable_code("x1") != stable_code("x2")


# -- names of people who are not records -----------------------------------------------------

def test_the_recogniser_and_the_rule_find_unrecorded_names():
    texts = [WITNESS + " Адвокат Бесмаганбетов Ж. подал жалобу.",
             "По словам Айгүл Сәрсенова, его били. Встреча в Алматы с Marat Ospanov.",
             "Кровоподтёки на спине."]
    found = find_candidates(texts, PEOPLE[:2], vocabulary=frozenset({"алматы"}))
    assert found == ["Нурлан Жаксыбеков", "Айгүл Сәрсенова", "Marat Ospanov"]
    # decided names (either way) are not asked again, in any case form
    decided = NameDecisions().decide(["Нурлан Жаксыбеков"], ["Marat Ospanov"])
    again = find_candidates([*texts, "Нурлана Жаксыбекова допросили."], PEOPLE[:2], decided,
                            frozenset({"алматы"}))
    assert again == ["Айгүл Сәрсенова"]


def test_capitalised_rule_skips_sentence_starts_vocabulary_and_capitals():
    text = "Қарағанды облысы. Его перевели в Қарағанды, затем к Ерболу Сәтбаеву. ИВС Almaty."
    spans = [text[a:b] for a, b in capitalised_candidates(text, frozenset({"қарағанды"}))]
    assert spans == ["Сәтбаеву", "Almaty"]  # a place outside the vocabularies: asked once
    vocabulary = frozenset({"қарағанды", "almaty"})
    assert [text[a:b] for a, b in capitalised_candidates(text, vocabulary)] == ["Сәтбаеву"]


def test_confirmation_file_format():
    names, nots = parse_confirmations("# decisions\nname: Нурлан Жаксыбеков\n\nnot: Алматы\n")
    assert names == ["Нурлан Жаксыбеков"] and nots == ["Алматы"]
    with pytest.raises(ValueError, match="line 1"):
        parse_confirmations("Нурлан Жаксыбеков\n")


def test_decisions_get_stable_codes():
    d = NameDecisions().decide(["Нурлан Жаксыбеков", "Айгүл Сәрсенова"])
    assert d.names == {"Нурлан Жаксыбеков": "N-001", "Айгүл Сәрсенова": "N-002"}
    d2 = NameDecisions.loads(d.dumps()).decide(["Marat Ospanov"], ["Айгүл Сәрсенова"])
    assert d2.names == {"Нурлан Жаксыбеков": "N-001", "Marat Ospanov": "N-003"}
    assert d2.not_names == ("Айгүл Сәрсенова",)


@pytest.fixture
def witness_case(store):
    built = F.build(store)
    with store.read() as s:
        from sqlalchemy import select

        from db.models import Allegation

        aid = s.scalars(select(Allegation.id).where(Allegation.case_id == built.case_id)).one()
        narrative = s.get(Allegation, aid).narrative
    with store.write() as w:
        w.update("allegations", aid, narrative=narrative + " " + WITNESS)
    return built


def test_a_redacted_dossier_waits_for_the_lawyers_decision(store, witness_case, tmp_path):
    built = witness_case
    out = tmp_path / "ps.pdf"
    for level in ("pseudonymous", "public"):
        with pytest.raises(UnconfirmedNames) as refused:
            write_dossier(store, built.case_id, out, lang="ru", level=level)
        assert refused.value.candidates == ["Нурлан Жаксыбеков"]
        assert not out.exists()
    write_dossier(store, built.case_id, out, lang="ru", level="none")  # the full file: no ask
    assert "Жаксыбеков" in pdf_text(out)
    with store.write() as w:
        record_decisions(w, ["Нурлан Жаксыбеков"])
    assert read_decisions(store).names == {"Нурлан Жаксыбеков": "N-001"}
    assert dossier_names(store, built.case_id) == []  # a second dossier does not ask
    write_dossier(store, built.case_id, out, lang="ru", level="pseudonymous")
    text = pdf_text(out)
    assert "Жаксыбек" not in text and "Нурлан" not in text and "N-001" in text


def test_a_visit_report_asks_too(store, tmp_path):
    built = F.build(store)
    with store.write() as w:
        w.update("visits", built.visit_id, summary=WITNESS)
    with pytest.raises(UnconfirmedNames) as refused:
        write_visit_report(store, built.visit_id, tmp_path / "v.pdf", level="pseudonymous")
    # the lawyer of the case is no person of the visit: asked about too
    assert refused.value.candidates == ["Нурлан Жаксыбеков", "Нұрланұлы Ерлан"]
    with store.write() as w:  # "not a name" is kept as the lawyer said, and printed
        record_decisions(w, ["Нұрланұлы Ерлан"], not_names=["Нурлан Жаксыбеков"])
    write_visit_report(store, built.visit_id, tmp_path / "v.pdf", level="pseudonymous")
    text = pdf_text(tmp_path / "v.pdf")
    assert "Жаксыбеков" in text and "Нұрланұлы" not in text and "Ерлан" not in text


def test_cli_lists_the_name_refuses_then_writes_with_confirm_names(
        store, witness_case, store_path, tmp_path, passphrase, console_script):  # noqa: F811
    built = witness_case
    store.close()
    out = tmp_path / "ps.pdf"
    argv = ["dossier", "--store", str(store_path), "--case", built.case_id, "--out", str(out),
            "--redaction", "pseudonymous", "--lang", "ru", "--passphrase-stdin"]
    refused = script(console_script, *argv, stdin=passphrase + "\n")
    assert refused.returncode == 5, refused.stderr
    assert refused.stdout == "name: Нурлан Жаксыбеков\n"
    assert "--confirm-names" in refused.stderr.splitlines()[-1]
    assert not out.exists()
    decisions = tmp_path / "names.txt"
    decisions.write_text(refused.stdout, encoding="utf-8")  # the list, as printed
    done = script(console_script, *argv, "--confirm-names", str(decisions),
                  stdin=passphrase + "\n")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Жаксыбек" not in text and "Нурлан" not in text
    # kept in the store: the next dossier needs no file
    out.unlink()
    again = script(console_script, *argv, stdin=passphrase + "\n")
    assert again.returncode == 0 and out.exists()
    decisions.write_text("Нурлан\n", encoding="utf-8")
    bad = script(console_script, *argv, "--confirm-names", str(decisions),
                 stdin=passphrase + "\n")
    assert bad.returncode == 4 and "line 1" in bad.stderr


# -- items marked sensitive ------------------------------------------------------------------

def test_sensitive_policy_one_answer_for_every_level():
    assert leaves_out_sensitive("none") is False
    assert leaves_out_sensitive("pseudonymous") is True
    assert leaves_out_sensitive("public") is True
    with pytest.raises(ValueError):
        leaves_out_sensitive("secret")  # type: ignore[arg-type]


@pytest.mark.parametrize("level, listed", [("none", True), ("pseudonymous", False),
                                           ("public", False)])
def test_sensitive_item_is_left_out_of_pseudonymised_dossiers(store, tmp_path, level, listed):
    """The checkbox says "leave out of pseudonymised dossiers": pseudonymous and public."""
    built = F.build(store)
    out = tmp_path / f"{level}.pdf"
    write_dossier(store, built.case_id, out, lang="en", level=level)
    text = pdf_text(out)
    assert ("cell.png" in text) is listed
    assert "complaint.pdf" in text  # what is not sensitive stays
    assert ("marked sensitive are not listed" in text) is not listed
