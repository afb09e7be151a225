"""People on screen: a relative who is also the lawyer (two categories, two roles in one case)
and a group of unidentified perpetrators as one entry, in the case view, the allegation's
perpetrator panel, the picker and the person editor; in English, Russian and Kazakh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from monitor_app import records
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.editors import AllegationEditor, PersonEditor
from ui.tasks import TaskRunner

UNKNOWN = {"en": "group; number unknown", "ru": "группа; число неизвестно",
           "kk": "топ; саны белгісіз"}
ABOUT_6 = {"en": "group of about 6", "ru": "группа, около 6 чел.", "kk": "топ, шамамен 6 адам"}
ROLES = {"en": {"Relative", "Lawyer or representative"},
         "ru": {"Родственник", "Адвокат, представитель"}, "kk": {"Туысы", "Адвокат, өкіл"}}
CATEGORIES = {"en": "Relative, Lawyer", "ru": "Родственник, Адвокат", "kk": "Туысы, Адвокат"}


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param


@pytest.fixture
def lctx(store: Any, lang: str, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(TaskRunner(synchronous=True), lang=lang)
    context.attach(store)
    yield context
    context.runner.wait_idle()


@pytest.fixture
def shapes(store: Any) -> dict[str, str]:
    ids: dict[str, str] = {}
    with store.write() as w:
        ids["victim"] = w.create("people", name="Нурлан Абенов", pseudonym="V-1",
                                 category="person_category.detainee")
        ids["sister"] = w.create(
            "people", name="Айгуль Абенова", category="person_category.relative",
            other_categories=["person_category.lawyer"])
        ids["group"] = w.create("people", name="Masked internal troops", is_group=True,
                                identified=False, category="person_category.official")
        ids["guards"] = w.create("people", name="Colony guards", is_group=True, group_size=6,
                                 identified=False, category="person_category.official")
        ids["case"] = w.create("cases", reference="KZ-PEOPLE-2", title="Beaten on arrival",
                               primary_victim_id=ids["victim"])
        w.create("case_people", case_id=ids["case"], person_id=ids["victim"],
                 role="person_role.victim")
        for role in ("person_role.relative", "person_role.lawyer"):
            w.create("case_people", case_id=ids["case"], person_id=ids["sister"], role=role)
        w.create("case_people", case_id=ids["case"], person_id=ids["group"],
                 role="person_role.alleged_perpetrator")
        ids["allegation"] = w.create("allegations", case_id=ids["case"],
                                     kind="allegation_kind.torture", summary="Beaten")
        for who in ("group", "guards"):
            w.create("allegation_people", allegation_id=ids["allegation"],
                     person_id=ids[who], role="perpetrator")
    return ids


def _rows(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_case_view_shows_both_roles_every_category_and_the_group(
        qtbot: Any, lctx: AppContext, lang: str, shapes: dict[str, str]) -> None:
    view = CaseView(lctx, shapes["case"])
    qtbot.addWidget(view)
    rows = _rows(view.people.table)
    sister = [r for r in rows if r[0] == "Айгуль Абенова"]
    # one row per role in the case (each can be removed on its own), both roles shown
    assert {r[2] for r in sister} == ROLES[lang], rows
    assert all(r[3] == CATEGORIES[lang] for r in sister), rows
    assert ["Masked internal troops (" + UNKNOWN[lang] + ")"] == [
        r[0] for r in rows if r[0].startswith("Masked")], rows


def test_allegation_panel_and_picker_link_a_group_as_one_perpetrator(
        qtbot: Any, lctx: AppContext, lang: str, shapes: dict[str, str]) -> None:
    editor = AllegationEditor(lctx, shapes["allegation"])
    qtbot.addWidget(editor)
    editor.show()
    names = [r[0] for r in _rows(editor.people_panel.table)]
    assert names == [f"Masked internal troops ({UNKNOWN[lang]})",
                     f"Colony guards ({ABOUT_6[lang]})"]
    # the picker of a new perpetrator offers the group as one entry
    qtbot.mouseClick(editor.people_panel.add_perpetrator_button, Qt.MouseButton.LeftButton)
    dialog = editor.people_panel.dialog
    assert dialog is not None
    combo = dialog.form.field("person_id").combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert f"Masked internal troops ({UNKNOWN[lang]})" in offered, offered
    dialog.reject()


def test_person_editor_edits_other_categories_and_a_group_with_unknown_number(
        qtbot: Any, lctx: AppContext, lang: str, shapes: dict[str, str], store: Any) -> None:
    editor = PersonEditor(lctx, shapes["sister"])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.form.field("other_categories").value() == ["person_category.lawyer"]
    editor.form.field("other_categories").set_checked("person_category.witness")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with store.read() as s:
        assert records.get(s, "people", shapes["sister"])["other_categories"] == [
            "person_category.lawyer", "person_category.witness"]

    new = PersonEditor(lctx)
    qtbot.addWidget(new)
    new.show()
    qtbot.keyClicks(new.form.field("name"), "Masked OMON officers")
    qtbot.mouseClick(new.form.field("is_group"), Qt.MouseButton.LeftButton)
    assert new.form.field("is_group").isChecked()
    qtbot.mouseClick(new.save_button, Qt.MouseButton.LeftButton)
    assert new.record_id
    with store.read() as s:
        saved = records.get(s, "people", new.record_id)
    assert (saved["is_group"], saved["group_size"]) == (True, None)  # empty: number unknown

    guards = PersonEditor(lctx, shapes["guards"])
    qtbot.addWidget(guards)
    assert guards.form.field("group_size").text() == "6"


def test_a_second_role_added_in_the_case_view_shows_the_person_with_both(
        qtbot: Any, lctx: AppContext, lang: str, shapes: dict[str, str], store: Any) -> None:
    with store.write() as w:
        wid = w.create("people", name="Ержан Сейтов", category="person_category.witness")
        w.create("case_people", case_id=shapes["case"], person_id=wid,
                 role="person_role.witness")
    view = CaseView(lctx, shapes["case"])
    qtbot.addWidget(view)
    tab = view.people
    tab.person.reload()
    tab.person.set_value(wid)
    tab.role.set_value("person_role.relative")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == ""
    qtbot.waitUntil(lambda: sum(r[0] == "Ержан Сейтов" for r in _rows(tab.table)) == 2)
    roles = {r[2] for r in _rows(tab.table) if r[0] == "Ержан Сейтов"}
    assert roles == {"en": {"Witness", "Relative"}, "ru": {"Свидетель", "Родственник"},
                     "kk": {"Куә", "Туысы"}}[lang]
    # the same role twice is refused, next to the form
    tab.person.set_value(wid)
    tab.role.set_value("person_role.relative")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.message.text()
    assert sum(r[0] == "Ержан Сейтов" for r in _rows(tab.table)) == 2
