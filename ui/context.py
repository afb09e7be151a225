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
from ui.tasks import Callback, TaskRunner, _report_unhandled, is_alive

T = TypeVar("T")


def load_vocab(store: Store) -> Vocab:
    """The store's vocabulary: a read, so call it off the GUI thread (a worker)."""
    with store.read() as s:
        return Vocab.load(s)


class AppContext(QObject):
    changed = Signal(object)          # a monitor_app.records.Change, after every write
    write_failed = Signal(object)     # the exception of a write that failed (before on_error)
    store_opened = Signal()
    store_closed = Signal()           # on lock and on close: drop models and cached data
    language_changed = Signal(str)    # "en" | "ru" | "kk"

    def __init__(self, runner: TaskRunner | None = None, lang: str = "en") -> None:
        super().__init__()
        self.runner = runner or TaskRunner(self)
        self.lang = lang
        self.store: Store | None = None
        self.vocab: Vocab | None = None
        self._epoch = 0  # bumped by detach: a vocabulary still loading is for an old store

    # -- store lifecycle -----------------------------------------------------
    def attach(self, store: Store, vocab: Vocab | None = None) -> None:
        """Use an unlocked store; ``store_opened`` is emitted once it can be used.

        Give ``vocab`` when it was loaded off the GUI thread with the store (the unlock
        worker does, see :func:`load_vocab`): the store is usable at once. Without it the
        vocabulary is loaded on the db lane first, and ``store`` stays None until then.
        """
        if vocab is not None:
            self._opened(store, vocab)
            return
        epoch = self._epoch

        def done(loaded: Vocab) -> None:
            if epoch != self._epoch:  # detached meanwhile: nobody wants this store now
                self.runner.run_op(store.close)
                return
            self._opened(store, loaded)

        def failed(exc: BaseException) -> None:
            self.runner.run_op(store.close)
            from ui import errors

            errors.notify(exc, "loading the vocabulary of a store")

        self.runner.run_op(lambda: load_vocab(store), done, failed)

    def _opened(self, store: Store, vocab: Vocab) -> None:
        self.store, self.vocab = store, vocab
        self.store_opened.emit()

    def detach(self) -> None:
        """Forget the store (lock or close): waits for running work, then closes the engine
        (on the db lane, like every other use of the store)."""
        self._epoch += 1
        self.runner.wait_idle()
        store, self.store, self.vocab = self.store, None, None
        self.store_closed.emit()
        if store is not None:
            self.runner.run_op(store.close)
            self.runner.wait_idle()

    def require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the store is locked")
        return self.store

    def reload_vocab(self, on_done: Callable[[Vocab], None] | None = None) -> None:
        """Load the vocabulary again (after terms were added) on the db lane."""
        def done(vocab: Vocab) -> None:
            self.vocab = vocab
            if on_done is not None:
                on_done(vocab)

        self.read(Vocab.load, done)

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
            if on_done is not None and is_alive(on_done):
                on_done(result)

        def failed(exc: BaseException) -> None:
            self.write_failed.emit(exc)
            handler = on_error or _report_unhandled
            if is_alive(handler):
                handler(exc)

        self.runner.run_op(job, done, failed)

    def label(self, code: str | None) -> str:
        """A vocabulary term's label in the interface language."""
        return self.vocab.label(code, self.lang) if self.vocab else (code or "")
