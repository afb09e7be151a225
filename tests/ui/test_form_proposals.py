"""Forms that use what the app knows (issue 10), driven by real key presses on a real store:
Ctrl+N puts the cursor in the new record's first field, a place fills the case's region, a
new allegation of a case starts at its place with its victim, a new case is offered the next
free reference and a new person the next free code, and the delete question names the record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.models import Allegation, AllegationPerson, Case, Person
from monitor_app.identifiers import case_reference, person_code
from monitor_app.queries.casefile import load_case_file
from tests.ui.conftest import OFFSCREEN_NOISE, type_text, wait_loaded

# A picker's completer pops up as the keys are typed; the offscreen platform says it cannot
# raise that popup or grab the keyboard for it (its words, not ours).
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise",
                                        "does not support grabbing the keyboard")]


def _settle(ctx: Any, qtbot: Any) -> None:
    """Let the db lane answer what was asked and its answers reach the GUI thread."""
    ctx.runner.wait_idle()
    qtbot.wait(30)
    ctx.runner.wait_idle()
    QApplication.processEvents()


def _new_record(window: Any, qtbot: Any, view: str) -> Any:
    window.activateWindow()
    window.show_view(view)
    lv = window.current_list()
    wait_loaded(qtbot, lv)
    lv.focus_search()  # where the cursor is after looking something up in the list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lv.filter_bar.search)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ws.detail is not None and window.ws.detail_key[1] is None)
    editor = window.ws.detail
    qtbot.waitUntil(lambda: not editor._loading)
    return editor


def _save_with_ctrl_s(qtbot: Any, editor: Any) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=5_000)


def _save_torture(qtbot: Any, ctx: Any, editor: Any) -> None:
    """Give a new allegation its kind by typing it, and save it with the Save button."""
    qtbot.keyClicks(editor.form.field("kind").lineEdit(), ctx.label("allegation_kind.torture"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=5_000)


def _discard(editor: Any) -> None:
    if editor.is_dirty():  # nothing left unsaved, or closing the window would ask
        editor.discard()


def test_ctrl_n_then_typing_lands_in_the_new_forms_first_field(
        window: Any, qtbot: Any) -> None:
    editor = _new_record(window, qtbot, "people")
    name = editor.form.field("name")
    search = window.current_list().filter_bar.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    try:
        qtbot.keyClicks(QApplication.focusWidget(), "Asel")  # the keys go where the focus is
        assert name.text() == "Asel"
        assert search.text() == ""  # the list is not filtered by them
    finally:
        _discard(editor)


def test_a_new_case_is_offered_the_next_free_reference(
        window: Any, qtbot: Any, ctx: Any) -> None:
    store = ctx.require_store()
    tag, year = store.identity.tag, date.today().year
    with store.write() as w:
        w.create("cases", reference=case_reference(tag, year - 1, 41), title="Last year's")
    editor = _new_record(window, qtbot, "cases")
    reference = editor.form.field("reference")
    # the placeholder shows the scheme in use, not "KZ-2024-017"
    assert reference.placeholderText().endswith(case_reference(tag, year, 17))
    qtbot.waitUntil(lambda: reference.text() != "")
    assert reference.text() == case_reference(tag, year, 42) == f"KZ-{year}-00042-{tag}"
    assert QApplication.focusWidget() is reference and reference.selectedText() == \
        reference.text()  # typing replaces the proposal, Tab keeps it
    try:
        qtbot.keyClick(reference, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Beaten at arrest")
        assert editor.form.field("title").text() == "Beaten at arrest"
        _save_with_ctrl_s(qtbot, editor)
    finally:
        _discard(editor)
    with store.read() as s:
        assert s.get(Case, editor.record_id).reference == f"KZ-{year}-00042-{tag}"


def test_a_reference_the_user_typed_is_kept_and_still_unique(
        window: Any, qtbot: Any, ctx: Any) -> None:
    editor = _new_record(window, qtbot, "cases")
    reference = editor.form.field("reference")
    qtbot.waitUntil(lambda: reference.text() != "")
    qtbot.keyClicks(QApplication.focusWidget(), "KZ-001")  # taken by the sample's first case
    qtbot.keyClick(reference, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Twice")
    try:
        editor.save()
        qtbot.waitUntil(lambda: editor.form.error_text("reference") != "", timeout=5_000)
        assert reference.text() == "KZ-001" and editor.record_id is None
    finally:
        _discard(editor)


def test_choosing_a_place_fills_the_region_but_never_over_the_users(
        window: Any, qtbot: Any, ctx: Any, sample: dict[str, str]) -> None:
    editor = _new_record(window, qtbot, "cases")
    form = editor.form
    place, region = form.field("facility_id"), form.field("region")
    qtbot.waitUntil(lambda: place.combo.count() > 1)
    try:
        place.combo.setFocus()
        qtbot.keyClicks(place.combo.lineEdit(), "AK-159")
        qtbot.waitUntil(lambda: region.value() == "region.aktobe")
        # another place: the region it filled in follows
        place.combo.lineEdit().clear()
        qtbot.keyClicks(place.combo.lineEdit(), "IVS-3")
        qtbot.waitUntil(lambda: region.value() == "region.karaganda")
        # a region the user picks is theirs: a later place leaves it
        region.setFocus()
        region.lineEdit().clear()
        qtbot.keyClicks(region.lineEdit(), ctx.label("region.almaty_city"))
        assert region.value() == "region.almaty_city"
        place.combo.lineEdit().clear()
        qtbot.keyClicks(place.combo.lineEdit(), "AK-159")
        # the picker asks the store for what was typed (ui.forms.record_picker): it answers
        # off the GUI thread, so the place is known a moment later
        qtbot.waitUntil(lambda: place.value() == sample["ak"])
        _settle(ctx, qtbot)
        assert region.value() == "region.almaty_city"
    finally:
        _discard(editor)


def test_a_new_person_is_offered_the_next_free_code(
        window: Any, qtbot: Any, ctx: Any) -> None:
    store = ctx.require_store()
    with store.write() as w:
        w.create("people", name="Асель Омарова", code=person_code(41, tag=store.identity.tag))
    editor = _new_record(window, qtbot, "people")
    code = editor.form.field("code")
    qtbot.waitUntil(lambda: code.text() != "")
    assert code.text() == f"KZ-P000042-{store.identity.tag}"
    try:
        assert QApplication.focusWidget() is editor.form.field("name")
        type_text(QApplication.focusWidget(), "Бауыржан Сейітов")
        _save_with_ctrl_s(qtbot, editor)
    finally:
        _discard(editor)
    with store.read() as s:
        person = s.get(Person, editor.record_id)
        assert (person.name, person.code) == ("Бауыржан Сейітов", code.text())


def test_a_new_allegation_of_a_case_starts_at_its_place_with_its_victim(
        window: Any, qtbot: Any, ctx: Any, sample: dict[str, str]) -> None:
    window.open_detail("cases", sample["c1"], full_width=True)  # victim Erzhan, at AK-159/6
    view = window.ws.detail
    qtbot.waitUntil(lambda: view.data is not None)
    view.show_tab("allegations")
    tab = view.allegations
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    qtbot.waitUntil(lambda: not editor._loading)
    place = editor.form.field("facility_id")
    qtbot.waitUntil(lambda: place.value() == sample["ak"])
    assert "case's victim" in editor.people_panel.note.text()  # said before it is saved
    try:
        _save_torture(qtbot, ctx, editor)
    finally:
        _discard(editor)
    with ctx.require_store().read() as s:
        allegation = s.get(Allegation, editor.record_id)
        assert (allegation.case_id, allegation.facility_id) == (sample["c1"], sample["ak"])
        victims = [(p.person_id, p.role) for p in s.query(AllegationPerson).filter_by(
            allegation_id=allegation.id)]
    assert victims == [(sample["erzhan"], "victim")]

    def panel_names() -> list[str]:  # the allegation's own panel shows them as its victim
        table = tab.editor.people_panel.table
        return [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)]

    qtbot.waitUntil(lambda: panel_names() == ["Ержан Сәрсенбаев"])


def test_the_case_victim_is_among_the_people_and_roles_as_in_the_dossier(
        window: Any, qtbot: Any, ctx: Any, sample: dict[str, str]) -> None:
    window.open_detail("cases", sample["c1"], full_width=True)  # no case_people row at all
    view = window.ws.detail
    qtbot.waitUntil(lambda: view.data is not None)
    table = view.people.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert [(r[0], r[2]) for r in rows] == [("Ержан Сәрсенбаев", ctx.label("person_role.victim"))]
    with ctx.require_store().read() as s:
        cf = load_case_file(s, sample["c1"])
    assert [link.person_id for link in cf.case_people] == [sample["erzhan"]]
    assert cf.people[0] == sample["erzhan"]  # the dossier's people list starts with them
    # "Remove from case" explains where the case's own victim is changed
    table.selectRow(0)
    qtbot.mouseClick(view.people.remove_button, Qt.MouseButton.LeftButton)
    assert "Overview" in view.people.message.text()


def test_the_delete_question_names_the_record(window: Any, qtbot: Any,
                                              sample: dict[str, str]) -> None:
    lv = window.current_list()
    wait_loaded(qtbot, lv)
    assert lv.select_id(sample["c1"])
    lv.table.setFocus()
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"], seen["info"] = box.text(), box.informativeText()
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(20, answer)
    qtbot.keyClick(lv.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5_000)
    assert seen["text"] == "Delete the case “KZ-001 Beating in AK-159/6”?"
    assert "belong to it go with it" in seen["info"] and "Ctrl+Z" in seen["info"]
    assert not window.undo_button.isVisible()  # No: nothing deleted


@pytest.mark.parametrize(("lang", "question", "parts"), [
    ("en", "Delete the case “KZ-001 Beating”?", "The 3 records that belong to it go with it."),
    ("ru", "Удалить дело «KZ-001 Beating»?", "удаляются 3 относящиеся к ней записи"),
    ("kk", "«KZ-001 Beating» ісі жойылсын ба?", "қатысты 3 жазба да жойылады"),
])
def test_the_delete_question_is_translated(qapp: Any, lang: str, question: str,
                                           parts: str) -> None:
    from monitor_app.proposals import Deletion
    from ui import i18n
    from ui.form_proposals import delete_texts

    i18n.install(lang)
    text, info = delete_texts(Deletion("cases", "KZ-001 Beating", 3))
    assert text == question and parts in info and "Ctrl+Z" in info


@pytest.mark.parametrize("view", ["cases", "visits", "places", "people", "reprisals"])
def test_ctrl_n_gives_every_kinds_first_field_the_cursor(window: Any, qtbot: Any,
                                                         view: str) -> None:
    editor = _new_record(window, qtbot, view)
    first = editor.form.first_focus()
    target = first.focusProxy() or first  # a picker hands its focus to its search box
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
        assert window.current_list().filter_bar.search.text() == ""
    finally:
        _discard(editor)


def test_a_place_taken_from_the_case_and_cleared_is_not_saved(
        window: Any, qtbot: Any, ctx: Any, sample: dict[str, str]) -> None:
    window.open_detail("cases", sample["c1"], full_width=True)
    view = window.ws.detail
    qtbot.waitUntil(lambda: view.data is not None)
    view.show_tab("allegations")
    qtbot.mouseClick(view.allegations.add_button, Qt.MouseButton.LeftButton)
    editor = view.allegations.editor
    place = editor.form.field("facility_id")
    qtbot.waitUntil(lambda: place.value() == sample["ak"])
    try:
        line = place.combo.lineEdit()
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(line, Qt.Key.Key_Backspace)  # it happened somewhere else
        assert place.value() is None
        _save_torture(qtbot, ctx, editor)
    finally:
        _discard(editor)
    with ctx.require_store().read() as s:
        assert s.get(Allegation, editor.record_id).facility_id is None
