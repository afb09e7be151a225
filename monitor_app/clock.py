"""A hybrid logical clock: stamps that order changes across devices.

A stamp is the wall clock in milliseconds, a counter and the device, written as fixed-width
text so that stamps sort as plain strings (in SQL too): ``"0001733040000123.00000.1a2b3c4d"``.
A stamp never goes backwards on one device, even when its wall clock does (a laptop whose
clock was reset), and a store that receives a change from the future moves its clock past
it (:meth:`HybridClock.observe`), so a later local edit still sorts after what it saw.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

__all__ = ["HybridClock", "Stamp"]


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:016d}.{self.counter:05d}.{self.device[:8]}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, counter, device = text.split(".", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    """Hands out increasing stamps for one device, starting after ``last`` (a stamp's text)."""

    def __init__(self, device: str, last: str | None = None) -> None:
        self.device = device[:8]
        self._millis, self._counter = 0, 0
        if last:
            self.observe(last)

    def now(self) -> Stamp:
        wall = time.time_ns() // 1_000_000
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return Stamp(self._millis, self._counter, self.device)

    def observe(self, seen: str) -> None:
        """Move past a stamp seen elsewhere (or stored), so later stamps sort after it."""
        s = Stamp.parse(seen)
        if (s.millis, s.counter) > (self._millis, self._counter):
            self._millis, self._counter = s.millis, s.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._millis, self._counter, self.device))
