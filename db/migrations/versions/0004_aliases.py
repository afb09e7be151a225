"""People's other spellings and aliases: one more text column, one name per line.

Every person's history keeps its promise that the record can be rebuilt from its changes
alone: each create entry of a person gets the new field's first state, empty (which it was).

Revision ID: 0004_aliases
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004_aliases"
down_revision = "0004_dates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("aliases", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, changes FROM history WHERE record_kind = 'people' "
                                "AND action = 'create'")).all()
    for hid, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        if "aliases" in data:
            continue
        data["aliases"] = [None, "", None]
        conn.execute(sa.text("UPDATE history SET changes = :j WHERE id = :i"),
                     {"j": json.dumps(data, ensure_ascii=False), "i": hid})


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("aliases")
