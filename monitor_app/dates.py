"""Approximate dates ("2011", "December 2011", "14 December 2011") for monitoring records.

Monitors often know a date only to the month or the year, or only that something happened
"about", "before" or "after" a date.  :class:`ApproxDate` keeps exactly the precision and the
qualifier that were recorded and formats itself in English, Russian or Kazakh;
:func:`parse_approx_date` reads what a person types in any of the three languages.  An
unknown date is no ``ApproxDate`` at all: ``None`` (NULL in the store).  Pure standard
library, no Qt.

Stored text follows EDTF (ISO 8601-2, levels 1 and 2), reduced to four forms:

============== =========================== ===========================================
text           meaning                     bounds (:meth:`~ApproxDate.earliest` ..
                                           :meth:`~ApproxDate.latest`)
============== =========================== ===========================================
``2018-01``    January 2018 (exact)        1 Jan 2018 .. 31 Jan 2018
``2018-01~``   about January 2018          the period widened by :data:`ABOUT_WINDOW`
``[..2012-03]`` before March 2012           unbounded .. 31 Mar 2012
``[2014..]``   after 2014                  1 Jan 2014 .. unbounded
============== =========================== ===========================================

"Before" and "after" keep EDTF's meaning, "one of the dates up to (from) this one", so the
named period itself is included: the arithmetic never claims more than the source says.
Plain dates still sort correctly as text; qualified ones sort by :meth:`ApproxDate.sort_key`
(the period's first day, then before < exact < about < after), which SQL mirrors in
``db.sort_keys.approx_sort_key``.

Arithmetic is by intervals: :func:`duration` between two dates is a :class:`DayInterval`
("22 to 52 days", :func:`format_days`), and :func:`lateness` says whether an answer was
late at every date the interval allows ("late"), at only some ("possibly_late"), at none
("not_late"), or cannot be told ("unknown").

This module is also the one home of how a date is written, on screen and on paper alike:
:func:`format_day` ("14 Nov 2017" in English, "14.11.2017" in Russian and Kazakh, four-digit
years always), :func:`format_moment` (the day and "10:30") and :meth:`ApproxDate.format`,
which writes a full day by the same rule and a month or a year in words.

A :class:`Moment` is an approximate day plus, only when recorded, a time of day ("HH:MM",
no time zone): when a visit began, when a person was arrested. :func:`parse_moment` reads
one typed in a single box ("05.03.2024 10:30", "March 2014"), :func:`format_span` writes
a beginning and an end ("5 Mar 2024 10:30 – 15:00").
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, Protocol

__all__ = [
    "ABOUT_WINDOW",
    "MAX_YEAR",
    "MIN_YEAR",
    "ApproxDate",
    "DateParseError",
    "DayInterval",
    "Interval",
    "Lateness",
    "Precision",
    "Qualifier",
    "approx_or_none",
    "duration",
    "format_days",
    "lateness",
    "plural_category",
    "stored_approx",
    "format_day",
    "format_moment",
    "format_span",
    "Moment",
    "narrowing_words",
    "parse_moment",
    "parse_time",
    "time_text",
    "parse_approx_date",
]

Precision = Literal["year", "month", "day"]
Qualifier = Literal["exact", "about", "before", "after"]
Lateness = Literal["late", "possibly_late", "not_late", "unknown"]

QUALIFIERS: tuple[Qualifier, ...] = ("exact", "about", "before", "after")
# How far "about" reaches either side of the named period: a year's worth for "about 2018",
# a month for "about January 2018", 15 days for "about 14 January 2018".
ABOUT_WINDOW: dict[str, str] = {"year": "1 year", "month": "1 month", "day": "15 days"}
_ABOUT_DAYS = 15
# Sort rank of a qualifier at the same period start: before < exact < about < after.
_QUALIFIER_RANK: dict[str, int] = {"before": 0, "exact": 1, "about": 1, "after": 2}

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
_KK_DATIVE = (  # "наурызға дейін" = "before March"
    "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
    "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға",
)  # fmt: skip
_KK_ABLATIVE = (  # "наурыздан кейін" = "after March"
    "қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
    "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан",
)  # fmt: skip
_EN_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_EN_SHORT = tuple(name.capitalize() for name in _EN_ABBREVIATIONS)  # "Nov" in "14 Nov 2017"

# Words that narrow a date within its period ("mid-December"): accepted and dropped, since
# the period itself is still true. EDTF has no "middle of a month", so what is stored is the
# whole period; :func:`narrowing_words` finds them so a form can say so.
_NARROWING = frozenset(
    {
        "early", "mid", "middle", "late", "beginning", "start", "end",
        "начало", "начале", "середина", "середине", "конец", "конце",
        "басы", "басында", "ортасы", "ортасында", "аяғы", "аяғында",
    }
)  # fmt: skip
# Little words around a date that say nothing about it ("the end of", "в декабре").
_FILLERS = frozenset({"of", "the", "in", "on", "в", "во"})
_QUALIFIERS = _NARROWING | _FILLERS
# Words that qualify the date: about / before / after, in the three languages.  Kazakh puts
# "дейін"/"кейін" after the date, so these are accepted on either side of it.
_QUALIFIER_WORDS: dict[str, Qualifier] = {
    # about
    "about": "about", "around": "about", "circa": "about", "c": "about", "ca": "about",
    "approx": "about", "approximately": "about", "roughly": "about",
    "около": "about", "ок": "about", "примерно": "about", "приблизительно": "about",
    "шамамен": "about", "шамасында": "about",
    # before
    "before": "before", "until": "before", "till": "before", "by": "before",
    "до": "before", "ранее": "before", "раньше": "before",
    "дейін": "before", "бұрын": "before", "шейін": "before",
    # after
    "after": "after", "since": "after", "later": "after",
    "после": "after", "позднее": "after", "позже": "after", "с": "after",
    "кейін": "after", "соң": "after", "бері": "after",
}  # fmt: skip
# Words that may only follow a year: "2011 г.", "2011 года", "2011 ж.", "2011 жылғы".
_YEAR_MARKERS = frozenset({"г", "год", "года", "году", "ж", "жыл", "жылы", "жылғы", "жылға",
                           "жылдан", "жылдың"})

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
        _KK_DATIVE,
        _KK_ABLATIVE,
    )
    for table in tables:
        for number, name in enumerate(table, start=1):
            lookup[_fold(name)] = number
    lookup["sept"] = 9
    return lookup


_MONTH_LOOKUP = _build_month_lookup()
_QUALIFIER_LOOKUP = frozenset(_fold(word) for word in _QUALIFIERS)
_NARROWING_LOOKUP = frozenset(_fold(word) for word in _NARROWING)
_QUALIFIER_WORD_LOOKUP = {_fold(word): q for word, q in _QUALIFIER_WORDS.items()}
_YEAR_MARKER_LOOKUP = frozenset(_fold(word) for word in _YEAR_MARKERS)

# --------------------------------------------------------------------------- value type


def _check_int(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")


@dataclass(frozen=True, order=False)
class ApproxDate:
    """A calendar date known to the year, the month or the day, exactly, about, before or
    after (see the module's table).

    Invalid values raise :class:`DateParseError` (a ``ValueError``) with a user-facing message.
    Instances compare equal by value, precision and qualifier and sort by :meth:`sort_key`,
    so "2011" < "2011-01" < "2011-01-01" < "2011-01-02" < "2011-02" (the order of their ISO
    text) and "before 2011" < "2011" < "about 2011" < "after 2011".
    """

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier = "exact"

    def __post_init__(self) -> None:
        _check_int("year", self.year)
        if self.month is not None:
            _check_int("month", self.month)
        if self.day is not None:
            _check_int("day", self.day)
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {QUALIFIERS}, not {self.qualifier!r}")
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

    @property
    def is_exact(self) -> bool:
        """A whole day, neither about, before nor after: the only kind a deadline runs from."""
        return self.qualifier == "exact" and self.precision == "day"

    def period_start(self) -> datetime.date:
        """First day of the named period (the year, month or day), whatever the qualifier."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def period_end(self) -> datetime.date:
        """Last day of the named period, whatever the qualifier."""
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            return datetime.date(
                self.year, self.month, calendar.monthrange(self.year, self.month)[1]
            )
        return datetime.date(self.year, self.month, self.day)

    def earliest(self) -> datetime.date | None:
        """The first day the date may be; None when unbounded ("before March 2012")."""
        if self.qualifier == "before":
            return None
        start = self.period_start()
        if self.qualifier == "about":
            if self.precision == "year":
                return datetime.date(start.year - 1, 1, 1)
            if self.precision == "month":
                return _add_months(start, -1)
            return start - datetime.timedelta(days=_ABOUT_DAYS)
        return start

    def latest(self) -> datetime.date | None:
        """The last day the date may be; None when unbounded ("after 2014")."""
        if self.qualifier == "after":
            return None
        end = self.period_end()
        if self.qualifier == "about":
            if self.precision == "year":
                return datetime.date(end.year + 1, 12, 31)
            if self.precision == "month":
                after = _add_months(end.replace(day=1), 1)
                return after.replace(day=calendar.monthrange(after.year, after.month)[1])
            return end + datetime.timedelta(days=_ABOUT_DAYS)
        return end

    def anchor(self) -> datetime.date:
        """One day to place the date on a chart (never to print): the first day of the
        named period."""
        return self.period_start()

    # -- ISO text

    def to_iso(self) -> str:
        """Stored text: reduced-precision ISO 8601 ("2011", "2011-12", "2011-12-05") with
        EDTF's marks for about ("2011-12~"), before ("[..2011-12]") and after ("[2011..]")."""
        if self.month is None:
            core = f"{self.year:04d}"
        elif self.day is None:
            core = f"{self.year:04d}-{self.month:02d}"
        else:
            core = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.qualifier == "about":
            return f"{core}~"
        if self.qualifier == "before":
            return f"[..{core}]"
        if self.qualifier == "after":
            return f"[{core}..]"
        return core

    @classmethod
    def from_iso(cls, text: str) -> ApproxDate:
        """Inverse of :meth:`to_iso`; accepts exactly its four forms."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        core, qualifier = text, "exact"
        if text.startswith("[..") and text.endswith("]"):
            core, qualifier = text[3:-1], "before"
        elif text.startswith("[") and text.endswith("..]"):
            core, qualifier = text[1:-3], "after"
        elif text.endswith("~"):
            core, qualifier = text[:-1], "about"
        match = _ISO_RE.fullmatch(core)
        if match is None:
            raise DateParseError(
                f"{_quote(text)} is not a stored date; expected YYYY, YYYY-MM or YYYY-MM-DD, "
                "optionally as YYYY-MM~ (about), [..YYYY-MM] (before) or [YYYY-MM..] (after)."
            )
        year, month, day = match.groups()
        return cls(int(year), _opt_int(month), _opt_int(day), qualifier)

    @classmethod
    def from_date(cls, d: datetime.date) -> ApproxDate:
        """An exact (day-precision) date; a ``datetime`` is truncated to its date."""
        return cls(d.year, d.month, d.day)

    # -- display

    def format(self, lang: str = "en") -> str:
        """Human-readable text in "en", "ru" or "kk" that shows the precision and the
        qualifier and parses back: a full day as :func:`format_day` writes it ("14 Nov 2017",
        "14.11.2017"), a month or a year in words ("November 2017", "ноябрь 2017 г.",
        "2017 ж. қараша"); "about January 2018", "до марта 2012 г.", "2014 ж. кейін"."""
        code = _language(lang)
        year, month, day = self.year, self.month, self.day
        q = self.qualifier
        if month is not None and day is not None:
            text = format_day(datetime.date(year, month, day), code)
            if q == "exact":
                return text
            if code == "en":
                return f"{q} {text}"
            if code == "ru":
                return f"{_RU_WORD[q]} {text}"
            return f"шамамен {text}" if q == "about" else f"{text} ж. {_KK_WORD[q]}"
        if code == "en":
            text = str(year) if month is None else f"{_EN_MONTHS[month - 1]} {year}"
            return text if q == "exact" else f"{q} {text}"
        if code == "ru":
            if q == "exact":
                return f"{year} г." if month is None else f"{_RU_NOMINATIVE[month - 1]} {year} г."
            # около, до, после govern the genitive: "до марта 2012 г."
            text = f"{year} г." if month is None else f"{_RU_GENITIVE[month - 1]} {year} г."
            return f"{_RU_WORD[q]} {text}"
        if q in ("exact", "about"):
            text = f"{year} ж." if month is None else f"{year} ж. {_KK_NOMINATIVE[month - 1]}"
            return text if q == "exact" else f"шамамен {text}"
        # дейін governs the dative, кейін the ablative: "2012 ж. наурызға дейін"
        if month is None:
            return f"{year} ж. {_KK_WORD[q]}"
        forms = _KK_DATIVE if q == "before" else _KK_ABLATIVE
        return f"{year} ж. {forms[month - 1]} {_KK_WORD[q]}"

    # -- ordering

    def sort_key(self) -> tuple[datetime.date, int, int, int]:
        """The chronological order: the named period's first day, then before < exact <
        about < after, then the coarser precision first.  SQL mirrors it
        (``db.sort_keys.approx_sort_key``)."""
        return (self.period_start(), _QUALIFIER_RANK[self.qualifier],
                _PRECISION_RANK[self.precision], int(self.qualifier == "about"))

    def _sort_key(self) -> tuple[datetime.date, int, int, int]:
        return self.sort_key()

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


_RU_WORD = {"about": "около", "before": "до", "after": "после"}
_KK_WORD = {"before": "дейін", "after": "кейін"}


def _add_months(d: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` away from ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def approx_or_none(value: object) -> ApproxDate | None:
    """A stored value as an :class:`ApproxDate`: text in the stored form, a ``date`` (a
    whole day), an ``ApproxDate``; None for an unknown date (NULL or empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, ApproxDate):
        return value
    if isinstance(value, datetime.date):
        return ApproxDate.from_date(value)
    return ApproxDate.from_iso(str(value))



def stored_approx(value: object) -> ApproxDate | None:
    """As :func:`approx_or_none` for reading a record: a value that cannot be read as a date
    (text damaged or written by another tool) is unknown, never a guess and never a crash."""
    try:
        return approx_or_none(value)
    except (ValueError, TypeError):  # DateParseError is a ValueError
        return None

# --------------------------------------------------------------------------- arithmetic


@dataclass(frozen=True, eq=False)
class DayInterval:
    """A number of days known to lie between ``low`` and ``high`` (inclusive); ``high`` is
    None when there is no upper bound ("at least 22 days")."""

    low: int
    high: int | None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, int) and not isinstance(other, bool):  # exactly that many days
            return self.low == other and self.high == other
        if isinstance(other, DayInterval):
            return (self.low, self.high) == (other.low, other.high)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.low, self.high))

    @property
    def exact(self) -> bool:
        return self.high == self.low

    def __str__(self) -> str:
        """Digits for a table cell: "22", "22–52", "≥22"."""
        if self.high is None:
            return f"≥{self.low}"
        return str(self.low) if self.exact else f"{self.low}–{self.high}"


