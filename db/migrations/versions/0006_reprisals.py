"""Reprisals in chains, with their outcome and sentence, the person the pressure is aimed
at, a transfer's destination, and the complaint step a counter-charge also is.

Six new columns of ``reprisals``, all empty in an existing store (nothing was recorded
about them, so nothing is guessed): ``follows_id`` (the earlier event of a chain:
prosecution, conviction, appeal), ``outcome`` (a ``reprisal_outcome`` term),
``sentence``, ``aimed_at_id`` (a person), ``destination_facility_id`` (a place of
detention) and ``complaint_step_id``.

Every reprisal's create entry in the history gets the new fields' first state (empty,
which they were), so the record can still be rebuilt from its changes alone.

Revision ID: 0006_reprisals
Revises: 0005_visit_unknowns
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006_reprisals"
down_revision = "0006_custody"
branch_labels = None
depends_on = None

# name, type, the table a link points at (None: not a link), indexed
COLUMNS = (
    ("follows_id", sa.String(36), "reprisals", True),
    ("outcome", sa.String(80), "vocab_terms", False),
    ("sentence", sa.String(300), None, False),
    ("aimed_at_id", sa.String(36), "people", False),
    ("destination_facility_id", sa.String(36), "facilities", False),
    ("complaint_step_id", sa.String(36), "complaint_steps", True),
)
FIRST_STATE = {"follows_id": None, "outcome": None, "sentence": "", "aimed_at_id": None,
               "destination_facility_id": None, "complaint_step_id": None}


def upgrade() -> None:
    with op.batch_alter_table("reprisals") as batch:
        for name, type_, target, indexed in COLUMNS:
            if target is None:  # the sentence: text that defaults to empty
                batch.add_column(sa.Column(name, type_, nullable=False, server_default=""))
                continue
            batch.add_column(sa.Column(name, type_, nullable=True))
            remote = "code" if target == "vocab_terms" else "id"
            batch.create_foreign_key(batch.f(f"fk_reprisals_{name}_{target}"), target,
                                     [name], [remote])
            if indexed:
                batch.create_index(batch.f(f"ix_reprisals_{name}"), [name], unique=False)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, changes FROM history "
                                "WHERE record_kind = 'reprisals' AND action = 'create'")).all()
    for hid, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        missing = {k: [None, v, None] for k, v in FIRST_STATE.items() if k not in data}
        if missing:
            data.update(missing)
            conn.execute(sa.text("UPDATE history SET changes = :j WHERE id = :i"),
                         {"j": json.dumps(data, ensure_ascii=False), "i": hid})


def downgrade() -> None:
    with op.batch_alter_table("reprisals") as batch:
        for name, _type, target, indexed in reversed(COLUMNS):
            if indexed:
                batch.drop_index(batch.f(f"ix_reprisals_{name}"))
            if target is not None:
                batch.drop_constraint(batch.f(f"fk_reprisals_{name}_{target}"),
                                      type_="foreignkey")
            batch.drop_column(name)
