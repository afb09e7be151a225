"""Tests for monitor_app.dates: ApproxDate and parse_approx_date."""

from __future__ import annotations

import calendar
import datetime
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.dates import (
    ApproxDate,
    DateParseError,
    format_day,
    format_moment,
    parse_approx_date,
)

D = ApproxDate
LANGS = ("en", "ru", "kk")


@st.composite
def approx_dates(draw: st.DrawFn) -> ApproxDate:
    """Any valid ApproxDate, at any precision."""
    year = draw(st.integers(1900, 2100))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return ApproxDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return ApproxDate(year, month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return ApproxDate(year, month, day)


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numeric
        ("2017-11-14", D(2017, 11, 14)),
        ("2017-11", D(2017, 11)),
        ("2017", D(2017)),
        ("14.11.2017", D(2017, 11, 14)),
        ("11.2017", D(2017, 11)),
        ("14/11/2017", D(2017, 11, 14)),
        ("1.2.2017", D(2017, 2, 1)),
        ("  14.11.2017 \n", D(2017, 11, 14)),
        ("14.11.2017 г.", D(2017, 11, 14)),
        # English
        ("December 2011", D(2011, 12)),
        ("Dec 2011", D(2011, 12)),
        ("dec. 2011", D(2011, 12)),
        ("Sept 2011", D(2011, 9)),
        ("DECEMBER 2011", D(2011, 12)),
        ("14 December 2011", D(2011, 12, 14)),
        ("14 Dec 2011", D(2011, 12, 14)),
        ("14th December 2011", D(2011, 12, 14)),
        ("December 14, 2011", D(2011, 12, 14)),
        ("december 14 2011", D(2011, 12, 14)),
        ("mid-December 2011", D(2011, 12)),
        ("mid December 2011", D(2011, 12)),
        ("early December 2011", D(2011, 12)),
        ("late December 2011", D(2011, 12)),
        ("Early/late December 2011", D(2011, 12)),
        ("around December 2011", D(2011, 12, qualifier="about")),
        ("circa 2011", D(2011, qualifier="about")),
        ("c. 2011", D(2011, qualifier="about")),
        ("C. December 2011", D(2011, 12, qualifier="about")),
        ("end of December 2011", D(2011, 12)),
        # Russian
        ("декабрь 2011", D(2011, 12)),
        ("Декабрь 2011", D(2011, 12)),
        ("декабря 2011", D(2011, 12)),
        ("14 декабря 2011", D(2011, 12, 14)),
        ("14 ДЕКАБРЯ 2011", D(2011, 12, 14)),
        ("14 декабря 2011 г.", D(2011, 12, 14)),
        ("14 декабря 2011 года", D(2011, 12, 14)),
        ("в декабре 2011", D(2011, 12)),
        ("в декабре 2011 года", D(2011, 12)),
        ("середина декабря 2011", D(2011, 12)),
        ("начало декабря 2011", D(2011, 12)),
        ("конец декабря 2011", D(2011, 12)),
        ("в середине мая 2011 г.", D(2011, 5)),
        ("май 2011", D(2011, 5)),
        ("1 марта 2012", D(2012, 3, 1)),
        ("2011 г.", D(2011)),
        ("2011 г", D(2011)),
        ("2011г.", D(2011)),
        ("2011 года", D(2011)),
        ("в 2011 году", D(2011)),
        ("около 2011 г.", D(2011, qualifier="about")),
        # Kazakh
        ("желтоқсан 2011", D(2011, 12)),
        ("Желтоқсан 2011", D(2011, 12)),
        ("2011 жылғы 14 желтоқсан", D(2011, 12, 14)),
        ("2011 ж. желтоқсан", D(2011, 12)),
        ("2011 ж. 14 желтоқсан", D(2011, 12, 14)),
        ("14 желтоқсан 2011", D(2011, 12, 14)),
        ("2011 ж.", D(2011)),
        ("2011 жылы", D(2011)),
        ("2011 жылы желтоқсанда", D(2011, 12)),
        ("2011 жылғы желтоқсанның ортасы", D(2011, 12)),
        ("шамамен 2011 ж.", D(2011, qualifier="about")),
        ("желтоксан 2011", D(2011, 12)),  # typed without Kazakh letters
        ("сәуір 2015", D(2015, 4)),
        ("қыркүйек 2015", D(2015, 9)),
    ],
)
def test_accepted_forms(text: str, expected: ApproxDate) -> None:
    result = parse_approx_date(text)
    assert result == expected
    assert result.precision == expected.precision


