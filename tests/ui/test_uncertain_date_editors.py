"""The date editors take what the sources say: a month, a year, about / before / after, or
nothing (unknown), in the three UI languages; the case view shows them at their precision."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import ComplaintStep
from ui.case_view import CaseView
from ui.context import AppContext
from ui.forms import ApproxDateField

pytestmark = pytest.mark.synchronous_runner

TODAY = date(2019, 6, 1)


def type_text(widget: object, text: str) -> None:
    """Type any text, Cyrillic included, as an input method commits it (QTest.keyClicks
    only knows ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


FORMS = [  # typed, stored, shown back in en / ru / kk
    ("January 2018", "2018-01", ("January 2018", "январь 2018 г.", "2018 ж. қаңтар")),
    ("2018", "2018", ("2018", "2018 г.", "2018 ж.")),
    ("about 2018", "2018~", ("about 2018", "около 2018 г.", "шамамен 2018 ж.")),
    ("before March 2012", "[..2012-03]",
     ("before March 2012", "до марта 2012 г.", "2012 ж. наурызға дейін")),
    ("after 2014", "[2014..]", ("after 2014", "после 2014 г.", "2014 ж. кейін")),
    ("до марта 2012 г.", "[..2012-03]",
     ("before March 2012", "до марта 2012 г.", "2012 ж. наурызға дейін")),
    ("около января 2018", "2018-01~",
     ("about January 2018", "около января 2018 г.", "шамамен 2018 ж. қаңтар")),
    ("2014 жылдан кейін", "[2014..]", ("after 2014", "после 2014 г.", "2014 ж. кейін")),
    ("шамамен 2018 ж.", "2018~", ("about 2018", "около 2018 г.", "шамамен 2018 ж.")),
]


@pytest.mark.parametrize(("typed", "stored", "shown"), FORMS)
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_each_form_is_accepted_and_round_trips(qtbot, typed: str, stored: str,
                                               shown: tuple[str, str, str], lang: str) -> None:
    field = ApproxDateField(lang=lang)
    qtbot.addWidget(field)
    field.show()
    if typed.isascii():
        qtbot.keyClicks(field.edit, typed)  # real keys
    else:
        type_text(field.edit, typed)
    assert field.problem() is None
    assert field.value() == stored
    # stored, then shown again in the editor as that language writes it, and read back
    again = ApproxDateField(lang=lang)
    qtbot.addWidget(again)
    again.set_value(stored)
    assert again.edit.text() == shown[("en", "ru", "kk").index(lang)]
    assert again.value() == stored


def test_empty_is_an_unknown_date(qtbot) -> None:
    field = ApproxDateField()
    qtbot.addWidget(field)
    field.show()  # keys with spaces into a hidden line edit crash the offscreen platform
    qtbot.keyClicks(field.edit, "2018")
    field.edit.clear()
    assert field.value() is None and field.problem() is None


def test_a_month_step_and_an_undated_step_through_the_case_view(qtbot, ctx: AppContext
                                                                 ) -> None:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-U", title="Uncertain"), out.append)
    ctx.write(lambda w: w.create("complaints", case_id=out[0],
                                 body="complaint_body.prosecutor"), out.append)
    view = CaseView(ctx, out[0], today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_tab("complaints")
    tab = view.complaints
    for stage, when in (("Complaint filed", "January 2018"), ("Preliminary check", "")):
        tab.on_add_step()
        editor = tab.dialog.editor
        qtbot.keyClicks(editor.form.field("stage").lineEdit(), stage)
        if when:
            qtbot.keyClicks(editor.form.field("occurred_on").edit, when)
        # no deadline is invented from a month
        assert not editor.form.field("answer_due").value()
        qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        stored = [x.occurred_on for x in s.scalars(
            select(ComplaintStep).order_by(ComplaintStep.created_at))]
    assert stored == ["2018-01", None]
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 0).text() == "January 2018"
    assert tab.table.item(1, 0).text() == "date unknown"
    assert tab.timeline.segment_count() == 2
