"""Where a change came from, as a conflict names it: this store, or the contact who sent
the file it arrived in (the ledger, else the change's history source)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import HistoryEntry
from monitor_app.exchange.origin import change_origin
from monitor_app.store import Store
from tests.monitor_app.exchange.test_merge import send, trio

__all__ = ["trio"]  # a fixture, used by name


def test_a_change_is_from_this_store_or_from_the_contact_who_sent_it(
        trio: dict[str, Store], tmp_path: Path) -> None:
    m, c = trio["M"], trio["C"]
    with m.write() as w:
        person = w.create("people", name="Someone", category="person_category.detainee")
    report = send(m, c, "C", tmp_path)
    with c.write() as w:
        w.update("people", person, name="Someone Else")
    device = c.identity.device_id
    with c.read() as s:
        rows = list(s.scalars(select(HistoryEntry).where(HistoryEntry.record_id == person)
                              .order_by(HistoryEntry.id)))
        received, made_here = rows[0], rows[-1]
        assert change_origin(s, made_here.change_id, device) == (True, "")
        assert change_origin(s, received.change_id, device) == (False, "M")  # its source
        assert change_origin(s, received.change_id, device, report.bundle_id) == (False, "M")
        assert change_origin(s, made_here.change_id, "another device", fallback="x (1)") == \
            (False, "x (1)")  # not this device, not from a file: its actor and device
        assert change_origin(s, "no such change", device, fallback="y") == (False, "y")
