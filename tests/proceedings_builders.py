"""A 37-defendant trial shaped like the Zhanaozen oil workers' trial of 2012 (seed report
002: 37 defendants charged with mass riots, 34 convicted, 13 imprisoned, 21 conditional,
3 acquitted; torture complaints made in writing and orally during the trial, many never
reaching the court record), with invented names, plus an appeal with two of them."""

from __future__ import annotations

from typing import Any

from monitor_app.store import Store

FIRST = ("Нұрлан", "Ерлан", "Қайрат", "Бауыржан", "Ғалымжан", "Жомарт", "Серік", "Мұрат",
         "Асхат", "Өмірзақ", "Дәурен", "Талғат", "Роза", "Гүлнар", "Айгүл", "Ержан", "Бекзат")
LAST = ("Тәжібаев", "Оразғалиев", "Жұмабеков", "Есенгелдиев", "Сәрсенбаев", "Құдайбергенов",
        "Әбдіхалықов", "Түгелбаев", "Қонысбаев", "Мырзағалиев", "Шәкенов", "Ілиясов",
        "Бекқожаев")

TRIAL = {"kind": "proceeding_kind.criminal_trial",
         "court": "Актауский городской суд (вымышленный состав)",
         "reference_no": "1-9/2012", "started_on": "2012-03-27", "ended_on": "2012-06",
         "outcome": "34 осуждены, 3 оправданы"}
CHARGES = "Организация массовых беспорядков и участие в них"


FATHERS = ("Серік", "Болат", "Ерлан", "Мұрат", "Жақсылық")
FEMALE = ("Роза", "Гүлнар", "Айгүл")


def defendant_name(i: int) -> str:
    """Invented, and unique for i < 221 (13 surnames by 17 first names)."""
    first = FIRST[i % len(FIRST)]
    female = first in FEMALE
    last = LAST[i % len(LAST)] + ("а" if female else "")
    return f"{last} {first} {FATHERS[i % len(FATHERS)]}{'қызы' if female else 'ұлы'}"


def prison_sentence(i: int) -> str:
    years = 3 + i % 5
    return f"{years} {'года' if years < 5 else 'лет'} лишения свободы, колония общего режима"


def defendant_values(i: int) -> dict[str, Any]:
    """Defendant ``i`` (0..36): 13 imprisoned, 21 conditional, 3 acquitted; 18 written
    complaints during the trial, 6 oral, 7 none, 6 not recorded; in the record: 2 yes,
    16 no, the rest not recorded."""
    values: dict[str, Any] = {"charges": CHARGES,
                              "legal_qualification": "legal_qualification.other"}
    if i < 13:
        values.update(verdict="defendant_verdict.convicted", sentence=prison_sentence(i))
    elif i < 34:
        values.update(verdict="defendant_verdict.conditional",
                      sentence=f"{2 + i % 4} года условно")
    else:
        values.update(verdict="defendant_verdict.acquitted")
    if i < 18:
        # the court mentions two complaints and rejects them; most never reach the record
        record = True if i in (3, 9) else False if i < 16 else None
        finding = ("court_finding.rejected" if i in (3, 9, 12)
                   else "court_finding.not_examined" if i < 16 else None)
        values.update(torture_complaint="torture_complaint.written",
                      complaint_when="torture_complaint_when.during_trial",
                      in_court_record=record, court_finding=finding)
        if i in (3, 9):
            values["finding_notes"] = "«попытка избежать ответственности»"
    elif i < 24:
        values.update(torture_complaint="torture_complaint.oral",
                      complaint_when="torture_complaint_when.during_trial")
    elif i < 31:
        values.update(torture_complaint="torture_complaint.none_made")
    # 31..36: whether they complained was not recorded
    return values


def build_trial(store: Store, n: int = 37) -> dict[str, Any]:
    """A case holding the trial of ``n`` defendants and an appeal of two of them."""
    ids: dict[str, Any] = {"defendants": [], "names": [], "codes": []}
    with store.write() as w:
        ids["case"] = w.create("cases", reference="KZ-2012-0037",
                               title="Массовый процесс над нефтяниками (вымышленный)",
                               opened_on="2012-01-10")
        ids["trial"] = w.create("proceedings", case_id=ids["case"], **TRIAL)
        for i in range(n):
            name, code = defendant_name(i), f"ZH-{i + 1:02d}"
            pid = w.create("people", name=name, pseudonym=f"Подсудимый {i + 1:02d}", code=code,
                           category="person_category.detainee")
            ids["names"].append(name)
            ids["codes"].append(code)
            ids["defendants"].append(w.create("proceeding_defendants",
                                              proceeding_id=ids["trial"], person_id=pid,
                                              **defendant_values(i)))
            ids.setdefault("people", []).append(pid)
        ids["appeal"] = w.create("proceedings", case_id=ids["case"],
                                 kind="proceeding_kind.appeal", court="Мангистауский областной "
                                 "суд (вымышленный)", started_on="2012-08~")
        for pid in ids["people"][:2]:
            w.create("proceeding_defendants", proceeding_id=ids["appeal"], person_id=pid,
                     verdict="defendant_verdict.pending")
    return ids
