"""The step editor says when a stage belongs to the other code of criminal procedure than the
one in force at the step's date (a preliminary check in 2019), and saves it anyway."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import ComplaintStep
from ui.case_view import CaseView
from ui.context import AppContext

pytestmark = pytest.mark.synchronous_runner


def _complaint(ctx: AppContext) -> str:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-P", title="Old and new procedure"),
              out.append)
    ctx.write(lambda w: w.create("complaints", case_id=out[0],
                                 body="complaint_body.prosecutor"), out.append)
    return out[0]


def test_a_2019_preliminary_check_is_warned_about_and_saved(qtbot, ctx: AppContext) -> None:
    view = CaseView(ctx, _complaint(ctx), today=date(2024, 6, 1))
    qtbot.addWidget(view)
    view.show()
    view.show_tab("complaints")
    tab = view.complaints
    tab.on_add_step()
    editor = tab.dialog.editor
    qtbot.keyClicks(editor.form.field("stage").lineEdit(), "Preliminary check")
    date_edit = editor.form.field("occurred_on").edit
    qtbot.keyClicks(date_edit, "03.05.2012")
    assert editor.period_notice.isHidden()  # in force in 2012: nothing to say

    date_edit.clear()
    qtbot.keyClicks(date_edit, "03.05.2019")
    assert not editor.period_notice.isHidden()
    assert "not in the procedure in force" in editor.period_notice.text()
    assert "2014" in editor.period_notice.text()

    date_edit.clear()
    qtbot.keyClicks(date_edit, "2014")  # a year-precision date inside the old code
    assert editor.period_notice.isHidden()

    date_edit.clear()
    qtbot.keyClicks(date_edit, "05.2019")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.isVisible()  # a warning, never a refusal
    with ctx.require_store().read() as s:
        stages = [st.stage for st in s.scalars(select(ComplaintStep))]
    assert "complaint_stage.preliminary_check" in stages
