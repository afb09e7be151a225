"""Editors: approximate dates, errors next to the field, drafts as you type, the unsaved guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from monitor_app import drafts, records
from ui import detail
from ui.context import AppContext
from ui.detail import confirm_leave
from ui.detail_factory import make_detail
from ui.editors import AllegationEditor, CaseEditor, EditorDialog, PersonEditor
from ui.editors.base import DRAFT_DELAY_MS
from ui.forms import ApproxDateField

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner


def type_text(widget: object, text: str) -> None:
    """Type any text, Cyrillic included, as an input method commits it (QTest.keyClicks
    only knows ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(("typed", "iso", "shown"), [
    ("2017-11-14", "2017-11-14", "14 Nov 2017 (exact day)"),
    ("11.2017", "2017-11", "November 2017 (month)"),
    ("2017", "2017", "2017 (year)"),
    ("December 2011", "2011-12", "December 2011 (month)"),
    ("декабрь 2011", "2011-12", "December 2011 (month)"),
])
def test_approximate_date_feedback(qtbot, typed: str, iso: str, shown: str) -> None:
    field = ApproxDateField()
    qtbot.addWidget(field)
    type_text(field.edit, typed)
    assert field.value() == iso
    assert field.feedback.text() == shown
    assert field.problem() is None


def test_unreadable_date_is_explained(qtbot) -> None:
    field = ApproxDateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "sometime")
    assert field.feedback.text() == "not a date yet"
    assert field.problem()


def test_required_field_message_next_to_it(qtbot, ctx: AppContext) -> None:
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.form.field("reference"), "KZ-9")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.error_text("title") == "This field is required."
    assert editor.form.rows["title"].error.isVisible()
    assert editor.form.error_text("reference") == ""
    assert editor.record_id is None and editor.is_dirty()
    assert "*" in editor.form.rows["title"].label.text()
    qtbot.keyClicks(editor.form.field("title"), "Now titled")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.record_id is not None


def test_writer_errors_land_on_their_field(qtbot, ctx: AppContext) -> None:
    ctx.write(lambda w: w.create("cases", reference="KZ-1", title="First"))
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.field("reference"), "KZ-2")
    qtbot.keyClicks(editor.form.field("title"), "Second")
    qtbot.keyClicks(editor.form.field("status").lineEdit(), "no such status")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.error_text("status") == "Pick one of the entries in the list."


def test_person_needs_some_name(qtbot, ctx: AppContext) -> None:
    editor = make_detail(ctx, "people", None)
    assert isinstance(editor, PersonEditor)
    qtbot.addWidget(editor)
    code = editor.form.field("code")
    # proposed (ui.form_proposals); the user may remove it
    assert code.text() == f"KZ-P000001-{ctx.require_store().identity.tag}"
    code.clear()
    qtbot.keyClicks(editor.form.field("unit"), "Internal troops")
    editor.save()
    assert "pseudonym" in editor.form.error_text("name")
    qtbot.keyClicks(editor.form.field("pseudonym"), "Masked officer 1")
    editor.save()
    assert editor.record_id and not editor.is_dirty()


def test_person_form_keeps_other_spellings_one_a_line(qtbot, ctx: AppContext) -> None:
    editor = make_detail(ctx, "people", None)
    qtbot.addWidget(editor)
    type_text(editor.form.field("name"), "Бесмаганбетов Жанболат")
    aliases = editor.form.field("aliases")
    type_text(aliases, "Besmaganbetov Zhanbolat")
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    type_text(aliases, "Бесмағанбетов")
    editor.save()
    assert editor.record_id
    with ctx.require_store().read() as s:
        stored = records.get(s, "people", editor.record_id)
    assert stored["aliases"].splitlines() == ["Besmaganbetov Zhanbolat", "Бесмағанбетов"]


def test_enter_moves_on_and_never_submits(qtbot, ctx: AppContext) -> None:
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    reference = editor.form.field("reference")
    reference.setFocus()
    qtbot.keyClicks(reference, "KZ-7")
    qtbot.keyClick(reference, Qt.Key.Key_Return)
    assert editor.record_id is None  # nothing saved
    assert editor.focusWidget() is editor.form.field("title")


