"""A damaged page: every command exits 3 with one line; check names the pages (issue 8, item 8).

Before, a damaged middle page gave `check` 3 but `list` 0 with no warning (list only
read the pages it needed), and a damaged last page gave `check` 1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db import engine as dbengine
from monitor_app import demo
from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
PAGE = dbengine.PAGE_SIZE


@pytest.fixture(scope="module")
def sound_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("damage") / "sound.db"
    with create_store(path, PASSPHRASE, kdf=CHEAP_KDF) as store:
        demo.generate(store, cases=20, seed=3)
    assert path.stat().st_size // PAGE > 100
    return path


def damaged_copy(sound: Path, target: Path, pages: list[int]) -> Path:
    """A copy with bytes flipped inside each page (numbered from 0 here)."""
    shutil.copy(sound, target)
    with target.open("r+b") as fh:
        for page in pages:
            fh.seek(page * PAGE + 200)
            chunk = fh.read(16)
            fh.seek(page * PAGE + 200)
            fh.write(bytes(b ^ 0xA5 for b in chunk))
    return target


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    console = shutil.which("monitor-app", path=str(Path(sys.executable).parent))
    assert console is not None
    env = {**os.environ, "PYTHONWARNINGS": "error",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([console, *argv, "--passphrase-stdin"], input=PASSPHRASE + "\n",
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)


@pytest.mark.parametrize("where", ["middle", "last", "middle and last"])
def test_every_command_on_a_damaged_page_exits_3_with_one_line(
        sound_store: Path, tmp_path: Path, where: str) -> None:
    count = sound_store.stat().st_size // PAGE
    pages = {"middle": [count // 2], "last": [count - 1],
             "middle and last": [count // 2, count // 2 + 1, count - 1]}[where]
    path = damaged_copy(sound_store, tmp_path / "damaged.db", pages)
    store = ["--store", str(path)]
    lines = set()
    for argv in (["list", "cases", "--json"], ["list", "people"], ["show", "cases", "x"],
                 ["export-json", "--out", str(tmp_path / "out.json")],
                 ["demo", "--cases", "1"]):
        done = cli(*argv, *store)
        assert done.returncode == 3, (argv, done.returncode, done.stderr)
        assert done.stdout == "", argv  # nothing partial printed
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
        lines.add(done.stderr)
    assert lines == {f"monitor-app: {dbengine.DAMAGED}\n"}  # the same line for every command
    assert not (tmp_path / "out.json").exists()

    check = cli("check", *store)
    assert check.returncode == 3 and check.stderr.count("\n") == 1, check.stderr
    expected = {"middle": f"{count // 2 + 1}", "last": f"{count}",
                "middle and last": f"{count // 2 + 1}-{count // 2 + 2}, {count}"}[where]
    assert f"(pages {expected} fail their check)" in check.stderr


def test_a_sound_store_lists_and_checks(sound_store: Path) -> None:
    listed = cli("list", "cases", "--json", "--store", str(sound_store))
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) >= 20, listed.stderr
    assert cli("check", "--store", str(sound_store)).returncode == 0


def test_page_ranges_read_as_a_person_would() -> None:
    assert dbengine.page_ranges([9, 3, 4, 5]) == "3-5, 9"
    assert dbengine.page_ranges([7]) == "7"
    assert dbengine.page_ranges([0, 2]) == "2, unknown"
