"""The encrypted engine: create, unlock, rekey, check and migrate a store file.

Everything here fails closed: a wrong passphrase, a damaged or truncated file or a
plain SQLite file is refused with a :class:`StoreError` and the file is left
byte-for-byte as it was. A store is never created by opening, never opened
without encryption.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from db import collation, crypto

PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
REQUIRED_CIPHER_MAJOR = "4"
PAGE_SIZE = 4096


class StoreError(Exception):
    """An error a user can act on; its message is one plain sentence."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the file (or the file is not a store, or is damaged)."""


class NotAStore(StoreError):
    """The file is missing, empty, plain SQLite or clearly not a Monitor store."""


class StoreDamaged(StoreError):
    """The file opens but is truncated or fails an integrity check."""


class StoreExists(StoreError):
    """Refusing to create a store over an existing file."""


class StoreBusy(StoreError):
    """Another program holds the store; ``pid`` is the holder's process id when known."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only (another program holds it)."""


# Said of a viewer's write, and of SQLite's own "readonly database" (a file or folder
# that cannot be written): the one sentence fits both.
READ_ONLY_MESSAGE = ("The store can only be read here (it is open in another program, or "
                     "its file cannot be written): nothing was saved.")


class DiskFull(StoreError):
    """No space left to write the store; ``space`` says how much to free, where known."""

    def __init__(self, message: str, space: DiskSpace | None = None) -> None:
        super().__init__(message)
        self.space = space


class CipherUnsupported(StoreError):
    """The SQLCipher library is not version 4."""


@dataclass(frozen=True)
class StoreKey:
    """What is needed to open one store file; lives only in memory."""

    salt: bytes
    key: bytes

    @property
    def spec(self) -> str:
        return crypto.sqlcipher_key_spec(self.key, self.salt)


# What a full disk stopped is the one transaction under way: it was rolled back, and
# what earlier transactions committed stays (a caller that knows how much adds it).
DISK_FULL_MESSAGE = ("The disk is full: free some space and try again; the change under way "
                     "was not saved.")


WRONG_PASSPHRASE = ("Cannot unlock the store: wrong passphrase, or the file is damaged or not "
                    "a Monitor store.")


MB = 1_000_000
# Besides the WAL (moving it into the store can grow the store by as much): room for
# the change under way and for SQLite's own growth.
ROOM_BYTES = 16 * MB


