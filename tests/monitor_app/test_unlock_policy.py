"""Wipe after N failed unlocks and the duress passphrase (monitor_app/unlock_policy.py).

Real stores, real processes for the command line's exit codes; the GUI's unlock dialog
is in tests/ui/test_unlock_policy_dialog.py.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import crypto
from db import engine as dbengine
from monitor_app import unlock_policy
from monitor_app.store import Store, StoreBusy, StoreDamaged, WrongPassphrase, create_store
from tests.builders import build_everything
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script

__all__ = ["console_script"]  # a fixture, used by name

ROOT = Path(__file__).resolve().parents[2]
DURESS = "purple elephant dances 42"
WRONG = "not the passphrase 1"
WRONG_LINE = ("monitor-app: Cannot unlock the store: wrong passphrase, or the file is damaged "
              "or not a Monitor store.\n")


@pytest.fixture
def real(store: Store, store_path: Path) -> Path:
    """A closed store with records of every kind and an organisation name."""
    build_everything(store)
    store.set_option("organisation", "Helsinki Group (fictional)")
    store.close()
    return store_path


def cases(path: Path, passphrase: str) -> int:
    with unlock_policy.open_store(path, passphrase) as s:
        from monitor_app.queries import inspect_records

        return len(inspect_records.list_records(s, "cases"))


def fail(path: Path, passphrase: str = WRONG) -> None:
    with pytest.raises(WrongPassphrase):
        unlock_policy.open_store(path, passphrase)


def wipe_after(path: Path, n: int) -> None:
    with unlock_policy.open_store(path, PASSPHRASE) as s:
        unlock_policy.set_wipe_after(s, n)


def add_duress(path: Path, decoy: Path | None = None) -> Path:
    with unlock_policy.open_store(path, PASSPHRASE) as s:
        return unlock_policy.create_decoy(s, DURESS, decoy)


def leftovers(path: Path) -> list[Path]:
    """Files of the store that a wipe must take: a migration copy and a rekey's leftover."""
    made = [path.with_name(path.name + ".pre-0002.bak"),
            path.with_name(path.name + dbengine.REKEY_SUFFIX)]
    for file in made:
        file.write_bytes(path.read_bytes()[:8192])
    return made


# -- wipe ----------------------------------------------------------------------------


def test_off_by_default_many_failures_change_nothing(real: Path) -> None:
    before = real.read_bytes()
    for _ in range(12):
        fail(real)
    assert real.read_bytes() == before
    assert not unlock_policy.policy_file(real).exists()
    assert not unlock_policy.policy_file(real).parent.exists()  # nothing written at all
    assert cases(real, PASSPHRASE) == 1


