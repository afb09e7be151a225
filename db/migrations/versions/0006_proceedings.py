"""Proceedings: trials, appeals and other proceedings of a case, and their defendants.

Two new tables; nothing existing changes, so every record and its history stay as they
were. ``proceeding_defendants.in_court_record`` is a yes/no that may be not recorded
(NULL), like the visits' answers since 0005. The new vocabularies (kind of proceeding,
verdict, torture complaint, when it was made, the court's finding) are seeded into the
store when it is opened, like every built-in vocabulary.

Revision ID: 0006_proceedings
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_proceedings"
down_revision = "0006_people"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    """The columns every exchangeable record carries (db.base.RecordMixin)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _term(table: str, name: str) -> sa.Column:
    """A vocabulary field (db.models.term), NULL when not recorded."""
    return sa.Column(name, sa.String(length=80),
                     sa.ForeignKey("vocab_terms.code", name=f"fk_{table}_{name}_vocab_terms"),
                     nullable=True)


def upgrade() -> None:
    op.create_table(
        "proceedings",
        sa.Column("case_id", sa.String(length=36),
                  sa.ForeignKey("cases.id", name="fk_proceedings_case_id_cases"),
                  nullable=False),
        _term("proceedings", "kind"),
        sa.Column("court", sa.String(length=300), nullable=False),
        sa.Column("reference_no", sa.String(length=120), nullable=False),
        sa.Column("started_on", sa.String(length=16), nullable=True),
        sa.Column("ended_on", sa.String(length=16), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_proceedings"),
    )
    op.create_index("ix_proceedings_case_id", "proceedings", ["case_id"])

    op.create_table(
        "proceeding_defendants",
        sa.Column("proceeding_id", sa.String(length=36),
                  sa.ForeignKey("proceedings.id",
                                name="fk_proceeding_defendants_proceeding_id_proceedings"),
                  nullable=False),
        sa.Column("person_id", sa.String(length=36),
                  sa.ForeignKey("people.id", name="fk_proceeding_defendants_person_id_people"),
                  nullable=False),
        sa.Column("charges", sa.Text(), nullable=False),
        _term("proceeding_defendants", "legal_qualification"),
        _term("proceeding_defendants", "verdict"),
        sa.Column("sentence", sa.String(length=300), nullable=False),
        _term("proceeding_defendants", "torture_complaint"),
        _term("proceeding_defendants", "complaint_when"),
        sa.Column("in_court_record", sa.Boolean(), nullable=True),
        _term("proceeding_defendants", "court_finding"),
        sa.Column("finding_notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_proceeding_defendants"),
    )
    op.create_index("ix_proceeding_defendants_proceeding_id", "proceeding_defendants",
                    ["proceeding_id"])
    op.create_index("ix_proceeding_defendants_person_id", "proceeding_defendants",
                    ["person_id"])
    op.create_index("uq_proceeding_defendants_live_proceeding_id_person_id",
                    "proceeding_defendants", ["proceeding_id", "person_id"], unique=True,
                    sqlite_where=sa.text("deleted = 0"),
                    postgresql_where=sa.text("deleted = false"))


def downgrade() -> None:
    op.drop_table("proceeding_defendants")
    op.drop_table("proceedings")
