"""Demo data: one case holds a mass trial of 37 defendants and its appeal.

Modelled on the shape of the Zhanaozen oil workers' trial the seed reports describe (37
defendants charged with mass riots; 13 imprisoned, 21 given conditional sentences, 3
acquitted; torture complaints made in writing and orally during the trial, most never
examined or rejected as "an attempt to avoid liability", many never reaching the court
record), with invented people made by the demo's own name makers. The case is the earliest
one of the store, so it is there at any ``--cases`` and the same for a seed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from db.models import Case
from monitor_app.dates import ApproxDate

__all__ = ["add_mass_trial"]

DEFENDANTS = 37
IMPRISONED, CONDITIONAL = 13, 21  # the rest acquitted
CHARGES = "Организация массовых беспорядков и участие в них (ст. 241 УК РК 1997 г.)"


def _years(n: int) -> str:
    return "1 год" if n == 1 else f"{n} года" if n < 5 else f"{n} лет"


def add_mass_trial(demo: Any, cities: dict[str, tuple[str, str]], region_gen: dict[str, str]
                   ) -> str | None:
    """Add the trial and its appeal to the store's earliest case, in one transaction of
    their own; the trial's id (None in an empty store). ``demo`` is the running
    ``monitor_app.demo._Demo``; ``cities`` and ``region_gen`` its tables of region names."""
    with demo.store.write(source="demo", immediate=True) as w:
        demo.w = w
        try:
            return _add(demo, cities, region_gen)
        finally:
            demo.w = None


def _add(demo: Any, cities: dict[str, tuple[str, str]], region_gen: dict[str, str]
         ) -> str | None:
    w, rng = demo.w, demo.rng
    case = w.session.scalars(select(Case).where(Case.deleted.is_(False), Case.opened_on
                                                .is_not(None))
                             .order_by(Case.opened_on, Case.reference).limit(1)).first()
    if case is None:
        return None
    region = (case.region or "region.mangystau").split(".", 1)[1]
    city = cities.get(region, ("Актау", ""))[0]
    start = case.opened_on + timedelta(days=rng.randint(60, 150))
    judgment = start + timedelta(days=rng.randint(50, 80))
    trial = demo.create(
        "proceedings", case_id=case.id, kind="proceeding_kind.criminal_trial",
        court=f"Специализированный межрайонный суд по уголовным делам {region_gen[region]} "
              f"(г. {city})",
        reference_no=f"1-{rng.randint(20, 300)}/{start.year}", started_on=start,
        ended_on=ApproxDate(judgment.year, judgment.month),
        outcome=f"{IMPRISONED + CONDITIONAL} из {DEFENDANTS} подсудимых осуждены, "
                f"{DEFENDANTS - IMPRISONED - CONDITIONAL} оправданы",
        notes="Процесс шёл на казахском языке; наблюдателям запретили пользоваться "
              "ноутбуками; свидетели обвинения в суде заявили о давлении следствия.")
    people = [case.primary_victim_id] if case.primary_victim_id else []
    while len(people) < DEFENDANTS:
        people.append(demo.person("detainee", word="Defendant", female=rng.random() < 0.08)[0])
    verdicts = (["convicted"] * IMPRISONED + ["conditional"] * CONDITIONAL
                + ["acquitted"] * (DEFENDANTS - IMPRISONED - CONDITIONAL))
    rng.shuffle(verdicts)
    if people and case.primary_victim_id:  # the case's victim is among the imprisoned
        first = verdicts.index("convicted")
        verdicts[0], verdicts[first] = verdicts[first], verdicts[0]
    # who complained of torture, and how: written during the trial for about half
    complaints = (["written"] * 18 + ["oral"] * 6 + ["oral_and_written"] * 2
                  + ["none_made"] * 6 + [None] * (DEFENDANTS - 32))
    rng.shuffle(complaints)
    if case.primary_victim_id:
        complaints[complaints.index("written")], complaints[0] = complaints[0], "written"
    imprisoned: list[tuple[str, str, str | None]] = []
    for pid, verdict, complaint in zip(people, verdicts, complaints, strict=True):
        values: dict[str, Any] = {"charges": CHARGES,
                                  "legal_qualification": "legal_qualification.other",
                                  "verdict": f"defendant_verdict.{verdict}"}
        if verdict == "convicted":
            values["sentence"] = f"{_years(rng.randint(3, 7))} лишения свободы, колония " \
                                 f"{rng.choice(('общего', 'общего', 'строгого'))} режима"
            imprisoned.append((pid, values["sentence"], complaint))
        elif verdict == "conditional":
            values["sentence"] = f"{_years(rng.randint(2, 5))} условно"
        if complaint is not None:
            values["torture_complaint"] = f"torture_complaint.{complaint}"
        if complaint in ("written", "oral", "oral_and_written"):
            values["complaint_when"] = "torture_complaint_when." + (
                "before_and_during" if rng.random() < 0.15 else "during_trial")
            p = rng.random()
            # the judgment mentions few of them; for some nobody knows
            values["in_court_record"] = True if p < 0.15 else False if p < 0.8 else None
            if values["in_court_record"]:
                values["court_finding"] = "court_finding.rejected"
                values["finding_notes"] = "расценено судом как «попытка избежать " \
                                          "ответственности»"
            elif complaint != "oral" or p < 0.6:
                values["court_finding"] = rng.choice(("court_finding.not_examined",
                                                      "court_finding.not_examined",
                                                      "court_finding.rejected"))
        demo.create("proceeding_defendants", proceeding_id=trial, person_id=pid, **values)

    # the appeal of the imprisoned: upheld, one term reduced
    appeal_on = judgment + timedelta(days=rng.randint(40, 90))
    appeal = demo.create(
        "proceedings", case_id=case.id, kind="proceeding_kind.appeal",
        court=f"Апелляционная коллегия суда {region_gen[region]}",
        started_on=ApproxDate(appeal_on.year, appeal_on.month),
        ended_on=ApproxDate(appeal_on.year, appeal_on.month) if rng.random() < 0.5 else None,
        outcome="Приговор оставлен без изменения, кроме одного подсудимого")
    reduced = rng.randrange(len(imprisoned)) if imprisoned else -1
    for n, (pid, sentence, complaint) in enumerate(imprisoned):
        # the appeal repeats the complaint in writing; the court rejects it
        again: dict[str, Any] = {}
        if complaint is not None:
            again["torture_complaint"] = "torture_complaint." + (
                "none_made" if complaint == "none_made" else "written")
        if complaint not in (None, "none_made"):
            again.update(complaint_when="torture_complaint_when.before_and_during",
                         in_court_record=True, court_finding="court_finding.rejected")
        demo.create("proceeding_defendants", proceeding_id=appeal, person_id=pid,
                    charges=CHARGES, verdict="defendant_verdict.convicted",
                    sentence=f"{_years(rng.randint(2, 3))} лишения свободы (снижено)"
                    if n == reduced else f"{sentence} (без изменения)", **again)
    return trial
