"""Locking: the lock screen (shows nothing of the data) and the idle watcher.

Like KeePassXC: Ctrl+L or a few idle minutes, and the window keeps only a
passphrase field; unlocking re-derives the key in a worker and returns to the
same view and record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.os_lock import OsLockWatcher
from ui.unlock import PassphraseField, busy_bar

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class LockScreen(QWidget):
    """A passphrase field and nothing else; ``unlock_requested(passphrase)``."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.title = QLabel(self)
        self.title.setObjectName("lock_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("lock_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.field = PassphraseField(self)
        self.field.edit.setObjectName("lock_passphrase")
        self.field.edit.returnPressed.connect(self.on_unlock)
        self.button = QPushButton(self)
        self.button.setObjectName("lock_unlock")
        self.button.clicked.connect(self.on_unlock)
        self.busy = busy_bar(self)

        box = QWidget(self)
        box.setObjectName("lock_box")
        box.setMaximumWidth(420)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(row)
        inner.addWidget(self.busy)
        # No alignment flag on the box: an aligned widget gets its size hint, not the
        # height its wrapped labels need at the width it is given, and the hint was cut.
        # Centred by stretches instead, it is as wide as it may be (at most 420 px) and
        # as tall as its wrapped lines.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 10)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred)
        outer.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Monitor is locked"))
        self.hint.setText(self.tr("Type the store's passphrase to continue where you were."))
        self.field.edit.setPlaceholderText(self.tr("Passphrase"))
        self.button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        """Empty the field and focus it (each time the window locks)."""
        self.set_busy(False)
        self.field.edit.clear()
        self.field.message.hide()
        self.field.edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.edit.setEnabled(not busy)
        self.button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.field.show_error(text)

    def on_unlock(self) -> None:
        passphrase = self.field.edit.text()
        if not passphrase:
            self.field.show_error(self.tr("Type the passphrase."))
            return
        self.set_busy(True)
        self.field.message.hide()
        self.unlock_requested.emit(passphrase)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without a key press, click, scroll or mouse move
    anywhere in the application (an application-wide event filter)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        # Away: the application is not the active one (another window has the focus, the
        # screen saver or the lock screen is up, the OS hid or suspended it). Mouse moves
        # over an inactive window still arrive and would keep the idle timer going, so
        # time away is counted on its own and only coming back stops it.
        self._away = QTimer(self)
        self._away.setSingleShot(True)
        self._away.timeout.connect(self._away_too_long)
        self.set_timeout_ms(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self.on_application_state)
        self._watching_state = app is not None
        # The screen locked or the machine is going to sleep, where the OS says so on
        # D-Bus (ui/os_lock.py): idle at once, like "suspended".
        self.os_lock = OsLockWatcher(self)
        self.os_lock.os_locked.connect(self.lock_now)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(100, timeout_ms))
        self._away.setInterval(max(100, timeout_ms))
        if self._timer.isActive():
            self._timer.start()
        if self._away.isActive():
            self._away.start()

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """Suspended (the OS put the app to sleep, where Qt can tell): idle at once.
        Inactive or hidden: idle after the timeout unless the app is active again."""
        if not self._timer.isActive():
            return  # not watching (locked, or a question is open)
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now()
        elif state == Qt.ApplicationState.ApplicationActive:
            self._away.stop()
        elif not self._away.isActive():
            self._away.start()

    def lock_now(self) -> None:
        """Idle at once (suspended, screen locked, going to sleep), when watching."""
        if self._timer.isActive():
            self._away.stop()
            self._timer.stop()
            self.idle.emit()

    def _away_too_long(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.idle.emit()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._away.stop()

    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._watching_state:
                self._watching_state = False
                app.applicationStateChanged.disconnect(self.on_application_state)
        self.os_lock.stop()
        self.stop()
