"""Unsaved typing kept inside the encrypted store, so that a crash loses nothing.

One draft per (kind of record, record id); a new record not yet saved uses the id
``None`` plus an optional ``scope`` (e.g. the case it is being added to). The payload is
whatever the editor needs to put the typing back (JSON-ready). Functions take a session
and never commit: the caller's transaction does (``ctx.write(lambda w: save(w.session, ...))``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Draft

_NAMESPACE = uuid.UUID("6f1c8c5e-3d0e-4c43-9a53-1f3f0f8b7a21")


@dataclass(frozen=True)
class StoredDraft:
    kind: str
    record_id: str | None
    payload: dict[str, Any]
    updated_at: datetime


def draft_id(kind: str, record_id: str | None, scope: str = "") -> str:
    """The stable id of the draft for one record (or one new record within a scope)."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}\x1f{record_id or 'new'}\x1f{scope}"))


def save(session: Session, kind: str, record_id: str | None, payload: dict[str, Any],
         scope: str = "") -> None:
    """Create or replace the draft of a record."""
    key = draft_id(kind, record_id, scope)
    row = session.get(Draft, key)
    if row is None:
        session.add(Draft(id=key, record_kind=kind, record_id=record_id, payload=dict(payload),
                          updated_at=utcnow()))
    else:
        row.payload = dict(payload)
        row.updated_at = utcnow()
    session.flush()


def load(session: Session, kind: str, record_id: str | None, scope: str = ""
         ) -> StoredDraft | None:
    """The draft of a record, or None."""
    row = session.get(Draft, draft_id(kind, record_id, scope))
    if row is None:
        return None
    return StoredDraft(row.record_kind, row.record_id, dict(row.payload or {}), row.updated_at)


def delete(session: Session, kind: str, record_id: str | None, scope: str = "") -> bool:
    """Forget the draft of a record; returns whether there was one."""
    row = session.get(Draft, draft_id(kind, record_id, scope))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def list_drafts(session: Session) -> list[StoredDraft]:
    """Every draft in the store, newest first (to offer them after a crash)."""
    rows = session.scalars(select(Draft).order_by(Draft.updated_at.desc()))
    return [StoredDraft(r.record_kind, r.record_id, dict(r.payload or {}), r.updated_at)
            for r in rows]
