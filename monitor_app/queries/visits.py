"""When a visit happened, and which visit came before another: one rule for every view.

A visit begins and ends at a :class:`~monitor_app.dates.Moment`: an approximate day ("5
March 2024", "March 2014", or unknown) plus, only when recorded, the time of day. Lists sort
visits by :func:`start_key` (the day's sort key, then the time), the case file and the
visit report read :func:`start` / :func:`end`, and the visit form, its report and its
recommendations' follow-up all ask :func:`previous_visit` which visit came before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import Visit
from monitor_app.dates import Moment
from monitor_app.queries.timeline import approx_sort_key

__all__ = ["end", "previous_visit", "start", "start_key"]


def start(visit: Any) -> Moment:
    """When ``visit`` (a row or anything with its fields) began, at its recorded precision."""
    return Moment.of(visit.started_on, visit.started_time)


def end(visit: Any) -> Moment:
    """When ``visit`` ended; an unknown Moment when not recorded."""
    return Moment.of(visit.ended_on, visit.ended_time)


def start_key(visit: Any = Visit) -> ColumnElement[str]:
    """SQL text that sorts visits by when they began, as :meth:`Moment.sort_key` does: the
    day's :func:`~monitor_app.queries.timeline.approx_sort_key`, then the time (a day
    without its time first). NULL for a visit whose day is unknown."""
    return approx_sort_key(visit.started_on) + func.coalesce(visit.started_time, "")


def _key_text(moment: Moment) -> str | None:
    """:func:`start_key` of a moment, computed in Python (the same text SQL gives)."""
    key = moment.sort_key()
    if key is None:
        return None
    (first, rank, precision, about), clock = key
    timed = f"{clock.hour:02d}:{clock.minute:02d}" if moment.time is not None else ""
    return f"{first.isoformat()}{rank}{precision}{about}{timed}"


def previous_visit(session: Session, facility_id: str | None, visit_id: str | None = None,
                   begun: Moment | None = None) -> Visit | None:
    """The visit to the same place before one that began at ``begun``: the latest live,
    dated visit that began earlier (by :func:`start_key`). When ``begun`` is unknown (a new
    visit not yet dated, an undated one), the latest dated visit to the place. Visits whose
    day is unknown are never "the previous one": nothing says when they were."""
    if not facility_id:
        return None
    key = start_key()
    stmt = select(Visit).where(Visit.facility_id == facility_id, Visit.deleted.is_(False),
                               Visit.started_on.is_not(None))
    if visit_id:
        stmt = stmt.where(Visit.id != visit_id)
    before = _key_text(begun) if begun is not None else None
    if before is not None:
        stmt = stmt.where(key < before)
    return session.scalars(stmt.order_by(key.desc(), Visit.created_at.desc()).limit(1)).first()
