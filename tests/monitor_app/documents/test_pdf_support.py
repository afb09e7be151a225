"""Support for the timeline, case-file and PDF tests (no tests here): a small, precisely
known case built through the Writer."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

TODAY = date(2024, 3, 1)

VICTIM = "Асхат Нурланович Иванов"
MOTHER = "Иванова Мария Петровна"
LAWYER = "Ерлан Нұрланұлы"
OFFICER = "Серикбаев Данияр"
MONITOR = "Gulnara Sadykova"
NAMES = (VICTIM, MOTHER, LAWYER, OFFICER, MONITOR)
PSEUDONYMS = ("Заявитель А.", "Мать заявителя", "Адвокат Е.", "Сотрудник С.", "Monitor G.")


@dataclass
class Built:
    case_id: str
    visit_id: str
    visit2_id: str
    complaint_id: str
    steps: dict[str, str]
    people: dict[str, str]
    evidence: list[str]
    empty_case_id: str


def png_bytes(colour: tuple[int, int, int] = (180, 60, 60), size: int = 64) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, format="PNG")
    return out.getvalue()


def build(store: Any) -> Built:
    """A case with 5 people, an allegation with a medical exam, one complaint whose second
    step was answered 10 days late and whose current step is overdue, a reprisal provoked by
    a visit, two visits to the same place (with a recommendation followed up), evidence."""
    with store.write() as w:
        fac = w.create("facilities", designation="ЕЦ-166/4", name="Исправительная колония",
                       kind="place_kind.penal_colony", region="region.karaganda",
                       address="г. Караганда, ул. Тюремная 1")
        p = {}
        for key, name, pseudo, extra in (
            ("victim", VICTIM, PSEUDONYMS[0], {"category": "person_category.detainee",
                                               "birth_date": "1990-05-17",
                                               "contact": "+7 701 000 00 00",
                                               "address": "г. Темиртау, ул. Ленина 5, кв. 3",
                                               "consent_share_lawyer": True}),
            ("mother", MOTHER, PSEUDONYMS[1], {"category": "person_category.relative",
                                               "contact": "+7 702 111 11 11"}),
            ("lawyer", LAWYER, PSEUDONYMS[2], {"category": "person_category.lawyer"}),
            ("officer", OFFICER, PSEUDONYMS[3], {"category": "person_category.official",
                                                 "rank": "капитан", "unit": "ОСН"}),
            ("monitor", MONITOR, PSEUDONYMS[4], {"category": "person_category.monitor"}),
        ):
            p[key] = w.create("people", name=name, pseudonym=pseudo, code=f"K-{key[:3]}",
                              **extra)
        case = w.create("cases", reference="KZ-2023-017", title="Избиение Иванова в ЕЦ-166/4",
                        summary="Асхата Иванова избили сотрудники после жалобы. Мать, Иванова "
                                "М.П., обратилась к адвокату Ерлану Нұрланұлы.",
                        primary_victim_id=p["victim"], facility_id=fac,
                        opened_on=date(2023, 1, 10), status=None)
        for key, role in (("mother", "person_role.relative"), ("lawyer", "person_role.lawyer"),
                          ("officer", "person_role.alleged_perpetrator")):
            w.create("case_people", case_id=case, person_id=p[key], role=role)
        visit = w.create("visits", facility_id=fac, body="monitoring_body.npm",
                         visit_type="visit_type.special", announced=False,
                         started_on="2023-01-05", started_time="10:00",
                         ended_on="2023-01-05", ended_time="15:30",
                         access_outcome="access_outcome.restricted",
                         summary="Иванов рассказал об избиении.")
        w.create("visit_team", visit_id=visit, person_id=p["monitor"], is_lead=True)
        w.create("interviews", visit_id=visit, person_id=p["victim"], private=True,
                 notes="Говорил с Асхатом наедине.")
        w.create("obstructions", visit_id=visit, kind="obstruction.staff_present",
                 details="Сотрудник Серикбаев присутствовал при беседе.")
        w.create("findings", visit_id=visit, area="finding_area.treatment",
                 text="Следы побоев у Иванова.")
        rec = w.create("recommendations", visit_id=visit, facility_id=fac,
                       area="finding_area.treatment", text="Провести проверку.",
                       status="recommendation_status.not_implemented")
        visit2 = w.create("visits", facility_id=fac, body="monitoring_body.npm",
                          visit_type="visit_type.follow_up",
                          started_on="2023-06-01", started_time="09:00")
        w.create("recommendation_followups", recommendation_id=rec, visit_id=visit2,
                 status="recommendation_status.partly_implemented", notes="Проверка начата.")
        w.create("recommendations", visit_id=visit2, facility_id=fac,
                 area="finding_area.health_care", text="Обеспечить осмотр врачом.")
        alleg = w.create("allegations", case_id=case, visit_id=visit, facility_id=fac,
                         kind="allegation_kind.torture", summary="Избиение в ШИЗО",
                         narrative="Капитан Серикбаев избил Иванова дубинкой; Асхату угрожали. "
                                   "Нұрланұлы Ерлан подал жалобу.",
                         date_from="2022-12", injuries="Гематомы на спине",
                         methods=["method.beating"], purposes=["purpose.punishment"],
                         legal_qualification=None)
        w.create("allegation_people", allegation_id=alleg, person_id=p["victim"], role="victim")
        w.create("allegation_people", allegation_id=alleg, person_id=p["officer"],
                 role="perpetrator")
        w.create("medical_exams", allegation_id=alleg, exam_date="2023-01-06",
                 examiner="Д-р Петров", istanbul_protocol="istanbul_protocol.no",
                 findings="Кровоподтёки")
        comp = w.create("complaints", case_id=case, allegation_id=alleg,
                        complainant_id=p["lawyer"], body="complaint_body.prosecutor",
                        subject="Жалоба на избиение Иванова", filed_on=date(2023, 1, 12))
        steps = {}
        steps["filed"] = w.create("complaint_steps", complaint_id=comp,
                                  stage="complaint_stage.complaint_filed",
                                  body="complaint_body.prosecutor", occurred_on=date(2023, 1, 12),
                                  answer_due=date(2023, 2, 2), answered_on=date(2023, 2, 1))
        steps["check"] = w.create("complaint_steps", complaint_id=comp,
                                  stage="complaint_stage.preliminary_check",
                                  occurred_on=date(2023, 2, 1), answer_due=date(2023, 2, 11),
                                  reference_no="№ 12-34")
        steps["refusal"] = w.create("complaint_steps", complaint_id=comp,
                                    stage="complaint_stage.appeal",
                                    occurred_on=date(2023, 2, 21), answer_due=date(2023, 3, 14),
                                    outcome="Ответа нет")
        w.create("reprisals", target_id=p["victim"], target_role="person_role.victim",
                 kind="reprisal_kind.solitary_confinement", occurred_on="2023-01-07",
                 case_id=case, visit_id=visit, description="Иванова поместили в ШИЗО.")
        evidence = [
            w.add_evidence(png_bytes(), file_name="ivanov_back.png", case_id=case,
                           kind="evidence_kind.photo", captured_on="2023-01-06"),
            w.add_evidence(b"%PDF-1.4 scan", file_name="complaint.pdf", case_id=case,
                           kind="evidence_kind.complaint_scan"),
            w.add_evidence(png_bytes((20, 20, 200)), file_name="cell.png", case_id=case,
                           kind="evidence_kind.photo", sensitive=True),
        ]
        empty = w.create("cases", reference="KZ-EMPTY", title="Пустое дело")
    return Built(case, visit, visit2, comp, steps, p, evidence, empty)
