"""Reprisals in their chains (prosecution, then conviction, then appeal): the one order the
case view and the dossier list a case's reprisals in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from monitor_app.queries.casefile import ReprisalInfo


@dataclass(frozen=True)
class ChainedReprisal:
    reprisal: ReprisalInfo
    depth: int  # 0: the chain's first event; 1: what follows it; ...
    follows: ReprisalInfo | None = None  # the event it follows, when listed


def _when(r: ReprisalInfo) -> tuple[int, Any]:
    # undated after dated; the case file's order breaks ties
    return (1, ()) if r.occurred_on is None else (0, r.occurred_on.sort_key())


def in_chains(reprisals: Sequence[ReprisalInfo]) -> list[ChainedReprisal]:
    """Every reprisal once: each chain's first event in the order given (the case file's:
    by date), each followed by the events that follow it, by date, depth first. An event
    whose predecessor is not in the list (deleted, or of another case) starts a chain; a
    loop of "follows" links (entered by mistake) is broken where it is first met."""
    by_id = {r.id: r for r in reprisals}
    position = {r.id: i for i, r in enumerate(reprisals)}
    followers: dict[str, list[ReprisalInfo]] = {}
    for r in reprisals:
        if r.follows_id and r.follows_id in by_id and r.follows_id != r.id:
            followers.setdefault(r.follows_id, []).append(r)
    for group in followers.values():
        group.sort(key=lambda r: (_when(r), position[r.id]))
    out: list[ChainedReprisal] = []
    seen: set[str] = set()

    def walk(r: ReprisalInfo, depth: int, follows: ReprisalInfo | None) -> None:
        if r.id in seen:
            return
        seen.add(r.id)
        out.append(ChainedReprisal(r, depth, follows))
        for nxt in followers.get(r.id, ()):
            walk(nxt, depth + 1, r)

    def starts_chain(r: ReprisalInfo) -> bool:
        return not r.follows_id or r.follows_id not in by_id or r.follows_id == r.id

    for r in reprisals:
        if starts_chain(r):
            walk(r, 0, None)
    for r in reprisals:  # what is left sits on a loop
        walk(r, 0, None)
    return out


__all__ = ["ChainedReprisal", "in_chains"]
