"""A small index of the deleted records of each kind, for Edit > Deleted records.

The trash (``monitor_app.queries.trash``) reads every kind's deleted rows, newest
deletion first. Without an index each page read every table whole (SQLCipher decrypts
each page: about 0.5 s at 100,000 records, see docs/performance.md). The index is
partial, ``WHERE deleted = 1``: it holds only the deleted rows, so it stays small, and
SQLite can use it only for a query that asks for ``deleted = 1``; the lists, which read
the live rows, never wander onto it (the reason the plain indexes on ``deleted`` went).

Revision ID: 0008_trash
Revises: 0007_visit_dates
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_trash"
down_revision = "0007_visit_dates"
branch_labels = None
depends_on = None

# Every table of records at 0007 (each has deleted and deleted_at; db.models declares
# the same index on every one, so later tables get theirs with their own migration).
TABLES = ("vocab_terms", "facilities", "people", "cases", "case_people", "visits",
          "visit_team", "interviews", "obstructions", "findings", "recommendations",
          "recommendation_followups", "allegations", "allegation_people", "medical_exams",
          "complaints", "complaint_steps", "reprisals", "reprisal_responses", "evidence",
          "deadline_rules", "custody_records", "case_status_changes", "proceedings",
          "proceeding_defendants")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_trash", table, ["deleted_at"],
                        sqlite_where=sa.text("deleted = 1"))


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_trash", table_name=table)
