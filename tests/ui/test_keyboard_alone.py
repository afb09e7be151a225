"""The keyboard alone: Enter in a one-line field of an editor in its own window never
saves it, closes it or presses one of its buttons; Tab follows the visual order."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QLineEdit, QPushButton

from ui.context import AppContext
from ui.editors import (
    AllegationEditor,
    CaseEditor,
    ComplaintEditor,
    ComplaintStepEditor,
    CustodyEditor,
    DefendantEditor,
    EditorDialog,
    FacilityEditor,
    PersonEditor,
    ProceedingEditor,
    ReprisalEditor,
    ReprisalResponseEditor,
)
from ui.visit_form import VisitForm

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner

EDITORS = [AllegationEditor, CaseEditor, ComplaintEditor, ComplaintStepEditor, CustodyEditor,
           DefendantEditor, FacilityEditor, PersonEditor, ProceedingEditor, ReprisalEditor,
           ReprisalResponseEditor, VisitForm]


def one_line_fields(dialog: QDialog) -> list[QLineEdit]:
    found = []
    for edit in dialog.findChildren(QLineEdit):
        if not edit.isVisibleTo(dialog) or not edit.isEnabled() or edit.isReadOnly():
            continue
        found.append(edit)
    return found


@pytest.mark.parametrize("editor_cls", EDITORS, ids=lambda c: c.__name__)
def test_enter_in_a_one_line_field_never_saves_or_closes_the_window(
        qtbot: Any, ctx: AppContext, editor_cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    editor = editor_cls(ctx)
    dialog = EditorDialog(editor, "New")
    qtbot.addWidget(dialog)
    saves: list[str] = []
    editor.saved.connect(saves.append)
    clicked: list[str] = []
    for button in dialog.findChildren(QPushButton):
        button.clicked.connect(lambda _c=False, b=button: clicked.append(b.text()))
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = one_line_fields(dialog)
    assert fields, "the editor has one-line fields"
    for edit in fields:
        edit.setFocus()
        QApplication.processEvents()
        if not edit.hasFocus():
            continue
        if not isinstance(edit.parent(), QAbstractSpinBox):
            qtbot.keyClicks(edit, "7")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClick(edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert dialog.isVisible(), f"Enter in {edit.objectName() or edit} closed the window"
        assert dialog.result() == 0
        assert saves == [], f"Enter in {edit.objectName() or edit} saved"
        assert clicked == [], f"Enter in {edit.objectName() or edit} pressed {clicked}"
        assert opened == [], f"Enter in {edit.objectName() or edit} opened a window"


def test_enter_in_the_link_person_window_does_not_add(qtbot: Any, ctx: AppContext,
                                                      sample: dict[str, str]) -> None:
    from ui.editors.allegation_parts import LinkPersonDialog

    with ctx.require_store().write() as w:
        allegation_id = w.create("allegations", case_id=sample["c1"],
                                 kind="allegation_kind.torture", summary="Beaten")
    dialog = LinkPersonDialog(ctx, allegation_id, "perpetrator")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in one_line_fields(dialog):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.link_id is None


@pytest.mark.parametrize("editor_cls", EDITORS, ids=lambda c: c.__name__)
def test_tab_goes_down_the_form_and_on_to_save(qtbot: Any, ctx: AppContext,
                                                editor_cls: type) -> None:
    editor = editor_cls(ctx)
    dialog = EditorDialog(editor, "New")
    qtbot.addWidget(dialog)
    dialog.resize(700, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = editor.form
    first = form.first_focus()
    assert first is not None
    first.setFocus()
    QApplication.processEvents()
    tops: list[int] = []
    for _ in range(400):
        widget = QApplication.focusWidget()
        if widget is None or not form.isAncestorOf(widget):
            break
        tops.append(widget.mapTo(form, QPoint(0, 0)).y())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QPushButton), "Tab never left the form"
    assert QApplication.focusWidget() in (dialog.save_button, dialog.cancel_button)
    backwards = [(a, b) for a, b in zip(tops, tops[1:], strict=False) if b < a - 5]
    assert backwards == [], "Tab went back up the form"
    assert len(tops) >= len(form.rows) // 2


def test_mnemonics_take_a_free_letter_and_keep_an_ampersand() -> None:
    from ui.keyboard import with_mnemonic

    taken = {"f"}
    assert with_mnemonic("Full name", taken) == "Full &name"
    assert with_mnemonic("Notes", taken) == "N&otes"
    assert with_mnemonic("Q&A", taken) == "&Q&&A"
    assert with_mnemonic("Место содержания", taken) == "&Место содержания"
    assert with_mnemonic("Ffnnoo", {"f", "n", "o"}) == "Ffnnoo"


def test_enter_in_the_days_of_a_deadline_rule_neither_saves_nor_closes(
        qtbot: Any, ctx: AppContext) -> None:
    from ui.procedure_dialog import ProcedureDialog

    dialog = ProcedureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.select_rule("complaint_stage.hearing", None)
    dialog.mode.setCurrentIndex(0)
    clicked: list[str] = []
    for button in dialog.findChildren(QPushButton):
        button.clicked.connect(lambda _c=False, b=button: clicked.append(b.text()))
    days = dialog.days.findChild(QLineEdit)
    dialog.days.setFocus()
    qtbot.keyClicks(days, "7")
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert dialog.isVisible() and clicked == []
    assert "Saved" not in dialog.status.text()
