"""Deadline rules: the answer deadline per procedural stage and body, with its legal source.

A new table, ``deadline_rules``; nothing existing changes. The built-in rules are not
written here: like the vocabularies they are seeded at open (``monitor_app.procedure.
rules.seed``), so a store gets new or corrected built-in rules without a migration, and
every seeded rule has a history of its own (written by the store's device at open).

Revision ID: 0006_procedure
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_procedure"
down_revision = "0006_proceedings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deadline_rules",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("origin", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("stage", sa.String(80), sa.ForeignKey(
            "vocab_terms.code", name=op.f("fk_deadline_rules_stage_vocab_terms")), nullable=True),
        sa.Column("body", sa.String(80), sa.ForeignKey(
            "vocab_terms.code", name=op.f("fk_deadline_rules_body_vocab_terms")), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("uses_body_term", sa.Boolean(), nullable=False),
        sa.Column("legal_source", sa.Text(), nullable=False),
        sa.Column("in_force_from", sa.String(10), nullable=True),
        sa.Column("in_force_until", sa.String(10), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_rules")),
    )


def downgrade() -> None:
    op.drop_table("deadline_rules")
