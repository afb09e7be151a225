"""Demo reprisals the seed reports describe, in the first case that can hold them: a
counter-charge for "false reporting" entered as a complaint step (and so also a reprisal),
followed by a conviction and an appeal; a relative ill-treated to pressure the victim; a
transfer with its destination. Deterministic: the first case by reference whose complaint
names a complainant, and the demo's own random generator after every case is written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from db.models import Case, CasePerson, Complaint
from monitor_app.dates import ApproxDate
from monitor_app.operations.reprisals import COUNTER_CHARGE, save_complaint_step


def _after(start: date, days: int, anchor: date) -> date:
    return min(start + timedelta(days=days), anchor)


def add_reprisal_shapes(demo: Any, anchor: date) -> None:
    """Write the shapes above in one transaction (nothing when the store has no case);
    ``demo`` is monitor_app.demo's generator, no date is later than ``anchor``."""
    with demo.store.write(source="demo", immediate=True) as w:
        demo.w = w
        s = w.session
        row = s.execute(
            select(Case, Complaint).join(Complaint, Complaint.case_id == Case.id)
            .where(Case.deleted.is_(False), Complaint.deleted.is_(False),
                   Complaint.complainant_id.is_not(None), Complaint.filed_on.is_not(None),
                   Case.primary_victim_id.is_not(None), Case.reference.like(f"%{demo.tag}%"))
            .order_by(Case.reference, Complaint.filed_on, Complaint.id).limit(1)).first()
        if row is None:
            return
        case, complaint = row
        filed = ApproxDate.from_iso(complaint.filed_on).latest() or anchor
        victim = case.primary_victim_id

        # the counter-charge: a step of the complaint, and the reprisal it also is
        charged = _after(filed, 41, anchor)
        outcome = save_complaint_step(w, None, {
            "complaint_id": complaint.id, "stage": COUNTER_CHARGE,
            "body": "complaint_body.police", "occurred_on": ApproxDate(charged.year,
                                                                       charged.month),
            # a case under Art. 419 is registered like any other: an ERDR number
            "reference_no": demo.step_ref("police", charged, "erdr_registration"),
            "outcome": "Против заявителя начато досудебное расследование по ст. 419 УК "
                       "(заведомо ложный донос).",
            "notes": "Расследование ведёт тот же отдел полиции, на сотрудников которого "
                     "подана жалоба."})
        demo.counts["complaint_steps"] += 1
        demo.counts["reprisals"] += 1
        prosecution = next(rid for kind, rid in outcome.created if kind == "reprisals")
        w.update("reprisals", prosecution, perpetrator="Отдел полиции",
                 risk_level="risk_level.high",
                 description="Обвинение в заведомо ложном доносе за жалобу о пытках.")
        convicted = _after(charged, 150, anchor)
        conviction = demo.create(
            "reprisals", kind="reprisal_kind.conviction", follows_id=prosecution,
            occurred_on=ApproxDate.from_date(convicted), case_id=case.id,
            complaint_id=complaint.id, target_id=complaint.complainant_id,
            target_role="person_role.complainant",
            outcome="reprisal_outcome.convicted",
            sentence="2 года ограничения свободы", perpetrator="Районный суд",
            description="Осуждён по ст. 419 ч. 1 УК.", risk_level="risk_level.high")
        appealed = _after(convicted, 70, anchor)
        demo.create(
            "reprisals", kind="reprisal_kind.appeal_ruling", follows_id=conviction,
            occurred_on=ApproxDate(appealed.year, appealed.month), case_id=case.id,
            complaint_id=complaint.id, target_id=complaint.complainant_id,
            target_role="person_role.complainant", outcome="reprisal_outcome.reduced_on_appeal",
            sentence="1 год ограничения свободы", perpetrator="Областной суд",
            description="Апелляционная инстанция смягчила наказание.",
            risk_level="risk_level.medium")

        # a relative ill-treated to pressure the victim
        relative = s.scalars(select(CasePerson.person_id).where(
            CasePerson.case_id == case.id, CasePerson.role == "person_role.relative",
            CasePerson.deleted.is_(False), CasePerson.person_id != victim)
            .order_by(CasePerson.created_at).limit(1)).first()
        if relative is None:
            relative, _name = demo.person("relative", female=False, word="Relative")
            w.create("case_people", case_id=case.id, person_id=relative,
                     role="person_role.relative")
        beaten = _after(filed, 12, anchor)
        demo.create(
            "reprisals", kind="reprisal_kind.violence", target_id=relative,
            target_role="person_role.relative", aimed_at_id=victim,
            occurred_on=ApproxDate.from_date(beaten), case_id=case.id,
            complaint_id=complaint.id, perpetrator="Сотрудники отдела полиции",
            description="Родственника задержали и избили, требуя отозвать жалобу.",
            risk_level="risk_level.critical")

        # a transfer, with where to
        here = case.facility_id
        elsewhere = next((p.id for p in demo.places if p.id != here), None)
        if elsewhere is not None:
            moved = _after(filed, 25, anchor)
            demo.create(
                "reprisals", kind="reprisal_kind.transfer", target_id=victim,
                target_role="person_role.victim", destination_facility_id=elsewhere,
                occurred_on=ApproxDate(moved.year, moved.month), case_id=case.id,
                complaint_id=complaint.id, perpetrator="Администрация учреждения",
                description="Этапирован в другую область без уведомления адвоката и семьи.",
                risk_level="risk_level.high")
    demo.w = None
