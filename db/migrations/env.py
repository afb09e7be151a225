"""Alembic environment: migrations run on the already unlocked store connection."""

from __future__ import annotations

from alembic import context

from db.models import Base

target_metadata = Base.metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by hand
    raise RuntimeError("Monitor migrations run through db.migrate, on an unlocked store.")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
