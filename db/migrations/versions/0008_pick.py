"""An index that keeps people in the order a record picker lists them.

A picker asks for the first 50 people whose label holds what is typed, in the order of
their label (``monitor_app.queries.pickers``). Without an index SQLite sorts every person
for each keystroke; with this one it walks people in that order and stops at the 50th match.
The expression is the people's label as the picker's query writes it (the first of name,
pseudonym and code that is set); the three columns follow, so that matching the typing reads
the index alone, never the table's rows in another order. A test checks that the query uses
this index and reads it alone.

Revision ID: 0008_pick
Revises: 0007_visit_dates
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0008_pick"
down_revision = "0007_visit_dates"
branch_labels = None
depends_on = None

INDEX = "ix_people_picker"


def upgrade() -> None:
    op.execute(f"CREATE INDEX {INDEX} ON people (deleted, coalesce(nullif(name, ''), "
               "nullif(pseudonym, ''), nullif(code, ''), '') COLLATE NOCASE, id, "
               "name, pseudonym, code)")


def downgrade() -> None:
    op.execute(f"DROP INDEX {INDEX}")
