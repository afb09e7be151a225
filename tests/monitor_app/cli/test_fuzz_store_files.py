"""Hostile input: random, truncated and mutated store files and backups.

`check` and `list` on such a file exit 3 with one line, leave it byte-for-byte as it was
and create nothing beside it; `restore --from` such a backup is refused with one line
and places nothing. Mutations spare the 16-byte salt: a changed salt is a changed key
(`tests/db/test_engine.py::test_damaged_salt_fails_closed`), and a random one may claim
Argon2id costs that make every example take minutes.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import engine as dbengine
from monitor_app import cli, demo
from monitor_app.store import backup_store, create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.fuzzing import fuzz_settings

FUZZ = fuzz_settings(60)
PAGE = dbengine.PAGE_SIZE
SALT = 16


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([*argv, "--passphrase-stdin"], stdin=io.StringIO(PASSPHRASE + "\n"),
                    stdout=out, stderr=err)
    return code, err.getvalue()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sound")
    with create_store(folder / "sound.db", PASSPHRASE, kdf=CHEAP_KDF) as store:
        demo.generate(store, cases=3, seed=5)
    backup_store(folder / "sound.db", PASSPHRASE, folder / "sound.backup")
    return folder


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "work"
    folder.mkdir()
    yield folder


def mutate(data: st.DataObject, raw: bytes) -> bytes:
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 3))):
        op = data.draw(st.sampled_from(["truncate", "page-cut", "flip", "zero", "insert",
                                        "swap-pages"]))
        pages = max(1, len(buf) // PAGE)
        if op == "truncate":
            del buf[data.draw(st.integers(SALT, max(SALT, len(buf) - 1))):]
        elif op == "page-cut":  # a whole number of pages, as a copy cut short would be
            del buf[data.draw(st.integers(1, pages)) * PAGE - PAGE:]
            buf = buf or bytearray(raw[:PAGE])
        elif op == "flip" and len(buf) > SALT:
            at = data.draw(st.integers(SALT, len(buf) - 1))
            buf[at] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "zero" and len(buf) > SALT:
            at = data.draw(st.integers(SALT, len(buf) - 1))
            end = at + data.draw(st.integers(1, PAGE))
            buf[at:end] = bytes(len(buf[at:end]))
        elif op == "insert":
            at = data.draw(st.integers(SALT, max(SALT, len(buf))))
            buf[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        elif op == "swap-pages" and pages > 2:
            a, b = sorted(data.draw(st.lists(st.integers(1, pages - 1), min_size=2,
                                             max_size=2, unique=True)))
            pa, pb = buf[a * PAGE:(a + 1) * PAGE], buf[b * PAGE:(b + 1) * PAGE]
            buf[a * PAGE:(a + 1) * PAGE], buf[b * PAGE:(b + 1) * PAGE] = pb, pa
    return bytes(buf)


def refused_as_a_store(folder: Path, data: bytes) -> None:
    path = folder / "store.db"
    path.write_bytes(data)
    before = listing(folder)
    for argv in (("check",), ("list", "cases"), ("list", "people", "--json")):
        code, err = run(*argv, "--store", str(path))
        assert code == 3, (argv, code, err)
        assert err.startswith("monitor-app: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        assert path.read_bytes() == data
        assert listing(folder) == before, "a file was created beside the store"


@FUZZ
@given(data=st.binary(max_size=3 * 4096))
def test_random_store_files(work: Path, data: bytes) -> None:
    refused_as_a_store(work, data)


@FUZZ
@given(data=st.data())
def test_mutated_store_files(sound: Path, work: Path, data: st.DataObject) -> None:
    raw = (sound / "sound.db").read_bytes()
    mutated = mutate(data, raw)
    if mutated == raw:
        return
    refused_as_a_store(work, mutated)


@FUZZ
@given(data=st.data())
def test_mutated_backups_are_not_restored(sound: Path, work: Path, data: st.DataObject) -> None:
    raw = (sound / "sound.backup").read_bytes()
    mutated = mutate(data, raw)
    if mutated == raw:
        return
    backup = work / "in.backup"
    backup.write_bytes(mutated)
    target_dir = work / "target"
    target_dir.mkdir(exist_ok=True)
    code, err = run("restore", "--from", str(backup), "--store", str(target_dir / "r.db"))
    assert code == 3, (code, err)
    assert err.startswith("monitor-app: ") and err.count("\n") == 1, err
    assert backup.read_bytes() == mutated
    assert listing(target_dir) == [], "something was placed"
    assert listing(work) == ["in.backup", "target"]


def test_a_sound_backup_is_restored(sound: Path, work: Path) -> None:
    shutil.copy(sound / "sound.backup", work / "in.backup")
    code, err = run("restore", "--from", str(work / "in.backup"), "--store",
                    str(work / "r.db"))
    assert code == 0, err
    code, err = run("check", "--store", str(work / "r.db"))
    assert code == 0, err


def test_swapped_pages_are_damage_not_a_bug(sound: Path, work: Path) -> None:
    # found by test_mutated_store_files: two pages swapped pass a first read, then SQLite
    # finds the file malformed while the store opens; that was "Unexpected error", exit 1
    buf = bytearray((sound / "sound.db").read_bytes())
    a, b = 2, min(128, len(buf) // PAGE - 1)
    pa, pb = buf[a * PAGE:(a + 1) * PAGE], buf[b * PAGE:(b + 1) * PAGE]
    buf[a * PAGE:(a + 1) * PAGE], buf[b * PAGE:(b + 1) * PAGE] = pb, pa
    refused_as_a_store(work, bytes(buf))
