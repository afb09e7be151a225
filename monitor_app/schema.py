"""The declaration of every kind of record, read once from the models (``db.models``).

The models declare each kind's columns with an ``info`` dict per column and a
``__kind__`` dict per class (see the docstring of :mod:`db.models`). This module turns
them into typed :class:`Kind` and :class:`Field` objects that every other part reads:
the Writer's validation, the search index and what re-indexes what, labels, which views
a change refreshes, the JSON interchange and its JSON Schema, redaction and (next) the
merge. Nothing here imports Qt; nothing here opens a session.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table, Text, inspect

from db import models

FieldType = Literal["string", "text", "int", "bool", "date", "datetime", "approx", "term",
                    "link", "json", "terms", "time"]
Merge = Literal["lww", "manual", "union"]
Sensitivity = Literal["identity", "narrative"]

# Kept by the app on every record; never set by a user or an import.
SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "origin",
                           "revision", "version", "deleted", "deleted_at"})
# System fields that travel with a record (the JSON interchange, the merge).
TRAVELLING_SYSTEM_FIELDS = ("id", "created_at", "updated_at", "created_by", "origin",
                            "version", "deleted", "deleted_at")


@dataclass(frozen=True)
class Field:
    """One field of a kind of record."""

    name: str
    type: FieldType
    label: str
    required: bool = False
    vocab: str | None = None       # term / terms: the vocabulary the value comes from
    link: str | None = None        # link: the kind it points at
    choices: tuple[str, ...] | None = None
    max_length: int | None = None
    sensitive: Sensitivity | None = None
    merge: Merge = "lww"
    table: Table | None = None     # terms: the association table

    @property
    def many(self) -> bool:
        return self.type == "terms"


@dataclass(frozen=True)
class Kind:
    """One kind of record: its fields and what the app knows about it."""

    name: str                      # the table name, also the kind's name everywhere
    model: type[Any]
    label: str
    plural: str
    fields: dict[str, Field]       # declared order; many-valued fields last
    main: bool = False
    parent: str | None = None      # the link field to the record this one belongs to
    natural_key: tuple[str, ...] = ()
    duplicate: tuple[str, str] = ("", "is already recorded")  # field (last key), sentence
    title: tuple[str, ...] = ()    # search document paths
    body: tuple[str, ...] = ()
    label_parts: tuple[str, ...] = ()
    label_sep: str = " · "
    also_shows: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    @property
    def columns(self) -> dict[str, Field]:
        """Fields stored as a column of the kind's own table."""
        return {n: f for n, f in self.fields.items() if not f.many}

    @property
    def multi(self) -> dict[str, Field]:
        """Many-valued vocabulary fields (association rows)."""
        return {n: f for n, f in self.fields.items() if f.many}

    @property
    def links(self) -> dict[str, Field]:
        return {n: f for n, f in self.fields.items() if f.type == "link"}

    @property
    def searchable(self) -> bool:
        return bool(self.title or self.body)

    @property
    def parent_kind(self) -> str | None:
        return self.fields[self.parent].link if self.parent else None


def _field_type(col: Any) -> FieldType:
    info = col.info
    if info.get("approx"):
        return "approx"
    if info.get("time_of_day"):  # "HH:MM", db.models.time_of_day
        return "time"
    if col.foreign_keys:
        fk = next(iter(col.foreign_keys))
        return "term" if fk.column.table.name == "vocab_terms" else "link"
    t = col.type
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Text):
        return "text"
    if isinstance(t, String):
        return "string"
    raise TypeError(f"no field type for {col}")


def _humanise(name: str) -> str:
    return name.removesuffix("_id").replace("_", " ").capitalize()


def _build(model: type[Any]) -> Kind:
    decl: dict[str, Any] = getattr(model, "__kind__", {})
    fields: dict[str, Field] = {}
    for col in inspect(model).columns:
        if col.key in SYSTEM_FIELDS or col.computed is not None:
            continue  # a generated column (visits.start_key) is SQLite's, never a field
        ftype = _field_type(col)
        info = col.info
        link = None
        if ftype == "link":
            link = next(iter(col.foreign_keys)).column.table.name
        length = getattr(col.type, "length", None) if ftype in ("string",) else None
        has_default = col.default is not None or col.server_default is not None
        fields[col.key] = Field(
            name=col.key, type=ftype, label=info.get("label", _humanise(col.key)),
            required=not col.nullable and not has_default, vocab=info.get("vocab"),
            link=link, choices=tuple(info["choices"]) if "choices" in info else None,
            max_length=length, sensitive=info.get("sensitive"),
            merge=info.get("merge", "lww"),
        )
    for name, (table, vocab, label) in decl.get("multi", {}).items():
        fields[name] = Field(name=name, type="terms", label=label, vocab=vocab,
                             merge="union", table=table)
    plural = decl.get("plural", model.__tablename__)
    return Kind(
        name=model.__tablename__, model=model, label=decl.get("label", plural), plural=plural,
        fields=fields, main=decl.get("main", False), parent=decl.get("parent"),
        natural_key=tuple(decl.get("natural_key", ())),
        duplicate=tuple(decl.get("duplicate", (decl.get("natural_key", ("",))[-1],
                                               "is already recorded"))),  # type: ignore[arg-type]
        title=tuple(decl.get("title", ())),
        body=tuple(decl.get("body", ())), label_parts=tuple(decl.get("label_parts", ())),
        label_sep=decl.get("label_sep", " · "), also_shows=tuple(decl.get("also_shows", ())),
    )


