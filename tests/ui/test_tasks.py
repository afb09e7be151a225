"""The background runner: results come back on the GUI thread, never to a deleted widget."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from ui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    runner.run_op(work, lambda v: seen.append((v, threading.current_thread()
                                               is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()
    runner.wait_idle()


def test_errors_reach_on_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("disk on fire")

    runner.run_op(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    runner.wait_idle()


def test_answer_for_a_deleted_widget_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    label = QLabel()
    gate = threading.Event()
    runner.run_op(lambda: gate.wait(5) and "late answer", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    gate.set()
    runner.wait_idle()
    qtbot.wait(50)  # the queued delivery runs and must not touch the deleted label
