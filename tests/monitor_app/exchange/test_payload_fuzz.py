"""A sender's file can be signed and still hold anything: random, cut and mutated payloads
are refused in one sentence (MergeRefused) or merged whole, never crash the merge, and a
refused one writes nothing (monitor_app.exchange.payload, monitor_app.exchange.merge)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import HistoryEntry
from monitor_app.exchange.merge import MergeRefused, apply_payload
from monitor_app.exchange.payload import Selection, encode
from monitor_app.store import Store
from tests.builders import build_everything
from tests.fuzzing import fuzz_settings
from tests.monitor_app.exchange.test_merge import new_store


@pytest.fixture
def pair(tmp_path: Path, fresh_store_file: Path) -> tuple[bytes, Store]:
    m = new_store(fresh_store_file, tmp_path / "m.db")
    build_everything(m)
    with m.read() as s:
        data = b"".join(encode(s, Selection("all")))
    m.close()
    c = new_store(fresh_store_file, tmp_path / "c.db")
    yield data, c
    c.close()


def _rows(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(HistoryEntry))


def _try(store: Store, data: bytes) -> None:
    before = _rows(store)
    try:
        with store.write(source="fuzz") as w:
            apply_payload(w, [data], source="fuzz")
    except MergeRefused as exc:
        assert str(exc) and "\n" not in str(exc)
        assert _rows(store) == before  # nothing of a refused payload is kept


@fuzz_settings(40)
@given(data=st.binary(max_size=3000))
def test_random_payloads_are_refused(pair: tuple[bytes, Store], data: bytes) -> None:
    _try(pair[1], data)


@fuzz_settings(60)
@given(seed=st.integers(0, 2 ** 32), cut=st.floats(0, 1), flips=st.integers(0, 6),
       shuffle=st.booleans())
def test_cut_and_mutated_payloads_never_crash(pair: tuple[bytes, Store], seed: int,
                                              cut: float, flips: int, shuffle: bool) -> None:
    good, store = pair
    rnd = random.Random(seed)
    data = bytearray(good[: max(1, int(len(good) * cut))] if cut < 0.98 else good)
    for _ in range(flips):
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    if shuffle:  # lines out of order, one dropped: records before what they link to
        lines = bytes(data).split(b"\n")
        head, body = lines[:1], lines[1:]
        rnd.shuffle(body)
        data = bytearray(b"\n".join(head + body[1:]))
    _try(store, bytes(data))
