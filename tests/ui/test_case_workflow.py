"""A case from the editor to the timeline, evidence and a reopened store, driven through widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Allegation, Case, ComplaintStep, Evidence
from monitor_app import records, search
from monitor_app.store import open_store
from tests.conftest import PASSPHRASE
from ui.case_view import CaseView, select_id
from ui.context import AppContext
from ui.detail_factory import make_detail
from ui.editors import CaseEditor

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner

TODAY = date(2024, 6, 1)


def type_text(widget: object, text: str) -> None:
    """Type any text, Cyrillic included, as an input method commits it (QTest.keyClicks
    only knows ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _case(ctx: AppContext, **values: object) -> str:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", **values), out.append)
    return out[0]


def test_create_case_through_the_editor(qtbot, ctx: AppContext) -> None:
    editor = make_detail(ctx, "cases", None)
    assert isinstance(editor, CaseEditor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.form.field("reference"), "KZ-2024-001")
    qtbot.keyClicks(editor.form.field("title"), "Beating in IVS Taraz")
    status = editor.form.field("status")
    status.setFocus()
    qtbot.keyClicks(status.lineEdit(), "Open")
    assert editor.is_dirty()
    saved: list[str] = []
    editor.saved.connect(saved.append)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved and not editor.is_dirty()
    with ctx.require_store().read() as s:
        case = s.get(Case, saved[0])
        assert case.title == "Beating in IVS Taraz"
        assert case.status == "case_status.open"
        assert case.opened_on == date.today()


def test_allegation_with_two_methods(qtbot, ctx: AppContext) -> None:
    case_id = _case(ctx, reference="KZ-1", title="Case one")
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("allegations")
    qtbot.mouseClick(view.allegations.add_button, Qt.MouseButton.LeftButton)
    editor = view.allegations.editor
    assert editor is not None and editor.record_id is None
    kind = editor.form.field("kind")
    qtbot.keyClicks(kind.lineEdit(), "Torture")
    qtbot.keyClicks(editor.form.field("summary"), "Beaten during interrogation")
    type_text(editor.form.field("date_from").edit, "декабрь 2011")
    methods = editor.form.field("methods")
    qtbot.keyClicks(methods.filter, "beat")
    visible = [i for i in methods.items() if not i.isHidden()]
    assert visible, "filtering the methods finds beating"
    visible[0].setCheckState(Qt.CheckState.Checked)
    methods.filter.clear()
    methods.set_checked("method.electric_shock")
    assert len(editor.form.field("methods").value()) == 2
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.allegations.table.rowCount() == 1)
    with ctx.require_store().read() as s:
        allegation = s.scalars(select(Allegation)).one()
        data = records.get(s, "allegations", allegation.id)
    assert data["case_id"] == case_id
    assert data["date_from"] == "2011-12"
    assert len(data["methods"]) == 2 and "method.electric_shock" in data["methods"]
    assert "Beaten during interrogation" in view.allegations.table.item(0, 1).text()


