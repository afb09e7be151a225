"""The SQL side of the lists: columns per kind, filters as WHERE, sorting and paging in SQL.

Nothing here imports Qt. A list holds a :class:`ListQuery`; the window asks for
``count`` and for pages of :class:`ListRow` (``fetch_page``), each a plain
dataclass with display values already resolved (vocabulary labels in the
requested language). Pages are taken with LIMIT/OFFSET over the ids only, then
the visible rows are read by id, so a store of 100,000 cases is never loaded whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal, literal_column, select
from sqlalchemy.orm import Session

from db import collation
from db.models import (
    Allegation,
    Case,
    Complaint,
    ComplaintStep,
    Facility,
    Person,
    Reprisal,
    Visit,
    VocabTerm,
)
from monitor_app import schema, search
from monitor_app.labels import PERSON_NAME_ORDER, approx_text
from monitor_app.queries import people as people_queries
from monitor_app.queries import timeline
from monitor_app.queries import visits as visit_queries
from monitor_app.vocabulary import Vocab

# The kinds with a list, in navigation order ("facilities" is shown as "Places").
KINDS = ("cases", "visits", "facilities", "people", "reprisals")
FILTERS = ("region", "place", "period", "status", "type")
PAGE_SIZE = 200

MODEL_OF: dict[str, Any] = {"cases": Case, "visits": Visit, "facilities": Facility,
                            "people": Person, "reprisals": Reprisal}


@dataclass(frozen=True)
class Column:
    """One list column: its key, English title (translated by the window) and sort key."""

    key: str
    title: str
    sort: Callable[[str], ColumnElement[Any]] | None  # lang -> SQL expression; None: unsortable
    width: int = 120
    numeric: bool = False
    reads: frozenset[str] = frozenset()  # other kinds whose records the cell shows


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: kind, search text, filters and sort order."""

    kind: str
    text: str = ""
    region: str | None = None
    facility_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None
    type: str | None = None
    sort_key: str | None = None
    descending: bool = False
    lang: str = "en"

    def with_(self, **changes: Any) -> ListQuery:
        return replace(self, **changes)


@dataclass(frozen=True)
class ListRow:
    """One visible row: the record id, display values in column order, and a tone.

    ``tone`` carries meaning for colour only: "overdue" or "high" (red), "due_soon"
    (amber), "closed" (grey) or None. ``marks`` says which cells show it (a closed
    row is grey throughout; a high risk colours the risk cell).
    """

    id: str
    values: tuple[Any, ...]
    tone: str | None = None
    marks: tuple[tuple[str, str], ...] = ()  # (column key, tone): the cells that carry it


@dataclass(frozen=True)
class KindSpec:
    columns: tuple[Column, ...]
    filters: frozenset[str]
    default_sort: str
    default_descending: bool
    status_vocabulary: str | None = None
    type_vocabulary: str | None = None
    where: Callable[[ListQuery], list[ColumnElement[bool]]] = field(default=lambda q: [])
    filter_reads: frozenset[str] = frozenset()  # other kinds the filters look at


# -- SQL helpers ---------------------------------------------------------------

def _label_col(lang: str) -> Any:
    return {"ru": VocabTerm.label_ru, "kk": VocabTerm.label_kk}.get(lang, VocabTerm.label_en)


def _label_of(col: Any, lang: str) -> Any:
    return select(_label_col(lang)).where(VocabTerm.code == col).scalar_subquery()


def _label_sort(col: Any) -> Callable[[str], ColumnElement[Any]]:
    """Sort by the vocabulary label in the interface language, in its alphabet."""
    return lambda lang: collation.sql_key(_label_of(col, lang), lang)


def _order_sort(col: Any) -> Callable[[str], ColumnElement[Any]]:
    """Sort by the term's place in its list (risk: low < medium < high < critical)."""
    return lambda lang: select(VocabTerm.sort_order).where(VocabTerm.code == col).scalar_subquery()


def _plain(col: Any) -> Callable[[str], ColumnElement[Any]]:
    return lambda lang: col


def _text(col: Any) -> Callable[[str], ColumnElement[Any]]:
    """A text column that may be blank: blanks sort last, like missing values."""
    return lambda lang: func.nullif(col, "")


def _name(of: Callable[[], Any]) -> Callable[[str], ColumnElement[Any]]:
    """A name or title, sorted as a reader of the interface language expects
    (:mod:`db.collation`: "Архипов" before "Ізбасаров"); blanks last, like missing values."""
    return lambda lang: collation.sql_key(of(), lang)


