"""The lock screen fits a small screen in every language, and unlocking returns to the
tab the user was on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_lock import unlock

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_lock_screens_words_wrap_and_fit(window: Any, qtbot: Any, lang: str,
                                             size: tuple[int, int]) -> None:
    window.set_language(lang)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    screen = window.lock_screen
    screen.layout().activate()
    for label in (screen.title, screen.hint):
        assert label.isVisible() and label.text()
        assert label.wordWrap()
        # tall enough for every wrapped line at the width it was given
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.height() >= label.sizeHint().height() or \
            label.width() >= label.sizeHint().width()
        assert label.width() <= window.width()
        where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        assert window.rect().contains(where), label.text()


def test_unlocking_returns_to_the_tab_of_the_case(window: Any, qtbot: Any,
                                                  sample: dict[str, str]) -> None:
    case = window.open_detail("cases", sample["c1"], full_width=True)
    assert case is not None
    qtbot.waitUntil(lambda: case.data is not None)
    case.tabs.setCurrentWidget(case.allegations)
    case.tabs.setFocus()
    qtbot.keyClick(case.tabs.tabBar(), Qt.Key.Key_Right)  # on to the complaint timeline
    assert case.current_tab() == "complaints"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.state.tab == "complaints"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: window.ws is not None and window.ws.detail is not None)
    again = window.ws.detail
    assert again is not case
    assert window.ws.detail_key == ("cases", sample["c1"]) and window.ws.full_width
    assert again.current_tab() == "complaints"
    assert again.tabs.currentWidget() is again.complaints


def test_a_record_without_tabs_comes_back_as_before(window: Any, qtbot: Any,
                                                    sample: dict[str, str]) -> None:
    window.open_detail("people", sample["erzhan"])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.state.tab is None
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.ws is not None and window.ws.detail is not None,
                    timeout=10_000)
    assert window.ws.detail_key == ("people", sample["erzhan"])
