"""How long looking for unrecorded names and scrubbing known ones take, per page of text.

Times importing the redaction module, loading natasha's news embedding and NER tagger and
pymorphy3's dictionaries, then per ~3,000-character Russian page: the recogniser alone, the
whole candidate search (recogniser, capitalised-word rule, 30 known people) and the scrubber.
Run from the checkout: ``python benchmarks/bench_names.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAGE = ("Свидетель Нурлан Жаксыбеков видел, как сотрудники ИВС избивали задержанного. "
        "Адвокат Бесмаганбетов Ж. подал жалобу в прокуратуру Карагандинской области. ") * 20
N = 20


def main() -> None:
    t0 = time.perf_counter()
    import monitor_app.documents.redaction as r

    t1 = time.perf_counter()
    r._ner()
    t2 = time.perf_counter()
    r._morph()
    t3 = time.perf_counter()
    for i in range(N):
        r.person_spans(PAGE + str(i))
    t4 = time.perf_counter()
    people = [r.PersonInfo(id=str(i), name=f"Иванов{i} Асхат", pseudonym="", code="")
              for i in range(30)]
    for i in range(N):
        r.find_candidates([PAGE + str(i)], people)
    t5 = time.perf_counter()
    scrubber = r.NameScrubber(people)
    t6 = time.perf_counter()
    for i in range(N):
        scrubber.scrub(PAGE + str(i))
    t7 = time.perf_counter()
    print(f"{len(PAGE)} characters a page")
    print(f"import redaction {t1 - t0:.3f} s; natasha load {t2 - t1:.3f} s; "
          f"pymorphy3 load {t3 - t2:.3f} s")
    print(f"per page: recogniser {(t4 - t3) / N * 1000:.1f} ms; candidates "
          f"{(t5 - t4) / N * 1000:.1f} ms; scrub {(t7 - t6) / N * 1000:.1f} ms")


if __name__ == "__main__":
    main()