def _add_step(qtbot, view: CaseView, stage: str, day: str, due: str | None = None,
              answered: str | None = None) -> None:
    tab = view.complaints
    tab.on_add_step()
    dialog = tab.dialog
    assert dialog is not None
    editor = dialog.editor
    qtbot.keyClicks(editor.form.field("stage").lineEdit(), stage)
    qtbot.keyClicks(editor.form.field("occurred_on").edit, day)
    if due is not None:
        field = editor.form.field("answer_due")
        field.edit.clear()
        qtbot.keyClicks(field.edit, due)
    if answered is not None:
        qtbot.keyClicks(editor.form.field("answered_on").edit, answered)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_complaint_steps_update_the_timeline(qtbot, ctx: AppContext) -> None:
    case_id = _case(ctx, reference="KZ-2", title="Case two")
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("complaints")
    tab = view.complaints
    assert tab.timeline.segment_count() == 0
    assert not tab.add_step_button.isEnabled()

    dialog = tab.on_add_complaint()
    editor = dialog.editor
    qtbot.keyClicks(editor.form.field("body").lineEdit(), "Prosecutor's office")
    qtbot.keyClicks(editor.form.field("subject"), "Beating at IVS")
    qtbot.keyClicks(editor.form.field("filed_on").edit, "01.02.2024")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # filing opens the timeline with its first step, due in 21 days (22.02.2024)
    assert len(tab.timeline.rows) == 1
    assert tab.timeline.segment_count() == 1

    # the prosecutor answered late: the check began on 10 March, 17 days after it was due
    tab.on_add_step()
    step_editor = tab.dialog.editor
    qtbot.keyClicks(step_editor.form.field("stage").lineEdit(), "Preliminary check")
    qtbot.keyClicks(step_editor.form.field("occurred_on").edit, "10.03.2024")
    # the answer deadline is pre-filled from the stage's usual term (10 days)
    assert step_editor.form.field("answer_due").value() == "2024-03-20"
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.timeline.segment_count() == 2
    late = tab.timeline.marks("late")
    assert len(late) == 1 and late[0].days == 17

    _add_step(qtbot, view, "Refusal to register", "01.04.2024")
    assert tab.timeline.segment_count() == 3
    assert [s.tone for s in tab.timeline.rows[0].segments] == ["closed"] * 3
    assert tab.table.rowCount() == 3
    assert tab.table.item(0, 7).text() == "17"  # days late in the table too
    # the second step's answer (refusal on 1 April) came 12 days after 20 March
    assert {m.days for m in tab.timeline.marks("late")} == {17, 12}

    with ctx.require_store().read() as s:
        assert len(s.scalars(select(ComplaintStep)).all()) == 3
    step_id = tab.table.item(1, 0).data(Qt.ItemDataRole.UserRole)
    view.focus_step(step_id)
    assert view.tabs.currentWidget() is tab
    assert tab.timeline.selected_step == step_id
    assert "121 days since the first complaint" in view.header.facts.text()


def test_overdue_mark_for_an_unanswered_step(qtbot, ctx: AppContext) -> None:
    case_id = _case(ctx, reference="KZ-3", title="Case three")
    out: list[str] = []
    ctx.write(lambda w: w.create("complaints", case_id=case_id,
                                 body="complaint_body.prosecutor"), out.append)
    ctx.write(lambda w: w.create("complaint_steps", complaint_id=out[0],
                                 stage="complaint_stage.complaint_filed",
                                 occurred_on=date(2024, 4, 1), answer_due=date(2024, 4, 22)))
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    marks = view.complaints.timeline.marks("overdue")
    assert len(marks) == 1 and marks[0].days == 40
    view.resize(1000, 700)
    view.show_tab("complaints")
    view.show()
    qtbot.waitExposed(view)
    timeline = view.complaints.timeline
    timeline.grab()  # paints, which records where each segment is
    seg = timeline.rows[0].segments[0]
    rect = next(r for r, s in timeline._hits if s is seg)
    assert timeline.segment_at(rect.center()) is seg
    assert "overdue" in seg.tooltip and "Prosecutor" in seg.tooltip


