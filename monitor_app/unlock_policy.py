"""What happens around an unlock: wipe after N failed unlocks, and a duress passphrase.

The one place for these rules: the command line (every command that opens a store) and
the desktop app (the unlock dialog, ``--passphrase-stdin``, the lock screen) open a store
with a passphrase through :func:`open_store` here, so they cannot disagree.

A store's policy cannot live inside the store (it is unreadable before unlocking), so it
is a small private file (0600) in the user's configuration folder, one per store, named
by a hash of the store's absolute path: ``<config>/monitor/unlock/<sha256>.json``. It
holds the wipe threshold, the count of consecutive failed unlocks and the path of the
decoy store, never a name or case data. Both are off until set (``monitor-app policy``);
with neither set, :func:`open_store` is :func:`monitor_app.store.open_store` and no file
is written.

- **Wipe**: the N-th consecutive wrong passphrase destroys the store (every file of it is
  overwritten with random bytes, the first page first, flushed and deleted) and its decoy;
  the failure is then reported like any other wrong passphrase. A successful unlock
  resets the count. Only a passphrase that truly does not fit counts: a busy store, a
  missing, truncated or damaged file does not (a damaged first page is told from a wrong
  key by the HMAC of the other pages).
- **Duress**: a second passphrase that opens a decoy, a separate ordinary store. When it
  is set, both keys are derived on every unlock whichever passphrase was typed, so an
  unlock takes as long whichever store opens. The decoy is returned as the store opened;
  callers show it under the path the user chose, as they would the real one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from db import crypto
from db import engine as dbengine
from db.engine import StoreDamaged, StoreError, StoreKey, WrongPassphrase
from monitor_app import store as stores
from monitor_app.store import Store

__all__ = ["DuressSameAsStore", "Policy", "create_decoy", "destroy_store", "load", "open_store",
           "policy_file", "remove_decoy", "save", "set_wipe_after", "set_wipe_on_duress"]

POLICY_DIR_NAME = "unlock"


def _config_home() -> Path:
    if os.name == "nt":  # pragma: no cover - Windows only
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "Monitor"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "monitor"


def _data_home() -> Path:
    if os.name == "nt":  # pragma: no cover - Windows only
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "Monitor"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "monitor"


def policy_file(path: str | os.PathLike[str]) -> Path:
    """Where the policy of the store at ``path`` is kept (it may not exist)."""
    digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()
    return _config_home() / POLICY_DIR_NAME / f"{digest}.json"


@dataclass
class Policy:
    """One store's unlock policy; all off by default."""

    wipe_after: int = 0  # 0: never wipe
    failures: int = 0  # consecutive wrong passphrases since the last unlock
    decoy: str | None = None  # the store the duress passphrase opens
    wipe_on_duress: bool = False  # the duress passphrase also destroys the real store

    def active(self) -> bool:
        return self.wipe_after > 0 or self.decoy is not None


def load(path: str | os.PathLike[str]) -> Policy:
    """The policy of the store at ``path`` (the defaults when none was set).

    An unreadable or malformed policy file is a bug-free refusal to guess: it fails as a
    :class:`StoreError` rather than silently dropping a wipe the user asked for.
    """
    file = policy_file(path)
    try:
        raw = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise StoreError(f"Cannot read the unlock policy {file}: {exc.strerror}.") from None
    try:
        data = json.loads(raw)
        policy = Policy(wipe_after=int(data.get("wipe_after", 0)),
                        failures=int(data.get("failures", 0)),
                        decoy=str(data["decoy"]) if data.get("decoy") else None,
                        wipe_on_duress=bool(data.get("wipe_on_duress", False)))
    except (ValueError, TypeError, AttributeError):
        raise StoreError(f"The unlock policy {file} is damaged; fix or delete it.") from None
    if policy.wipe_after < 0 or policy.failures < 0:
        raise StoreError(f"The unlock policy {file} is damaged; fix or delete it.")
    return policy


