"""Approximate dates ("2011", "December 2011", "14 December 2011") for monitoring records.

Monitors often know a date only to the month or the year.  :class:`ApproxDate` keeps exactly
the precision that was recorded, stores as reduced-precision ISO 8601 text ("2011",
"2011-12", "2011-12-14") that sorts correctly as plain text, and formats itself in English,
Russian or Kazakh.  :func:`parse_approx_date` reads what a person types in any of the three
languages.  Pure standard library, no Qt.

This module is also the one home of how a date is written, on screen and on paper alike:
:func:`format_day` ("14 Nov 2017" in English, "14.11.2017" in Russian and Kazakh, four-digit
years always), :func:`format_moment` (the day and "10:30") and :meth:`ApproxDate.format`,
which writes a full day by the same rule and a month or a year in words.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "ApproxDate",
    "DateParseError",
    "Precision",
    "format_day",
    "format_moment",
    "parse_approx_date",
]

Precision = Literal["year", "month", "day"]

MIN_YEAR = 1900
MAX_YEAR = 2100

_PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


class DateParseError(ValueError):
    """Text or values that do not make a valid date; the message is one user-facing sentence."""


# --------------------------------------------------------------------------- month names

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
_RU_PREPOSITIONAL = (  # "в декабре"
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
_KK_NOMINATIVE = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_KK_LOCATIVE = (  # "желтоқсанда" = "in December"
    "қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
    "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда",
)  # fmt: skip
_KK_GENITIVE = (  # "желтоқсанның ортасы" = "the middle of December"
    "қаңтардың", "ақпанның", "наурыздың", "сәуірдің", "мамырдың", "маусымның",
    "шілденің", "тамыздың", "қыркүйектің", "қазанның", "қарашаның", "желтоқсанның",
)  # fmt: skip
_EN_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_EN_SHORT = tuple(name.capitalize() for name in _EN_ABBREVIATIONS)  # "Nov" in "14 Nov 2017"

# Words that say how vague the date is; they are accepted and dropped.
_QUALIFIERS = frozenset(
    {
        # English
        "early", "mid", "middle", "late", "around", "circa", "c", "ca", "approx",
        "approximately", "about", "beginning", "start", "end", "of", "the", "in", "on",
        # Russian
        "в", "во", "начало", "начале", "середина", "середине", "конец", "конце",
        "около", "примерно", "приблизительно",
        # Kazakh
        "шамамен", "басы", "басында", "ортасы", "ортасында", "аяғы", "аяғында",
    }
)  # fmt: skip
# Words that may only follow a year: "2011 г.", "2011 года", "2011 ж.", "2011 жылғы".
_YEAR_MARKERS = frozenset({"г", "год", "года", "году", "ж", "жыл", "жылы", "жылғы"})

# People often type Kazakh with a Russian keyboard layout, so letters are folded for lookup.
_FOLD = str.maketrans("қңәүұөіғһё", "кнаууоигхе")


def _fold(word: str) -> str:
    return word.casefold().translate(_FOLD)


def _build_month_lookup() -> dict[str, int]:
    lookup: dict[str, int] = {}
    tables = (
        _EN_MONTHS,
        _EN_ABBREVIATIONS,
        _RU_NOMINATIVE,
        _RU_GENITIVE,
        _RU_PREPOSITIONAL,
        _KK_NOMINATIVE,
        _KK_LOCATIVE,
        _KK_GENITIVE,
    )
    for table in tables:
        for number, name in enumerate(table, start=1):
            lookup[_fold(name)] = number
    lookup["sept"] = 9
    return lookup


_MONTH_LOOKUP = _build_month_lookup()
_QUALIFIER_LOOKUP = frozenset(_fold(word) for word in _QUALIFIERS)
_YEAR_MARKER_LOOKUP = frozenset(_fold(word) for word in _YEAR_MARKERS)

# --------------------------------------------------------------------------- value type


def _check_int(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")


@dataclass(frozen=True, order=False)
class ApproxDate:
    """A calendar date known to the year, the month or the day.

    Invalid values raise :class:`DateParseError` (a ``ValueError``) with a user-facing message.
    Instances compare equal by value and sort chronologically by ``(earliest(), precision)``,
    so "2011" < "2011-01" < "2011-01-01" < "2011-01-02" < "2011-02" -- the same order as their
    ISO text.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        _check_int("year", self.year)
        if self.month is not None:
            _check_int("month", self.month)
        if self.day is not None:
            _check_int("day", self.day)
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise DateParseError(
                f"Year must be between {MIN_YEAR} and {MAX_YEAR}, but {self.year} was given."
            )
        if self.month is None:
            if self.day is not None:
                raise DateParseError(
                    "A day needs a month as well, so add the month or drop the day."
                )
            return
        if not 1 <= self.month <= 12:
            raise DateParseError(f"Month must be between 1 and 12, but {self.month} was given.")
        if self.day is not None:
            days = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= days:
                raise DateParseError(
                    f"{_EN_MONTHS[self.month - 1]} {self.year} has {days} days, "
                    f"so day {self.day} is not possible."
                )

    # -- precision and bounds

    @property
    def precision(self) -> Precision:
        """How much of the date is known: "year", "month" or "day"."""
        if self.month is None:
            return "year"
        if self.day is None:
            return "month"
        return "day"

    def earliest(self) -> datetime.date:
        """First day of the period this date covers."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> datetime.date:
        """Last day of the period this date covers."""
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            return datetime.date(
                self.year, self.month, calendar.monthrange(self.year, self.month)[1]
            )
        return datetime.date(self.year, self.month, self.day)

    # -- ISO text

    def to_iso(self) -> str:
        """Reduced-precision ISO 8601: "2011", "2011-12" or "2011-12-05"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, text: str) -> ApproxDate:
        """Inverse of :meth:`to_iso`; accepts exactly YYYY, YYYY-MM or YYYY-MM-DD."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        match = _ISO_RE.fullmatch(text)
        if match is None:
            raise DateParseError(
                f"{_quote(text)} is not a stored date; expected YYYY, YYYY-MM or YYYY-MM-DD."
            )
        year, month, day = match.groups()
        return cls(int(year), _opt_int(month), _opt_int(day))

    @classmethod
    def from_date(cls, d: datetime.date) -> ApproxDate:
        """An exact (day-precision) date; a ``datetime`` is truncated to its date."""
        return cls(d.year, d.month, d.day)

    # -- display

    def format(self, lang: str = "en") -> str:
        """Human-readable text in "en", "ru" or "kk" that shows the precision and parses back:
        a full day as :func:`format_day` writes it ("14 Nov 2017", "14.11.2017"), a month or a
        year in words ("November 2017", "ноябрь 2017 г.", "2017 ж. қараша")."""
        code = _language(lang)
        year, month, day = self.year, self.month, self.day
        if month is not None and day is not None:
            return format_day(datetime.date(year, month, day), code)
        if code == "en":
            return str(year) if month is None else f"{_EN_MONTHS[month - 1]} {year}"
        if code == "ru":
            return f"{year} г." if month is None else f"{_RU_NOMINATIVE[month - 1]} {year} г."
        return f"{year} ж." if month is None else f"{year} ж. {_KK_NOMINATIVE[month - 1]}"

    # -- ordering

    def _sort_key(self) -> tuple[datetime.date, int]:
        return self.earliest(), _PRECISION_RANK[self.precision]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, ApproxDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, ApproxDate):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, ApproxDate):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, ApproxDate):
            return NotImplemented
        return self._sort_key() >= other._sort_key()


def format_day(day: datetime.date, lang: str = "en") -> str:
    """A calendar day as every screen and document writes it: "14 Nov 2017" in English (read
    the same by those who write day-month and month-day), "14.11.2017" in Russian and Kazakh.
    A ``datetime`` is written by its date."""
    if _language(lang) == "en":
        return f"{day.day} {_EN_SHORT[day.month - 1]} {day.year:04d}"
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_moment(moment: datetime.datetime, lang: str = "en") -> str:
    """A day and its time of day on the 24-hour clock: "5 Mar 2024 10:30", "05.03.2024 10:30".
    The time is written as given (no conversion between time zones)."""
    return f"{format_day(moment, lang)} {moment:%H:%M}"


def _language(lang: str) -> str:
    code = lang.strip().casefold().replace("_", "-").split("-")[0]
    if code not in ("en", "ru", "kk"):
        raise ValueError(f"Unsupported language {lang!r}; use 'en', 'ru' or 'kk'.")
    return code


def _opt_int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _quote(text: str, limit: int = 40) -> str:
    """The user's text on one line, shortened, in quotes, for an error message."""
    shown = " ".join(text.split())
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return f'"{shown}"'


