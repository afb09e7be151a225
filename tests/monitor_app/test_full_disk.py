"""A really full disk: a 12 MB tmpfs mounted in a user and mount namespace of a child
process (``unshare -rm``), filled by the store itself. After the disk fills, the WAL is
moved into the store and truncated once space returns, and the message says how much to
free and where."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db.engine import MB, DiskFull, DiskSpace

ROOT = Path(__file__).resolve().parents[2]
NO_MOUNT = 77

CHILD = textwrap.dedent('''
    import contextlib, io, json, os, sys
    from pathlib import Path
    from db import crypto
    from monitor_app.cli import main
    from monitor_app.store import DiskFull, create_store

    mnt = Path(sys.argv[1])
    out = {}
    filler = mnt / "filler"
    filler.write_bytes(b"\\0" * 6 * 1000 * 1000)  # given back once the disk is full
    store = create_store(mnt / "s.db", "correct horse battery",
                         kdf=crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1))
    wal = Path(str(store.path) + "-wal")
    text = os.urandom(10_000).hex()
    saved, full = 0, None
    while saved < 5000:
        try:
            with store.write() as w:
                w.create("people", name=f"Person {saved} {text}", pseudonym=f"P-{saved}")
            saved += 1
        except DiskFull as exc:
            full = exc
            break
    out["saved"] = saved
    out["message"] = str(full)
    out["space"] = vars(full.space) if full is not None and full.space else None
    out["wal_when_full"] = wal.stat().st_size
    try:  # still full: refused again, nothing lost (more than the free pages the file has)
        with store.write() as w:
            for i in range(400):
                w.create("people", name=f"Still full {i} {text}", pseudonym=f"P-x{i}")
        out["still_full"] = "saved"
    except DiskFull as exc:
        out["still_full"] = str(exc)
    out["wal_still_full"] = wal.stat().st_size
    filler.unlink()  # space returns
    with store.write() as w:
        w.create("people", name="After space returned", pseudonym="P-after")
    out["wal_after"] = wal.stat().st_size
    out["people_after"] = len(store.engine.raw_connection().driver_connection.execute(
        "SELECT id FROM people").fetchall())
    store.close()

    # The command line: a demo stopped by the full disk says what was saved and what to free.
    free = os.statvfs(mnt).f_bavail * os.statvfs(mnt).f_frsize
    # room for a few batches, not for 2,000 cases: since the people's ICU and picker indexes
    # (migrations 0008_coll, 0008_pick) a batch writes more than the 4 MB once left here
    filler.write_bytes(b"\\0" * max(0, free - 7000 * 1000))
    from monitor_app import demo
    demo.BATCH = 5  # small batches: some are committed before the disk fills
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["demo", "--store", str(mnt / "s.db"), "--cases", "2000",
                     "--passphrase-stdin"], stdin=io.StringIO("correct horse battery\\n"))
    out["demo_code"], out["demo_err"] = code, err.getvalue()
    filler.unlink()
    with contextlib.redirect_stderr(io.StringIO()):
        out["demo_again"] = main(["demo", "--store", str(mnt / "s.db"), "--cases", "3",
                                  "--passphrase-stdin"],
                                 stdin=io.StringIO("correct horse battery\\n"))
    print(json.dumps(out))
''')


@pytest.fixture(scope="module")
def full_disk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no unshare (util-linux) to mount a small tmpfs")
    base = tmp_path_factory.mktemp("full-disk")
    mnt = base / "mnt"
    mnt.mkdir()
    child = base / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MONITOR_TEST_ONLY_WEAK_KDF": "1"}
    done = subprocess.run(
        [unshare, "-rm", "sh", "-c",
         f'mount -t tmpfs -o size=12m tmpfs "$1" || exit {NO_MOUNT}; exec "$2" "$3" "$1"',
         "sh", str(mnt), sys.executable, str(child)],
        capture_output=True, text=True, env=env, timeout=300)
    if done.returncode == NO_MOUNT or (done.returncode != 0 and "unshare" in done.stderr):
        pytest.skip(f"cannot mount a tmpfs in a user namespace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["mnt"] = str(mnt)
    return result


def test_the_full_disk_message_says_what_to_free_and_where(full_disk: dict) -> None:
    assert full_disk["saved"] > 0
    space = DiskSpace(**full_disk["space"])
    assert space.mount == full_disk["mnt"]
    assert space.free_bytes < MB and space.wal_bytes > MB  # the WAL is what filled it
    message = full_disk["message"]
    assert "the change under way was not saved" in message
    assert f"holds {space.wal_mb:,} MB" in message
    assert f"free at least {space.to_free_mb:,} MB on {full_disk['mnt']}" in message
    assert space.to_free_mb >= space.wal_mb
    assert full_disk["still_full"].startswith("The disk is full")


def test_the_wal_is_truncated_once_space_returns(full_disk: dict) -> None:
    # Without the checkpoint SQLite reuses the WAL from its start but never shrinks it:
    # it kept the disk as full as it was.
    assert full_disk["wal_still_full"] >= full_disk["wal_when_full"] > MB
    assert full_disk["wal_after"] < full_disk["wal_when_full"] // 10
    assert full_disk["people_after"] == full_disk["saved"] + 1  # nothing lost, one more


def test_a_demo_stopped_by_the_full_disk_says_what_was_saved_and_what_to_free(
        full_disk: dict) -> None:
    err = full_disk["demo_err"]
    assert full_disk["demo_code"] == 1
    assert err.count("\n") == 1 and err.startswith("monitor-app: The disk is full"), err
    assert "of 2,000 cases" in err and "saved" in err, err
    assert "MB: free at least " in err and f" MB on {full_disk['mnt']}" in err, err
    assert "run demo again for the rest" in err
    assert full_disk["demo_again"] == 0


def test_the_amount_to_free_covers_the_wal_and_room_to_work() -> None:
    space = DiskSpace(mount="/media/usb", free_bytes=2 * MB, wal_bytes=40 * MB + 1)
    assert space.wal_mb == 41 and space.free_mb == 2
    assert space.to_free_mb == 41 + 16 - 2
    assert DiskSpace(mount="/", free_bytes=500 * MB, wal_bytes=0).to_free_mb == 1
    assert isinstance(DiskFull("x", space).space, DiskSpace)
