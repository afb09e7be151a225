"""Issue 9: the case view shows a 37-defendant proceeding, in en, ru and kk, on real widgets;
its editor lists every defendant with "not recorded" spelled out, adds and removes one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.models import ProceedingDefendant
from monitor_app.documents.strings import text as t
from tests.proceedings_builders import build_trial
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.editors.proceedings import DefendantEditor, ProceedingEditor
from ui.tasks import TaskRunner


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param


@pytest.fixture
def ctx(store: Any, lang: str, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(TaskRunner(synchronous=True), lang=lang)
    context.attach(store)
    yield context
    context.runner.wait_idle()


def cells(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else ""
            for c in range(table.columnCount())]


def test_the_case_view_shows_the_trial_and_its_37_defendants(
        qtbot: Any, store: Any, ctx: AppContext, lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids = build_trial(store)
    view = CaseView(ctx, ids["case"])
    qtbot.addWidget(view)
    view.show()
    view.show_tab("proceedings")
    tab = view.proceedings
    title = QCoreApplication.translate("Proceedings", "Trials and proceedings")
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == f"{title} (2)"
    assert tab.table.rowCount() == 2
    trial = cells(tab.table, 0)
    assert trial[1] == ctx.vocab.label("proceeding_kind.criminal_trial", lang)
    assert trial[2].startswith("Актауский городской суд") and trial[4] == "37"
    assert cells(tab.table, 1)[4] == "2"

    tab.table.selectRow(0)
    dialog = tab.on_open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    editor = dialog.editor
    assert isinstance(editor, ProceedingEditor) and editor.record_id == ids["trial"]
    panel = editor.defendants
    assert panel.table.rowCount() == 37
    assert "37" in panel.count.text()
    names = [panel.table.item(r, 0).text() for r in range(37)]
    assert names == ids["names"]
    unknown = t(lang, "not_recorded")
    row = cells(panel.table, 35)  # acquitted; nothing recorded about a complaint
    assert row[1] == ctx.vocab.label("defendant_verdict.acquitted", lang)
    assert row[3:] == [unknown, unknown, unknown]
    assert cells(panel.table, 0)[4] == t(lang, "no")  # a recorded "no" is "no"
    assert cells(panel.table, 3)[4] == t(lang, "yes")
    assert cells(panel.table, 16)[4] == unknown  # written, record not said: not "no"
    assert cells(panel.table, 26)[4] == ""  # no complaint made: nothing to have recorded

    # remove one through the panel (asked first), the list follows
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(36)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 36
    assert cells(tab.table, 0)[4] == "36"


@pytest.mark.parametrize("lang", ["en"], indirect=True)
def test_a_defendant_is_added_with_the_record_picker(qtbot: Any, store: Any, ctx: AppContext
                                                     ) -> None:
    ids = build_trial(store, n=2)
    with store.write() as w:
        newcomer = w.create("people", name="Жаңабаев Ербол", pseudonym="Подсудимый 03",
                            code="ZH-03")
    editor = ProceedingEditor(ctx, ids["trial"])
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.defendants
    assert panel.table.rowCount() == 2
    dialog = panel.on_add()
    assert dialog is not None
    qtbot.addWidget(dialog)
    add = dialog.editor
    assert isinstance(add, DefendantEditor)
    # the tri-state answer starts as "not recorded", never as "no"
    assert add.form.field("in_court_record").value() is None
    add.form.field("person_id").set_value(newcomer)  # QTest types ASCII only
    qtbot.keyClicks(add.form.field("verdict").lineEdit(), "Acquitted")
    qtbot.keyClicks(add.form.field("torture_complaint").lineEdit(), "Made orally")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 3, add.status.text()
    with store.read() as s:
        added = s.scalars(select(ProceedingDefendant).where(
            ProceedingDefendant.person_id == newcomer)).one()
        assert (added.proceeding_id, added.verdict, added.torture_complaint,
                added.in_court_record) == (ids["trial"], "defendant_verdict.acquitted",
                                           "torture_complaint.oral", None)
        assert s.scalar(select(func.count()).select_from(ProceedingDefendant).where(
            ProceedingDefendant.proceeding_id == ids["trial"])) == 3
    assert cells(panel.table, 2)[0] == "Жаңабаев Ербол"
