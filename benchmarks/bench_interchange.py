"""How long the JSON interchange takes on a demo store, and how big its files are.

Fills a temporary store with N demo cases (200 by default), exports it (plain, with history,
with files), reads and validates the plain file, imports it into an empty store, imports it
again (nothing changes) and checks the second export is byte-identical.
Run: ``python benchmarks/bench_interchange.py [--cases N]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db import crypto  # noqa: E402
from monitor_app import demo  # noqa: E402
from monitor_app.interchange import jsonfile  # noqa: E402
from monitor_app.store import create_store  # noqa: E402

CHEAP = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def timed(label: str, fn, *args, **kw):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kw)
    print(f"{label:<28} {time.perf_counter() - start:6.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = create_store(d / "a.db", "bench", kdf=CHEAP)
        timed(f"demo ({args.cases} cases)", demo.generate, src, cases=args.cases, seed=3)
        for name, opts in (("export", {}), ("export --with-history", {"with_history": True}),
                           ("export --with-files", {"with_files": True})):
            out = d / f"{name.replace(' ', '')}.json"
            s = timed(name, jsonfile.export_file, src, out, **opts)
            print(f"{'':<28} {s.total} records, {s.history} history rows, {s.files} files, "
                  f"{out.stat().st_size / 1e6:.1f} MB")
        plain = d / "export.json"
        doc = timed("read + validate", jsonfile.read_document, plain)
        dst = create_store(d / "b.db", "bench", kdf=CHEAP)
        timed("import into an empty store", jsonfile.import_document, dst, doc, validated=True)
        again = timed("import again", jsonfile.import_document, dst, doc, validated=True)
        assert not again.changed
        jsonfile.export_file(dst, d / "b.json")
        same = (d / "b.json").read_bytes() == plain.read_bytes()
        print(f"export -> import -> export byte-identical: {same}")
        src.close()
        dst.close()


if __name__ == "__main__":
    main()
