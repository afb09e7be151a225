"""A visit's beginning and end become approximate days plus an optional time of day.

``visits.started_at`` / ``ended_at`` were ``DATETIME`` columns with a flag saying whether
their clock was recorded (``started_time_known`` / ``ended_time_known``, 0005), so a visit
could only be a whole day: "the NPM visited in March 2014", as the seed reports write it,
could not be entered. They become ``started_on`` / ``ended_on``, approximate-date text
(EDTF, ``monitor_app.dates``) that may be a day, a month or a year, and ``started_time`` /
``ended_time``, "HH:MM" only where a time was recorded (like custody's moments), and
``start_key``, a column SQLite generates from them and indexes (the order of visits), so
the Visits list sorts 100,000 visits by an index rather than a key computed per row.

Values are kept as they were: a stored day becomes the same day (``2024-03-05``), and its
clock becomes the time only where the flag said it was known; a day whose time was not
recorded keeps no time (never "00:00"). Every visit's history is rewritten the same way,
entry by entry, so each record can still be rebuilt from its changes alone and each change
keeps its parent; unsaved typing (drafts) of the visit form keeps its boxes.

Revision ID: 0007_visit_dates
Revises: 0006_procedure
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.sort_keys import moment_sort_key

revision = "0007_visit_dates"
down_revision = "0006_procedure"
branch_labels = None
depends_on = None

APPROX = sa.String(length=16)
TIME = sa.String(length=5)
# (old moment, old flag) -> (new day, new time)
MOMENTS = {("started_at", "started_time_known"): ("started_on", "started_time"),
           ("ended_at", "ended_time_known"): ("ended_on", "ended_time")}
OLD = tuple(name for pair in MOMENTS for name in pair)


def _split(value: Any, known: Any) -> tuple[str | None, str | None]:
    """A stored or history moment ("2024-03-05 10:30:00.000000", "2024-03-05T10:30:00", a
    day alone) and its flag as (day, time): the time only when the flag says it is known."""
    if value is None or value == "":
        return None, None
    text = str(value).replace("T", " ")
    day = text[:10]
    clock = text[11:16] if len(text) >= 16 and known is not False and known != 0 else None
    return day, clock


def _history(conn: sa.engine.Connection) -> None:
    rows = conn.execute(sa.text(
        "SELECT id, record_id, changes FROM history WHERE record_kind = 'visits' "
        "ORDER BY record_id, hlc, id")).all()
    state: dict[str, dict[str, Any]] = {}
    for hid, record_id, changes in rows:
        data = json.loads(changes) if isinstance(changes, str) else dict(changes or {})
        if not any(name in data for name in OLD):
            continue
        current = state.setdefault(record_id, {"started_at": None, "ended_at": None,
                                               "started_time_known": True,
                                               "ended_time_known": True})
        for (moment, flag), (day_name, time_name) in MOMENTS.items():
            before = _split(current[moment], current[flag])
            parent = None
            for name in (moment, flag):
                if name in data:
                    triple = list(data.pop(name)) + [None, None, None]
                    current[name] = triple[1]
                    parent = parent or triple[2]
            after = _split(current[moment], current[flag])
            for name, old, new in ((day_name, before[0], after[0]),
                                   (time_name, before[1], after[1])):
                if old != new:
                    data[name] = [old, new, parent]
        conn.execute(sa.text("UPDATE history SET changes = :j WHERE id = :i"),
                     {"j": json.dumps(data, ensure_ascii=False), "i": hid})


def _drafts(conn: sa.engine.Connection) -> None:
    renames = {old: new for (old, _), (new, _) in MOMENTS.items()}
    for did, payload in conn.execute(sa.text(
            "SELECT id, payload FROM drafts WHERE record_kind = 'visits'")).all():
        data = json.loads(payload) if isinstance(payload, str) else dict(payload or {})
        form = data.get("form")
        if not isinstance(form, dict) or not any(k in form for k in renames):
            continue
        data["form"] = {renames.get(k, k): v for k, v in form.items()}
        conn.execute(sa.text("UPDATE drafts SET payload = :j WHERE id = :i"),
                     {"j": json.dumps(data, ensure_ascii=False), "i": did})


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        for day_name, time_name in MOMENTS.values():
            batch.add_column(sa.Column(day_name, APPROX, nullable=True))
            batch.add_column(sa.Column(time_name, TIME, nullable=True))
    conn = op.get_bind()
    for (moment, flag), (day_name, time_name) in MOMENTS.items():
        rows = conn.execute(sa.text(
            f"SELECT id, {moment}, {flag} FROM visits WHERE {moment} IS NOT NULL")).all()  # noqa: S608
        for vid, value, known in rows:
            day, clock = _split(value, known)
            conn.execute(sa.text(
                f"UPDATE visits SET {day_name} = :d, {time_name} = :t WHERE id = :i"),  # noqa: S608
                {"d": day, "t": clock, "i": vid})
    _history(conn)
    _drafts(conn)
    with op.batch_alter_table("visits") as batch:
        batch.drop_index("ix_visits_started_at")
        for name in OLD:
            batch.drop_column(name)
    # the order of visits, generated by SQLite and indexed (db.sort_keys.moment_sort_key;
    # the expression as it is today, written into the table's definition)
    op.add_column("visits", sa.Column("start_key", sa.String(length=40), sa.Computed(
        moment_sort_key(sa.column("started_on"), sa.column("started_time")),
        persisted=False)))
    op.create_index("ix_visits_start_key", "visits", ["start_key"], unique=False)


def downgrade() -> None:
    # Only whole, exact days go back into DATETIME columns; a month or a year would have to
    # be turned into an invented day.
    conn = op.get_bind()
    for day_name in ("started_on", "ended_on"):
        if conn.execute(sa.text(
                f"SELECT count(*) FROM visits WHERE {day_name} IS NOT NULL "  # noqa: S608
                f"AND {day_name} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                )).scalar():
            raise RuntimeError(f"visits.{day_name} holds dates a whole day cannot hold.")
    op.drop_index("ix_visits_start_key", table_name="visits")
    conn.exec_driver_sql("ALTER TABLE visits DROP COLUMN start_key")
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("ended_at", sa.DateTime(), nullable=True))
        for _, flag in MOMENTS:
            batch.add_column(sa.Column(flag, sa.Boolean(), nullable=False,
                                       server_default=sa.text("1")))
    for (moment, flag), (day_name, time_name) in MOMENTS.items():
        conn.exec_driver_sql(  # the driver's SQL: ":00" is no bind parameter there
            f"UPDATE visits SET {moment} = {day_name} || ' ' || "  # noqa: S608
            f"coalesce({time_name}, '00:00') || ':00.000000', "
            f"{flag} = ({time_name} IS NOT NULL) WHERE {day_name} IS NOT NULL")
    with op.batch_alter_table("visits") as batch:
        for day_name, time_name in MOMENTS.values():
            batch.drop_column(day_name)
            batch.drop_column(time_name)
        batch.create_index("ix_visits_started_at", ["started_at"], unique=False)
