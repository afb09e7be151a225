"""A case's trials, appeals and other proceedings with their defendants, as plain data.

One read gives every proceeding of a case and all their defendants (two queries, however
many defendants: a trial of 37 is one query, not 37). :func:`load_proceedings` is what the
case file (``monitor_app.queries.casefile``) holds and the dossier prints;
:func:`proceeding_rows` and :func:`defendant_rows` are the case view's projections of it.

Every answer about a defendant may be not recorded (NULL): the verdict, the torture
complaint, when it was made, whether it reached the court record and the court's finding.
"Not recorded" is never shown as "no" or "none made".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Person, Proceeding, ProceedingDefendant
from monitor_app.dates import ApproxDate, stored_approx
from monitor_app.labels import person_name
from monitor_app.vocabulary import Vocab

__all__ = ["DefendantInfo", "DefendantRow", "ProceedingInfo", "ProceedingRow",
           "defendant_ids", "defendant_rows", "load_proceedings", "proceeding_rows",
           "verdict_counts"]

NO_COMPLAINT = "torture_complaint.none_made"


@dataclass(frozen=True)
class DefendantInfo:
    id: str
    person_id: str
    charges: str = ""
    legal_qualification: str = ""  # label
    verdict: str = ""  # label; "" when not recorded
    verdict_code: str | None = None
    sentence: str = ""
    torture_complaint: str = ""  # label; "" when not recorded
    torture_complaint_code: str | None = None
    complaint_when: str = ""  # label
    complaint_when_code: str | None = None
    in_court_record: bool | None = None  # None: not recorded
    court_finding: str = ""  # label
    court_finding_code: str | None = None
    finding_notes: str = ""

    @property
    def complained(self) -> bool | None:
        """Whether a torture complaint was made: None when that was not recorded."""
        if self.torture_complaint_code is None:
            return None
        return self.torture_complaint_code != NO_COMPLAINT


@dataclass(frozen=True)
class ProceedingInfo:
    id: str
    kind: str = ""  # label
    kind_code: str | None = None
    court: str = ""
    reference_no: str = ""
    started_on: ApproxDate | None = None
    ended_on: ApproxDate | None = None
    outcome: str = ""
    notes: str = ""
    defendants: tuple[DefendantInfo, ...] = ()


@dataclass(frozen=True)
class ProceedingRow:
    """A line of the case view's list of proceedings."""

    id: str
    cells: tuple[str, ...]  # started, kind, court, number, defendants, judgment


@dataclass(frozen=True)
class DefendantRow:
    """A line of a proceeding's defendants table in the editor."""

    id: str
    person_id: str
    cells: tuple[str, ...]  # defendant, verdict, sentence, complaint, in record, finding



def _order(p: Proceeding) -> tuple[object, ...]:
    when = stored_approx(p.started_on) or stored_approx(p.ended_on)
    # undated proceedings after the dated ones, in the order they were entered
    return (0, when.sort_key(), p.created_at) if when else (1, (), p.created_at)


def load_proceedings(session: Session, case_id: str, label: Callable[[str | None], str]
                     ) -> list[ProceedingInfo]:
    """The live proceedings of a case, oldest first, each with its live defendants in the
    order they were entered (``label`` turns a term code into its label)."""
    return _load(session, select(Proceeding).where(
        Proceeding.case_id == case_id, Proceeding.deleted.is_(False)), label)


