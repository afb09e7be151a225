"""Indexes that keep people and visits in the order a record picker lists them.

A picker asks for the first 50 records whose label holds what is typed, in the order of
their label (``monitor_app.queries.pickers``). Without an index SQLite sorts the whole table
for each keystroke; with one it walks the records in that order and stops at the 50th match.
Each expression is the start of the label as the picker's query writes it: for people the
first of name, pseudonym and code that is set, as its ICU sort key in each interface
language (``db.collation``, registered on every connection), then the three columns, so that
matching the typing reads the index alone, never the table's rows in another order; for
visits their start (the rest of a visit's label, its place and type, is sorted within a day).
Tests check that the queries use these indexes.

Revision ID: 0008_pick
Revises: 0008_coll
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0008_pick"
down_revision = "0008_coll"
branch_labels = None
depends_on = None

LANGS = ("en", "ru", "kk")  # db.collation's languages: the picker sorts in the reader's alphabet
INDEXES = {
    **{f"ix_people_picker_{lang}":
       f"people (deleted, icu_key_{lang}(coalesce(nullif(name, ''), nullif(pseudonym, ''), "
       f"nullif(code, ''), '')), id, name, pseudonym, code)" for lang in LANGS},
    "ix_visits_picker": "visits (deleted, coalesce(started_on, '') COLLATE NOCASE)",
}


def upgrade() -> None:
    for name, on in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {on}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
