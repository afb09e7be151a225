"""Uncertain dates: whole-day columns a person enters become approximate-date text.

A complaint's steps (their date and their answer's) and filing, a reprisal's responses
and a special visit's request and decision were ``DATE`` columns, so "in January 2018"
had to be entered as a day and an undated step was refused. They become EDTF text
(``monitor_app.dates``), and a step's date may be unknown (NULL).

Values are kept as they are: SQLite wrote a ``DATE`` as ``YYYY-MM-DD`` text, which is
already the approximate-date text of a whole day, and so are the old and new values of
these fields in the history (``changes`` holds the same ISO text). The migration checks
that every value reads as a date and refuses to continue otherwise, so nothing is
silently turned into an unknown date.

Revision ID: 0004_dates
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0004_dates"
down_revision = "0003"
branch_labels = None
depends_on = None

APPROX = sa.String(length=16)
# table -> (column, was nullable)
COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {
    "complaint_steps": (("occurred_on", False), ("answered_on", True)),
    "complaints": (("filed_on", True),),
    "reprisal_responses": (("taken_on", True),),
    "visits": (("request_date", True), ("decision_date", True)),
}
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _check_values(bind: sa.engine.Connection) -> None:
    for table, columns in COLUMNS.items():
        for column, _ in columns:
            for (value,) in bind.execute(sa.text(
                    f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")):  # noqa: S608
                if not _DAY.match(str(value)):
                    raise RuntimeError(
                        f"{table}.{column} holds {value!r}, which is not a day; "
                        "the store was not changed.")


def upgrade() -> None:
    _check_values(op.get_bind())
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column, nullable in columns:
                batch.alter_column(column, existing_type=sa.Date(), type_=APPROX,
                                   existing_nullable=nullable, nullable=True)
    # The other approximate dates were String(10); SQLite does not enforce a length, and the
    # declaration (String(16)) is what validation reads, so they are left as they are.


def downgrade() -> None:
    # Only whole, exact days can go back into DATE columns; anything else would be invented.
    bind = op.get_bind()
    for table, columns in COLUMNS.items():
        for column, nullable in columns:
            bad = bind.execute(sa.text(
                f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL "  # noqa: S608
                f"AND {column} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
            )).scalar()
            if bad or (not nullable and bind.execute(sa.text(
                    f"SELECT count(*) FROM {table} WHERE {column} IS NULL")).scalar()):  # noqa: S608
                raise RuntimeError(f"{table}.{column} holds dates a whole day cannot hold.")
        with op.batch_alter_table(table) as batch:
            for column, nullable in columns:
                batch.alter_column(column, existing_type=APPROX, type_=sa.Date(),
                                   existing_nullable=True, nullable=nullable)
