"""Labels for the fields of a dialog's form: each row's label is a QLabel whose buddy is
its field, so Alt and the underlined letter focuses the field, and the label's words are the
field's accessible name (what a screen reader says).

The underlined letters are chosen when the texts are set, in the interface language: the
first letter of a word, else any letter, not yet taken in the dialog (by another label or a
button's own mnemonic). A translation that marks its letter with "&" keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QLayout, QWidget

from ui import keyboard
from ui.keyboard import mnemonic_of


def plain(text: str) -> str:
    """A label's words without its mnemonic mark ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a letter marked that is not in ``taken`` (which then holds it); a
    translation's own "&" is kept (``ui.keyboard.with_mnemonic``, the one rule)."""
    return keyboard.with_mnemonic(text, taken, keep_own=True)


def buttons_mnemonics(root: QWidget) -> set[str]:
    """The letters the buttons under ``root`` already underline."""
    found = (mnemonic_of(b.text()) for b in root.findChildren(QAbstractButton))
    return {letter for letter in found if letter}


class FieldLabels:
    """The labelled rows of one form, in the order they were added."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.rows: list[tuple[QLabel, QWidget]] = []

    def add(self, field: QWidget | QLayout, buddy: QWidget | None = None,
            row: int | None = None) -> QLabel:
        """A row of ``field`` (a widget, or a layout with ``buddy`` the widget in it that
        takes the focus) under a label; at ``row`` of the form, else at its end."""
        target = buddy if buddy is not None else field
        if not isinstance(target, QWidget):
            raise TypeError("a layout's row needs the widget that takes the focus as buddy")
        label = QLabel(self.form.parentWidget() or target.parentWidget())
        label.setBuddy(target)
        if row is None:
            self.form.addRow(label, field)
        else:
            self.form.insertRow(row, label, field)
        self.rows.append((label, target))
        return label

    def label_of(self, buddy: QWidget) -> QLabel:
        return next(label for label, target in self.rows if target is buddy)

    def set_texts(self, texts: Sequence[str] | dict[QWidget, str],
                  taken: Iterable[str] = ()) -> None:
        """The labels' words, in the order of the rows (or by buddy), each with a free
        mnemonic; ``taken``: letters used elsewhere in the dialog (its buttons' are found)."""
        by_buddy = texts if isinstance(texts, dict) else {
            target: text for (_label, target), text in zip(self.rows, texts, strict=False)}
        root = self.form.parentWidget()
        used = set(taken) | (buttons_mnemonics(root.window()) if root is not None else set())
        used |= {letter for label, target in self.rows
                 if target not in by_buddy and (letter := mnemonic_of(label.text()))}
        for label, target in self.rows:
            text = by_buddy.get(target)
            if text is None:
                continue
            label.setText(with_mnemonic(text, used))
            target.setAccessibleName(plain(text))


__all__ = ["FieldLabels", "buttons_mnemonics", "mnemonic_of", "plain", "with_mnemonic"]
