"""The procedure in the window: a step out of the usual order is warned about in the step
editor (en/ru/kk) and saved anyway; a deadline rule edited in File > Deadlines and procedure
fills in the next new step's answer deadline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import ComplaintStep, DeadlineRule
from monitor_app import operations
from ui.case_view import CaseView
from ui.context import AppContext
from ui.procedure_dialog import ProcedureDialog

pytestmark = pytest.mark.synchronous_runner

VERDICT = {"en": "Verdict: perpetrators convicted", "ru": "Обвинительный приговор",
           "kk": "Айыптау үкімі шықты"}
WARNING = {"en": "does not usually follow", "ru": "обычно не следует",
           "kk": "әдетте"}
FILED = {"en": "Complaint filed", "ru": "Подана жалоба", "kk": "Шағым берілді"}


def _complaint(ctx: AppContext) -> str:
    out: list[object] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-PR", title="Procedure"), out.append)
    ctx.write(lambda w: operations.complaints.new_complaint(w, {
        "case_id": out[0], "body": "complaint_body.prosecutor", "filed_on": "2019-01-10"}),
        out.append)
    return str(out[0])


_VIEWS: list[CaseView] = []


@pytest.fixture(autouse=True)
def _forget_views():  # noqa: ANN202
    yield
    _VIEWS.clear()


def _new_step(qtbot, ctx: AppContext, case_id: str):  # noqa: ANN001, ANN202
    view = CaseView(ctx, case_id, today=date(2020, 1, 1))
    qtbot.addWidget(view)
    view.show()
    view.show_tab("complaints")
    tab = view.complaints
    tab.on_add_step()
    _VIEWS.append(view)  # kept alive until the test ends (qtbot closes it)
    return tab, tab.dialog.editor


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_step_out_of_order_is_warned_about_and_saved(qtbot, ctx: AppContext,
                                                       lang: str) -> None:
    case_id = _complaint(ctx)
    ctx.lang = lang
    tab, editor = _new_step(qtbot, ctx, case_id)
    notice = editor.transition_notice
    qtbot.keyClicks(editor.form.field("occurred_on").edit, "01.03.2019")
    assert notice.isHidden()
    # a verdict straight after the filing, with no investigation or trial between
    # picked from the list (QTest cannot type Cyrillic): what a click on the item does
    combo = editor.form.field("stage")
    index = combo.findData("complaint_stage.verdict")
    assert combo.itemText(index) == VERDICT[lang]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert editor.form.field("stage").value() == "complaint_stage.verdict"
    assert not notice.isHidden()
    assert WARNING[lang] in notice.text()
    assert VERDICT[lang] in notice.text() and FILED[lang] in notice.text()
    assert editor.form.field("answer_due").value() in (None, "")  # a verdict runs no clock
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.isVisible()  # a warning, never a refusal
    with ctx.require_store().read() as s:
        stages = [st.stage for st in s.scalars(select(ComplaintStep))]
    assert "complaint_stage.verdict" in stages


def test_a_usual_next_step_says_nothing(qtbot, ctx: AppContext) -> None:
    tab, editor = _new_step(qtbot, ctx, _complaint(ctx))
    qtbot.keyClicks(editor.form.field("stage").lineEdit(), "Registered in the Unified")
    qtbot.keyClicks(editor.form.field("occurred_on").edit, "01.02.2019")
    assert editor.form.field("stage").value() == "complaint_stage.erdr_registration"
    assert editor.transition_notice.isHidden()
    assert editor.form.field("answer_due").value() == "2019-04-04"  # two months: 62 days
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.isVisible()


def test_editing_a_rule_changes_the_next_steps_deadline(qtbot, ctx: AppContext) -> None:
    case_id = _complaint(ctx)
    tab, editor = _new_step(qtbot, ctx, case_id)
    qtbot.keyClicks(editor.form.field("stage").lineEdit(), "Court hearing")
    qtbot.keyClicks(editor.form.field("occurred_on").edit, "01.03.2019")
    assert editor.form.field("answer_due").value() in (None, "")  # no deadline in law
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.isVisible()

    dialog = ProcedureDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() > 40
    assert dialog.select_rule("complaint_stage.hearing", None)
    assert dialog.mode.currentData() == 1  # no deadline
    dialog.mode.setCurrentIndex(0)
    dialog.days.setValue(7)
    dialog.source.setPlainText("The judge's order of 1 March 2019")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.status.text()
    row = next(i for i, r in enumerate(dialog.rules) if r.stage == "complaint_stage.hearing")
    assert dialog.table.item(row, 2).text() == "7 days"
    with ctx.require_store().read() as s:
        rule = s.scalar(select(DeadlineRule).where(
            DeadlineRule.stage == "complaint_stage.hearing"))
        assert (rule.days, rule.edited) == (7, True)

    tab, editor = _new_step(qtbot, ctx, case_id)
    qtbot.keyClicks(editor.form.field("stage").lineEdit(), "Court hearing")
    qtbot.keyClicks(editor.form.field("occurred_on").edit, "02.03.2019")
    assert editor.form.field("answer_due").value() == "2019-03-09"
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.isVisible()
