"""Where a change in this store came from, as a person knows it: made here, or sent by a
contact in an exchange file (a conflict names each side this way)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import ExchangeLedger, HistoryEntry
from monitor_app.exchange import file_of_source
from monitor_app.exchange.merge import MERGED

__all__ = ["change_origin"]


def change_origin(session: Any, change_id: str, device: str, bundle: str = "",
                  fallback: str = "") -> tuple[bool, str]:
    """Where a change came from, as a person knows it (on the worker): ``(True, "")`` when
    it was made in this store (on ``device``), else ``(False, name)``: the contact who sent
    the file it arrived in (the ledger's name for ``bundle``, else its history's source),
    or ``fallback`` (its actor and device) when neither says."""
    if bundle:
        sender = session.scalar(select(ExchangeLedger.peer_name).where(
            ExchangeLedger.bundle_id == bundle, ExchangeLedger.direction == MERGED).limit(1))
        if sender:
            return False, sender
    h = session.scalar(select(HistoryEntry).where(HistoryEntry.change_id == change_id))
    if h is None:
        return False, fallback
    found = file_of_source(h.source or "")
    if found is not None and found[1]:
        return False, found[1]
    if found is None and device and h.device == device:
        return True, ""
    return False, fallback
