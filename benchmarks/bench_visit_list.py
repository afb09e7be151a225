"""How long the Visits list takes at national scale now that a visit's start is an
approximate date (sorted and filtered by ``queries.visits.start_key``, an SQL expression,
not a plain indexed column).

Builds a store with ``--visits`` visits (100,000 by default) over 500 places by SQL, one in
twenty known only to its month and one in fifty undated, then times, best / median of 3,
the Visits list's first page in its default order (newest first), the last page, a page
sorted oldest first, a period filter (COUNT + first page), and the visit form's "previous
visit" lookup. Run: ``python benchmarks/bench_visit_list.py [--visits N]``; figures go into
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from monitor_app.dates import Moment  # noqa: E402
from monitor_app.queries import listing  # noqa: E402
from monitor_app.queries import visits as visit_queries  # noqa: E402
from monitor_app.store import create_store  # noqa: E402

PLACES = 500


def fill(store: Any, n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    places = [str(uuid.uuid4()) for _ in range(PLACES)]
    stamp = "2024-01-01 00:00:00"
    common = {"c": stamp, "u": stamp}
    with store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO facilities (id, designation, name, created_at, updated_at, created_by,"
            " origin, revision, version, deleted, npm_mandate, pmc_mandate, address, notes)"
            " VALUES (:i, :d, 'Place', :c, :u, '', '', 1, :i, 0, 1, 1, '', '')"),
            [{"i": p, "d": f"P-{k}", **common} for k, p in enumerate(places)])
        rows = []
        for _ in range(n):
            day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(22 * 365))
            r = rng.random()
            started_on: str | None = day.isoformat()
            started_time: str | None = f"{rng.randint(8, 15):02d}:{rng.choice((0, 30)):02d}"
            if r < 0.05:
                started_on, started_time = day.isoformat()[:7], None
            elif r < 0.07:
                started_on, started_time = None, None
            vid = str(uuid.uuid4())
            rows.append({"i": vid, "f": rng.choice(places), "s": started_on,
                         "t": started_time, **common})
        conn.execute(text(
            "INSERT INTO visits (id, facility_id, started_on, started_time, created_at,"
            " updated_at, created_by, origin, revision, version, deleted, summary, notes)"
            " VALUES (:i, :f, :s, :t, :c, :u, '', '', 1, :i, 0, '', '')"), rows)
        conn.exec_driver_sql("ANALYZE")
    return places


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return min(runs), statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visits", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        places = fill(store, args.visits)
        print(f"filled {args.visits:,} visits in {time.perf_counter() - t0:.1f} s")
        default = listing.default_query("visits")
        oldest = listing.ListQuery(kind="visits", sort_key="date", descending=False)
        period = listing.ListQuery(kind="visits", date_from=dt.date(2014, 3, 1),
                                   date_to=dt.date(2014, 3, 31))
        with store.read() as s:
            total = listing.count(s, default)
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("first page, default order (newest first)",
                 lambda: listing.page_ids(s, default, 0, 200)),
                ("last page, default order",
                 lambda: listing.page_ids(s, default, max(0, total - 200), 200)),
                ("first page, oldest first", lambda: listing.page_ids(s, oldest, 0, 200)),
                ("period March 2014: COUNT + first page",
                 lambda: (listing.count(s, period), listing.page_ids(s, period, 0, 200))),
                ("previous visit to a place (visit form, report)",
                 lambda: visit_queries.previous_visit(
                     s, places[0], None, Moment.of("2016-05-01", "10:00"))),
            ]
            print(f"{platform.machine()} {platform.processor() or ''}, Python "
                  f"{platform.python_version()}, {dt.date.today()}; {total:,} visits")
            for name, fn in cases:
                best, median = timed(fn)
                print(f"| {name} | {best:,.0f} ms | {median:,.0f} ms |")
        store.close()


if __name__ == "__main__":
    main()
