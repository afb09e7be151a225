"""A visit's yes/no facts may be "not recorded"; a visit's day may be known without its time.

``visits.announced``, ``visit_team.is_lead`` and ``interviews.private`` were NOT NULL
booleans, so a visit the form saved with its checkboxes untouched said "not announced",
"in private" and "does not lead" although nobody had answered. They become nullable:
NULL means not recorded, and new records start there.

Existing values are kept as they are, False and True alike. A store made before this
migration cannot tell an answer from a form default (the form's default and an unticked
box wrote the same value, and its history records the same create), so nothing is
guessed: old "no" stays "no", and people who know better correct the record.

``visits.started_time_known`` / ``ended_time_known`` (default true) say whether the
clock of ``started_at`` / ``ended_at`` was recorded. The visit form wrote 00:00 when no
time was typed, so an existing value at exactly 00:00:00 is taken as a day without its
time (the reports then print the day only, never "00:00"): printing less than may have
been recorded is preferred to printing a time nobody gave. Every visit's history gets the
new fields, so the record can still be rebuilt from its changes alone.

Revision ID: 0005_visit_unknowns
Revises: 0004_aliases
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_visit_unknowns"
down_revision = "0004_aliases"
branch_labels = None
depends_on = None

TRISTATE = (("visits", "announced"), ("visit_team", "is_lead"), ("interviews", "private"))
TIMES = (("started_at", "started_time_known"), ("ended_at", "ended_time_known"))


def _known(value: Any) -> bool:
    """Whether a stored or history moment has a clock other than the form's 00:00."""
    if value is None:
        return True
    text = str(value).replace("T", " ")
    clock = text[11:] if len(text) > 10 else ""
    return clock.rstrip("0:.") != "" if clock else False


def upgrade() -> None:
    for table, column in TRISTATE:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.Boolean(), existing_nullable=False,
                               nullable=True)
    with op.batch_alter_table("visits") as batch:
        for _, flag in TIMES:
            batch.add_column(sa.Column(flag, sa.Boolean(), nullable=False,
                                       server_default=sa.text("1")))
    conn = op.get_bind()
    for moment, flag in TIMES:
        rows = conn.execute(sa.text(
            f"SELECT id, {moment} FROM visits WHERE {moment} IS NOT NULL")).all()  # noqa: S608
        for vid, value in rows:
            if not _known(value):
                conn.execute(sa.text(f"UPDATE visits SET {flag} = 0 WHERE id = :i"),  # noqa: S608
                             {"i": vid})
    # history: a create gets each flag's first state; a change of a moment that moves it
    # between "with a time" and "day only" gets the flag's change as well
    rows = conn.execute(sa.text("SELECT id, action, changes FROM history "
                                "WHERE record_kind = 'visits' AND action IN ('create', 'update')"
                                )).all()
    for hid, action, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        touched = False
        for moment, flag in TIMES:
            if flag in data:
                continue
            if action == "create":
                new = data.get(moment, [None, None])[1]
                data[flag] = [None, _known(new), None]
                touched = True
            elif moment in data:
                old, new = data[moment][0], data[moment][1]
                if _known(old) != _known(new):
                    data[flag] = [_known(old), _known(new), None]
                    touched = True
        if touched:
            conn.execute(sa.text("UPDATE history SET changes = :j WHERE id = :i"),
                         {"j": json.dumps(data, ensure_ascii=False), "i": hid})


def downgrade() -> None:
    # NULL ("not recorded") cannot go back into a NOT NULL yes/no without inventing an answer
    bind = op.get_bind()
    for table, column in TRISTATE:
        if bind.execute(sa.text(
                f"SELECT count(*) FROM {table} WHERE {column} IS NULL")).scalar():  # noqa: S608
            raise RuntimeError(f"{table}.{column} holds answers not recorded; "
                               "an older version would have to invent them.")
    with op.batch_alter_table("visits") as batch:
        for _, flag in TIMES:
            batch.drop_column(flag)
    for table, column in TRISTATE:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.Boolean(), existing_nullable=True,
                               nullable=False)
