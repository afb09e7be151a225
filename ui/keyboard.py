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
from PySide6.QtWidgets import QAbstractButton, QDialog

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
