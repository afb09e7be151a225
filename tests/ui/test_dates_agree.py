"""The lists' dates, their filters' dates and the forms agree (issue 10: the filters' date
boxes wrote Qt's short formats, "04/03/2017" in English and "04.03.17" in Kazakh, while the
rest wrote "4 Mar 2017" and "04.03.2017"), a day shown in a list reads back in a form as
the same day, and a date field says so when a word of the typing is not kept ("mid" in
"mid-December 2011" is read as December 2011)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate

from monitor_app.dates import format_day
from tests.ui.conftest import OFFSCREEN_NOISE, type_text
from ui import i18n
from ui.context import AppContext
from ui.filter_bar import FilterBar
from ui.forms.fields import ApproxDateField, DateField, MomentField
from ui.list_models import RecordListModel
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param


@pytest.fixture
def ctx(store: Any, lang: str, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(TaskRunner(synchronous=True), lang=lang)
    context.attach(store)
    yield context
    context.runner.wait_idle()


def test_the_filters_date_boxes_write_a_day_as_the_lists_do(ctx: AppContext, lang: str,
                                                            qtbot: Any) -> None:
    bar = FilterBar(ctx, "cases")
    qtbot.addWidget(bar)
    for month in range(1, 13):
        day = date(2017, month, 4)
        bar.date_from.setDate(QDate(day.year, day.month, day.day))
        shown = bar.date_from.text()
        assert shown == format_day(day, lang)
        assert FOUR_DIGIT_YEAR.search(shown), shown
        assert bar.values()["date_from"] == day


def test_the_filters_follow_a_change_of_language(ctx: AppContext, qtbot: Any) -> None:
    bar = FilterBar(ctx, "cases")
    qtbot.addWidget(bar)
    bar.date_to.setDate(QDate(2017, 9, 4))
    for other in ("kk", "en", "ru"):
        ctx.lang = other  # as the window's language switch does
        ctx.language_changed.emit(other)
        assert bar.date_to.text() == format_day(date(2017, 9, 4), other)


def test_a_day_in_a_list_reads_back_in_the_form_as_that_day(ctx: AppContext, lang: str,
                                                            store: Any, qtbot: Any) -> None:
    opened = date(2011, 9, 4)
    with store.write() as w:
        w.create("cases", reference="KZ-2011-00001", title="Dated", opened_on=opened)
    cases = RecordListModel(ctx, "cases")
    cases.reload()
    shown = cases.index(0, [c.key for c in cases.columns].index("opened")).data()
    assert FOUR_DIGIT_YEAR.search(shown) and shown == format_day(opened, lang)
    field = DateField(lang=lang)
    qtbot.addWidget(field)
    field.set_value(opened)
    assert field.edit.text() == shown  # the form shows the list's text
    field.edit.clear()
    type_text(field.edit, shown)  # and reads the list's text as the same day
    assert field.value() == opened.isoformat() and field.problem() is None


DROPPED = {"en": ("mid-December 2011", "mid", "December 2011"),
           "ru": ("в середине декабря 2011", "середине", "декабрь 2011 г."),
           "kk": ("2011 ж. желтоқсанның ортасы", "ортасы", "2011 ж. желтоқсан")}


@pytest.mark.parametrize("kind", [ApproxDateField, MomentField])
def test_mid_december_says_what_is_stored_and_that_mid_is_dropped(kind: type, lang: str,
                                                                  qtbot: Any) -> None:
    typed, word, stored = DROPPED[lang]
    field = kind(lang=lang)
    qtbot.addWidget(field)
    type_text(field.edit, typed)
    notice = field.feedback.text()
    quoted = {"en": f"“{word}”"}.get(lang, f"«{word}»")
    assert stored in notice and quoted in notice, notice
    assert field.value() == "2011-12"  # the month, no invented day
    field.edit.clear()
    type_text(field.edit, "December 2011" if lang == "en" else stored)
    assert quoted not in field.feedback.text()  # nothing dropped, nothing said


HINT_DAYS = {DateField: date(2017, 11, 14), ApproxDateField: date(2017, 11, 14),
             MomentField: date(2024, 3, 5)}


@pytest.mark.parametrize("kind", list(HINT_DAYS))
def test_a_date_fields_hint_writes_its_example_day_as_the_lists_do(kind: type, lang: str,
                                                                    qtbot: Any) -> None:
    field = kind(lang=lang)
    qtbot.addWidget(field)
    example = format_day(HINT_DAYS[kind], lang)
    assert example in field.edit.placeholderText()
    type_text(field.edit, example)  # and the example is read
    assert field.problem() is None
