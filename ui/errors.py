"""What the user is told when something fails, and what is kept when it is a bug.

Two kinds of failure, two places, used by every widget:

- An error a user can act on (wrong passphrase, store in use, disk full, a value to
  correct, a record deleted or changed elsewhere) has its own exception type.
  :func:`user_message` turns it into one translated, actionable sentence chosen by its
  type, never by its English text; :func:`show_user_error` shows it.
- Anything else is a bug. :func:`report_bug` appends a report to a log file in the
  app's data folder (:func:`log_path`) and the user is told where it is
  (:func:`bug_message`). A report never holds case data: frame locals are never
  written, and an exception's message only for the types in :data:`SAFE_MESSAGE_TYPES`,
  whose messages are made by code, never from values.

:func:`describe` gives either sentence (reporting the bug) for a status line or a
label; :func:`install_excepthook` sends uncaught exceptions the same way.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from monitor_app import __version__, exchange
from monitor_app.records import EvidenceDamaged, RecordNotFound, ValidationError
from monitor_app.store import (
    CipherUnsupported,
    DiskFull,
    NotAStore,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreReadOnly,
    StoreTooNew,
    WrongPassphrase,
)

LOG_NAME = "errors.log"
LOG_MAX_BYTES = 512 * 1024  # then the log is moved to errors.log.1 and a new one begun

# Exception types whose messages are written by code from names and types only (never
# from a value a user typed), so a report may keep them. Everything else is withheld.
SAFE_MESSAGE_TYPES: tuple[type[BaseException], ...] = (
    AttributeError, NameError, ImportError, NotImplementedError, RecursionError,
    ZeroDivisionError, IndexError, TypeError,
)
WITHHELD = "<message withheld: it may contain case data>"

_lock = threading.Lock()
_open_box: QMessageBox | None = None


def _is_named(exc: BaseException, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def _is_domain_lookup(exc: BaseException) -> bool:
    """A "not found" raised by the store's own code (not a KeyError or IndexError: bugs)."""
    module = type(exc).__module__
    return isinstance(exc, LookupError) and not isinstance(exc, (KeyError, IndexError)) and (
        module.startswith("monitor_app") or module.startswith("db"))


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it (see ``ui.tasks.CancelToken``)."""


# -- errors a user can act on ------------------------------------------------------

def user_message(exc: BaseException) -> str | None:
    """One translated, actionable sentence for an error a user can act on; None for a bug."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled; nothing was changed.")
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "Wrong passphrase, or the file is not a Monitor store. Try again.")
    if isinstance(exc, NotAStore):
        return QCoreApplication.translate(
            "Errors", "This file is not a Monitor store, or it is missing or empty. "
            "Choose another file.")
    if isinstance(exc, StoreTooNew):
        return QCoreApplication.translate(
            "Errors", "This store was written by a newer version of Monitor. Update Monitor "
            "to open it.")
    if isinstance(exc, StoreReadOnly):
        return QCoreApplication.translate(
            "Errors", "The store can only be read here (it is open in another program, "
            "or its file cannot be written): nothing was saved.")
    if isinstance(exc, StoreBusy):
        return QCoreApplication.translate(
            "Errors", "The store is in use by another Monitor window or program. Close it "
            "and try again.")
    if isinstance(exc, DiskFull) and exc.space is not None and exc.space.room_now:
        return QCoreApplication.translate(
            "Errors", "The disk was full: this change was not saved; what was saved before "
            "stays in the store. {mount} now has {free} MB free: try again.").format(
            mount=exc.space.mount, free=exc.space.free_mb)
    if isinstance(exc, DiskFull) and exc.space is not None:
        space = exc.space
        return QCoreApplication.translate(
            "Errors", "The disk is full: this change was not saved; what was saved before "
            "stays in the store. {mount} has {free} MB free and the store's log holds {wal} "
            "MB. Free at least {need} MB on {mount} and try again.").format(
            mount=space.mount, free=space.free_mb, wal=space.wal_mb, need=space.to_free_mb)
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return QCoreApplication.translate(
            "Errors", "The disk is full. Free some space and try again; nothing was changed.")
    if isinstance(exc, EvidenceDamaged):
        return QCoreApplication.translate(
            "Errors", "This file no longer matches the SHA-256 taken when it was added: the "
            "store is damaged. Nothing was shown; restore the store from a backup.")
    if isinstance(exc, StoreDamaged):
        return QCoreApplication.translate(
            "Errors", "The file is damaged, or it is not a Monitor store. If it is your store, "
            "restore it from a backup.")
    if isinstance(exc, StoreExists):
        return QCoreApplication.translate(
            "Errors", "That file already exists. Choose another name.")
    if isinstance(exc, CipherUnsupported):
        return QCoreApplication.translate(
            "Errors", "This installation lacks SQLCipher 4, which keeps the store encrypted. "
            "Reinstall Monitor.")
    if isinstance(exc, StoreError):
        return QCoreApplication.translate(
            "Errors", "The store could not do this; nothing was changed. Try again.")
    if _is_named(exc, "StaleRecord"):
        return QCoreApplication.translate(
            "Errors", "This record was changed elsewhere after you opened it. Reload it, then "
            "make your change again.")
    if isinstance(exc, RecordNotFound) or _is_domain_lookup(exc):
        return QCoreApplication.translate(
            "Errors", "This record no longer exists: it may have been deleted.")
    if isinstance(exc, ValidationError):
        fields = ", ".join(exc.errors)  # field names, never the values
        return QCoreApplication.translate(
            "Errors", "Some values cannot be saved ({fields}). Correct them and save "
            "again.").format(fields=fields)
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate(
                "Errors", "Monitor is not allowed to use this file or folder. Choose another "
                "place.")
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return QCoreApplication.translate(
                "Errors", "The file or folder does not exist (any more). Choose another one.")
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written ({code}). Try again, or choose "
            "another place.").format(code=errno.errorcode.get(exc.errno or 0, "?"))
    return None