@dataclass(frozen=True)
class DiskSpace:
    """The space on the disk of a store that met a full disk, and what to free."""

    mount: str
    free_bytes: int
    wal_bytes: int

    @property
    def to_free_bytes(self) -> int:
        return max(MB, self.wal_bytes + ROOM_BYTES - self.free_bytes)

    @property
    def room_now(self) -> bool:
        """There is room again (space was freed since, or the limit was not the disk's)."""
        return self.free_bytes >= self.wal_bytes + ROOM_BYTES

    @property
    def free_mb(self) -> int:
        return self.free_bytes // MB

    @property
    def wal_mb(self) -> int:
        return -(-self.wal_bytes // MB)

    @property
    def to_free_mb(self) -> int:
        return -(-self.to_free_bytes // MB)

    def advice(self, then: str = "try again") -> str:
        if self.room_now:
            return f"{self.mount} now has {self.free_mb:,} MB free: {then}"
        return (f"{self.mount} has {self.free_mb:,} MB free and the store's write-ahead log "
                f"holds {self.wal_mb:,} MB: free at least {self.to_free_mb:,} MB on "
                f"{self.mount} and {then}")


def mount_point(path: Path) -> Path:
    """The mount point of the file system that holds ``path``."""
    p = path.resolve().parent
    while not os.path.ismount(p) and p.parent != p:
        p = p.parent
    return p


def disk_space(path: Path) -> DiskSpace:
    """The free space beside the store ``path`` and the size of its WAL, now."""
    try:
        free = shutil.disk_usage(path.resolve().parent).free
    except OSError:
        free = 0
    try:
        wal = os.stat(str(path) + "-wal").st_size
    except OSError:
        wal = 0
    return DiskSpace(mount=str(mount_point(path)), free_bytes=free, wal_bytes=wal)


def disk_full(path: Path) -> DiskFull:
    """The full-disk error of the store ``path``: what was not saved, what to free."""
    space = disk_space(path)
    return DiskFull(f"The disk is full: the change under way was not saved (what was saved "
                    f"before stays in the store); {space.advice()}.", space)


def checkpoint_truncate(engine: Engine) -> bool:
    """Move the whole WAL into the store and truncate it to 0 bytes; False when it could
    not (still no space, or a reader holds an old snapshot)."""
    try:
        raw = engine.raw_connection()
    except Exception:
        return False
    try:
        row = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except Exception:
        return False
    finally:
        raw.close()
    return row is not None and row[0] == 0 and row[1] == row[2]


def classify(exc: BaseException) -> StoreError | None:
    """Map a driver error to one a user can act on, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    message = str(orig).lower()
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return DiskFull(DISK_FULL_MESSAGE)
    if "database or disk is full" in message:
        return DiskFull(DISK_FULL_MESSAGE)
    if "readonly database" in message or "read-only database" in message:
        return StoreReadOnly(READ_ONLY_MESSAGE)
    if "database is locked" in message or "database is busy" in message:
        return StoreBusy("The store is in use by another Monitor window or program.")
    if "file is not a database" in message or "not an encrypted database" in message:
        return WrongPassphrase(WRONG_PASSPHRASE)
    if "malformed" in message or "disk i/o error" in message:
        return StoreDamaged(DAMAGED)
    return None


def _preflight(path: Path) -> bytes:
    """Check the file looks like a store before any key is derived; return its salt."""
    if not path.exists():
        raise NotAStore(f"No store at {path}.")
    if not path.is_file():
        raise NotAStore(f"{path} is not a file.")
    size = path.stat().st_size
    if size == 0:
        raise NotAStore(f"{path} is empty: it is not a Monitor store.")
    with path.open("rb") as fh:
        head = fh.read(crypto.SALT_LEN)
    if head == PLAIN_SQLITE_MAGIC:
        raise NotAStore(f"{path} is an unencrypted SQLite file, not a Monitor store.")
    if size % PAGE_SIZE:
        raise StoreDamaged(f"{path} is truncated or damaged (size is not a whole number of pages).")
    return head


def salt_of(path: Path) -> tuple[bytes, crypto.KdfParams]:
    """The salt and key-derivation parameters stored at the start of ``path``."""
    salt = _preflight(path)
    params = crypto.params_from_salt(salt)
    if params is None:
        raise NotAStore(f"{path} is not a Monitor store, or its first page is damaged.")
    try:
        params.check_acceptable()
    except crypto.KdfOutOfRange as exc:
        raise NotAStore(f"{path} is not a Monitor store, or its first page is damaged: "
                        f"{exc}.") from None
    return salt, params


def derive_store_key(path: Path, passphrase: str, *, normalize: bool = True) -> StoreKey:
    """Derive the key for an existing store (slow: run it off the UI thread).

    The passphrase is NFC-normalised first; ``normalize=False`` exists only for
    opening a store made before that rule with another form (then re-keyed).
    """
    salt, params = salt_of(path)
    if normalize:
        passphrase = crypto.normalize_passphrase(passphrase)
    return StoreKey(salt=salt, key=crypto.derive_key(passphrase, salt, params))


def new_store_key(passphrase: str, params: crypto.KdfParams | None = None) -> StoreKey:
    """A key and salt for a new store; ``params`` default to a calibration on this machine.

    Explicit ``params`` below the floor are refused (except under the test hook, see
    :data:`db.crypto.WEAK_KDF_FOR_TESTS_ENV`).
    """
    params = params or crypto.calibrate()
    try:
        params.check_for_new_store()
    except crypto.KdfOutOfRange as exc:
        raise StoreError(f"Refusing to create a store with {exc}.") from None
    salt = crypto.make_salt(params)
    key = crypto.derive_key(crypto.normalize_passphrase(passphrase), salt, params)
    return StoreKey(salt=salt, key=key)


def _raw_connect(path: Path, *, create: bool = False,
                 read_only: bool = False) -> sqlcipher3.Connection:
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    con = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    # SQLCipher logs failed HMAC checks to stderr; a wrong passphrase is not a log line.
    con.execute("PRAGMA cipher_log_level = NONE")
    # every connection orders names the same way (lists, indexes on name keys)
    collation.register(con)
    return con


def _check_cipher(con: sqlcipher3.Connection) -> None:
    row = con.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    if not version or not version.startswith(REQUIRED_CIPHER_MAJOR + "."):
        raise CipherUnsupported(f"SQLCipher 4 is required; this installation has {version!r}.")


def _apply_pragmas(con: sqlcipher3.Connection, *, read_only: bool = False) -> None:
    if read_only:
        # Opened with mode=ro already; query_only makes SQLite refuse a write at the
        # statement, before any lock is asked for, so a viewer never stands in the
        # writer's way.
        con.execute("PRAGMA query_only = ON")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns (NORMAL can lose the last commits).
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA secure_delete = ON")
    con.execute("PRAGMA busy_timeout = 5000")
    # 16 MiB of decrypted pages (the default is 2 MiB): every cache miss costs an
    # AES decryption and an HMAC check, but decrypted pages are plaintext in memory,
    # so the cache stays modest rather than holding a whole store.
    con.execute("PRAGMA cache_size = -16384")


def _apply_key(con: sqlcipher3.Connection, key: StoreKey) -> None:
    """Key a fresh connection, first of all: SQLCipher wipes what it frees
    (``cipher_memory_security``), so decrypted pages and key material do not linger
    in freed memory."""
    _check_cipher(con)
    con.execute("PRAGMA cipher_memory_security = ON")
    con.execute(f'PRAGMA key = "{key.spec}"')


def raw_open(path: Path, key: StoreKey, *, create: bool = False,
             read_only: bool = False) -> sqlcipher3.Connection:
    """A keyed DB-API connection, verified readable; for rekey, checks and tests."""
    con = _raw_connect(path, create=create, read_only=read_only)
    try:
        _apply_key(con, key)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_pragmas(con, read_only=read_only)
    except BaseException as exc:
        con.close()
        mapped = classify(exc)
        if mapped is not None:
            raise mapped from None
        raise
    return con


def make_engine(path: Path, key: StoreKey, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine over the encrypted file, keyed before any other statement.

    ``read_only``: every connection is opened with ``mode=ro`` and ``query_only``, for
    a viewer beside the process that holds the store (see :func:`acquire_read_lock`)."""
    resolved = path.resolve()
    # The key is given to each connection by ``creator`` and never put in the URL,
    # where it would sit in the engine's repr, its logs and error messages. The
    # pysqlite dialect over the sqlcipher3 module (what sqlite+pysqlcipher is, minus
    # its PRAGMA key from the URL password).
    url = URL.create("sqlite+pysqlite", database=str(resolved))

    def keyed_connection() -> sqlcipher3.Connection:
        con = _raw_connect(resolved, read_only=read_only)
        try:
            _apply_key(con, key)
        except BaseException:
            con.close()
            raise
        return con

    engine = create_engine(
        url,
        module=sqlcipher3,
        creator=keyed_connection,
        hide_parameters=True,
        # The dialect would pick one connection per thread (SingletonThreadPool),
        # which breaks a read nested in another on the same thread; pool instead.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
    )

    # Registered on this engine instance: it runs on a connection ``creator`` has
    # keyed, so every pragma below is keyed.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_con: sqlcipher3.Connection, _record: object) -> None:
        _check_cipher(dbapi_con)
        dbapi_con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_pragmas(dbapi_con, read_only=read_only)
        dbapi_con.isolation_level = None

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        # The driver's own implicit BEGIN is off (isolation_level None), so that
        # SQLAlchemy's transaction and savepoint boundaries are SQLite's too.
        # ``monitor_begin="IMMEDIATE"`` (Store.write(immediate=True)): the write lock now.
        mode = conn.get_execution_options().get("monitor_begin", "")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")
        # Links are checked at COMMIT, not per statement: the unit of work may insert
        # a record before the one it points at; a broken link still fails the commit.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    return engine


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise driver errors a user can act on as :class:`StoreError`."""
    try:
        yield
    except StoreError:
        raise
    except (DBAPIError, sqlite3.Error, sqlcipher3.Error, OSError) as exc:
        mapped = classify(exc)
        if mapped is None:
            raise
        raise mapped from None


def create_file(path: Path, key: StoreKey) -> None:
    """Create an empty encrypted store file with ``key``; refuses an existing file."""
    if path.exists():
        raise StoreExists(f"{path} already exists; choose another file name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        create_private(path)
    except FileExistsError:
        raise StoreExists(f"{path} already exists; choose another file name.") from None
    except OSError as exc:
        mapped = classify(exc)
        if mapped is not None:
            raise mapped from None
        raise
    try:
        con = _raw_connect(path, create=True)
        try:
            _apply_key(con, key)
            con.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            _apply_pragmas(con)
            # Writing the header page makes SQLCipher put the salt on disk now.
            con.execute("PRAGMA user_version = 1")
            con.commit()
        finally:
            con.close()
    except BaseException as exc:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + suffix)
        mapped = classify(exc)
        if mapped is not None:
            raise mapped from None
        raise
    if path.read_bytes()[: crypto.SALT_LEN] != key.salt:
        raise CipherUnsupported("SQLCipher did not take the store salt; refusing to continue.")


def open_engine(path: Path, key: StoreKey, *, read_only: bool = False) -> Engine:
    """Unlock an existing store: a verified engine, or a :class:`StoreError`."""
    _preflight(path)
    con = raw_open(path, key, read_only=read_only)  # verifies the key first
    con.close()
    return make_engine(path, key, read_only=read_only)


DAMAGED = "The store file is damaged; restore it from a backup."


def damaged_pages(con: sqlcipher3.Connection) -> list[int]:
    """The pages (numbered from 1) whose HMAC fails: a fast pass over the whole file.

    Reading a page checks it, but a command only reads the pages it needs: without
    this pass a list could print what it found with the damage unsaid. 0 stands for
    a failure SQLCipher reports without a page number.
    """
    pages = []
    for (row,) in con.execute("PRAGMA cipher_integrity_check").fetchall():
        found = re.search(r"page (\d+)", str(row))
        pages.append(int(found.group(1)) if found else 0)
    return sorted(set(pages))


def key_fits(path: Path, key: StoreKey) -> bool | None:
    """Whether ``key`` is the store's, from every page's HMAC: a wrong key fails them all,
    the right key on a damaged first page fails only that one. None when the file has a
    single page (nothing to tell by; a store just made may keep the rest in its WAL)."""
    pages = path.stat().st_size // PAGE_SIZE
    if pages <= 1:
        return None
    con = _raw_connect(path)
    try:
        _apply_key(con, key)
        failing = damaged_pages(con)
    except sqlcipher3.Error as exc:
        mapped = classify(exc)
        if isinstance(mapped, WrongPassphrase):
            return False
        if mapped is not None:
            raise mapped from None
        raise
    finally:
        con.close()
    return len([p for p in failing if p > 0]) < pages


def page_ranges(pages: list[int]) -> str:
    """``[3, 4, 5, 9]`` as "3-5, 9" (0, an unnumbered failure, as "unknown")."""
    spans: list[list[int]] = []
    for page in sorted(p for p in pages if p > 0):
        if spans and page == spans[-1][1] + 1:
            spans[-1][1] = page
        else:
            spans.append([page, page])
    text = [str(a) if a == b else f"{a}-{b}" for a, b in spans]
    if 0 in pages:
        text.append("unknown")
    return ", ".join(text)


def integrity_problems(con: sqlcipher3.Connection) -> list[str]:
    """Problems found by SQLCipher's HMAC check and SQLite's own; empty when sound."""
    problems = [str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()]
    problems += [r for r in rows if r != "ok"]
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    problems += [f"broken link in {r[0]} row {r[1]} to {r[2]}" for r in fk]
    return problems


def fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def rekey_file(path: Path, old: StoreKey, new: StoreKey) -> None:
    """Re-encrypt the store under ``new`` into a fresh file, verify it, then swap it in.

    The original stays untouched until the new file is complete, verified and on
    disk; a crash or a full disk at any point leaves the store under the old key.
    """
    tmp = path.with_name(path.name + REKEY_SUFFIX)
    remove_leftovers(path)
    try:
        create_private(tmp)
        con = raw_open(path, old)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target = str(tmp).replace("'", "''")
            con.execute(f"ATTACH DATABASE '{target}' AS rekeyed KEY \"{new.spec}\"")
            con.execute("SELECT sqlcipher_export('rekeyed')")
            con.execute("DETACH DATABASE rekeyed")
        finally:
            con.close()
        check = raw_open(tmp, new)
        try:
            problems = integrity_problems(check)
            check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            check.close()
        if problems:
            raise StoreDamaged("The re-encrypted copy failed its check; the store was not changed.")
        if tmp.read_bytes()[: crypto.SALT_LEN] != new.salt:
            raise CipherUnsupported("SQLCipher did not take the new salt; store unchanged.")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(tmp) + suffix)
        mapped = classify(exc) if not isinstance(exc, StoreError) else None
        if mapped is not None:
            raise mapped from None
        raise


def backup_file(path: Path, label: str) -> Path:
    """Copy the (still encrypted, checkpointed) store beside itself; return the copy."""
    target = path.with_name(f"{path.name}.{label}.bak")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(target)
    create_private(target)
    with path.open("rb") as src, target.open("r+b") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return target


# -- files we write: readable by their owner only ----------------------------------

PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """Create ``path`` empty, mode 0600, refusing an existing file or a symlink.

    SQLite gives a store's ``-wal`` and ``-shm`` the mode of the store file, so a
    store created this way keeps every file beside it private too.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(path, flags, PRIVATE_MODE))


def make_private(path: Path) -> None:
    """Narrow an existing file to mode 0600 (stores made before files were private)."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_MODE)


# -- one process at a time ---------------------------------------------------------
#
# A store is held by one process at a time: an OS lock (flock, or msvcrt on Windows)
# on a lock file beside it, ``<store>.lock``, that holds nothing but the holder's
# process id. The OS drops the lock when the holder dies, even by kill -9, so a
# lock file left behind never blocks anyone. Inside one process the lock is counted
# (the app may open a store again after a lock screen while a worker still closes
# the old engine); a passphrase change wants it exclusively, even in its own process.
#
# Read-only viewers (a second window beside the holder) take no part in that lock:
# each holds a *shared* lock on a second file, ``<store>.readers``, for as long as
# it has the store open. Writers ignore it; whatever replaces the file (a passphrase
# change: ``acquire_lock(exclusive=True)``) must also get it *exclusively*, so it is
# refused while anyone is viewing, and a viewer cannot start while it runs. The last
# viewer to leave removes the file (it gets the lock exclusively, then unlinks).

LOCK_SUFFIX = ".lock"
READERS_SUFFIX = ".readers"


@dataclass
class _Held:
    fd: int
    count: int
    readers_fd: int | None = None  # an exclusive hold on the readers' file (passwd)


_held: dict[str, _Held] = {}
_reading: dict[str, _Held] = {}  # this process's shared holds on readers' files
_held_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    """The lock file of a store: its file name + ``.lock``, beside it."""
    return path.with_name(path.name + LOCK_SUFFIX)


def readers_path(path: Path) -> Path:
    """The file read-only viewers of a store share a lock on: its name + ``.readers``."""
    return path.with_name(path.name + READERS_SUFFIX)


def _try_os_lock(fd: int, *, shared: bool = False) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            import msvcrt

            # msvcrt has no shared locks: on Windows viewers exclude one another
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":  # pragma: no cover - Windows only
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _holder_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)  # not pread: Windows has none
        return int(os.read(fd, 32).decode("ascii").strip() or "x")
    return None


def busy_message(pid: int | None) -> str:
    who = f"another program (process {pid})" if pid else "another Monitor window or program"
    return (f"The store is in use by {who}: close it there, or wait for it to finish, "
            "and try again.")


VIEWED_MESSAGE = ("The store is in use: another Monitor window has it open read-only; "
                  "close that window and try again.")
REPLACING_MESSAGE = ("The store is in use: its passphrase is being changed; wait for that "
                     "to finish and try again.")


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _open_lock_file(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, PRIVATE_MODE)


def _lock_readers_file(path: Path, *, shared: bool) -> int:
    """An fd holding the readers' file of store ``path`` (shared or exclusive), or StoreBusy."""
    readers = readers_path(path)
    while True:
        try:
            fd = _open_lock_file(readers)
        except OSError as exc:
            raise StoreError(f"Cannot open the store: cannot write its lock file in "
                             f"{readers.parent} ({exc.strerror}).") from None
        try:
            if not _try_os_lock(fd, shared=shared):
                raise StoreBusy(REPLACING_MESSAGE if shared else VIEWED_MESSAGE)
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, readers):
            return fd
        # the last viewer removed the file between our open and our lock: again
        _os_unlock(fd)
        os.close(fd)


