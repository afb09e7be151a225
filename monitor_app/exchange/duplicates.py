"""Likely duplicates: the same person or place entered by two monitors with different ids.

Integration points the merge calls (filled in by the duplicates work):
``after_merge`` after a file is applied, ``canonical`` for an id that was merged away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from monitor_app.records import Writer

__all__ = ["after_merge", "canonical", "list_pairs"]


def canonical(session: Session, record_id: str) -> str:
    """The id a record now lives under: itself, or the record it was merged into."""
    return record_id


def after_merge(w: Writer, touched: set[tuple[str, str]]) -> int:
    """After a file was applied in ``w``'s transaction: follow merges of records that
    arrived with it and propose likely duplicates among ``touched`` (kind, id) records.
    Returns how many pairs were proposed."""
    return 0


def list_pairs(session: Session, *, status: str = "open") -> list[dict]:
    """The pairs proposed (``status``: open, merged, rejected), as plain dicts with
    ``id``, ``kind``, ``a``, ``b`` (records' ids), ``a_label``, ``b_label``, ``score``."""
    return []
