"""File > Back up the store…, Restore a backup…, Change the passphrase…, and the offer to
re-key a store below today's key-derivation floor (issue 8), driven through the window."""

from __future__ import annotations

import errno
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from db import crypto
from db import engine as dbengine
from db.models import Person
from monitor_app.store import Store, WrongPassphrase, backup_store, create_store, open_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import OFFSCREEN_NOISE
from ui import settings

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

NAME = "Ержан Сәрсенбаев"  # a person of the sample store (tests/monitor_app/queries)
NEW_PASSPHRASE = "a much better passphrase 7"
# today's floor, with one lane to keep the test quick (the floor is passes and memory)
FLOOR = crypto.KdfParams(crypto.MIN_TIME_COST, crypto.DEFAULT_MEMORY_KIB, 1)
OLD_FLOOR = crypto.KdfParams(crypto.ACCEPT_MIN_TIME_COST, crypto.MIN_MEMORY_KIB, 1)


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, answer: Path) -> list[tuple]:
    """QFileDialog.getSaveFileName answers ``answer``; returns what it was asked."""
    asked: list[tuple] = []

    def answer_with(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_with)
    return asked


def messages(window: Any) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]


def no_trace_of(folder: Path, stem: str) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(stem)]


# -- backup -------------------------------------------------------------------------------

