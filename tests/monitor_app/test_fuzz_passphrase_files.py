"""Hostile input: whatever a passphrase file holds, a command never crashes and never writes.

`check`, `list` and `passwd` given ``--passphrase-file`` with random bytes, invalid UTF-8,
byte-order marks, odd line ends, huge or empty files end in one line on standard error
with the documented code: 2 for a file that cannot be used (too big, not UTF-8, not
enough lines, a weak new passphrase), 3 for a passphrase that does not open the store;
the store stays byte-for-byte as it was and nothing is created beside it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app import cli, passphrase
from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.fuzzing import fuzz_settings

FUZZ = fuzz_settings(80)

ODD = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\r\n", b"\n", b"\x00", b"\x85",
       b"\xe2\x80\xa8", b"\x1c", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b" ",
       PASSPHRASE.encode()]


class Target:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = folder / "store.db"
        with create_store(self.store, PASSPHRASE, kdf=CHEAP_KDF):
            pass
        self.before = self.store.read_bytes()
        self.file = folder / "pass.txt"
        self.names = sorted(p.name for p in folder.iterdir()) + ["pass.txt"]

    def attempt(self, data: bytes, command: str = "check") -> int:
        self.file.write_bytes(data)
        argv = [command] + (["cases"] if command == "list" else []) + [
            "--store", str(self.store), "--passphrase-file", str(self.file)]
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(argv, stdin=io.StringIO(""), stdout=out, stderr=err)
        text = err.getvalue()
        assert "Traceback" not in text, text
        if code != 0:
            assert code in (2, 3), (code, text)
            assert text.startswith("monitor-app: ") and text.count("\n") == 1, text
            assert self.store.read_bytes() == self.before
        assert sorted(p.name for p in self.folder.iterdir()) == sorted(set(self.names))
        return code


@pytest.fixture
def target(tmp_path: Path) -> Target:
    return Target(tmp_path)


@FUZZ
@given(data=st.binary(max_size=512), command=st.sampled_from(["check", "list", "passwd"]))
def test_random_bytes(target: Target, data: bytes, command: str) -> None:
    target.attempt(data, command)


@FUZZ
@given(parts=st.lists(st.one_of(st.sampled_from(ODD), st.binary(max_size=8),
                                st.text(max_size=12).map(str.encode)), max_size=12),
       command=st.sampled_from(["check", "passwd"]))
def test_boms_odd_line_ends_and_broken_utf8(target: Target, parts: list[bytes],
                                           command: str) -> None:
    data = b"".join(parts)
    code = target.attempt(data, command)
    if code == 0:  # only the right passphrase on the first line may open the store
        assert passphrase.split_lines(data.decode("utf-8"))[0] == PASSPHRASE
        target.store.write_bytes(target.before)  # (passwd: the second line took over)


@pytest.mark.parametrize("data", [
    b"", b"\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n", b"\r\n", b"\xff" * 10,
    (PASSPHRASE + "\u2028").encode(), PASSPHRASE.encode()[:-1] + b"\x85",
    b"\xef\xbb\xbf\xef\xbb\xbf" + PASSPHRASE.encode(),  # a second BOM is a character
    PASSPHRASE.encode() + b"\n" * (passphrase.MAX_SOURCE_BYTES + 1),  # over the limit
    b"x" * (passphrase.MAX_SOURCE_BYTES * 4),
])
def test_files_that_must_not_open_the_store(target: Target, data: bytes) -> None:
    assert target.attempt(data) in (2, 3)
    assert target.attempt(data, "passwd") in (2, 3)


@pytest.mark.parametrize("data", [
    PASSPHRASE.encode(), (PASSPHRASE + "\r\n").encode(), b"\xef\xbb\xbf" + PASSPHRASE.encode(),
    (PASSPHRASE + "\nsecond line \x00 \u2028 \xff\n").encode(),
])
def test_files_that_open_the_store(target: Target, data: bytes) -> None:
    assert target.attempt(data) == 0
