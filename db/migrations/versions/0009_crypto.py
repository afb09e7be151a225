"""Exchange identities and contacts (issue 11): this store's keys and the people it
exchanges files with. Plain tables, not records: they never travel.

Revision ID: 0009_crypto
Revises: 0008_pick
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_crypto"
down_revision = "0008_pick"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("org", sa.String(length=400), nullable=False),
        sa.Column("sign_secret", sa.LargeBinary(), nullable=False),
        sa.Column("box_secret", sa.LargeBinary(), nullable=False),
        sa.Column("box_cert", sa.LargeBinary(), nullable=False),
        sa.Column("box_expires", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_identity"),
    )
    op.create_table(
        "exchange_contacts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("claimed_name", sa.String(length=400), nullable=False),
        sa.Column("org", sa.String(length=400), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("box_public", sa.LargeBinary(), nullable=False),
        sa.Column("box_cert", sa.LargeBinary(), nullable=False),
        sa.Column("box_expires", sa.DateTime(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_contacts"),
        sa.UniqueConstraint("sign_public", name="uq_exchange_contacts_sign_public"),
    )


def downgrade() -> None:
    op.drop_table("exchange_contacts")
    op.drop_table("exchange_identity")
