"""The clipboard forgets a sensitive field: cleared 10 s after a copy from one, and on lock.

A field is sensitive when its declaration in ``db/models.py`` says so (``sensitive`` =
"identity" or "narrative": a name, a contact, an address, a narrative), read through
``monitor_app.schema``: the field is found from the widget that had the focus when the
clipboard changed (its row in a :class:`ui.forms.form.Form`, the ``KIND`` of the editor
around it). Whatever the way of copying (Ctrl+C, Ctrl+X, the context menu), the clipboard
changes while that widget has the focus. The guard clears only what it saw copied: if the
clipboard holds something else by then (the user copied elsewhere), it is left alone.
On X11 the selection buffer (selected text, pasted with the middle button) is treated the
same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from monitor_app import schema

CLEAR_AFTER_MS = 10_000
_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def sensitive_field(widget: QWidget | None) -> tuple[str, str] | None:
    """``(kind, field)`` when ``widget`` edits a field declared sensitive, else None."""
    from ui.forms.form import Form

    field: str | None = None
    w = widget
    while w is not None:
        if field is None and isinstance(w, Form):
            for row in w.rows.values():
                if row.holder is widget or row.holder.isAncestorOf(widget):
                    field = row.name
                    break
        kind = getattr(w, "KIND", None)
        if field is not None and isinstance(kind, str) and kind in schema.KINDS:
            f = schema.KINDS[kind].fields.get(field)
            return (kind, field) if f is not None and f.sensitive else None
        w = w.parentWidget()
    return None


class ClipboardGuard(QObject):
    """Watches the application's clipboard (see the module)."""

    def __init__(self, parent: QObject | None = None,
                 clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.changed.connect(self._on_changed)
        self._connected = True

    def pending(self) -> bool:
        """A sensitive text is on the clipboard, waiting to be cleared."""
        return bool(self._ours)

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if mode not in _MODES:
            return
        text = self._clipboard.text(mode)
        if text and sensitive_field(QApplication.focusWidget()) is not None:
            self._ours[mode] = text
            self._timer.start()
        elif text != self._ours.get(mode):
            self._ours.pop(mode, None)  # replaced by something that is not ours

    def clear(self) -> None:
        """Empty the clipboard if it still holds what was copied from a sensitive field."""
        self._timer.stop()
        ours, self._ours = self._ours, {}
        for mode, text in ours.items():
            if self._clipboard.text(mode) == text:
                self._clipboard.clear(mode)

    def uninstall(self) -> None:
        self.clear()
        if self._connected:
            self._connected = False
            self._clipboard.changed.disconnect(self._on_changed)
