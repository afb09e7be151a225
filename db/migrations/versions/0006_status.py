"""A case's status history: ``case_status_changes``, one row per change of its status.

A case closed and later reopened had one ``status`` field that the reopening overwrote.
Each change is now a row of its own (status, approximate date, reason, notes) and the
case's ``status`` is the latest one's (``monitor_app.operations.case_status``).

Every existing case with a status gets one row holding that status, dated as far as the
store knows it and no further: a closed status by the case's ``closed_on``; the statuses a
case starts in (intake, open) by its ``opened_on``; any other (in court, before a UN
body, a user's own status) unknown, as nothing says when the case got there. A missing
date stays unknown (NULL), never invented. The store's history gets the row's create
entry (its full first state, marked ``migration 0006_status``, stamped after the store's
last change), so the row can be rebuilt from history like any record the app wrote, and
travels in a merge like one.

Revision ID: 0006_status
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006_status"
down_revision = "0006_reprisals"
branch_labels = None
depends_on = None

SOURCE = "migration 0006_status"
TABLE = "case_status_changes"
# statuses a case is opened in: their date is the opening's
OPENING = frozenset({"case_status.intake", "case_status.open"})


def _closed_statuses(bind: Any) -> set[str]:
    closed = {"case_status.closed"}
    for code, attrs in bind.execute(sa.text(
            "SELECT code, attrs FROM vocab_terms WHERE vocabulary = 'case_status'")):
        data = json.loads(attrs) if isinstance(attrs, str) else (attrs or {})
        if data.get("closed"):
            closed.add(code)
        else:
            closed.discard(code)
    return closed


def _day(value: Any) -> str | None:
    """A stored ``DATE`` as the approximate-date text of that day (``YYYY-MM-DD``)."""
    return str(value)[:10] if value else None


class _Clock:
    """Hybrid-logical-clock stamps after the store's last one (``monitor_app.clock``)."""

    def __init__(self, last: str | None, device: str) -> None:
        self.device = (device or "local")[:8]
        self.millis, self.counter = 0, 0
        if last:
            millis, counter, _ = last.split(".", 2)
            self.millis, self.counter = int(millis), int(counter)

    def stamp(self) -> str:
        wall = time.time_ns() // 1_000_000
        if wall > self.millis:
            self.millis, self.counter = wall, 0
        else:
            self.counter += 1
        return f"{self.millis:016d}.{self.counter:05d}.{self.device}"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=80), nullable=True),
        sa.Column("changed_on", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_status_changes_case_id_cases")),
        sa.ForeignKeyConstraint(["status"], ["vocab_terms.code"],
                                name=op.f("fk_case_status_changes_status_vocab_terms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_changes")),
    )
    with op.batch_alter_table(TABLE) as batch:
        batch.create_index(batch.f("ix_case_status_changes_case_id"), ["case_id"],
                           unique=False)

    bind = op.get_bind()
    device = bind.execute(sa.text(
        "SELECT value FROM store_meta WHERE key = 'device_id'")).scalar() or ""
    last = bind.execute(sa.text("SELECT value FROM store_meta WHERE key = 'hlc'")).scalar()
    clock = _Clock(last, device)
    closed = _closed_statuses(bind)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for case_id, status, opened_on, closed_on in bind.execute(sa.text(
            "SELECT id, status, opened_on, closed_on FROM cases WHERE status IS NOT NULL "
            "ORDER BY created_at, id")).all():
        if status in closed:
            when = _day(closed_on)
        elif status in OPENING:
            when = _day(opened_on)
        else:
            when = None
        rid, change_id = str(uuid.uuid4()), str(uuid.uuid4())
        rows.append({"id": rid, "case_id": case_id, "status": status, "changed_on": when,
                     "reason": "", "notes": "", "created_at": now, "updated_at": now,
                     "created_by": "", "origin": device, "revision": 1, "version": change_id,
                     "deleted": False, "deleted_at": None})
        first = {"case_id": case_id, "status": status, "changed_on": when, "reason": "",
                 "notes": ""}
        entries.append({
            "change_id": change_id, "txn": change_id, "hlc": clock.stamp(), "at": now,
            "actor": "", "device": device, "record_kind": TABLE, "record_id": rid,
            "action": "create", "revision": 1, "source": SOURCE,
            "changes": json.dumps({k: [None, v, None] for k, v in first.items()},
                                  ensure_ascii=False)})
    if rows:
        bind.execute(sa.text(
            f"INSERT INTO {TABLE} (id, case_id, status, changed_on, reason, notes, created_at,"
            " updated_at, created_by, origin, revision, version, deleted, deleted_at) VALUES"
            " (:id, :case_id, :status, :changed_on, :reason, :notes, :created_at, :updated_at,"
            " :created_by, :origin, :revision, :version, :deleted, :deleted_at)"), rows)
        bind.execute(sa.text(
            "INSERT INTO history (change_id, txn, hlc, at, actor, device, record_kind,"
            " record_id, action, revision, changes, source) VALUES (:change_id, :txn, :hlc,"
            " :at, :actor, :device, :record_kind, :record_id, :action, :revision, :changes,"
            " :source)"), entries)
        bind.execute(sa.text(
            "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('hlc', :v)"),
            {"v": entries[-1]["hlc"]})


def downgrade() -> None:
    # the history of the rows goes with them: an older version has no such kind
    op.get_bind().execute(sa.text("DELETE FROM history WHERE record_kind = :k"), {"k": TABLE})
    with op.batch_alter_table(TABLE) as batch:
        batch.drop_index(batch.f("ix_case_status_changes_case_id"))
    op.drop_table(TABLE)
