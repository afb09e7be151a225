"""The identity, contacts and verify commands, run as the installed console script."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from monitor_app.store import Store
from tests.builders import build_everything
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script

__all__ = ["console_script"]  # the fixture, shared with the CLI's own tests


@pytest.fixture
def two_stores(store: Store, store_path: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A filled store (the monitor's) and an empty copy of a fresh one (the coordinator's)."""
    ids = build_everything(store)
    store.close()
    coord = tmp_path / "coord.db"
    return store_path, coord, ids["cases"]


def run(console_script: Path, passphrase: str, *argv: str):
    return script(console_script, *argv, "--passphrase-stdin", stdin=passphrase + "\n")


def test_identity_and_contacts_commands(console_script: Path, passphrase: str,
                                        two_stores: tuple[Path, Path, str],
                                        tmp_path: Path, fresh_store_file: Path) -> None:
    mine, coord, _ = two_stores
    shutil.copyfile(fresh_store_file, coord)
    ok = run(console_script, passphrase, "identity", "create", "--store", str(mine),
             "--name", "Monitor A", "--org", "NPM")
    assert ok.returncode == 0 and ok.stderr == "", ok.stderr
    fingerprint = ok.stdout.split("Fingerprint: ")[1].strip()
    assert len(fingerprint.split()) == 12
    again = run(console_script, passphrase, "identity", "create", "--store", str(mine),
                "--name", "Other")
    assert again.returncode == 1 and one_line_error(again)
    assert run(console_script, passphrase, "identity", "create", "--store", str(coord),
               "--name", "Coordinator").returncode == 0

    pub = tmp_path / "a.pub"
    done = run(console_script, passphrase, "identity", "export", "--store", str(mine),
               "--out", str(pub), "--short")
    assert done.returncode == 0 and fingerprint in done.stdout and "monitor1:" in done.stdout
    assert pub.is_file() and fingerprint.encode() in pub.read_bytes()
    shown = run(console_script, passphrase, "identity", "show", "--store", str(mine), "--json")
    info = json.loads(shown.stdout)
    assert (info["name"], info["org"], info["fingerprint"]) == ("Monitor A", "NPM", fingerprint)
    assert "secret" not in shown.stdout

    added = run(console_script, passphrase, "contacts", "add", "--store", str(coord),
                "--key", str(pub), "--name", "Monitor A")
    assert added.returncode == 0 and fingerprint in added.stdout, added.stderr
    listed = json.loads(run(console_script, passphrase, "contacts", "list", "--store",
                            str(coord), "--json").stdout)
    assert [(c["name"], c["fingerprint"], c["verified"]) for c in listed] == [
        ("Monitor A", fingerprint, False)]
    assert listed[0]["id"]
    verified = run(console_script, passphrase, "contacts", "verify", "--store", str(coord),
                   fingerprint)
    assert verified.returncode == 0, verified.stderr
    listed = json.loads(run(console_script, passphrase, "contacts", "list", "--store",
                            str(coord), "--json").stdout)
    assert listed[0]["verified"] is True
    unknown = run(console_script, passphrase, "contacts", "verify", "--store", str(coord),
                  "Nobody")
    assert unknown.returncode == 1 and one_line_error(unknown)

    # a bad identity file: one line, exit 4, nothing added
    bad = tmp_path / "bad.pub"
    data = bytearray(pub.read_bytes())
    data[-10] = ord("A") if data[-10] != ord("A") else ord("B")
    bad.write_bytes(bytes(data))
    garbage = tmp_path / "garbage.pub"
    garbage.write_bytes(b"\x00\xff garbage")
    for junk in (bad, garbage):
        refused = run(console_script, passphrase, "contacts", "add", "--store", str(coord),
                      "--key", str(junk), "--name", "Someone")
        assert refused.returncode == 4 and one_line_error(refused), refused.stderr
    assert len(json.loads(run(console_script, passphrase, "contacts", "list", "--store",
                              str(coord), "--json").stdout)) == 1


def test_signed_dossier_and_verify(console_script: Path, passphrase: str,
                                   two_stores: tuple[Path, Path, str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    mine, _, case_id = two_stores
    assert run(console_script, passphrase, "identity", "create", "--store", str(mine),
               "--name", "Monitor A").returncode == 0
    pdf = tmp_path / "case.pdf"
    done = run(console_script, passphrase, "dossier", "--store", str(mine), "--case", case_id,
               "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    sig = tmp_path / "case.pdf.sig"
    assert sig.is_file() and f"Signed: {sig}" in done.stdout
    shown = json.loads(run(console_script, passphrase, "identity", "show", "--store",
                           str(mine), "--json").stdout)
    cover = " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())
    assert shown["fingerprint"] in cover

    good = run(console_script, passphrase, "verify", str(pdf), "--store", str(mine))
    assert good.returncode == 0 and good.stderr == "", good.stderr
    assert "Unchanged" in good.stdout and shown["fingerprint"] in good.stdout
    # a court has no store: the signer and fingerprint are still said
    court = script(console_script, "verify", str(pdf))
    assert court.returncode == 0 and shown["fingerprint"] in court.stdout

    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x20
    pdf.write_bytes(bytes(data))
    changed = run(console_script, passphrase, "verify", str(pdf), "--store", str(mine))
    assert changed.returncode == 4 and one_line_error(changed), changed.stderr
    assert "changed" in changed.stderr

    sig.unlink()
    unsigned = script(console_script, "verify", str(pdf))
    assert unsigned.returncode == 4 and "not signed" in unsigned.stderr
    assert one_line_error(unsigned)