def _drop_readers_file(path: Path, fd: int) -> None:
    """Let go of the readers' file; whoever is the last to hold it removes it."""
    if _try_os_lock(fd, shared=False) and _same_file(fd, readers_path(path)):
        with contextlib.suppress(OSError):
            os.unlink(readers_path(path))
    _os_unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def acquire_read_lock(path: Path) -> Path:
    """Hold the store at ``path`` as a read-only viewer; returns the key to
    :func:`release_read_lock`.

    Never waits for nor blocks the writer; refused (:class:`StoreBusy`) only while the
    file is being replaced (a passphrase change holds the readers' file exclusively).
    """
    resolved = path.resolve()
    key = str(readers_path(resolved))
    with _held_guard:
        held = _reading.get(key)
        if held is not None:
            held.count += 1
            return Path(key)
        _reading[key] = _Held(_lock_readers_file(resolved, shared=True), 1)
    return Path(key)


def release_read_lock(readers_file: Path) -> None:
    """Let go of a store taken with :func:`acquire_read_lock`."""
    key = str(readers_file)
    with _held_guard:
        held = _reading.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _reading[key]
        store = readers_file.with_name(readers_file.name[: -len(READERS_SUFFIX)])
        _drop_readers_file(store, held.fd)


def _lock_once(lock_file: Path) -> int | None:
    """This process's fd holding the lock on ``lock_file``, or None when another holds it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(lock_file, flags, PRIVATE_MODE)
    try:
        if not _try_os_lock(fd):
            pid = _holder_pid(fd)
            os.close(fd)
            raise StoreBusy(busy_message(pid), pid)
        # The holder before us may have removed the file between our open and our lock:
        # then we hold a lock nobody else can see; try again on the file now there.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock_file))
        except FileNotFoundError:
            same = False
        if not same:
            _os_unlock(fd)
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return fd
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def acquire_lock(path: Path, *, wait: float = 1.0, exclusive: bool = False) -> Path:
    """Hold the store at ``path`` for this process; returns the key to :func:`release_lock`.

    Another process holding it: waits up to ``wait`` seconds, then :class:`StoreBusy`
    naming the holder's process id. ``exclusive``: refused also when this process
    already holds it (a passphrase change must be the store's only user).
    """
    import time

    lock_file = lock_path(path.resolve())
    key = str(lock_file)
    deadline = time.monotonic() + wait
    while True:
        with _held_guard:
            held = _held.get(key)
            if held is not None:
                if exclusive:
                    raise StoreBusy("The store is open in this program: close it first.")
                held.count += 1
                return lock_file
            try:
                fd = _lock_once(lock_file)
            except StoreBusy:
                if time.monotonic() >= deadline:
                    raise
                fd = None
            except OSError as exc:
                mapped = classify(exc)
                if mapped is not None:
                    raise mapped from None
                # a read-only folder or medium: SQLite could not keep its -wal there either
                raise StoreError(f"Cannot open the store: cannot write its lock file in "
                                 f"{lock_file.parent} ({exc.strerror}).") from None
            if fd is not None:
                held = _Held(fd, 1)
                _held[key] = held
                if exclusive:
                    try:
                        held.readers_fd = _lock_readers_file(lock_file.with_name(
                            lock_file.name[: -len(LOCK_SUFFIX)]), shared=False)
                    except BaseException:
                        _release_held(key, lock_file)
                        raise
                return lock_file
        time.sleep(0.1)


def release_lock(lock_file: Path) -> None:
    """Let go of a store taken with :func:`acquire_lock` (the last release removes the file)."""
    key = str(lock_file)
    with _held_guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        _release_held(key, lock_file)


def _release_held(key: str, lock_file: Path) -> None:
    """Drop this process's hold on ``lock_file`` (call under ``_held_guard``)."""
    held = _held.pop(key)
    if held.readers_fd is not None:
        store = lock_file.with_name(lock_file.name[: -len(LOCK_SUFFIX)])
        _drop_readers_file(store, held.readers_fd)
    with contextlib.suppress(OSError):
        os.unlink(lock_file)  # before unlocking: a newcomer then makes a fresh file
    _os_unlock(held.fd)
    with contextlib.suppress(OSError):
        os.close(held.fd)


REKEY_SUFFIX = ".rekey-tmp"


def remove_leftovers(path: Path) -> None:
    """Remove what a killed passphrase change left beside the store (call holding the lock).

    The temporary copy is encrypted under the new passphrase the user never got to use.
    """
    tmp = str(path.with_name(path.name + REKEY_SUFFIX))
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp + suffix)


