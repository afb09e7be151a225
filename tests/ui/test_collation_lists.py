"""The window's lists, a picker and the printed dossier put names in the order a Russian or
Kazakh reader expects (db.collation), not by code point ("Ізбасаров" before "Архипов")."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Case
from tests.ui.conftest import OFFSCREEN_NOISE, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

# By hand: Kazakh puts І after Ы, Russian beside И; both put Cyrillic before Latin.
NAMES = ("Smith", "Ізбасаров", "Ыбыраев", "Кузнецов", "Әбілов", "Архипов", "Ибрагимов")
ORDER = {"kk": ["Архипов", "Әбілов", "Ибрагимов", "Кузнецов", "Ыбыраев", "Ізбасаров", "Smith"],
         "ru": ["Архипов", "Әбілов", "Ибрагимов", "Ізбасаров", "Кузнецов", "Ыбыраев", "Smith"]}


@pytest.fixture
def named(store: Any) -> dict[str, str]:
    """A person, a place and a case per name (the case's victim is that person)."""
    ids: dict[str, str] = {}
    with store.write() as w:
        for n, name in enumerate(NAMES):
            ids[name] = w.create("people", name=name)
            place = w.create("facilities", designation=name, name="ИВС")
            w.create("cases", reference=f"KZ-2024-{n:05d}", title=f"Дело {n}",
                     primary_victim_id=ids[name], facility_id=place)
    return ids


def column(view: Any, key: str) -> list[str]:
    """The column's names of :data:`NAMES`, top to bottom (the window fixture's sample data
    is there too; a place's label ends with its name, "ИВС")."""
    col = [c.key for c in view.model.columns].index(key)
    values = (str(view.model.index(r, col).data()).removesuffix(" ИВС")
              for r in range(view.model.rowCount()))
    return [v for v in values if v in NAMES]


def sort_ascending_by(qtbot: Any, view: Any, key: str) -> None:
    """Click the column's header (twice when the first click sorts it descending)."""
    header = view.table.horizontalHeader()
    col = [c.key for c in view.model.columns].index(key)
    for _ in range(2):
        view.table.scrollTo(view.model.index(0, col))
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        qtbot.waitUntil(lambda: view.model.query.sort_key == key)
        wait_loaded(qtbot, view)
        if not view.model.query.descending:
            return
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double click
    raise AssertionError("the header never sorted ascending")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_people_places_and_cases_lists_sort_in_the_readers_alphabet(
        named: dict[str, str], window: Any, qtbot: Any, lang: str) -> None:
    win = window
    win.set_language(lang)
    expected = ORDER[lang]
    win.show_view("people")  # sorted by name by default
    people = win.current_list()
    wait_loaded(qtbot, people)
    qtbot.waitUntil(lambda: column(people, "name") == expected)
    assert expected.index("Архипов") < expected.index("Ізбасаров")
    if lang == "kk":
        assert expected.index("Ыбыраев") < expected.index("Ізбасаров")

    win.show_view("places")  # sorted by designation by default
    places = win.current_list()
    wait_loaded(qtbot, places)
    qtbot.waitUntil(lambda: column(places, "designation") == expected)

    win.show_view("cases")
    cases = win.current_list()
    wait_loaded(qtbot, cases)
    sort_ascending_by(qtbot, cases, "victim")
    qtbot.waitUntil(lambda: column(cases, "victim") == expected)
    sort_ascending_by(qtbot, cases, "place")
    qtbot.waitUntil(lambda: column(cases, "place") == expected)

    # the place filter's choices too (after "All places")
    combo = cases.filter_bar.place
    qtbot.waitUntil(lambda: combo.count() > len(NAMES))
    labels = (combo.itemText(i).removesuffix(" ИВС") for i in range(1, combo.count()))
    assert [x for x in labels if x in NAMES] == expected


@pytest.mark.synchronous_runner
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_pickers_choices_are_in_the_readers_alphabet(
        ctx: Any, named: dict[str, str], qtbot: Any, lang: str) -> None:
    from ui.editors.pickers import record_picker

    ctx.lang = lang
    picker = record_picker(ctx, "people")
    qtbot.addWidget(picker)
    combo = picker.combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert [x for x in labels if x in NAMES] == ORDER[lang]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_dossiers_people_are_in_the_readers_alphabet(
        store: Any, named: dict[str, str], lang: str) -> None:
    """Victim first, then the others by name, read back from the printed PDF."""
    from monitor_app.documents.dossier import render_dossier
    from monitor_app.documents.strings import text as dossier_text
    from monitor_app.queries.casefile import load_case_file

    victim = "Кузнецов"
    with store.read() as s:
        case_id = s.scalar(select(Case.id).where(Case.primary_victim_id == named[victim]))
    with store.write() as w:
        for name in NAMES:
            if name != victim:
                w.create("case_people", case_id=case_id, person_id=named[name],
                         role="person_role.witness")
    with store.read() as s:
        cf = load_case_file(s, case_id, lang)
    out = io.BytesIO()
    render_dossier(cf, "none", out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    people = text[text.rindex(dossier_text(lang, "sec_people")):]  # the section, not contents
    positions = {name: people.find(name) for name in NAMES}
    assert all(p >= 0 for p in positions.values()), positions
    printed = sorted(NAMES, key=lambda n: positions[n])
    assert printed == [victim] + [n for n in ORDER[lang] if n != victim]