@pytest.mark.parametrize(
    ("number", "en", "ru_nom", "ru_gen", "kk"),
    [
        (1, "January", "январь", "января", "қаңтар"),
        (2, "February", "февраль", "февраля", "ақпан"),
        (3, "March", "март", "марта", "наурыз"),
        (4, "April", "апрель", "апреля", "сәуір"),
        (5, "May", "май", "мая", "мамыр"),
        (6, "June", "июнь", "июня", "маусым"),
        (7, "July", "июль", "июля", "шілде"),
        (8, "August", "август", "августа", "тамыз"),
        (9, "September", "сентябрь", "сентября", "қыркүйек"),
        (10, "October", "октябрь", "октября", "қазан"),
        (11, "November", "ноябрь", "ноября", "қараша"),
        (12, "December", "декабрь", "декабря", "желтоқсан"),
    ],
)
def test_every_month_name(number: int, en: str, ru_nom: str, ru_gen: str, kk: str) -> None:
    month = D(2015, number)
    day = D(2015, number, 3)
    assert parse_approx_date(f"{en} 2015") == month
    assert parse_approx_date(f"{en[:3]} 2015") == month
    assert parse_approx_date(f"{ru_nom} 2015") == month
    assert parse_approx_date(f"{ru_gen} 2015") == month
    assert parse_approx_date(f"{kk} 2015") == month
    assert parse_approx_date(f"3 {ru_gen} 2015") == day
    assert parse_approx_date(f"2015 жылғы 3 {kk}") == day
    assert month.format("en") == f"{en} 2015"
    assert month.format("ru") == f"{ru_nom} 2015 г."
    assert month.format("kk") == f"2015 ж. {kk}"
    assert day.format("en") == f"3 {en[:3]} 2015"
    assert day.format("ru") == day.format("kk") == f"03.{number:02d}.2015"
    assert parse_approx_date(day.format("en")) == day


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2017",
        "29.02.2017",
        "13.2017",
        "0.2017",
        "2017-13",
        "2017-02-30",
        "32 December 2017",
        "",
        "   ",
        "next week",
        "1850",
        "2101",
        "17",
        "14.11.17",
        "20170",
        "2011-2012",
        "December",
        "14 December",
        "Decembr 2011",
        "December 2011 2012",
        "December 2011 December",
        "12 14 2011",
        "2011 14 12",
        "г. 2011",
        "December г. 2011",
        "14.11/2017",
        "2017/11/14 г. 2018",
        "December 2011?",
        "٢٠١١",
        "²",
        "1" * 5000,
        "14.11.2017\nDecember 2011",
    ],
)
def test_invalid_inputs_raise_one_line_message(text: str) -> None:
    with pytest.raises(DateParseError) as excinfo:
        parse_approx_date(text)
    message = str(excinfo.value)
    assert message
    assert len(message.splitlines()) == 1
    assert message.endswith(".")
    assert len(message) < 200


def test_error_messages_are_specific() -> None:
    with pytest.raises(DateParseError, match="February 2017 has 28 days, so day 31"):
        parse_approx_date("31.02.2017")
    with pytest.raises(DateParseError, match="Month must be between 1 and 12, but 13"):
        parse_approx_date("13.2017")
    with pytest.raises(DateParseError, match="Year must be between 1900 and 2100, but 1850"):
        parse_approx_date("1850")
    with pytest.raises(DateParseError, match="Please enter a date"):
        parse_approx_date("")
    with pytest.raises(DateParseError, match=r'Could not read "next week" as a date; use'):
        parse_approx_date("next week")


def test_date_parse_error_is_value_error() -> None:
    assert issubclass(DateParseError, ValueError)


def test_parse_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        parse_approx_date(2017)  # type: ignore[arg-type]


@given(st.text(max_size=60))
def test_parse_never_fails_with_anything_but_date_parse_error(text: str) -> None:
    try:
        result = parse_approx_date(text)
    except DateParseError as exc:
        assert len(str(exc).splitlines()) == 1
    else:
        assert isinstance(result, ApproxDate)


# --------------------------------------------------------------------------- round trips


@given(approx_dates())
def test_iso_round_trip(value: ApproxDate) -> None:
    iso = value.to_iso()
    assert ApproxDate.from_iso(iso) == value
    assert parse_approx_date(iso) == value
    assert parse_approx_date(iso).to_iso() == iso


