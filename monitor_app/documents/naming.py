"""Default file names for generated PDFs: the case reference or the place and date, no names."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Case, Facility, Visit
from monitor_app.labels import facility_label


def dossier_stem(session: Session, case_id: str) -> str:
    case = session.get(Case, case_id)
    return case.reference if case is not None else "case"


def visit_report_stem(session: Session, visit_id: str) -> str:
    visit = session.get(Visit, visit_id)
    if visit is None:
        return "visit"
    place = facility_label(session.get(Facility, visit.facility_id))
    # the day at its precision ("2024-03-05", "2014-03"), without EDTF's qualifier marks
    when = "".join(ch for ch in visit.started_on or "" if ch.isdigit() or ch == "-").strip("-")
    return "-".join(x for x in ("visit", place.split(" ")[0] if place else "", when) if x)