def test_the_nth_failure_destroys_every_file_of_the_store(real: Path,
                                                         console_script: Path) -> None:
    done = script(console_script, "policy", "--store", str(real), "--passphrase-stdin",
                  "--wipe-after", "3", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert "destroyed after 3 consecutive failed unlocks" in done.stdout
    made = leftovers(real)
    salt = real.read_bytes()[:16]
    errors = []
    for _ in range(3):
        done = script(console_script, "list", "cases", "--store", str(real),
                      "--passphrase-stdin", stdin=WRONG + "\n")
        assert done.returncode == 3 and one_line_error(done), done.stderr
        errors.append(done.stderr)
    # the third failure says what the others said (no tell), and the store is gone
    assert errors == [WRONG_LINE] * 3
    for file in (real, *made, Path(str(real) + "-wal"), dbengine.lock_path(real)):
        assert not file.exists(), file
    # nothing opens it any more, the right passphrase included
    done = script(console_script, "list", "cases", "--store", str(real), "--passphrase-stdin",
                  stdin=PASSPHRASE + "\n")
    assert done.returncode == 3 and "No store at" in done.stderr
    assert not unlock_policy.policy_file(real).exists()
    assert salt  # read before: the salt that was overwritten first


def test_the_overwrite_leaves_no_salt_and_no_page_of_the_old_file(real: Path,
                                                                  tmp_path: Path) -> None:
    # A hard link keeps the inode reachable after the unlink: what was written over it
    # is what the disk got (an SSD may still keep the old blocks elsewhere).
    keep = tmp_path / "inode-kept"
    before = real.read_bytes()
    os.link(real, keep)
    wipe_after(real, 1)
    fail(real)
    after = keep.read_bytes()
    assert not real.exists() and len(after) == len(before)
    assert after[:16] != before[:16]
    pages = [before[i:i + 4096] for i in range(0, len(before), 4096)]
    assert not any(after[i * 4096:(i + 1) * 4096] == page for i, page in enumerate(pages))


def test_a_successful_unlock_resets_the_count(real: Path) -> None:
    wipe_after(real, 3)
    fail(real)
    fail(real)
    assert unlock_policy.load(real).failures == 2
    assert cases(real, PASSPHRASE) == 1
    assert unlock_policy.load(real).failures == 0
    fail(real)
    fail(real)
    assert real.exists() and cases(real, PASSPHRASE) == 1


def test_a_damaged_file_does_not_count(real: Path) -> None:
    wipe_after(real, 1)
    data = bytearray(real.read_bytes())
    data[100] ^= 0xFF  # inside the first page, after the salt: its HMAC fails
    real.write_bytes(bytes(data))
    # the right passphrase on a damaged first page: said to be damaged, and not counted
    with pytest.raises(StoreDamaged):
        unlock_policy.open_store(real, PASSPHRASE)
    assert real.exists() and unlock_policy.load(real).failures == 0
    # a truncated file is refused before any key is tried
    with real.open("ab") as fh:
        fh.write(b"x")
    with pytest.raises(StoreDamaged):
        unlock_policy.open_store(real, WRONG)
    assert real.exists() and unlock_policy.load(real).failures == 0


HOLDER = """
import sys, time
from monitor_app.store import open_store
store = open_store(sys.argv[1], sys.argv[2])
print("holding", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held(real: Path) -> Iterator[Path]:
    wipe_after(real, 1)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT),
                                                         os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(real), PASSPHRASE],
                          stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        yield real
        child.kill()


def test_a_busy_store_does_not_count(held: Path) -> None:
    for _ in range(3):
        with pytest.raises(StoreBusy):
            unlock_policy.open_store(held, WRONG)
    assert held.exists() and unlock_policy.load(held).failures == 0


def test_the_policy_file_is_private_and_holds_no_name(real: Path) -> None:
    wipe_after(real, 5)
    decoy = add_duress(real)
    fail(real)
    file = unlock_policy.policy_file(real)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data == {"wipe_after": 5, "failures": 1, "decoy": str(decoy.resolve()),
                    "wipe_on_duress": False}
    assert real.name not in file.name and str(real) not in file.read_text(encoding="utf-8")


# -- duress --------------------------------------------------------------------------


def test_duress_opens_the_decoy_and_the_real_passphrase_the_real_store(
        real: Path, console_script: Path) -> None:
    done = script(console_script, "policy", "--store", str(real), "--passphrase-stdin",
                  "--duress", stdin=f"{PASSPHRASE}\n{DURESS}\n")
    assert done.returncode == 0, done.stderr
    decoy = Path(unlock_policy.load(real).decoy or "")
    assert decoy.is_file() and decoy.parent != real.parent
    assert stat.S_IMODE(decoy.stat().st_mode) == 0o600
    # the decoy is a store of its own, with the real one's cost and organisation name
    assert dbengine.salt_of(decoy)[1] == dbengine.salt_of(real)[1] == CHEAP_KDF
    store_args = ["--store", str(real), "--passphrase-stdin", "--json"]
    shown = script(console_script, "list", "cases", *store_args, stdin=DURESS + "\n")
    assert (shown.returncode, json.loads(shown.stdout), shown.stderr) == (0, [], "")
    with unlock_policy.open_store(real, DURESS) as s:
        assert s.path == decoy and s.option("organisation") == "Helsinki Group (fictional)"
    shown = script(console_script, "list", "cases", *store_args, stdin=PASSPHRASE + "\n")
    assert shown.returncode == 0 and len(json.loads(shown.stdout)) == 1
    # the duress passphrase is not counted as a failure; neither store was changed
    assert unlock_policy.load(real).failures == 0


def test_both_keys_are_derived_whichever_passphrase_is_typed(
        real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_duress(real)
    derived: list[bytes] = []
    real_derive = crypto.derive_key

    def counting(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        derived.append(salt)
        return real_derive(passphrase, salt, params)

    monkeypatch.setattr(crypto, "derive_key", counting)
    for passphrase in (PASSPHRASE, DURESS, WRONG):
        derived.clear()
        unlock_policy.open_store(real, passphrase).close() if passphrase != WRONG else fail(real)
        assert len(derived) == 2 and len(set(derived)) == 2, passphrase


def test_the_duress_passphrase_must_differ_and_be_strong(real: Path,
                                                         console_script: Path) -> None:
    argv = ["policy", "--store", str(real), "--passphrase-stdin", "--duress"]
    same = script(console_script, *argv, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    weak = script(console_script, *argv, stdin=f"{PASSPHRASE}\nabc\n")
    for done in (same, weak):
        assert done.returncode == 2 and one_line_error(done), done.stderr
    assert unlock_policy.load(real).decoy is None


def test_removing_the_duress_passphrase_destroys_the_decoy(real: Path) -> None:
    decoy = add_duress(real)
    with unlock_policy.open_store(real, PASSPHRASE) as s:
        unlock_policy.remove_decoy(s)
    assert not decoy.exists() and not unlock_policy.policy_file(real).exists()
    fail(real, DURESS)


def test_the_duress_passphrase_shows_the_decoys_policy_none(real: Path,
                                                            console_script: Path) -> None:
    wipe_after(real, 4)
    add_duress(real)
    done = script(console_script, "policy", "--store", str(real), "--passphrase-stdin",
                  stdin=DURESS + "\n")
    assert done.returncode == 0
    assert done.stdout == "Unlock policy: never wiped; no duress passphrase.\n"
    assert unlock_policy.load(real).wipe_after == 4


def test_wipe_on_duress_destroys_the_real_store_and_the_decoy_takes_its_place(
        real: Path) -> None:
    decoy = add_duress(real)
    made = leftovers(real)
    with unlock_policy.open_store(real, PASSPHRASE) as s:
        unlock_policy.set_wipe_on_duress(s, True)
    with unlock_policy.open_store(real, DURESS) as s:
        assert s.path == real and s.option("organisation") == "Helsinki Group (fictional)"
    assert not decoy.exists() and not any(f.exists() for f in made)
    fail(real, PASSPHRASE)  # the real passphrase opens nothing now
    assert cases(real, DURESS) == 0


def test_wipe_after_n_also_destroys_the_decoy(real: Path, tmp_path: Path) -> None:
    decoy = add_duress(real, tmp_path / "elsewhere" / "notes.db")
    wipe_after(real, 2)
    fail(real)
    fail(real)
    assert not real.exists() and not decoy.exists()


def test_an_unknown_store_keeps_its_own_errors(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    create_store(other, PASSPHRASE, kdf=CHEAP_KDF).close()
    wipe_after(other, 1)
    with pytest.raises(dbengine.NotAStore):
        unlock_policy.open_store(tmp_path / "missing.db", WRONG)
    assert other.exists()


def test_a_store_made_with_another_unicode_form_still_opens_and_is_not_counted(
        real: Path) -> None:
    import unicodedata

    word = "Қайрат-café-ёлка 7"
    nfc, nfd = unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)
    wipe_after(real, 1)
    salt = crypto.make_salt(CHEAP_KDF)
    legacy = dbengine.StoreKey(salt=salt, key=crypto.derive_key(nfd, salt, CHEAP_KDF))
    dbengine.rekey_file(real, dbengine.derive_store_key(real, PASSPHRASE), legacy)
    # made before the NFC rule, with the NFD bytes: opens as typed (then re-keyed to NFC),
    # and is not a wrong passphrase that would wipe at once
    with unlock_policy.open_store(real, nfd) as s:
        assert s.path == real
    assert real.read_bytes()[:16] != salt
    assert real.exists() and unlock_policy.load(real).failures == 0
    assert cases(real, nfc) == 1
