"""What a write touched, and the errors it can refuse with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


class ValidationError(ValueError):
    """Input a user must correct; ``errors`` maps each field to a plain sentence."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class RecordNotFound(LookupError):
    """No record of that kind with that id (or it was deleted)."""


class StaleRecord(Exception):
    """The record was changed (here or by a merge) since the caller read it: the save was
    refused so that neither change is lost. ``current`` is the record's version now."""

    def __init__(self, kind: str, record_id: str, current: str) -> None:
        self.kind, self.record_id, self.current = kind, record_id, current
        super().__init__(f"the {kind} record was changed elsewhere since it was opened")


@dataclass
class Change:
    """What one write touched: (kind, id) pairs. Views refresh only what is affected."""

    created: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    deleted: set[tuple[str, str]] = field(default_factory=set)

    @property
    def kinds(self) -> set[str]:
        return {k for k, _ in self.created | self.updated | self.deleted}

    @property
    def pairs(self) -> set[tuple[str, str]]:
        return self.created | self.updated | self.deleted

    def touches(self, kind: str, record_id: str | None = None) -> bool:
        pairs = self.pairs
        if record_id is None:
            return any(k == kind for k, _ in pairs)
        return (kind, record_id) in pairs

    def touches_any(self, kinds: Iterable[str]) -> bool:
        return bool(self.kinds & set(kinds))

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


