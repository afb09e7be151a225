"""How much memory merging a large exchange file takes, and how long exporting and merging it do.

Builds a sender store holding ``--mb`` MiB of evidence (``--files`` files of random bytes,
written to disk in 1 MiB pieces and added through ``Writer.add_evidence``), exports it to
the coordinator's contact (``merge.export_file``), then merges it in a FRESH child process
(``merge.merge_file``) that reports its own resident memory (``/proc/self/status``): the
peak while unlocking the store, and the peak during the merge alone (the peak is reset
with ``/proc/self/clear_refs`` just before). Finally reads one merged file back through
``records.evidence_chunks`` and compares its SHA-256 with what was written.

The stores use the test suite's cheap key derivation (``MONITOR_TEST_ONLY_WEAK_KDF``): a
real unlock's Argon2id takes 256 MiB for under a second *before* the merge, and gives it
back; it is not the merge's memory. Needs about 4 × ``--mb`` of free disk in ``--dir``.
Run: ``python benchmarks/bench_exchange_memory.py [--mb 1024] [--files 8] [--dir /tmp]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["MONITOR_TEST_ONLY_WEAK_KDF"] = "1"  # see the docstring; inherited by the child

from db import crypto  # noqa: E402
from monitor_app import records  # noqa: E402
from monitor_app.exchange import keys, merge  # noqa: E402
from monitor_app.store import create_store, open_store  # noqa: E402

CHEAP = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "bench exchange memory"
MIB = 1024 * 1024
LIMIT_MB = 300


def _status(field: str) -> int:
    """A ``/proc/self/status`` figure (VmRSS, VmHWM) in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def _reset_peak() -> bool:
    """Start this process's VmHWM again from its present size (Linux); False if refused."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _random_file(path: Path, size: int) -> str:
    """``size`` random bytes written in 1 MiB pieces (never whole in memory); its SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        left = size
        while left:
            piece = os.urandom(min(MIB, left))
            digest.update(piece)
            fh.write(piece)
            left -= len(piece)
    return digest.hexdigest()


def pair(d: Path) -> dict[str, Any]:
    """A sender store S and a coordinator store C in ``d``, each with an identity and the
    other as a verified contact, and a case in S for evidence to belong to."""
    stores = {n: create_store(d / f"{n}.db", PASSPHRASE, kdf=CHEAP) for n in "SC"}
    pubs = {}
    for n, s in stores.items():
        with s.write() as w:
            pubs[n] = keys.export_identity(keys.create_identity(w, f"Store {n}"))
    for n, s in stores.items():
        with s.write() as w:
            other = "C" if n == "S" else "S"
            keys.set_verified(w, keys.add_contact(w, pubs[other], other).id)
    with stores["S"].write() as w:
        case = w.create("cases", reference="KZ-2026-0001", title="Large evidence",
                        status="case_status.open", opened_on="2026-01-10")
    for s in stores.values():
        s.close()
    return {"sender": d / "S.db", "coordinator": d / "C.db", "case": case, "dir": d}


def fill(stores: dict[str, Any], sizes: list[int]) -> dict[str, str]:
    """Add one evidence file of random bytes per size to the sender, each from a file on
    disk (removed after); their ids and SHA-256."""
    sender = open_store(stores["sender"], PASSPHRASE)
    evidence: dict[str, str] = {}
    try:
        for size in sizes:
            raw = stores["dir"] / "piece.bin"
            digest = _random_file(raw, size)
            with sender.write() as w:
                ident = w.add_evidence(raw, file_name=f"clip{len(evidence)}.mp4",
                                       strip_metadata=False, case_id=stores["case"],
                                       kind="evidence_kind.answer_scan")
            raw.unlink()
            evidence[ident] = digest
    finally:
        sender.close()
    return evidence


def export(sender: Path, out: Path) -> merge.ExportReport:
    s = open_store(sender, PASSPHRASE)
    try:
        return merge.export_file(s, "C", out)
    finally:
        s.close()


