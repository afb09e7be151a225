"""A monitoring visit with its parts: team, interviews, obstructions, findings per area,
follow-ups of earlier recommendations and new recommendations, saved in one go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db.models import (
    Finding,
    Interview,
    Obstruction,
    RecommendationFollowUp,
    Visit,
    VisitTeamMember,
)
from monitor_app.operations.outcome import Outcome, Recording
from monitor_app.operations.records import errors_under, write_fields
from monitor_app.records import Writer

OPEN = "recommendation_status.open"


@dataclass
class FollowUp:
    """The status of an earlier recommendation as seen on this visit."""

    recommendation_id: str
    status: str | None
    notes: str = ""


@dataclass
class NewRecommendation:
    """A recommendation made on this visit (to the visited place)."""

    text: str
    area: str | None = None
    addressee: str = ""
    status: str | None = None  # open when not given


@dataclass
class InterviewData:
    """A person met on the visit."""

    person_id: str
    private: bool | None = None  # None: not recorded
    notes: str = ""


@dataclass
class VisitData:
    """What a visit should be once saved. A part left at None is not touched.

    - ``fields``: the visit's own fields to set (for an existing visit the changed ones
      are enough).
    - ``team``: person ids of the whole team; members not named are removed. When the
      visit had no team yet, the first named leads it.
    - ``interviews``: the whole set of people met, one interview per person.
    - ``obstructions``: kind -> details ("" for none given); a kind mapped to None is
      removed, a kind not named is left as it is.
    - ``findings``: area -> text; an empty text removes the area's finding, an area not
      named is left as it is.
    - ``followups``: the status seen of earlier recommendations (created, or changed).
    - ``new_recommendations``: added to the visit, addressed to its place.
    """

    visit_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    team: Sequence[str] | None = None
    interviews: Sequence[InterviewData] | None = None
    obstructions: Mapping[str, str | None] | None = None
    findings: Mapping[str, str] | None = None
    followups: Sequence[FollowUp] | None = None
    new_recommendations: Sequence[NewRecommendation] = ()


def save_visit(w: Writer, data: VisitData, *, expected_revision: str | None = None
               ) -> Outcome:
    """Create or change a visit and bring its parts to what ``data`` says, in the caller's
    transaction: any invalid part raises and nothing of the visit is kept.

    Errors of a part are named after it (``findings[finding_area.health_care].area``,
    ``team[1].person_id``); ``outcome.record_id`` is the visit's id.
    """
    rec = Recording(w)
    visit_id = write_fields(rec, "visits", data.visit_id, data.fields, expected_revision)
    if data.team is not None:
        _save_team(rec, visit_id, data.team)
    if data.interviews is not None:
        _save_interviews(rec, visit_id, data.interviews)
    if data.obstructions is not None:
        _save_obstructions(rec, visit_id, data.obstructions)
    if data.findings is not None:
        _save_findings(rec, visit_id, data.findings)
    if data.followups is not None:
        _save_followups(rec, visit_id, data.followups)
    if data.new_recommendations:
        facility_id = rec.session.get(Visit, visit_id).facility_id
        for i, new in enumerate(data.new_recommendations):
            with errors_under(f"new_recommendations[{i}]"):
                rec.create("recommendations", visit_id=visit_id, facility_id=facility_id,
                           area=new.area, text=new.text, addressee=new.addressee or "",
                           status=new.status or OPEN)
    return rec.outcome(visit_id)


def add_interview(w: Writer, visit_id: str, person_id: str, *, private: bool | None = None,
                  notes: str = "") -> Outcome:
    """Record that a person was interviewed on a visit; ``outcome.record_id`` is the
    interview's id."""
    rec = Recording(w)
    interview_id = rec.create("interviews", visit_id=visit_id, person_id=person_id,
                            private=private, notes=notes)
    return rec.outcome(interview_id)


def _live(rec: Recording, model: Any, visit_id: str) -> list[Any]:
    return list(rec.session.scalars(select(model).where(
        model.visit_id == visit_id, model.deleted.is_(False)).order_by(model.created_at)))


def _save_team(rec: Recording, visit_id: str, team: Sequence[str]) -> None:
    members = _live(rec, VisitTeamMember, visit_id)
    wanted = list(dict.fromkeys(p for p in team if p))
    for member in members:
        if member.person_id not in wanted:
            rec.delete("visit_team", member.id)
    present = {m.person_id for m in members}
    for i, person_id in enumerate(wanted):
        if person_id not in present:
            with errors_under(f"team[{i}]"):
                rec.create("visit_team", visit_id=visit_id, person_id=person_id,
                         is_lead=not members and i == 0)


def _save_interviews(rec: Recording, visit_id: str, interviews: Sequence[InterviewData]) -> None:
    current = {i.person_id: i for i in _live(rec, Interview, visit_id)}
    wanted = {i.person_id: i for i in interviews}
    for person_id, row in current.items():
        if person_id not in wanted:
            rec.delete("interviews", row.id)
    for i, (person_id, item) in enumerate(wanted.items()):
        with errors_under(f"interviews[{i}]"):
            row = current.get(person_id)
            if row is None:
                rec.create("interviews", visit_id=visit_id, person_id=person_id,
                         private=item.private, notes=item.notes)
            elif (row.private, row.notes) != (item.private, item.notes):
                rec.update("interviews", row.id, private=item.private, notes=item.notes)


def _save_obstructions(rec: Recording, visit_id: str,
                       obstructions: Mapping[str, str | None]) -> None:
    current: dict[str, Obstruction] = {}
    for row in _live(rec, Obstruction, visit_id):
        current.setdefault(row.kind, row)
    for kind, details in obstructions.items():
        row = current.get(kind)
        with errors_under(f"obstructions[{kind}]"):
            if details is None:
                if row is not None:
                    rec.delete("obstructions", row.id)
            elif row is None:
                rec.create("obstructions", visit_id=visit_id, kind=kind, details=details)
            elif row.details != details:
                rec.update("obstructions", row.id, details=details)


def _save_findings(rec: Recording, visit_id: str, findings: Mapping[str, str]) -> None:
    current: dict[str, Finding] = {}
    for row in _live(rec, Finding, visit_id):
        current.setdefault(row.area, row)
    for area, text in findings.items():
        row = current.get(area)
        with errors_under(f"findings[{area}]"):
            if not text:
                if row is not None:
                    rec.delete("findings", row.id)
            elif row is None:
                rec.create("findings", visit_id=visit_id, area=area, text=text)
            elif row.text != text:
                rec.update("findings", row.id, text=text)


def _save_followups(rec: Recording, visit_id: str, followups: Sequence[FollowUp]) -> None:
    mine: dict[str, RecommendationFollowUp] = {}
    for row in _live(rec, RecommendationFollowUp, visit_id):
        mine.setdefault(row.recommendation_id, row)
    for i, f in enumerate(followups):
        row = mine.get(f.recommendation_id)
        with errors_under(f"followups[{i}]"):
            if row is not None:
                if (row.status, row.notes) != (f.status, f.notes):
                    rec.update("recommendation_followups", row.id, status=f.status,
                             notes=f.notes)
            elif f.status or f.notes:
                rec.create("recommendation_followups", recommendation_id=f.recommendation_id,
                         visit_id=visit_id, status=f.status, notes=f.notes)
