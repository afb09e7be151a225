"""Starting the desktop app: ``run_gui(args, passphrase)`` from ``monitor-app gui``.

``--demo`` builds a demo store in a private temporary folder (mode 0700, removed at
exit) under a random passphrase; ``--store S --passphrase-stdin`` unlocks without a
dialog; ``--view`` opens a view; ``--screenshot OUT.png`` renders the window once
its list has loaded and exits. Uncaught exceptions go to ``ui.errors`` (a bug is logged
in the app's data folder, without case data, and the user told where the report is).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QBuffer, QCoreApplication, QEventLoop, QIODevice, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from monitor_app import outputs
from monitor_app.resources import resource
from monitor_app.store import Store, StoreError
from monitor_app.unlock_policy import open_store

SCREENSHOT_SIZE = (1400, 860)
SCREENSHOT_TIMEOUT_MS = 45_000
VIEW_OF_ARG = {"case": "cases", "visit": "visits"}
T = TypeVar("T")


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with our names, fonts and a readable style."""
    from ui import qt_workarounds

    qt_workarounds.apply()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Monitor")
    app.setApplicationName("Monitor")
    app.setApplicationDisplayName("Monitor")
    _add_fonts(app)
    return app


def _add_fonts(app: QApplication) -> None:
    """Make DejaVu available; use it only when the system font lacks Cyrillic (Kazakh)."""
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSansMono.ttf"):
        path = resource("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    system = app.font().family()
    if "DejaVu Sans" in families and QFontDatabase.WritingSystem.Cyrillic not in \
            QFontDatabase.writingSystems(system):
        font = QFont("DejaVu Sans", app.font().pointSize())
        app.setFont(font)


def _demo_store() -> tuple[Store, Path, Path]:
    """A fresh demo store in a private temporary folder."""
    from monitor_app import demo
    from monitor_app.store import create_store

    folder = Path(tempfile.mkdtemp(prefix="monitor-demo-"))
    os.chmod(folder, 0o700)
    path = folder / "demo.monitor"
    try:
        store = create_store(path, secrets.token_urlsafe(24))
        demo.generate(store, cases=60, seed=1)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return store, path, folder


def _off_gui(runner: Any, fn: Callable[[], T]) -> T:
    """Run ``fn`` on a worker and wait for it here, events still flowing; re-raise its error.

    Opening a store (key derivation, migration, demo data) is store work, which never runs
    on the GUI thread.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(value: Any) -> None:
        outcome["value"] = value
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.run_op(fn, done, failed, lane="kdf")
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def run_gui(args: argparse.Namespace, passphrase: str | None) -> int:
    """Run the window until it closes; returns the process exit code."""
    from ui import errors, i18n, settings
    from ui.context import AppContext, load_vocab
    from ui.main_window import MainWindow
    from ui.unlock import ask_unlock

    app = application()
    restore_signals = guard_process(app)
    lang = getattr(args, "lang", None) or settings.get("language")
    i18n.install(lang)
    restore_hooks = errors.install_excepthook()
    temp_folder: Path | None = None
    store: Store | None = None
    ctx = AppContext(lang=lang)
    try:
        if getattr(args, "demo", False):
            store, path, temp_folder = _off_gui(ctx.runner, _demo_store)
        elif getattr(args, "store", None) and passphrase is not None:
            path = Path(args.store)
            store = _off_gui(ctx.runner, lambda: open_store(path, passphrase))
            settings.remember_store(str(path.resolve()))
        else:
            if getattr(args, "screenshot", None):
                raise StoreError("--screenshot needs --demo or --store with --passphrase-stdin.")
            opened = ask_unlock(getattr(args, "store", None))
            if opened is None:
                return 0
            store, path = opened

        opening = store
        vocab = _off_gui(ctx.runner, lambda: load_vocab(opening))
        ctx.attach(store, vocab)
        store = None  # the context owns it now
        window = MainWindow(ctx, path)
        view = getattr(args, "view", None) or "cases"
        shot = getattr(args, "screenshot", None)
        size = getattr(args, "size", None)
        if size:
            window.resize(*size)
        elif shot:
            window.resize(*SCREENSHOT_SIZE)
        window.show_view(VIEW_OF_ARG.get(view, view))
        if view in VIEW_OF_ARG:
            window.open_first("full")
        else:
            window.open_first("right")
        window.show()
        code = _screenshot(app, window, Path(shot)) if shot else app.exec()
        ctx.runner.wait_idle()
        if ctx.store is not None:
            ctx.detach()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)
        return code
    finally:
        if store is not None:
            ctx.runner.run_op(store.close)
        ctx.runner.wait_idle()
        restore_hooks()
        restore_signals()
        if temp_folder is not None:
            with contextlib.suppress(ImportError):
                from monitor_app import evidence_files

                evidence_files.wipe_all()
            shutil.rmtree(temp_folder, ignore_errors=True)


def guard_process(app: QApplication) -> Callable[[], None]:
    """Wipe the evidence copies a killed session left, and make SIGINT, SIGTERM and SIGHUP
    close the app cleanly (decrypted copies wiped, the store closed, exit code 0) instead
    of killing it with plain copies on disk; returns a function that undoes this.

    Python runs a signal handler only when the interpreter gets control, which Qt's event
    loop does not give it by itself: a short timer does.
    """
    from monitor_app import evidence_files

    evidence_files.sweep_leftovers()

    def on_signal(_signum: int, _frame: object) -> None:
        evidence_files.wipe_all()
        app.quit()  # leaves every event loop, modal dialogs' too; run_gui then closes

    previous: dict[int, Any] = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, on_signal)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)

    def restore() -> None:
        timer.stop()
        timer.deleteLater()
        for number, handler in previous.items():
            signal.signal(number, handler)

    return restore


def _screenshot(app: QApplication, window: Any, out: Path) -> int:
    """Wait for the first page (and the record, when one opens), grab, save, quit."""
    try:
        outputs.check_target(out)  # refused before waiting for anything
    except outputs.UnsafeOutput as exc:
        sys.stderr.write(f"monitor-app: cannot write the screenshot: {outputs.describe(exc)}.\n")
        return 1
    result = {"code": 1}
    loop = QEventLoop()  # a local loop: the application's own quit state is left alone

    def grab() -> None:
        if not loop.isRunning():
            return
        window.ctx.runner.wait_idle()
        app.processEvents()
        pixmap = window.grab()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        try:  # quality 0: the strongest PNG compression; the file is 0600, never a link
            if not pixmap.save(buffer, "PNG", 0):
                raise OSError("the image could not be encoded")
            outputs.write_bytes(out, bytes(buffer.data().data()))
            result["code"] = 0
        except OSError as exc:
            sys.stderr.write(f"monitor-app: cannot write the screenshot to {out}: "
                             f"{outputs.describe(exc)}.\n")
        loop.quit()

    def when_ready() -> None:
        # let queued pages, counts and the record's own reads arrive and paint
        QTimer.singleShot(700, settle)

    def settle() -> None:
        window.ctx.runner.wait_idle()
        app.processEvents()
        QTimer.singleShot(300, grab)

    def give_up() -> None:
        sys.stderr.write("monitor-app: the window did not finish loading; screenshot taken "
                         "as it is.\n")
        grab()

    if window.is_ready():
        when_ready()
    else:
        window.ready.connect(when_ready)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(SCREENSHOT_TIMEOUT_MS)
    loop.exec()
    guard.stop()
    return result["code"]
