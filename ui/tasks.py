"""One way to run background work: ``run_op(fn, on_done, on_error)``.

Database work runs on one worker thread ("db" lane), PDF rendering on another
("render" lane); results come back on the GUI thread through a queued signal.
Workers never touch widgets. Tests can make the runner synchronous. A failure with no
``on_error`` goes to :func:`ui.errors.notify` (a bug is reported, the user told once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui import errors, qt_workarounds
from ui.errors import Cancelled

# Every widget reaches the runner through the context: the bindings' defects are dealt
# with before the first signal is emitted.
qt_workarounds.apply()

Callback = Callable[[Any], None]


class CancelToken:
    """Shared flag a job polls; ``check()`` raises :class:`Cancelled` once cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers arrive here queued."""

    deliver = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._on_deliver)

    @Slot(object, object)
    def _on_deliver(self, callback: Callback | None, value: object) -> None:
        if callback is None or not is_alive(callback):
            return
        callback(value)


def is_alive(callback: Callable[..., Any]) -> bool:
    """False for a bound method of a deleted QObject.

    A widget may be gone by the time its answer arrives (the user moved on, or the app
    locked): such a callback is not called.
    """
    owner = getattr(callback, "__self__", None)
    return not (isinstance(owner, QObject) and not shiboken6.isValid(owner))


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done: Callback | None,
                 on_error: Callback | None) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread (traceback attached), never lost
            self.relay.deliver.emit(self.on_error or _report_unhandled, exc)
        else:
            self.relay.deliver.emit(self.on_done, result)


def _report_unhandled(exc: BaseException) -> None:
    """What happens to a failure nobody handles: the one user/bug split of ``ui.errors``."""
    errors.notify(exc, "background task")


class TaskRunner(QObject):
    """Runs callables on single-thread lanes and reports back on the GUI thread."""

    progress = Signal(int, int)  # done, total: for a busy indicator

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._relay = _Relay()
        self._pools: dict[str, QThreadPool] = {}

    def _pool(self, lane: str) -> QThreadPool:
        pool = self._pools.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)  # one writer at a time; order kept
            self._pools[lane] = pool
        return pool

    def run_op(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: Callback | None = None, *, lane: str = "db") -> None:
        """Run ``fn`` off the GUI thread; call ``on_done(result)`` or ``on_error(exc)`` on it."""
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:
                (on_error or _report_unhandled)(exc)
            else:
                if on_done is not None:
                    on_done(result)
            return
        self._pool(lane).start(_Task(fn, self._relay, on_done, on_error))

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until every lane is idle (shutdown, lock, tests)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())