def save(path: str | os.PathLike[str], policy: Policy) -> None:
    """Keep ``policy`` for the store at ``path``: a private file replaced whole; none at
    all when nothing is set."""
    file = policy_file(path)
    if not policy.active():
        with contextlib.suppress(FileNotFoundError):
            os.unlink(file)
        return
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = file.with_name(f".{file.name}.{secrets.token_hex(4)}.tmp")
    dbengine.create_private(tmp)
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(asdict(policy), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, file)
        dbengine.fsync_dir(file.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# -- destroying a store ---------------------------------------------------------------

_CHUNK = 1 << 20


def _shred(file: Path) -> None:
    """Overwrite a regular file with random bytes (first page first), flush, delete it."""
    try:
        fd = os.open(file, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(file)  # a symlink or something else we never write through
        return
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            size = info.st_size
            # the salt and first page first: without them no passphrase derives the key
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, os.urandom(min(size, dbengine.PAGE_SIZE)))
            os.fsync(fd)
            done = min(size, dbengine.PAGE_SIZE)
            while done < size:
                n = min(_CHUNK, size - done)
                os.write(fd, os.urandom(n))
                done += n
            os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(file)


def store_files(path: Path) -> list[Path]:
    """Every file of a store: itself, its -wal/-shm, migration copies, a rekey's leftover."""
    names = [str(path) + s for s in ("", "-wal", "-shm", "-journal")]
    tmp = str(path.with_name(path.name + dbengine.REKEY_SUFFIX))
    names += [tmp + s for s in ("", "-wal", "-shm", "-journal")]
    return [Path(n) for n in names] + dbengine.migration_backups(path)


def destroy_store(path: str | os.PathLike[str]) -> None:
    """Overwrite and delete every file of the store at ``path`` (call holding its lock)."""
    path = Path(path)
    for file in store_files(path):
        _shred(file)
    dbengine.fsync_dir(path.parent)


# -- opening --------------------------------------------------------------------------


def _decoy_key(policy: Policy, passphrase: str) -> tuple[Path, StoreKey] | None:
    if policy.decoy is None:
        return None
    decoy = Path(policy.decoy)
    try:
        return decoy, dbengine.derive_store_key(decoy, passphrase)
    except StoreError:
        return None  # the decoy was removed or damaged: only the real store is tried


def _open_decoy(decoy: tuple[Path, StoreKey] | None, actor: str | None) -> Store | None:
    if decoy is None:
        return None
    try:
        return stores.open_store(decoy[0], key=decoy[1], actor=actor)
    except WrongPassphrase:
        return None


def _open_another_form(path: Path, passphrase: str, actor: str | None) -> Store | None:
    """A store made, before passphrases were normalised, with another Unicode form of the
    text opens with the form as typed (the store module then re-keys it); else None."""
    if crypto.normalize_passphrase(passphrase) == passphrase:
        return None
    try:
        return stores.open_store(path, passphrase, actor=actor)
    except WrongPassphrase:
        return None


def open_store(path: str | os.PathLike[str], passphrase: str, *,
               actor: str | None = None) -> Store:
    """Unlock the store at ``path`` under its policy; the store opened, which is the decoy
    when the duress passphrase was given (its ``path`` is then the decoy's: show the
    user the path they chose, as for the real store)."""
    path = Path(path)
    policy = load(path)
    if not policy.active():
        return stores.open_store(path, passphrase, actor=actor)
    dbengine.salt_of(path)  # missing, truncated, not a store: said, and never counted
    lock = dbengine.acquire_lock(path)  # busy: said, and never counted
    try:
        key = dbengine.derive_store_key(path, passphrase)
        decoy = _decoy_key(policy, passphrase)  # always, so both unlocks take as long
        # One pass over every page's HMAC, whichever passphrase was typed (the same work
        # for a right and a wrong key): tells a right key on a damaged first page from a
        # wrong key, which fails every page.
        fits = dbengine.key_fits(path, key)
        if fits is not False:
            try:
                opened = stores.open_store(path, key=key, actor=actor)
            except WrongPassphrase:
                if fits:
                    raise StoreDamaged(dbengine.DAMAGED) from None
            else:
                _reset(path, load(path))
                return opened
        opened_as_typed = _open_another_form(path, passphrase, actor)
        if opened_as_typed is not None:
            _reset(path, load(path))
            return opened_as_typed
        policy = load(path)
        decoy_store = _open_decoy(decoy, actor)
        if decoy_store is not None:
            assert decoy is not None
            if policy.wipe_on_duress:
                decoy_store.close()
                return _decoy_takes_the_place(path, policy, decoy, actor)
            _reset(path, policy)
            return decoy_store
        policy.failures += 1
        if policy.wipe_after and policy.failures >= policy.wipe_after:
            destroy_store(path)
            if policy.decoy:
                _destroy_decoy(Path(policy.decoy))
            save(path, Policy())
        else:
            save(path, policy)
        raise WrongPassphrase(dbengine.WRONG_PASSPHRASE)  # as any, also after a wipe
    finally:
        dbengine.release_lock(lock)


def _decoy_takes_the_place(path: Path, policy: Policy, decoy: tuple[Path, StoreKey],
                           actor: str | None) -> Store:
    """Duress with wipe: destroy the real store, move the (closed) decoy to its path and
    open it there; from now on the duress passphrase simply opens the store at ``path``."""
    destroy_store(path)
    source, key = decoy
    try:
        os.replace(source, path)
    except OSError:  # another file system: copy, then destroy the decoy's own file
        dbengine.create_private(path)
        with source.open("rb") as src, path.open("r+b") as dst:
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        destroy_store(source)
    dbengine.fsync_dir(path.parent)
    save(path, Policy(wipe_after=policy.wipe_after))
    return stores.open_store(path, key=key, actor=actor)


def _reset(path: Path, policy: Policy) -> None:
    if policy.failures:
        policy.failures = 0
        save(path, policy)


# -- setting the policy ------------------------------------------------------------------


class DuressSameAsStore(StoreError):
    """The duress passphrase given opens the real store itself."""


def _opens(path: Path, passphrase: str) -> bool:
    key = dbengine.derive_store_key(path, passphrase)
    try:
        dbengine.raw_open(path, key).close()
    except WrongPassphrase:
        return False
    return True


def default_decoy_path() -> Path:
    """A new decoy's file: a random name in the user's data folder, apart from the store."""
    return _data_home() / f"{secrets.token_hex(8)}.db"


def create_decoy(real: Store, duress_passphrase: str, decoy: Path | None = None) -> Path:
    """Make a decoy for the open store ``real``: a new, empty store under the duress
    passphrase, with the real store's key-derivation cost and organisation name; record
    it in the policy (an earlier decoy is destroyed). Returns its path.

    :class:`DuressSameAsStore` when the duress passphrase opens ``real`` itself; the
    caller checks the rules for new passphrases (:func:`monitor_app.passphrase.problem`).
    """
    if _opens(real.path, duress_passphrase):
        raise DuressSameAsStore("The duress passphrase must differ from the store's "
                                "passphrase; nothing was changed.")
    decoy = decoy or default_decoy_path()
    decoy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _, params = dbengine.salt_of(real.path)
    try:
        params.check_for_new_store()
    except crypto.KdfOutOfRange:
        params = None  # type: ignore[assignment]  # an old store's cost: calibrate anew
    with stores.create_store(decoy, duress_passphrase, kdf=params) as made:
        organisation = real.option("organisation")
        if organisation:
            made.set_option("organisation", organisation)
    lock = dbengine.acquire_lock(real.path)
    try:
        policy = load(real.path)
        old = policy.decoy
        policy.decoy = str(decoy.resolve())
        save(real.path, policy)
    finally:
        dbengine.release_lock(lock)
    if old and Path(old).resolve() != decoy.resolve():
        _destroy_decoy(Path(old))
    return decoy


def _destroy_decoy(decoy: Path) -> None:
    with contextlib.suppress(StoreError):
        lock = dbengine.acquire_lock(decoy, wait=0.0)
        try:
            destroy_store(decoy)
        finally:
            dbengine.release_lock(lock)


def remove_decoy(real: Store) -> None:
    """Destroy the decoy of the open store ``real`` and forget it."""
    policy = load(real.path)
    if policy.decoy is None:
        return
    _destroy_decoy(Path(policy.decoy))
    policy.decoy = None
    policy.wipe_on_duress = False
    save(real.path, policy)


def set_wipe_on_duress(real: Store, wipe: bool) -> None:
    """Whether the duress passphrase also destroys the real store (needs a decoy)."""
    policy = load(real.path)
    if wipe and policy.decoy is None:
        raise StoreError("Set a duress passphrase first: wiping on duress needs its decoy.")
    policy.wipe_on_duress = wipe
    save(real.path, policy)


def set_wipe_after(real: Store, count: int) -> None:
    """Wipe the store after ``count`` consecutive failed unlocks (0: never)."""
    if count < 0:
        raise ValueError("count must be 0 or more")
    policy = load(real.path)
    policy.wipe_after = count
    policy.failures = 0
    save(real.path, policy)


def configure(real: Store, *, wipe_after: int | None = None, duress: str | None = None,
              decoy: Path | None = None, remove_duress: bool = False,
              wipe_on_duress: bool | None = None) -> Policy:
    """Change the policy of the open store ``real`` (what is None stays); the policy now.

    The command line's ``policy`` and the app's File > Unlock protection both come here.
    ``duress`` must already pass the rules for new passphrases."""
    if duress is not None:  # first: refused (same as the store's), it changes nothing
        create_decoy(real, duress, decoy)
    if remove_duress:
        remove_decoy(real)
    if wipe_after is not None:
        set_wipe_after(real, wipe_after)
    if wipe_on_duress is not None:
        set_wipe_on_duress(real, wipe_on_duress)
    return load(real.path)
