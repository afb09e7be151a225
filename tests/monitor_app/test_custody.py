"""Issue 9, arrest and custody: the hours between uncertain moments are an honest interval,
"over 3 hours" only when certain, and unknown stays unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor_app.custody import (
    HourInterval,
    Moment,
    exceeds,
    format_hours,
    hours_between,
    hours_without_lawyer,
    parse_time,
    registration_lateness,
)
from monitor_app.dates import ApproxDate


def m(day: str | None, time: str | None = None) -> Moment:
    return Moment.of(day, time)


def test_exact_days_and_times_give_exact_minutes() -> None:
    span = hours_between(m("2024-03-05", "22:30"), m("2024-03-07", "10:00"))
    assert span == HourInterval(35 * 60 + 30, 35 * 60 + 30)
    assert span.exact
    assert format_hours(span, "en") == "35 hours 30 minutes"
    assert format_hours(span, "ru") == "35 часов 30 минут"
    assert format_hours(span, "kk") == "35 сағат 30 минут"


def test_a_day_without_its_time_spans_the_whole_day() -> None:
    # arrest 5 March (time unknown), lawyer 7 March 10:00: 34 to 58 hours
    span = hours_without_lawyer(m("2024-03-05"), m("2024-03-07", "10:00"))
    assert span == HourInterval(34 * 60, 58 * 60)
    assert format_hours(span, "en") == "34 to 58 hours"
    assert format_hours(span, "ru") == "34–58 часов"
    assert format_hours(span, "kk") == "34–58 сағат"


def test_two_days_without_times() -> None:
    assert hours_between(m("2024-03-05"), m("2024-03-05")) == HourInterval(0, 24 * 60)
    assert hours_between(m("2024-03-05"), m("2024-03-06")) == HourInterval(0, 48 * 60)


def test_an_approximate_month_widens_the_interval() -> None:
    # arrested "in March 2024", lawyer 2 April 09:00
    span = hours_between(m("2024-03"), m("2024-04-02", "09:00"))
    assert span == HourInterval((24 + 9) * 60, (32 * 24 + 9) * 60)
    # "about March 2024" reaches a month either side: from 1 Feb (2024 is a leap year)
    about = hours_between(m("2024-03~"), m("2024-04-02", "09:00"))
    assert about is not None and about.low == 0 and about.high == (61 * 24 + 9) * 60


def test_before_and_after_leave_an_end_open() -> None:
    span = hours_between(m("[..2024-03]"), m("2024-04-02", "09:00"))
    assert span is not None and span.high is None and span.low == (24 + 9) * 60
    assert format_hours(span, "en") == "at least 33 hours"
    assert format_hours(span, "ru") == "не менее 33 часов"
    assert format_hours(span, "kk") == "кемінде 33 сағат"


def test_unknown_is_unknown() -> None:
    assert hours_between(m(None), m("2024-03-07", "10:00")) is None
    assert hours_between(m("2024-03-05", "10:00"), m(None)) is None
    assert hours_without_lawyer(m("2024-03-05"), m(None)) is None
    assert format_hours(None) == ""
    # a time with no day says nothing
    assert Moment.of(None, "10:00") == Moment()


def test_no_lawyer_at_all_counts_up_to_release_only() -> None:
    arrest, released = m("2024-03-05", "09:00"), m("2024-03-08", "09:00")
    assert hours_without_lawyer(arrest, m(None), lawyer_given=False,
                                released=released) == HourInterval(72 * 60, 72 * 60)
    # not recorded (None) is not "never given"; no release: nothing counted up to today
    assert hours_without_lawyer(arrest, m(None), lawyer_given=None, released=released) is None
    assert hours_without_lawyer(arrest, m(None), lawyer_given=False) is None


def test_the_three_hour_rule_flags_only_what_is_certain() -> None:
    arrest = m("2020-06-01", "10:00")
    assert registration_lateness(arrest, m("2020-06-01", "12:30")) == "not_late"
    assert registration_lateness(arrest, m("2020-06-01", "13:10")) == "late"
    assert registration_lateness(arrest, m("2020-06-01")) == "possibly_late"  # 0 to 14 h
    assert registration_lateness(arrest, m("2020-06-02")) == "late"  # 14 to 38 h
    assert registration_lateness(m("2020-06-01"), m("2020-06-03", "08:00")) == "late"
    assert registration_lateness(arrest, m(None)) == "unknown"
    # an arrest before the 2014 code came into force: the rule is not applied
    assert registration_lateness(m("2014-06-01", "10:00"), m("2014-06-02", "10:00")) \
        == "unknown"
    assert exceeds(HourInterval(100, None), 180) == "possibly_late"
    assert exceeds(HourInterval(181, None), 180) == "late"


def test_moments_print_at_their_precision_and_never_invent_a_time() -> None:
    assert m("2024-03-05", "09:05").format("en") == "5 Mar 2024 09:05"
    assert m("2024-03-05").format("en") == "5 Mar 2024"
    assert m("2024-03-05").format("ru") == "05.03.2024"
    assert m("2024-03").format("kk") == "2024 ж. наурыз"
    assert m(None).format("en") == ""
    assert "00:00" not in m("2024-03-05").format("en")
    assert m("2024-03-05").bounds() == (dt.datetime(2024, 3, 5), dt.datetime(2024, 3, 6))
    assert Moment(ApproxDate(2024, 3, 5), dt.time(0, 0)).format("en") == "5 Mar 2024 00:00"


@pytest.mark.parametrize(("typed", "stored"), [("10:30", dt.time(10, 30)),
                                               ("9:05", dt.time(9, 5)),
                                               ("10.30", dt.time(10, 30)), ("", None),
                                               (None, None)])
def test_times_are_read_as_given(typed: str | None, stored: dt.time | None) -> None:
    assert parse_time(typed) == stored


@pytest.mark.parametrize("typed", ["24:00", "10:60", "noon", "1030", "10:3"])
def test_other_times_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time(typed)


def test_hours_agree_with_their_number() -> None:
    assert format_hours(HourInterval(60, 60), "en") == "1 hour"
    assert format_hours(HourInterval(60, 60), "ru") == "1 час"
    assert format_hours(HourInterval(120, 120), "ru") == "2 часа"
    assert format_hours(HourInterval(45, 45), "en") == "45 minutes"
    assert format_hours(HourInterval(0, 0), "en") == "0 hours"
    assert format_hours(HourInterval(61, 170), "en") == "1 to 3 hours"  # rounded outwards
