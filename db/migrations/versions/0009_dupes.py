"""Likely duplicates: the pairs proposed to a person, and the ids merged away.

``exchange_duplicates`` holds each proposed pair of people or places (open, merged or
rejected: a rejected pair is never proposed again); ``record_aliases`` maps an id merged
into another record to that record's id, so a link arriving later to the old id follows;
``duplicate_keys`` caches each person's and place's block keys, so that what arrives is
compared with the records sharing a key, not with all of them.
Plain tables of this store, never exported (see monitor_app.exchange.duplicates).

Revision ID: 0009_dupes
Revises: 0009_merge
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_dupes"
down_revision = "0009_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_duplicates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("a_id", sa.String(80), nullable=False),
        sa.Column("b_id", sa.String(80), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("survivor", sa.String(80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_duplicates")),
        sa.UniqueConstraint("kind", "a_id", "b_id",
                            name=op.f("uq_exchange_duplicates_kind_a_id_b_id")),
    )
    op.create_index(op.f("ix_exchange_duplicates_status"), "exchange_duplicates", ["status"])
    op.create_table(
        "record_aliases",
        sa.Column("old_id", sa.String(80), nullable=False),
        sa.Column("new_id", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name=op.f("pk_record_aliases")),
    )
    op.create_index(op.f("ix_record_aliases_new_id"), "record_aliases", ["new_id"])
    op.create_table(
        "duplicate_keys",
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(80), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("version", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", "key", name=op.f("pk_duplicate_keys")),
    )
    op.create_index("ix_duplicate_keys_kind_key", "duplicate_keys", ["kind", "key"])


def downgrade() -> None:
    op.drop_index("ix_duplicate_keys_kind_key", table_name="duplicate_keys")
    op.drop_table("duplicate_keys")
    op.drop_index(op.f("ix_record_aliases_new_id"), table_name="record_aliases")
    op.drop_table("record_aliases")
    op.drop_index(op.f("ix_exchange_duplicates_status"), table_name="exchange_duplicates")
    op.drop_table("exchange_duplicates")
