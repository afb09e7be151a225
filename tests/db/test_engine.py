"""The encrypted store file: nothing readable without the key, and every failure fails closed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from db import crypto, engine
from monitor_app.store import (
    NotAStore,
    Store,
    StoreDamaged,
    StoreExists,
    WrongPassphrase,
    change_passphrase,
    create_store,
    open_store,
)

SECRET_NAME = "Жәнібек Сейітқазыұлы"
SECRET_TEXT = "beaten with a plastic bottle filled with water in cell 12"


def _fill(store: Store) -> str:
    with store.write() as w:
        pid = w.create("people", name=SECRET_NAME, pseudonym="Complainant A-001")
        w.create("cases", reference="KZ-T-1", title="Beating at IVS", summary=SECRET_TEXT,
                 primary_victim_id=pid)
    return pid


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_store_file_is_encrypted_while_open_and_after_close(store: Store,
                                                            store_path: Path) -> None:
    _fill(store)
    # While open, the WAL beside the file holds the latest pages: encrypted too.
    for needle in (SECRET_NAME, SECRET_TEXT, "KZ-T-1"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in _all_bytes(store_path)
    store.close()
    data = store_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRET_NAME.encode() not in data and SECRET_TEXT.encode() not in data
    assert b"CREATE TABLE" not in data


def test_no_readable_file_besides_the_store(store: Store, store_path: Path) -> None:
    _fill(store)
    store.close()
    leftovers = sorted(p.name for p in store_path.parent.iterdir())
    assert leftovers == [store_path.name]


def test_wrong_passphrase_fails_closed(store: Store, store_path: Path) -> None:
    _fill(store)
    store.close()
    before = _digest(store_path)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_store(store_path, "not the passphrase")
    assert _digest(store_path) == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]


def test_damaged_first_page_fails_closed(store: Store, store_path: Path,
                                         passphrase: str) -> None:
    _fill(store)
    store.close()
    data = bytearray(store_path.read_bytes())
    data[200:260] = bytes(60)  # inside page 1, after the salt
    store_path.write_bytes(bytes(data))
    before = _digest(store_path)
    with pytest.raises((WrongPassphrase, StoreDamaged)):
        open_store(store_path, passphrase)
    assert _digest(store_path) == before


def test_damaged_salt_fails_closed(store: Store, store_path: Path, passphrase: str) -> None:
    _fill(store)
    store.close()
    data = bytearray(store_path.read_bytes())
    data[0] ^= 0xFF
    store_path.write_bytes(bytes(data))
    before = _digest(store_path)
    with pytest.raises((WrongPassphrase, NotAStore)):
        open_store(store_path, passphrase)
    assert _digest(store_path) == before


def test_truncated_file_fails_closed(store: Store, store_path: Path, passphrase: str) -> None:
    _fill(store)
    store.close()
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) - 1000])
    before = _digest(store_path)
    with pytest.raises(StoreDamaged, match="truncated"):
        open_store(store_path, passphrase)
    assert _digest(store_path) == before


def test_missing_empty_and_plain_sqlite_files_are_refused(tmp_path: Path,
                                                          passphrase: str) -> None:
    missing = tmp_path / "nothing.db"
    with pytest.raises(NotAStore):
        open_store(missing, passphrase)
    assert not missing.exists()  # opening never creates a store

    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(NotAStore, match="empty"):
        open_store(empty, passphrase)
    assert empty.read_bytes() == b""

    import sqlite3

    plain = tmp_path / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("create table t(a)")
    con.commit()
    con.close()
    before = _digest(plain)
    with pytest.raises(NotAStore, match="unencrypted"):
        open_store(plain, passphrase)
    assert _digest(plain) == before


def test_create_refuses_an_existing_file(store: Store, store_path: Path,
                                         passphrase: str) -> None:
    store.close()
    before = _digest(store_path)
    with pytest.raises(StoreExists):
        create_store(store_path, passphrase)
    assert _digest(store_path) == before


def test_rekey_changes_passphrase_and_keeps_data(store: Store, store_path: Path,
                                                 passphrase: str) -> None:
    pid = _fill(store)
    store.close()
    old_salt = store_path.read_bytes()[:16]
    change_passphrase(store_path, passphrase, "a new passphrase 9")
    assert store_path.read_bytes()[:16] != old_salt  # fresh salt, fresh parameters
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase)
    with open_store(store_path, "a new passphrase 9") as reopened, reopened.read() as s:
        from db.models import Person

        assert s.get(Person, pid).name == SECRET_NAME
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]


def test_rekey_with_wrong_old_passphrase_changes_nothing(store: Store,
                                                         store_path: Path) -> None:
    _fill(store)
    store.close()
    before = _digest(store_path)
    with pytest.raises(WrongPassphrase):
        change_passphrase(store_path, "wrong", "new one")
    assert _digest(store_path) == before


def test_rekey_interrupted_leaves_the_old_store(store: Store, store_path: Path,
                                                passphrase: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store)
    store.close()
    before = _digest(store_path)

    def boom(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine.os, "replace", boom)
    with pytest.raises(engine.DiskFull):
        change_passphrase(store_path, passphrase, "new one")
    assert _digest(store_path) == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]
    with open_store(store_path, passphrase):
        pass


def test_integrity_check_passes_on_a_sound_store(store: Store) -> None:
    _fill(store)
    assert store.integrity_problems() == []


def test_cipher_is_sqlcipher_4_with_our_key_parameters(store: Store, store_path: Path,
                                                       passphrase: str) -> None:
    with store.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        temp = conn.exec_driver_sql("PRAGMA temp_store").scalar()
    assert str(version).startswith("4.")
    assert (journal, sync, temp) == ("wal", 2, 2)  # WAL, FULL, MEMORY
    salt, params = engine.salt_of(store_path)
    assert params == crypto.KdfParams(1, 1024, 1)  # the test parameters, read back from the file


def test_store_copied_alone_still_opens(store: Store, store_path: Path, tmp_path: Path,
                                        passphrase: str) -> None:
    """One file per store: salt and parameters travel inside it."""
    _fill(store)
    store.close()
    elsewhere = tmp_path / "copy" / "moved.db"
    elsewhere.parent.mkdir()
    shutil.copy(store_path, elsewhere)
    with open_store(elsewhere, passphrase) as s2:
        assert s2.integrity_problems() == []


def test_a_read_nested_in_another_read_or_a_write_works(store: Store) -> None:
    from sqlalchemy import text

    with store.read() as outer:
        outer.execute(text("SELECT 1")).all()
        with store.read() as inner:
            assert inner.execute(text("SELECT 2")).scalar() == 2
    with store.write(), store.read() as inner:
        assert inner.execute(text("SELECT 3")).scalar() == 3


# -- the key in memory, the floor on open (issue 8, items 6 and 9) -----------------------

def test_the_key_is_not_in_the_engine_url_and_memory_is_wiped(store: Store,
                                                              store_path: Path) -> None:
    key = engine.derive_store_key(store_path, "correct horse 7")
    url = store.engine.url
    assert url.password is None
    for shown in (str(url), url.render_as_string(hide_password=False), repr(store.engine)):
        assert key.key.hex() not in shown and "x'" not in shown
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert -32768 <= cache < 0  # a modest cache of decrypted pages (at most 32 MiB)


def _fake_store_claiming(path: Path, params: crypto.KdfParams) -> Path:
    path.write_bytes(crypto.make_salt(params) + bytes(4096 * 2 - 16))
    return path


@pytest.mark.parametrize("memory_kib", [8 * 1024 * 1024, 16 * 1024 * 1024, 8])
def test_a_salt_claiming_absurd_memory_is_refused_before_deriving(
        tmp_path: Path, memory_kib: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.WEAK_KDF_FOR_TESTS_ENV)
    path = _fake_store_claiming(tmp_path / "odd.db", crypto.KdfParams(3, memory_kib, 1))
    before = _digest(path)
    with pytest.raises(NotAStore, match="key-derivation parameters"):
        open_store(path, "correct horse 7")
    assert _digest(path) == before


def test_a_store_below_the_accepted_floor_opens_only_under_the_test_hook(
        store: Store, store_path: Path, passphrase: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store.close()
    monkeypatch.delenv(crypto.WEAK_KDF_FOR_TESTS_ENV)
    with pytest.raises(NotAStore, match="below the floor"):
        open_store(store_path, passphrase)
    with pytest.raises(engine.StoreError, match="below the floor"):
        create_store(store_path.with_name("new.db"), passphrase, kdf=crypto.KdfParams(1, 1024, 1))
    monkeypatch.setenv(crypto.WEAK_KDF_FOR_TESTS_ENV, "1")
    with open_store(store_path, passphrase):
        pass
