"""The passphrase rules (issue 8, item 5), through the console script where they are the CLI's.

Each odd passphrase the attack found: U+2028, \\x1c, \\x85 and \\r no longer cut a
passphrase short; "a" and a single space are refused for a new store; NFC and NFD of
one word are one store; a BOM in a passphrase file is dropped; /dev/zero, a FIFO and
a folder are refused at once with exit 2.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from db import crypto
from db import engine as dbengine
from monitor_app import passphrase
from monitor_app.store import create_store, open_store
from tests.conftest import CHEAP_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WORD = "Қайрат-café-ёлка"


@pytest.fixture(scope="module")
def console_script() -> Path:
    found = shutil.which("monitor-app", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"no monitor-app console script next to {sys.executable}")
    return Path(found)


def script(console_script: Path, *argv: str, stdin: bytes = b"",
           timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "error",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([str(console_script), *argv], input=stdin, capture_output=True,
                          env=env, timeout=timeout, cwd=ROOT)


def one_line_error(done: subprocess.CompletedProcess[bytes]) -> bool:
    err = done.stderr.decode()
    return err.count("\n") == 1 and err.startswith("monitor-app") and "Traceback" not in err


def made_with(path: Path, secret: str) -> Path:
    create_store(path, secret, kdf=CHEAP_KDF).close()
    return path


# -- the line rules ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lines"), [
    ("one\ntwo\n", ["one", "two"]),
    ("one\r\ntwo\r\n", ["one", "two"]),          # a Windows file: one \r per line dropped
    ("a\u2028b\n", ["a\u2028b"]),                # LINE SEPARATOR is part of the passphrase
    ("a\x1cb\x85c\n", ["a\x1cb\x85c"]),          # so are FS and NEL
    ("a\rb\n", ["a\rb"]),                        # and a lone \r inside a line
    ("\ufeffone\n", ["one"]),                    # a BOM at the start is not
    ("no newline", ["no newline"]),
    ("first\n\nthird\n", ["first", "", "third"]),
])
def test_lines_split_on_newline_only(text: str, lines: list[str]) -> None:
    assert passphrase.split_lines(text) == lines


@pytest.mark.parametrize("odd", ["alpha\u2028beta gamma", "alpha\x1cbeta gamma",
                                 "alpha\x85beta gamma", "alpha\rbeta gamma"])
def test_odd_characters_do_not_cut_a_passphrase_short(console_script: Path, tmp_path: Path,
                                                      odd: str) -> None:
    path = made_with(tmp_path / "s.db", odd)
    ok = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                stdin=odd.encode() + b"\n")
    assert ok.returncode == 0, ok.stderr
    cut = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                 stdin=b"alpha\n")
    assert cut.returncode == 3 and one_line_error(cut), cut.stderr


def test_crlf_line_and_bom_file_give_the_passphrase(console_script: Path,
                                                    tmp_path: Path) -> None:
    path = made_with(tmp_path / "s.db", PASSPHRASE)
    crlf = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                  stdin=PASSPHRASE.encode() + b"\r\n")
    assert crlf.returncode == 0, crlf.stderr
    bom = tmp_path / "pw.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    done = script(console_script, "check", "--store", str(path), "--passphrase-file", str(bom))
    assert done.returncode == 0, done.stderr
    bom_stdin = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                       stdin=b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\n")
    assert bom_stdin.returncode == 0, bom_stdin.stderr


@pytest.mark.parametrize(("given", "why"), [("a", "too short"), (" ", "empty or only spaces"),
                                            ("          ", "empty or only spaces"),
                                            ("aaaaaaaaaaaa", "too easy to guess"),
                                            ("password1234", "too easy to guess")])
def test_init_refuses_a_weak_passphrase_in_one_line(console_script: Path, tmp_path: Path,
                                                    given: str, why: str) -> None:
    path = tmp_path / "new.db"
    done = script(console_script, "init", "--store", str(path), "--passphrase-stdin",
                  stdin=given.encode() + b"\n")
    assert done.returncode == 2 and one_line_error(done), done.stderr
    assert why in done.stderr.decode()
    assert not path.exists()


def test_passwd_refuses_a_weak_new_passphrase(console_script: Path, tmp_path: Path) -> None:
    path = made_with(tmp_path / "s.db", PASSPHRASE)
    before = path.read_bytes()
    done = script(console_script, "passwd", "--store", str(path), "--passphrase-stdin",
                  stdin=f"{PASSPHRASE}\na\n".encode())
    assert done.returncode == 2 and one_line_error(done) and b"too short" in done.stderr
    assert path.read_bytes() == before


def test_existing_stores_still_open_with_a_short_passphrase(console_script: Path,
                                                            tmp_path: Path) -> None:
    path = made_with(tmp_path / "s.db", "a")
    done = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                  stdin=b"a\n")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder", "huge"])
def test_unusable_passphrase_files_are_refused_at_once(console_script: Path, tmp_path: Path,
                                                       source: str) -> None:
    path = made_with(tmp_path / "s.db", PASSPHRASE)
    target = Path(source)
    if source == "fifo":
        target = tmp_path / "pw.fifo"
        os.mkfifo(target)
    elif source == "folder":
        target = tmp_path
    elif source == "huge":
        target = tmp_path / "huge.txt"
        target.write_bytes(PASSPHRASE.encode() + b"\n" + b"x" * (passphrase.MAX_SOURCE_BYTES))
    done = script(console_script, "check", "--store", str(path), "--passphrase-file",
                  str(target), timeout=20)
    assert done.returncode == 2 and one_line_error(done), done.stderr
    assert b"passphrase" in done.stderr


def test_endless_standard_input_is_cut_at_the_limit(console_script: Path,
                                                    tmp_path: Path) -> None:
    path = made_with(tmp_path / "s.db", PASSPHRASE)
    with open("/dev/zero", "rb") as zero:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([str(console_script), "check", "--store", str(path),
                               "--passphrase-stdin"], stdin=zero, capture_output=True,
                              env=env, timeout=20, cwd=ROOT)
    assert done.returncode == 2 and one_line_error(done), done.stderr


# -- one passphrase, one store, whatever its Unicode form -------------------------------

def test_nfc_and_nfd_forms_open_the_same_store(console_script: Path, tmp_path: Path) -> None:
    nfc, nfd = unicodedata.normalize("NFC", WORD), unicodedata.normalize("NFD", WORD)
    assert nfc != nfd
    path = made_with(tmp_path / "s.db", nfd)  # created from the decomposed form
    for form in (nfc, nfd):
        done = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                      stdin=form.encode() + b"\n")
        assert done.returncode == 0, (form, done.stderr)


def test_a_store_made_with_the_nfd_form_before_the_rule_is_rekeyed(tmp_path: Path) -> None:
    """Before normalisation a store's key came from the form as typed; such a store opens
    with that form and is re-keyed to NFC, so afterwards every form opens it."""
    nfc, nfd = unicodedata.normalize("NFC", WORD), unicodedata.normalize("NFD", WORD)
    path = made_with(tmp_path / "s.db", nfc)
    salt = crypto.make_salt(CHEAP_KDF)
    legacy = dbengine.StoreKey(salt=salt, key=crypto.derive_key(nfd, salt, CHEAP_KDF))
    dbengine.rekey_file(path, dbengine.derive_store_key(path, nfc), legacy)
    with pytest.raises(dbengine.WrongPassphrase):
        open_store(path, nfc)  # what the old code made: only the NFD bytes open it
    assert path.read_bytes()[:16] == salt
    with open_store(path, nfd):
        pass
    assert path.read_bytes()[:16] != salt  # re-keyed
    with open_store(path, nfc):
        pass
    with pytest.raises(dbengine.WrongPassphrase):
        open_store(path, "Қайрат-cafe-ёлка")  # a different word is still wrong
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


# -- strength and generation --------------------------------------------------------------

def test_generated_passphrases_meet_the_rules() -> None:
    made = {passphrase.generate() for _ in range(20)}
    assert len(made) == 20
    for p in made:
        assert len(p.split(" ")) == 6 and passphrase.problem(p) is None


def test_strength_is_measured_with_a_reason() -> None:
    assert passphrase.problem(PASSPHRASE) is None
    why = passphrase.problem("qwertyuiop")
    assert why is not None and why.startswith("The passphrase is too easy to guess")
    with pytest.raises(passphrase.WeakPassphrase):
        passphrase.check_new("short")
    assert passphrase.check_new(unicodedata.normalize("NFD", WORD)) == WORD


def test_a_store_below_todays_floor_opens_with_a_one_line_warning(console_script: Path,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    create_store(path, PASSPHRASE, kdf=crypto.KdfParams(2, 64 * 1024, 1)).close()
    done = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                  stdin=PASSPHRASE.encode() + b"\n")
    assert done.returncode == 0
    assert done.stderr.decode().count("\n") == 1
    assert b"below today's floor" in done.stderr and b"passwd" in done.stderr
    # re-keyed by passwd, it is at the floor and the warning is gone
    new = "a much better passphrase 7"
    assert script(console_script, "passwd", "--store", str(path), "--passphrase-stdin",
                  stdin=f"{PASSPHRASE}\n{new}\n".encode()).returncode == 0
    assert not dbengine.salt_of(path)[1].below_floor()
    again = script(console_script, "check", "--store", str(path), "--passphrase-stdin",
                   stdin=new.encode() + b"\n")
    assert again.returncode == 0 and again.stderr == b""
