"""Files written for the user: 0600, replaced whole, never through a link or into a device."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from monitor_app import outputs
from monitor_app.store import Store
from tests.builders import build_everything
from tests.monitor_app.cli.test_cli import run


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def filled(store: Store, store_path: Path) -> tuple[Path, dict[str, str]]:
    ids = build_everything(store)
    store.close()
    return store_path, ids


def test_helper_writes_0600_and_replaces_a_regular_file(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")
        target.chmod(0o644)
        outputs.write_bytes(target, b"new")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]  # no temp left


def test_helper_refuses_links_fifos_devices_and_folders(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "nowhere")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for bad in (link, dangling, fifo, Path("/dev/null"), tmp_path):
        with pytest.raises(outputs.UnsafeOutput):
            outputs.write_bytes(bad, b"x")
    assert victim.read_text() == "keep" and link.is_symlink()
    assert not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.pdf", "fifo", "link.pdf",
                                                          "victim.txt"]


def test_a_failed_render_leaves_nothing(tmp_path: Path) -> None:
    def boom(fh: object) -> None:
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        outputs.write_atomically(tmp_path / "x.pdf", boom)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["dossier", "visit-report", "export-json"])
def test_cli_outputs_are_0600(filled: tuple[Path, dict[str, str]], passphrase: str,
                              tmp_path: Path, command: str) -> None:
    path, ids = filled
    out = tmp_path / f"out-{command}"
    target = {"dossier": ["--case", ids["cases"]], "visit-report": ["--visit", ids["visits"]],
              "export-json": []}[command]
    old = os.umask(0o022)
    try:
        code, _, err = run(command, "--store", str(path), "--passphrase-stdin", *target,
                           "--out", str(out), stdin=passphrase + "\n")
    finally:
        os.umask(old)
    assert code == 0, err
    assert mode(out) == 0o600


@pytest.mark.parametrize("command", ["dossier", "export-json"])
def test_cli_refuses_a_device_a_fifo_and_a_link(filled: tuple[Path, dict[str, str]],
                                                passphrase: str, tmp_path: Path,
                                                command: str) -> None:
    path, ids = filled
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    target = ["--case", ids["cases"]] if command == "dossier" else []
    for bad in (Path("/dev/full"), fifo, link):
        code, out, err = run(command, "--store", str(path), "--passphrase-stdin", *target,
                             "--out", str(bad), stdin=passphrase + "\n")
        assert code == 1, (bad, err)
        assert err.count("\n") == 1 and "regular file" in err, err
    assert victim.read_text() == "keep" and link.is_symlink() and stat.S_ISFIFO(
        os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
