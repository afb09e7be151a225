"""How long finding likely duplicates takes: 200 incoming people against 100,000.

Builds a store (real KDF) with ``--people`` people by SQL (``tests.builders.fill_people``,
then renamed from syllables to 4,000 surname and name pairs: "Қайбекгов Ерлан 17"), then
adds ``--incoming`` people through the Writer whose names are other people's names
transliterated to Latin by a different ICU chain (``Russian-Latin/BGN``: "Kaybekgov Yerlan
17") or with Kazakh letters typed as Russian ones,
as a second monitor would have them. Times filling the cache of block keys once
(``duplicates.refresh_keys``), then best | median of ``--runs``: reading and folding every
live person (``duplicates.load_items``, what a comparison without the cache reads), the
blocked comparison alone in memory (``duplicates.candidates``), and the whole
``propose(touched=...)`` that a merge runs, the cache warm (its pairs rolled back).
Run: ``python benchmarks/bench_duplicates.py``; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import icu  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from db.models import Person  # noqa: E402
from monitor_app.exchange import duplicates  # noqa: E402
from monitor_app.store import create_store  # noqa: E402
from tests.builders import fill_people  # noqa: E402

SYLLABLES = ("Ах", "Бек", "Ер", "Жан", "Қай", "Нұр", "Сер", "Тем", "Әл", "Ғал", "Ив", "Пет",
             "Ким", "Ом", "Ұс", "Сағ", "Ду", "Бол", "Мұх", "Ас")
GIVEN = ("Асхат", "Айгүл", "Нурлан", "Мария", "Ерлан", "Әлия", "Иван", "Дана", "Қуаныш",
         "Салтанат")


def pick(words: tuple[str, ...], index: str) -> str:
    return "CASE " + " ".join(f"WHEN {index} = {k} THEN '{w}'" for k, w in
                              enumerate(words)) + " END"


def summary(runs: list[float]) -> str:
    return f"{min(runs) * 1000:,.0f} ms | {statistics.median(runs) * 1000:,.0f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--incoming", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    latin = icu.Transliterator.createInstance("Russian-Latin/BGN")
    russian = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        fill_people(store, args.people)
        with store.engine.begin() as conn:  # 4,000 surname and name pairs, not 160
            conn.exec_driver_sql(
                "UPDATE people SET name = " + pick(SYLLABLES, "rowid % 20") + " || "
                + pick(SYLLABLES, "(rowid / 20) % 20") + " || 'ов ' || "
                + pick(GIVEN, "(rowid / 400) % 10") + " || ' ' || rowid")
        print(f"{args.people:,} people filled in {time.perf_counter() - t0:.1f} s")
        step = max(1, args.people // args.incoming)
        with store.read() as s:
            names = [s.scalar(select(Person.name).where(
                Person.id == f"00000000-0000-4000-8000-{i:012d}"))
                for i in range(0, step * args.incoming, step)]
        with store.write() as w:
            incoming = {("people", w.create("people", name=latin.transliterate(n) if k % 2
                                            else n.translate(russian)))
                        for k, n in enumerate(names)}
        with store.write() as w:  # the cache of block keys, made once (then kept current)
            t0 = time.perf_counter()
            duplicates.refresh_keys(w.session, "people")
            cold = time.perf_counter() - t0
        load, match, whole = [], [], []
        found = proposed = 0
        for _ in range(args.runs):
            with store.read() as s:
                t0 = time.perf_counter()
                items = duplicates.load_items(s, "people")
                t1 = time.perf_counter()
                ids = {i for _, i in incoming}
                mine = [o for o in items if o.id in ids]
                found = sum(1 for _ in duplicates.candidates(mine, items))
                t2 = time.perf_counter()
            load.append(t1 - t0)
            match.append(t2 - t1)
            with store.engine.connect() as conn, Session(conn) as s:  # its pairs rolled back
                t0 = time.perf_counter()
                proposed = duplicates.propose(s, touched=incoming)
                whole.append(time.perf_counter() - t0)
                s.rollback()
        blocks: dict[tuple[str, ...], int] = {}
        for item in items:
            for key_ in item.keys:
                blocks[key_] = blocks.get(key_, 0) + 1
        compared = sum(blocks[k] for o in mine for k in o.keys)
        store.close()
    print(f"machine: {platform.machine()} {platform.processor() or ''}, Python "
          f"{platform.python_version()}, {dt.date.today()}")
    print(f"{len(incoming)} incoming against {len(items):,} people: {found} pairs found, "
          f"{proposed} proposed; at most {compared:,} comparisons "
          f"(all pairs: {len(incoming) * len(items):,}); {len(blocks):,} blocks")
    print("| | best | median |\n|---|---|---|")
    print(f"| block keys of every person folded and cached, once | {cold * 1000:,.0f} ms | |")
    print(f"| read and fold every person (`load_items`) | {summary(load)} |")
    print(f"| blocked comparison (`candidates`) | {summary(match)} |")
    print(f"| `propose(touched=200 people)`, as after a merge | {summary(whole)} |")


if __name__ == "__main__":
    main()
