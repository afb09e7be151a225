"""The desktop app as a process: SIGTERM and SIGINT close it cleanly, with no decrypted
evidence copy left behind; leftovers of a killed session are swept at the next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor_app import evidence_files

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def _copy_folder(tmp: Path, name: str, owner: int) -> Path:
    folder = tmp / f"{evidence_files.PREFIX}{name}"
    folder.mkdir(mode=0o700)
    (folder / evidence_files.OWNER_FILE).write_text(str(owner))
    (folder / evidence_files.copy_name("statement.docx")).write_bytes(b"decrypted statement")
    return folder


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP],
                         ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_closes_the_gui_cleanly_and_wipes_copies(
        store, store_path: Path, passphrase: str, tmp_path: Path, signum: int) -> None:
    store.close()
    found = shutil.which("monitor-app", path=str(Path(sys.executable).parent))
    assert found is not None, "install the project (pip install -e .[test])"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    crashed = _copy_folder(tmp, "crashed", _dead_pid())  # what a kill -9 left last time
    env = {**os.environ, "TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    errors = tmp_path / "stderr"
    with errors.open("w") as err_file:
        gui = subprocess.Popen([found, "gui", "--store", str(store_path),
                                "--passphrase-stdin"], stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=err_file, env=env, cwd=ROOT,
                               text=True)
    try:
        assert gui.stdin is not None
        gui.stdin.write(passphrase + "\n")
        gui.stdin.close()
        assert _wait_for(lambda: not crashed.exists(), 30), "leftovers not swept at start"
        # a copy this session handed to another program
        mine = _copy_folder(tmp, "open", gui.pid)
        time.sleep(3)  # the store opens and the window shows
        assert gui.poll() is None, errors.read_text()
        gui.send_signal(signum)
        started = time.monotonic()
        code = gui.wait(timeout=5)
        elapsed = time.monotonic() - started
        assert elapsed < 5
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait()
    err = errors.read_text()
    assert code == 0, err
    assert "Traceback" not in err
    assert not mine.exists()
    assert not list(tmp.glob(f"{evidence_files.PREFIX}*"))