def _load(session: Session, stmt: Any, label: Callable[[str | None], str]
          ) -> list[ProceedingInfo]:
    rows = sorted(session.scalars(stmt), key=_order)
    if not rows:
        return []
    by_proceeding: dict[str, list[DefendantInfo]] = {p.id: [] for p in rows}
    for d in session.scalars(select(ProceedingDefendant).where(
            ProceedingDefendant.proceeding_id.in_(list(by_proceeding)),
            ProceedingDefendant.deleted.is_(False))
            .order_by(ProceedingDefendant.created_at, ProceedingDefendant.id)):
        by_proceeding[d.proceeding_id].append(DefendantInfo(
            id=d.id, person_id=d.person_id, charges=d.charges or "",
            legal_qualification=label(d.legal_qualification), verdict=label(d.verdict),
            verdict_code=d.verdict, sentence=d.sentence or "",
            torture_complaint=label(d.torture_complaint),
            torture_complaint_code=d.torture_complaint,
            complaint_when=label(d.complaint_when), complaint_when_code=d.complaint_when,
            in_court_record=d.in_court_record, court_finding=label(d.court_finding),
            court_finding_code=d.court_finding, finding_notes=d.finding_notes or ""))
    return [ProceedingInfo(
        id=p.id, kind=label(p.kind), kind_code=p.kind, court=p.court or "",
        reference_no=p.reference_no or "", started_on=stored_approx(p.started_on),
        ended_on=stored_approx(p.ended_on), outcome=p.outcome or "", notes=p.notes or "",
        defendants=tuple(by_proceeding[p.id])) for p in rows]


def defendant_ids(proceedings: Iterable[ProceedingInfo]) -> list[str]:
    """Every defendant's person id, once, in the order of the proceedings."""
    out: list[str] = []
    for p in proceedings:
        for d in p.defendants:
            if d.person_id not in out:
                out.append(d.person_id)
    return out


def verdict_counts(p: ProceedingInfo) -> list[tuple[str, int]]:
    """(verdict label, how many defendants), in the order the verdicts first appear; the
    defendants whose verdict is not recorded are counted under ""."""
    counts: dict[str, int] = {}
    for d in p.defendants:
        counts[d.verdict] = counts.get(d.verdict, 0) + 1
    return list(counts.items())


def _names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {p.id: person_name({"name": p.name, "pseudonym": p.pseudonym, "code": p.code},
                              p.id[:8])
            for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}


def yes_no(value: bool | None, words: Callable[[str], str]) -> str:
    """A tri-state answer in words: ``words`` is asked for "yes", "no" or "not_recorded"."""
    return words("not_recorded" if value is None else "yes" if value else "no")


def proceeding_rows(session: Session, vocab: Vocab, case_id: str, lang: str = "en"
                    ) -> list[ProceedingRow]:
    """The case view's list: started, kind, court, number, defendants, judgment."""
    from monitor_app.documents.strings import text

    out = []
    for p in load_proceedings(session, case_id, lambda c: vocab.label(c, lang)):
        out.append(ProceedingRow(p.id, (
            p.started_on.format(lang) if p.started_on else text(lang, "date_unknown"),
            p.kind, p.court, p.reference_no, str(len(p.defendants)),
            p.ended_on.format(lang) if p.ended_on else "")))
    return out


def defendant_rows(session: Session, vocab: Vocab, proceeding_id: str, lang: str = "en"
                   ) -> list[DefendantRow]:
    """A proceeding's defendants for its editor, "not recorded" spelled out."""
    from monitor_app.documents.strings import text

    loaded = _load(session, select(Proceeding).where(
        Proceeding.id == proceeding_id, Proceeding.deleted.is_(False)),
        lambda c: vocab.label(c, lang))
    if not loaded:
        return []
    found = loaded[0]
    names = _names(session, (d.person_id for d in found.defendants))
    unknown = text(lang, "not_recorded")
    rows = []
    for d in found.defendants:
        complaint = d.torture_complaint or unknown
        if d.complained and d.complaint_when:
            complaint += f" · {d.complaint_when}"
        made = d.complained is not False  # a complaint made, or not known to be absent
        rows.append(DefendantRow(d.id, d.person_id, (
            names.get(d.person_id, ""), d.verdict or unknown, d.sentence, complaint,
            yes_no(d.in_court_record, lambda k: text(lang, k)) if made else "",
            (d.court_finding or unknown) if made else "")))
    return rows