def test_back_up_from_the_menu_while_the_store_is_open(window: Any, qtbot: Any, tmp_path: Path,
                                                      sample: dict[str, str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.store_actions
    assert actions.act_backup in window.menu_file.actions()
    assert actions.act_restore in window.menu_file.actions()
    assert actions.act_passwd in window.menu_file.actions()
    folder = tmp_path / "backups"
    folder.mkdir()
    asked = save_dialog_answers(monkeypatch, folder / "friday")  # no suffix typed
    with qtbot.waitSignal(actions.backup_done, timeout=20_000) as done:
        actions.act_backup.trigger()
    out, size = done.args
    assert out == folder / "friday.backup" and size == out.stat().st_size > 0
    # the name offered is the date, never the store's or a case's name
    offered = Path(asked[0][2]).name
    assert re.fullmatch(r"monitor-backup-\d{4}-\d{2}-\d{2}\.backup", offered), offered
    assert settings.state("backup/folder") == str(folder)  # offered first next time
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert NAME.encode() not in out.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["friday.backup"]  # no -wal, no temp
    qtbot.waitUntil(lambda: any(str(out) in m for m in messages(window)))
    assert window.ctx.store is not None and not window.locked  # the window went on
    # the backup opens with the same passphrase and holds the records
    with open_store(out, PASSPHRASE) as copy, copy.read() as s:
        assert s.get(Person, sample["erzhan"]).name == NAME
    # the next backup is offered in the same folder, under a name not yet taken
    (folder / offered).write_bytes(b"an earlier backup of the day")
    asked_again = save_dialog_answers(monkeypatch, folder / "again.backup")
    with qtbot.waitSignal(actions.backup_done, timeout=20_000):
        actions.act_backup.trigger()
    again = Path(asked_again[0][2])
    assert again.parent == folder and again.name == offered.replace(".backup", "-2.backup")


def test_a_backup_refuses_an_existing_file(window: Any, qtbot: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "taken.backup"
    out.write_bytes(b"someone else's file")
    save_dialog_answers(monkeypatch, out)
    with qtbot.waitSignal(window.store_actions.backup_failed, timeout=20_000):
        window.store_actions.act_backup.trigger()
    assert out.read_bytes() == b"someone else's file"
    qtbot.waitUntil(lambda: any("already exists" in m for m in messages(window)))


def test_a_full_disk_leaves_no_partial_backup_and_says_so(window: Any, qtbot: Any,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    def disk_full(*_args: Any) -> None:  # the copy is written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dbengine, "verify_file", disk_full)
    folder = tmp_path / "stick"
    folder.mkdir()
    save_dialog_answers(monkeypatch, folder / "b.backup")
    with qtbot.waitSignal(window.store_actions.backup_failed, timeout=20_000):
        window.store_actions.act_backup.trigger()
    assert list(folder.iterdir()) == []  # nothing half-written left
    qtbot.waitUntil(lambda: bool(messages(window)))
    text = messages(window)[0]
    assert "No backup was written" in text and "unfinished file was removed" in text
    assert "store itself was not changed" in text
    assert window.ctx.store is not None  # the store is still open and usable


@pytest.mark.synchronous_runner
def test_cancel_stops_the_backup_and_leaves_no_file(window: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.store_actions
    real = Store.backup

    def cancel_as_it_starts(self: Store, out: Any, **kwargs: Any) -> int:
        # the user presses Cancel in the progress dialog
        actions.progress_dialog.findChild(QPushButton).click()
        return real(self, out, **kwargs)

    monkeypatch.setattr(Store, "backup", cancel_as_it_starts)
    out = tmp_path / "cancelled.backup"
    save_dialog_answers(monkeypatch, out)
    failures: list[BaseException] = []
    actions.backup_failed.connect(failures.append)
    actions.act_backup.trigger()
    assert [type(f).__name__ for f in failures] == ["Cancelled"]
    assert no_trace_of(tmp_path, "cancelled")
    assert window.statusBar().currentMessage() == "Backup cancelled; no file was written."


# -- restore ------------------------------------------------------------------------------

@pytest.fixture
def backup(store: Store, store_path: Path, sample: dict[str, str], tmp_path: Path) -> Path:
    out = tmp_path / "made.backup"
    backup_store(store_path, PASSPHRASE, out)
    return out


def fill_restore(dialog: Any, source: Path, target: Path, passphrase: str = PASSPHRASE) -> None:
    dialog.source.setText(str(source))
    dialog.target.setText(str(target))
    dialog.field.edit.setText(passphrase)


def test_restore_into_a_new_path_and_open_it(window: Any, qtbot: Any, backup: Path,
                                             tmp_path: Path, sample: dict[str, str]) -> None:
    dialog = window.store_actions.on_restore()
    target = tmp_path / "restored" / "new.monitor"
    fill_restore(dialog, backup, target)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    assert "Restored into" in dialog.status.text() and str(target) in dialog.status.text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["new.monitor"]
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.store is not None and window.ctx.store.path == target
                    and window.ws is not None, timeout=20_000)
    assert not window.locked and window.store_path == target
    assert target.name in window.windowTitle()
    assert settings.get("recent_stores")[0] == str(target.resolve())
    qtbot.waitUntil(window.is_ready, timeout=10_000)
    with window.ctx.store.read() as s:
        assert s.get(Person, sample["erzhan"]).name == NAME


def test_restore_refuses_an_existing_target_and_a_damaged_backup(window: Any, qtbot: Any,
                                                                 backup: Path,
                                                                 tmp_path: Path) -> None:
    dialog = window.store_actions.on_restore()
    taken = tmp_path / "taken.monitor"
    taken.write_bytes(b"keep me")
    fill_restore(dialog, backup, taken)
    dialog.restore_button.click()
    assert "already exists" in dialog.status.text()
    assert taken.read_bytes() == b"keep me" and not dialog.busy.isVisible()

    # a wrong passphrase is said next to its field; nothing is placed
    target = tmp_path / "fresh.monitor"
    fill_restore(dialog, backup, target, "not the passphrase")
    dialog.restore_button.click()
    qtbot.waitUntil(dialog.field.message.isVisible, timeout=20_000)
    assert "Wrong passphrase" in dialog.field.message.text()
    assert no_trace_of(tmp_path, "fresh")

    # a damaged page: refused, nothing placed, and the dialog says so
    data = bytearray(backup.read_bytes())
    data[dbengine.PAGE_SIZE * 2 + 100] ^= 0xFF
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(bytes(data))
    fill_restore(dialog, damaged, target)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "Nothing was placed" in dialog.status.text(), timeout=20_000)
    assert "damaged" in dialog.status.text()
    assert no_trace_of(tmp_path, "fresh")
    assert not dialog.open_button.isVisible() and window.ctx.store is not None


# -- passphrase change ---------------------------------------------------------------------

def test_change_the_passphrase_from_the_menu(window: Any, qtbot: Any, store_path: Path,
                                             sample: dict[str, str]) -> None:
    actions = window.store_actions
    dialog = actions.on_change_passphrase()
    dialog.current.edit.setText("not the passphrase")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.edit.setText(NEW_PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.current.message.isVisible, timeout=20_000)
    assert "Wrong passphrase" in dialog.current.message.text()
    assert not window.locked and dialog.isVisible()
    # the rules for a new passphrase hold here too
    dialog.current.edit.setText(PASSPHRASE)
    dialog.new.setText("short")
    dialog.repeat.edit.setText("short")
    dialog.ok_button.click()
    assert "Too short" in dialog.repeat.message.text() and dialog.isVisible()
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.edit.setText(NEW_PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "differ" in dialog.repeat.message.text()
    dialog.repeat.edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(actions.rekey_done, timeout=30_000) as done:
        dialog.ok_button.click()
    assert done.args == [True]
    qtbot.waitUntil(lambda: window.ws is not None and not window.locked, timeout=10_000)
    with window.ctx.store.read() as s:
        assert s.get(Person, sample["erzhan"]).name == NAME
    window.ctx.detach()
    with pytest.raises(WrongPassphrase):
        open_store(store_path, PASSPHRASE)
    with open_store(store_path, NEW_PASSPHRASE):
        pass


# -- below the floor -------------------------------------------------------------------------

@pytest.fixture
def old_window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A window on a store made with 2 passes of 64 MiB (the floor before it was raised)."""
    from ui.context import AppContext
    from ui.main_window import MainWindow

    monkeypatch.setattr(crypto, "calibrate", lambda *a, **k: FLOOR)
    path = tmp_path / "old.monitor"
    store = create_store(path, PASSPHRASE, kdf=OLD_FLOOR)
    with store.write() as w:
        w.create("people", name=NAME, code="P-1")
    ctx = AppContext(lang="en")
    ctx.attach(store)
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=10_000)
    win = MainWindow(ctx, path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    yield win
    ctx.runner.wait_idle()
    if ctx.store is not None:
        ctx.detach()
    win.idle.uninstall()


def test_a_store_below_the_floor_is_offered_a_rekey(old_window: Any, qtbot: Any) -> None:
    window = old_window
    actions = window.store_actions
    path = window.store_path
    offer = actions.offer
    qtbot.waitUntil(offer.isVisible, timeout=10_000)
    assert "2 passes of 64 MiB" in offer.message.text()
    qtbot.mouseClick(offer.accept_button, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.new.isVisible()
    dialog.current.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(actions.rekey_done, timeout=60_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    qtbot.waitUntil(lambda: window.ws is not None and not window.locked, timeout=10_000)
    assert dbengine.salt_of(path)[1] == FLOOR  # today's floor, chosen by calibration
    assert not offer.isVisible()
    assert "re-encrypted" in window.statusBar().currentMessage()
    with window.ctx.store.read() as s:
        assert [p.name for p in s.query(Person)] == [NAME]
    window.ctx.detach()
    with open_store(path, PASSPHRASE):  # the same passphrase
        pass
    assert sorted(p.name for p in path.parent.iterdir()) == ["old.monitor"]


def test_the_offer_can_be_put_off_and_a_store_at_the_floor_gets_none(old_window: Any,
                                                                     qtbot: Any,
                                                                     window: Any) -> None:
    offer = old_window.store_actions.offer
    qtbot.waitUntil(offer.isVisible, timeout=10_000)
    offer.later_button.click()
    assert not offer.isVisible()
    # locking and unlocking again does not bring it back this session
    old_window.lock()
    old_window.lock_screen.field.edit.setText(PASSPHRASE)
    old_window.lock_screen.on_unlock()
    qtbot.waitUntil(lambda: old_window.ws is not None, timeout=20_000)
    old_window.ctx.runner.wait_idle()
    qtbot.wait(50)
    assert not offer.isVisible()
    # the test suite's cheap stores are below even the accepted floor: no offer for them
    assert dbengine.salt_of(window.store_path)[1] == CHEAP_KDF
    window.ctx.runner.wait_idle()
    qtbot.wait(50)
    assert not window.store_actions.offer.isVisible()


def test_the_menu_entries_and_the_offer_speak_the_interface_language(old_window: Any,
                                                                     qtbot: Any) -> None:
    actions = old_window.store_actions
    qtbot.waitUntil(actions.offer.isVisible, timeout=10_000)
    old_window.set_language("kk")
    assert actions.act_backup.text() == "Қойманың сақтық &көшірмесі…"
    assert actions.act_restore.text() == "Сақ&тық көшірмені қалпына келтіру…"
    assert "2 рет өту, 64 МиБ" in actions.offer.message.text()
    old_window.set_language("ru")
    assert actions.act_passwd.text() == "Сменить парольную &фразу…"  # its own mnemonic
    assert actions.offer.later_button.text() == "Не сейчас"


def test_backup_progress_reaches_the_dialog_on_the_gui_thread(window: Any, qtbot: Any,
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(dbengine, "BACKUP_STEP_PAGES", 2)  # several steps on a small store
    shown: list[tuple[int, bool]] = []
    real = QProgressDialog.setValue

    def set_value(self: QProgressDialog, value: int) -> None:
        shown.append((value, threading.current_thread() is threading.main_thread()))
        real(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    save_dialog_answers(monkeypatch, tmp_path / "p.backup")
    with qtbot.waitSignal(window.store_actions.backup_done, timeout=20_000) as done:
        window.store_actions.act_backup.trigger()
    qtbot.wait(50)
    assert len(shown) > 2 and all(on_gui for _value, on_gui in shown)
    assert max(v for v, _ in shown) == done.args[1] // dbengine.PAGE_SIZE
