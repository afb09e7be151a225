"""The window locks when the desktop's screen saver locks, logind locks the session or the
machine is about to sleep: signals sent on a private D-Bus daemon started for the test."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from tests.ui.conftest import OFFSCREEN_NOISE
from ui.os_lock import OsLockWatcher, logind_object_path

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SESSION_ID = "c7"
_serial = itertools.count(1)
OWNED = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.freedesktop.login1")


class Bus:
    """A sender on the private bus that owns the desktop's and logind's names."""

    def __init__(self, address: str, name: str, owns: tuple[str, ...]) -> None:
        self.name = name
        self.conn = QDBusConnection.connectToBus(address, name)
        assert self.conn.isConnected(), self.conn.lastError().message()
        for service in owns:
            assert self.conn.registerService(service), service

    def emit(self, path: str, interface: str, name: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        assert self.conn.send(message)


@pytest.fixture(autouse=True)
def private_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A dbus-daemon of our own standing for both the session and the system bus,
    with the screen savers' and logind's names owned by the test (before the window
    subscribes, so the watcher knows their owner)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (the 'dbus' package)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        monkeypatch.setenv("XDG_SESSION_ID", SESSION_ID)
        n = next(_serial)  # a connection's name is process-wide: one per test
        owner = Bus(address, f"test-owner-{n}", OWNED)
        stranger = Bus(address, f"test-stranger-{n}", ())
        yield {"owner": owner, "stranger": stranger}
        for bus in (owner, stranger):
            QDBusConnection.disconnectFromBus(bus.name)
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_it_listens_to_the_screen_savers_and_logind(window: Any) -> None:
    assert sorted(window.idle.os_lock.subscriptions) == [
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "org.freedesktop.login1.Session.Lock",
        "org.gnome.ScreenSaver.ActiveChanged",
    ]


@pytest.mark.parametrize("service,path", [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
])
def test_the_screen_saver_locking_locks_at_once(window: Any, qtbot: Any,
                                                private_bus: dict[str, Any],
                                                service: str, path: str) -> None:
    assert not window.locked
    private_bus["owner"].emit(path, service, "ActiveChanged", False)  # the screen woke up
    qtbot.wait(300)
    assert not window.locked
    private_bus["owner"].emit(path, service, "ActiveChanged", True)
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)
    assert window.ctx.store is None
    assert window.pages.currentWidget() is window.lock_screen


def test_logind_locking_this_session_locks(window: Any, qtbot: Any,
                                           private_bus: dict[str, Any]) -> None:
    owner = private_bus["owner"]
    owner.emit(logind_object_path("c8"), "org.freedesktop.login1.Session", "Lock")
    qtbot.wait(300)
    assert not window.locked  # another user's session
    owner.emit(logind_object_path(SESSION_ID), "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)


def test_going_to_sleep_locks(window: Any, qtbot: Any, private_bus: dict[str, Any]) -> None:
    owner = private_bus["owner"]
    owner.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
               "PrepareForSleep", False)  # waking up
    qtbot.wait(300)
    assert not window.locked
    owner.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
               "PrepareForSleep", True)
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)


def test_another_program_cannot_pose_as_the_screen_saver(window: Any, qtbot: Any,
                                                         private_bus: dict[str, Any]) -> None:
    stranger = private_bus["stranger"]
    stranger.emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                  "ActiveChanged", True)
    stranger.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                  "PrepareForSleep", True)
    qtbot.wait(500)
    assert not window.locked


def test_without_a_bus_nothing_is_listened_to(qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Any) -> None:
    for var in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
        monkeypatch.setenv(var, f"unix:path={tmp_path / 'no-bus'}")
    watcher = OsLockWatcher()
    assert not watcher.active()
    watcher.stop()


def test_logind_object_paths() -> None:
    assert logind_object_path("c7") == "/org/freedesktop/login1/session/c7"
    assert logind_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_object_path("12") == "/org/freedesktop/login1/session/_312"