def test_people_and_roles(qtbot, ctx: AppContext) -> None:
    case_id = _case(ctx, reference="KZ-4", title="Case four")
    person: list[str] = []
    ctx.write(lambda w: w.create("people", name="Aidos K.", pseudonym="A-17"), person.append)
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    tab = view.people
    qtbot.keyClicks(tab.person.combo.lineEdit(), "Aidos K. (A-17)")
    qtbot.keyClicks(tab.role.lineEdit(), "Victim")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "Victim"
    # the same person in the same role once only: said, nothing written
    qtbot.keyClicks(tab.person.combo.lineEdit(), "Aidos K. (A-17)")
    qtbot.keyClicks(tab.role.lineEdit(), "Victim")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "already in the case" in tab.message.text()
    assert tab.table.rowCount() == 1
    select_id(tab.table, tab.table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 0


def test_evidence_attach_drop_search_and_reopen(qtbot, ctx: AppContext, store_path: Path,
                                               tmp_path: Path) -> None:
    case_id = _case(ctx, reference="KZ-5", title="Case five")
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.show_tab("evidence")
    panel = view.evidence
    letter = tmp_path / "prosecutor_answer_march.txt"
    letter.write_text("Refusal to open a criminal case", encoding="utf-8")
    panel.add_files([letter])
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.table.item(0, 0).text() == "prosecutor_answer_march.txt"
    assert len(panel.table.item(0, 4).text()) == 64

    photo = tmp_path / "bruises.bin"
    photo.write_bytes(b"\x00\x01" * 5000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    assert panel.acceptDrops()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      QEvent.Type.Drop)
    panel.dropEvent(drop)  # QApplication only delivers a drop during a real drag
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert drop.isAccepted()
    assert "(2)" in view.tabs.tabText(view.tabs.indexOf(panel))

    with ctx.require_store().read() as s:
        found = list(s.scalars(records.list_stmt("evidence", text="prosecutor answer")))
        assert [e.file_name for e in found] == ["prosecutor_answer_march.txt"]
        assert s.scalars(select(search.text("count(*)")).select_from(
            search.text("search_index"))).one() >= 3

    # a new allegation too, then close the store and open it again
    ctx.write(lambda w: w.create("allegations", case_id=case_id, kind="allegation_kind.torture",
                                 summary="Electric shock", methods=["method.electric_shock"]))
    view.close()
    ctx.detach()
    reopened = open_store(store_path, PASSPHRASE)
    try:
        with reopened.read() as s:
            assert s.get(Case, case_id).title == "Case five"
            assert {e.file_name for e in s.scalars(select(Evidence))} == {
                "prosecutor_answer_march.txt", "bruises.bin"}
            assert s.scalars(select(Allegation)).one().summary == "Electric shock"
            ev = s.scalars(select(Evidence).where(Evidence.file_name == "bruises.bin")).one()
            assert b"".join(records.evidence_chunks(s, ev.id)) == b"\x00\x01" * 5000
            assert [e.id for e in s.scalars(records.list_stmt("evidence", text="bruises"))] \
                == [ev.id]
    finally:
        reopened.close()


def test_case_view_shows_what_the_dossier_prints(qtbot, ctx: AppContext) -> None:
    """Evidence of the case's allegation is on the Evidence tab, and the victim is named as
    on the unredacted dossier (name first)."""
    ids: dict[str, str] = {}

    def build(w: records.Writer) -> None:
        ids["victim"] = w.create("people", name="Aidos Kenzhebayev", pseudonym="A-17")
        ids["case"] = w.create("cases", reference="KZ-8", title="Case eight",
                               primary_victim_id=ids["victim"])
        ids["allegation"] = w.create("allegations", case_id=ids["case"],
                                     kind="allegation_kind.torture", summary="Beaten")
        ids["evidence"] = w.add_evidence(b"%PDF-1.4 report", file_name="forensic.pdf",
                                         allegation_id=ids["allegation"])

    ctx.write(build)
    view = CaseView(ctx, ids["case"], today=TODAY)
    qtbot.addWidget(view)
    panel = view.evidence
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == ids["evidence"]
    assert view.tabs.tabText(view.tabs.indexOf(panel)).endswith("(1)")
    assert "Aidos Kenzhebayev" in view.header.facts.text()
    assert "A-17" not in view.header.facts.text()
    # deleting the allegation takes its evidence out of the case, on the tab as in the count
    ctx.write(lambda w: w.delete("allegations", ids["allegation"]))
    assert panel.table.rowCount() == 0
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Evidence"
