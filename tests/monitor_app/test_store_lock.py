"""One process holds a store: a second one is refused cleanly, passwd never swaps a held file.

Real processes: a child holds the store (or this test process does) while another
process, usually the installed ``monitor-app``, tries to use it.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import engine as dbengine
from db.models import Case, Person
from monitor_app import demo
from monitor_app.cli.entry import main
from monitor_app.store import (
    DiskFull,
    Store,
    StoreBusy,
    WrongPassphrase,
    change_passphrase,
    create_store,
    open_store,
)
from tests.conftest import CHEAP_KDF
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script

__all__ = ["console_script"]  # a fixture, used by name

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "another pass 9"

# A child that opens the store and holds it until killed (cheap key derivation: the
# store fixture's parameters live in the file, so no calibration is involved).
HOLDER = """
import sys, time
from monitor_app.store import open_store
store = open_store(sys.argv[1], sys.argv[2])
print("holding", flush=True)
time.sleep(120)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONWARNINGS": "error",
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture
def holder(store: Store, store_path: Path, passphrase: str) -> Iterator[subprocess.Popen[str]]:
    """Another process with the store open (this process has let go of it)."""
    with store.write() as w:
        w.create("people", name="Asel Holder", pseudonym="P-1")
    store.close()
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path), passphrase],
                          stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        yield child
        child.kill()


def _people(path: Path, passphrase: str) -> int:
    with open_store(path, passphrase) as s, s.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_a_second_process_is_refused_with_the_holders_pid(
        store: Store, store_path: Path, passphrase: str, console_script: Path) -> None:
    done = script(console_script, "demo", "--store", str(store_path), "--cases", "2",
                  "--passphrase-stdin", stdin=passphrase + "\n")
    assert done.returncode == 1, done
    assert one_line_error(done), done.stderr
    assert "in use" in done.stderr and f"process {os.getpid()}" in done.stderr
    with store.read() as s:  # the holder goes on as if nothing happened
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    with store.write() as w:
        w.create("people", name="Still writing", pseudonym="P-2")


def test_a_second_gui_on_the_same_store_is_refused(
        store: Store, store_path: Path, passphrase: str, console_script: Path) -> None:
    """With --passphrase-stdin nobody can be asked: the second window is refused with the
    one-line reason (the unlock dialog offers a read-only view instead, see
    tests/ui/test_read_only_window.py)."""
    env_done = script(console_script, "gui", "--store", str(store_path),
                      "--passphrase-stdin", stdin=passphrase + "\n")
    assert env_done.returncode == 1, env_done
    assert "in use" in env_done.stderr and "Traceback" not in env_done.stderr


def test_passwd_is_refused_while_another_process_holds_the_store(
        holder: subprocess.Popen[str], store_path: Path, passphrase: str,
        console_script: Path) -> None:
    before = store_path.read_bytes()[:16]
    done = script(console_script, "passwd", "--store", str(store_path), "--passphrase-stdin",
                  stdin=f"{passphrase}\n{NEW_PASSPHRASE}\n")
    assert done.returncode == 1, done
    assert one_line_error(done) and "in use" in done.stderr, done.stderr
    assert store_path.read_bytes()[:16] == before
    holder.kill()
    holder.wait()
    assert _people(store_path, passphrase) == 1  # old passphrase, data intact
    with pytest.raises(WrongPassphrase):
        open_store(store_path, NEW_PASSPHRASE)


def test_passwd_is_refused_while_this_process_holds_the_store(
        store: Store, store_path: Path, passphrase: str) -> None:
    with pytest.raises(StoreBusy):
        change_passphrase(store_path, passphrase, NEW_PASSPHRASE)
    with store.write() as w:
        w.create("people", name="Saved after", pseudonym="P-3")
    store.close()
    assert _people(store_path, passphrase) == 1


def test_the_lock_dies_with_its_holder(holder: subprocess.Popen[str], store_path: Path,
                                       passphrase: str) -> None:
    with pytest.raises(StoreBusy):
        open_store(store_path, passphrase)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert dbengine.lock_path(store_path).exists()  # left behind by kill -9 ...
    assert _people(store_path, passphrase) == 1     # ... and blocks nobody


def test_the_lock_file_holds_only_the_pid_is_private_and_goes_at_close(
        store: Store, store_path: Path) -> None:
    lock = dbengine.lock_path(store_path)
    assert lock.name == store_path.name + ".lock"
    assert lock.read_text() == f"{os.getpid()}\n"
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    store.close()
    assert not lock.exists()
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]


