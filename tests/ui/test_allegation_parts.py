"""An allegation's victims, alleged perpetrators and medical evidence; deleting from the case view.

Driven through the widgets on a real encrypted store, with a synchronous work runner.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from monitor_app import records
from monitor_app.queries.inspect_records import show_record
from ui.case_view import CaseView
from ui.context import AppContext
from ui.editors import AllegationEditor, EditorDialog
from ui.editors.allegation_parts import LinkPersonDialog

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner

TODAY = date(2024, 6, 1)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """The answer every confirmation gets (Yes unless a test changes it); questions asked."""
    given = [QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object,
                 **_k: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return given[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return given


def _create(ctx: AppContext, record_kind: str, /, **values: object) -> str:
    out: list[str] = []
    ctx.write(lambda w: w.create(record_kind, **values), out.append)
    return out[0]


def _allegation(ctx: AppContext) -> tuple[str, str]:
    case_id = _create(ctx, "cases", reference="KZ-7", title="Beating in IVS Taraz")
    allegation_id = _create(ctx, "allegations", case_id=case_id,
                            kind="allegation_kind.torture", summary="Beaten at night")
    return case_id, allegation_id


def _editor(qtbot, ctx: AppContext, allegation_id: str) -> AllegationEditor:
    editor = AllegationEditor(ctx, allegation_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _link(qtbot, dialog: LinkPersonDialog, person: str, **combos: str) -> None:
    qtbot.keyClicks(dialog.form.field("person_id").combo.lineEdit(), person)
    for name, text in combos.items():
        qtbot.keyClicks(dialog.form.field(name).lineEdit(), text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_new_allegation_waits_for_its_first_save(qtbot, ctx: AppContext) -> None:
    case_id = _create(ctx, "cases", reference="KZ-8", title="Case")
    editor = AllegationEditor(ctx, None, defaults={"case_id": case_id})
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.people_panel
    assert not panel.add_victim_button.isEnabled()
    assert not editor.exams_panel.add_button.isEnabled()
    assert panel.note.isVisible() and "Save the allegation first" in panel.note.text()
    qtbot.keyClicks(editor.form.field("kind").lineEdit(), "Torture")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.record_id
    assert panel.add_victim_button.isEnabled() and not panel.note.isVisible()


def test_add_victim_and_perpetrator(qtbot, ctx: AppContext) -> None:
    _case_id, allegation_id = _allegation(ctx)
    victim_id = _create(ctx, "people", name="Aidos K.", pseudonym="A-17")
    editor = _editor(qtbot, ctx, allegation_id)
    panel = editor.people_panel
    assert panel.table.rowCount() == 0

    qtbot.mouseClick(panel.add_victim_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert "perpetrator_kind" not in dialog.form.rows
    _link(qtbot, dialog, "Aidos K. (A-17)")
    assert not dialog.isVisible()
    assert panel.table.rowCount() == 1

    # the perpetrator is not in the file yet: created in place from the picker's New…
    qtbot.mouseClick(panel.add_perpetrator_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    picker = dialog.form.field("person_id")
    assert picker.new_button is not None
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    person_dialog = picker.findChild(EditorDialog)
    assert person_dialog is not None and person_dialog.isVisible()
    person = person_dialog.editor
    qtbot.keyClicks(person.form.field("pseudonym"), "Masked officer 1")
    qtbot.keyClicks(person.form.field("agency").lineEdit(), "National Guard")
    qtbot.keyClicks(person.form.field("unit"), "Special unit Sunkar")
    qtbot.keyClicks(person.form.field("position"), "Squad leader")
    qtbot.keyClicks(person.form.field("rank"), "Lieutenant")
    qtbot.mouseClick(person_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not person_dialog.isVisible()
    assert picker.combo.currentText() == "Masked officer 1"
    qtbot.keyClicks(dialog.form.field("perpetrator_kind").lineEdit(), "National Guard")
    qtbot.keyClicks(dialog.form.field("involvement").lineEdit(), "Carried it out directly")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    table = panel.table
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0] == ["Aidos K. (A-17)", "Victim", "", ""]
    assert rows[1][:2] == ["Masked officer 1", "Alleged perpetrator"]
    assert rows[1][2] == ("National Guard or special units (often masked), Special unit Sunkar, "
                          "Squad leader, Lieutenant")
    assert rows[1][3] == "Carried it out directly"

    links = {p.role: p for p in panel.rows}
    with ctx.require_store().read() as s:
        victim = records.get(s, "allegation_people", links["victim"].id)
        perpetrator = records.get(s, "allegation_people", links["perpetrator"].id)
    assert victim["person_id"] == victim_id and victim["allegation_id"] == allegation_id
    assert perpetrator["perpetrator_kind"] == "perpetrator_kind.special_forces"
    assert perpetrator["involvement"] == "involvement.direct"
    shown = show_record(ctx.require_store(), "allegations", allegation_id)
    assert len(shown["linked"]["allegation_people"]) == 2


def test_the_same_person_is_not_linked_twice(qtbot, ctx: AppContext) -> None:
    _case_id, allegation_id = _allegation(ctx)
    _create(ctx, "people", name="Aidos K.")
    editor = _editor(qtbot, ctx, allegation_id)
    panel = editor.people_panel
    _link(qtbot, panel.on_add("victim"), "Aidos K.")
    dialog = panel.on_add("victim")
    _link(qtbot, dialog, "Aidos K.")
    assert dialog.isVisible()
    assert "already linked" in dialog.form.error_text("person_id")
    assert panel.table.rowCount() == 1


def test_remove_a_perpetrator(qtbot, ctx: AppContext, answer) -> None:
    _case_id, allegation_id = _allegation(ctx)
    victim_id = _create(ctx, "people", name="Aidos K.")
    officer_id = _create(ctx, "people", pseudonym="Captain B.", agency="perpetrator_kind.police")
    ctx.write(lambda w: w.create("allegation_people", allegation_id=allegation_id,
                                 person_id=victim_id, role="victim"))
    link_id = _create(ctx, "allegation_people", allegation_id=allegation_id,
                      person_id=officer_id, role="perpetrator",
                      involvement="involvement.ordered")
    editor = _editor(qtbot, ctx, allegation_id)
    panel = editor.people_panel
    assert panel.table.rowCount() == 2
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(1)
    assert panel.table.item(1, 0).text() == "Captain B."
    assert panel.remove_button.isEnabled()

    answer[0] = QMessageBox.StandardButton.No
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 2

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Aidos K."
    with ctx.require_store().read() as s:
        with pytest.raises(records.RecordNotFound):
            records.get(s, "allegation_people", link_id)
        kept = records.get(s, "allegation_people", link_id, include_deleted=True)
        history = records.history(s, "allegation_people", link_id)
        assert records.get(s, "people", officer_id)["pseudonym"] == "Captain B."
    assert kept["deleted"] is True
    assert [h["action"] for h in history] == ["create", "delete"]
    shown = show_record(ctx.require_store(), "allegations", allegation_id)
    assert len(shown["linked"]["allegation_people"]) == 1


def test_medical_exam_with_istanbul_protocol_partly(qtbot, ctx: AppContext, answer) -> None:
    _case_id, allegation_id = _allegation(ctx)
    editor = _editor(qtbot, ctx, allegation_id)
    panel = editor.exams_panel
    assert not panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.editor.form
    qtbot.keyClicks(form.field("kind").lineEdit(), "Independent medical examination")
    qtbot.keyClicks(form.field("exam_date").edit, "03.2024")
    qtbot.keyClicks(form.field("examiner"), "Dr. Sh. (independent)")
    qtbot.keyClicks(form.field("istanbul_protocol").lineEdit(), "Partly")
    qtbot.keyClicks(form.field("findings"), "Bruises on both thighs")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    table = panel.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == [
        "Independent medical examination", "March 2024", "Dr. Sh. (independent)", "Partly",
        "Bruises on both thighs"]
    exam_id = panel.rows[0].id
    with ctx.require_store().read() as s:
        exam = records.get(s, "medical_exams", exam_id)
    assert exam["allegation_id"] == allegation_id
    assert exam["istanbul_protocol"] == "istanbul_protocol.partly"
    assert exam["kind"] == "medical_exam_kind.independent"
    assert exam["exam_date"] == "2024-03"

    # edit it: the protocol was in fact followed
    table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    field = dialog.editor.form.field("istanbul_protocol")
    assert field.value() == "istanbul_protocol.partly"
    field.lineEdit().clear()
    qtbot.keyClicks(field.lineEdit(), "Yes")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert table.item(0, 3).text() == "Yes"

    table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    with ctx.require_store().read() as s:
        assert records.get(s, "medical_exams", exam_id, include_deleted=True)["deleted"]


def test_delete_allegation_and_reprisal_from_the_case_view(qtbot, ctx: AppContext,
                                                         answer) -> None:
    case_id, allegation_id = _allegation(ctx)
    other_id = _create(ctx, "allegations", case_id=case_id, kind="allegation_kind.torture",
                       summary="Threatened in the car")
    reprisal_id = _create(ctx, "reprisals", case_id=case_id, kind="reprisal_kind.threats")
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("allegations")
    tab = view.allegations
    assert tab.table.rowCount() == 2
    assert tab.delete_button.isVisible() and not tab.delete_button.isEnabled()
    row = next(r for r in range(2)
               if tab.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == allegation_id)
    tab.table.selectRow(row)
    assert tab.editor is not None and tab.editor.record_id == allegation_id
    assert tab.delete_button.isEnabled()

    answer[0] = QMessageBox.StandardButton.No
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 2 and tab.editor is not None

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == other_id
    assert tab.editor is None
    assert not tab.delete_button.isEnabled()
    assert view.tabs.tabText(view.tabs.indexOf(tab)).endswith("(1)")
    with ctx.require_store().read() as s:
        assert records.get(s, "allegations", allegation_id, include_deleted=True)["deleted"]
        assert records.get(s, "allegations", other_id)["summary"] == "Threatened in the car"
    assert any(h.action == "delete" for h in view.data.history)

    view.show_tab("reprisals")
    reprisals = view.reprisals
    assert reprisals.table.rowCount() == 1
    reprisals.table.selectRow(0)
    qtbot.mouseClick(reprisals.delete_button, Qt.MouseButton.LeftButton)
    assert reprisals.table.rowCount() == 0
    with ctx.require_store().read() as s, pytest.raises(records.RecordNotFound):
        records.get(s, "reprisals", reprisal_id)
