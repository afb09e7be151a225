"""The keyboard alone in the main window: a form's labels have mnemonics (Alt+letter goes
to the field) that the menu bar's do not clash with."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_a_forms_labels_have_mnemonics_that_the_menus_do_not_use(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    from ui.keyboard import mnemonic_of

    window.open_detail("people", sample["erzhan"])
    editor = window.ws.detail
    qtbot.waitUntil(lambda: not editor._loading)
    assert editor.isVisible()
    menus = {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    assert menus == {"f", "e", "v", "h"}
    labels = [r.label.text() for r in editor.form.rows.values() if r.label.text()]
    letters = [mnemonic_of(t) for t in labels if mnemonic_of(t)]
    assert len(letters) >= 15
    assert len(set(letters)) == len(letters), "no two fields share one"
    assert not set(letters) & menus
    for text in labels:  # a label without one has no letter left
        if not mnemonic_of(text):
            assert {c.casefold() for c in text if c.isalpha()} <= set(letters) | menus, text
    # Alt+letter goes to the field
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = editor.form.rows["code"]
    key = QKeySequence.mnemonic(row.label.text())[0].key()
    assert key == Qt.Key.Key_C
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is row.widget.focus_target()



def pane_of(window: Any, widget: Any) -> str:
    ws = window.ws
    if widget is ws.nav:
        return "navigation"
    if ws.list_stack.isAncestorOf(widget):
        return "list"
    if ws.detail_area.isAncestorOf(widget):
        return "record"
    return "elsewhere"


@pytest.mark.parametrize("view", ["cases", "visits", "people"])
def test_tab_goes_from_the_navigation_through_the_list_to_the_record(
        window: Any, qtbot: Any, view: str) -> None:
    from tests.ui.conftest import wait_loaded

    window.show_view(view)
    lv = window.current_list()
    wait_loaded(qtbot, lv)
    lv.table.setFocus()
    lv.table.selectRow(0)
    qtbot.waitUntil(lambda: window.ws.detail is not None and window.ws.detail.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ws.nav.setFocus()
    panes = []
    names = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        panes.append(pane_of(window, widget))
        names.append(widget.objectName())
        if panes[-1] == "record":
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # navigation, then the list (search, period, filters, the table), then the record
    assert panes[0] == "navigation" and panes[-1] == "record", names
    assert set(panes[1:-1]) == {"list"}, names
    assert names[1] == "search" and names[-2] == f"table_{lv.kind}", names
    assert len(names) == len(set(names)), "no field is visited twice"
    if view == "people":  # an editor: straight to its first field, not its scroll area
        assert QApplication.focusWidget() is window.ws.detail.form.first_focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is lv.table


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_menu_entry_has_a_mnemonic_of_its_own(window: Any, lang: str) -> None:
    from ui.keyboard import mnemonic_of

    window.set_language(lang)
    titles = [mnemonic_of(a.text()) for a in window.menuBar().actions()]
    assert all(titles) and len(set(titles)) == len(titles)
    for menu in (window.menu_file, window.menu_edit, window.menu_view, window.menu_help):
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [mnemonic_of(t) for t in entries]
        assert all(letters), (menu.title(), entries)
        assert len(set(letters)) == len(letters), (menu.title(), entries)
