"""A read-only viewer beside the process that holds a store (issue 8, "one writer").

Real processes: the holder is a child process (or the installed ``monitor-app`` running
``demo``) while this test process views the store through ``open_read_only``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import engine as dbengine
from db.models import Case, Person
from monitor_app.records import Writer
from monitor_app.store import (
    Store,
    StoreBusy,
    StoreExists,
    StoreReadOnly,
    change_passphrase,
    open_read_only,
    open_store,
    restore_store,
)
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script
from tests.monitor_app.test_store_lock import HOLDER, NEW_PASSPHRASE, ROOT, _env, holder

__all__ = ["console_script", "holder"]  # fixtures, used by name

# A holder that saves one more person each time it reads a line on stdin.
WRITING_HOLDER = HOLDER.replace("time.sleep(120)", """
for line in sys.stdin:
    with store.write() as w:
        w.create("people", name=line.strip(), pseudonym="P-" + line.strip())
    print("saved", flush=True)
""")


def _count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_viewer_opens_a_held_store_and_sees_what_the_holder_commits(
        store: Store, store_path: Path, passphrase: str) -> None:
    with store.write() as w:
        w.create("people", name="Asel Holder", pseudonym="P-1")
    store.close()
    with subprocess.Popen([sys.executable, "-c", WRITING_HOLDER, str(store_path), passphrase],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                          env=_env(), cwd=ROOT) as child:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        with pytest.raises(StoreBusy) as busy:  # a second writer: still refused, with the pid
            open_store(store_path, passphrase)
        assert busy.value.pid == child.pid
        viewer = open_read_only(store_path, passphrase)
        try:
            assert viewer.read_only and _count(viewer, Person) == 1
            child.stdin.write("Later\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "saved"  # the viewer did not stop it
            assert _count(viewer, Person) == 2
            with viewer.read() as s:
                assert s.scalar(select(Person.name).where(Person.pseudonym == "P-Later"))
        finally:
            viewer.close()
        child.kill()


def test_a_write_through_a_viewer_is_refused_clearly(holder: subprocess.Popen[str],
                                                    store_path: Path, passphrase: str) -> None:
    viewer = open_read_only(store_path, passphrase)
    try:
        with pytest.raises(StoreReadOnly, match="can only be read here"), viewer.write() as w:
            w.create("people", name="Never", pseudonym="P-9")
        with pytest.raises(StoreReadOnly):
            viewer.set_option("default_facility", "x")
        # a path that skipped the store's own refusal: SQLite refuses, one clear error
        with pytest.raises(StoreReadOnly, match="nothing was saved"), \
                dbengine.translate_errors(), viewer._sessions.begin() as session:
            Writer(viewer.identity, session).create("people", name="Never", pseudonym="P-8")
        assert _count(viewer, Person) == 1
    finally:
        viewer.close()


def test_passwd_and_restore_are_refused_while_a_viewer_has_the_store_open(
        store: Store, store_path: Path, passphrase: str, console_script: Path,
        tmp_path: Path) -> None:
    store.close()
    viewer = open_read_only(store_path, passphrase)  # nobody writes: only the viewer
    before = store_path.read_bytes()[:16]
    try:
        with pytest.raises(StoreBusy, match="read-only"):
            change_passphrase(store_path, passphrase, NEW_PASSPHRASE)
        done = script(console_script, "passwd", "--store", str(store_path),
                      "--passphrase-stdin", stdin=f"{passphrase}\n{NEW_PASSPHRASE}\n")
        assert done.returncode == 1 and one_line_error(done), done
        assert "in use" in done.stderr and "read-only" in done.stderr
        assert store_path.read_bytes()[:16] == before
        backup = tmp_path / "b.backup"
        from monitor_app.store import backup_store

        backup_store(store_path, passphrase, backup)  # a copy is fine
        with pytest.raises(StoreExists):
            restore_store(backup, passphrase, store_path)
        assert _count(viewer, Person) == 0  # the viewer still reads its file
    finally:
        viewer.close()
    assert not dbengine.readers_path(store_path).exists()  # the last viewer removed it
    change_passphrase(store_path, passphrase, NEW_PASSPHRASE)  # free again
    assert not dbengine.readers_path(store_path).exists()
    with open_store(store_path, NEW_PASSPHRASE) as s:
        assert _count(s, Person) == 0


def test_a_viewer_cannot_start_while_the_passphrase_is_being_changed(
        store: Store, store_path: Path, passphrase: str) -> None:
    store.close()
    lock = dbengine.acquire_lock(store_path, exclusive=True)  # what change_passphrase holds
    try:
        with pytest.raises(StoreBusy, match="passphrase is being changed"):
            open_read_only(store_path, passphrase)
    finally:
        dbengine.release_lock(lock)
    with open_read_only(store_path, passphrase) as viewer:
        assert viewer.read_only


def test_two_viewers_and_the_last_one_removes_the_readers_file(
        holder: subprocess.Popen[str], store_path: Path, passphrase: str) -> None:
    first = open_read_only(store_path, passphrase)
    second = open_read_only(store_path, passphrase)
    first.close()
    assert dbengine.readers_path(store_path).exists()
    assert _count(second, Person) == 1
    second.close()
    assert not dbengine.readers_path(store_path).exists()


def test_the_holders_long_import_runs_to_the_end_while_the_viewer_reads(
        store: Store, store_path: Path, passphrase: str, console_script: Path) -> None:
    """The installed ``monitor-app demo`` writes 250 cases in two batches; the viewer reads all
    along and sees the first batch before the second."""
    store.close()
    env = _env()
    with subprocess.Popen([str(console_script), "demo", "--store", str(store_path), "--cases",
                           "250", "--seed", "4", "--passphrase-stdin"], stdin=subprocess.PIPE,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                          cwd=ROOT) as demo_run:
        assert demo_run.stdin is not None
        demo_run.stdin.write(passphrase + "\n")
        demo_run.stdin.close()
        lock, deadline = dbengine.lock_path(store_path), time.monotonic() + 60
        while time.monotonic() < deadline and demo_run.poll() is None:
            if lock.exists() and lock.read_text().strip() == str(demo_run.pid):
                break  # the demo holds the store: a viewer comes in beside it
            time.sleep(0.02)
        viewer = open_read_only(store_path, passphrase)
        assert viewer is not None, "the demo never held the store"
        seen = []
        try:
            while demo_run.poll() is None:
                seen.append(_count(viewer, Case))
                time.sleep(0.01)
            seen.append(_count(viewer, Case))
        finally:
            viewer.close()
        assert demo_run.stderr is not None
        err = demo_run.stderr.read()
        demo_run.wait()
    assert demo_run.returncode == 0, err
    assert seen[-1] == 250 and len(set(seen)) > 2, seen  # it watched the cases arrive
    assert seen == sorted(seen)
    with open_store(store_path, passphrase) as s:
        assert _count(s, Case) == 250 and s.integrity_problems() == []
