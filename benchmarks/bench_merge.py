"""How long the first merge of an exchange file takes (``apply_payload``) on a demo store.

Fills a temporary store with N demo cases (80 by default, seed 7), encodes its whole
history (``Selection("all")``, what ``export --all`` carries), applies that payload to an
empty store in one transaction (the first merge), then applies it again (nothing new).
The figures include the transaction's close (its commit and search refresh).
``--repeat N`` merges the same payload into N empty stores (figures on a shared machine
are taken twice); ``--profile FILE`` writes a cProfile of the (last) first merge.
Run: ``MONITOR_TEST_ONLY_WEAK_KDF=1 python benchmarks/bench_merge.py [--cases N]
[--repeat N] [--profile FILE]``.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db import crypto  # noqa: E402
from monitor_app import demo  # noqa: E402
from monitor_app.exchange.merge import apply_payload  # noqa: E402
from monitor_app.exchange.payload import Selection, encode  # noqa: E402
from monitor_app.store import create_store  # noqa: E402

# run with MONITOR_TEST_ONLY_WEAK_KDF=1 (the test hook, db/crypto.py) for these cheap
# parameters: the key derivation is not what is measured
CHEAP = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def timed(label: str, fn, *args, **kw):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kw)
    print(f"{label:<28} {time.perf_counter() - start:6.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = create_store(d / "a.db", "bench", kdf=CHEAP)
        timed(f"demo ({args.cases} cases)", demo.generate, src, cases=args.cases, seed=7)
        with src.read() as s:
            sel = Selection("all")
            data = timed("encode (all history)", lambda: b"".join(encode(s, sel)))
        print(f"{'':<28} {sel.changes} changes, {sel.evidence} evidence files, "
              f"{len(data) / 1e6:.1f} MB")
        for n in range(args.repeat):
            dst = create_store(d / f"b{n}.db", "bench", kdf=CHEAP)

            def merge() -> object:
                with dst.write(source="bench merge") as w:  # noqa: B023
                    start = time.perf_counter()
                    out = apply_payload(w, [data], source="bench")
                    print(f"{'  of which apply_payload':<28} "
                          f"{time.perf_counter() - start:6.2f} s")
                    return out

            prof = cProfile.Profile() if args.profile else None
            if prof:
                prof.enable()
            report = timed("first merge (+ commit)", merge)
            if prof:
                prof.disable()
                prof.dump_stats(str(args.profile))
            print(f"{'':<28} {report.added} added, {report.changes} changes, "  # type: ignore[attr-defined]
                  f"{report.evidence} evidence, {report.duplicates} duplicates")  # type: ignore[attr-defined]
            again = timed("merge again (nothing new)", merge)
            assert again.changes == 0 and again.added == 0  # type: ignore[attr-defined]
            dst.close()
        src.close()


if __name__ == "__main__":
    main()
