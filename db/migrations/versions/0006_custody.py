"""Arrest and custody: one new table, ``custody_records``, for the fundamental safeguards.

Each moment (arrest, registration of the detention, first access to a lawyer and to a doctor,
the family told, release or hand-over) is an approximate date (EDTF text, NULL unknown) plus
a time of day ("HH:MM", NULL unknown); access to a lawyer and a doctor, the lawyer being of
the person's choice and the family being told are tri-state (NULL: not recorded). A new
table holds no old data, so existing records and their history are untouched.

Revision ID: 0006_custody
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_custody"
down_revision = "0005_visit_unknowns"
branch_labels = None
depends_on = None

MOMENTS = ("arrested", "registered", "lawyer", "doctor", "family", "released")
# the day column of each moment: "<moment>_on", its time "<moment>_time"
TRISTATE = ("lawyer_access", "lawyer_of_choice", "doctor_access", "family_informed")


def upgrade() -> None:
    columns: list[sa.Column] = [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=True),
    ]
    for moment in MOMENTS:
        columns += [sa.Column(f"{moment}_on", sa.String(length=16), nullable=True),
                    sa.Column(f"{moment}_time", sa.String(length=5), nullable=True)]
    columns += [sa.Column(name, sa.Boolean(), nullable=True) for name in TRISTATE]
    columns += [
        sa.Column("charges", sa.Text(), nullable=False),
        sa.Column("legal_qualification", sa.String(length=80), nullable=True),
        sa.Column("register_number", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    ]
    op.create_table(
        "custody_records", *columns,
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_custody_records_case_id_cases")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_custody_records_person_id_people")),
        sa.ForeignKeyConstraint(["facility_id"], ["facilities.id"],
                                name=op.f("fk_custody_records_facility_id_facilities")),
        sa.ForeignKeyConstraint(["legal_qualification"], ["vocab_terms.code"],
                                name=op.f("fk_custody_records_legal_qualification_vocab_terms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_records")),
    )
    op.create_index(op.f("ix_custody_records_case_id"), "custody_records", ["case_id"])
    op.create_index(op.f("ix_custody_records_person_id"), "custody_records", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_custody_records_person_id"), table_name="custody_records")
    op.drop_index(op.f("ix_custody_records_case_id"), table_name="custody_records")
    op.drop_table("custody_records")
