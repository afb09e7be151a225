"""A passphrase field with its error under it, and the group that asks for a new
passphrase (new, repeat, strength, suggest) used by both the create-store dialog and the
change-passphrase dialog, so the rules (``monitor_app.passphrase``) are said the same way in
both.

The group is a widget holding one form: a dialog adds its own rows to that form (the store
file, the current passphrase) so every label lines up, and labels them through ``labels``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app import passphrase as rules
from ui.field_labels import FieldLabels


def fault_text(found: rules.Assessment) -> str:
    """The rule a new passphrase breaks, in the interface language; "" when none."""
    if found.fault == "empty":
        return QCoreApplication.translate(
            "CreateStoreDialog", "Type a passphrase; spaces alone do not count.")
    if found.fault == "short":
        return QCoreApplication.translate(
            "CreateStoreDialog",
            "Too short: use at least %1 characters (several words are best)."
        ).replace("%1", str(rules.MIN_LENGTH))
    if found.fault == "weak":
        return QCoreApplication.translate(
            "CreateStoreDialog",
            "Too easy to guess (strength %1 of 4, at least %2 needed): add words, or "
            "use a suggested passphrase.").replace("%1", str(found.score)).replace(
                "%2", str(rules.MIN_SCORE))
    return ""


class PassphraseField(QWidget):
    """A passphrase line edit with its error message right under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("passphrase_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")  # an error, red by meaning
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.selectAll()
        self.edit.setFocus()


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, its strength said as it is typed, and a button that
    suggests one (shown, so it can be written down)."""

    suggested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = FieldLabels(self.form)
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
        self.note = QLabel(self)  # the dialog's advice; once suggested, to write it down
        self.note.setObjectName("passphrase_note")
        self.note.setWordWrap(True)
        self._advice = ""
        self._was_suggested = False
        self.new.textChanged.connect(self.on_new_edited)
        self.labels.add(self.new)
        self.labels.add(self.repeat, self.repeat.edit)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.suggest)
        self.form.addRow(strength_row)
        self.form.addRow(self.note)

    def retranslate(self, new_label: str, repeat_label: str, advice: str = "") -> None:
        """The two labels are the dialog's own words ("Passphrase", "New passphrase");
        ``advice`` is said under the fields until a passphrase is suggested."""
        self.suggest.setText(QCoreApplication.translate("CreateStoreDialog",
                                                        "Suggest a passphrase"))
        self._advice = advice
        self._show_note()
        self.labels.set_texts({self.new: new_label, self.repeat.edit: repeat_label})
        self.on_new_edited(self.new.text())

    def _show_note(self) -> None:
        text = QCoreApplication.translate(
            "CreateStoreDialog",
            "A suggested passphrase of six random English words is in both fields. Learn it "
            "or write it down and keep it apart from the laptop: it cannot be recovered."
        ) if self._was_suggested else self._advice
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def on_new_edited(self, text: str) -> None:
        if not text:
            self.strength.clear()
            return
        found = rules.assess(text)
        self.strength.setText(fault_text(found) or QCoreApplication.translate(
            "CreateStoreDialog", "Strength %1 of 4: good.").replace("%1", str(found.score)))

    def on_suggest(self) -> None:
        """Fill both fields with a generated passphrase, shown so it can be written down."""
        made = rules.generate()
        for edit in (self.new, self.repeat.edit):
            edit.setEchoMode(QLineEdit.EchoMode.Normal)
            edit.setText(made)
        self._was_suggested = True
        self._show_note()
        self.suggested.emit()

    def text(self) -> str:
        return self.new.text()

    def problem(self) -> str:
        """What is wrong with the new passphrase, in the interface language; "" when it can
        be used (typed, the same twice, and within the rules)."""
        new = self.new.text()
        if not new:
            return QCoreApplication.translate("CreateStoreDialog", "Type a passphrase.")
        if new != self.repeat.edit.text():
            return QCoreApplication.translate("CreateStoreDialog",
                                              "The two passphrases differ.")
        return fault_text(rules.assess(new))

    def show_problem(self, text: str) -> None:
        """Say ``text`` under the repeat field; focus the first field when it is empty."""
        self.repeat.show_error(text)
        if not self.new.text():
            self.new.setFocus()

    def hide_problem(self) -> None:
        self.repeat.message.hide()

    def clear(self) -> None:
        for edit in (self.new, self.repeat.edit):
            edit.clear()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._was_suggested = False
        self._show_note()


__all__ = ["NewPassphraseFields", "PassphraseField", "fault_text"]
