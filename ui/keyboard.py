"""Working with the keyboard alone: Enter in a record's window never submits it.

A QDialogButtonBox makes its first accept button the dialog's default when it is shown,
whatever ``autoDefault`` says; then Enter in any one-line field that passes the key on
(a plain QLineEdit does, after ``returnPressed``) clicks Save or closes the window.
:func:`enter_never_submits` stops that at the dialog: Enter in a field moves on to the
next field, as it does in the form's own fields (``ui.forms.fields.enter_moves_on``),
and Ctrl+S or the button saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterStaysInTheForm(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or event.key() not in ENTER_KEYS or not isinstance(obj, QDialog):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False  # Ctrl+Enter: left to the dialog's own shortcuts
        focus = obj.focusWidget()
        if focus is not None and not isinstance(focus, QAbstractButton):
            obj.focusNextChild()
        return True  # never the default button


_FILTER: _EnterStaysInTheForm | None = None


def enter_never_submits(dialog: QDialog) -> None:
    """Enter that no field used moves to the next field instead of pressing the default
    button (Save, OK) of ``dialog``."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _EnterStaysInTheForm()
    dialog.installEventFilter(_FILTER)


def menu_letters() -> set[str]:
    """The letters the main window's menu bar takes for its mnemonics (Alt+F for File...),
    read from the menu bar itself, in the interface language: a form's label must not
    take them too (an ambiguous Alt+letter opens neither)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    taken: set[str] = set()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.menuWidget() is not None:
            for action in top.menuBar().actions():
                letter = mnemonic_of(action.text())
                if letter:
                    taken.add(letter)
    return taken


def mnemonic_of(text: str) -> str:
    """The mnemonic letter of a text ("&File" -> "f"), "" when it has none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return ""


def with_mnemonic(text: str, taken: set[str], *, keep_own: bool = False) -> str:
    """``text`` with a mnemonic on a letter no other label of the form has (the first
    letter of a word if one is free, else any letter), recorded in ``taken``; a text
    with no free letter gets none. A "&" of the text itself is kept as a character, or,
    with ``keep_own`` (a translation that chose its letter), kept as that mnemonic."""
    own = mnemonic_of(text) if keep_own else ""
    if own:
        taken.add(own)
        return text
    starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1]
                                                                   .isalpha())]
    rest = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
    for i in starts + rest:
        letter = text[i].casefold()
        if letter not in taken:
            taken.add(letter)
            return text[:i].replace("&", "&&") + "&" + text[i:].replace("&", "&&")
    return text.replace("&", "&&")


class _TabLeaves(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not isinstance(obj, QWidget) or obj.parentWidget() is None:
            return False
        parent = obj.parentWidget()
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            parent.focusNextChild()
            return True
        if event.key() == Qt.Key.Key_Backtab:
            parent.focusPreviousChild()
            return True
        return False


_TAB_LEAVES: _TabLeaves | None = None


def tab_leaves(widget: QWidget) -> None:
    """Tab and Shift+Tab go to the next and previous field, never inside ``widget``: a
    QDateEdit showing its special value ("From") kept Tab among its own sections for good,
    so the list behind it could not be reached. (Its day, month and year are still
    reached with the arrow keys.)"""
    global _TAB_LEAVES
    if _TAB_LEAVES is None:
        _TAB_LEAVES = _TabLeaves()
    widget.installEventFilter(_TAB_LEAVES)
