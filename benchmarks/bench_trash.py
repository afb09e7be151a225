"""How long Edit > Deleted records takes at national scale: every kind's deleted rows are
read together (``monitor_app.queries.trash``), newest deletion first.

Builds a store of ``--records`` records (100,000 by default: 40 % cases, 30 % people, 30 %
complaints, cloned by SQL from one of each written through the Writer), one in a hundred
deleted at a different minute, then times, best / median of 3, COUNT, the first page
(keys + labels, what the dialog shows first), a page further on and one whole fetch as
the dialog does it (COUNT + first page). Run: ``python benchmarks/bench_trash.py
[--records N]``; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from benchmarks.bench_visit_list import timed  # noqa: E402
from monitor_app.queries import trash  # noqa: E402
from monitor_app.store import create_store  # noqa: E402
from monitor_app.vocabulary import Vocab  # noqa: E402

SHARES = {"cases": 0.4, "people": 0.3, "complaints": 0.3}
UNIQUE = {"cases": ("reference",), "people": ("code",)}


def _clone(conn: Any, table: str, n: int) -> None:
    columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
    exprs = []
    for c in columns:
        if c == "id":
            exprs.append("lower(hex(randomblob(16)))")
        elif c in UNIQUE.get(table, ()):
            exprs.append(f"{c} || '-' || k")
        elif c == "deleted":
            exprs.append("k % 100 = 0")
        elif c == "deleted_at":
            exprs.append("CASE WHEN k % 100 = 0 THEN datetime('2026-01-01', '+' || k || "
                         "' minutes') END")
        else:
            exprs.append(c)
    conn.exec_driver_sql(
        f"WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < {n}) "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(exprs)} "
        f"FROM seq, (SELECT * FROM {table} LIMIT 1)")


def fill(store: Any, n: int) -> None:
    with store.write() as w:
        person = w.create("people", name="Template person", code="T")
        case = w.create("cases", reference="KZ-2024-00001", title="Template case",
                        status="case_status.open", primary_victim_id=person)
        w.create("complaints", case_id=case, body="complaint_body.prosecutor",
                 filed_on=dt.date(2024, 1, 5))
    with store.engine.begin() as conn:
        for table, share in SHARES.items():
            _clone(conn, table, int(n * share))
        conn.execute(text("ANALYZE"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        fill(store, args.records)
        print(f"filled {args.records:,} records in {time.perf_counter() - t0:.1f} s")
        with store.read() as s:
            vocab = Vocab.load(s)
            total = trash.count(s)
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("COUNT of deleted records", lambda: trash.count(s)),
                ("first page (200 keys + labels)", lambda: trash.fetch_page(s, vocab)),
                ("fifth page (OFFSET 800)", lambda: trash.fetch_page(s, vocab, "en", 800)),
                ("dialog's first fetch (COUNT + first page)",
                 lambda: (trash.count(s), trash.fetch_page(s, vocab))),
            ]
            print(f"{platform.machine()} {platform.processor() or ''}, Python "
                  f"{platform.python_version()}, {dt.date.today()}; {total:,} deleted")
            for name, fn in cases:
                best, median = timed(fn)
                print(f"| {name} | {best:,.0f} ms | {median:,.0f} ms |")
        store.close()


if __name__ == "__main__":
    main()
