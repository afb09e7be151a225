"""A counter-charge entered as a complaint step in the case view becomes a reprisal of the
case; chains are listed under their start; the reprisal editor holds the new fields.
Real widgets, offscreen, in en, ru and kk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import ComplaintStep, Reprisal
from monitor_app.dates import ApproxDate
from tests.monitor_app.operations.test_reprisals import _case, build_chains
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.tasks import TaskRunner

TODAY = date(2024, 6, 1)
KIND = {"en": "Criminal prosecution", "ru": "Уголовное преследование",
        "kk": "Қылмыстық қудалау"}


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


def _view(qtbot: Any, ctx: AppContext, case_id: str) -> CaseView:
    view = CaseView(ctx, case_id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(view: CaseView, col: int) -> list[str]:
    t = view.reprisals.table
    return [t.item(r, col).text() for r in range(t.rowCount())]


def test_a_counter_charge_step_shows_as_a_reprisal(qtbot: Any, ctx: AppContext, store: Any,
                                                   lang: str) -> None:
    ids = _case(store)
    view = _view(qtbot, ctx, ids["case"])
    view.show_tab("complaints")
    assert view.reprisals.table.rowCount() == 0
    tab = view.complaints
    tab.on_add_step()
    dialog = tab.dialog
    assert dialog is not None
    editor = dialog.editor
    editor.form.field("stage").set_value("complaint_stage.counter_charge")
    qtbot.keyClicks(editor.form.field("occurred_on").edit, "03.2018")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with store.read() as s:
        (step,) = s.scalars(select(ComplaintStep).where(
            ComplaintStep.stage == "complaint_stage.counter_charge")).all()
        (reprisal,) = s.scalars(select(Reprisal)).all()
        assert (reprisal.complaint_step_id, reprisal.complaint_id) == (step.id, ids["complaint"])
        assert reprisal.occurred_on == "2018-03" and reprisal.target_id == ids["sister"]
        step_id = step.id
    # the case view's reprisals list shows it, dated at its precision
    assert _column(view, 1) == [KIND[lang]]
    assert _column(view, 0) == [ApproxDate(2018, 3).format(lang)]
    # saving the step again from its editor does not make a second one
    tab.table.selectRow(0)
    from ui.editors import ComplaintStepEditor

    again = ComplaintStepEditor(ctx, step_id)
    qtbot.addWidget(again)
    again.form.field("occurred_on").edit.clear()
    qtbot.keyClicks(again.form.field("occurred_on").edit, "04.2018")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    with store.read() as s:
        rows = s.scalars(select(Reprisal).where(Reprisal.deleted.is_(False))).all()
        assert [r.occurred_on for r in rows] == ["2018-04"]
    assert view.reprisals.table.rowCount() == 1


def test_chains_are_listed_under_their_start(qtbot: Any, ctx: AppContext, store: Any,
                                             lang: str) -> None:
    ids = build_chains(store)
    view = _view(qtbot, ctx, ids["case"])
    view.show_tab("reprisals")
    kinds = _column(view, 1)
    assert len(kinds) == 5
    assert kinds[1] == KIND[lang]
    assert kinds[2].startswith("\u21b3 ") and kinds[3].startswith("\u2003\u21b3 ")
    assert _column(view, 2)[0] == "Nurlan Seitkali \u2192 Aigerim Seitkali"
    # the editor of the appeal holds what it follows, its outcome and sentence
    editor = view.reprisals.open_record(ids["appeal"])
    assert editor is not None
    assert editor.form.field("follows_id").value() == ids["conviction"]
    assert editor.form.field("outcome").value() == "reprisal_outcome.reduced_on_appeal"
    assert editor.form.field("sentence").value() == "1 year of restricted freedom"
    row = editor.form.rows["destination_facility_id"]
    assert row.holder.isHidden()  # no transfer, no destination asked
    editor.form.field("kind").set_value("reprisal_kind.transfer")
    editor.show_destination()
    assert not row.holder.isHidden()
    editor.discard()
    transfer = view.reprisals.open_record(ids["transfer"])
    assert transfer is not None
    assert transfer.form.field("destination_facility_id").value() == ids["there"]
    assert not transfer.form.rows["destination_facility_id"].holder.isHidden()
    # a reprisal cannot follow itself
    transfer.form.field("follows_id").set_value(ids["transfer"])
    assert "follows_id" in transfer.validate()
