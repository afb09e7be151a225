"""The unsaved-changes guard waits for the save it started (on the real threaded runner):
saved, the window moves on, and only then; not saved, it stays and says why."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from monitor_app import records
from monitor_app.store import DiskFull
from tests.ui.conftest import OFFSCREEN_NOISE, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The order of things: the store's write ends, a record pane is made, errors shown."""
    from ui import detail, errors, main_window

    seen: list[str] = []
    update = records.Writer.update
    slow = threading.Event()

    def slow_update(self: Any, kind: str, record_id: str, **values: Any) -> Any:
        slow.wait(0.4)  # the save is surely still running when a hasty guard would look
        result = update(self, kind, record_id, **values)
        seen.append(f"written {kind}")
        return result

    monkeypatch.setattr(records.Writer, "update", slow_update)
    make = main_window.make_detail

    def make_detail(ctx: Any, kind: str, record_id: str | None, parent: Any = None) -> Any:
        seen.append(f"opened {kind}")
        return make(ctx, kind, record_id, parent)

    monkeypatch.setattr(main_window, "make_detail", make_detail)
    shown = errors.show_user_error

    def show(parent: Any, exc_or_message: Any, *args: Any, **kwargs: Any) -> Any:
        box = shown(parent, exc_or_message, *args, **kwargs)
        seen.append(f"told: {box.text()}")
        box.done(0)
        return box

    monkeypatch.setattr(errors, "show_user_error", show)
    monkeypatch.setattr(detail, "ask_unsaved", lambda parent: seen.append("asked") or "save")
    return seen


def open_person(qtbot: Any, window: Any, person_id: str) -> Any:
    window.show_view("people")
    people = window.current_list()
    wait_loaded(qtbot, people)
    people.table.selectRow(people.model.row_of(person_id))
    qtbot.waitUntil(lambda: window.ws.detail_key == ("people", person_id), timeout=10_000)
    editor = window.ws.detail
    qtbot.waitUntil(lambda: not editor._loading and editor.record_id == person_id)
    return editor


def name_in_store(window: Any, person_id: str) -> str:
    window.ctx.runner.wait_idle()
    out: list[str] = []
    window.ctx.read(lambda s: records.get(s, "people", person_id)["name"], out.append)
    window.ctx.runner.wait_idle()
    QCoreApplication.processEvents()
    return out[0]


def test_leaving_with_save_waits_for_the_save(window: Any, qtbot: Any,
                                              sample: dict[str, str], events: list[str]) -> None:
    assert window.ctx.runner.synchronous is False
    editor = open_person(qtbot, window, sample["erzhan"])
    qtbot.keyClicks(editor.form.field("name"), " (checked)")
    assert editor.is_dirty()
    events.clear()
    people = window.current_list()
    people.table.selectRow(people.model.row_of(sample["aigul"]))  # go to another person
    qtbot.waitUntil(lambda: window.ws.detail_key == ("people", sample["aigul"]),
                    timeout=10_000)
    assert events[:3] == ["asked", "written people", "opened people"], events
    assert not any(e.startswith("told") for e in events)
    assert name_in_store(window, sample["erzhan"]) == "Ержан Сәрсенбаев (checked)"


def test_a_failed_save_keeps_the_record_open_and_says_why(
        window: Any, qtbot: Any, sample: dict[str, str], events: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Any, kind: str, record_id: str, **values: Any) -> Any:
        raise DiskFull("The disk is full: free some space and try again; nothing was changed.")

    monkeypatch.setattr(records.Writer, "update", full)
    editor = open_person(qtbot, window, sample["erzhan"])
    qtbot.keyClicks(editor.form.field("name"), " (checked)")
    events.clear()
    people = window.current_list()
    people.table.selectRow(people.model.row_of(sample["aigul"]))
    assert window.ws.detail is editor and window.ws.detail_key == ("people", sample["erzhan"])
    assert editor.is_dirty()
    told = [e for e in events if e.startswith("told")]
    # the store adds the disk's figures (tests/ui/test_full_disk_message.py)
    assert len(told) == 1 and told[0].startswith("told: The disk was full: this change was "
                                                 "not saved"), events
    assert " MB free" in told[0], events
    assert "opened people" not in events
    assert name_in_store(window, sample["erzhan"]) == "Ержан Сәрсенбаев"


def test_a_field_to_correct_keeps_the_record_open(window: Any, qtbot: Any,
                                                  sample: dict[str, str],
                                                  events: list[str]) -> None:
    editor = open_person(qtbot, window, sample["erzhan"])
    editor.form.field("birth_date").edit.setText("not a date at all")
    editor.mark_edited()
    events.clear()
    window.on_close_record()
    assert window.ws.detail is editor and editor.is_dirty()
    assert [e for e in events if e.startswith("told")], events


def test_closing_the_window_waits_for_the_save(window: Any, qtbot: Any,
                                               sample: dict[str, str], events: list[str]) -> None:
    editor = open_person(qtbot, window, sample["erzhan"])
    qtbot.keyClicks(editor.form.field("name"), " (closed)")
    events.clear()
    assert window.close()
    assert events[:2] == ["asked", "written people"], events
    assert name_in_store(window, sample["erzhan"]) == "Ержан Сәрсенбаев (closed)"