@pytest.mark.parametrize("lang", LANGS)
@given(value=approx_dates())
def test_format_round_trip(lang: str, value: ApproxDate) -> None:
    assert parse_approx_date(value.format(lang)) == value


@given(approx_dates())
def test_format_shows_precision(value: ApproxDate) -> None:
    """A full day is written as every exact date is; a month or a year shows no day."""
    for lang in LANGS:
        text = value.format(lang)
        assert (text == format_day(value.earliest(), lang)) == (value.precision == "day")
        if value.precision != "day":
            assert "".join(c for c in text if c.isdigit()) == str(value.year)


# --------------------------------------------------------------------------- ISO text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (D(2011), "2011"),
        (D(2011, 12), "2011-12"),
        (D(2011, 12, 5), "2011-12-05"),
        (D(1900, 1, 1), "1900-01-01"),
    ],
)
def test_to_iso(value: ApproxDate, iso: str) -> None:
    assert value.to_iso() == iso
    assert ApproxDate.from_iso(iso) == value


@pytest.mark.parametrize(
    "text", ["", "11", "2011-1", "2011-12-5", "2011/12", " 2011", "2011-12-32", "1850", "December"]
)
def test_from_iso_rejects(text: str) -> None:
    with pytest.raises(DateParseError):
        ApproxDate.from_iso(text)


def test_from_date() -> None:
    assert ApproxDate.from_date(datetime.date(2011, 12, 5)) == D(2011, 12, 5)
    assert ApproxDate.from_date(datetime.datetime(2011, 12, 5, 13, 30)) == D(2011, 12, 5)
    assert ApproxDate.from_date(datetime.date(2011, 12, 5)).precision == "day"


# --------------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (D(2011, 12, 14), "en", "14 Dec 2011"),
        (D(2011, 12), "en", "December 2011"),
        (D(2011), "en", "2011"),
        (D(2011, 12, 14), "ru", "14.12.2011"),
        (D(2011, 12), "ru", "декабрь 2011 г."),
        (D(2011), "ru", "2011 г."),
        (D(2011, 12, 14), "kk", "14.12.2011"),
        (D(2011, 12), "kk", "2011 ж. желтоқсан"),
        (D(2011), "kk", "2011 ж."),
        (D(2011, 3, 1), "en", "1 Mar 2011"),
        (D(2011, 3, 1), "ru", "01.03.2011"),
        (D(2011, 12, 14), "ru_RU", "14.12.2011"),
        (D(2011, 12, 14), "kk-KZ", "14.12.2011"),
    ],
)
def test_format(value: ApproxDate, lang: str, text: str) -> None:
    assert value.format(lang) == text


def test_format_default_language_is_english() -> None:
    assert D(2011, 12, 14).format() == "14 Dec 2011"


@pytest.mark.parametrize(("lang", "day", "moment"), [
    ("en", "2 Jan 1905", "2 Jan 1905 07:05"),
    ("ru", "02.01.1905", "02.01.1905 07:05"),
    ("kk", "02.01.1905", "02.01.1905 07:05"),
])
def test_one_rule_for_days_and_moments(lang: str, day: str, moment: str) -> None:
    """Four-digit years, the month by name in English (never 01/02/05 or 02.01.05)."""
    at = datetime.datetime(1905, 1, 2, 7, 5)
    assert format_day(at.date(), lang) == format_day(at, lang) == day
    assert format_moment(at, lang) == moment
    assert ApproxDate.from_date(at).format(lang) == day
    assert parse_approx_date(day) == ApproxDate(1905, 1, 2)


def test_format_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="Unsupported language"):
        D(2011).format("de")


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (1899, None, None),
        (2101, None, None),
        (2011, 0, None),
        (2011, 13, None),
        (2011, None, 5),
        (2011, 2, 29),
        (2011, 4, 31),
        (2011, 1, 0),
    ],
)
def test_constructor_validates(year: int, month: int | None, day: int | None) -> None:
    with pytest.raises(DateParseError):
        ApproxDate(year, month, day)


def test_constructor_accepts_bounds_and_leap_day() -> None:
    assert D(1900).year == 1900
    assert D(2100, 12, 31).day == 31
    assert D(2012, 2, 29).day == 29
    assert D(2000, 2, 29).day == 29


