"""The dossier's shapes in the demo data (issue 9): a step the report gives no date for,
with notes that matter ("investigated by the agency conducting the case against him"), and
a monitor of a visit team who is also a person of a case (a witness of the injuries); the
oldest visit known, as the annual reports give older visits, only to its month.

Applied after the demo's cases are written, on the first case (by reference) that has
what each shape needs, so the same seed gives the same data and the rest of the demo's
random stream is untouched.
"""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import (
    Case,
    CasePerson,
    Complaint,
    ComplaintStep,
    Visit,
    VisitTeamMember,
)
from monitor_app.queries import visits as visit_queries
from monitor_app.queries.timeline import step_order
from monitor_app.records import Writer
from monitor_app.store import Store

UNDATED_NOTE = ("Проверку поручили тому же органу, который ведёт уголовное дело против "
                "заявителя; дата поручения в документах не указана.")


def add_dossier_shapes(store: Store) -> None:
    """Make the middle step of the first three-step complaint undated, with notes; link a
    monitor of a visit to the case's place to that case as a witness; make the oldest
    visit a month without its times."""
    with store.write(source="demo", immediate=True) as w:
        _shapes(w)
        _month_visit(w)


MONTH_NOTE = ("Посещение известно по ежегодному докладу НПМ, где указан только месяц; "
              "время начала и окончания не записано.")


def _month_visit(w: Writer) -> None:
    """The oldest dated visit as the reports give it: "the NPM visited in March 2014"."""
    oldest = w.session.scalars(select(Visit).where(
        Visit.deleted.is_(False), Visit.started_on.is_not(None))
        .order_by(visit_queries.start_key(), Visit.id).limit(1)).first()
    if oldest is None or oldest.started_on is None or len(oldest.started_on) < 7:
        return
    w.update("visits", oldest.id, started_on=oldest.started_on[:7], started_time=None,
             ended_on=None, ended_time=None,
             notes="\n".join(x for x in (oldest.notes, MONTH_NOTE) if x))


def _shapes(w: Writer) -> None:
    s = w.session
    cases = list(s.scalars(select(Case).where(Case.deleted.is_(False))
                           .order_by(Case.reference)))
    for case in cases:
        complaint_ids = list(s.scalars(select(Complaint.id).where(
            Complaint.case_id == case.id, Complaint.deleted.is_(False))
            .order_by(Complaint.filed_on, Complaint.created_at, Complaint.id)))
        for complaint_id in complaint_ids:
            steps = list(s.scalars(select(ComplaintStep).where(
                ComplaintStep.complaint_id == complaint_id, ComplaintStep.deleted.is_(False))
                .order_by(*step_order())))
            if len(steps) < 3:
                continue
            before, middle = steps[0], steps[1]
            if before.answered_on is not None:
                w.update("complaint_steps", before.id, answered_on=None)
            w.update("complaint_steps", middle.id, occurred_on=None, answer_due=None,
                     answered_on=None, notes=UNDATED_NOTE)
            break
        else:
            continue
        break
    for case in cases:
        if not case.facility_id:
            continue
        monitor = s.scalars(select(VisitTeamMember.person_id).join(
            Visit, Visit.id == VisitTeamMember.visit_id).where(
            Visit.facility_id == case.facility_id, Visit.deleted.is_(False),
            VisitTeamMember.deleted.is_(False))
            # the lead of the first visit (ids are random: never an order for the same seed)
            .order_by(visit_queries.start_key(), VisitTeamMember.is_lead.desc(),
                      VisitTeamMember.created_at).limit(1)).first()
        if monitor is None:
            continue
        linked = s.scalar(select(func.count()).select_from(CasePerson).where(
            CasePerson.case_id == case.id, CasePerson.person_id == monitor,
            CasePerson.deleted.is_(False)))
        if not linked:
            w.create("case_people", case_id=case.id, person_id=monitor,
                     role="person_role.witness",
                     notes="член группы посещения; видел следы побоев")
        return
