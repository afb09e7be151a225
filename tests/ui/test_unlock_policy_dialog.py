"""The app's unlock paths under the unlock policy: the unlock dialog and the lock screen
open the decoy for the duress passphrase and wipe after N failures, as the command line
does (tests/monitor_app/test_unlock_policy.py); File > Unlock protection sets it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from monitor_app import unlock_policy
from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE, type_text, visible_texts, wait_loaded
from tests.ui.test_lock import data_shown, unlock

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

DURESS = "purple elephant dances 42"
WRONG = "not the passphrase 1"


@pytest.fixture
def closed_store(store_path: Path) -> Path:
    with create_store(store_path, PASSPHRASE, kdf=CHEAP_KDF) as s:
        with s.write() as w:
            w.create("people", name="Ержан Сәрсенбаев", pseudonym="P-1")
        s.set_option("organisation", "Helsinki Group (fictional)")
    return store_path


def set_policy(path: Path, **changes: Any) -> None:
    with unlock_policy.open_store(path, PASSPHRASE) as s:
        unlock_policy.configure(s, **changes)


@pytest.fixture
def dialog(closed_store: Path, qtbot: Any) -> Iterator[Any]:
    from ui.unlock import UnlockDialog

    d = UnlockDialog(str(closed_store))
    qtbot.addWidget(d)
    d.show()
    yield d
    d.runner.wait_idle()
    if d.store is not None:
        d.store.close()


def try_passphrase(dialog: Any, qtbot: Any, passphrase: str) -> None:
    dialog.field.edit.clear()
    dialog.field.message.hide()
    type_text(dialog.field.edit, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field.message.isVisible() or dialog.store is not None,
                    timeout=10_000)


def test_the_unlock_dialog_opens_the_decoy_under_the_path_chosen(
        dialog: Any, qtbot: Any, closed_store: Path) -> None:
    from ui import settings

    set_policy(closed_store, duress=DURESS)
    decoy = Path(unlock_policy.load(closed_store).decoy or "")
    try_passphrase(dialog, qtbot, DURESS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store.path == decoy
    # what the window shows and remembers is the store the user chose, as for the real one
    assert dialog.store_path == closed_store
    assert settings.get("recent_stores") == [str(closed_store.resolve())]
    assert dialog.store.option("organisation") == "Helsinki Group (fictional)"


def test_the_unlock_dialog_wipes_after_n_failures_saying_nothing_else(
        dialog: Any, qtbot: Any, closed_store: Path) -> None:
    set_policy(closed_store, wipe_after=2)
    messages = []
    for _ in range(2):
        try_passphrase(dialog, qtbot, WRONG)
        messages.append(dialog.field.message.text())
    assert messages[0] == messages[1] and "Wrong passphrase" in messages[0]
    assert not closed_store.exists()
    try_passphrase(dialog, qtbot, PASSPHRASE)
    assert dialog.store is None


@pytest.fixture
def real_window(ctx: Any, sample: dict[str, str], store_path: Path, qtbot: Any
                ) -> Iterator[Any]:
    from ui.main_window import MainWindow

    ctx.store.set_option("organisation", "Helsinki Group (fictional)")
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    yield win
    ctx.runner.wait_idle()
    win.idle.uninstall()


def test_the_lock_screen_opens_the_decoy_and_the_window_looks_the_same(
        real_window: Any, qtbot: Any, store_path: Path) -> None:
    window = real_window
    unlock_policy.create_decoy(window.ctx.store, DURESS)
    title = window.windowTitle()
    window.show_view("people")
    people = window.current_list()
    wait_loaded(qtbot, people)
    type_text(people.filter_bar.search, "Ержан")  # a search text and an open record
    qtbot.waitUntil(lambda: people.model.rowCount() == 1 and people.model.is_current())
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: window.ws.detail_key is not None)
    assert data_shown(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    unlock(qtbot, window, DURESS)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.ctx.store.path != store_path
    assert window.windowTitle() == title
    assert window.current_view() == "people"
    wait_loaded(qtbot, window.current_list())
    QApplication.sendPostedEvents(None, 0)
    # neither the real records nor what was typed or open before the lock
    assert data_shown(window) == [] and window.ws.detail_key is None
    # lock again: the real passphrase brings the real store back
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.ctx.store.path == store_path
    wait_loaded(qtbot, window.current_list())
    qtbot.waitUntil(lambda: bool(data_shown(window)), timeout=10_000)


def test_file_menu_sets_wipe_and_duress(real_window: Any, qtbot: Any, store_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from ui.unlock_policy_dialog import UnlockPolicyDialog

    window = real_window
    seen: list[str] = []

    def fill_in() -> None:
        d = next((w for w in QApplication.topLevelWidgets()
                  if isinstance(w, UnlockPolicyDialog) and w.isVisible()), None)
        if d is None:
            QTimer.singleShot(20, fill_in)
            return
        seen.extend(visible_texts(d))
        d.wipe_after.setValue(4)
        type_text(d.duress, PASSPHRASE)  # the store's own passphrase: refused
        type_text(d.repeat.edit, PASSPHRASE)
        d.buttons.button(d.buttons.StandardButton.Ok).click()

        def second() -> None:
            if not d.repeat.message.isVisible():
                QTimer.singleShot(20, second)
                return
            seen.append(d.repeat.message.text())
            d.duress.clear()
            d.repeat.edit.clear()
            type_text(d.duress, DURESS)
            type_text(d.repeat.edit, DURESS)
            d.buttons.button(d.buttons.StandardButton.Ok).click()

        second()

    QTimer.singleShot(0, fill_in)
    window.act_unlock_policy.trigger()
    assert "The duress passphrase must differ from the store's passphrase." in seen
    assert "No duress passphrase is set." in seen
    assert not window.isHidden()
    policy = unlock_policy.load(store_path)
    assert policy.wipe_after == 4 and policy.decoy is not None
    assert Path(policy.decoy).is_file()
