"""Issue 9: arrests and custody through the case view: the Custody tab lists the case's
arrests with the hours without a lawyer, Add opens the editor with the victim filled in, a
day may be saved without its time, and "not recorded" is shown where nothing was."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Custody
from ui.case_view import CaseView
from ui.context import AppContext

pytestmark = pytest.mark.synchronous_runner


def test_an_arrest_is_added_and_listed_with_its_hours(qtbot, ctx: AppContext) -> None:
    out: list[str] = []
    ctx.write(lambda w: w.create("people", name="Detainee A"), out.append)
    ctx.write(lambda w: w.create("cases", reference="KZ-A", title="Arrest",
                                 primary_victim_id=out[0]), out.append)
    view = CaseView(ctx, out[1])
    qtbot.addWidget(view)
    view.show()
    view.show_tab("custody")
    tab = view.custody
    assert tab.table.rowCount() == 0
    dialog = tab.on_add()
    editor = dialog.editor
    assert editor.form.field("person_id").value() == out[0]  # the case's victim
    qtbot.keyClicks(editor.form.field("arrested_on").edit, "05.03.2024")  # no time
    qtbot.keyClicks(editor.form.field("lawyer_on").edit, "07.03.2024")
    qtbot.keyClicks(editor.form.field("lawyer_time"), "10:00")
    qtbot.keyClicks(editor.form.field("register_number"), "241234567890123")
    assert editor.lawyer_note.text() == "Hours without a lawyer: 34 to 58 hours."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        row = s.scalars(select(Custody)).one()
        assert (row.arrested_on, row.arrested_time) == ("2024-03-05", None)
        assert (row.lawyer_on, row.lawyer_time, row.case_id) == ("2024-03-07", "10:00",
                                                                 out[1])
        assert row.doctor_access is None and row.family_informed is None  # none invented
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells == ["Detainee A", "5 Mar 2024", "not recorded", "7 Mar 2024 10:00",
                     "34 to 58 hours", "241234567890123"]


def _new_arrest(qtbot, ctx: AppContext, name: str, reference: str) -> Any:
    """The editor dialog of a new arrest, opened from a new case's Custody tab."""
    out: list[str] = []
    ctx.write(lambda w: w.create("people", name=name), out.append)
    ctx.write(lambda w: w.create("cases", reference=reference, title="Arrest",
                                 primary_victim_id=out[0]), out.append)
    view = CaseView(ctx, out[1])
    qtbot.addWidget(view)
    view.show()
    return view.custody.on_add()


def test_a_bad_time_is_marked_and_nothing_saved(qtbot, ctx: AppContext) -> None:
    dialog = _new_arrest(qtbot, ctx, "Detainee B", "KZ-B")
    editor = dialog.editor
    qtbot.keyClicks(editor.form.field("arrested_on").edit, "05.03.2024")
    qtbot.keyClicks(editor.form.field("arrested_time"), "7pm")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "HH:MM" in editor.form.error_text("arrested_time")
    with ctx.require_store().read() as s:
        assert s.scalars(select(Custody)).first() is None


def test_a_time_beside_a_month_is_refused(qtbot, ctx: AppContext) -> None:
    """A time says nothing when only the month is known ("arrested in March 2014")."""
    dialog = _new_arrest(qtbot, ctx, "Detainee M", "KZ-M")
    editor = dialog.editor
    qtbot.keyClicks(editor.form.field("arrested_on").edit, "March 2014")
    qtbot.keyClicks(editor.form.field("arrested_time"), "10:30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "whole day" in editor.form.error_text("arrested_time")
    with ctx.require_store().read() as s:
        assert s.scalars(select(Custody)).first() is None
    editor.form.field("arrested_time").clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        row = s.scalars(select(Custody)).one()
        assert (row.arrested_on, row.arrested_time) == ("2014-03", None)


def test_an_existing_record_opens_and_shows_the_registration_delay(qtbot,
                                                                  ctx: AppContext) -> None:
    out: list[str] = []
    ctx.write(lambda w: w.create("people", name="Detainee C"), out.append)
    ctx.write(lambda w: w.create("cases", reference="KZ-C", title="Arrest",
                                 primary_victim_id=out[0]), out.append)
    ctx.write(lambda w: w.create("custody_records", case_id=out[1], person_id=out[0],
                                 arrested_on="2020-06-01", arrested_time="10:00",
                                 registered_on="2020-06-01", registered_time="15:30"),
              out.append)
    view = CaseView(ctx, out[1])
    qtbot.addWidget(view)
    view.show()
    tab = view.custody
    tab.table.selectRow(0)
    dialog = tab.on_open()
    assert dialog is not None
    note = dialog.editor.registration_note.text()
    assert "5 hours 30 minutes" in note and note.count("Over the 3 hours") == 1