def test_files_we_create_are_private(store: Store, store_path: Path, passphrase: str,
                                     tmp_path: Path) -> None:
    os.umask(0o022)
    with store.write() as w:
        w.create("people", name="Mode", pseudonym="P-4")
    for p in store_path.parent.glob(store_path.name + "*"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    store.close()
    backup = tmp_path / "copy.backup"
    from monitor_app.store import backup_store, restore_store

    backup_store(store_path, passphrase, backup)
    restore_store(backup, passphrase, tmp_path / "restored.db")
    migration = dbengine.backup_file(store_path, "pre-0009")
    for p in (store_path, backup, tmp_path / "restored.db", migration):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_an_old_world_readable_store_is_narrowed_at_open(store: Store, store_path: Path,
                                                          passphrase: str) -> None:
    store.close()
    os.chmod(store_path, 0o644)
    with open_store(store_path, passphrase):
        assert stat.S_IMODE(store_path.stat().st_mode) == 0o600


def test_a_killed_passwds_temporary_copy_goes_at_the_next_open(
        store: Store, store_path: Path, passphrase: str) -> None:
    store.close()
    tmp = store_path.with_name(store_path.name + ".rekey-tmp")
    tmp.write_bytes(b"\0" * 4096)
    Path(str(tmp) + "-wal").write_bytes(b"x")
    with open_store(store_path, passphrase):
        assert not tmp.exists() and not Path(str(tmp) + "-wal").exists()


def test_passwd_deletes_the_migration_copies_that_open_with_the_old_passphrase(
        store: Store, store_path: Path, passphrase: str) -> None:
    store.close()
    old_copy = dbengine.backup_file(store_path, "pre-0002")
    other = store_path.with_name("other.db.pre-0002.bak")
    other.write_bytes(b"not ours")
    change_passphrase(store_path, passphrase, NEW_PASSPHRASE)
    assert not old_copy.exists()
    assert other.exists()  # another store's copy is not ours to delete
    assert _people(store_path, NEW_PASSPHRASE) == 0


# Runs passwd in a child (cheap key derivation, so the rekey is most of its life).
PASSWD = """
import sys
from db import crypto
from tests.conftest import CHEAP_KDF
crypto.calibrate = lambda *a, **k: CHEAP_KDF
from monitor_app.store import change_passphrase
print("start", flush=True)
change_passphrase(sys.argv[1], sys.argv[2], sys.argv[3])
print("done", flush=True)
"""


def _opens(path: Path, passphrase: str) -> bool:
    try:
        with open_store(path, passphrase):
            return True
    except WrongPassphrase:
        return False


def test_kill_9_at_any_moment_of_passwd_leaves_exactly_one_passphrase(
        store: Store, store_path: Path, passphrase: str) -> None:
    demo.generate(store, cases=120, seed=3)
    store.close()
    with open_store(store_path, passphrase) as s, s.read() as session:
        cases = session.scalar(select(func.count()).select_from(Case))

    def run(kill_after: float | None) -> None:
        with subprocess.Popen([sys.executable, "-c", PASSWD, str(store_path), current,
                               other], stdout=subprocess.PIPE, text=True, env=_env(),
                              cwd=ROOT) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "start"
            if kill_after is None:
                assert child.wait(60) == 0
            else:
                time.sleep(kill_after)
                child.kill()

    current, other = passphrase, NEW_PASSPHRASE
    start = time.monotonic()
    run(None)  # one whole run: how long a rekey takes here
    length = time.monotonic() - start
    current, other = other, current
    outcomes = set()
    for fraction in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95):
        run(length * fraction)
        old_ok, new_ok = _opens(store_path, current), _opens(store_path, other)
        assert old_ok != new_ok, f"after kill at {fraction:.0%}: old {old_ok}, new {new_ok}"
        outcomes.add(new_ok)
        if new_ok:
            current, other = other, current
        with open_store(store_path, current) as s:
            assert s.integrity_problems() == []
            with s.read() as session:
                assert session.scalar(select(func.count()).select_from(Case)) == cases
    assert not store_path.with_name(store_path.name + ".rekey-tmp").exists()


def test_an_immediate_write_takes_the_write_lock_when_it_begins(store: Store,
                                                                store_path: Path) -> None:
    def other_writer_gets_in() -> bool:
        con = dbengine._raw_connect(store_path)
        try:
            con.execute(f'PRAGMA key = "{store_key.spec}"')
            con.execute("PRAGMA busy_timeout = 0")
            con.isolation_level = None
            try:
                con.execute("BEGIN IMMEDIATE")
            except Exception as exc:  # sqlcipher3.OperationalError: database is locked
                assert "locked" in str(exc)
                return False
            con.execute("ROLLBACK")
            return True
        finally:
            con.close()

    store_key = dbengine.derive_store_key(store_path, "correct horse 7")
    with store.write():
        assert other_writer_gets_in()  # a plain transaction takes it at its first write
    with store.write(immediate=True):
        assert not other_writer_gets_in()