def test_draft_survives_a_crash_and_is_offered(qtbot, ctx: AppContext) -> None:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-3", title="Draft case"), out.append)
    case_id = out[0]
    editor = CaseEditor(ctx, case_id)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.field("summary"), "He was beaten with a plastic bottle")
    assert editor.draft_timer.isActive()
    qtbot.wait(DRAFT_DELAY_MS + 300)
    assert not editor.draft_timer.isActive()
    with ctx.require_store().read() as s:
        kept = drafts.load(s, "cases", case_id)
    assert kept is not None and "plastic bottle" in kept.payload["form"]["summary"]
    # the crash: the widget goes away without saving or closing properly
    editor.setParent(None)
    editor.deleteLater()
    qtbot.wait(10)

    reopened = CaseEditor(ctx, case_id)
    qtbot.addWidget(reopened)
    assert reopened.form.field("summary").value() == ""  # the stored record is unchanged
    assert not reopened.banner.isHidden()
    qtbot.mouseClick(reopened.banner.restore_button, Qt.MouseButton.LeftButton)
    assert reopened.form.field("summary").value() == "He was beaten with a plastic bottle"
    assert reopened.is_dirty()
    reopened.save()
    with ctx.require_store().read() as s:
        assert records.get(s, "cases", case_id)["summary"].endswith("plastic bottle")
        assert drafts.load(s, "cases", case_id) is None


def test_draft_of_a_new_record_can_be_discarded(qtbot, ctx: AppContext) -> None:
    editor = AllegationEditor(ctx, None, scope="case-x")
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.field("summary"), "Stress positions")
    editor.save_draft()
    again = AllegationEditor(ctx, None, scope="case-x")
    qtbot.addWidget(again)
    assert not again.banner.isHidden()
    qtbot.mouseClick(again.banner.discard_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        assert drafts.load(s, "allegations", None, "case-x") is None


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_unsaved_changes_guard(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch,
                               answer: str) -> None:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-4", title="Guarded"), out.append)
    editor = make_detail(ctx, "cases", out[0])
    qtbot.addWidget(editor)
    assert confirm_leave(editor)  # nothing typed: leave freely
    target = editor.overview if hasattr(editor, "overview") else editor
    qtbot.keyClicks(target.form.field("title"), " (edited)")
    assert editor.is_dirty()
    asked: list[bool] = []
    monkeypatch.setattr(detail, "ask_unsaved", lambda parent: asked.append(True) or answer)
    result = confirm_leave(editor)
    assert asked
    with ctx.require_store().read() as s:
        title = records.get(s, "cases", out[0])["title"]
    if answer == "cancel":
        assert result is False and editor.is_dirty()
        assert title == "Guarded"
    elif answer == "discard":
        assert result is True and not editor.is_dirty()
        assert target.form.field("title").value() == "Guarded"
    else:
        assert result is True and not editor.is_dirty()
        assert title == "Guarded (edited)"


def test_dialog_cancel_asks_before_losing_typing(qtbot, ctx: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    editor = PersonEditor(ctx)
    dialog = EditorDialog(editor, "New person")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(editor.form.field("name"), "Witness W")
    monkeypatch.setattr(detail, "ask_unsaved", lambda parent: "cancel")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    monkeypatch.setattr(detail, "ask_unsaved", lambda parent: "save")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.record_id is not None


def test_two_editors_on_one_record_the_second_save_is_refused(
        qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.editors import base

    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-7", title="Opened twice"), out.append)
    case_id = out[0]
    first, second = CaseEditor(ctx, case_id), CaseEditor(ctx, case_id)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.form.field("title").clear()
    qtbot.keyClicks(first.form.field("title"), "Title from the first editor")
    first.save()
    qtbot.keyClicks(second.form.field("summary"), "Summary from the second")
    answers = ["cancel", "keep"]
    asked: list[str] = []
    monkeypatch.setattr(base, "ask_stale", lambda parent: asked.append("?") or answers.pop(0))

    second.save()  # "changed elsewhere": refused, nothing of it written
    assert asked and "changed elsewhere" in second.status.text()
    with ctx.require_store().read() as s:
        case = records.get(s, "cases", case_id)
    assert (case["title"], case["summary"]) == ("Title from the first editor", "")
    assert second.is_dirty()  # the typing is still there

    second.save()  # "keep mine": what the second editor changed goes over, the rest stays
    with ctx.require_store().read() as s:
        case = records.get(s, "cases", case_id)
    assert (case["title"], case["summary"]) == ("Title from the first editor",
                                                "Summary from the second")
    assert not second.is_dirty()


def test_a_stale_editor_can_reload_the_other_version(
        qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.editors import base

    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="KZ-8", title="Old"), out.append)
    editor = CaseEditor(ctx, out[0])
    qtbot.addWidget(editor)
    ctx.write(lambda w: w.update("cases", out[0], title="Changed by a merge"))
    qtbot.keyClicks(editor.form.field("summary"), "mine")
    monkeypatch.setattr(base, "ask_stale", lambda parent: "reload")
    editor.save()
    assert editor.form.field("title").value() == "Changed by a merge"
    assert editor.form.field("summary").value() == ""
    with ctx.require_store().read() as s:
        assert records.get(s, "cases", out[0])["summary"] == ""
