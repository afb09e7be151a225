"""Decrypted evidence copies: private folder and file modes, overwritten and deleted on wipe."""

from __future__ import annotations

import stat

import pytest

from monitor_app import evidence_files, records


def test_decrypt_to_private_temp_and_wipe(store) -> None:
    data = b"statement of the victim " * 1000
    with store.write() as w:
        evidence_id = w.add_evidence(data, file_name="../../statement?.txt")
    with store.read() as s:
        path = evidence_files.decrypt_to_temp(s, evidence_id)
        second = evidence_files.decrypt_to_temp(s, evidence_id)
    assert path.read_bytes() == data
    assert path.name == "statement_.txt"  # no way out of the private folder
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
