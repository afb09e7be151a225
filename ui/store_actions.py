"""File menu work on the store as a whole: back it up, restore a backup, change its
passphrase, and the offer to re-key a store whose key derivation is below today's floor.

Everything that touches a store runs on the runner (``ui.tasks``): the backup on the db
lane (it reads the open store through SQLite's online backup API, with progress and
Cancel), restores, passphrase checks and re-keys on the "kdf" lane (key derivation is
slow on purpose). A passphrase change needs the store to itself (``db.engine.rekey_file``
refuses a held store), so the window locks first (which closes the store and releases
its lock), the change runs, and the store is opened again under the new key; on failure
it is opened again under the old one, which then still works.

Passphrases: the one typed for a re-key or a change is asked for in its dialog, kept in
that dialog's fields and in the job's closure while the job runs, and in nothing else;
the key the open store holds (for backups) is dropped when the store closes.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from monitor_app import passphrase as rules
from monitor_app.store import (
    DiskFull,
    Store,
    StoreExists,
    WrongPassphrase,
    change_passphrase,
    check_passphrase,
    rekey_advised,
    restore_store,
)
from monitor_app.vocabulary import Vocab
from ui import errors, settings
from ui.context import AppContext
from ui.errors import Cancelled
from ui.tasks import CancelToken
from ui.unlock import PassphraseField, busy_bar, fault_text, unlock_and_load

BACKUP_SUFFIX = ".backup"
BACKUP_FILTER = "Monitor backups (*.backup);;All files (*)"
BACKUP_FOLDER_STATE = "backup/folder"
STORE_FILTER = "Monitor stores (*.monitor *.db);;All files (*)"


def _documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def last_backup_folder() -> str:
    """The folder of the last backup (window state, like the geometry: a path only), else
    the documents folder."""
    folder = settings.state(BACKUP_FOLDER_STATE)
    return str(folder) if folder else str(_documents_dir())


def proposed_backup_name(folder: Path, today: _dt.date | None = None) -> str:
    """The file name offered for a backup in ``folder``: the date (and a number when that
    name is taken), never the store's or a case's name (a file list on a seized stick
    should not say whose cases it holds)."""
    stem = f"monitor-backup-{(today or _dt.date.today()).isoformat()}"
    name, n = stem + BACKUP_SUFFIX, 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}{BACKUP_SUFFIX}"
    return name


def size_text(size: int) -> str:
    """A file size the way the interface language writes it ("12.3 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class _Progress(QObject):
    """Lives on the GUI thread; a worker emits ``moved``, and its own slot (a QObject's,
    so the connection is queued, as ``ui.tasks`` does) calls ``on_moved`` here."""

    moved = Signal(int, int)  # pages done, pages in all

    def __init__(self, on_moved: Callable[[int, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_moved = on_moved
        self.moved.connect(self._deliver)

    @Slot(int, int)
    def _deliver(self, done: int, total: int) -> None:
        self._on_moved(done, total)


class RekeyOfferBar(QToolBar):
    """A bar under the toolbar: this store's key derivation is below today's floor."""

    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekey_offer")
        self.setMovable(False)
        self.setFloatable(False)
        self.message = QLabel(self)
        self.message.setObjectName("rekey_offer_text")
        self.message.setWordWrap(True)
        self.addWidget(self.message)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("rekey_offer_accept")
        self.accept_button.clicked.connect(self.accepted)
        self.addWidget(self.accept_button)
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("rekey_offer_later")
        self.later_button.clicked.connect(self.dismissed)
        self.addWidget(self.later_button)
        self.passes = 0
        self.memory_mib = 0
        self.retranslate()

    def show_for(self, passes: int, memory_mib: int) -> None:
        self.passes, self.memory_mib = passes, memory_mib
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-encryption advised"))
        self.message.setText(self.tr(
            "This store's key derivation (%1 passes of %2 MiB) is below what Monitor uses "
            "today, so each guess at its passphrase costs an attacker less. Re-encrypt it "
            "now: the passphrase stays the same.").replace("%1", str(self.passes)).replace(
                "%2", str(self.memory_mib)))
        self.accept_button.setText(self.tr("Re-encrypt…"))
        self.later_button.setText(self.tr("Not now"))


class PassphraseDialog(QDialog):
    """The current passphrase (checked in the background), and with ``change`` a new one
    twice under the rules of :mod:`monitor_app.passphrase`. Accepted once the current
    passphrase opens the store; nothing is changed by the dialog itself."""

    def __init__(self, ctx: AppContext, path: Path, *, change: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase" if change else "rekey_dialog")
        self.ctx, self.path, self.change = ctx, path, change
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = PassphraseField(self)
        self.current.edit.setObjectName("current_passphrase")
        self.form = QFormLayout()
        self.form.addRow("", self.current)
        self.new = QLineEdit(self)
        self.new.setObjectName("new_passphrase")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = PassphraseField(self)
        self.repeat.edit.setObjectName("repeat_passphrase")
        self.strength = QLabel(self)
        self.strength.setObjectName("passphrase_strength")
        self.strength.setWordWrap(True)
        self.suggest = QPushButton(self)
        self.suggest.setObjectName("suggest_passphrase")
        self.suggest.clicked.connect(self.on_suggest)
        self.new.textChanged.connect(self.on_new_edited)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.suggest)
        if change:
            self.form.addRow("", self.new)
            self.form.addRow("", self.repeat)
        for w in (self.new, self.repeat, self.strength, self.suggest):
            w.setVisible(change)
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("passphrase_ok")
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        if change:
            layout.addLayout(strength_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.current.edit.setFocus()

    def retranslate(self) -> None:
        if self.change:
            self.setWindowTitle(self.tr("Change the passphrase — Monitor"))
            self.intro.setText(self.tr(
                "The store is re-encrypted under the new passphrase; the window locks while "
                "this runs and opens again under the new one. Backups and copies made "
                "before still open with the old passphrase."))
            self.ok_button.setText(self.tr("Change"))
        else:
            self.setWindowTitle(self.tr("Re-encrypt the store — Monitor"))
            self.intro.setText(self.tr(
                "The store is re-encrypted with today's key derivation under the same "
                "passphrase; the window locks while this runs and opens again afterwards. "
                "Type the passphrase once more."))
            self.ok_button.setText(self.tr("Re-encrypt"))
        self.suggest.setText(QCoreApplication.translate("CreateStoreDialog",
                                                        "Suggest a passphrase"))
        labels = [self.tr("Current passphrase")]
        if self.change:
            labels += [self.tr("New passphrase"), self.tr("Repeat the new passphrase")]
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)
        self.on_new_edited(self.new.text())

    def on_new_edited(self, text: str) -> None:
        if not text:
            self.strength.clear()
            return
        found = rules.assess(text)
        self.strength.setText(fault_text(found) or QCoreApplication.translate(
            "CreateStoreDialog", "Strength %1 of 4: good.").replace("%1", str(found.score)))

    def on_suggest(self) -> None:
        made = rules.generate()
        for edit in (self.new, self.repeat.edit):
            edit.setEchoMode(QLineEdit.EchoMode.Normal)
            edit.setText(made)

    def passphrases(self) -> tuple[str, str]:
        """(current, new): the new one is the current one for a re-key."""
        current = self.current.edit.text()
        return current, (self.new.text() if self.change else current)

    def clear(self) -> None:
        for edit in (self.current.edit, self.new, self.repeat.edit):
            edit.clear()

    def on_ok(self) -> None:
        current, new = self.passphrases()
        if not current:
            self.current.show_error(self.tr("Type the current passphrase."))
            return
        if self.change:
            if new != self.repeat.edit.text():
                self.repeat.show_error(self.tr("The two new passphrases differ."))
                return
            fault = fault_text(rules.assess(new))
            if fault:
                self.repeat.show_error(fault)
                return
        self.busy.show()
        self.ok_button.setEnabled(False)
        self.current.message.hide()
        self.repeat.message.hide()
        path = self.path
        self.ctx.runner.run_op(lambda: check_passphrase(path, current), self.on_checked,
                               self.on_check_failed, lane="kdf")

    def on_checked(self, _result: object) -> None:
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.accept()

    def on_check_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.current.show_error(errors.describe(exc, "checking the current passphrase"))

    def reject(self) -> None:
        if self.busy.isVisible():
            return
        self.clear()
        super().reject()


class RestoreDialog(QDialog):
    """A backup file, a NEW store file and the backup's passphrase; the restore is
    checked in the background (``monitor_app.store.restore_store``), then the restored
    store can be opened in this window."""

    restored = Signal(object)             # the new store's path
    opened = Signal(object, object, object)  # store, vocab, path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.ctx = ctx
        self.target_path: Path | None = None
        self.source = QLineEdit(self)
        self.source.setObjectName("restore_source")
        self.source_button = QPushButton(self)
        self.source_button.clicked.connect(self.on_choose_source)
        self.target = QLineEdit(self)
        self.target.setObjectName("restore_target")
        self.target_button = QPushButton(self)
        self.target_button.clicked.connect(self.on_choose_target)
        self.field = PassphraseField(self)
        self.field.edit.setObjectName("restore_passphrase")
        self.status = QLabel(self)
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.on_restore)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open_restored")
        self.open_button.clicked.connect(self.on_open)
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.source_button)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.target_button)
        self.form = QFormLayout()
        self.form.addRow("", source_row)
        self.form.addRow("", target_row)
        self.form.addRow("", self.field)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup — Monitor"))
        self.intro.setText(self.tr(
            "A backup is restored into a new store file, never over an existing one; it is "
            "checked (passphrase, every page, integrity) before it is placed there."))
        self.source_button.setText(self.tr("Choose…"))
        self.target_button.setText(self.tr("Choose…"))
        self.restore_button.setText(self.tr("Restore"))
        self.open_button.setText(self.tr("Open the restored store"))
        for row, text in enumerate((self.tr("Backup file"), self.tr("New store file"),
                                    self.tr("Passphrase of the backup"))):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)

    def on_choose_source(self) -> None:
        folder = last_backup_folder()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), folder,
                                              BACKUP_FILTER)
        if name:
            self.source.setText(name)

    def on_choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("The new store file"), str(_documents_dir() / "restored.monitor"),
            STORE_FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.target.setText(name)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.source, self.source_button, self.target, self.target_button,
                  self.field.edit, self.restore_button, self.open_button):
            w.setEnabled(not busy)

    def on_restore(self) -> None:
        source_text, target_text = self.source.text().strip(), self.target.text().strip()
        passphrase = self.field.edit.text()
        if not source_text:
            self.status.setText(self.tr("Choose the backup file."))
            return
        if not target_text:
            self.status.setText(self.tr("Choose where the restored store goes: a new file."))
            return
        if not passphrase:
            self.field.show_error(self.tr("Type the backup's passphrase."))
            return
        source, target = Path(source_text).expanduser(), Path(target_text).expanduser()
        if target.exists() or target.is_symlink():
            self.status.setText(self.tr(
                "That file already exists: a backup is only restored into a new file. "
                "Choose another name."))
            return
        self._set_busy(True)
        self.field.message.hide()
        self.status.setText(self.tr("Checking and restoring the backup…"))

        def job() -> int:
            restore_store(source, passphrase, target)
            return target.stat().st_size

        self.ctx.runner.run_op(job, lambda size: self.on_restored(target, size),
                               lambda exc: self.on_restore_failed(target, exc), lane="kdf")

    def on_restored(self, target: Path, size: int) -> None:
        self._set_busy(False)
        self.target_path = target
        for w in (self.source, self.source_button, self.target, self.target_button,
                  self.field.edit):
            w.setEnabled(False)
        self.restore_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.status.setText(self.tr(
            "Restored into %1 (%2); it was checked and opens with the backup's passphrase. "
            "Open it now? The store open in the window is locked and closed first.").replace(
                "%1", str(target)).replace("%2", size_text(size)))
        self.restored.emit(target)

    def on_restore_failed(self, target: Path, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.field.show_error(errors.describe(exc, "restoring a backup"))
            self.status.clear()
            return
        if isinstance(exc, StoreExists):
            text = self.tr("That file already exists: a backup is only restored into a new "
                           "file. Choose another name.")
        else:
            text = errors.describe(exc, "restoring a backup")
        self.status.setText(text + " " + self.tr("Nothing was placed at %1.").replace(
            "%1", str(target)))

    def on_open(self) -> None:
        target, passphrase = self.target_path, self.field.edit.text()
        if target is None:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Opening the restored store…"))

        def done(opened: tuple[Store, Vocab]) -> None:
            self._set_busy(False)
            self.field.edit.clear()
            store, vocab = opened
            self.accept()
            self.opened.emit(store, vocab, target)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.open_button.setEnabled(True)
            self.status.setText(errors.describe(exc, "opening a restored store"))

        self.ctx.runner.run_op(lambda: unlock_and_load(target, passphrase), done, failed,
                               lane="kdf")

    def reject(self) -> None:
        if self.busy.isVisible():
            return
        self.field.edit.clear()
        super().reject()


class StoreActions(QObject):
    """The File menu's store actions of a main window, and its re-key offer.

    ``window`` is the :class:`ui.main_window.MainWindow` (not imported: it imports us):
    its ``ctx``, ``store_path``, ``state``, ``lock()``, ``lock_screen``, ``locked`` and
    ``confirm_leave_detail()`` are used.
    """

    backup_done = Signal(object, int)      # path, size: tests and the status bar
    backup_failed = Signal(object)         # the exception (Cancelled included)
    rekey_done = Signal(bool)              # True: changed; False: the old key still holds

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.ctx: AppContext = self.window.ctx
        self.act_backup = self._action("backup_store", self.on_backup)
        self.act_restore = self._action("restore_backup", self.on_restore)
        self.act_passwd = self._action("change_passphrase", self.on_change_passphrase)
        self.offer = RekeyOfferBar(window)
        self.offer.hide()
        self.offer.accepted.connect(self.on_rekey_offer_accepted)
        self.offer.dismissed.connect(self.on_rekey_offer_dismissed)
        self._offer_placed = False  # under the main toolbar, once it is first needed
        self._dismissed: set[str] = set()   # stores whose offer was put off this session
        self._token: CancelToken | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.dialog: QDialog | None = None
        self.ctx.store_opened.connect(self.check_floor)
        self.ctx.store_closed.connect(self.offer.hide)
        self.retranslate()
        if self.ctx.store is not None:  # opened before the window: once the window is made
            QTimer.singleShot(0, self, self.check_floor)

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.act_backup, self.act_restore, self.act_passwd]

    def retranslate(self) -> None:
        for action, text in ((self.act_backup, self.tr("&Back up the store…")),
                             (self.act_restore, self.tr("&Restore a backup…")),
                             (self.act_passwd, self.tr("&Change the passphrase…"))):
            action.setText(text)
            action.setIconText(text.replace("&", "").rstrip("…"))
        self.act_backup.setToolTip(self.tr(
            "Write an encrypted, verified copy of the store, under the same passphrase"))
        self.offer.retranslate()

    def _tell(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("store_action_message")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box
        return box

    # -- backup ------------------------------------------------------------------------
    def on_backup(self) -> None:
        store = self.ctx.store
        if store is None or self._token is not None:
            return
        folder = Path(last_backup_folder())
        offered = folder / proposed_backup_name(folder)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the store to"), str(offered), BACKUP_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        out = Path(name).expanduser()
        if not out.suffix:
            out = out.with_name(out.name + BACKUP_SUFFIX)
        settings.set_state(BACKUP_FOLDER_STATE, str(out.parent))
        self.start_backup(store, out)

    def start_backup(self, store: Store, out: Path) -> None:
        """Copy ``store`` to ``out`` on the db lane, with a progress dialog and Cancel."""
        token = CancelToken()
        self._token = token
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("backup_progress")
        dialog.setWindowTitle(self.tr("Backing up — Monitor"))
        dialog.setLabelText(self.tr("Writing an encrypted copy of the store to %1…").replace(
            "%1", str(out)))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(token.cancel)
        self.progress_dialog = dialog

        def moved(done: int, total: int) -> None:
            if self.progress_dialog is dialog and total:
                dialog.setRange(0, total)
                dialog.setValue(min(done, total))

        relay = _Progress(moved, self)
        needed = [0]

        def report(done: int, total: int) -> None:  # on the worker: no widget here
            token.check()
            relay.moved.emit(done, total)

        def job() -> int:
            needed[0] = store.path.stat().st_size
            token.check()
            return store.backup(out, progress=report)

        def finish() -> None:
            self._token = None
            self.progress_dialog = None
            dialog.canceled.disconnect(token.cancel)
            dialog.close()
            dialog.deleteLater()
            relay.deleteLater()

        def done(size: int) -> None:
            finish()
            self.window.statusBar().showMessage(self.tr("Backed up to %1.").replace(
                "%1", str(out)), 10_000)
            self._tell(self.tr("Backup written"), self.tr(
                "The store was backed up to %1 (%2). The copy is encrypted under the "
                "store's passphrase and was checked page by page; keep it apart from this "
                "laptop.").replace("%1", str(out)).replace("%2", size_text(size)))
            self.backup_done.emit(out, size)

        def failed(exc: BaseException) -> None:
            finish()
            self.backup_failed.emit(exc)
            if isinstance(exc, Cancelled):
                self.window.statusBar().showMessage(self.tr(
                    "Backup cancelled; no file was written."), 10_000)
                return
            title = self.tr("No backup written")
            if isinstance(exc, DiskFull):
                errors.show_user_error(self.window, self.tr(
                    "The disk filled up while the backup was written to %1. No backup was "
                    "written: the unfinished file was removed, and the store itself was not "
                    "changed. Free at least %2 there, or choose another disk, and try "
                    "again.").replace("%1", str(out.parent)).replace(
                        "%2", size_text(needed[0])), title)
                return
            errors.show_user_error(self.window, exc, title, context="backing up the store")

        dialog.show()
        self.ctx.runner.run_op(job, done, failed)

    # -- restore -------------------------------------------------------------------------
    def on_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.ctx, self.window)
        dialog.opened.connect(self.switch_store)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def switch_store(self, store: Store, vocab: Vocab, path: Path) -> None:
        """Show ``store`` (just opened) in the window instead of the one open now."""
        window = self.window
        if window.ctx.store is not None and not window.confirm_leave_detail():
            self.ctx.runner.run_op(store.close)
            return
        window.lock()  # drafts kept, evidence copies wiped, the old store closed
        window.store_path = path
        window.state = type(window.state)()  # a new store: start at its first view
        settings.remember_store(str(path.resolve()))
        window.lock_screen.set_busy(False)
        self.ctx.attach(store, vocab)  # store_opened: the workspace is built for it

    # -- passphrase change and re-key ----------------------------------------------------
    def on_change_passphrase(self) -> PassphraseDialog | None:
        return self._ask_passphrase(change=True)

    def on_rekey_offer_accepted(self) -> PassphraseDialog | None:
        return self._ask_passphrase(change=False)

    def on_rekey_offer_dismissed(self) -> None:
        store = self.ctx.store
        if store is not None:
            self._dismissed.add(str(store.path))
        self.offer.hide()

    def _ask_passphrase(self, *, change: bool) -> PassphraseDialog | None:
        store = self.ctx.store
        if store is None:
            return None
        dialog = PassphraseDialog(self.ctx, store.path, change=change, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            old, new = dialog.passphrases()
            dialog.clear()
            self.rekey(old, new, change=change)

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def rekey(self, old: str, new: str, *, change: bool) -> None:
        """Lock the window (closing the store), re-encrypt it, open it again (see the module)."""
        window = self.window
        store = self.ctx.store
        if store is None or not window.confirm_leave_detail():
            return
        path = store.path
        self.offer.hide()
        window.lock()
        if self.ctx.store is not None:  # the lock did not happen: nothing to do safely
            return
        window.lock_screen.set_busy(True)
        window.statusBar().showMessage(self.tr("Re-encrypting the store…"))

        def job() -> tuple[tuple[Store, Vocab], BaseException | None]:
            try:
                change_passphrase(path, old, new)
            except BaseException as exc:
                # the store is as it was, under the current passphrase: open it again
                try:
                    opened = unlock_and_load(path, old)
                except BaseException:
                    raise exc from None
                return opened, exc
            return unlock_and_load(path, new), None

        def done(value: tuple[tuple[Store, Vocab], BaseException | None]) -> None:
            (reopened, vocab), error = value
            if not window.isVisible():  # the window was closed meanwhile: nobody to show it
                self.ctx.runner.run_op(reopened.close)
                return
            window.statusBar().clearMessage()
            window.lock_screen.set_busy(False)
            self.ctx.attach(reopened, vocab)
            if error is not None:
                errors.show_user_error(window, error, self.tr("Passphrase not changed"),
                                       context="changing the passphrase")
                self.rekey_done.emit(False)
                return
            if change:
                text = self.tr("The passphrase was changed: the store is re-encrypted under "
                               "the new one. Backups made before still open with the old "
                               "passphrase.")
            else:
                text = self.tr("The store was re-encrypted with today's key derivation; its "
                               "passphrase is the same.")
            window.statusBar().showMessage(text, 15_000)
            self.rekey_done.emit(True)

        def failed(exc: BaseException) -> None:
            # neither key opened it again (the store is in use elsewhere, say): it stays
            # locked, and typing a passphrase there tries again
            window.statusBar().clearMessage()
            window.lock_screen.show_error(errors.describe(exc, "reopening after a re-key"))
            self.rekey_done.emit(False)

        self.ctx.runner.run_op(job, done, failed, lane="kdf")

    def check_floor(self) -> None:
        """Offer a re-key when the open store's key derivation is below today's floor."""
        store = self.ctx.store
        if store is None or str(store.path) in self._dismissed:
            return
        path = store.path

        def done(params: Any) -> None:
            if params is None or self.ctx.store is None or self.ctx.store.path != path:
                return
            if not self._offer_placed:
                self._offer_placed = True
                self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
                self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.offer)
            self.offer.show_for(params.time_cost, params.memory_kib // 1024)

        self.ctx.runner.run_op(lambda: rekey_advised(path), done,
                               errors.quiet("checking the key derivation of a store"))
