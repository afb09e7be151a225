"""Moments of arrest and custody, and the honest arithmetic of the hours between them.

The fundamental safeguards the UN Committee against Torture asks about are moments: when a
person was arrested, when the detention was registered (the protocol), when they first saw a
lawyer, a doctor, when their family was told. Each is recorded as an approximate day
(:class:`~monitor_app.dates.ApproxDate`, or None when unknown) and, when known, a time of day
("HH:MM" as given, no time zones): a :class:`Moment`.

Hours between two moments are an :class:`HourInterval` over every pair of instants the two
moments allow, in minutes: exact when both days and times are known, "34 to 58 hours" when a
time or a day is only approximate, None when either moment is unknown. A moment known to the
day without its time may be any instant of that day (00:00 up to the next midnight).
:func:`exceeds` says whether a delay went past a limit at every value allowed ("late"), at
only some ("possibly_late"), at none ("not_late") or cannot be told ("unknown"), in the
words of :func:`monitor_app.dates.lateness`. Pure standard library, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor_app.dates import (
    Lateness,
    Moment,
    lateness,
    parse_time,
    plural_category,
    time_text,
)

__all__ = [
    "REGISTRATION_LIMIT_MINUTES",
    "REGISTRATION_RULE_FROM",
    "HourInterval",
    "Moment",
    "exceeds",
    "format_hours",
    "hours_between",
    "hours_without_lawyer",
    "parse_time",
    "registration_lateness",
    "time_text",
]

# CPC 2014 (in force 1 January 2015), Art. 131: the protocol of detention is drawn up within
# three hours of the person's delivery. Applied only to arrests certainly under that code.
REGISTRATION_LIMIT_MINUTES = 3 * 60
REGISTRATION_RULE_FROM = dt.date(2015, 1, 1)

@dataclass(frozen=True)
class HourInterval:
    """A span known to lie between ``low`` and ``high`` minutes (inclusive); ``high`` is None
    when there is no upper bound."""

    low: int
    high: int | None

    @property
    def exact(self) -> bool:
        return self.high == self.low

    def hours(self) -> tuple[int, int | None]:
        """Whole hours that contain the interval: the low end rounded down, the high end up."""
        high = None if self.high is None else -(-self.high // 60)
        return self.low // 60, high


def _minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def hours_between(start: Moment | None, end: Moment | None) -> HourInterval | None:
    """The time from ``start`` to ``end`` over every pair of instants the two allow; None
    when either is unknown. ``end`` is taken to be no earlier than ``start`` (a later
    moment of the same custody), so the interval never goes below 0."""
    if start is None or end is None or not start.known or not end.known:
        return None
    start_low, start_high = start.bounds()
    end_low, end_high = end.bounds()
    low = 0 if end_low is None or start_high is None else max(0, _minutes(end_low - start_high))
    high = (None if end_high is None or start_low is None
            else max(low, _minutes(end_high - start_low)))
    return HourInterval(low, high)


def hours_without_lawyer(arrest: Moment | None, lawyer: Moment | None, *,
                         lawyer_given: bool | None = None,
                         released: Moment | None = None) -> HourInterval | None:
    """Hours from the arrest to the first access to a lawyer. When the record says no lawyer
    was given at all (``lawyer_given`` False) and the custody's end (``released``) is known,
    the whole custody was without a lawyer: the hours up to it. Otherwise unknown (None):
    nothing is counted up to "today" from a record that may be out of date."""
    if lawyer is not None and lawyer.known:
        return hours_between(arrest, lawyer)
    if lawyer_given is False and released is not None and released.known:
        return hours_between(arrest, released)
    return None


def exceeds(elapsed: HourInterval | None, limit_minutes: int) -> Lateness:
    """Whether ``elapsed`` went past the limit: "late" at every value the interval allows,
    "possibly_late" at only some, "not_late" at none, "unknown" when nothing is known."""
    return lateness(elapsed, limit_minutes)  # the one rule, in minutes


def registration_lateness(arrest: Moment | None, registration: Moment | None) -> Lateness:
    """The three-hour rule (:data:`REGISTRATION_LIMIT_MINUTES`) on the registration of a
    detention: only for an arrest certainly made under the 2014 code; "unknown" otherwise."""
    if arrest is None or arrest.day is None:
        return "unknown"
    first = arrest.day.earliest()
    if first is None or first < REGISTRATION_RULE_FROM:
        return "unknown"
    return exceeds(hours_between(arrest, registration), REGISTRATION_LIMIT_MINUTES)


# -- words ---------------------------------------------------------------------------------

_HOUR_WORDS = {"en": {"one": "hour", "other": "hours"},
               "ru": {"one": "час", "few": "часа", "many": "часов"},
               "kk": {"one": "сағат", "other": "сағат"}}
_MINUTE_WORDS = {"en": {"one": "minute", "other": "minutes"},
                 "ru": {"one": "минута", "few": "минуты", "many": "минут"},
                 "kk": {"one": "минут", "other": "минут"}}


def _code(lang: str) -> str:
    code = lang.strip().casefold().replace("_", "-").split("-")[0]
    return code if code in ("en", "ru", "kk") else "en"


def _count(code: str, n: int, words: dict[str, dict[str, str]]) -> str:
    return f"{n} {words[code][plural_category(code, n)]}"


def format_hours(interval: HourInterval | None, lang: str = "en") -> str:
    """"35 hours 30 minutes", "34 to 58 hours", "at least 34 hours"; "35 часов 30 минут",
    "34–58 часов", "не менее 34 часов"; "35 сағат 30 минут", "34–58 сағат", "кемінде 34
    сағат". Unknown (None) is the empty string."""
    if interval is None:
        return ""
    code = _code(lang)
    if interval.exact:
        hours, minutes = divmod(interval.low, 60)
        parts = ([_count(code, hours, _HOUR_WORDS)] if hours or not minutes else []) + \
            ([_count(code, minutes, _MINUTE_WORDS)] if minutes else [])
        return " ".join(parts)
    low, high = interval.hours()
    if high is None:
        if code == "en":
            return f"at least {_count(code, low, _HOUR_WORDS)}"
        if code == "ru":  # "не менее" governs the genitive: 1 часа, 2 часов, 5 часов
            return f"не менее {low} {'часа' if plural_category(code, low) == 'one' else 'часов'}"
        return f"кемінде {low} сағат"
    if code == "en":
        return f"{low} to {high} {_HOUR_WORDS[code][plural_category(code, high)]}"
    return f"{low}–{high} {_HOUR_WORDS[code][plural_category(code, high)]}"