REFUSAL_REASONS = {  # MergeRefused.code -> the reason in the interface's language
    exchange.OTHER_RECIPIENT: QT_TRANSLATE_NOOP(
        "Exchange", "it was written for another recipient, not for this store (or its "
        "start was damaged)"),
    exchange.UNKNOWN_SENDER: QT_TRANSLATE_NOOP(
        "Exchange", "its sender is not one of your contacts: add them from their identity "
        "file first"),
    exchange.DAMAGED_CODE: QT_TRANSLATE_NOOP("Exchange", "it was changed or damaged on the way"),
    exchange.TRUNCATED: QT_TRANSLATE_NOOP("Exchange", "it is cut short: it ends before its "
                                   "signature"),
    exchange.TRAILING_DATA: QT_TRANSLATE_NOOP("Exchange", "something was added after its end"),
    exchange.NEWER_VERSION: QT_TRANSLATE_NOOP("Exchange", "it was made by a newer version of "
                                       "Monitor: update Monitor, then merge it again"),
    exchange.NO_IDENTITY: QT_TRANSLATE_NOOP("Exchange", "this store has no identity yet: create "
                                     "one in Identity and contacts"),
    exchange.EARLIER_FILE_NEEDED: QT_TRANSLATE_NOOP(
        "Exchange", "it changes records this store does not have yet: merge the sender's "
        "earlier files first, or ask them for a file with everything"),
}


def refused_reason(exc: BaseException) -> str:
    """Why a file was refused, in the interface's language when its ``code`` is a common
    one (``monitor_app.exchange.REFUSAL_CODES``), else the refusal's own English line."""
    code = getattr(exc, "code", None)
    if code in REFUSAL_REASONS:
        return QCoreApplication.translate("Exchange", REFUSAL_REASONS[code])
    return str(exc)


def is_user_error(exc: BaseException) -> bool:
    return user_message(exc) is not None


def bug_message(report: Path | None) -> str:
    """What the user is told about a bug: short, with where its report was kept."""
    if report is None:
        return QCoreApplication.translate(
            "Errors", "Something went wrong (a fault in Monitor), and its report could not "
            "be saved.")
    return QCoreApplication.translate(
        "Errors", "Something went wrong (a fault in Monitor); a report was saved to {path}."
    ).format(path=str(report))


def describe(exc: BaseException, context: str = "") -> str:
    """The sentence to show for ``exc``: its user message, or (after reporting it) the bug's.

    ``context`` says what was being done, in the code's words ("saving a record"); it is
    written to the report, so it must never hold case data.
    """
    message = user_message(exc)
    if message is not None:
        return message
    return bug_message(report_bug(exc, context))


