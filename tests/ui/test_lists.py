"""The lists: demo data shown, sorting and filters re-run SQL, search as you type, lazy pages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from db.models import Visit
from monitor_app.queries import listing
from tests.ui.conftest import OFFSCREEN_NOISE, type_text, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def column_values(view: Any, key: str) -> list[str]:
    model = view.model
    col = [c.key for c in model.columns].index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def click_header(qtbot: Any, view: Any, key: str) -> None:
    header = view.table.horizontalHeader()
    col = [c.key for c in view.model.columns].index(key)
    view.table.scrollTo(view.model.index(0, col))
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_demo_data_is_listed(ctx: Any, qtbot: Any, store_path: Any) -> None:
    from monitor_app import demo
    from ui.main_window import MainWindow

    demo.generate(ctx.store, cases=6, seed=1)
    win = MainWindow(ctx, store_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10_000)
    view = win.current_list()
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 6
    assert all(ref.startswith("KZ-") for ref in column_values(view, "reference"))
    qtbot.waitUntil(lambda: win.ws.items["cases"].text(1) == "6")
    assert "6" in win.matches.text()
    for v in ("visits", "places", "people", "reprisals", "deadlines"):
        win.show_view(v)
        wait_loaded(qtbot, win.current_list())
        assert win.current_list().model.rowCount() > 0, v
    ctx.runner.wait_idle()
    win.idle.uninstall()


def test_clicking_a_header_sorts_in_sql(window: Any, qtbot: Any) -> None:
    view = window.current_list()
    assert column_values(view, "reference") == ["KZ-004", "KZ-001", "KZ-002", "KZ-003"]
    click_header(qtbot, view, "reference")
    qtbot.waitUntil(lambda: view.model.query.sort_key == "reference")
    wait_loaded(qtbot, view)
    first = column_values(view, "reference")
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double click
    click_header(qtbot, view, "reference")
    qtbot.waitUntil(lambda: column_values(view, "reference") == list(reversed(first)))
    # the sort is remembered for the next window
    from ui import settings

    assert str(settings.state("lists/cases/sort")).startswith("reference:")


def test_filters_change_the_rows(window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    view = window.current_list()
    bar = view.filter_bar
    i = bar.status.findData("case_status.closed")
    bar.status.setCurrentIndex(i)
    bar.status.activated.emit(i)
    qtbot.waitUntil(lambda: column_values(view, "reference") == ["KZ-003"])
    assert "1" in window.matches.text()
    bar.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    i = bar.region.findData("region.karaganda")
    bar.region.setCurrentIndex(i)
    bar.region.activated.emit(i)
    qtbot.waitUntil(lambda: sorted(column_values(view, "reference")) == ["KZ-003", "KZ-004"])
    qtbot.waitUntil(lambda: bar.place.count() == 4)  # all places + 3
    i = bar.place.findData(sample["ivs"])
    bar.place.setCurrentIndex(i)
    bar.place.activated.emit(i)
    bar.date_from.setDate(bar.date_from.date().fromString("2024-01-01", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: column_values(view, "reference") == ["KZ-004"])
    assert view.model.query.date_from == date(2024, 1, 1)


def test_search_finds_a_kazakh_name_typed_in_lower_case(window: Any, qtbot: Any,
                                                        sample: dict[str, str]) -> None:
    window.show_view("people")
    view = window.current_list()
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 5
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_bar.search.hasFocus()
    type_text(view.filter_bar.search, "сәрсенб")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.query.text == "сәрсенб")
    assert column_values(view, "name") == ["Ержан Сәрсенбаев"]
    # the same name finds the case whose victim he is
    window.show_view("cases")
    cases = window.current_list()
    type_text(cases.filter_bar.search, "ержан")
    qtbot.waitUntil(lambda: column_values(cases, "reference") == ["KZ-001"])


def test_stale_results_are_dropped(window: Any, qtbot: Any) -> None:
    view = window.current_list()
    model = view.model
    for text in ("k", "kz", "xyz-nothing", "electric"):
        model.update_query(text=text)
    qtbot.waitUntil(lambda: model.query.text == "electric" and model.rowCount() == 1)
    window.ctx.runner.wait_idle()
    qtbot.wait(50)
    assert column_values(view, "reference") == ["KZ-004"]


def test_pages_are_fetched_lazily(ctx: Any, qtbot: Any, store: Any, monkeypatch: Any) -> None:
    from tests.monitor_app.queries.test_listing import fill
    from ui.list_view import RecordListView

    fill(store, extra_cases=26)
    monkeypatch.setattr(listing, "PAGE_SIZE", 10)
    view = RecordListView(ctx, "cases")
    qtbot.addWidget(view)
    view.resize(900, 160)  # a few rows visible: only the first page is needed
    view.show()
    view.start()
    wait_loaded(qtbot, view)
    model = view.model
    assert model.rowCount() == 30
    assert list(model._pages) == [0]
    assert model.index(25, 0).data() == ""  # not fetched yet: asks for its page
    qtbot.waitUntil(lambda: model.row_data(25) is not None)
    assert 2 in model._pages and 1 not in model._pages
    ctx.runner.wait_idle()


def test_columns_can_be_hidden_and_are_remembered(window: Any, qtbot: Any) -> None:
    from ui.list_view import RecordListView

    view = window.current_list()
    col = [c.key for c in view.model.columns].index("place")
    view.set_column_visible(col, False)
    assert view.table.isColumnHidden(col)
    view.table.horizontalHeader().moveSection(0, 3)
    again = RecordListView(window.ctx, "cases")
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(col)
    assert again.table.horizontalHeader().visualIndex(0) == 3
    again.reset_columns()
    assert not again.table.isColumnHidden(col)


def test_lists_refresh_when_a_write_touches_them(window: Any, qtbot: Any) -> None:
    view = window.current_list()
    window.ctx.write(lambda w: w.create("cases", reference="KZ-100", title="New case",
                                        opened_on=date(2025, 1, 1)))
    qtbot.waitUntil(lambda: "KZ-100" in column_values(view, "reference"))
    qtbot.waitUntil(lambda: window.ws.items["cases"].text(1) == "5")


def test_deadlines_show_overdue_first(window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    window.show_view("deadlines")
    view = window.current_list()
    wait_loaded(qtbot, view)
    rows = view.model.rows
    statuses = [r.status for r in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "overdue")
    assert statuses[0] == "overdue"
    days = [r.days_late for r in rows if r.status == "overdue"]
    assert days == sorted(days, reverse=True)
    assert view.model.index(0, 0).data() == "Overdue"
    # a row opens its case at that step
    opened: list[tuple[str, str]] = []
    from ui import main_window

    real = main_window.make_detail

    def spy(ctx: Any, kind: str, record_id: Any, parent: Any = None) -> Any:
        widget = real(ctx, kind, record_id, parent)
        widget.focus_step = lambda step_id: opened.append((record_id, step_id))
        return widget

    main_window.make_detail = spy
    try:
        view.table.setFocus()
        view.table.selectRow(0)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(opened))
    finally:
        main_window.make_detail = real
    assert opened[-1] == (rows[0].case_id, rows[0].step_id)
    assert window.ws.full_width


def test_renaming_a_place_refreshes_the_visits_list_and_its_search(
        window: Any, qtbot: Any, sample: dict[str, str]) -> None:
    window.show_view("visits")
    view = window.current_list()
    wait_loaded(qtbot, view)
    with window.ctx.require_store().read() as s:
        place_id = s.get(Visit, view.model.row_id(0)).facility_id
    type_text(view.filter_bar.search, "Колония-Переименована")
    qtbot.waitUntil(lambda: view.model.query.text == "Колония-Переименована")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 0
    # the list shows places' names and finds visits by them: a rename must reach it
    window.ctx.write(lambda w: w.update("facilities", place_id, name="Колония-Переименована"))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert all("Колония-Переименована" in v for v in column_values(view, "place"))
