"""Issue 9, the dossier: the shapes of the seed reports entered as a lawyer enters them (an
approximate filing, a step with no date, a complaint closed by a refusal, step notes, a
reprisal against a relative, a lawyer on the visit team, a person with two spellings, a
narrative naming someone who is not a record), checked in the store, in the case view (real
widgets) and in the dossier's text read back with pypdf, in English, Russian and Kazakh."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from monitor_app import records
from monitor_app.dates import ApproxDate, DayInterval, format_days
from monitor_app.documents.dossier import (
    UnconfirmedNames,
    dossier_names,
    render_dossier,
    write_dossier,
)
from monitor_app.documents.redaction import record_decisions
from monitor_app.documents.strings import text as t
from monitor_app.queries.casefile import load_case_file
from ui.case_view import CaseView
from ui.context import AppContext
from ui.tasks import TaskRunner

TODAY = date(2019, 6, 1)
LANGS = ["en", "ru", "kk"]
FILED = "complaint_stage.complaint_filed"
CHECK = "complaint_stage.preliminary_check"
REFUSAL = "complaint_stage.refusal_to_open"
VICTIM = "Бесмаганбетов Жанболат"
SPELLINGS = ("Бесмаганбетов", "Бесмағанбетов", "Besmaganbetov", "Жанболат", "Zhanbolat")
OTHERS = ("Сейткали", "Марат", "Ospanova", "Aigerim")
UNRECORDED = "Кайратов Ерлан"
STEP_NOTE = "Проверку поручили ведомству, которое ведёт дело против Бесмаганбетова."
REPRISAL = "Брату угрожали, чтобы Бесмаганбетов отозвал жалобу."
# what each language's formatter writes for "January 2018" (monitor_app.dates)
JANUARY_2018 = {"en": "January 2018", "ru": "январь 2018 г.", "kk": "2018 ж. қаңтар"}


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def ctx(store: Any, lang: str, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(TaskRunner(synchronous=True), lang=lang)
    context.attach(store)
    yield context
    context.runner.wait_idle()


@pytest.fixture
def shapes(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        place = w.create("facilities", designation="SI-7", name="Pre-trial centre")
        ids["victim"] = w.create("people", name=VICTIM, pseudonym="Victim A",
                                 aliases="Besmaganbetov Zhanbolat\nБесмағанбетов Жанболат")
        ids["brother"] = w.create("people", name="Сейткали Марат", pseudonym="Relative R")
        ids["lawyer"] = w.create("people", name="Ospanova Aigerim", pseudonym="Lawyer L")
        ids["case"] = case = w.create(
            "cases", reference="KZ-SHAPES", title="Seed shapes", primary_victim_id=ids["victim"],
            facility_id=place,
            summary="Besmaganbetov Zhanbolat was beaten; Бесмағанбетов Жанболат complained.")
        w.create("case_people", case_id=case, person_id=ids["victim"],
                 role="person_role.victim")
        w.create("case_people", case_id=case, person_id=ids["brother"],
                 role="person_role.relative")
        w.create("case_people", case_id=case, person_id=ids["lawyer"],
                 role="person_role.lawyer")
        w.create("allegations", case_id=case, summary="Beaten at arrest", date_from="2017-12",
                 narrative=f"Следователь {UNRECORDED} ударил Бесмаганбетова.")
        ids["complaint"] = c = w.create("complaints", case_id=case,
                                        body="complaint_body.prosecutor",
                                        filed_on="January 2018")
        ids["filed"] = w.create("complaint_steps", complaint_id=c, stage=FILED,
                                occurred_on="January 2018")
        ids["check"] = w.create("complaint_steps", complaint_id=c, stage=CHECK, notes=STEP_NOTE)
        ids["refusal"] = w.create("complaint_steps", complaint_id=c, stage=REFUSAL,
                                  occurred_on="2018-03-01",
                                  outcome="Отказано за отсутствием состава преступления")
        ids["reprisal"] = w.create("reprisals", case_id=case, kind="reprisal_kind.threats",
                                   occurred_on="2018-02-10", target_id=ids["brother"],
                                   target_role="person_role.relative", description=REPRISAL)
        ids["team_visit"] = w.create("visits", facility_id=place,
                                     started_on="2018-02-01", started_time="10:00")
        w.create("visit_team", visit_id=ids["team_visit"], person_id=ids["lawyer"])
        ids["interview_visit"] = w.create("visits", facility_id=place,
                                          started_on="2018-02-05", started_time="10:00")
        w.create("interviews", visit_id=ids["interview_visit"], person_id=ids["victim"],
                 private=True)
    return ids


def bare(phrase: str) -> str:
    """Without white space: a table cell may wrap a phrase anywhere."""
    return "".join(phrase.split())


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return bare(" ".join(p.extract_text() or "" for p in reader.pages))


def dossier(store: Any, case_id: str, lang: str, level: str = "none") -> str:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang, today=TODAY)
    out = io.BytesIO()
    render_dossier(cf, level, out)
    return pdf_text(out.getvalue())


def section(text: str, lang: str, key: str, next_key: str) -> str:
    """The body of one numbered section (the last mention of its title: the contents name
    it first)."""
    start = text.rindex(bare(t(lang, key)))
    return text[start:text.index(bare(t(lang, next_key)), start)]


# -- the store ------------------------------------------------------------------------------

def test_the_store_keeps_what_was_entered_and_nothing_more(store: Any, shapes: dict) -> None:
    with store.read() as s:
        complaint = records.get(s, "complaints", shapes["complaint"])
        check = records.get(s, "complaint_steps", shapes["check"])
        victim = records.get(s, "people", shapes["victim"])
    assert complaint["filed_on"] == "2018-01"  # a month, not the 1st of January
    assert check["occurred_on"] is None and check["notes"] == STEP_NOTE
    assert victim["aliases"].splitlines() == ["Besmaganbetov Zhanbolat", "Бесмағанбетов Жанболат"]


def test_a_team_visit_belongs_to_the_case_of_whom_it_concerns(store: Any, shapes: dict
                                                              ) -> None:
    with store.write() as w:
        elsewhere = w.create("facilities", designation="IVS-2", name="Police cells")
        away = w.create("visits", facility_id=elsewhere, started_on="2018-04-02")
        w.create("visit_team", visit_id=away, person_id=shapes["lawyer"])
        monitor = w.create("people", name="Monitor M")
        prosecuted = w.create("visits", facility_id=elsewhere, started_on="2018-05-03")
        w.create("visit_team", visit_id=prosecuted, person_id=monitor)
    with store.read() as s:
        cf = load_case_file(s, shapes["case"], "en", today=TODAY)
    # the lawyer's visit to another place is not this case's
    assert [v.id for v in cf.visits] == [shapes["team_visit"], shapes["interview_visit"]]
    with store.write() as w:  # a monitor the case's reprisal targets: their visits are
        w.create("reprisals", case_id=shapes["case"], kind="reprisal_kind.threats",
                 occurred_on="2018-06", target_id=monitor, target_role="person_role.monitor")
    with store.read() as s:
        cf = load_case_file(s, shapes["case"], "en", today=TODAY)
    seen = {v.id: v for v in cf.visits}
    assert set(seen) == {shapes["team_visit"], shapes["interview_visit"], prosecuted}
    assert seen[prosecuted].present == ((monitor, "team"),)


# -- the case view --------------------------------------------------------------------------

def cells(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else ""
            for c in range(table.columnCount())]


def test_the_case_view_shows_the_shapes(qtbot: Any, ctx: AppContext, shapes: dict,
                                        lang: str) -> None:
    view = CaseView(ctx, shapes["case"], today=TODAY)
    qtbot.addWidget(view)
    view.show()
    steps = view.complaints.table
    rows = [cells(steps, r) for r in range(steps.rowCount())]
    # the steps in the order they were entered, the undated one marked, dates at precision
    assert [r[0] for r in rows] == [JANUARY_2018[lang], t(lang, "date_unknown"),
                                    ApproxDate.from_iso("2018-03-01").format(lang)]
    assert [r[1] for r in rows] == [ctx.label(FILED), ctx.label(CHECK), ctx.label(REFUSAL)]
    people = view.people.table
    assert VICTIM in [people.item(r, 0).text() for r in range(people.rowCount())]
    # the visit where the lawyer was on the team belongs to the case, with how they were there
    visits = [cells(view.visits, r) for r in range(view.visits.rowCount())]
    assert len(visits) == 2
    assert visits[0][-1] == f"Ospanova Aigerim ({t(lang, 'present_team')})"
    assert visits[1][-1] == f"{VICTIM} ({t(lang, 'present_interviewed')})"


# -- the dossier ----------------------------------------------------------------------------

def test_dates_keep_their_precision(store: Any, shapes: dict, lang: str) -> None:
    text = dossier(store, shapes["case"], lang)
    assert bare(JANUARY_2018[lang]) in text
    assert "01.01.2018" not in text and "1Jan2018" not in text


def test_the_undated_step_is_marked_in_entry_order_with_its_notes(store: Any, shapes: dict,
                                                                  lang: str) -> None:
    chronology = section(dossier(store, shapes["case"], lang), lang, "sec_chronology",
                         "sec_allegations")
    unknown = chronology.index(bare(t(lang, "date_unknown")))
    assert chronology.index(bare(JANUARY_2018[lang])) < unknown \
        < chronology.index(bare(ApproxDate.from_iso("2018-03-01").format(lang)))
    assert bare(STEP_NOTE) in chronology[unknown:]
    assert bare("Отказано за отсутствием состава преступления") in chronology


def test_the_reprisal_line_says_against_whom_and_what_happened(store: Any, shapes: dict,
                                                               lang: str) -> None:
    chronology = section(dossier(store, shapes["case"], lang), lang, "sec_chronology",
                         "sec_allegations")
    with store.read() as s:
        cf = load_case_file(s, shapes["case"], lang, today=TODAY)
    (reprisal,) = cf.reprisals
    assert bare(f"{reprisal.kind} · Сейткали Марат ({reprisal.target_role})") in chronology
    assert bare(REPRISAL) in chronology


def test_the_complaint_prints_step_notes_and_lasts_until_the_refusal(store: Any, shapes: dict,
                                                                     lang: str) -> None:
    complaints = section(dossier(store, shapes["case"], lang), lang, "sec_complaints",
                         "sec_reprisals")
    assert bare(f"{t(lang, 'step_notes')}: {STEP_NOTE}") in complaints
    assert bare(format_days(DayInterval(29, 59), lang)) in complaints
    for to_today in ((TODAY - date(2018, 1, 31)).days, (TODAY - date(2018, 3, 1)).days):
        assert str(to_today) not in complaints
    # the refusal itself lasts no days: its row prints none (not "0"), and the next
    # section ("6. Reprisals") follows
    assert complaints.endswith(bare("Отказано за отсутствием состава преступления") + "6."), \
        complaints[-80:]


def test_visits_print_who_of_the_case_was_there_and_how(store: Any, shapes: dict,
                                                        lang: str) -> None:
    text = dossier(store, shapes["case"], lang)
    team = bare(f"Ospanova Aigerim ({t(lang, 'present_team')})")
    assert team in section(text, lang, "sec_chronology", "sec_allegations")
    visits = section(text, lang, "sec_visits", "sec_history")
    assert team in visits
    assert bare(f"{VICTIM} ({t(lang, 'present_interviewed')}, {t(lang, 'in_private')})") \
        in visits


def test_a_redacted_dossier_asks_then_replaces_every_name(store: Any, shapes: dict,
                                                          lang: str, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    assert dossier_names(store, shapes["case"], lang) == [UNRECORDED]
    with pytest.raises(UnconfirmedNames):
        write_dossier(store, shapes["case"], out, lang=lang, level="pseudonymous")
    assert not out.exists()
    with store.write() as w:
        record_decisions(w, [UNRECORDED])
    write_dossier(store, shapes["case"], out, lang=lang, level="pseudonymous")
    text = pdf_text(out.read_bytes())
    for part in (*SPELLINGS, *OTHERS, "Кайратов", "Ерлан"):
        assert part not in text, part
    assert "VictimA" in text and "LawyerL" in text and "RelativeR" in text and "N-001" in text
    # the step's notes and the reprisal's description, printed with the names replaced
    assert bare("Проверку поручили ведомству, которое ведёт дело против") in text
    assert bare("Брату угрожали, чтобы") in text
    chronology = section(text, lang, "sec_chronology", "sec_allegations")
    assert bare(f"RelativeR ({t(lang, 'present_team')})") not in chronology
    assert bare(f"LawyerL ({t(lang, 'present_team')})") in chronology

    write_dossier(store, shapes["case"], out, lang=lang, level="public")
    public = pdf_text(out.read_bytes())
    for part in (*SPELLINGS, *OTHERS, "Кайратов", "Ерлан"):
        assert part not in public, part
    assert bare("Проверку поручили") not in public  # notes stay out of public files
    assert bare("Брату угрожали, чтобы") in public