def show_user_error(parent: QWidget | None, exc_or_message: BaseException | str,
                    title: str | None = None, *, context: str = "") -> QMessageBox:
    """Tell the user in a message box (opened window-modal, not blocking the caller).

    A string is shown as it is (it must already be translated); an exception through
    :func:`describe`, so a bug is reported and the box says where.
    """
    if isinstance(exc_or_message, BaseException):
        text = describe(exc_or_message, context)
        bug = not is_user_error(exc_or_message)
    else:
        text, bug = exc_or_message, False
    box = QMessageBox(parent)
    box.setObjectName("error_box")
    box.setIcon(QMessageBox.Icon.Critical if bug else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Monitor"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def notify(exc: BaseException, context: str = "") -> None:
    """For a failure nobody asked to handle (a background task): report it if it is a bug
    and tell the user once; while a box is open, later failures are only reported."""
    global _open_box
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        sys.stderr.write(f"monitor-app: {describe(exc, context)}\n")
        return
    if _open_box is not None and shiboken6.isValid(_open_box) and _open_box.isVisible():
        if not is_user_error(exc):
            report_bug(exc, context)
        return
    box = show_user_error(app.activeWindow(), exc, context=context)
    _open_box = box

    def forget(*_args: Any) -> None:
        global _open_box
        _open_box = None

    box.finished.connect(forget)
    box.destroyed.connect(forget)


def quiet(context: str) -> Callable[[BaseException], None]:
    """An ``on_error`` for best-effort work (drafts): user errors are ignored, bugs reported."""
    def on_error(exc: BaseException) -> None:
        if not is_user_error(exc):
            report_bug(exc, context)

    return on_error


# -- bugs -------------------------------------------------------------------------

def log_path() -> Path:
    """The bug log, in the app's data folder (e.g. ~/.local/share/Monitor/Monitor)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    base = Path(folder) if folder else Path.home() / ".monitor"
    return base / LOG_NAME


def _message_of(exc: BaseException) -> str:
    if isinstance(exc, SAFE_MESSAGE_TYPES):
        return str(exc).replace("\n", " ")
    return WITHHELD


def format_report(exc: BaseException, context: str = "") -> str:
    """The text kept for a bug: where the code was, never what data it held.

    Each exception of the chain (cause or context) gives its type, its frames (file,
    line, function, source line) and its message only if its type is known safe.
    """
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, (
                "The above exception was the direct cause of the following exception:")
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, (
                "During handling of the above exception, another exception occurred:")
        else:
            current = None
    lines: list[str] = []
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines.append(f"=== {stamp}  Monitor {__version__}  Python {platform.python_version()}  "
                 f"Qt {qVersion()}  {platform.system()} {platform.release()}")
    if context:
        lines.append(f"while: {context}")
    for item, link_text in reversed(chain):
        tb = item.__traceback__
        if tb is not None:
            lines.append("Traceback (most recent call last):")
            lines.extend(s.rstrip("\n") for s in traceback.format_tb(tb))
        kind = type(item)
        name = kind.__qualname__ if kind.__module__ == "builtins" else (
            f"{kind.__module__}.{kind.__qualname__}")
        lines.append(f"{name}: {_message_of(item)}")
        if link_text:  # how this (older) exception led to the next one
            lines += ["", link_text, ""]
    return "\n".join(lines) + "\n"


def report_bug(exc: BaseException, context: str = "") -> Path | None:
    """Append a report of a bug to the log; returns the log's path, None if it failed.

    ``context`` is the code's own description of what was being done (no case data).
    An exception already reported is not written twice (a failure seen by an editor and
    then by the guard that asked it to save).
    """
    reported = getattr(exc, "_monitor_report", None)
    if isinstance(reported, Path):
        return reported
    text = format_report(exc, context)
    path = log_path()
    try:
        with _lock:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
                os.replace(path, path.with_name(LOG_NAME + ".1"))
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(text + "\n")
    except OSError:
        sys.stderr.write(f"monitor-app: a bug ({type(exc).__name__}) could not be logged\n")
        return None
    sys.stderr.write(f"monitor-app: a bug ({type(exc).__name__}) was reported to {path}\n")
    with contextlib.suppress(AttributeError, TypeError):  # a few built-in types refuse it
        exc._monitor_report = path  # type: ignore[attr-defined]
    return path


def install_excepthook() -> Callable[[], None]:
    """Route uncaught exceptions (a slot that raised) to the user/bug split.

    Returns a function that puts the previous hooks back.
    """
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        notify(exc, "uncaught exception")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # not the GUI thread: no widget may be touched here, so the bug is only logged
        if args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "?"
            report_bug(args.exc_value, f"uncaught in thread {name}")

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous, previous_thread

    return uninstall


__all__ = [
    "SAFE_MESSAGE_TYPES", "bug_message", "describe", "format_report", "install_excepthook",
    "is_user_error", "log_path", "notify", "quiet", "report_bug", "show_user_error",
    "user_message",
]