def _child(store_path: str, file: str) -> None:
    """In the fresh process: unlock, reset the peak, merge, print the figures as JSON."""
    start = _status("VmRSS")
    s = open_store(Path(store_path), PASSPHRASE)
    opened_peak, opened = _status("VmHWM"), _status("VmRSS")
    reset = _reset_peak()  # the peak starts again from here
    began = time.perf_counter()
    report = merge.merge_file(s, Path(file))
    seconds = time.perf_counter() - began
    peak = _status("VmHWM")
    s.close()
    print(json.dumps({"start_rss": start, "opened_peak": opened_peak, "opened_rss": opened,
                      "merge_peak": peak, "peak_was_reset": reset, "seconds": seconds,
                      "evidence": report.evidence, "changes": report.changes}))


def merge_in_child(store: Path, file: Path) -> dict[str, Any]:
    """Merge ``file`` into ``store`` in a new Python process; its memory figures."""
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                           str(store), str(file)], capture_output=True, text=True,
                          check=False, cwd=str(ROOT))
    if done.returncode:
        raise RuntimeError(f"the merging process failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def stored_sha256(store: Path, evidence_id: str) -> str:
    """The SHA-256 of an evidence file read back from ``store`` chunk by chunk."""
    s = open_store(store, PASSPHRASE)
    try:
        digest = hashlib.sha256()
        with s.read() as session:
            for block in records.evidence_chunks(session, evidence_id):
                digest.update(block)
        return digest.hexdigest()
    finally:
        s.close()


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=1024, help="MiB of evidence (1024)")
    parser.add_argument("--files", type=int, default=8, help="evidence files (8)")
    parser.add_argument("--dir", default=None, help="where the stores go (a temp dir)")
    args = parser.parse_args()
    mb = 1 / MIB
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        d = Path(tmp)
        began = time.perf_counter()
        built = pair(d)
        total = args.mb * MIB
        evidence = fill(built, [total // args.files + (i < total % args.files)
                                for i in range(args.files)])
        print(f"{'sender store filled':<26} {time.perf_counter() - began:7.1f} s  "
              f"{args.files} files, {args.mb} MiB, "
              f"store {built['sender'].stat().st_size * mb:,.0f} MiB, "
              f"peak RSS {_status('VmHWM') * mb:.0f} MiB")
        out = d / "to-C.monitor"
        _reset_peak()
        began = time.perf_counter()
        sent = export(built["sender"], out)
        print(f"{'export':<26} {time.perf_counter() - began:7.1f} s  "
              f"{sent.changes} changes, {sent.evidence} files, "
              f"file {out.stat().st_size * mb:,.0f} MiB, peak RSS {_status('VmHWM') * mb:.0f} MiB")
        began = time.perf_counter()
        fig = merge_in_child(built["coordinator"], out)
        print(f"{'merge (child process)':<26} {fig['seconds']:7.1f} s  "
              f"{fig['changes']} changes, {fig['evidence']} files "
              f"(process {time.perf_counter() - began:.1f} s)")
        print(f"{'child RSS at start':<26} {fig['start_rss'] * mb:7.0f} MiB")
        print(f"{'  after unlocking':<26} {fig['opened_rss'] * mb:7.0f} MiB "
              f"(peak {fig['opened_peak'] * mb:.0f} MiB)")
        print(f"{'  peak during the merge':<26} {fig['merge_peak'] * mb:7.0f} MiB "
              f"(+{(fig['merge_peak'] - fig['opened_rss']) * mb:.0f} MiB; "
              f"peak reset: {fig['peak_was_reset']})")
        _reset_peak()
        same = all(stored_sha256(built["coordinator"], i) == h for i, h in evidence.items())
        print(f"merged evidence bytes read back identical (all {len(evidence)}): {same}")
        print(f"{'  reading them back':<26} peak RSS {_status('VmHWM') * mb:.0f} MiB")
        peak = max(fig["merge_peak"], fig["opened_peak"]) / 1e6
        ok = peak < LIMIT_MB
        print(f"peak RSS {peak:.0f} MB < {LIMIT_MB} MB: {ok}")
        if not (ok and same and fig["evidence"] == args.files):
            sys.exit(1)


if __name__ == "__main__":
    main()
