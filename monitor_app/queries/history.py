"""Reading history: a record's changes in order, and its state rebuilt from them alone.

A record's history is a chain of changes, each naming per field the change its old value
came from (see :class:`db.models.HistoryEntry`). Folding the changes in clock order gives
the record's state; the merge (exchange) and the tests rely on that being exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import HistoryEntry

__all__ = ["NOT_FIELDS", "Entry", "entries", "rebuild"]

# Keys of a change that say something about the change, not a field's value: a record
# merged into another (a likely duplicate accepted) names the survivor in ``merged_into``.
NOT_FIELDS = frozenset({"merged_into"})


@dataclass(frozen=True)
class Entry:
    """One change to one record (see :class:`db.models.HistoryEntry`)."""

    change_id: str
    txn: str
    hlc: str
    at: datetime
    actor: str
    device: str
    record_kind: str
    record_id: str
    action: str
    changes: dict[str, list[Any]]
    source: str


def entries(session: Session, kind: str, record_id: str) -> list[Entry]:
    """A record's changes, oldest first (by hybrid-logical-clock stamp)."""
    rows = session.scalars(select(HistoryEntry).where(
        HistoryEntry.record_id == record_id, HistoryEntry.record_kind == kind)
        .order_by(HistoryEntry.hlc, HistoryEntry.id))
    return [Entry(r.change_id, r.txn, r.hlc, r.at, r.actor, r.device, r.record_kind,
                  r.record_id, r.action, dict(r.changes or {}), r.source) for r in rows]


def rebuild(session: Session, kind: str, record_id: str) -> dict[str, Any]:
    """A record's fields (and ``deleted``) as its history alone says they are now."""
    state: dict[str, Any] = {"deleted": False}
    for entry in entries(session, kind, record_id):
        for name, change in (entry.changes or {}).items():
            if name not in NOT_FIELDS:
                state[name] = change[1]
    return state
