"""How long the window's search across every kind takes at national scale.

Builds a store by SQL with ``--cases`` cases (100,000 by default), as many people (each
case's victim), 500 places and 5,000 visits, with their full-text rows as the Writer
would index them (``monitor_app.search.document``'s texts, Kazakh letters folded), then
times, best / median of 3, :func:`monitor_app.queries.search.everywhere` (8 hits a kind,
labels included) for typical and worst-case texts. Run:
``python benchmarks/bench_search_everywhere.py [--cases N]``; figures go into
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_visit_list import timed  # noqa: E402  (best / median of 3, in ms)
from sqlalchemy import text  # noqa: E402

from monitor_app.queries import search as everywhere_queries  # noqa: E402
from monitor_app.search import fold  # noqa: E402
from monitor_app.store import create_store  # noqa: E402
from monitor_app.vocabulary import Vocab  # noqa: E402

PLACES = 500
VISITS = 5_000
SURNAMES = ("Иванов", "Сәрсенбаев", "Нұрланов", "Петров", "Жаксыбеков", "Ахметов", "Омаров",
            "Құдайбергенов", "Смагулов", "Ким", "Бесмағанбетов", "Tokayev", "Ибраев", "Әлиев")
GIVEN = ("Ержан", "Айгүл", "Иван", "Қайрат", "Нурлан", "Дана", "Асхат", "Әлия", "Марат",
         "Сергей", "Гүлнар", "Dana", "Бауыржан", "Ирина")
TITLES = ("Избиение в ИВС", "Пытки при допросе", "Смерть в СИЗО", "Угрозы родственникам",
          "Beating in the colony", "Ұрып-соғу", "Отказ в медицинской помощи")


def fill(store: Any, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    stamp = "2024-01-01 00:00:00"
    common = {"c": stamp, "u": stamp}
    docs: list[tuple[str, str, str, str]] = []  # kind, id, title, body
    places = []
    with store.engine.begin() as conn:
        rows = []
        for k in range(PLACES):
            pid = str(uuid.uuid4())
            designation, name = f"AK-{k}/{rng.randint(1, 20)}", f"Колония {rng.choice(GIVEN)}"
            places.append((pid, designation, name))
            rows.append({"i": pid, "d": designation, "n": name, **common})
            docs.append(("facilities", pid, f"{designation} {name}", ""))
        conn.execute(text(
            "INSERT INTO facilities (id, designation, name, created_at, updated_at, created_by,"
            " origin, revision, version, deleted, npm_mandate, pmc_mandate, address, notes)"
            " VALUES (:i, :d, :n, :c, :u, '', '', 1, :i, 0, 1, 1, '', '')"), rows)
        rows = []
        for _ in range(VISITS):
            vid = str(uuid.uuid4())
            pid, designation, name = rng.choice(places)
            day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
            rows.append({"i": vid, "f": pid, "s": day.isoformat(), **common})
            docs.append(("visits", vid, f"{designation} {name}", ""))
        conn.execute(text(
            "INSERT INTO visits (id, facility_id, started_on, created_at, updated_at,"
            " created_by, origin, revision, version, deleted, summary, notes)"
            " VALUES (:i, :f, :s, :c, :u, '', '', 1, :i, 0, '', '')"), rows)
        people, cases = [], []
        for k in range(n):
            person, case = str(uuid.uuid4()), str(uuid.uuid4())
            name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)} {k}"
            code = f"P-{k}"
            people.append({"i": person, "n": name, "k": code, **common})
            docs.append(("people", person, f"{name} {code}", ""))
            reference = f"KZ-{2010 + k % 15}-{k:05d}"
            title = rng.choice(TITLES)
            opened = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
            cases.append({"i": case, "r": reference, "t": title, "v": person,
                          "o": opened.isoformat(), **common})
            docs.append(("cases", case, f"{reference} {title}", f"{name} {code}"))
        conn.execute(text(
            "INSERT INTO people (id, name, pseudonym, code, contact, address, unit, position,"
            " rank, identified, consent_record, consent_share_lawyer, consent_publish,"
            " consent_un, notes, created_at, updated_at, created_by, origin, revision, version,"
            " deleted, aliases, is_group) VALUES (:i, :n, '', :k, '', '', '', '', '', 1, 0, 0,"
            " 0, 0, '', :c, :u, '', '', 1, :i, 0, '', 0)"), people)
        conn.execute(text(
            "INSERT INTO cases (id, reference, title, summary, notes, primary_victim_id,"
            " opened_on, created_at, updated_at, created_by, origin, revision, version,"
            " deleted) VALUES (:i, :r, :t, '', '', :v, :o, :c, :u, '', '', 1, :i, 0)"), cases)
        conn.execute(text("INSERT INTO search_docs (rowid, kind, record_id) "
                          "VALUES (:r, :k, :i)"),
                     [{"r": rowid, "k": k, "i": i} for rowid, (k, i, _t, _b)
                      in enumerate(docs, start=1)])
        conn.execute(text("INSERT INTO search_index (rowid, title, body) VALUES (:r, :t, :b)"),
                     [{"r": rowid, "t": fold(t), "b": fold(b)}
                      for rowid, (_k, _i, t, b) in enumerate(docs, start=1)])
        conn.exec_driver_sql("ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        fill(store, args.cases)
        print(f"filled {args.cases:,} cases and people in {time.perf_counter() - t0:.1f} s")
        with store.read() as s:
            vocab = Vocab.load(s)
            print(f"{platform.machine()} {platform.processor() or ''}, Python "
                  f"{platform.python_version()}, {dt.date.today()}")
            for typed in ("ива", "Иванов Ержан", "сарсенбаев", "KZ-2020", "ak-17",
                          f"P-{args.cases // 2}", "а", "жжжж"):
                found = everywhere_queries.everywhere(s, vocab, typed, "ru")
                hits = sum(len(k.hits) for k in found)
                best, median = timed(
                    lambda t=typed: everywhere_queries.everywhere(s, vocab, t, "ru"))
                print(f"| \"{typed}\" ({hits} hits) | {best:,.0f} ms | {median:,.0f} ms |")
        store.close()


if __name__ == "__main__":
    main()