# --------------------------------------------------------------------------- parsing

_ISO_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# Numeric forms typed by people (digits are ASCII only: Python's \d would take any script).
_NUM_YMD_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?")  # 2017-11-14, 2017-11
_NUM_DMY_RE = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})")  # 14.11.2017
_NUM_MY_RE = re.compile(r"([0-9]{1,2})[./-]([0-9]{4})")  # 11.2017
_ORDINAL_RE = re.compile(r"(?<=[0-9])(?:st|nd|rd|th|-го)(?![^\W\d_])")  # 14th, 14-го
_TOKEN_RE = re.compile(r"[0-9]+(?:[./-][0-9]+)+|[0-9]+|[^\W\d_]+\.?")
_SEPARATORS = frozenset(",-/.–—")

_ACCEPTED_FORMS = (
    "use a form such as 14.11.2017, 11.2017, 2017, 2017-11-14 or 14 December 2011 "
    "(Russian and Kazakh month names also work)."
)

# Word orders allowed once qualifiers and year markers are removed.
_PATTERNS: dict[tuple[str, ...], tuple[int, int | None, int | None]] = {
    # kinds -> positions of (year, month, day) in the core token list
    ("year",): (0, None, None),
    ("month", "year"): (1, 0, None),  # December 2011
    ("year", "month"): (0, 1, None),  # 2011 ж. желтоқсан
    ("day", "month", "year"): (2, 1, 0),  # 14 December 2011
    ("month", "day", "year"): (2, 0, 1),  # December 14, 2011
    ("year", "day", "month"): (0, 2, 1),  # 2011 жылғы 14 желтоқсан
    ("year", "month", "day"): (0, 1, 2),  # 2011 December 14
}