def _person_name(person_id: Any) -> ColumnElement[Any]:
    # the declared order of a person's names (labels.PERSON_NAME_ORDER), blanks skipped
    name = func.coalesce(*(func.nullif(getattr(Person, f), "") for f in PERSON_NAME_ORDER))
    return select(name).where(Person.id == person_id).scalar_subquery()


def _facility_label() -> ColumnElement[Any]:
    return func.trim(Facility.designation + literal(" ") + Facility.name)


def _facility_name(facility_id: Any) -> ColumnElement[Any]:
    return select(_facility_label()).where(Facility.id == facility_id).scalar_subquery()


def _facilities_in_region(region: str) -> Select[Any]:
    return select(Facility.id).where(Facility.region == region)


def _cases_where(q: ListQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if q.region:
        w.append(Case.region == q.region)
    if q.facility_id:
        w.append(Case.facility_id == q.facility_id)
    if q.date_from:
        w.append(Case.opened_on >= q.date_from)
    if q.date_to:
        w.append(Case.opened_on <= q.date_to)
    if q.status:
        w.append(Case.status == q.status)
    if q.type:
        w.append(exists().where(Allegation.case_id == Case.id, Allegation.kind == q.type,
                                Allegation.deleted.is_(False)))
    return w


def _visits_where(q: ListQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if q.region:
        w.append(Visit.facility_id.in_(_facilities_in_region(q.region)))
    if q.facility_id:
        w.append(Visit.facility_id == q.facility_id)
    w += timeline.approx_in_period(visit_queries.start_key(), q.date_from, q.date_to)
    if q.status:
        w.append(Visit.access_outcome == q.status)
    if q.type:
        w.append(Visit.visit_type == q.type)
    return w


def _facilities_where(q: ListQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if q.region:
        w.append(Facility.region == q.region)
    if q.status:
        w.append(Facility.authority == q.status)
    if q.type:
        w.append(Facility.kind == q.type)
    return w


def _people_where(q: ListQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if q.status:
        w.append(Person.risk_level == q.status)
    if q.type:  # the main category or any other
        w.append(people_queries.in_category(q.type))
    return w


def _reprisals_where(q: ListQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if q.region:
        w.append(Reprisal.case_id.in_(select(Case.id).where(Case.region == q.region)))
    if q.facility_id:
        w.append(Reprisal.case_id.in_(select(Case.id).where(Case.facility_id == q.facility_id)))
    w += timeline.approx_in_period(timeline.approx_sort_key(Reprisal.occurred_on),
                                   q.date_from, q.date_to)
    if q.status:
        w.append(Reprisal.risk_level == q.status)
    if q.type:
        w.append(Reprisal.kind == q.type)
    return w


def _live(table: str) -> ColumnElement[bool]:
    """Not deleted, checked on the row: keeps SQLite on the foreign-key index instead of
    the deleted index (which matches nearly every row)."""
    return literal_column(f"+{table}.deleted") == 0


def _late_steps(case_id: Any, today: date, closed_statuses: Sequence[str]
                ) -> ColumnElement[Any]:
    """How many complaint steps of a case are overdue (:func:`monitor_app.queries.timeline.overdue`,
    the rule the Deadlines view and the case timeline read too)."""
    return (select(func.count(ComplaintStep.id))
            .join(Complaint, Complaint.id == ComplaintStep.complaint_id)
            .where(Complaint.case_id == case_id, timeline.overdue(closed_statuses, today))
            .scalar_subquery())


def _visit_count(facility_id: Any) -> ColumnElement[Any]:
    return (select(func.count(Visit.id))
            .where(Visit.facility_id == facility_id, _live("visits"))
            .scalar_subquery())


def _case_count(facility_id: Any) -> ColumnElement[Any]:
    return (select(func.count(Case.id))
            .where(Case.facility_id == facility_id, _live("cases"))
            .scalar_subquery())


SPECS: dict[str, KindSpec] = {
    "cases": KindSpec(
        columns=(
            Column("reference", "Reference", _plain(Case.reference), 150),
            Column("title", "Title", _name(lambda: Case.title), 250),
            Column("victim", "Victim", _name(lambda: _person_name(Case.primary_victim_id)), 170,
                   reads=frozenset({"people"})),
            Column("status", "Status", _order_sort(Case.status), 110),
            Column("risk", "Risk", _order_sort(Case.risk_level), 70),
            Column("late", "Late answers", None, 50, numeric=True,
                   reads=frozenset({"complaint_steps", "complaints"})),
            Column("opened", "Opened", _plain(Case.opened_on), 85),
            Column("place", "Place", _name(lambda: _facility_name(Case.facility_id)), 180,
                   reads=frozenset({"facilities"})),
            Column("region", "Region", _label_sort(Case.region), 140),
        ),
        filters=frozenset({"region", "place", "period", "status", "type"}),
        default_sort="opened", default_descending=True,
        status_vocabulary="case_status", type_vocabulary="allegation_kind",
        where=_cases_where, filter_reads=frozenset({"allegations"}),
    ),
    "visits": KindSpec(
        columns=(
            # wide enough for a month in words ("октябрь 2015 г.", "2015 ж. қазан")
            Column("date", "Date", lambda lang: visit_queries.start_key(), 115),
            Column("place", "Place", _name(lambda: _facility_name(Visit.facility_id)), 220,
                   reads=frozenset({"facilities"})),
            Column("region", "Region", _label_sort(select(Facility.region).where(
                Facility.id == Visit.facility_id).scalar_subquery()), 140,
                   reads=frozenset({"facilities"})),
            Column("body", "Monitoring body", _label_sort(Visit.body), 120),
            Column("type", "Type of visit", _label_sort(Visit.visit_type), 140),
            Column("access", "Access", _order_sort(Visit.access_outcome), 110),
            Column("interviews", "Interviews", _plain(
                func.coalesce(Visit.interviews_private, 0)
                + func.coalesce(Visit.interviews_group, 0)), 80, numeric=True),
        ),
        filters=frozenset({"region", "place", "period", "status", "type"}),
        default_sort="date", default_descending=True,
        status_vocabulary="access_outcome", type_vocabulary="visit_type",
        where=_visits_where, filter_reads=frozenset({"facilities"}),
    ),
    "facilities": KindSpec(
        columns=(
            Column("designation", "Designation", _name(lambda: Facility.designation), 100),
            Column("name", "Name", _name(lambda: Facility.name), 240),
            Column("kind", "Kind", _label_sort(Facility.kind), 180),
            Column("region", "Region", _label_sort(Facility.region), 140),
            Column("authority", "Authority", _label_sort(Facility.authority), 160),
            Column("capacity", "Capacity", _plain(Facility.capacity), 70, numeric=True),
            Column("visits", "Visits", lambda lang: _visit_count(Facility.id), 60, numeric=True,
                   reads=frozenset({"visits"})),
            Column("cases", "Cases", lambda lang: _case_count(Facility.id), 60, numeric=True,
                   reads=frozenset({"cases"})),
        ),
        filters=frozenset({"region", "status", "type"}),
        default_sort="designation", default_descending=False,
        status_vocabulary="authority", type_vocabulary="place_kind",
        where=_facilities_where,
    ),
    "people": KindSpec(
        columns=(
            Column("name", "Name", _name(lambda: Person.name), 200),  # indexed: db.collation
            Column("pseudonym", "Pseudonym", _name(lambda: Person.pseudonym), 120),
            Column("code", "Code", _text(Person.code), 80),
            Column("category", "Category", _label_sort(Person.category), 160),
            Column("risk", "Risk", _order_sort(Person.risk_level), 80),
            Column("position", "Position", _name(lambda: Person.position), 180),
        ),
        filters=frozenset({"status", "type"}),
        default_sort="name", default_descending=False,
        status_vocabulary="risk_level", type_vocabulary="person_category",
        where=_people_where,
    ),
    "reprisals": KindSpec(
        columns=(
            Column("date", "Date", lambda lang: timeline.approx_sort_key(Reprisal.occurred_on),
                   115),
            Column("kind", "Reprisal", _label_sort(Reprisal.kind), 200),
            Column("target", "Against", _name(lambda: _person_name(Reprisal.target_id)), 160,
                   reads=frozenset({"people"})),
            Column("role", "Role", _label_sort(Reprisal.target_role), 110),
            Column("case", "Case", lambda lang: select(Case.reference).where(
                Case.id == Reprisal.case_id).scalar_subquery(), 150,
                   reads=frozenset({"cases"})),
            Column("risk", "Risk", _order_sort(Reprisal.risk_level), 80),
        ),
        filters=frozenset({"region", "place", "period", "status", "type"}),
        default_sort="date", default_descending=True,
        status_vocabulary="risk_level", type_vocabulary="reprisal_kind",
        where=_reprisals_where, filter_reads=frozenset({"cases"}),
    ),
}


def kinds_shown(kind: str) -> frozenset[str]:
    """The kinds whose changes a list of ``kind`` must show: its own, what its cells and
    filters read, and what its records' search text is made of (a renamed place changes
    which visits a search finds)."""
    spec = SPECS[kind]
    shown = {kind} | spec.filter_reads
    for col in spec.columns:
        shown |= col.reads
    k = schema.kind(kind)
    for part in ("title", "body"):
        shown |= {p.target for p in schema.search_paths(k, part) if p.target}  # type: ignore[arg-type]
    return frozenset(shown)


def columns(kind: str) -> tuple[Column, ...]:
    return SPECS[kind].columns


def column_keys(kind: str) -> list[str]:
    return [c.key for c in SPECS[kind].columns]


def default_query(kind: str, lang: str = "en") -> ListQuery:
    spec = SPECS[kind]
    return ListQuery(kind=kind, sort_key=spec.default_sort, descending=spec.default_descending,
                     lang=lang)


# -- queries -------------------------------------------------------------------

def _filtered(q: ListQuery, *, ordered: bool = False) -> Select[Any]:
    model = MODEL_OF[q.kind]
    if ordered:
        # "+deleted" keeps SQLite off the (unselective) deleted index, so that it walks the
        # sort column's index and stops after one page instead of sorting the whole table.
        live = literal_column(f"+{model.__tablename__}.deleted") == 0
    else:
        live = model.deleted.is_(False)  # COUNT is answered from the deleted index alone
    stmt = select(model.id).where(live)
    for clause in SPECS[q.kind].where(q):
        stmt = stmt.where(clause)
    if q.text.strip() and search.fts_query(q.text):
        stmt = stmt.where(model.id.in_(search.matching_ids(q.kind, q.text)))
    return stmt


def count(session: Session, q: ListQuery) -> int:
    """How many records match the query's filters and search text."""
    stmt = select(func.count()).select_from(_filtered(q).subquery())
    return int(session.scalar(stmt) or 0)


def page_ids(session: Session, q: ListQuery, offset: int = 0, limit: int = PAGE_SIZE
             ) -> list[str]:
    """The ids of one page, in the query's order (ORDER BY and LIMIT/OFFSET in SQL)."""
    spec = SPECS[q.kind]
    model = MODEL_OF[q.kind]
    by = {c.key: c for c in spec.columns}
    col = by.get(q.sort_key or spec.default_sort)
    if col is None or col.sort is None:
        col = by[spec.default_sort]
    expr = col.sort(q.lang)
    # rowid breaks ties: stable pages, and the same order as an index on the sort column.
    # Descending puts blanks last already (NULL sorts lowest in SQLite).
    rowid = literal_column(f"{model.__tablename__}.rowid")
    never_null = getattr(expr, "nullable", True) is False  # e.g. a reference: index order
    ascending = expr.asc() if never_null else expr.asc().nulls_last()
    order = (expr.desc(), rowid.desc()) if q.descending else (ascending, rowid.asc())
    stmt = _filtered(q, ordered=True).order_by(*order).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def fetch_page(session: Session, q: ListQuery, vocab: Vocab, offset: int = 0,
               limit: int = PAGE_SIZE, today: date | None = None) -> list[ListRow]:
    """One page of display rows."""
    return rows(session, q.kind, page_ids(session, q, offset, limit), vocab, q.lang, today)


def _closed(vocab: Vocab, status: str | None) -> bool:
    return bool(vocab.attr(status, "closed", False))


def _high(vocab: Vocab, risk: str | None) -> bool:
    rank = vocab.attr(risk, "rank", 0)
    return isinstance(rank, int) and rank >= 2


def rows(session: Session, kind: str, ids: Sequence[str], vocab: Vocab, lang: str = "en",
         today: date | None = None) -> list[ListRow]:
    """Display rows for these ids, in the same order."""
    if not ids:
        return []
    today = today or date.today()
    v = vocab.label
    out: dict[str, ListRow] = {}
    if kind == "cases":
        stmt = select(Case, _person_name(Case.primary_victim_id),
                      _facility_name(Case.facility_id),
                      _late_steps(Case.id, today, timeline.closed_case_statuses(vocab))
                      ).where(Case.id.in_(ids))
        for c, victim, place, late in session.execute(stmt):
            tone, marks = None, []
            if _closed(vocab, c.status):
                tone = "closed"
            else:
                if _high(vocab, c.risk_level):
                    tone = "high"
                    marks.append(("risk", "high"))
                if late:
                    tone = "overdue"
                    marks.append(("late", "overdue"))
            out[c.id] = ListRow(c.id, (c.reference, c.title, victim or "", v(c.status, lang),
                                       v(c.risk_level, lang), late or 0, c.opened_on,
                                       place or "", v(c.region, lang)), tone, tuple(marks))
    elif kind == "visits":
        stmt = select(Visit, Facility).join(Facility, Facility.id == Visit.facility_id,
                                            isouter=True).where(Visit.id.in_(ids))
        for vis, fac in session.execute(stmt):
            place = " ".join(p for p in (fac.designation, fac.name) if p) if fac else ""
            interviews = (vis.interviews_private or 0) + (vis.interviews_group or 0)
            out[vis.id] = ListRow(vis.id, (
                approx_text(vis.started_on, lang), place,
                v(fac.region, lang) if fac else "", v(vis.body, lang), v(vis.visit_type, lang),
                v(vis.access_outcome, lang), interviews))
    elif kind == "facilities":
        stmt = select(Facility, _visit_count(Facility.id), _case_count(Facility.id)
                      ).where(Facility.id.in_(ids))
        for f, visits, cases in session.execute(stmt):
            out[f.id] = ListRow(f.id, (f.designation, f.name, v(f.kind, lang),
                                       v(f.region, lang), v(f.authority, lang), f.capacity,
                                       visits, cases))
    elif kind == "people":
        others = people_queries.other_categories(session, ids)
        for p in session.scalars(select(Person).where(Person.id.in_(ids))):
            high = _high(vocab, p.risk_level)
            cats = people_queries.category_codes(p.category, others.get(p.id, ()), vocab)
            out[p.id] = ListRow(p.id, (
                people_queries.with_group_note(p.name, people_queries.group_note(
                    lang, bool(p.is_group), p.group_size)), p.pseudonym, p.code,
                ", ".join(v(c, lang) for c in cats), v(p.risk_level, lang), p.position),
                                "high" if high else None, (("risk", "high"),) if high else ())
    elif kind == "reprisals":
        stmt = select(Reprisal, _person_name(Reprisal.target_id),
                      select(Case.reference).where(Case.id == Reprisal.case_id).scalar_subquery()
                      ).where(Reprisal.id.in_(ids))
        for r, target, ref in session.execute(stmt):
            high = _high(vocab, r.risk_level)
            out[r.id] = ListRow(r.id, (approx_text(r.occurred_on, lang), v(r.kind, lang),
                                       target or "", v(r.target_role, lang), ref or "",
                                       v(r.risk_level, lang)),
                                "high" if high else None, (("risk", "high"),) if high else ())
    else:
        raise ValueError(f"no list for {kind}")
    return [out[i] for i in ids if i in out]


def counts(session: Session, kinds: Iterable[str] = KINDS) -> dict[str, int]:
    """How many live records of each listed kind (for the navigation)."""
    return {k: count(session, ListQuery(kind=k)) for k in kinds}


def places(session: Session, limit: int = 2000, lang: str = "en") -> list[tuple[str, str]]:
    """(id, label) of places of detention, for the place filter, in the order of their labels
    in ``lang``'s alphabet (:mod:`db.collation`)."""
    stmt = (select(Facility.id, Facility.designation, Facility.name)
            .where(Facility.deleted.is_(False))
            .order_by(collation.sql_key(_facility_label(), lang), Facility.id)
            .limit(limit))
    return [(i, " ".join(p for p in (d, n) if p)) for i, d, n in session.execute(stmt)]


def first_id(session: Session, kind: str, lang: str = "en") -> str | None:
    """The first record of a list in its default order (for ``--view case``)."""
    ids = page_ids(session, default_query(kind, lang), 0, 1)
    return ids[0] if ids else None


# -- deadlines -----------------------------------------------------------------

DeadlineRow = timeline.DeadlineRow


def overdue_count(session: Session, today: date | None = None) -> int:
    """How many complaint steps wait past their deadline."""
    return timeline.overdue_count(session, today)


def deadline_counts(session: Session, today: date | None = None) -> timeline.DeadlineCounts:
    """The Deadlines list's rows, counted (the navigation's number)."""
    return timeline.deadline_counts(session, today)


def deadlines(session: Session, today: date | None = None) -> list[DeadlineRow]:
    """Late and soon-due complaint steps across all cases: overdue first (most late first),
    then due soon (earliest first)."""
    return timeline.deadlines(session, today=today)


__all__ = [
    "FILTERS", "KINDS", "PAGE_SIZE", "Column", "DeadlineRow", "ListQuery", "ListRow", "columns",
    "count", "counts", "deadline_counts", "deadlines", "default_query", "fetch_page",
    "first_id", "page_ids",
    "places", "rows",
]