def _day_bounds(value: ApproxDate | datetime.date) -> tuple[datetime.date | None,
                                                           datetime.date | None]:
    if isinstance(value, ApproxDate):
        return value.earliest(), value.latest()
    return value, value


def duration(start: ApproxDate | datetime.date | None,
             end: ApproxDate | datetime.date | None) -> DayInterval | None:
    """Days from ``start`` to ``end`` as an interval over every pair of days the two dates
    allow; None when either date is unknown.  ``end`` is taken to be no earlier than
    ``start`` (a later step, an answer), so the interval never goes below 0."""
    if start is None or end is None:
        return None
    start_low, start_high = _day_bounds(start)
    end_low, end_high = _day_bounds(end)
    low = 0 if (end_low is None or start_high is None) else max(0, (end_low - start_high).days)
    high = (None if (end_high is None or start_low is None)
            else max(low, (end_high - start_low).days))
    return DayInterval(low, high)


class Interval(Protocol):
    """A count known to lie between ``low`` and ``high`` (None: no upper bound): days here,
    minutes in :class:`monitor_app.custody.HourInterval`."""

    @property
    def low(self) -> int: ...

    @property
    def high(self) -> int | None: ...


def lateness(elapsed: Interval | None, allowed_days: int) -> Lateness:
    """Whether ``elapsed`` days (or any unit, with the limit in the same unit) went past
    ``allowed_days``: "late" when they did at every value the interval allows,
    "possibly_late" when only at some, "not_late" when at none, "unknown" when nothing is
    known of the elapsed time."""
    if elapsed is None:
        return "unknown"
    if elapsed.low > allowed_days:
        return "late"
    if elapsed.high is None or elapsed.high > allowed_days:
        return "possibly_late"
    return "not_late"


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of a whole number: Russian "one" (1, 21), "few" (2-4, 22-24),
    "many" (5-20, 25...); Kazakh and English "one" for 1, else "other" (CLDR 44 rules; no
    plural library is a dependency, and these three rules are all the app needs)."""
    code = _language(lang)
    n = abs(n)
    if code == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


_DAY_WORDS = {"en": {"one": "day", "other": "days"},
              "ru": {"one": "день", "few": "дня", "many": "дней"},
              "kk": {"one": "күн", "other": "күн"}}  # Kazakh nouns stay singular after numbers


def _days_word(code: str, n: int) -> str:
    return _DAY_WORDS[code][plural_category(code, n)]


def format_days(interval: DayInterval | int | None, lang: str = "en") -> str:
    """A number of days as text: "22 days", "22 to 52 days", "at least 22 days"; "22 дня",
    "22–52 дня", "не менее 22 дней"; "22 күн", "22–52 күн", "кемінде 22 күн".  Unknown
    (None) is the empty string."""
    if interval is None:
        return ""
    code = _language(lang)
    if isinstance(interval, int):
        interval = DayInterval(interval, interval)
    low, high = interval.low, interval.high
    if high is None:
        if code == "en":
            return f"at least {low} {_days_word(code, low)}"
        if code == "ru":  # "не менее" governs the genitive: 1 дня, 2 дней, 5 дней
            return f"не менее {low} {'дня' if plural_category(code, low) == 'one' else 'дней'}"
        return f"кемінде {low} күн"
    if high == low:
        return f"{low} {_days_word(code, low)}"
    if code == "en":
        return f"{low} to {high} {_days_word(code, high)}"
    # a range agrees with its last number: "22–52 дня", "22–55 дней"
    return f"{low}–{high} {_days_word(code, high)}"


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


_TIME_RE = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])")


def parse_time(text: str | None) -> datetime.time | None:
    """A time of day typed or stored as "10:30" (also "9:05", "10.30"); None for empty.
    Anything else raises ``ValueError`` with a user-facing sentence."""
    if text is None:
        return None
    if isinstance(text, datetime.time):
        return text.replace(second=0, microsecond=0)
    value = str(text).strip()
    if not value:
        return None
    match = _TIME_RE.fullmatch(value)
    if match is None:
        raise ValueError(f"\"{value[:20]}\" is not a time of day; write it as HH:MM, "
                         "e.g. 10:30, or leave it empty when unknown.")
    return datetime.time(int(match.group(1)), int(match.group(2)))


def time_text(value: datetime.time | None) -> str | None:
    """The stored form of a time of day: "HH:MM"; None when unknown."""
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True)
class Moment:
    """A day known to its precision (None: unknown) and, when known, the time of day."""

    day: ApproxDate | None = None
    time: datetime.time | None = None

    @classmethod
    def of(cls, day: ApproxDate | str | datetime.date | None,
           time: datetime.time | str | None = None) -> Moment:
        """From stored values (EDTF text, "HH:MM"); a time without a whole day (none, or
        only a month or a year) is dropped, since nothing can be said of it."""
        approx = approx_or_none(day)
        whole_day = approx is not None and approx.precision == "day"
        return cls(approx, parse_time(time) if whole_day else None)

    @property
    def known(self) -> bool:
        return self.day is not None

    def bounds(self) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """The first and the last instant the moment may be (None: unbounded or unknown); a
        day without its time reaches up to the next midnight."""
        if self.day is None:
            return None, None
        first, last = self.day.earliest(), self.day.latest()
        clock = self.time or datetime.time(0, 0)
        low = datetime.datetime.combine(first, clock) if first is not None else None
        if last is None:
            high = None
        elif self.time is not None:
            high = datetime.datetime.combine(last, self.time)
        else:
            high = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(0, 0))
        return low, high

    def sort_key(self) -> tuple[tuple[datetime.date, int, int, int], datetime.time] | None:
        """The day's :meth:`ApproxDate.sort_key`, then the time (a day without its time
        first); None when unknown (callers put unknown moments where they belong)."""
        if self.day is None:
            return None
        return self.day.sort_key(), self.time or datetime.time(0, 0)

    def format(self, lang: str = "en") -> str:
        """"5 Mar 2024 10:30", "5 Mar 2024" (time unknown: never "00:00"), "March 2024";
        "" when unknown."""
        if self.day is None:
            return ""
        text = self.day.format(lang)
        return f"{text} {time_text(self.time)}" if self.time is not None else text


_MOMENT_TIME_RE = re.compile(r"^(?P<day>.*?)(?:[ T]+(?P<time>[0-9]{1,2}:[0-9]{2})(?::00)?)$")


def parse_moment(text: str) -> Moment:
    """Read a moment typed by a person: an approximate date (anything
    :func:`parse_approx_date` reads: "05.03.2024", "March 2014", "about 2014", "before
    March 2012") optionally followed by a time of day ("05.03.2024 10:30",
    "2024-03-05T10:30"). A time is accepted only after a whole day, since a time in "March
    2014" says nothing. An empty text is an unknown moment (``Moment()``); anything else
    unreadable raises :class:`DateParseError`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    value = unicodedata.normalize("NFC", text).strip()
    if not value:
        return Moment()
    match = _MOMENT_TIME_RE.match(value)
    clock: datetime.time | None = None
    if match is not None:
        try:
            clock = parse_time(match.group("time"))
        except ValueError as exc:
            raise DateParseError(str(exc)) from None
        value = match.group("day").strip()
    day = parse_approx_date(value)
    if clock is not None and day.precision != "day":
        raise DateParseError(f"A time needs a whole day: {_quote(text)} names only "
                             f"{'a month' if day.precision == 'month' else 'a year'}.")
    return Moment(day, clock)


