"""People: several categories, and groups of unidentified people as one record.

- ``person_categories``: a person's categories besides the main one (``people.category``
  stays the main one: a relative who is also the lawyer is "Relative" with "Lawyer" here),
  association rows with their own deletion marker like an allegation's methods.
- ``people.is_group`` (false) and ``people.group_size`` (NULL: number unknown): a record
  such as "masked internal troops" that stands for a group whose members nobody identified.

No value is guessed: every existing person keeps their one category and is one person.
Every person's history keeps its promise that the record can be rebuilt from its changes
alone: each create entry gets the new fields' first states (no other categories, not a
group, no number), which is what they were.

Revision ID: 0006_people
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006_people"
down_revision = "0006_status"
branch_labels = None
depends_on = None

FIRST_STATES = {"other_categories": [None, [], None], "is_group": [None, False, None],
                "group_size": [None, None, None]}


def upgrade() -> None:
    op.create_table(
        "person_categories",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("term_code", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_person_categories_person_id_people")),
        sa.ForeignKeyConstraint(["term_code"], ["vocab_terms.code"],
                                name=op.f("fk_person_categories_term_code_vocab_terms")),
        sa.PrimaryKeyConstraint("person_id", "term_code", name=op.f("pk_person_categories")),
    )
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("is_group", sa.Boolean(), nullable=False,
                                   server_default=sa.text("0")))
        batch.add_column(sa.Column("group_size", sa.Integer(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, changes FROM history WHERE record_kind = 'people' "
                                "AND action = 'create'")).all()
    for hid, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        missing = {k: v for k, v in FIRST_STATES.items() if k not in data}
        if not missing:
            continue
        data.update(missing)
        conn.execute(sa.text("UPDATE history SET changes = :j WHERE id = :i"),
                     {"j": json.dumps(data, ensure_ascii=False), "i": hid})


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM person_categories WHERE deleted = 0")
                    ).scalar() or bind.execute(sa.text(
                        "SELECT count(*) FROM people WHERE is_group = 1")).scalar():
        raise RuntimeError("people hold several categories or are groups; an older version "
                           "would lose them.")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("group_size")
        batch.drop_column("is_group")
    op.drop_table("person_categories")
