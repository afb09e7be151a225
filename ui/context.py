"""The application context every window and widget is given: store, language, work runner.

Widgets never open ORM sessions themselves: they call ``monitor_app`` services
through :meth:`AppContext.read` / :meth:`AppContext.write` (on the db worker) and
refresh when :attr:`AppContext.changed` carries a :class:`~monitor_app.records.Change`
that touches what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from monitor_app.records import Change, Writer
from monitor_app.store import Store
from monitor_app.vocabulary import Vocab
from ui.tasks import Callback, TaskRunner

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)          # a monitor_app.records.Change, after every write
    store_opened = Signal()
    store_closed = Signal()           # on lock and on close: drop models and cached data
    language_changed = Signal(str)    # "en" | "ru" | "kk"

    def __init__(self, runner: TaskRunner | None = None, lang: str = "en") -> None:
        super().__init__()
        self.runner = runner or TaskRunner(self)
        self.lang = lang
        self.store: Store | None = None
        self.vocab: Vocab | None = None

    # -- store lifecycle -----------------------------------------------------
    def attach(self, store: Store) -> None:
        """Use an unlocked store (the vocabulary is loaded once here)."""
        self.store = store
        with store.read() as s:
            self.vocab = Vocab.load(s)
        self.store_opened.emit()

    def detach(self) -> None:
        """Forget the store (lock or close): waits for running work, then closes the engine."""
        self.runner.wait_idle()
        store, self.store, self.vocab = self.store, None, None
        self.store_closed.emit()
        if store is not None:
            store.close()

    def require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the store is locked")
        return self.store

    def reload_vocab(self) -> None:
        with self.require_store().read() as s:
            self.vocab = Vocab.load(s)

    # -- work ------------------------------------------------------------------
    def read(self, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None,
             on_error: Callback | None = None) -> None:
        """Run ``fn(session)`` in a read session on the db worker."""
        store = self.require_store()

        def job() -> T:
            with store.read() as session:
                return fn(session)

        self.runner.run_op(job, on_done, on_error)

    def write(self, fn: Callable[[Writer], T], on_done: Callable[[T], None] | None = None,
              on_error: Callback | None = None, *, source: str = "") -> None:
        """Run ``fn(writer)`` in one transaction on the db worker, then announce the change."""
        store = self.require_store()

        def job() -> tuple[T, Change]:
            with store.write(source) as writer:
                result = fn(writer)
            return result, writer.change

        def done(value: tuple[T, Change]) -> None:
            result, change = value
            if change:
                self.changed.emit(change)
            if on_done is not None:
                on_done(result)

        self.runner.run_op(job, done, on_error)

    def label(self, code: str | None) -> str:
        """A vocabulary term's label in the interface language."""
        return self.vocab.label(code, self.lang) if self.vocab else (code or "")
