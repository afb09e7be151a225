"""Locking: Ctrl+L and idle time hide every piece of data; unlocking restores the view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE, type_text, visible_texts, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SECRETS = ("Ержан", "Сәрсенбаев", "Айгүл", "Иван Петров", "KZ-001", "AK-159/6", "Beating")


def data_shown(window: Any) -> list[str]:
    texts = visible_texts(window) + visible_texts()
    return [t for t in texts if any(s in t for s in SECRETS)]


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    field = window.lock_screen.field.edit
    assert field.hasFocus() or window.lock_screen.isVisible()
    type_text(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_l_hides_the_data_and_unlocking_restores_the_view(window: Any, qtbot: Any,
                                                               sample: dict[str, str]) -> None:
    window.show_view("people")
    people = window.current_list()
    wait_loaded(qtbot, people)
    type_text(people.filter_bar.search, "сәрсен")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1 and people.model.is_current())
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: window.ws.detail_key == ("people", sample["erzhan"]))
    assert data_shown(window)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.ctx.store is None
    QApplication.sendPostedEvents(None, 0)  # let dropped widgets be destroyed
    qtbot.wait(10)
    assert data_shown(window) == []
    assert window.pages.currentWidget() is window.lock_screen
    assert window.lock_screen.field.edit.hasFocus() or not window.isActiveWindow()
    assert not window.act_new.isEnabled()

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: window.current_view() == "people")
    people = window.current_list()
    wait_loaded(qtbot, people)
    assert people.filter_bar.search.text() == "сәрсен"
    assert people.model.rowCount() == 1
    qtbot.waitUntil(lambda: people.current_id() == sample["erzhan"])
    assert window.ws.detail_key == ("people", sample["erzhan"])


def test_wrong_passphrase_keeps_the_window_locked(window: Any, qtbot: Any) -> None:
    window.lock()
    unlock(qtbot, window, "not the passphrase")
    message = window.lock_screen.field.message
    qtbot.waitUntil(message.isVisible, timeout=10_000)
    assert "Wrong passphrase" in message.text()
    assert window.locked and window.ctx.store is None
    assert data_shown(window) == []


def test_idle_time_locks(window: Any, qtbot: Any) -> None:
    assert window.idle.active()
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.ctx.store is None


def test_activity_postpones_the_idle_lock(window: Any, qtbot: Any) -> None:
    window.idle.set_timeout_ms(1500)
    for _ in range(6):  # 1.8 s of activity, never 1.5 s idle
        qtbot.wait(300)
        qtbot.keyClick(window.current_list().table, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)


def test_a_dirty_editor_saves_its_draft_before_locking(window: Any, qtbot: Any,
                                                      monkeypatch: Any) -> None:
    from ui import main_window
    from ui.detail import DetailWidget

    drafts: list[str | None] = []

    class Editing(DetailWidget):
        def is_dirty(self) -> bool:
            return True

        def save_draft(self) -> None:
            drafts.append(self.record_id)

    monkeypatch.setattr(main_window, "make_detail",
                        lambda ctx, kind, rid, parent=None: Editing(ctx, kind, rid, parent))
    window.on_new()
    window.lock()
    assert drafts == [None]
    assert window.locked


def test_temporary_files_are_wiped_on_lock(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from monitor_app import evidence_files

    wiped: list[bool] = []
    monkeypatch.setattr(evidence_files, "wipe_all", lambda: wiped.append(True) or 0)
    window.lock()
    assert wiped == [True]
