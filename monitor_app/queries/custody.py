"""A case's arrests and custody as plain data: the moments, the hours without a lawyer and the
registration delay computed (``monitor_app.custody``), never stored.

:func:`load_custody` is the one read of a case's custody records: the case file
(``monitor_app.queries.casefile``) holds its result and the case view's Custody tab shows
:func:`custody_rows`, a projection of the same read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Custody, Facility, Person
from monitor_app.custody import (
    HourInterval,
    Moment,
    format_hours,
    hours_between,
    hours_without_lawyer,
    registration_lateness,
)
from monitor_app.dates import DateParseError, Lateness
from monitor_app.labels import facility_label, person_name
from monitor_app.vocabulary import Vocab

__all__ = ["CustodyInfo", "CustodyTab", "custody_rows", "custody_tab", "load_custody"]

MOMENT_FIELDS = ("arrested", "registered", "lawyer", "doctor", "family", "released")


def _moment(row: Custody, name: str) -> Moment:
    try:
        return Moment.of(getattr(row, f"{name}_on"), getattr(row, f"{name}_time"))
    except (DateParseError, ValueError, TypeError):
        return Moment()


@dataclass(frozen=True)
class CustodyInfo:
    """One arrest and custody. ``*_given`` are tri-state (None: not recorded); a recorded
    moment means the safeguard was given even when the flag was left unset."""

    id: str
    person_id: str | None
    facility: str = ""
    facility_id: str | None = None
    arrest: Moment = Moment()
    registration: Moment = Moment()
    lawyer: Moment = Moment()
    lawyer_given: bool | None = None
    lawyer_of_choice: bool | None = None
    doctor: Moment = Moment()
    doctor_given: bool | None = None
    family: Moment = Moment()
    family_informed: bool | None = None
    released: Moment = Moment()
    charges: str = ""
    legal_qualification: str = ""
    register_number: str = ""
    notes: str = ""
    hours_without_lawyer: HourInterval | None = None
    without_lawyer_until_release: bool = False  # no lawyer at all: the hours up to release
    registration_delay: HourInterval | None = None
    registration_late: Lateness = "unknown"  # the 3-hour rule, where it applies

    def redacted(self, scrub: Callable[[str], str], private: Callable[[str], str]
                 ) -> CustodyInfo:
        """A copy fit for a redacted file: texts that may name people scrubbed, notes as
        the level treats notes (``monitor_app.documents.redaction``)."""
        return replace(self, facility=scrub(self.facility), charges=scrub(self.charges),
                       register_number=scrub(self.register_number), notes=private(self.notes))


def _given(flag: bool | None, moment: Moment) -> bool | None:
    return True if moment.known else flag


def load_custody(session: Session, case_id: str, label: Callable[[str | None], str]
                 ) -> tuple[CustodyInfo, ...]:
    """The live custody records of a case, arrests in date order (undated last, as
    entered); ``label`` turns a term code into the file's language."""
    rows = list(session.scalars(select(Custody).where(
        Custody.case_id == case_id, Custody.deleted.is_(False)).order_by(Custody.created_at)))
    places = {f.id: f for f in session.scalars(select(Facility).where(
        Facility.id.in_({r.facility_id for r in rows if r.facility_id})))} if rows else {}
    out = []
    for r in rows:
        m = {name: _moment(r, name) for name in MOMENT_FIELDS}
        lawyer_given = _given(r.lawyer_access, m["lawyer"])
        without = hours_without_lawyer(m["arrested"], m["lawyer"], lawyer_given=lawyer_given,
                                       released=m["released"])
        out.append(CustodyInfo(
            id=r.id, person_id=r.person_id,
            facility=facility_label(places.get(r.facility_id)) if r.facility_id else "",
            facility_id=r.facility_id, arrest=m["arrested"], registration=m["registered"],
            lawyer=m["lawyer"], lawyer_given=lawyer_given, lawyer_of_choice=r.lawyer_of_choice,
            doctor=m["doctor"], doctor_given=_given(r.doctor_access, m["doctor"]),
            family=m["family"], family_informed=_given(r.family_informed, m["family"]),
            released=m["released"], charges=r.charges or "",
            legal_qualification=label(r.legal_qualification),
            register_number=r.register_number or "", notes=r.notes or "",
            hours_without_lawyer=without,
            without_lawyer_until_release=without is not None and not m["lawyer"].known,
            registration_delay=hours_between(m["arrested"], m["registered"]),
            registration_late=registration_lateness(m["arrested"], m["registered"])))
    out.sort(key=lambda c: (c.arrest.day is None,
                            c.arrest.day.sort_key() if c.arrest.day else (),
                            c.arrest.time is None, c.arrest.time or ""))
    return tuple(out)


def custody_rows(session: Session, vocab: Vocab, case_id: str, lang: str = "en",
                 not_recorded: str = "—") -> list[tuple[str, tuple[str, ...]]]:
    """(id, cells) per custody record for the case view: person, arrest, registration, first
    lawyer, hours without a lawyer, register number. ``not_recorded`` fills an unknown
    moment."""
    infos = load_custody(session, case_id, lambda code: vocab.label(code, lang))
    ids = {c.person_id for c in infos if c.person_id}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))} \
        if ids else {}

    def shown(moment: Moment) -> str:
        return moment.format(lang) or not_recorded

    out = []
    for c in infos:
        p = people.get(c.person_id or "")
        who = person_name({"name": p.name, "pseudonym": p.pseudonym, "code": p.code}) \
            if p is not None else ""
        out.append((c.id, (who, shown(c.arrest), shown(c.registration), shown(c.lawyer),
                           format_hours(c.hours_without_lawyer, lang) or not_recorded,
                           c.register_number)))
    return out


@dataclass(frozen=True)
class CustodyTab:
    """What the case view's Custody tab shows: the rows, and whom a new arrest is of."""

    rows: tuple[tuple[str, tuple[str, ...]], ...]
    victim_id: str | None = None


def custody_tab(session: Session, vocab: Vocab, case_id: str, lang: str = "en",
                not_recorded: str = "—") -> CustodyTab:
    case = session.get(Case, case_id)
    return CustodyTab(tuple(custody_rows(session, vocab, case_id, lang, not_recorded)),
                      case.primary_victim_id if case is not None else None)
