"""Merging a large exchange file takes constant memory (issue 11: under 300 MB for 1 GB),
and so do exporting it and reading evidence back.

Small sizes, so that it runs with the suite; ``benchmarks/bench_exchange_memory.py`` does
the same at 1 GB (docs/performance.md, "Merging a 1 GB exchange file")."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest

from benchmarks import bench_exchange_memory as bench
from monitor_app import records
from monitor_app.exchange import merge
from monitor_app.store import open_store

MIB = 1024 * 1024


@pytest.mark.slow
def test_merging_64_mib_of_evidence_needs_no_more_memory_than_1_mib(tmp_path: Path) -> None:
    stores = bench.pair(tmp_path)
    bench.fill(stores, [MIB])
    bench.export(stores["sender"], tmp_path / "small.monitor")
    small = bench.merge_in_child(stores["coordinator"], tmp_path / "small.monitor")
    assert small["evidence"] == 1

    big_evidence = bench.fill(stores, [64 * MIB])
    bench.export(stores["sender"], tmp_path / "big.monitor")  # only what is new
    big = bench.merge_in_child(stores["coordinator"], tmp_path / "big.monitor")
    assert big["evidence"] == 1

    # each figure is the fresh merging process's peak resident memory: 64 MiB held
    # anywhere (a buffered file, chunks kept by the session) would show here
    growth = big["merge_peak"] - small["merge_peak"]
    assert growth < 50 * MIB, f"the merge's peak grew by {growth / MIB:.0f} MiB"
    assert big["merge_peak"] < bench.LIMIT_MB * 1_000_000
    (ident, digest), = big_evidence.items()
    assert bench.stored_sha256(stores["coordinator"], ident) == digest


def test_exporting_and_reading_back_a_large_evidence_file_hold_one_chunk(tmp_path: Path
                                                                        ) -> None:
    stores = bench.pair(tmp_path)
    (ident, digest), = bench.fill(stores, [24 * MIB]).items()
    s = open_store(stores["sender"], bench.PASSPHRASE)
    try:
        tracemalloc.start()
        try:
            merge.export_file(s, "C", tmp_path / "out.monitor")
            _, export_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            read = hashlib.sha256()
            with s.read() as session:
                for block in records.evidence_chunks(session, ident):
                    read.update(block)
            _, read_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        s.close()
    assert read.hexdigest() == digest
    # 1 MiB chunks: a few at most, never the 24 MiB file (an ORM result fetched whole)
    assert export_peak < 8 * MIB and read_peak < 8 * MIB, (export_peak, read_peak)
