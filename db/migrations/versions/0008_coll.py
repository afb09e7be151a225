"""People's names indexed in the order their readers expect, per interface language.

The People list sorted by name by code point ("Ізбасаров" before "Архипов"). It now sorts
by the ICU sort key of the name in the interface language (``db.collation``): an SQL
function ``icu_key_<lang>(text)`` every connection of the store has. Computed per row,
100,000 names take about 0.4 s to sort; indexed, the first page takes a few milliseconds,
so each language gets an index on that expression (in the encrypted file, like every
index). No value changes; the keys are SQLite's to keep up to date on every write.

The store records which collation versions built the indexes (``store_meta``
``icu_collation``): opening it under an ICU that orders differently rebuilds them
(``db.collation.refresh_indexes``). A later migration that rebuilds ``people`` in batch mode
must create these indexes again: SQLAlchemy does not reflect an index on an expression (it
warns and leaves it out of the copy).

Revision ID: 0008_coll
Revises: 0007_visit_dates
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from db import collation

revision = "0008_coll"
down_revision = "0008_trash"
branch_labels = None
depends_on = None

# the languages and SQL functions as they are today (db.collation.LANGS, key_function_name)
LANGS = ("en", "ru", "kk")


def upgrade() -> None:
    for lang in LANGS:
        op.execute(f"CREATE INDEX ix_people_name_{lang} ON people (icu_key_{lang}(name))")
    op.execute(f"INSERT OR REPLACE INTO store_meta (key, value) VALUES "
               f"('{collation.VERSION_META}', '{collation.versions()}')")


def downgrade() -> None:
    for lang in LANGS:
        op.execute(f"DROP INDEX IF EXISTS ix_people_name_{lang}")
    op.execute("DELETE FROM store_meta WHERE key = 'icu_collation'")