def parse_approx_date(text: str) -> ApproxDate:
    """Read a date typed by a person, keeping only the precision that was given.

    Accepted (case-insensitive, surrounding whitespace ignored): "2017-11-14", "2017-11",
    "2017", "14.11.2017", "14/11/2017", "11.2017", "December 2011", "Dec 2011",
    "14 December 2011", "December 14, 2011", Russian month names in the nominative, genitive
    and prepositional ("декабрь 2011", "14 декабря 2011", "в декабре 2011"), "2011 г." and
    "2011 года", and Kazakh ones ("желтоқсан 2011", "2011 ж. желтоқсан",
    "2011 жылғы 14 желтоқсан").  Vagueness words such as early/mid/late/around/circa/c.,
    начало/середина/конец, шамамен/басы/ортасы/аяғы are accepted and dropped, so
    "mid-December 2011" is the month December 2011.  Anything else raises
    :class:`DateParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    normal = unicodedata.normalize("NFC", text).strip().casefold()
    if not normal:
        raise DateParseError(f"Please enter a date; {_ACCEPTED_FORMS}")
    unreadable = DateParseError(f"Could not read {_quote(text)} as a date; {_ACCEPTED_FORMS}")
    normal = _ORDINAL_RE.sub("", normal)

    core: list[tuple[str, str]] = []  # (kind, token) for year/month/day/numeric tokens
    previous_kind = ""
    position = 0
    for match in _TOKEN_RE.finditer(normal):
        gap = normal[position : match.start()]
        if any(not (ch.isspace() or ch in _SEPARATORS) for ch in gap):
            raise unreadable
        position = match.end()
        token = match.group()
        if token[0] in "0123456789":
            if not token.isdigit():
                kind = "numeric"
            elif len(token) == 4:
                kind = "year"
            elif len(token) <= 2:
                kind = "day"
            else:
                raise unreadable
            core.append((kind, token))
        else:
            word = _fold(token).rstrip(".")
            if word in _MONTH_LOOKUP:
                kind = "month"
                core.append((kind, word))
            elif word in _YEAR_MARKER_LOOKUP and previous_kind in ("year", "numeric"):
                kind = "marker"
            elif word in _QUALIFIER_LOOKUP:
                kind = "qualifier"
            else:
                raise unreadable
        previous_kind = kind
    if any(not (ch.isspace() or ch in _SEPARATORS) for ch in normal[position:]):
        raise unreadable

    kinds = tuple(kind for kind, _ in core)
    if kinds == ("numeric",):
        return _parse_numeric(core[0][1], unreadable)
    layout = _PATTERNS.get(kinds)
    if layout is None:
        raise unreadable
    year_at, month_at, day_at = layout
    year = int(core[year_at][1])
    month = None if month_at is None else _MONTH_LOOKUP[core[month_at][1]]
    day = None if day_at is None else int(core[day_at][1])
    return ApproxDate(year, month, day)


def _parse_numeric(token: str, unreadable: DateParseError) -> ApproxDate:
    if match := _NUM_YMD_RE.fullmatch(token):
        year, month, day = match.groups()
        return ApproxDate(int(year), int(month), _opt_int(day))
    if match := _NUM_DMY_RE.fullmatch(token):
        day, _, month, year = match.groups()
        return ApproxDate(int(year), int(month), int(day))
    if match := _NUM_MY_RE.fullmatch(token):
        month, year = match.groups()
        return ApproxDate(int(year), int(month))
    raise unreadable
