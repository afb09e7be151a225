"""Full-text search index (FTS5) and editor drafts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    # One row per searchable record, kept by the service layer on every write.
    # search_docs maps (kind, record_id) to the FTS rowid so that a record's entry
    # is replaced by rowid, not found by scanning the index. unicode61 folds case
    # for Cyrillic and Kazakh letters; remove_diacritics 2 lets "е" find "ё".
    # The index lives inside the encrypted store like everything else.
    op.execute(
        "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind VARCHAR(40) NOT NULL, "
        "record_id VARCHAR(36) NOT NULL, CONSTRAINT uq_search_docs UNIQUE (kind, record_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Existing records are indexed by the service on open (see monitor_app.search).
    op.execute("INSERT INTO store_meta (key, value) VALUES ('search_reindex', '1')")


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_docs")
    op.drop_table("drafts")