def migration_backups(path: Path) -> list[Path]:
    """The copies made before schema migrations (``<store>.pre-<revision>.bak``)."""
    return sorted(path.parent.glob(glob_escape(path.name) + ".pre-*.bak"))


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


# -- backup and restore ---------------------------------------------------------------


BACKUP_STEP_PAGES = 256  # 1 MiB a step when someone follows the progress


def online_backup(path: Path, key: StoreKey, out: Path, *,
                  progress: Callable[[int, int], None] | None = None) -> None:
    """Copy the store to ``out`` (new, mode 0600) with SQLite's online backup API.

    The copy is encrypted under the same key and salt, so it opens with the same
    passphrase; it is consistent even while another process writes to the store.
    ``progress(pages_done, pages_total)`` is called after each step of
    :data:`BACKUP_STEP_PAGES`; an exception it raises (a cancel) stops the copy, and,
    like any failure, leaves no file at ``out``.
    """
    if out.exists() or out.is_symlink():
        raise StoreExists(f"{out} already exists; choose another file name.")
    try:
        create_private(out)
    except FileExistsError:
        raise StoreExists(f"{out} already exists; choose another file name.") from None
    try:
        src = raw_open(path, key)
        try:
            dst = _raw_connect(out, create=True)
            try:
                dst.execute(f'PRAGMA key = "{key.spec}"')
                dst.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
                if progress is None:
                    src.backup(dst)
                else:
                    def step(_status: int, remaining: int, total: int) -> None:
                        progress(total - remaining, total)

                    src.backup(dst, pages=BACKUP_STEP_PAGES, progress=step)
                # one self-contained file: no WAL to carry beside the copy
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if out.read_bytes()[: crypto.SALT_LEN] != key.salt:
            raise CipherUnsupported("SQLCipher did not keep the store salt in the backup.")
        verify_file(out, key)
        with out.open("rb") as fh:
            os.fsync(fh.fileno())
        fsync_dir(out.parent)
    except BaseException as exc:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(out) + suffix)
        mapped = classify(exc) if not isinstance(exc, StoreError) else None
        if mapped is not None:
            raise mapped from None
        raise


