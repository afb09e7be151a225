"""Edit > Deleted records: records deleted through the window are listed with their kind and
label, Enter restores them into their list, Delete erases them for good after the question."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from db.models import Person
from monitor_app import schema
from monitor_app.operations.purge import tombstoned
from tests.ui.conftest import OFFSCREEN_NOISE, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def _select(qtbot: Any, view: Any, record_id: str) -> None:
    wait_loaded(qtbot, view)
    row = view.model.row_of(record_id)
    assert row is not None
    view.table.setFocus()
    rect = view.table.visualRect(view.model.index(row, 0))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.current_id() == record_id)


def _delete_through_the_window(window: Any, qtbot: Any, view_name: str, record_id: str) -> None:
    window.show_view(view_name)
    view = window.current_list()
    _select(qtbot, view, record_id)

    def answer_yes() -> None:  # the window's question names the record (ui.form_proposals)
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(20, answer_yes)
    window.activateWindow()  # as on a desktop, where closing the question gives it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.is_current() and view.model.row_of(record_id) is None)


def _open_trash(window: Any, qtbot: Any) -> Any:
    from ui.trash import TrashDialog

    assert window.act_trash in window.menu_edit.actions()
    window.act_trash.trigger()
    shown = [d for d in window.findChildren(TrashDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitUntil(lambda: dialog.model.is_loaded, timeout=10_000)
    return dialog


def _rows(dialog: Any) -> list[tuple[str, str, str]]:
    m = dialog.model
    return [(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 3).data())
            for r in range(m.rowCount())]


def _click_row(dialog: Any, row: int) -> None:
    rect = dialog.table.visualRect(dialog.model.index(row, 1))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_restore_and_erase_from_deleted_records(window: Any, qtbot: Any, sample: dict[str, str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    ws = window.ws
    qtbot.waitUntil(lambda: ws.items["cases"].text(1) == "4")
    _delete_through_the_window(window, qtbot, "cases", sample["c2"])
    _delete_through_the_window(window, qtbot, "people", sample["erzhan"])
    qtbot.waitUntil(lambda: ws.items["cases"].text(1) == "3" and ws.items["people"].text(1) == "4")

    dialog = _open_trash(window, qtbot)
    assert _rows(dialog) == [("Person", "Ержан Сәрсенбаев", ""),
                             ("Case", "KZ-002 Death in SIZO", "")]
    assert dialog.model.index(0, 2).data()  # when it was deleted
    assert dialog.status.text() == "2 deleted records"
    # Enter on a button does nothing by accident (no button takes Enter by default)
    dialog.close_button.setFocus()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    window.ctx.runner.wait_idle()
    assert dialog.isVisible() and dialog.model.rowCount() == 2

    # restore the case: a click on its row, then Enter
    _click_row(dialog, 1)
    assert [r.id for r in dialog.selected()] == [sample["c2"]]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(dialog) == [("Person", "Ержан Сәрсенбаев", "")],
                    timeout=10_000)
    assert dialog.result.text() == "1 record restored."
    qtbot.waitUntil(lambda: ws.items["cases"].text(1) == "4")
    window.show_view("cases")
    cases = window.current_list()
    qtbot.waitUntil(lambda: cases.model.is_current() and cases.model.row_of(sample["c2"])
                    is not None, timeout=10_000)

    # erase the person: Delete asks first; No leaves it
    _click_row(dialog, 0)
    asked: list[str] = []

    def no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", no)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert asked and "for good" in asked[0]
    assert dialog.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.is_loaded and dialog.model.rowCount() == 0,
                    timeout=10_000)
    assert dialog.status.text() == "Nothing is deleted."
    with window.ctx.store.read() as s:
        assert tombstoned(s, "people", [sample["erzhan"]]) == {sample["erzhan"]}
        assert s.get(Person, sample["erzhan"]).name == ""
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_part_waits_for_its_deleted_case(window: Any, qtbot: Any, sample: dict[str, str]
                                           ) -> None:
    from monitor_app import operations

    store = window.ctx.store
    with store.read() as s:
        from db.models import Complaint

        complaint = s.query(Complaint).filter(Complaint.case_id == sample["c1"]).one().id
    with store.write() as w:
        operations.records.delete(w, "complaints", complaint)
    with store.write() as w:
        operations.records.delete(w, "cases", sample["c1"])
    dialog = _open_trash(window, qtbot)
    rows = _rows(dialog)
    assert rows[0][:2] == ("Case", "KZ-001 Beating in AK-159/6")
    assert rows[1][0] == "Complaint" and rows[1][2] == (
        "Case: KZ-001 Beating in AK-159/6 (deleted)")
    _click_row(dialog, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "error_box") is not None,
                    timeout=10_000)
    box = dialog.findChild(QMessageBox, "error_box")
    assert "restore that record first" in box.text() and "Case" in box.text()
    box.accept()
    assert dialog.model.rowCount() == 2
    # both chosen (Shift+click): the case comes back first, then its complaint
    _click_row(dialog, 0)
    rect = dialog.table.visualRect(dialog.model.index(1, 1))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert len(dialog.selected()) == 2
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.is_loaded and dialog.model.rowCount() == 0,
                    timeout=10_000)
    assert dialog.result.text() == "2 records restored."


def test_the_dialog_remembers_its_size(window: Any, qtbot: Any) -> None:
    dialog = _open_trash(window, qtbot)
    dialog.resize(640, 380)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = _open_trash(window, qtbot)
    assert again.size().width() == 640 and again.size().height() == 380
    qtbot.keyClick(again.table, Qt.Key.Key_Escape)


def test_locking_closes_the_dialog(window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    from ui.trash import TrashDialog

    window.delete_record("people", sample["erzhan"])
    qtbot.waitUntil(window.act_undo.isEnabled)
    dialog = _open_trash(window, qtbot)
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked)
    assert not any(d.isVisible() for d in window.findChildren(TrashDialog))
    assert dialog.model.rowCount() == 0  # no label kept in memory either
    assert not window.act_trash.isEnabled()


def test_every_kind_has_a_translatable_name() -> None:
    from ui.field_names_catalog import LABELS

    assert {k.label for k in schema.KINDS.values()} <= set(LABELS)


def test_a_read_only_view_lists_but_neither_restores_nor_erases(
        store: Any, store_path: Any, sample: dict[str, str], qtbot: Any) -> None:
    from monitor_app import operations
    from monitor_app.store import open_read_only
    from tests.conftest import PASSPHRASE
    from ui.context import AppContext
    from ui.trash import TrashDialog

    with store.write() as w:
        operations.records.delete(w, "people", sample["erzhan"])
    viewer = open_read_only(store_path, PASSPHRASE)
    ctx = AppContext(lang="en")
    try:
        ctx.attach(viewer)
        qtbot.waitUntil(lambda: ctx.store is not None, timeout=10_000)
        dialog = TrashDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
        assert dialog.selected()  # the first row is chosen, but nothing can be done to it
        assert not dialog.restore_button.isEnabled() and not dialog.erase_button.isEnabled()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        ctx.runner.wait_idle()
        assert dialog.model.rowCount() == 1 and dialog.result.text() == ""
        dialog.close()
    finally:
        ctx.runner.wait_idle()
        ctx.detach()
