"""The exchange merge's tables: the ledger of files sent and merged, and open conflicts.

``exchange_ledger`` says which files this store sent to a contact (and up to which history
row, so the next file starts there) and which it merged (so a replayed file is applied at
most once); ``exchange_conflicts`` keeps two changes of one field made without seeing each
other, until a person chooses (``monitor_app.exchange.merge``).

Revision ID: 0009_merge
Revises: 0009_crypto
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_merge"
down_revision = "0009_crypto"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_ledger",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("peer", sa.String(128), nullable=False),
        sa.Column("peer_name", sa.String(200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("file_time", sa.DateTime(), nullable=True),
        sa.Column("local_time", sa.DateTime(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("watermark", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_ledger")),
    )
    op.create_index(op.f("ix_exchange_ledger_peer_direction"), "exchange_ledger",
                    ["peer", "direction"])
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(80), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("mine_change", sa.String(36), nullable=False),
        sa.Column("theirs_change", sa.String(36), nullable=False),
        sa.Column("mine_by", sa.String(200), nullable=False),
        sa.Column("mine_at", sa.DateTime(), nullable=True),
        sa.Column("theirs_by", sa.String(200), nullable=False),
        sa.Column("theirs_at", sa.DateTime(), nullable=True),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("resolved_by", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    op.create_index(op.f("ix_exchange_conflicts_record_id_status"), "exchange_conflicts",
                    ["record_id", "status"])


def downgrade() -> None:
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_ledger")