# Every kind a user or an import can write, in an order where links point backwards
# (a record's targets come before it), which is also the order of the JSON interchange.
_ORDER = (
    models.VocabTerm, models.Facility, models.Person, models.Case, models.CasePerson,
    models.Visit, models.VisitTeamMember, models.Interview, models.Obstruction, models.Finding,
    models.Recommendation, models.RecommendationFollowUp, models.Allegation,
    models.AllegationPerson, models.MedicalExam, models.Complaint, models.ComplaintStep,
    models.Reprisal, models.ReprisalResponse, models.Evidence, models.DeadlineRule,
    models.Custody,
    models.CaseStatusChange,
    models.Proceeding, models.ProceedingDefendant,
)

KINDS: dict[str, Kind] = {m.__tablename__: _build(m) for m in _ORDER}

# The kinds a user lists and opens (the command line's KIND), in the command line's order.
MAIN_KINDS: tuple[str, ...] = ("facilities", "visits", "people", "cases", "allegations",
                               "complaints", "reprisals", "evidence")
assert set(MAIN_KINDS) == {k for k, v in KINDS.items() if v.main}, "main kinds drifted"


def kind(name: str) -> Kind:
    """The declaration of a kind; ``ValueError`` for a name that is not one."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind of record: {name}") from None


def model(name: str) -> type[Any]:
    return kind(name).model


# -- what depends on what ---------------------------------------------------------

@dataclass(frozen=True)
class SearchPath:
    """One part of a search document: a field of the record, of a linked record, or of
    the record's children."""

    via: Literal["self", "link", "children"]
    field: str
    link: str | None = None        # link: the link field; children: the child kind
    target: str | None = None      # the kind the text is read from


def search_paths(k: Kind, part: Literal["title", "body"]) -> tuple[SearchPath, ...]:
    out = []
    for path in getattr(k, part):
        if "." not in path:
            out.append(SearchPath("self", path, target=k.name))
            continue
        head, tail = path.split(".", 1)
        if head in k.fields and k.fields[head].type == "link":
            out.append(SearchPath("link", tail, link=head, target=k.fields[head].link))
        elif head in KINDS and KINDS[head].parent_kind == k.name:
            out.append(SearchPath("children", tail, link=head, target=head))
        else:
            raise ValueError(f"{k.name}: bad search path {path}")
    return tuple(out)


@dataclass(frozen=True)
class Dependent:
    """Records of ``kind`` whose search text shows a record of another kind: found by
    ``field`` (on ``kind`` for a link, on the changed child for a parent)."""

    kind: str
    how: Literal["link", "parent"]
    field: str


@cache
def search_dependents(changed: str) -> tuple[Dependent, ...]:
    """Which searchable records must be re-indexed when a record of ``changed`` changes
    (renaming a place re-indexes its visits; a new step re-indexes its complaint)."""
    out: list[Dependent] = []
    for k in KINDS.values():
        for p in search_paths(k, "title") + search_paths(k, "body"):
            if p.via == "link" and p.target == changed:
                out.append(Dependent(k.name, "link", p.link or ""))
            elif p.via == "children" and p.target == changed:
                out.append(Dependent(k.name, "parent", KINDS[changed].parent or ""))
    return tuple(dict.fromkeys(out))


_STANDALONE = frozenset({"facilities", "people", "visits", "cases", "vocab_terms"})


@cache
def related_kinds(name: str) -> frozenset[str]:
    """The kinds whose changes a view of a ``name`` record must show: the kind, every kind
    that links to it (and to those, recursively), and every kind those link to (for
    labels), plus what the declaration adds (``also_shows``)."""
    inner = {name}
    grew = True
    while grew:
        grew = False
        for k in KINDS.values():
            # places, people, visits and cases stand on their own: linking to a case does
            # not make a visit part of it (membership rules add what they need)
            if k.name in inner or k.name in _STANDALONE:
                continue
            if any(f.link in inner for f in k.links.values()):
                inner.add(k.name)
                grew = True
    targets = {f.link for n in inner for f in KINDS[n].links.values() if f.link}
    return frozenset(inner | targets | set(KINDS[name].also_shows))


@cache
def parts_of(name: str) -> frozenset[str]:
    """The kinds that belong to a ``name`` record (their declared parent is it) and the
    kinds those parts link to (an allegation's victims are people)."""
    parts = {k.name for k in KINDS.values() if k.parent_kind == name}
    targets = {f.link for p in parts for f in KINDS[p].links.values() if f.link}
    return frozenset(parts | targets) - {name}


def iter_fields(names: tuple[str, ...] | None = None) -> Iterator[tuple[Kind, Field]]:
    for k in KINDS.values():
        if names is None or k.name in names:
            for f in k.fields.values():
                yield k, f


__all__ = ["KINDS", "MAIN_KINDS", "SYSTEM_FIELDS", "TRAVELLING_SYSTEM_FIELDS", "Dependent",
           "Field", "Kind", "SearchPath", "iter_fields", "kind", "model",
           "parts_of", "related_kinds", "search_dependents", "search_paths"]
