"""Search everywhere (Ctrl+Shift+F): one box over cases, people, places, visits and
reprisals, each hit labelled by its kind; Down/Enter opens, Escape closes; driven by real
key presses on the main window over a real store."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from monitor_app.queries import search as search_queries
from tests.ui.conftest import OFFSCREEN_NOISE, type_text

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_box(window: Any, qtbot: Any) -> Any:
    from ui.global_search import SearchEverywhere

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    box = window.findChild(SearchEverywhere, "search_everywhere")
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: box.box.hasFocus())
    return box


def search(box: Any, qtbot: Any, text: str) -> list[tuple[str, str]]:
    box.box.selectAll()
    type_text(box.box, text)
    assert not box.is_current()  # typing waits for the debounce before asking
    qtbot.waitUntil(box.is_current, timeout=10_000)
    return rows(box)


def rows(box: Any) -> list[tuple[str, str]]:
    tree = box.hits
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())]


def test_the_shortcut_is_the_windows_only_one(window: Any) -> None:
    keys = Counter(a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty())
    assert keys["Ctrl+Shift+F"] == 1
    assert [k for k, n in keys.items() if n > 1] == []
    assert window.act_find_all in window.menu_edit.actions()
    assert window.act_find_all in window.toolbar.actions()


def test_a_name_shows_the_person_and_their_case_labelled_by_kind(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    found = search(box, qtbot, "ива")  # lower case, the start of "Иван"
    assert ("Person", "Иван Петров") in found
    assert ("Case", "KZ-002 Death in SIZO") in found  # Иван Петров is its victim
    assert [kind for kind, _label in found] == ["Case", "Person"]
    assert box.status.text() == "Enter opens the record; Escape closes."


def test_a_place_designation_finds_the_place_and_its_visits(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    found = search(box, qtbot, "ЕЦ-166")
    assert ("Place", "ЕЦ-166/4 СИЗО Алматы") in found
    visits = [label for kind, label in found if kind == "Visit"]
    assert len(visits) == 1 and "ЕЦ-166/4 СИЗО Алматы" in visits[0]
    assert search(box, qtbot, "жжжж") == []
    assert box.status.text() == "Nothing found."


def test_down_and_enter_open_the_record_in_the_window(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    assert search(box, qtbot, "ива") == [("Case", "KZ-002 Death in SIZO"),
                                          ("Person", "Иван Петров")]
    qtbot.keyClick(box.box, Qt.Key.Key_Down)  # into the hits: the first one
    assert box.hits.hasFocus()
    qtbot.keyClick(box.hits, Qt.Key.Key_Down)  # the person
    qtbot.keyClick(box.hits, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert window.ws.detail_key == ("people", sample["ivan"])
    assert window.ws.full_width
    assert window.current_view() == "people"  # Ctrl+W goes back to the person's list
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.list_stack.isVisible() and window.current_view() == "people"


def test_enter_in_the_box_opens_the_first_hit(window: Any, qtbot: Any,
                                              sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    search(box, qtbot, "AK-159")
    assert rows(box)[0] == ("Case", "KZ-001 Beating in AK-159/6")
    assert box.hits.currentItem() is box.hits.topLevelItem(0)  # shown as what Enter opens
    qtbot.keyClick(box.box, Qt.Key.Key_Return)
    assert window.ws.detail_key == ("cases", sample["c1"])


def test_escape_closes_without_opening(window: Any, qtbot: Any,
                                       sample: dict[str, str]) -> None:
    before = window.ws.detail_key
    box = open_box(window, qtbot)
    search(box, qtbot, "ива")
    qtbot.keyClick(box.box, Qt.Key.Key_Down)
    qtbot.keyClick(box.hits, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert window.ws.detail_key == before
    assert not window.ws.full_width


def test_an_answer_to_older_text_is_dropped(window: Any, qtbot: Any, ctx: Any,
                                            sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    with ctx.store.read() as s:
        older = search_queries.everywhere(s, ctx.vocab, "ива")
    older_gen = box._generation
    found = search(box, qtbot, "ЕЦ-166")
    box.on_found(older_gen, "ива", older)  # arrives late, after the newer answer
    assert rows(box) == found


def test_locking_closes_the_box_and_forgets_what_it_showed(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    shown = search(box, qtbot, "ива")
    with window.ctx.store.read() as s:
        late = search_queries.everywhere(s, window.ctx.vocab, "ива")
    asked = box._generation
    window.lock()
    assert not box.isVisible()
    assert box.box.text() == "" and rows(box) == []
    box.on_found(asked, "ива", late)  # an answer asked before the lock, arriving after it
    assert rows(box) == [] and shown
    saved = QSettings("Monitor", "Monitor")
    assert not [k for k in saved.allKeys() if "ива" in str(saved.value(k))]


def test_more_hits_than_shown_open_the_list_searching_the_same_text(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    box = open_box(window, qtbot)
    box.per_kind = 2
    found = search(box, qtbot, "KZ")
    assert found[-1] == ("Case", "More… show all in the list")
    qtbot.keyClick(box.box, Qt.Key.Key_Down)
    for _ in range(2):
        qtbot.keyClick(box.hits, Qt.Key.Key_Down)
    qtbot.keyClick(box.hits, Qt.Key.Key_Return)
    lv = window.current_list()
    assert window.current_view() == "cases" and lv.filter_bar.search.text() == "KZ"
    qtbot.waitUntil(lv.model.is_current, timeout=10_000)
    assert lv.model.rowCount() == 4



def test_kinds_are_named_in_the_interface_language(window: Any, qtbot: Any,
                                                   sample: dict[str, str]) -> None:
    window.set_language("kk")
    box = open_box(window, qtbot)
    assert box.windowTitle() == "Барлық тізімдерден іздеу"
    assert ("Тұлға", "Иван Петров") in search(box, qtbot, "ива")
    window.set_language("ru")
    assert box.windowTitle() == "Поиск по всем спискам"
    assert ("Лицо", "Иван Петров") in search(box, qtbot, "ива")
