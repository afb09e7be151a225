"""Stored values and what a user or a file gives: conversion, both ways."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, inspect, select
from sqlalchemy.orm import Session

from monitor_app import schema
from monitor_app.dates import ApproxDate

if TYPE_CHECKING:
    pass


MODELS: dict[str, type[Any]] = {name: k.model for name, k in schema.KINDS.items()}
MAIN_KINDS = schema.MAIN_KINDS
SYSTEM_FIELDS = schema.SYSTEM_FIELDS


# -- value conversion ----------------------------------------------------------

def plain(value: Any) -> Any:
    """A JSON-ready form of a stored value."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, ApproxDate):
        return value.to_iso()
    return value


def coerce(f: schema.Field, value: Any) -> Any:
    """Turn user or JSON input into what the field stores; raise ValueError on bad input."""
    if value == "" and f.type in ("string", "text"):
        return value
    if value is None or value == "":
        return None
    if f.type == "approx":
        if isinstance(value, ApproxDate):
            return value.to_iso()
        if isinstance(value, date):
            return ApproxDate.from_date(value).to_iso()
        from monitor_app.dates import DateParseError, parse_approx_date

        try:  # the stored form first ("[..2012-03]", "2018~"), then what people type
            return ApproxDate.from_iso(str(value)).to_iso()
        except DateParseError:
            return parse_approx_date(str(value)).to_iso()
    if f.type == "time":  # "HH:MM" (monitor_app.dates.Moment)
        from monitor_app.dates import parse_time, time_text

        return time_text(parse_time(value))
    if f.type == "datetime":
        if isinstance(value, datetime):
            return value
        return datetime.fromisoformat(str(value))
    if f.type == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValueError("Enter a full date as YYYY-MM-DD, e.g. 2017-11-14.") from None
    if f.type == "bool" and not isinstance(value, bool):
        raise ValueError("must be yes or no")
    if f.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        try:
            return int(str(value))
        except ValueError:
            raise ValueError("must be a whole number") from None
    if f.type in ("string", "text", "term", "link") and not isinstance(value, str):
        raise ValueError("must be text")
    if f.choices is not None and value not in f.choices:
        raise ValueError(f"must be one of {', '.join(f.choices)}")
    return value


def record_to_dict(obj: Any) -> dict[str, Any]:
    """Every column of a record as JSON-ready values."""
    return {c.key: plain(getattr(obj, c.key)) for c in inspect(type(obj)).columns}


def parent_column(table: Table) -> Any:
    return next(c for c in table.c if c.name not in ("term_code", "deleted"))


def multi_values(session: Session, f: schema.Field, record_id: str) -> list[str]:
    """The live terms of a many-valued field, sorted."""
    assert f.table is not None
    table = f.table
    rows = session.execute(select(table.c.term_code).where(
        parent_column(table) == record_id, table.c.deleted.is_(False)))
    return sorted(r[0] for r in rows)