def verify_file(path: Path, key: StoreKey) -> None:
    """Open ``path`` with ``key`` and check it; :class:`StoreDamaged` when not sound."""
    con = raw_open(path, key)
    try:
        problems = integrity_problems(con)
    finally:
        con.close()
    if problems:
        raise StoreDamaged(f"{path} failed its integrity check ({len(problems)} problems).")


def restore_file(backup: Path, key: StoreKey, target: Path) -> None:
    """Place a copy of ``backup`` at ``target`` (which must not exist), verified first.

    The copy is written beside the target as a temporary file (mode 0600), checked
    with ``key`` (HMAC of every page and SQLite's checks), flushed, and only then
    linked into place, so ``target`` is either absent or a whole, sound store.
    """
    if target.exists() or target.is_symlink():
        raise StoreExists(f"{target} already exists; restore to a new file name.")
    _preflight(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".restore-tmp")
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(tmp) + suffix)
    try:
        create_private(tmp)
        with backup.open("rb") as src, tmp.open("r+b") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        verify_file(tmp, key)
        try:
            os.link(tmp, target)  # fails if the target appeared meanwhile: never overwrites
        except FileExistsError:
            raise StoreExists(f"{target} already exists; restore to a new file name.") from None
        fsync_dir(target.parent)
    except BaseException as exc:
        mapped = classify(exc) if not isinstance(exc, StoreError) else None
        if mapped is not None:
            raise mapped from None
        raise
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(tmp) + suffix)
