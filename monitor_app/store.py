"""An unlocked store: the one object the rest of the app holds to reach the data.

Open with :func:`open_store` (derive key, back up if a migration is due, migrate,
verify) or :func:`create_store`. Reads go through ``store.read()``, writes through
``store.write()`` (see :mod:`monitor_app.records`). ``close()`` disposes the engine.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from db import collation, crypto, migrate
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
    StoreReadOnly,
    WrongPassphrase,
)
from db.models import StoreMeta
from monitor_app import search, vocabulary
from monitor_app.identity import Identity
from monitor_app.procedure import rules as procedure_rules
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
    "StoreReadOnly",
    "StoreTooNew",
    "WrongPassphrase",
    "change_passphrase",
    "check_passphrase",
    "create_store",
    "derive_key",
    "open_read_only",
    "open_store",
    "rekey_advised",
]


class StoreTooNew(StoreError):
    """The store was written by a newer version of Monitor."""


def option_key(key: str) -> str:
    """Where a store-wide option is kept in ``store_meta`` (and its history's record id)."""
    return f"option.{key}"


class Store:
    """An unlocked store. Not thread-bound: sessions are opened per action."""

    def __init__(self, path: Path, engine: Engine, identity: Identity,
                 lock: Path | None = None, key: StoreKey | None = None, *,
                 read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.identity = identity
        self._lock = lock  # this process's hold on the file (see db.engine.acquire_lock)
        # A viewer beside the holder (see open_read_only): its ``_lock`` is a read lock.
        self.read_only = read_only
        # The engine keys every new connection with it until close, so holding it here
        # too keeps it no longer; close() drops it (a backup while open needs it).
        self._key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Long jobs take SQLite's write lock when their transaction starts, not at the
        # first write, so no other connection can make them fail half-way.
        self._immediate_sessions = sessionmaker(
            engine.execution_options(monitor_begin="IMMEDIATE"), expire_on_commit=False)
        # A write met a full disk: the WAL may fill what is left, and SQLite only reuses
        # it, never shrinks it. Each later write first tries to move it into the store
        # and truncate it (reclaim_space), until that succeeds.
        self.disk_was_full = False

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

        ``immediate`` takes the write lock at once (``BEGIN IMMEDIATE``), for batches.
        A read-only store refuses with :class:`StoreReadOnly` before anything is done."""
        self._refuse_if_read_only()
        sessions = self._immediate_sessions if immediate else self._sessions
        if self.disk_was_full:
            self.reclaim_space()
        try:
            with dbengine.translate_errors(), sessions.begin() as session:
                if immediate:
                    session.connection()  # BEGIN IMMEDIATE now, not at the first statement
                writer = Writer(self.identity, session, source=source)
                yield writer
                writer.finish()
        except DiskFull:
            self.disk_was_full = True
            raise dbengine.disk_full(self.path) from None

    def reclaim_space(self) -> bool:
        """After a full disk: checkpoint the WAL into the store and truncate it to 0
        bytes (``PRAGMA wal_checkpoint(TRUNCATE)``); True once done."""
        if dbengine.checkpoint_truncate(self.engine):
            self.disk_was_full = False
            return True
        return False

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreReadOnly(dbengine.READ_ONLY_MESSAGE)

    # -- lifecycle --------------------------------------------------------------
    def close(self) -> None:
        """Release the file: checkpoint the WAL into the store and drop every connection."""
        try:
            if not self.read_only:  # the holder checkpoints; a viewer only lets go
                with contextlib.suppress(Exception), self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
        finally:
            self._key = None
            lock, self._lock = self._lock, None
            if lock is not None:
                (dbengine.release_read_lock if self.read_only else dbengine.release_lock)(lock)

    def backup(self, out: str | os.PathLike[str], *,
               progress: Callable[[int, int], None] | None = None) -> int:
        """Write an encrypted, verified copy of this open store to ``out`` (a new file,
        mode 0600; under the same passphrase); returns its size in bytes.

        ``progress(pages_done, pages_total)`` follows the copy; an exception it raises
        stops it and no file is left (see :func:`db.engine.online_backup`).
        """
        if self._key is None:
            raise StoreError("The store is closed; unlock it first.")
        target = Path(out)
        dbengine.online_backup(self.path, self._key, target, progress=progress)
        return target.stat().st_size

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
        self._refuse_if_read_only()
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
                 lock: Path | None = None, key: StoreKey | None = None) -> Store:
    try:
        # a page SQLCipher's HMAC accepts can still be malformed to SQLite (pages swapped
        # in a mutated file): said as damage, exit 3, not as a bug
        with dbengine.translate_errors(), engine.begin() as conn, Session(conn) as session:
            identity = _ensure_identity(session, actor)
            vocabulary.seed(session)
            session.flush()
            _seed_procedure(identity, session)
            reindex = session.get(StoreMeta, "search_reindex")
            if reindex is not None:
                search.rebuild(session)
                session.delete(reindex)
            session.flush()
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine, identity, lock, key)


def _seed_procedure(identity: Identity, session: Session) -> None:
    """The built-in deadline rules, written like any record (history, exchangeable ids)."""
    writer = Writer(identity, session, source="builtin")
    procedure_rules.seed(writer)
    writer.finish()


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
                with engine.begin() as conn:  # keys from another ICU: rebuild name indexes
                    collation.refresh_indexes(conn)
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1 FROM store_meta LIMIT 1")).all()
        except BaseException:
            engine.dispose()
            raise
        return _finish_open(path, engine, actor, lock, key)
    except BaseException:
        dbengine.release_lock(lock)
        raise


def open_read_only(path: str | os.PathLike[str], passphrase: str | None = None, *,
                   key: StoreKey | None = None, actor: str | None = None) -> Store:
    """Open a store another process holds, to read only (a second window beside it).

    Every connection is read-only (``mode=ro``, ``query_only``): it sees what the holder
    has committed, never takes SQLite's write lock and never waits for the holder's; a
    write through it is refused with :class:`StoreReadOnly`. While it is open a
    passphrase change is refused (see :func:`db.engine.acquire_read_lock`). Nothing is
    migrated or re-keyed: that is the holder's business.
    """
    path = Path(path)
    if key is None and passphrase is None:
        raise ValueError("a passphrase or a key is required")
    dbengine.salt_of(path)
    lock = dbengine.acquire_read_lock(path)
    try:
        if key is None:
            assert passphrase is not None
            key = _read_only_key(path, passphrase)
        engine = dbengine.open_engine(path, key, read_only=True)
        try:
            with dbengine.translate_errors():
                if migrate.current_revision(engine) != migrate.head_revision():
                    raise StoreError(
                        "This store is at another version than this app: open it in the "
                        "program that holds it, or update Monitor, then try again.")
                with engine.connect() as conn, Session(conn) as session:
                    values = {m.key: m.value for m in session.scalars(select(StoreMeta))}
        except BaseException:
            engine.dispose()
            raise
        identity = Identity(values.get("store_id", ""), values.get("device_id", ""),
                            actor or values.get("actor") or default_actor())
        return Store(path, engine, identity, lock, key, read_only=True)
    except BaseException:
        dbengine.release_read_lock(lock)
        raise


def _read_only_key(path: Path, passphrase: str) -> StoreKey:
    """:func:`_verified_key` without the re-key: the NFC form, else the form as given."""
    key = dbengine.derive_store_key(path, passphrase)
    try:
        dbengine.raw_open(path, key, read_only=True).close()
        return key
    except WrongPassphrase:
        if crypto.normalize_passphrase(passphrase) == passphrase:
            raise
    return dbengine.derive_store_key(path, passphrase, normalize=False)


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
            return Store(path, engine, Identity("", "", actor or default_actor()), lock, key)
        return _finish_open(path, engine, actor, lock, key)
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


def check_passphrase(path: str | os.PathLike[str], passphrase: str) -> None:
    """Raise :class:`WrongPassphrase` unless ``passphrase`` opens the store at ``path``
    (slow: a key derivation). Only reads; works while the store is open in this process."""
    path = Path(path)
    dbengine.raw_open(path, dbengine.derive_store_key(path, passphrase)).close()


def rekey_advised(path: str | os.PathLike[str]) -> crypto.KdfParams | None:
    """The store's key-derivation parameters when they are below today's floor (a re-key,
    ``passwd``, would raise them), else None.

    Reads only the first 16 bytes. Stores below even the accepted floor open only under
    the test suite's hook (see :data:`db.crypto.WEAK_KDF_FOR_TESTS_ENV`): none is advised
    for them, so that hundreds of cheap test stores do not each carry the advice.
    """
    _, params = dbengine.salt_of(Path(path))
    if not params.below_floor():
        return None
    if crypto.weak_kdf_allowed() and (params.time_cost < crypto.ACCEPT_MIN_TIME_COST
                                      or params.memory_kib < crypto.MIN_MEMORY_KIB):
        return None
    return params
