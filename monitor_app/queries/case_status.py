"""A case's status history as plain data: what the case view lists and the dossier prints.

The entries are in the order they were entered (the last one is the current status; see
``monitor_app.operations.case_status``), each with its date at its precision or unknown.
A reopening is an entry from a closed status to one that is not closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CaseStatusChange
from monitor_app.dates import ApproxDate, stored_approx
from monitor_app.vocabulary import Vocab

REOPENED = "case_status.reopened"
CLOSED = "case_status.closed"

__all__ = ["StatusChange", "chronology_entries", "history_labels", "records_closure",
           "status_history", "summary_line"]


@dataclass(frozen=True)
class StatusChange:
    id: str
    status: str = ""  # label, in the file's language
    status_code: str | None = None
    changed_on: ApproxDate | None = None  # None: unknown
    closed: bool = False  # the status closes the case
    reopening: bool = False  # from a closed status to one that is not
    reason: str = ""
    notes: str = ""

    @property
    def undated(self) -> bool:
        return self.changed_on is None



def status_history(session: Session, case_id: str, lang: str = "en",
                   vocab: Vocab | None = None) -> tuple[StatusChange, ...]:
    """The live status changes of a case, oldest entry first."""
    rows = session.scalars(select(CaseStatusChange).where(
        CaseStatusChange.case_id == case_id, CaseStatusChange.deleted.is_(False))
        .order_by(CaseStatusChange.created_at, CaseStatusChange.id)).all()
    if not rows:
        return ()
    vocab = vocab or Vocab.load(session, {r.status for r in rows if r.status})
    out: list[StatusChange] = []
    was_closed = False
    for r in rows:
        closed = bool(r.status and vocab.attr(r.status, "closed", False))
        out.append(StatusChange(
            id=r.id, status=vocab.label(r.status, lang) if r.status else "",
            status_code=r.status, changed_on=stored_approx(r.changed_on), closed=closed,
            reopening=was_closed and not closed, reason=r.reason or "", notes=r.notes or ""))
        was_closed = closed
    return tuple(out)


def _when(change: StatusChange, lang: str) -> str:
    from monitor_app.documents.strings import text as t

    return change.changed_on.format(lang) if change.changed_on else t(lang, "date_unknown")


def summary_line(history: tuple[StatusChange, ...], lang: str) -> str:
    """"Open 2 May 2013 · Closed 12 Mar 2014 · Reopened about June 2016" (undated entries
    say so); empty for a case with a single entry or none (its status says it all)."""
    if len(history) < 2:
        return ""
    return " · ".join(f"{c.status or '—'} {_when(c, lang)}" for c in history)


def chronology_entries(history: tuple[StatusChange, ...], opened_on: date | None, lang: str
                       ) -> list[tuple[ApproxDate, str, str]]:
    """The dated status changes as chronology entries ``(date, description, id)``. The
    first entry is left out when it is the status the case was opened in on its opening
    day ("Case opened" says it); undated entries have no place in a chronology."""
    from monitor_app.documents.strings import text as t

    out = []
    for i, c in enumerate(history):
        if c.changed_on is None:
            continue
        if (i == 0 and not c.closed and opened_on is not None
                and c.changed_on == ApproxDate.from_date(opened_on)):
            continue
        if c.status_code == REOPENED or (c.reopening and not c.status):
            what = t(lang, "chron_case_reopened")
        elif c.reopening:
            what = f"{t(lang, 'chron_case_reopened')} · {c.status}"
        elif c.status_code == CLOSED:
            what = t(lang, "chron_case_closed")
        else:
            what = t(lang, "chron_status", status=c.status or "—")
        if c.reason:
            what += f" · {c.reason}"
        out.append((c.changed_on, what, c.id))
    return out


def records_closure(history: tuple[StatusChange, ...], closed_on: date) -> bool:
    """Whether a status change already says the case closed on ``closed_on`` (the
    chronology then prints it once)."""
    day = ApproxDate.from_date(closed_on)
    return any(c.closed and c.changed_on == day for c in history)


def history_labels(session: Session, case_id: str, lang: str, vocab: Vocab
                   ) -> dict[tuple[str, str], str]:
    """Labels of the case's status changes (deleted ones too) in its history of changes."""
    out: dict[tuple[str, str], str] = {}
    for r in session.scalars(select(CaseStatusChange).where(
            CaseStatusChange.case_id == case_id)):
        when = stored_approx(r.changed_on)
        change = StatusChange(r.id, vocab.label(r.status, lang) if r.status else "",
                              r.status, when)
        out[("case_status_changes", r.id)] = f"{change.status} · {_when(change, lang)}"
    return out
