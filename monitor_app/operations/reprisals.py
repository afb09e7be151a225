"""A counter-charge is two facts at once: a step of the complaint (the procedure turned
against the complainant) and a reprisal for that complaint. Both are kept together here.

Saving a step at the stage ``counter_charge`` (:func:`save_complaint_step`) creates, in the
same transaction, a reprisal of kind ``criminal_prosecution`` against the complaint's
complainant (else the case's victim), linked to the complaint, its case and allegation and
to the step (``complaint_step_id``), dated as the step. Saving the step again updates that
one reprisal (its date and links follow the step; what a user wrote on the reprisal, its
kind, outcome, sentence or target, is kept), never a second one.

When the step stops being a counter-charge (its stage is changed) or is deleted, its
reprisal is deleted with it: the reprisal *is* that step, and a reprisal that no step
stands for would claim a counter-charge nobody recorded. Deletion is the usual soft one:
restoring the step (or setting the stage back) restores the same reprisal, with what was
written on it. Reprisals that follow it in a chain keep their link and, while it is
deleted, start the chain themselves.

The reverse is not done: a reprisal of kind criminal prosecution linked to a complaint
need not be a step of it (the complaint may not be the procedure the charge is in).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from db.models import Case, Complaint, ComplaintStep, Reprisal
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.records import Writer

COUNTER_CHARGE = "complaint_stage.counter_charge"
PROSECUTION = "reprisal_kind.criminal_prosecution"
COMPLAINANT = "person_role.complainant"
VICTIM = "person_role.victim"


def save_complaint_step(w: Writer, step_id: str | None, values: Mapping[str, Any],
                        expected_revision: str | None = None) -> Outcome:
    """Create (``step_id`` None) or change a complaint step; a counter-charge step gets
    (or keeps up to date) the reprisal it also is. ``outcome.record_id`` is the step's id."""
    rec = Recording(w)
    if step_id is None:
        sid = rec.create("complaint_steps", **values)
    else:  # as operations.records.write_fields (which calls back here: no import of it)
        sid = step_id
        if "complaint_id" in values:
            rec.note_cases_before([("complaint_steps", sid)])
        rec.update("complaint_steps", sid, expected_revision=expected_revision, **values)
    sync_counter_charge(rec, sid)
    return rec.outcome(sid)


def counter_charge_reprisal(session: Any, step_id: str) -> Reprisal | None:
    """The reprisal a step stands for, deleted or not (the first made, should there be
    more than one)."""
    return session.scalars(select(Reprisal).where(Reprisal.complaint_step_id == step_id)
                           .order_by(Reprisal.created_at, Reprisal.id).limit(1)).first()


def sync_counter_charge(rec: Recording, step_id: str) -> str | None:
    """Make the step's reprisal agree with the step, in the caller's transaction: there
    while the step is a live counter-charge, deleted otherwise. Returns its id, or None."""
    s = rec.session
    s.flush()
    step = s.get(ComplaintStep, step_id)
    reprisal = counter_charge_reprisal(s, step_id)
    live_step = step is not None and not step.deleted and step.stage == COUNTER_CHARGE
    if not live_step:
        if reprisal is not None and not reprisal.deleted:
            rec.delete("reprisals", reprisal.id)
        return None
    complaint = s.get(Complaint, step.complaint_id)
    links: dict[str, Any] = {"occurred_on": step.occurred_on,
                             "complaint_id": step.complaint_id,
                             "case_id": complaint.case_id if complaint else None}
    if complaint is not None and complaint.allegation_id:
        links["allegation_id"] = complaint.allegation_id
    if reprisal is None:
        target, role = _target(s, complaint)
        return rec.create("reprisals", kind=PROSECUTION, target_id=target, target_role=role,
                          complaint_step_id=step_id, **links)
    if reprisal.deleted:
        rec.restore("reprisals", reprisal.id)
    if reprisal.target_id is None:
        target, role = _target(s, complaint)
        if target is not None:
            links.update(target_id=target, target_role=reprisal.target_role or role)
    changed = {k: v for k, v in links.items() if getattr(reprisal, k) != v}
    if changed:
        rec.note_cases_before([("reprisals", reprisal.id)])
        rec.update("reprisals", reprisal.id, **changed)
    return reprisal.id


def _target(session: Any, complaint: Complaint | None) -> tuple[str | None, str | None]:
    """Whom a counter-charge is against: the complainant, else the case's victim."""
    if complaint is None:
        return None, None
    if complaint.complainant_id:
        return complaint.complainant_id, COMPLAINANT
    case = session.get(Case, complaint.case_id)
    if case is not None and case.primary_victim_id:
        return case.primary_victim_id, VICTIM
    return None, None


def step_deleted(rec: Recording, step_id: str) -> None:
    """A deleted step takes its counter-charge reprisal with it (see the module's text)."""
    sync_counter_charge(rec, step_id)


def step_restored(rec: Recording, step_id: str) -> None:
    """A restored counter-charge step brings its reprisal back."""
    sync_counter_charge(rec, step_id)
