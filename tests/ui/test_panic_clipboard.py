"""Panic (Ctrl+Shift+L), locking when the app is away, and a clipboard that forgets
sensitive fields."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import OFFSCREEN_NOISE, wait_loaded
from tests.ui.test_lock import data_shown
from ui.clipboard import sensitive_field

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def open_person(window: Any, qtbot: Any, person_id: str) -> Any:
    window.show_view("people")
    wait_loaded(qtbot, window.current_list())
    window.open_detail("people", person_id)
    qtbot.waitUntil(lambda: window.ws.detail_key == ("people", person_id)
                    and getattr(window.ws.detail, "form", None) is not None
                    and window.ws.detail.form.rows["name"].widget.text() != "")
    return window.ws.detail


def test_no_other_action_uses_the_panic_shortcut(window: Any) -> None:
    keys = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert keys.count(QKeySequence("Ctrl+Shift+L").toString()) == 1


def test_panic_hides_and_locks_at_once(window: Any, qtbot: Any,
                                       sample: dict[str, str]) -> None:
    window.show()
    open_person(window, qtbot, sample["erzhan"])
    assert data_shown(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.locked and window.ctx.store is None
    assert window.windowState() & Qt.WindowState.WindowMinimized
    QApplication.sendPostedEvents(None, 0)
    qtbot.wait(10)
    assert data_shown(window) == []
    assert window.pages.currentWidget() is window.lock_screen


def test_away_from_the_app_locks_after_the_idle_time(window: Any, qtbot: Any) -> None:
    window.idle.set_timeout_ms(400)
    window.idle.on_application_state(Qt.ApplicationState.ApplicationInactive)
    for _ in range(8):  # the mouse moving over an inactive window does not keep it open
        qtbot.mouseMove(window, window.rect().center())
        qtbot.wait(100)
        if window.locked:
            break
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)


def test_coming_back_in_time_does_not_lock(window: Any, qtbot: Any) -> None:
    window.show()
    window.idle.set_timeout_ms(1000)
    window.idle.on_application_state(Qt.ApplicationState.ApplicationInactive)
    qtbot.wait(600)
    window.idle.on_application_state(Qt.ApplicationState.ApplicationActive)
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # back at the keyboard
    qtbot.wait(600)  # 1.2 s since leaving: the time away alone would have locked
    assert not window.locked


def test_suspended_locks_at_once(window: Any, qtbot: Any) -> None:
    window.idle.on_application_state(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: window.locked, timeout=2_000)


def copy_from(qtbot: Any, widget: Any) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_a_copied_name_is_cleared_after_a_while(window: Any, qtbot: Any,
                                                sample: dict[str, str]) -> None:
    window.show()
    window.activateWindow()
    editor = open_person(window, qtbot, sample["erzhan"])
    name = editor.form.rows["name"].widget
    assert sensitive_field(name) == ("people", "name")
    window.clipboard_guard._timer.setInterval(300)
    clip = QGuiApplication.clipboard()
    copy_from(qtbot, name)
    assert clip.text() == "Ержан Сәрсенбаев"
    assert window.clipboard_guard.pending()
    qtbot.waitUntil(lambda: clip.text() == "", timeout=3_000)


def test_a_code_is_not_sensitive_and_stays(window: Any, qtbot: Any,
                                           sample: dict[str, str]) -> None:
    window.show()
    editor = open_person(window, qtbot, sample["erzhan"])
    code = editor.form.rows["code"].widget
    assert sensitive_field(code) is None
    window.clipboard_guard._timer.setInterval(200)
    copy_from(qtbot, code)
    assert QGuiApplication.clipboard().text() == "P-1"
    assert not window.clipboard_guard.pending()
    qtbot.wait(400)
    assert QGuiApplication.clipboard().text() == "P-1"


def test_something_copied_since_is_left_alone(window: Any, qtbot: Any,
                                              sample: dict[str, str]) -> None:
    window.show()
    editor = open_person(window, qtbot, sample["erzhan"])
    window.clipboard_guard._timer.setInterval(300)
    copy_from(qtbot, editor.form.rows["name"].widget)
    editor.form.rows["code"].widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.form.rows["code"].widget)
    QGuiApplication.clipboard().setText("from another program")
    qtbot.wait(500)
    assert QGuiApplication.clipboard().text() == "from another program"


def test_locking_clears_a_copied_name(window: Any, qtbot: Any,
                                      sample: dict[str, str]) -> None:
    window.show()
    editor = open_person(window, qtbot, sample["erzhan"])
    copy_from(qtbot, editor.form.rows["name"].widget)  # the 10 s have not passed
    assert QGuiApplication.clipboard().text() == "Ержан Сәрсенбаев"
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
