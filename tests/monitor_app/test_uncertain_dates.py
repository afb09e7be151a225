"""Uncertain dates: about / before / after, their bounds, stored text, order and arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor_app.dates import (
    ApproxDate,
    DateParseError,
    DayInterval,
    duration,
    format_days,
    lateness,
    parse_approx_date,
    plural_category,
)

D = ApproxDate


@pytest.mark.parametrize(
    ("text", "value", "stored"),
    [
        ("January 2018", D(2018, 1), "2018-01"),
        ("2018", D(2018), "2018"),
        ("about 2018", D(2018, qualifier="about"), "2018~"),
        ("before March 2012", D(2012, 3, qualifier="before"), "[..2012-03]"),
        ("after 2014", D(2014, qualifier="after"), "[2014..]"),
        ("about 14 Mar 2012", D(2012, 3, 14, qualifier="about"), "2012-03-14~"),
        ("до марта 2012 г.", D(2012, 3, qualifier="before"), "[..2012-03]"),
        ("около января 2018 г.", D(2018, 1, qualifier="about"), "2018-01~"),
        ("после 2014 г.", D(2014, qualifier="after"), "[2014..]"),
        ("2012 ж. наурызға дейін", D(2012, 3, qualifier="before"), "[..2012-03]"),
        ("2014 жылдан кейін", D(2014, qualifier="after"), "[2014..]"),
        ("шамамен 2018 ж. қаңтар", D(2018, 1, qualifier="about"), "2018-01~"),
    ],
)
def test_typed_qualified_dates_store_as_edtf_and_read_back(text: str, value: ApproxDate,
                                                           stored: str) -> None:
    assert parse_approx_date(text) == value
    assert value.to_iso() == stored
    assert ApproxDate.from_iso(stored) == value
    for lang in ("en", "ru", "kk"):
        assert parse_approx_date(value.format(lang)) == value, lang


@pytest.mark.parametrize(
    ("value", "en", "ru", "kk"),
    [
        (D(2018, 1), "January 2018", "январь 2018 г.", "2018 ж. қаңтар"),
        (D(2014), "2014", "2014 г.", "2014 ж."),
        (D(2012, 3, qualifier="before"), "before March 2012", "до марта 2012 г.",
         "2012 ж. наурызға дейін"),
        (D(2014, qualifier="after"), "after 2014", "после 2014 г.", "2014 ж. кейін"),
        (D(2018, 1, qualifier="about"), "about January 2018", "около января 2018 г.",
         "шамамен 2018 ж. қаңтар"),
    ],
)
def test_printed_dates_keep_precision_and_qualifier(value: ApproxDate, en: str, ru: str,
                                                    kk: str) -> None:
    assert (value.format("en"), value.format("ru"), value.format("kk")) == (en, ru, kk)


def test_bounds_of_each_qualifier() -> None:
    assert (D(2018, 1).earliest(), D(2018, 1).latest()) == (dt.date(2018, 1, 1),
                                                              dt.date(2018, 1, 31))
    assert (D(2012, 3, qualifier="before").earliest(),
            D(2012, 3, qualifier="before").latest()) == (None, dt.date(2012, 3, 31))
    assert (D(2014, qualifier="after").earliest(),
            D(2014, qualifier="after").latest()) == (dt.date(2014, 1, 1), None)
    # about: one unit of the precision either side, 15 days around a day
    assert (D(2018, qualifier="about").earliest(),
            D(2018, qualifier="about").latest()) == (dt.date(2017, 1, 1), dt.date(2019, 12, 31))
    assert (D(2018, 1, qualifier="about").earliest(),
            D(2018, 1, qualifier="about").latest()) == (dt.date(2017, 12, 1),
                                                        dt.date(2018, 2, 28))
    assert (D(2018, 1, 10, qualifier="about").earliest(),
            D(2018, 1, 10, qualifier="about").latest()) == (dt.date(2017, 12, 26),
                                                            dt.date(2018, 1, 25))


def test_sort_order_across_qualifiers() -> None:
    shuffled = [D(2011, 1), D(2011, qualifier="after"), D(2011, qualifier="about"),
                D(2010, 12, 31), D(2011), D(2011, qualifier="before")]
    assert sorted(shuffled) == [D(2010, 12, 31), D(2011, qualifier="before"), D(2011),
                                D(2011, qualifier="about"), D(2011, 1),
                                D(2011, qualifier="after")]


@pytest.mark.parametrize("text", ["[..2012-03", "2012-03~~", "[2012..", "~2012", "[..2012~]",
                                  "[2012]", "2012..", "[..]"])
def test_malformed_stored_text_is_refused(text: str) -> None:
    with pytest.raises(DateParseError):
        ApproxDate.from_iso(text)


def test_two_qualifiers_are_refused() -> None:
    with pytest.raises(DateParseError):
        parse_approx_date("about before 2012")


def test_duration_between_uncertain_dates_is_an_interval() -> None:
    january = D(2018, 1)
    assert duration(january, D(2018, 2, 22)) == DayInterval(22, 52)
    assert duration(D(2018, 1, 5), D(2018, 1, 27)) == DayInterval(22, 22)
    assert duration(dt.date(2018, 1, 5), dt.date(2018, 1, 27)) == DayInterval(22, 22)
    assert duration(january, None) is None
    assert duration(D(2012, 3, qualifier="before"), D(2012, 6, 1)) == DayInterval(62, None)
    # a later step known only to the same month: anything from 0 days up
    assert duration(january, january) == DayInterval(0, 30)


@pytest.mark.parametrize(
    ("interval", "en", "ru", "kk"),
    [
        (DayInterval(22, 22), "22 days", "22 дня", "22 күн"),
        (DayInterval(1, 1), "1 day", "1 день", "1 күн"),
        (DayInterval(5, 5), "5 days", "5 дней", "5 күн"),
        (DayInterval(22, 52), "22 to 52 days", "22–52 дня", "22–52 күн"),
        (DayInterval(20, 55), "20 to 55 days", "20–55 дней", "20–55 күн"),
        (DayInterval(10, 21), "10 to 21 days", "10–21 день", "10–21 күн"),
        (DayInterval(21, None), "at least 21 days", "не менее 21 дня", "кемінде 21 күн"),
        (DayInterval(22, None), "at least 22 days", "не менее 22 дней", "кемінде 22 күн"),
    ],
)
def test_durations_are_written_with_plurals(interval: DayInterval, en: str, ru: str,
                                            kk: str) -> None:
    assert [format_days(interval, lang) for lang in ("en", "ru", "kk")] == [en, ru, kk]


def test_russian_plural_categories() -> None:
    assert [plural_category("ru", n) for n in (1, 2, 5, 11, 12, 21, 22, 25, 111, 104)] == [
        "one", "few", "many", "many", "many", "one", "few", "many", "many", "few"]
    assert format_days(None, "en") == ""


def test_an_answer_is_late_only_when_late_at_every_possible_date() -> None:
    filed = D(2018, 1)  # "filed in January 2018", 30 days to answer
    assert lateness(duration(filed, D(2018, 2, 20)), 30) == "possibly_late"  # 20..50 days
    assert lateness(duration(filed, D(2018, 3, 10)), 30) == "late"  # 38..68 days
    assert lateness(duration(filed, D(2018, 1, 31)), 30) == "not_late"  # 0..30 days
    assert lateness(duration(filed, None), 30) == "unknown"
    assert lateness(duration(filed, D(2018, qualifier="after")), 30) == "possibly_late"