def _demo_stopped_by(exc: BaseException, store_path: Path, passphrase: str,
                     monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> tuple[int, str, int]:
    monkeypatch.setattr(demo, "BATCH", 10)
    real_case = demo._Demo.case
    calls = {"n": 0}

    def case(self: demo._Demo) -> None:
        calls["n"] += 1
        if calls["n"] == 26:  # in the third batch: two batches (20 cases) are committed
            raise exc
        real_case(self)

    monkeypatch.setattr(demo._Demo, "case", case)
    code = main(["demo", "--store", str(store_path), "--cases", "2000",
                 "--passphrase-stdin"], stdin=__import__("io").StringIO(passphrase + "\n"))
    monkeypatch.setattr(demo._Demo, "case", real_case)
    err = capsys.readouterr().err
    with open_store(store_path, passphrase) as s, s.read() as session:
        saved = int(session.scalar(select(func.count()).select_from(Case)) or 0)
    return code, err, saved


@pytest.mark.parametrize("stop", [KeyboardInterrupt(), DiskFull("full")],
                         ids=["ctrl-c", "disk-full"])
def test_a_stopped_demo_says_truly_what_was_saved(
        store: Store, store_path: Path, passphrase: str, stop: BaseException,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    code, err, saved = _demo_stopped_by(stop, store_path, passphrase, monkeypatch, capsys)
    assert code == 1
    assert saved == 20
    assert "20 of 2,000 cases" in err and "saved" in err, err
    assert "nothing was" not in err and err.count("\n") == 1, err


def test_backup_while_another_process_holds_the_store_and_restore(
        holder: subprocess.Popen[str], store_path: Path, passphrase: str,
        console_script: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.backup"
    done = script(console_script, "backup", "--store", str(store_path), "--out", str(backup),
                  "--passphrase-stdin", stdin=passphrase + "\n")
    assert done.returncode == 0, done.stderr
    assert backup.read_bytes()[:16] == store_path.read_bytes()[:16]  # same salt, same key
    assert b"Asel Holder" not in backup.read_bytes()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    target = tmp_path / "restored.db"
    done = script(console_script, "restore", "--from", str(backup), "--store", str(target),
                  "--passphrase-stdin", stdin=passphrase + "\n")
    assert done.returncode == 0, done.stderr
    assert _people(target, passphrase) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # never over an existing store; a wrong passphrase is exit 3, nothing written
    before = target.read_bytes()
    done = script(console_script, "restore", "--from", str(backup), "--store", str(target),
                  "--passphrase-stdin", stdin=passphrase + "\n")
    assert done.returncode == 1 and one_line_error(done) and "exists" in done.stderr
    assert target.read_bytes() == before
    other = tmp_path / "other.db"
    done = script(console_script, "restore", "--from", str(backup), "--store", str(other),
                  "--passphrase-stdin", stdin="wrong passphrase\n")
    assert done.returncode == 3 and one_line_error(done), done
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == []


def test_a_damaged_backup_is_not_restored(store: Store, store_path: Path, passphrase: str,
                                          tmp_path: Path) -> None:
    from monitor_app.store import StoreDamaged, backup_store, restore_store

    demo.generate(store, cases=5, seed=1)
    store.close()
    backup = tmp_path / "b.backup"
    backup_store(store_path, passphrase, backup)
    data = bytearray(backup.read_bytes())
    data[4096 * 3 + 100] ^= 0xFF  # a middle page: its HMAC fails
    backup.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        restore_store(backup, passphrase, tmp_path / "r.db")
    assert not (tmp_path / "r.db").exists()
    assert not list(tmp_path.glob("r.db*"))


def test_create_store_refuses_a_path_where_a_store_is_held(store: Store,
                                                           store_path: Path) -> None:
    from monitor_app.store import StoreExists

    with pytest.raises(StoreExists):
        create_store(store_path, "x y z 12", kdf=CHEAP_KDF)



def test_a_lock_file_that_cannot_be_written_is_one_clear_error(
        store: Store, store_path: Path, passphrase: str) -> None:
    """E.g. a read-only folder, where SQLite could not keep its -wal either."""
    from monitor_app.store import StoreError

    store.close()
    dbengine.lock_path(store_path).mkdir()  # in the way of the lock file
    with pytest.raises(StoreError, match="cannot write its lock file"):
        open_store(store_path, passphrase)