def format_span(start: Moment, end: Moment | None = None, lang: str = "en") -> str:
    """When something began and ended, at the precision recorded: "5 Mar 2024 10:30 –
    15:00" (one day), "5 Mar 2024 – 7 Mar 2024", "March 2014"; an end on the start's day
    without a time adds nothing; "" when neither is known. Never an invented "00:00"."""
    first = start.format(lang)
    if end is None or end.day is None:
        return first
    if end.day == start.day:
        if end.time is None or end.time == start.time:
            return first
        return f"{first} – {time_text(end.time)}"
    return f"{first} – {end.format(lang)}".strip()


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
    "2011 жылғы 14 желтоқсан").  "About" (about, around, circa, c., около, примерно,
    шамамен), "before" (before, until, до, ранее, дейін, бұрын) and "after" (after, since,
    после, позднее, кейін, соң) set the qualifier: "about 2018", "before March 2012",
    "до марта 2012 г.", "2014 жылдан кейін".  Words that narrow a date within its period
    (early/mid/late, начало/середина/конец, басы/ортасы/аяғы) are accepted and dropped, so
    "mid-December 2011" is the month December 2011.  Anything else raises
    :class:`DateParseError`; an empty text is an unknown date to the caller, not here.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    normal = unicodedata.normalize("NFC", text).strip().casefold()
    if not normal:
        raise DateParseError(f"Please enter a date; {_ACCEPTED_FORMS}")
    unreadable = DateParseError(f"Could not read {_quote(text)} as a date; {_ACCEPTED_FORMS}")
    normal = _ORDINAL_RE.sub("", normal)

    core: list[tuple[str, str]] = []  # (kind, token) for year/month/day/numeric tokens
    qualifier: Qualifier = "exact"
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
            elif word in _QUALIFIER_WORD_LOOKUP:
                kind = "qualifier"
                said = _QUALIFIER_WORD_LOOKUP[word]
                if qualifier not in ("exact", said):
                    raise unreadable
                qualifier = said
            elif word in _QUALIFIER_LOOKUP:
                kind = "qualifier"
            else:
                raise unreadable
        previous_kind = kind
    if any(not (ch.isspace() or ch in _SEPARATORS) for ch in normal[position:]):
        raise unreadable

    kinds = tuple(kind for kind, _ in core)
    if kinds == ("numeric",):
        found = _parse_numeric(core[0][1], unreadable)
        return ApproxDate(found.year, found.month, found.day, qualifier)
    layout = _PATTERNS.get(kinds)
    if layout is None:
        raise unreadable
    year_at, month_at, day_at = layout
    year = int(core[year_at][1])
    month = None if month_at is None else _MONTH_LOOKUP[core[month_at][1]]
    day = None if day_at is None else int(core[day_at][1])
    return ApproxDate(year, month, day, qualifier)


def narrowing_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that :func:`parse_approx_date` reads and drops because they
    narrow a date within its period ("mid" in "mid-December 2011", "начале" in "в начале
    2014"), as typed, in order; () when there are none."""
    normal = unicodedata.normalize("NFC", text or "")
    return tuple(match.group().rstrip(".") for match in _TOKEN_RE.finditer(normal)
                 if _fold(match.group().casefold()).rstrip(".") in _NARROWING_LOOKUP)


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
