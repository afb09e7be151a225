"""Decrypted evidence copies: private folder and file modes, random names, checked against
the stored hash, overwritten and deleted on wipe and swept after a crash."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from db.models import EvidenceChunk
from monitor_app import evidence_files, records


def test_decrypt_to_private_temp_and_wipe(store) -> None:
    data = b"statement of the victim " * 1000
    with store.write() as w:
        evidence_id = w.add_evidence(data, file_name="../../Sergei Ivanov statement?.TXT")
    with store.read() as s:
        path = evidence_files.decrypt_to_temp(s, evidence_id)
        second = evidence_files.decrypt_to_temp(s, evidence_id)
    assert path.read_bytes() == data
    # a random name (nothing of the person or the original name), the extension kept
    assert path.suffix == ".txt" and len(path.stem) == 16 and "Ivanov" not in str(path)
    assert path.name != second.name
    assert path.parent.name.startswith("mtmp-") and path.parent.parent == Path(
        evidence_files.tempfile.gettempdir())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.parent != second.parent
    assert set(evidence_files.open_files()) >= {path, second}
    assert evidence_files.wipe_all() == 2
    assert not path.exists() and not path.parent.exists() and not second.exists()
    assert evidence_files.wipe_all() == 0


def test_unknown_evidence(store) -> None:
    with store.read() as s, pytest.raises(records.RecordNotFound):
        evidence_files.decrypt_to_temp(s, "nope")


def test_damaged_evidence_is_refused_on_every_read(store) -> None:
    with store.write() as w:
        evidence_id = w.add_evidence(b"x" * 5000, file_name="a.txt")
    with store.write() as w:
        w.session.execute(update(EvidenceChunk).where(
            EvidenceChunk.evidence_id == evidence_id).values(data=b"y" * 5000))
    with store.read() as s:
        with pytest.raises(records.EvidenceDamaged) as err:
            records.read_evidence(s, evidence_id)
        assert evidence_id in str(err.value) and "damaged" in str(err.value)
        with pytest.raises(records.EvidenceDamaged):
            evidence_files.decrypt_to_temp(s, evidence_id)
    assert evidence_files.open_files() == []  # the bad copy was wiped, not left behind
    assert not list(Path(evidence_files.tempfile.gettempdir()).glob("mtmp-*/*.txt"))


def test_sweep_removes_what_a_killed_session_left(tmp_path: Path) -> None:
    # a process that made a copy and was killed before it could wipe it
    code = ("import os, tempfile, sys; from monitor_app import evidence_files as e; "
            "f = e._new_folder(); (f / e.copy_name('x.doc')).write_bytes(b'secret'); "
            "print(f, flush=True); os._exit(9)")
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": os.getcwd()}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=False, timeout=60)
    assert out.returncode == 9
    left = Path(out.stdout.strip())
    assert left.parent == tmp_path and any(p.suffix == ".doc" for p in left.iterdir())
    legacy = tmp_path / "monitor-evidence-abc"
    legacy.mkdir()
    (legacy / "Sergei Ivanov.jpg").write_bytes(b"photo")
    # a copy of a Monitor still running (this process) is not touched
    alive = tmp_path / "mtmp-alive"
    alive.mkdir()
    (alive / evidence_files.OWNER_FILE).write_text(str(os.getppid()))
    (alive / "f.doc").write_bytes(b"in use")
    unrelated = tmp_path / "other-folder"
    unrelated.mkdir()
    assert evidence_files.sweep_leftovers(tmp_path) == 2
    assert not left.exists() and not legacy.exists()
    assert (alive / "f.doc").exists() and unrelated.exists()
