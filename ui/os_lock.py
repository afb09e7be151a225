"""Locking when the operating system locks the screen or goes to sleep, where it says so.

Qt itself tells an application only that it is active or not (and "suspended" on macOS
and mobile platforms), so a locked screen on Linux would lock Monitor only after the
idle time. On Linux and the BSDs the desktop says more on D-Bus, and this module listens:

- the session bus: ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, most desktops) and of ``org.gnome.ScreenSaver`` (GNOME);
- the system bus: logind's ``Lock`` of this login session
  (``org.freedesktop.login1.Session``, as ``loginctl lock-session`` sends it) and its
  ``PrepareForSleep(true)`` (``org.freedesktop.login1.Manager``), just before suspend
  or hibernation.

Each signal is taken only from the bus name that owns the service (another program
cannot make it look like the screen saver). ``os_locked`` is emitted at once on any of
them. Without a bus (no desktop session, no systemd, a container) nothing is
subscribed and nothing is logged. Windows (``WM_WTSSESSION_CHANGE``) and macOS
(``ApplicationSuspended`` from Qt) are not handled here.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Signal, Slot

try:
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
except ImportError:  # a Qt built without D-Bus (Windows, macOS builds may lack it)
    QDBus = None  # type: ignore[assignment,misc]
    QDBusConnection = None  # type: ignore[assignment,misc]
    QDBusMessage = None  # type: ignore[assignment,misc]

SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SESSION_IFACE = "org.freedesktop.login1.Session"
MANAGER_IFACE = "org.freedesktop.login1.Manager"

_names = itertools.count(1)


def logind_object_path(session_id: str) -> str:
    """The object path logind gives session ``session_id`` (systemd's bus path
    escaping: every byte that is not an ASCII letter or digit, and a leading digit,
    becomes ``_xx`` in hex)."""
    out = []
    for i, ch in enumerate(session_id.encode()):
        c = chr(ch)
        if (c.isascii() and c.isalpha()) or (c.isdigit() and i > 0):
            out.append(c)
        else:
            out.append(f"_{ch:02x}")
    return f"{LOGIN1_PATH}/session/{''.join(out) or '_'}"


SYSTEM_BUS_DEFAULT = "unix:path=/var/run/dbus/system_bus_socket"  # libdbus's default


def bus_address(kind: str) -> str | None:
    """The address of the ``"session"`` or ``"system"`` bus, read now (libdbus reads the
    environment once per process), or None when there is none to reach without starting
    one (libdbus would otherwise try to autolaunch a session daemon)."""
    if kind == "session":
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if address:
            return address
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        socket = Path(runtime) / "bus" if runtime else None
        return f"unix:path={socket}" if socket is not None and socket.exists() else None
    address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")
    if address:
        return address
    return SYSTEM_BUS_DEFAULT if Path(SYSTEM_BUS_DEFAULT[len("unix:path="):]).exists() else None


class OsLockWatcher(QObject):
    """Emits ``os_locked`` when the screen locks or the machine is about to sleep."""

    os_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connections: list[str] = []
        self.subscriptions: list[str] = []  # what is listened to, for tests and About
        if QDBusConnection is None or sys.platform in ("win32", "darwin"):
            return
        n = next(_names)
        bus = self._connect(bus_address("session"), f"monitor-os-lock-s{n}")
        if bus is not None:
            for service, path in SCREEN_SAVERS:
                self._subscribe(bus, service, path, service, "ActiveChanged",
                                "on_active_changed(bool)")
        system = self._connect(bus_address("system"), f"monitor-os-lock-y{n}")
        if system is not None:
            self._subscribe(system, LOGIN1, LOGIN1_PATH, MANAGER_IFACE, "PrepareForSleep",
                            "on_prepare_for_sleep(bool)")
            session = self._session_path(system)
            if session:
                self._subscribe(system, LOGIN1, session, SESSION_IFACE, "Lock",
                                "on_session_lock()")

    def _connect(self, address: str | None, name: str) -> object | None:
        if address is None:
            return None
        bus = QDBusConnection.connectToBus(address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
        self._connections.append(name)
        return bus

    def _subscribe(self, bus: object, service: str, path: str, interface: str, name: str,
                   slot: str) -> None:
        if bus.connect(service, path, interface, name, self, SLOT(slot)):
            self.subscriptions.append(f"{interface}.{name}")

    @staticmethod
    def _session_path(system: object) -> str | None:
        """This login session's logind object: from ``XDG_SESSION_ID``, else asked of
        logind (``GetSession("auto")``, the caller's session; half a second at most)."""
        session_id = os.environ.get("XDG_SESSION_ID")
        if session_id:
            return logind_object_path(session_id)
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER_IFACE, "GetSession")
        call.setArguments(["auto"])
        reply = system.call(call, QDBus.CallMode.Block, 500)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        path = reply.arguments()[0]
        text = path.path() if hasattr(path, "path") else str(path)
        return text or None

    def active(self) -> bool:
        """True when at least one signal is listened to."""
        return bool(self.subscriptions)

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.os_locked.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.os_locked.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.os_locked.emit()

    def stop(self) -> None:
        """Stop listening and close this watcher's bus connections."""
        self.subscriptions.clear()
        names, self._connections = self._connections, []
        if QDBusConnection is not None:
            for name in names:
                QDBusConnection.disconnectFromBus(name)

