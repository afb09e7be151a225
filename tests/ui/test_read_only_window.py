"""A second window on a store another process holds: offered read-only, writes disabled.

The holder is a real child process that saves a person each time it is asked to; the
window under test runs here, on the real threaded runner, offscreen.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from monitor_app.store import Store, StoreReadOnly
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script
from tests.monitor_app.queries.test_listing import fill
from tests.monitor_app.test_read_only import WRITING_HOLDER
from tests.monitor_app.test_store_lock import NEW_PASSPHRASE, ROOT, _env
from tests.ui.conftest import type_text, wait_loaded

__all__ = ["console_script"]  # a fixture, used by name


class Holder:
    def __init__(self, child: subprocess.Popen[str]) -> None:
        self.child = child

    def save_person(self, name: str) -> None:
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.write(name + "\n")
        self.child.stdin.flush()
        assert self.child.stdout.readline().strip() == "saved"


@pytest.fixture
def holder(store: Store, store_path: Path, passphrase: str) -> Iterator[Holder]:
    fill(store)
    store.close()
    with subprocess.Popen([sys.executable, "-c", WRITING_HOLDER, str(store_path), passphrase],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                          env=_env(), cwd=ROOT) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        yield Holder(child)
        child.kill()


def _unlock(qtbot: Any, store_path: Path, passphrase: str) -> Any:
    from ui.unlock import UnlockDialog

    dialog = UnlockDialog(str(store_path))
    qtbot.addWidget(dialog)
    dialog.field.edit.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_question_names_the_holder_and_offers_read_only_or_cancel(qtbot: Any) -> None:
    from ui import read_only

    box = read_only.question_box(None, 4242)
    qtbot.addWidget(box)
    assert "process 4242" in box.text()
    buttons = {b.text().replace("&", "") for b in box.buttons()}
    assert buttons == {"Open read-only", "Cancel"}


@pytest.mark.parametrize("choice", ["open_read_only", "cancel"])
def test_the_answer_to_the_question(qtbot: Any, choice: str) -> None:
    from ui import read_only

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = (box.findChild(QPushButton, "open_read_only") if choice == "open_read_only"
                  else box.button(QMessageBox.StandardButton.Cancel))
        button.click()

    QTimer.singleShot(50, answer)
    assert read_only.ask_read_only(None, 4242) is (choice == "open_read_only")


def test_cancel_leaves_the_dialog_with_the_reason(holder: Holder, store_path: Path,
                                                  passphrase: str, qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import read_only

    asked: list[int] = []
    monkeypatch.setattr(read_only, "ask_read_only",
                        lambda _parent, pid: asked.append(pid) or False)
    dialog = _unlock(qtbot, store_path, passphrase)
    qtbot.waitUntil(lambda: bool(dialog.field.message.text()), timeout=20_000)
    assert asked == [holder.child.pid]
    assert "in use" in dialog.field.message.text() and dialog.store is None
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_second_window_is_a_read_only_view_of_the_holders_store(
        holder: Holder, store_path: Path, passphrase: str, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch, console_script: Path) -> None:
    from ui import read_only
    from ui.context import AppContext
    from ui.detail import SummaryDetail
    from ui.main_window import MainWindow

    asked: list[int] = []
    monkeypatch.setattr(read_only, "ask_read_only",
                        lambda _parent, pid: asked.append(pid) or True)
    dialog = _unlock(qtbot, store_path, passphrase)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert asked == [holder.child.pid]
    store = dialog.store
    assert store is not None and store.read_only

    ctx = AppContext(lang="en")
    ctx.attach(store)
    qtbot.waitUntil(lambda: ctx.store is not None, timeout=10_000)
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(win.is_ready, timeout=10_000)
        status = "read-only (the store is open in another program)"
        assert status in win.windowTitle()
        label = win.findChild(QLabel, "read_only_status")
        assert label is not None and label.text() == status and label.isVisible()

        win.show_view("people")
        people = win.current_list()
        assert people is not None
        wait_loaded(qtbot, people)
        names = lambda: {people.model.index(r, 0).data()  # noqa: E731
                         for r in range(people.model.rowCount())}
        assert "Иван Петров" in " ".join(map(str, names()))  # the holder's records
        type_text(people.filter_bar.search, "петров")  # the search index reads too
        qtbot.waitUntil(lambda: people.model.rowCount() == 1 and people.model.is_current(),
                        timeout=10_000)
        people.filter_bar.search.selectAll()
        qtbot.keyClick(people.filter_bar.search, Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: people.model.rowCount() > 1 and people.model.is_current(),
                        timeout=10_000)
        people.table.selectRow(0)
        qtbot.waitUntil(lambda: win.ws is not None and win.ws.detail is not None,
                        timeout=10_000)
        assert isinstance(win.ws.detail, SummaryDetail)  # text, never an editor
        for action in (win.act_new, win.act_save, win.act_delete, win.act_undo,
                       win.act_purge):
            assert not action.isEnabled(), action.objectName()
        win.act_new.trigger()  # a shortcut cannot reach it either
        assert isinstance(win.ws.detail, SummaryDetail)

        # a write that gets past the disabled actions: refused, one clear sentence
        failures: list[BaseException] = []
        ctx.write(lambda w: w.create("people", name="Never", pseudonym="P-N"),
                  on_error=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
        assert isinstance(failures[0], StoreReadOnly)
        from ui import errors

        assert "can only be read here" in (errors.describe(failures[0], "saving") or "")

        # passwd is refused while this window views the store
        done = script(console_script, "passwd", "--store", str(store_path),
                      "--passphrase-stdin", stdin=f"{passphrase}\n{NEW_PASSPHRASE}\n")
        assert done.returncode == 1 and one_line_error(done), done

        # the holder saves; Refresh (F5) shows it, at the same view
        holder.save_person("Later Arrival")
        added_later = QAction(win)  # e.g. a menu another part of the app adds, that writes
        added_later.setProperty(read_only.WRITES, True)
        win.addAction(added_later)
        refresh = win.findChild(QAction, "refresh")
        assert refresh is not None and refresh.isEnabled()
        assert refresh.shortcut().toString() == "F5"
        refresh.trigger()
        qtbot.waitUntil(win.is_ready, timeout=10_000)
        assert win.current_view() == "people"
        people = win.current_list()
        assert people is not None
        wait_loaded(qtbot, people)
        qtbot.waitUntil(lambda: "Later Arrival" in " ".join(map(str, names())),
                        timeout=10_000)
        assert not win.act_new.isEnabled() and not win.act_delete.isEnabled()
        assert not added_later.isEnabled()
        holder.save_person("While Viewing")  # the holder still writes

        # locked and unlocked again: still a read-only view (the holder still holds it)
        win.lock()
        assert win.locked and ctx.store is None and not refresh.isEnabled()
        win.on_unlock_requested(passphrase)
        qtbot.waitUntil(lambda: not win.locked and win.is_ready(), timeout=20_000)
        assert ctx.store is not None and ctx.store.read_only
        assert status in win.windowTitle() and refresh.isEnabled()
        assert not win.act_new.isEnabled() and not win.act_delete.isEnabled()
        assert len(win.findChildren(QLabel, "read_only_status")) == 1
    finally:
        ctx.runner.wait_idle()
        win.idle.uninstall()
        ctx.detach()


def test_a_store_taken_by_another_program_while_locked_is_offered_read_only(
        window: Any, store_path: Path, passphrase: str, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.monitor_app.test_store_lock import HOLDER
    from ui import read_only

    window.lock()  # this window lets go of the store ...
    assert window.ctx.store is None and not window.read_only
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path), passphrase],
                          stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"  # ... and another takes it
        asked: list[int] = []
        monkeypatch.setattr(read_only, "ask_read_only",
                            lambda _parent, pid: asked.append(pid) or True)
        window.on_unlock_requested(passphrase)
        qtbot.waitUntil(lambda: not window.locked and window.is_ready(), timeout=20_000)
        assert asked == [child.pid]
        assert window.ctx.store is not None and window.ctx.store.read_only
        assert "read-only" in window.windowTitle() and not window.act_new.isEnabled()
        window.ctx.runner.wait_idle()
        window.ctx.detach()
        child.kill()
