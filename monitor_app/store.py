"""An unlocked store: the one object the rest of the app holds to reach the data.

Open with :func:`open_store` (derive key, back up if a migration is due, migrate,
verify) or :func:`create_store`. Reads go through ``store.read()``, writes through
``store.write()`` (see :mod:`monitor_app.records`). ``close()`` disposes the engine.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from db import crypto, migrate
from db import engine as dbengine
from db.engine import (
    CipherUnsupported,
    DiskFull,
    NotAStore,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreKey,
    WrongPassphrase,
)
from db.models import StoreMeta
from monitor_app import search, vocabulary
from monitor_app.identity import Identity
from monitor_app.records import Writer

__all__ = [
    "CipherUnsupported",
    "Identity",
    "DiskFull",
    "NotAStore",
    "Store",
    "StoreBusy",
    "StoreDamaged",
    "StoreError",
    "StoreExists",
    "StoreTooNew",
    "WrongPassphrase",
    "change_passphrase",
    "create_store",
    "derive_key",
    "open_store",
]


class StoreTooNew(StoreError):
    """The store was written by a newer version of Monitor."""


def option_key(key: str) -> str:
    """Where a store-wide option is kept in ``store_meta`` (and its history's record id)."""
    return f"option.{key}"


class Store:
    """An unlocked store. Not thread-bound: sessions are opened per action."""

    def __init__(self, path: Path, engine: Engine, identity: Identity,
                 lock: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.identity = identity
        self._lock = lock  # this process's hold on the file (see db.engine.acquire_lock)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Long jobs take SQLite's write lock when their transaction starts, not at the
        # first write, so no other connection can make them fail half-way.
        self._immediate_sessions = sessionmaker(
            engine.execution_options(monitor_begin="IMMEDIATE"), expire_on_commit=False)

    # -- sessions ---------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end, never commits."""
        with dbengine.translate_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self, source: str = "", *, immediate: bool = False) -> Iterator[Writer]:
        """One transaction: every change made through the writer commits or none does.

        ``immediate`` takes the write lock at once (``BEGIN IMMEDIATE``), for batches."""
        sessions = self._immediate_sessions if immediate else self._sessions
        with dbengine.translate_errors(), sessions.begin() as session:
            if immediate:
                session.connection()  # BEGIN IMMEDIATE now, not at the first statement
            writer = Writer(self.identity, session, source=source)
            yield writer
            writer.finish()

    # -- lifecycle --------------------------------------------------------------
    def close(self) -> None:
        """Release the file: checkpoint the WAL into the store and drop every connection."""
        try:
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
        finally:
            lock, self._lock = self._lock, None
            if lock is not None:
                dbengine.release_lock(lock)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def meta(self, key: str) -> str | None:
        with self.read() as s:
            row = s.get(StoreMeta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Keep a fact about the store itself (identity, store-wide options) inside it."""
        with dbengine.translate_errors(), self._sessions.begin() as s:
            s.merge(StoreMeta(key=key, value=value))

    def option(self, key: str) -> str | None:
        """A store-wide option chosen by the user (kept inside the store, never in settings)."""
        return self.meta(option_key(key))

    def set_option(self, key: str, value: str) -> bool:
        """Change a store-wide option, with history like any record (it travels and is
        defensible); returns False when it already had that value."""
        with self.write() as w:
            return w.set_option(option_key(key), value)

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLCipher's HMAC check and SQLite's checks; empty when sound."""
        with dbengine.translate_errors(), self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            return dbengine.integrity_problems(raw)  # type: ignore[arg-type]


def default_actor() -> str:
    """A neutral label for whoever writes from this device (never a real name by default)."""
    return "monitor"


def _ensure_identity(session: Session, actor: str | None) -> Identity:
    values = {m.key: m.value for m in session.scalars(select(StoreMeta))}
    changed = False
    for key, factory in (("store_id", lambda: str(uuid.uuid4())),
                         ("device_id", lambda: str(uuid.uuid4())),
                         ("actor", default_actor)):
        if key not in values:
            values[key] = factory()
            session.merge(StoreMeta(key=key, value=values[key]))
            changed = True
    if changed:
        session.flush()
    return Identity(values["store_id"], values["device_id"], actor or values["actor"])


def _finish_open(path: Path, engine: Engine, actor: str | None,
                 lock: Path | None = None) -> Store:
    try:
        # a page SQLCipher's HMAC accepts can still be malformed to SQLite (pages swapped
        # in a mutated file): said as damage, exit 3, not as a bug
        with dbengine.translate_errors(), engine.begin() as conn, Session(conn) as session:
            identity = _ensure_identity(session, actor)
            vocabulary.seed(session)
            session.flush()
            reindex = session.get(StoreMeta, "search_reindex")
            if reindex is not None:
                search.rebuild(session)
                session.delete(reindex)
            session.flush()
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine, identity, lock)


def _migrate(path: Path, engine: Engine) -> None:
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions():
        raise StoreTooNew(
            "This store was written by a newer version of Monitor; update the app to open it."
        )
    if current is not None:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        dbengine.backup_file(path, f"pre-{head}")
    migrate.upgrade(engine)


def derive_key(path: str | os.PathLike[str], passphrase: str) -> StoreKey:
    """The slow step of unlocking (Argon2id, about a second): run it off the UI thread,
    then pass the result to ``open_store(path, key=...)``."""
    return dbengine.derive_store_key(Path(path), passphrase)


def _verified_key(path: Path, passphrase: str) -> StoreKey:
    """The key of the NFC form of ``passphrase``, checked against the file.

    A store made before passphrases were normalised, with another form of the same
    text (NFD, as some keyboards type it), opens with the form as given and is then
    re-keyed to the NFC form, once: after that every form of the text opens it.
    """
    key = dbengine.derive_store_key(path, passphrase)
    try:
        dbengine.raw_open(path, key).close()
        return key
    except WrongPassphrase:
        if crypto.normalize_passphrase(passphrase) == passphrase:
            raise
    legacy = dbengine.derive_store_key(path, passphrase, normalize=False)
    dbengine.raw_open(path, legacy).close()  # WrongPassphrase again: truly wrong
    _, params = dbengine.salt_of(path)
    new_key = dbengine.new_store_key(passphrase, None if params.below_floor() else params)
    dbengine.rekey_file(path, legacy, new_key)
    return new_key


def open_store(path: str | os.PathLike[str], passphrase: str | None = None, *,
               key: StoreKey | None = None, actor: str | None = None) -> Store:
    """Unlock an existing store with its passphrase (or an already derived key).

    Raises :class:`StoreError` subclasses for everything a user can act on; the
    file is never modified when unlocking fails.
    """
    path = Path(path)
    if key is None and passphrase is None:
        raise ValueError("a passphrase or a key is required")
    dbengine.salt_of(path)  # no store there: say so, and create nothing beside it
    lock = dbengine.acquire_lock(path)
    try:
        dbengine.remove_leftovers(path)
        dbengine.make_private(path)
        if key is None:
            assert passphrase is not None
            key = _verified_key(path, passphrase)  # under the lock: it may re-key
        engine = dbengine.open_engine(path, key)
        try:
            with dbengine.translate_errors():
                _migrate(path, engine)
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1 FROM store_meta LIMIT 1")).all()
        except BaseException:
            engine.dispose()
            raise
        return _finish_open(path, engine, actor, lock)
    except BaseException:
        dbengine.release_lock(lock)
        raise


def create_store(path: str | os.PathLike[str], passphrase: str, *,
                 kdf: crypto.KdfParams | None = None, actor: str | None = None,
                 revision: str = "head") -> Store:
    """Create a new encrypted store at ``path`` (which must not exist) and open it.

    ``kdf`` defaults to Argon2id calibrated on this machine; ``revision`` exists so
    tests can build a store at an older schema.
    """
    path = Path(path)
    if not passphrase:
        raise StoreError("The passphrase must not be empty.")
    key = dbengine.new_store_key(passphrase, kdf)
    dbengine.create_file(path, key)
    lock = dbengine.acquire_lock(path)
    try:
        engine = dbengine.make_engine(path, key)
        try:
            with dbengine.translate_errors():
                migrate.upgrade(engine, revision)
        except BaseException:
            engine.dispose()
            raise
        if revision != "head":
            return Store(path, engine, Identity("", "", actor or default_actor()), lock)
        return _finish_open(path, engine, actor, lock)
    except BaseException:
        dbengine.release_lock(lock)
        raise


def change_passphrase(path: str | os.PathLike[str], old: str, new: str, *,
                      kdf: crypto.KdfParams | None = None) -> None:
    """Re-encrypt the store under a new passphrase (new salt, freshly calibrated cost)."""
    path = Path(path)
    if not new:
        raise StoreError("The new passphrase must not be empty.")
    dbengine.salt_of(path)
    # Refused while any other process (or this one) has the store open: it would go on
    # writing into the old file, and its -wal/-shm would meet the new one.
    lock = dbengine.acquire_lock(path, exclusive=True)
    try:
        dbengine.remove_leftovers(path)
        old_key = _verified_key(path, old)  # wrong old passphrase fails here, untouched
        new_key = dbengine.new_store_key(new, kdf)
        dbengine.rekey_file(path, old_key, new_key)
        # Copies made before migrations open with the old passphrase and keep what was
        # deleted since: once the new file is in place they go.
        for backup in dbengine.migration_backups(path):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(backup)
    finally:
        dbengine.release_lock(lock)



def backup_store(path: str | os.PathLike[str], passphrase: str,
                 out: str | os.PathLike[str]) -> None:
    """Write an encrypted, verified copy of the store to ``out`` (a new file, mode 0600).

    Works while another process has the store open (SQLite's online backup API gives a
    consistent copy); the copy opens with the same passphrase.
    """
    path = Path(path)
    dbengine.salt_of(path)
    lock: Path | None = None
    with contextlib.suppress(StoreBusy):
        # Held elsewhere: that holder keeps a passphrase change out while we copy.
        lock = dbengine.acquire_lock(path, wait=0.0)
    try:
        key = dbengine.derive_store_key(path, passphrase)
        dbengine.online_backup(path, key, Path(out))
    finally:
        if lock is not None:
            dbengine.release_lock(lock)


def restore_store(backup: str | os.PathLike[str], passphrase: str,
                  path: str | os.PathLike[str]) -> None:
    """Make a new store at ``path`` (which must not exist) from a backup, verified first."""
    backup, path = Path(backup), Path(path)
    if path.exists() or path.is_symlink():
        raise StoreExists(f"{path} already exists; restore to a new file name.")
    key = dbengine.derive_store_key(backup, passphrase)
    dbengine.restore_file(backup, key, path)
