"""Who and what writes to a store: recorded on every record and history row."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.identifiers import store_tag

__all__ = ["Identity"]


@dataclass(frozen=True)
class Identity:
    """The store, the device writing to it, and the (neutral by default) actor's label."""

    store_id: str
    device_id: str
    actor: str

    @property
    def tag(self) -> str:
        """The store's short tag, part of the references it hands out."""
        return store_tag(self.store_id)
