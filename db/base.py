"""Declarative base and the columns every exchangeable record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A fresh random record id, as text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Now in UTC, naive (SQLite keeps no zone): every timestamp in the store is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RecordMixin:
    """Identity and lifecycle shared by every record that can travel between stores.

    The exchange format builds on these: a UUID that is the same in every store,
    the device that created the record, ``version`` (the id of the change that made
    the record's current state: the same in every store that has that state, and what
    a save is checked against), a deletion marker instead of a hard delete. ``revision``
    only counts the changes this store applied; it is never compared between stores.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    origin: Mapped[str] = mapped_column(String(36), default="")
    revision: Mapped[int] = mapped_column(default=1)
    version: Mapped[str] = mapped_column(String(36), default="")
    # Not indexed: nearly every row is live, and an index on it lures SQLite's planner
    # away from the selective indexes (a 4 ms scan instead of a lookup).
    deleted: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
