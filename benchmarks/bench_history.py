"""How long the case view and the dossier take to read a case's history in a store whose
history table is large (3 million rows by default), and how long one save takes there.

Builds a demo store (20 cases), then pads the history with synthetic rows for other records
(as years of work by many monitors would) in chunks of SQL, and times, for the busiest case,
``casefile.load_case_file`` (what the case view and the dossier read) and
``history.entries`` for each of its records. Run: ``python benchmarks/bench_history.py
[--rows N]``; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from db import crypto  # noqa: E402
from db.models import Case, Complaint  # noqa: E402
from monitor_app import demo  # noqa: E402
from monitor_app.queries.casefile import load_case_file  # noqa: E402
from monitor_app.store import create_store  # noqa: E402

KDF = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def pad(store, rows: int) -> None:  # noqa: ANN001
    """Add ``rows`` history rows for records that are not in the store (other monitors')."""
    chunk = 20_000
    changes = json.dumps({"title": ["old text of a field", "new text of a field", None]})
    done = 0
    with store.engine.begin() as conn:
        while done < rows:
            n = min(chunk, rows - done)
            conn.execute(text(
                "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind, "
                "record_id, action, revision, changes, source) VALUES (:c, :c, :h, "
                "'2024-01-01 00:00:00', 'monitor', 'dev', 'cases', :r, 'update', 2, :j, '')"),
                [{"c": str(uuid.uuid4()), "h": f"{1700000000000 + done + i:016d}.00000.dev",
                  "r": str(uuid.uuid4()), "j": changes} for i in range(n)])
            done += n
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=3_000_000)
    ap.add_argument("--cases", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        store = create_store(Path(d) / "h.db", "bench pass 7", kdf=KDF)
        demo.generate(store, cases=args.cases, seed=2)
        t = time.perf_counter()
        pad(store, args.rows)
        print(f"padded history with {args.rows:,} rows in {time.perf_counter() - t:.0f} s")
        with store.read() as s:
            total = s.scalar(text("SELECT count(*) FROM history"))
            case_id = s.execute(select(Complaint.case_id, func.count()).group_by(
                Complaint.case_id).order_by(func.count().desc()).limit(1)).one()[0]
            ref = s.get(Case, case_id).reference
        times = []
        for _ in range(5):
            t = time.perf_counter()
            with store.read() as s:
                cf = load_case_file(s, case_id)
            times.append(time.perf_counter() - t)
        save = []
        for i in range(5):
            t = time.perf_counter()
            with store.write() as w:
                w.update("cases", case_id, notes=f"note {i}")
            save.append(time.perf_counter() - t)
        print(f"machine: {platform.processor() or platform.machine()}, {platform.python_version()}")
        print(f"history rows: {total:,}; case {ref}: {len(cf.history)} history rows shown")
        print(f"load_case_file (case view / dossier): median {statistics.median(times):.3f} s, "
              f"best {min(times):.3f} s")
        print(f"one save (update with per-field parents): median {statistics.median(save):.3f} s")
        store.close()


if __name__ == "__main__":
    main()
