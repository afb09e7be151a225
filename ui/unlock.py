"""Choosing, creating and unlocking a store.

Key derivation (Argon2id, about a second on purpose) runs on its own worker lane
with a busy indicator; a wrong passphrase is said next to the field and the dialog
stays. Recent stores are remembered as paths only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.store import Store, create_store, open_read_only
from monitor_app.unlock_policy import open_store
from monitor_app.vocabulary import Vocab
from ui import errors, read_only, settings
from ui.context import load_vocab
from ui.field_labels import FieldLabels
from ui.passphrase_fields import NewPassphraseFields, PassphraseField, fault_text
from ui.tasks import TaskRunner

STORE_FILTER = "Monitor stores (*.monitor *.db);;All files (*)"


def unlock_job(path: Path, passphrase: str) -> Store:
    """Derive the key (slow) and open the store: run off the GUI thread.

    Through ``open_store`` with the passphrase itself, so the passphrase rules (NFC,
    and re-keying a store made with another Unicode form) are the command line's, and
    through the unlock policy (wipe after failed unlocks, a duress passphrase's decoy),
    the command line's too.
    """
    return open_store(path, passphrase)


def unlock_and_load(path: Path, passphrase: str) -> tuple[Store, Vocab]:
    """:func:`unlock_job` and the store's vocabulary, both off the GUI thread."""
    store = unlock_job(path, passphrase)
    try:
        return store, load_vocab(store)
    except BaseException:
        store.close()
        raise


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failed unlock, in the interface language."""
    return errors.describe(exc, "opening a store")


def busy_bar(parent: QWidget) -> QProgressBar:
    """A thin bar that moves while a dialog's job runs (hidden until then)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class UnlockDialog(QDialog):
    """Pick a store (recent ones listed) and unlock it; ``store`` is set on success."""

    def __init__(self, path: str | None = None, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.runner = runner or TaskRunner(self)
        self.store: Store | None = None
        self.store_path: Path | None = None
        self.passphrase: str | None = None

        self.path = QComboBox(self)
        self.path.setObjectName("store_path")
        self.path.setEditable(True)
        self.path.setMinimumContentsLength(40)
        recent = settings.get("recent_stores")
        if path:
            self.path.addItem(str(path))
        for p in recent:
            if p != str(path or ""):
                self.path.addItem(p)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.on_browse)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_store")
        self.create_button.clicked.connect(self.on_create)
        self.field = PassphraseField(self)
        self.field.edit.setObjectName("passphrase")
        self.busy = busy_bar(self)
        self.busy.setObjectName("busy")
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_unlock)
        self.buttons.rejected.connect(self.reject)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.labels = FieldLabels(self.form)
        self.labels.add(path_row, self.path)
        self.labels.add(self.field, self.field.edit)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.create_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.retranslate()
        self.field.edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a store — Monitor"))
        self.intro.setText(self.tr("Choose your encrypted store and type its passphrase."))
        self.browse.setText(self.tr("Browse…"))
        self.create_button.setText(self.tr("Create a new store…"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.labels.set_texts((self.tr("Store file"), self.tr("Passphrase")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a store"), "", STORE_FILTER)
        if name:
            self.path.setCurrentText(name)

    def on_create(self) -> None:
        dialog = CreateStoreDialog(self, runner=self.runner)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None:
            self.store, self.store_path = dialog.store, dialog.store_path
            self.passphrase = dialog.passphrase
            self.accept()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.path, self.browse, self.create_button, self.field.edit,
                  self.unlock_button):
            w.setEnabled(not busy)

    def on_unlock(self) -> None:
        text = self.path.currentText().strip()
        passphrase = self.field.edit.text()
        if not text:
            self.field.show_error(self.tr("Choose a store file first."))
            return
        if not passphrase:
            self.field.show_error(self.tr("Type the passphrase."))
            return
        path = Path(text).expanduser()
        self.set_busy(True)
        self.field.message.hide()

        def done(store: Store) -> None:
            self.set_busy(False)
            self.store, self.store_path, self.passphrase = store, path, None
            settings.remember_store(str(path.resolve()))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            if read_only.wants_read_only(self, exc):  # held by another program
                self.set_busy(True)
                self.runner.run_op(lambda: open_read_only(path, passphrase), done, failed,
                                   lane="kdf")
                return
            self.field.show_error(error_text(exc))

        self.runner.run_op(lambda: unlock_job(path, passphrase), done, failed, lane="kdf")

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the key is being derived; closing now would leave the store open
        super().reject()


class CreateStoreDialog(QDialog):
    """A new store: file name and the passphrase twice."""

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("create_dialog")
        self.runner = runner or TaskRunner(self)
        self.store: Store | None = None
        self.store_path: Path | None = None
        self.passphrase: str | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("new_store_path")
        self.path.setText(path or str(Path.home() / "cases.monitor"))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.on_browse)
        self.passphrase_fields = NewPassphraseFields(self)
        fields = self.passphrase_fields
        # the names the dialog's callers and tests know these by
        self.first, self.second = fields.new, fields.repeat
        self.strength, self.suggest, self.hint = fields.strength, fields.suggest, fields.note
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_create)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form = fields.form
        self.labels = fields.labels
        self.labels.add(row, self.path, row=0)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a store — Monitor"))
        self.browse.setText(self.tr("Browse…"))
        self.create_button.setText(self.tr("Create"))
        self.labels.set_texts({self.path: self.tr("New store file")})
        self.passphrase_fields.retranslate(
            self.tr("Passphrase"), self.tr("Repeat the passphrase"), self.tr(
                "The passphrase cannot be recovered: without it the store cannot be read by "
                "anyone, including you. Prefer several words."))

    def on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Create a store"), self.path.text(),
                                              STORE_FILTER)
        if name:
            self.path.setText(name)

    def on_create(self) -> None:
        first = self.passphrase_fields.text()
        problem = self.passphrase_fields.problem()
        if problem:
            self.passphrase_fields.show_problem(problem)
            return
        path = Path(self.path.text().strip()).expanduser()
        if path.exists():
            self.second.show_error(self.tr("That file already exists; choose another name."))
            return
        self.busy.show()
        self.create_button.setEnabled(False)

        def done(store: Store) -> None:
            self.busy.hide()
            self.store, self.store_path = store, path
            settings.remember_store(str(path.resolve()))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self.create_button.setEnabled(True)
            self.second.show_error(error_text(exc))

        self.runner.run_op(lambda: create_store(path, first), done, failed, lane="kdf")

    def reject(self) -> None:
        if self.busy.isVisible():
            return
        super().reject()


def ask_unlock(path: str | None = None, parent: QWidget | None = None) -> tuple[Store, Path] | None:
    """Show the unlock dialog; the store and its path, or None when the user gave up."""
    dialog = UnlockDialog(path, parent)
    dialog.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.runner.wait_idle()
    if ok and dialog.store is not None and dialog.store_path is not None:
        return dialog.store, dialog.store_path
    return None


__all__ = ["CreateStoreDialog", "UnlockDialog", "ask_unlock", "error_text", "fault_text",
           "unlock_and_load", "unlock_job"]