@pytest.mark.parametrize(("year", "month", "day"), [("2011", None, None), (2011.0, None, None)])
def test_constructor_rejects_wrong_types(year: object, month: object, day: object) -> None:
    with pytest.raises(TypeError):
        ApproxDate(year, month, day)  # type: ignore[arg-type]


def test_constructor_rejects_bool() -> None:
    with pytest.raises(TypeError):
        ApproxDate(2011, True)


def test_immutable_and_hashable() -> None:
    value = D(2011, 12)
    with pytest.raises(AttributeError):
        value.year = 2012  # type: ignore[misc]
    assert {D(2011, 12), D(2011, 12), D(2011)} == {D(2011, 12), D(2011)}


@pytest.mark.parametrize(
    ("value", "precision"), [(D(2011), "year"), (D(2011, 12), "month"), (D(2011, 12, 1), "day")]
)
def test_precision(value: ApproxDate, precision: str) -> None:
    assert value.precision == precision


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (D(2011), datetime.date(2011, 1, 1), datetime.date(2011, 12, 31)),
        (D(2012), datetime.date(2012, 1, 1), datetime.date(2012, 12, 31)),
        (D(2011, 12), datetime.date(2011, 12, 1), datetime.date(2011, 12, 31)),
        (D(2011, 4), datetime.date(2011, 4, 1), datetime.date(2011, 4, 30)),
        (D(2011, 2), datetime.date(2011, 2, 1), datetime.date(2011, 2, 28)),
        (D(2012, 2), datetime.date(2012, 2, 1), datetime.date(2012, 2, 29)),
        (D(2000, 2), datetime.date(2000, 2, 1), datetime.date(2000, 2, 29)),
        (D(1900, 2), datetime.date(1900, 2, 1), datetime.date(1900, 2, 28)),
        (D(2100, 2), datetime.date(2100, 2, 1), datetime.date(2100, 2, 28)),
        (D(2012, 2, 29), datetime.date(2012, 2, 29), datetime.date(2012, 2, 29)),
        (D(2011, 12, 14), datetime.date(2011, 12, 14), datetime.date(2011, 12, 14)),
    ],
)
def test_earliest_and_latest(
    value: ApproxDate, earliest: datetime.date, latest: datetime.date
) -> None:
    assert value.earliest() == earliest
    assert value.latest() == latest


@given(approx_dates())
def test_bounds_contain_the_date(value: ApproxDate) -> None:
    assert value.earliest() <= value.latest()
    assert ApproxDate.from_date(value.earliest()).to_iso().startswith(value.to_iso())
    assert ApproxDate.from_date(value.latest()).to_iso().startswith(value.to_iso())
    before = value.earliest() - datetime.timedelta(days=1)
    after = value.latest() + datetime.timedelta(days=1)
    assert not before.isoformat().startswith(value.to_iso())
    assert not after.isoformat().startswith(value.to_iso())


# --------------------------------------------------------------------------- ordering


def test_sorting_a_shuffled_list_is_chronological() -> None:
    expected = [
        D(2010, 12, 31),
        D(2011),
        D(2011, 1),
        D(2011, 1, 1),
        D(2011, 1, 2),
        D(2011, 2),
        D(2011, 2, 28),
        D(2011, 12),
        D(2011, 12, 14),
        D(2012),
        D(2012, 2, 29),
    ]
    for seed in range(20):
        shuffled = expected[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled) == expected


@given(st.lists(approx_dates(), max_size=30))
def test_sort_order_matches_iso_text_and_earliest(values: list[ApproxDate]) -> None:
    ordered = sorted(values)
    assert ordered == sorted(values, key=ApproxDate.to_iso)
    assert [v.earliest() for v in ordered] == sorted(v.earliest() for v in values)


@given(approx_dates(), approx_dates())
def test_comparisons_form_a_total_order(a: ApproxDate, b: ApproxDate) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)
    assert (a == b) == (a.to_iso() == b.to_iso())


def test_equality_is_by_value_and_precision() -> None:
    assert D(2011, 12) == D(2011, 12)
    assert D(2011, 12) != D(2011, 12, 1)
    assert D(2011) < D(2011, 1) < D(2011, 1, 1)
    assert D(2011) != "2011"


def test_comparison_with_other_types_is_unsupported() -> None:
    with pytest.raises(TypeError):
        _ = D(2011) < datetime.date(2011, 1, 1)  # type: ignore[operator]
