"""Hostile input: whatever the bytes of a file, import-json never crashes and never writes;
it ends with exit 4 and one line (or, for a mutation that is still a valid file, exit 0)."""

from __future__ import annotations

import copy
import functools
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app import cli
from monitor_app.interchange import dumps, export_document, jsonfile
from monitor_app.store import Store, create_store, open_store
from tests.builders import build_everything
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.fuzzing import fuzz_settings

FUZZ = fuzz_settings(60)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def snapshot(path: Path) -> str:
    with open_store(path, PASSPHRASE) as s:
        return dumps(export_document(s, with_history=True, with_files=True))


class Target:
    """A store with one record of every kind, a valid export of it, and a way back."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine.db"
        store: Store = create_store(self.pristine, PASSPHRASE, kdf=CHEAP_KDF)
        build_everything(store)
        self.doc = export_document(store, with_history=True, with_files=True)
        store.close()
        self.path = folder / "store.db"
        shutil.copyfile(self.pristine, self.path)
        self.before = snapshot(self.path)
        self.file = folder / "in.json"

    def attempt(self, data: bytes, *, check: bool = False) -> None:
        """Import ``data``; a refusal must be exit 4 and one line (and, with ``check``,
        leave the store's full export as it was)."""
        self.file.write_bytes(data)
        code, _, err = run("import-json", str(self.file), "--store", str(self.path),
                           "--passphrase-stdin")
        if code == 0:  # the mutation left a valid file: it was imported; start afresh
            shutil.copyfile(self.pristine, self.path)
            for extra in ("-wal", "-shm"):
                Path(f"{self.path}{extra}").unlink(missing_ok=True)
            return
        assert code == 4, err
        assert err.startswith("monitor-app: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        if check:
            assert self.unchanged()

    def unchanged(self) -> bool:
        return snapshot(self.path) == self.before


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    yield Target(tmp_path)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes(target: Target, data: bytes) -> None:
    target.attempt(data)


@FUZZ
@given(data=st.data())
def test_truncated_and_flipped_exports(target: Target, data: st.DataObject) -> None:
    raw = bytearray(dumps(target.doc).encode())
    op = data.draw(st.sampled_from(["truncate", "flip", "delete", "insert"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if op == "truncate":
        raw = raw[:at]
    elif op == "flip":
        raw[at] ^= 1 << data.draw(st.integers(0, 7))
    elif op == "delete":
        del raw[at:at + data.draw(st.integers(1, 64))]
    else:
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    target.attempt(bytes(raw))


def _paths(node: Any, where: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield where
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*where, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*where, i))


HOSTILE = st.one_of(
    st.none(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.sampled_from([10 ** 30, -(10 ** 30), 2 ** 63, -(2 ** 63) - 1, 0, -1]),
    st.text(max_size=40),
    st.sampled_from(["\ud800", "\x00", "x" * 1_000_001, "2025-13-45", "../../etc/passwd",
                     "people.xx", "case_status.open"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@FUZZ
@given(data=st.data())
def test_mutated_documents(target: Target, data: st.DataObject) -> None:
    doc = copy.deepcopy(target.doc)
    paths = [p for p in _paths(doc) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = doc
        try:
            for p in path[:-1]:
                parent = parent[p]
            op = data.draw(st.sampled_from(["drop", "replace", "retype"]))
            if op == "drop":
                del parent[path[-1]]
            elif op == "replace":
                parent[path[-1]] = data.draw(HOSTILE)
            else:
                old = parent[path[-1]]
                parent[path[-1]] = [old] if not isinstance(old, list) else {"x": old}
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    target.attempt(json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                   check=True)


def test_no_fuzzed_file_changed_the_store(target: Target) -> None:
    # each property above keeps to its own store; here, a sample of refused files one
    # after another on one store, then a full export before and after
    raw = dumps(target.doc).encode()
    bad = [raw[: len(raw) // 2], raw.replace(b'"format"', b'"formt"', 1),
           raw.replace(b"KZ-2025-0001", b"\xff\xfe", 1)]
    doc = copy.deepcopy(target.doc)
    doc["records"]["cases"][0]["title"] = 7  # a wrong type deep in a valid file
    bad.append(json.dumps(doc).encode())
    doc = copy.deepcopy(target.doc)
    doc["records"]["people"].append({"id": doc["records"]["people"][0]["id"]})  # repeated id
    bad.append(json.dumps(doc).encode())
    for data in bad:
        target.attempt(data)
    assert target.unchanged()


def test_a_refused_record_late_in_the_file_writes_nothing(target: Target) -> None:
    doc = copy.deepcopy(target.doc)
    new = copy.deepcopy(doc["records"]["people"][0])
    new["id"] = "00000000-0000-4000-8000-000000000001"
    doc["records"]["people"].append(new)  # valid by the schema, refused by the store
    doc["records"]["cases"][0]["primary_victim_id"] = "00000000-0000-4000-8000-00000000dead"
    target.attempt(json.dumps(doc).encode())
    assert target.unchanged()


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    '{"format": "monitor-interchange", "version": 1, "records": {}, "history": ['
    + '{"changes": ' * 5_000 + "1" + "}" * 5_000 + "]}",
    '{"format": "monitor-interchange", "version": 1, "records": {"people": [{"id": 1e999}]}}',
    '{"format": "monitor-interchange", "version": 1, "records": {"people": [{"id": NaN}]}}',
    '{"format": "monitor-interchange", "version": 1, "records": {"facilities": [{"capacity": '
    + "9" * 5000 + "}]}}",
])
def test_deep_nesting_and_absurd_numbers(target: Target, text: str) -> None:
    target.attempt(text.encode())


@pytest.mark.parametrize(("kind", "name", "value"), [
    ("facilities", "capacity", 2 ** 63),          # does not fit SQLite's integer
    ("facilities", "capacity", -(2 ** 63) - 1),
    ("people", "name", "\ud800"),                # a lone surrogate: not storable text
    ("evidence", "original_metadata", functools.reduce(lambda v, _: [v], range(80), 1)),
])
def test_values_a_store_cannot_hold(target: Target, kind: str, name: str, value: Any) -> None:
    doc = copy.deepcopy(target.doc)
    doc["records"][kind][0][name] = value
    target.attempt(json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                   check=True)
    code, _, err = run("import-json", str(target.file), "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4, err


def test_too_many_records_and_too_long_text(target: Target,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    doc = copy.deepcopy(target.doc)
    doc["records"]["people"][0]["notes"] = "x" * 1_000_001
    target.attempt(json.dumps(doc).encode())
    code, _, err = run("import-json", str(target.file), "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4 and "longer than 1000000 characters" in err
    monkeypatch.setattr(jsonfile, "MAX_RECORDS_PER_KIND", 10)
    doc = copy.deepcopy(target.doc)
    doc["records"]["people"] = [{"id": f"p{i}"} for i in range(11)]
    target.attempt(json.dumps(doc).encode())
    code, _, err = run("import-json", str(target.file), "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4 and "more than 10 items" in err
    assert target.unchanged()


def test_oversized_files_and_fifos_are_refused_unread(target: Target,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "MAX_FILE_BYTES", 1000)
    target.attempt(b" " * 1001)
    code, _, err = run("import-json", str(target.file), "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4 and "larger than 1000 bytes" in err
    fifo = target.folder / "fifo.json"
    os.mkfifo(fifo)  # would hang forever if opened blocking and read
    code, _, err = run("import-json", str(fifo), "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4 and "not a regular file" in err and err.count("\n") == 1
    code, _, err = run("import-json", "/dev/zero", "--store", str(target.path),
                       "--passphrase-stdin")
    assert code == 4 and "not a regular file" in err
