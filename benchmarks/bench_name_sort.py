"""How long the People list takes, sorted by name in the reader's alphabet, at national scale.

Builds a store with ``--people`` people (100,000 by default; Kazakh, Russian and a few Latin
names, one in fifty blank) by SQL, then times, best / median of 3, the People list's first
page (ids and display rows) and a page half-way down, in kk, ru and en, as the list sends
them (``icu_key_<lang>(name)``, walking ``ix_people_name_<lang>``); then the same with the
indexes dropped (the key computed per row, SQLite sorting the BLOBs), with ``ORDER BY name
COLLATE ICU_kk`` (a Python comparison per pair of rows), and code point order (what the list
did before). Also: the fill (every insert computes three keys) and building one index.
Run: ``python benchmarks/bench_name_sort.py [--people N]``; figures go into
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
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

from benchmarks.bench_visit_list import timed  # noqa: E402
from db import collation  # noqa: E402
from monitor_app.queries import listing  # noqa: E402
from monitor_app.store import create_store  # noqa: E402
from monitor_app.vocabulary import Vocab  # noqa: E402

FIRST = ("Ә", "А", "Б", "Ғ", "Е", "Ж", "І", "И", "Қ", "К", "М", "Н", "Ө", "О", "С", "Т", "Ұ",
         "Ү", "У", "Ы", "Ш", "Ё")
SYLLABLES = ("ба", "ра", "сы", "ов", "ев", "қа", "те", "жа", "ну", "ұл", "ке", "лі", "ма", "ін",
             "ан", "ер", "ғы", "өр", "ли")
LATIN = ("Smith", "Adams", "Baker", "Olsen")


def name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.02:
        return ""
    if r < 0.05:
        return f"{rng.choice(LATIN)} {rng.randrange(1000)}"
    return rng.choice(FIRST) + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def fill(store: Any, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    stamp = "2024-01-01 00:00:00"
    rows = [{"i": str(uuid.uuid4()), "n": name(rng), "c": stamp} for _ in range(n)]
    with store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO people (id, name, aliases, pseudonym, code, contact, address, unit,"
            " position, rank, identified, is_group, consent_record, consent_share_lawyer,"
            " consent_publish, consent_un, notes, created_at, updated_at, created_by, origin,"
            " revision, version, deleted) VALUES (:i, :n, '', '', '', '', '', '', '', '', 1, 0,"
            " 0, 0, 0, 0, '', :c, :c, '', '', 1, :i, 0)"), rows)
        conn.exec_driver_sql("ANALYZE")


def row(label: str, fn: Callable[[], Any]) -> None:
    best, median = timed(fn)
    print(f"| {label} | {best:,.0f} ms | {median:,.0f} ms |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        fill(store, args.people)
        print(f"filled {args.people:,} people (three name keys each) in "
              f"{time.perf_counter() - t0:.1f} s")
        with store.read() as s:
            vocab = Vocab.load(s)
            print(f"{platform.machine()} {platform.processor() or ''}, Python "
                  f"{platform.python_version()}, {collation.versions()}, {dt.date.today()}")
            for lang in ("kk", "ru", "en"):
                q = listing.default_query("people", lang)
                row(f"first page by name ({lang}), ids + rows",
                    lambda q=q: listing.fetch_page(s, q, vocab))
            q = listing.default_query("people", "kk")
            row("page at 50,000 by name (kk)",
                lambda: listing.page_ids(s, q, args.people // 2))
            row("first page, descending (kk)",
                lambda: listing.page_ids(s, q.with_(descending=True)))

            def sql(order: str) -> Callable[[], Any]:
                return lambda: s.connection().exec_driver_sql(
                    f"SELECT id FROM people WHERE +people.deleted = 0 ORDER BY {order} "
                    "LIMIT 200").all()

            row("COLLATE ICU_kk (Python comparison per pair), first page",
                sql("name COLLATE ICU_kk, people.rowid"))
            row("code point order (before), first page",
                sql("nullif(name, '') ASC NULLS LAST, people.rowid"))
        with store.engine.begin() as conn:
            for lang in collation.LANGS:
                conn.exec_driver_sql(f"DROP INDEX {collation.index_name('people', 'name', lang)}")
        with store.read() as s:
            q = listing.default_query("people", "kk")
            row("first page by name (kk) without the index (key per row)",
                lambda: listing.page_ids(s, q))
        start = time.perf_counter()
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE INDEX ix_people_name_kk ON people (icu_key_kk(name))")
        print(f"building one index: {time.perf_counter() - start:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
