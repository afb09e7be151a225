"""A second window on a store another program holds: a read-only view.

Opening a store that another process holds fails with :class:`StoreBusy` naming that
process; the unlock dialog then asks (:func:`wants_read_only`) whether to open it
read-only instead (:func:`monitor_app.store.open_read_only`). Such a window shows the
records the holder has committed, as text (never an editor: editors keep drafts in
the store as one types), with every action that writes disabled, "read-only" in its
title and status bar, and View > Refresh (F5) to see the holder's newer saves.
A write that gets through anyway is refused by the store (:class:`StoreReadOnly`).

The main window calls :func:`apply` when its workspace is built, :func:`title` for its
title and :func:`unlock_and_load` to unlock again after the lock screen (where
:func:`offer_after` offers read-only when another program took the store meanwhile).
An action added elsewhere that writes is marked ``setProperty(WRITES, True)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from monitor_app.store import Store, StoreBusy, open_read_only
from monitor_app.vocabulary import Vocab
from ui.context import load_vocab

# The main window is passed in (typed Any): it imports this module, not the reverse.
MainWindow = Any


def status_text() -> str:
    return QCoreApplication.translate("ReadOnly",
                                      "read-only (the store is open in another program)")


def holder_pid(exc: BaseException) -> int | None:
    """The other process that holds the store, when ``exc`` says one does."""
    if isinstance(exc, StoreBusy) and exc.pid and exc.pid != os.getpid():
        return exc.pid
    return None


def question_box(parent: QWidget | None, pid: int) -> QMessageBox:
    """The question: who holds the store, "Open read-only" or Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("read_only_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ReadOnly", "The store is in use"))
    box.setText(QCoreApplication.translate(
        "ReadOnly", "This store is open in another program (process %1).").replace(
            "%1", str(pid)))
    box.setInformativeText(QCoreApplication.translate(
        "ReadOnly", "You can open it read-only: you will see what is saved there, and "
                    "nothing can be changed from this window. To change records, use the "
                    "other window, or close it and open the store again."))
    button = box.addButton(QCoreApplication.translate("ReadOnly", "Open read-only"),
                           QMessageBox.ButtonRole.AcceptRole)
    button.setObjectName("open_read_only")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(button)
    return box


def ask_read_only(parent: QWidget | None, pid: int) -> bool:
    """Ask; True for "Open read-only". Module-level so tests can replace the question."""
    box = question_box(parent, pid)
    box.exec()
    return box.clickedButton() is box.findChild(QWidget, "open_read_only")


def wants_read_only(parent: QWidget | None, exc: BaseException) -> bool:
    """After a failed unlock: the store is held elsewhere and the user chose read-only."""
    pid = holder_pid(exc)
    return pid is not None and ask_read_only(parent, pid)


def unlock_and_load(path: Path, passphrase: str) -> tuple[Store, Vocab]:
    """Open read-only and load the vocabulary, off the GUI thread."""
    store = open_read_only(path, passphrase)
    try:
        return store, load_vocab(store)
    except BaseException:
        store.close()
        raise


def offer_after(window: MainWindow, path: Path, passphrase: str,
                failed: Callable[[BaseException], None]) -> Callable[[BaseException], None]:
    """The lock screen's failure handler: another program took the store while this
    window was locked; offered read-only, it opens that way, else ``failed`` says why."""
    def on_error(exc: BaseException) -> None:
        if window.read_only or not wants_read_only(window, exc):
            failed(exc)
            return
        window.ctx.runner.run_op(lambda: unlock_and_load(path, passphrase),
                                 window._on_unlocked, failed, lane="kdf")

    return on_error


def title(base: str) -> str:
    return f"{base} — {status_text()}"


WRITES = "monitor_writes"  # an action with this property set True changes the store


def write_tip() -> str:
    """The tooltip of every action or button disabled because the window is read-only."""
    return QCoreApplication.translate(
        "ReadOnly", "This window is read-only: the store is open in another program. "
                    "Make changes there.")


def is_read_only(ctx: Any) -> bool:
    """The context's store is open read-only (a view beside another program's writer)."""
    store = getattr(ctx, "store", None)
    return store is not None and bool(store.read_only)


def hold_writes(ctx: Any, *widgets: Any) -> bool:
    """In a read-only window, disable ``widgets`` (buttons that would change the store) with
    :func:`write_tip` as their tooltip; True when it did. Call it after a view enables its
    buttons by its own rules, so read-only has the last word."""
    if not is_read_only(ctx):
        return False
    for w in widgets:
        w.setEnabled(False)
        w.setToolTip(write_tip())
    return True


def write_actions(window: MainWindow) -> list[QAction]:
    """The window's actions that would change the store: its own, and any other action
    marked ``action.setProperty(WRITES, True)`` (menus added later mark theirs)."""
    own = [window.act_new, window.act_save, window.act_delete, window.act_undo,
           window.act_purge]
    return own + [a for a in window.findChildren(QAction)
                  if a.property(WRITES) is True and a not in own]


def apply(window: MainWindow) -> None:
    """Make ``window`` a read-only view if its store is (call after building the workspace)."""
    store = window.ctx.store
    if store is None or not store.read_only:
        return
    window.read_only = True  # for good: after the lock screen it opens read-only again
    for action in write_actions(window):
        action.setEnabled(False)
    refresh = window.findChild(QAction, "refresh")
    if refresh is None:
        refresh = QAction(window)
        refresh.setObjectName("refresh")
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        refresh.triggered.connect(lambda _checked=False: reload(window))
        window.addAction(refresh)
        window.menu_view.insertAction(window.act_close, refresh)
        window.toolbar.addAction(refresh)
        label = QLabel(window)
        label.setObjectName("read_only_status")
        window.statusBar().addPermanentWidget(label)
        window.data_actions.append(refresh)  # disabled while locked, like the others
    refresh.setEnabled(True)
    retranslate(window)


def retranslate(window: MainWindow) -> None:
    refresh = window.findChild(QAction, "refresh")
    if refresh is not None:
        text = QCoreApplication.translate("ReadOnly", "&Refresh")
        refresh.setText(text)
        refresh.setIconText(text.replace("&", ""))
        refresh.setToolTip(QCoreApplication.translate(
            "ReadOnly", "Show what the other program has saved since"))
    label = window.findChild(QLabel, "read_only_status")
    if label is not None:
        label.setText(status_text())
    if window.read_only:
        for action in write_actions(window):
            action.setToolTip(write_tip())
    window.setWindowTitle(window._title())


def reload(window: MainWindow) -> None:
    """Read everything shown again (lists, counts, the open record) at the same place."""
    if window.ws is None or window.locked or window.ctx.store is None:
        return
    state: Any = window.capture_state()
    window._settle()
    window.drop_workspace()
    window.build_workspace(state)


__all__ = ["WRITES", "apply", "ask_read_only", "hold_writes", "holder_pid", "is_read_only",
           "offer_after", "question_box", "reload", "status_text", "title", "unlock_and_load",
           "wants_read_only", "write_actions", "write_tip"]
