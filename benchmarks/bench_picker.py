"""How long a record picker takes over 100,000 people: opening it and typing three letters.

Builds a store with ``--people`` people (100,000 by default) by SQL (``tests.builders.
fill_people``), then, in a real window (offscreen), on the app's threaded db lane, times best
and median of ``--runs``: a people picker from its creation until its first page is shown,
and from each of three typed letters ("и", "в", "а", real key events) until the page
answering that typing is shown (the typing pause included, and the picker's wait of
``SEARCH_DELAY_MS`` after the last letter). Also the store's answers alone (``pickers.page``)
for "", "и", "ив", "ива" and a word nobody has. Run: ``QT_QPA_PLATFORM=offscreen python
benchmarks/bench_picker.py``; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from monitor_app.queries import pickers  # noqa: E402
from monitor_app.store import create_store  # noqa: E402
from monitor_app.vocabulary import Vocab  # noqa: E402
from tests.builders import fill_people  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.editors.pickers import record_picker  # noqa: E402
from ui.forms.record_picker import SEARCH_DELAY_MS  # noqa: E402


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def key(widget: Any, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def summary(runs: list[float]) -> str:
    return f"{min(runs):,.0f} ms | {statistics.median(runs):,.0f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench passphrase")  # the real KDF
        t0 = time.perf_counter()
        fill_people(store, args.people)
        print(f"filled {args.people:,} people in {time.perf_counter() - t0:.1f} s")
        with store.read() as s:
            vocab = Vocab.load(s)
            for typed in ("", "и", "ив", "ива", "щщщ"):
                runs = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    pickers.page(s, vocab, "people", "en", typed)
                    runs.append((time.perf_counter() - start) * 1000)
                print(f"| store's page for {typed!r} | {summary(runs)} |")
        ctx = AppContext(lang="en")
        ctx.attach(store, vocab)
        wait(app, lambda: ctx.store is not None)
        opened, letters = [], [[], [], []]
        for _ in range(args.runs):
            start = time.perf_counter()
            picker = record_picker(ctx, "people", can_create=False)
            picker.show()
            wait(app, lambda p=picker: p.combo.count() > 0)
            opened.append((time.perf_counter() - start) * 1000)
            line = picker.combo.lineEdit()
            line.setFocus()
            typed = ""
            for n, char in enumerate("ива"):
                typed += char
                start = time.perf_counter()
                key(line, char)
                wait(app, lambda p=picker, t=typed: p.combo.answered() == t)
                letters[n].append((time.perf_counter() - start) * 1000)
                assert picker.combo.model().rowCount() <= pickers.PAGE
            picker.close()
            picker.deleteLater()
            app.processEvents()
        print(f"{platform.machine()} {platform.processor() or ''}, Python "
              f"{platform.python_version()}, {dt.date.today()}; {args.people:,} people, "
              f"page {pickers.PAGE}, typing pause {SEARCH_DELAY_MS} ms")
        print(f"| picker created until its first page is shown | {summary(opened)} |")
        for n, runs in enumerate(letters):
            print(f"| letter {n + 1} typed ({'ива'[:n + 1]!r}) until its page is shown | "
                  f"{summary(runs)} |")
        ctx.runner.wait_idle()
        ctx.detach()


if __name__ == "__main__":
    main()
