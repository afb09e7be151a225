"""File > Unlock protection: wipe after failed unlocks, and a duress passphrase.

The rules are :mod:`monitor_app.unlock_policy`'s (the command line's ``policy`` uses the
same); this dialog only asks. It acts on the store that is open: opened with the duress
passphrase, that is the decoy, whose own policy is empty, as a real store's would be.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from monitor_app import passphrase as rules
from monitor_app import unlock_policy
from monitor_app.store import Store
from ui.field_labels import FieldLabels
from ui.tasks import TaskRunner
from ui.unlock import PassphraseField, error_text, fault_text


class UnlockPolicyDialog(QDialog):
    """Wipe threshold, duress passphrase (set, replace or remove), wipe on duress."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_policy")
        self.store = store
        self.runner = runner
        self.policy = unlock_policy.load(store.path)  # a small file: read here
        self.wipe_after = QSpinBox(self)
        self.wipe_after.setObjectName("wipe_after")
        self.wipe_after.setRange(0, 99)
        self.wipe_after.setValue(self.policy.wipe_after)
        self.state = QLabel(self)
        self.state.setObjectName("duress_state")
        self.state.setWordWrap(True)
        self.duress = QLineEdit(self)
        self.duress.setObjectName("duress_passphrase")
        self.duress.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = PassphraseField(self)
        self.repeat.edit.setObjectName("repeat_duress")
        self.wipe_on_duress = QCheckBox(self)
        self.wipe_on_duress.setObjectName("wipe_on_duress")
        self.wipe_on_duress.setChecked(self.policy.wipe_on_duress)
        self.remove = QCheckBox(self)
        self.remove.setObjectName("remove_duress")
        self.remove.setVisible(self.policy.decoy is not None)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = FieldLabels(self.form)
        self.labels.add(self.wipe_after)
        self.form.addRow(self.state)  # a sentence across the form, not a field
        self.labels.add(self.duress)
        self.labels.add(self.repeat, self.repeat.edit)
        for box in (self.wipe_on_duress, self.remove):  # check boxes carry their own words
            self.form.addRow(box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(
            "UnlockPolicyDialog", "Unlock protection — Monitor"))
        self.wipe_after.setSpecialValueText(QCoreApplication.translate(
            "UnlockPolicyDialog", "never"))
        if self.policy.decoy:
            self.state.setText(QCoreApplication.translate(
                "UnlockPolicyDialog", "A duress passphrase is set; typing a new one replaces it."))
        else:
            self.state.setText(QCoreApplication.translate(
                "UnlockPolicyDialog", "No duress passphrase is set."))
        self.wipe_on_duress.setText(QCoreApplication.translate(
            "UnlockPolicyDialog", "The duress passphrase also destroys this store"))
        self.remove.setText(QCoreApplication.translate(
            "UnlockPolicyDialog", "Remove the duress passphrase and destroy its decoy store"))
        self.hint.setText(QCoreApplication.translate(
            "UnlockPolicyDialog",
            "After that many wrong passphrases in a row this store is overwritten and "
            "deleted, with no warning. The duress passphrase opens a separate, empty decoy "
            "store instead of this one. Neither reaches copies or backups of the store, and "
            "a small file in your settings folder says that they are set (see the security "
            "notes)."))
        self.labels.set_texts((
            QCoreApplication.translate("UnlockPolicyDialog", "Destroy after failed unlocks"),
            QCoreApplication.translate("UnlockPolicyDialog", "Duress passphrase"),
            QCoreApplication.translate("UnlockPolicyDialog", "Repeat it")))

    def show_error(self, text: str) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.repeat.show_error(text)

    def accept(self) -> None:
        duress, repeat = self.duress.text(), self.repeat.edit.text()
        new_duress: str | None = None
        if duress or repeat:
            if duress != repeat:
                self.show_error(QCoreApplication.translate(
                    "UnlockPolicyDialog", "The two duress passphrases differ."))
                return
            fault = fault_text(rules.assess(duress))
            if fault:
                self.show_error(fault)
                return
            new_duress = duress
        remove = self.remove.isVisible() and self.remove.isChecked() and new_duress is None
        has_decoy = new_duress is not None or (self.policy.decoy is not None and not remove)
        if self.wipe_on_duress.isChecked() and not has_decoy:
            self.show_error(QCoreApplication.translate(
                "UnlockPolicyDialog",
                "Set a duress passphrase first: the store is destroyed when it is typed."))
            return
        store, wipe = self.store, self.wipe_after.value()
        wipe_on_duress = self.wipe_on_duress.isChecked() and has_decoy
        self.busy.show()
        self.buttons.setEnabled(False)

        def apply() -> unlock_policy.Policy:
            return unlock_policy.configure(store, wipe_after=wipe, duress=new_duress,
                                           remove_duress=remove, wipe_on_duress=wipe_on_duress)

        def done(policy: unlock_policy.Policy) -> None:
            self.policy = policy
            self.busy.hide()
            super(UnlockPolicyDialog, self).accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, unlock_policy.DuressSameAsStore):
                self.show_error(QCoreApplication.translate(
                    "UnlockPolicyDialog",
                    "The duress passphrase must differ from the store's passphrase."))
            else:
                self.show_error(error_text(exc))

        self.runner.run_op(apply, done, failed, lane="kdf")

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # a decoy is being made
        super().reject()
