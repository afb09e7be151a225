"""How long a big dossier takes to render, against bare reportlab on a same-size document.

Builds a case with 300 complaint steps (15 complaints of 20 steps) and 50 evidence items (10
of them photos) in a temporary store, renders the full dossier N times and prints the median.
The baseline is a plain reportlab document of the same number of paragraphs and table rows in
the same font (no contents, no chart, no redaction). Run: ``python benchmarks/bench_dossier.py``.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db import crypto  # noqa: E402
from monitor_app.documents.dossier import render_dossier  # noqa: E402
from monitor_app.queries.casefile import load_case_file  # noqa: E402
from monitor_app.store import create_store  # noqa: E402

STAGES = ("complaint_filed", "preliminary_check", "transferred", "erdr_registration",
          "case_opened", "suspended", "appeal", "refusal_to_open", "answer_received", "other")
BODIES = ("prosecutor", "special_prosecutor", "police_internal_security", "court", "ombudsman")


def photo(i: int) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (1200, 900), (40 + i * 17 % 200, 90, 120))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    return out.getvalue()


def build_case(store) -> str:
    with store.write() as w:
        people = [w.create("people", name=f"Асхат Жумабаев{i}", pseudonym=f"Лицо {i}",
                           category="person_category.detainee") for i in range(6)]
        case = w.create("cases", reference="BENCH-1", title="Большое дело",
                        summary="Сводка. " * 60, primary_victim_id=people[0],
                        opened_on=date(2019, 1, 1))
        for p in people[1:]:
            w.create("case_people", case_id=case, person_id=p, role="person_role.witness")
        for a in range(5):
            alleg = w.create("allegations", case_id=case, kind="allegation_kind.torture",
                             summary=f"Эпизод {a + 1}", narrative="Описание событий. " * 40,
                             date_from=f"2019-0{a + 1}", methods=["method.beating"])
            w.create("allegation_people", allegation_id=alleg, person_id=people[0],
                     role="victim")
            w.create("medical_exams", allegation_id=alleg, exam_date=f"2019-0{a + 1}-15",
                     istanbul_protocol="istanbul_protocol.no", findings="Кровоподтёки")
        day = date(2019, 2, 1)
        for c in range(15):
            comp = w.create("complaints", case_id=case, body=f"complaint_body.{BODIES[c % 5]}",
                            subject=f"Жалоба {c + 1}", filed_on=day)
            d = day
            for s in range(20):
                w.create("complaint_steps", complaint_id=comp,
                         stage=f"complaint_stage.{STAGES[s % len(STAGES)]}", occurred_on=d,
                         answer_due=d + timedelta(days=21), reference_no=f"№ {c}-{s}",
                         outcome="Ответ получен" if s % 3 else "")
                d += timedelta(days=14 + (s * 7 + c) % 30)
            day += timedelta(days=20)
        for e in range(50):
            if e < 10:
                w.add_evidence(photo(e), file_name=f"photo-{e}.jpg", case_id=case,
                               kind="evidence_kind.photo")
            else:
                w.add_evidence(os.urandom(2048), file_name=f"scan-{e}.pdf", case_id=case,
                               kind="evidence_kind.answer_scan")
    return case


def baseline(paragraphs: int, table_rows: int, out: io.BytesIO) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from monitor_app.documents.fonts import SANS, register_fonts

    register_fonts()
    style = ParagraphStyle("b", fontName=SANS, fontSize=8.5, leading=10.6)
    story = [Paragraph("Описание событий и процессуальных действий. " * 3, style)
             for _ in range(paragraphs)]
    rows = [[Paragraph(f"{i}", style), Paragraph("Доследственная проверка", style),
             Paragraph("№ 1-2", style), Paragraph("01.02.2020", style),
             Paragraph("14.02.2020", style), Paragraph("21", style), Paragraph("", style)]
            for i in range(table_rows)]
    t = Table(rows, colWidths=[2 * cm, 4.6 * cm, 1.9 * cm, 2 * cm, 2 * cm, 1.1 * cm, 2.4 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.5)]))
    story.append(t)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                      topMargin=2.5 * cm, bottomMargin=2.5 * cm, invariant=0).build(story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="renders per measurement (5)")
    parser.add_argument("--lang", default="ru")
    args = parser.parse_args()
    import reportlab

    kdf = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "bench.db", "bench", kdf=kdf)
        try:
            case_id = build_case(store)
            load_times, render_times, cpu_times, pages = [], {}, {}, 0
            for level in ("none", "pseudonymous"):
                times, cpu_used = [], []
                for _ in range(args.n):
                    with store.read() as s:
                        start, cpu0 = time.perf_counter(), time.process_time()
                        cf = load_case_file(s, case_id, args.lang)
                        loaded = time.perf_counter()
                        out = io.BytesIO()
                        pages = render_dossier(cf, level, out)
                        end, cpu1 = time.perf_counter(), time.process_time()
                    load_times.append(loaded - start)
                    times.append(end - start)
                    cpu_used.append(cpu1 - cpu0)
                render_times[level] = statistics.median(times)
                cpu_times[level] = statistics.median(cpu_used)
            size = len(out.getvalue())
            steps = sum(len(c.timeline.steps) for c in cf.complaints)
            base, base_cpu = [], []
            for _ in range(args.n):
                start, cpu0 = time.perf_counter(), time.process_time()
                baseline(len(cf.chronology) + 20, steps + len(cf.evidence) + 80, io.BytesIO())
                base.append(time.perf_counter() - start)
                base_cpu.append(time.process_time() - cpu0)
        finally:
            store.close()
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    from reportlab.lib import rl_accel

    accel = "with" if getattr(rl_accel, "_c_funcs", None) else "without"
    print(f"machine: {os.cpu_count()} CPUs, {cpu}; Python {platform.python_version()}, "
          f"reportlab {reportlab.Version} ({accel} the rl_accel C extension); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"case: {steps} complaint steps, {len(cf.evidence)} evidence items, "
          f"{len(cf.chronology)} chronology entries; dossier {pages} pages, {size // 1024} KB")
    print(f"load_case_file median: {statistics.median(load_times):.3f} s")
    for level, t in render_times.items():
        print(f"dossier ({level}) load + render median of {args.n}: {t:.3f} s wall, "
              f"{cpu_times[level]:.3f} s CPU")
    print(f"bare reportlab baseline median of {args.n}: {statistics.median(base):.3f} s wall, "
          f"{statistics.median(base_cpu):.3f} s CPU")


if __name__ == "__main__":
    main()
