"""The Exchange view's dialogs (create an identity, add a contact) and the words it shows
for refused inputs and for why two records look like one.

Every read and write goes through the context's runner; the dialogs only show answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.keyboard import enter_never_submits, menu_letters, with_mnemonic


def mono_label(parent: QWidget | None = None) -> QLabel:
    """A label for a fingerprint: fixed-width digits a person reads out by phone, selectable."""
    label = QLabel(parent)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setWordWrap(True)
    return label


def fingerprint_text(fingerprint: str, per_line: int = 4) -> str:
    """A fingerprint in readable groups: its twelve groups of five digits, four to a line,
    the way two people read it to each other."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CreateIdentityDialog(QDialog):
    """Name and organisation of this store's identity (the keys are made on the worker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("create_identity")
        self.setWindowTitle(self.tr("Create this store's identity"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Your contacts will see this name and organisation when they add you and when "
            "they merge a file from you. The private keys stay inside this encrypted store."),
            self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("identity_name")
        self.org = QLineEdit(self)
        self.org.setObjectName("identity_org")
        taken = menu_letters()
        name_label = QLabel(with_mnemonic(self.tr("Name (required)"), taken), self)
        name_label.setBuddy(self.name)
        org_label = QLabel(with_mnemonic(self.tr("Organisation"), taken), self)
        org_label.setBuddy(self.org)
        form.addRow(name_label, self.name)
        form.addRow(org_label, self.org)
        layout.addLayout(form)
        self.box = ok_cancel(self, self.tr("Create"))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout.addWidget(self.box)
        enter_never_submits(self)
        self.name.setFocus()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.org.text().strip()


class AddContactDialog(QDialog):
    """Shows the identity file's fingerprint and asks the name to keep the contact under."""

    def __init__(self, name: str, org: str, fingerprint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_contact")
        self.setWindowTitle(self.tr("Add a contact"))
        layout = QVBoxLayout(self)
        said = self.tr("The file says it is %1.").replace(
            "%1", f"{name} ({org})" if org else name)
        intro = QLabel(said, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Fingerprint:"), self))
        self.fingerprint = mono_label(self)
        self.fingerprint.setObjectName("contact_fingerprint")
        self.fingerprint.setText(fingerprint_text(fingerprint))
        layout.addWidget(self.fingerprint)
        note = QLabel(self.tr(
            "Before you trust files from this contact, read the fingerprint to them by phone "
            "or in person, and mark the contact verified when both agree."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("contact_name")
        label = QLabel(with_mnemonic(self.tr("Keep as"), menu_letters()), self)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        layout.addLayout(form)
        self.box = ok_cancel(self, self.tr("Add contact"))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout.addWidget(self.box)
        enter_never_submits(self)

    def chosen_name(self) -> str:
        return self.name.text().strip()


def refusal_text(exc: BaseException) -> str | None:
    """A refused input's reason as the user reads it (a refused file, a damaged identity
    file, a name taken); None for anything else, which ui.errors describes."""
    from monitor_app.exchange.keys import (
        BadIdentityFile,
        ContactNameTaken,
        IdentityExists,
        UnknownContact,
    )
    from monitor_app.exchange.merge import MergeRefused, UnknownConflict

    if isinstance(exc, MergeRefused):
        return QCoreApplication.translate(
            "Exchange", "The file was refused; nothing of it was merged: %1").replace(
                "%1", errors.refused_reason(exc))
    if isinstance(exc, BadIdentityFile):
        return QCoreApplication.translate(
            "Exchange", "This is not a Monitor identity file, or it is damaged or expired. "
            "Ask the contact for their identity file again.")
    if isinstance(exc, ContactNameTaken):
        return QCoreApplication.translate(
            "Exchange", "Another contact already has this name. Choose another name.")
    if isinstance(exc, IdentityExists):
        return QCoreApplication.translate("Exchange", "This store already has an identity.")
    if isinstance(exc, UnknownContact):
        return QCoreApplication.translate(
            "Exchange", "This contact is not in this store (any more).")
    if isinstance(exc, UnknownConflict):
        return QCoreApplication.translate(
            "Exchange", "This conflict was settled already (perhaps by a file merged since).")
    return errors.user_message(exc)


def reasons_text(reasons: dict[str, Any]) -> str:
    """Why two records look like one, in words: "name 95% alike, same birth year"."""
    parts = []
    if isinstance(reasons.get("name"), (int, float)):
        parts.append(QCoreApplication.translate("Exchange", "name %1% alike").replace(
            "%1", str(reasons["name"])))
    same = {"birth_year": QCoreApplication.translate("Exchange", "same birth year"),
            "gender": QCoreApplication.translate("Exchange", "same gender"),
            "designation": QCoreApplication.translate("Exchange", "same designation"),
            "region": QCoreApplication.translate("Exchange", "same region"),
            "place_kind": QCoreApplication.translate("Exchange", "same kind of place")}
    for key, text in same.items():
        if reasons.get(key) == "same":
            parts.append(text)
    if reasons.get("place_kind") == "different":
        parts.append(QCoreApplication.translate("Exchange", "another kind of place"))
    return ", ".join(parts)
