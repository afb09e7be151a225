"""Shared fixtures: a fresh encrypted store per test, cheap key derivation, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one test hook of the key derivation (db/crypto.py, docs/security.md): lets this
# suite create and open stores with CHEAP_KDF, below the floor the product enforces.
# Set in the environment so that the console scripts the tests start inherit it.
os.environ["MONITOR_TEST_ONLY_WEAK_KDF"] = "1"

import pytest  # noqa: E402

from db import crypto  # noqa: E402

PASSPHRASE = "correct horse 7"
# Real stores calibrate Argon2id to ~0.8 s; tests use the cheapest parameters so a
# test suite can create hundreds of stores. tests/db/test_crypto.py checks the real one.
CHEAP_KDF = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
REAL_CALIBRATE = crypto.calibrate


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> crypto.KdfParams:
    monkeypatch.setattr(crypto, "calibrate", lambda *a, **k: CHEAP_KDF)
    return CHEAP_KDF


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                 ) -> Path:
    """Settings and temporary files of the app under test stay inside the test's folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


@pytest.fixture
def real_calibrate() -> object:
    """The machine calibration itself (every other test gets the cheap parameters)."""
    return REAL_CALIBRATE


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture(scope="session")
def fresh_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new store at the head of the migrations, made once per run: creating a store runs
    every migration from 0001 (about 2 s), so each test opens its own copy of this file
    instead. tests/db and the CLI tests create stores the product's way."""
    from monitor_app.store import create_store

    folder = tmp_path_factory.mktemp("fresh-store")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(folder / "home"))
        mp.setenv("XDG_CONFIG_HOME", str(folder / "home" / ".config"))
        mp.setenv("XDG_DATA_HOME", str(folder / "home" / ".local" / "share"))
        create_store(folder / "store.db", PASSPHRASE, kdf=CHEAP_KDF).close()
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith("store.db") and
                 p.name != "store.db" and not p.name.endswith(".lock")]
    assert not leftovers, leftovers  # one closed file holds the whole store
    return folder / "store.db"


@pytest.fixture
def store(store_path: Path, fresh_store_file: Path) -> Iterator[object]:
    """A new, real encrypted store of this test's own (a copy of a freshly created one)."""
    import shutil

    from monitor_app.store import open_store

    store_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fresh_store_file, store_path)
    os.chmod(store_path, 0o600)
    s = open_store(store_path, PASSPHRASE)
    yield s
    s.close()
