"""Errors: a user is told what to do, in the interface language, by the error's type; a bug
is logged (traceback kept, case data never) and the user told where the report is."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from monitor_app import store as store_errors
from monitor_app.records import EvidenceDamaged, RecordNotFound, ValidationError
from ui import errors
from ui.tasks import TaskRunner

SECRET = "Нұрлан Әбілқасымов"  # a victim's name: must never reach a log file

STORE_ERRORS = [
    store_errors.WrongPassphrase("Cannot unlock the store: wrong passphrase"),
    store_errors.NotAStore("No store at /home/x/cases.monitor."),
    store_errors.StoreTooNew("written by a newer version"),
    store_errors.StoreBusy("The store is in use by another Monitor window or program."),
    store_errors.DiskFull("The disk is full: free some space and try again."),
    store_errors.StoreDamaged("The store file is damaged; restore it from a backup."),
    EvidenceDamaged("0d5e"),
    store_errors.StoreExists("exists"),
    store_errors.CipherUnsupported("SQLCipher 4 is required"),
    store_errors.StoreError("The passphrase must not be empty."),
]


class StaleRecord(Exception):
    """Stands for the "changed elsewhere" error the Writer is gaining (matched by name)."""


class _Marker(QTranslator):
    """A catalogue that answers every "Errors" message with a marker: proves the lookup."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # noqa: ARG002
        return f"«{source}»" if context == "Errors" else ""


@pytest.fixture
def log(private_home: Path, qapp: QApplication) -> Path:
    path = errors.log_path()
    assert private_home in path.parents  # the test's own data folder
    return path


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes opened by ui.errors: (icon, text); none is left open."""
    shown: list[tuple[str, str]] = []
    original = errors.show_user_error

    def spy(*args: Any, **kwargs: Any) -> QMessageBox:
        box = original(*args, **kwargs)
        shown.append((box.icon().name, box.text()))
        box.done(0)
        return box

    monkeypatch.setattr(errors, "show_user_error", spy)
    yield shown
    errors._open_box = None


@pytest.mark.parametrize("exc", STORE_ERRORS, ids=lambda e: type(e).__name__)
def test_store_errors_are_told_by_type_in_the_interface_language(exc: Exception,
                                                                  qapp: QApplication) -> None:
    english = errors.user_message(exc)
    assert english and english != str(exc)
    marker = _Marker()
    QCoreApplication.installTranslator(marker)
    try:
        translated = errors.user_message(exc)
    finally:
        QCoreApplication.removeTranslator(marker)
    assert translated and translated.startswith("«") and translated.endswith("»"), translated


def test_each_store_error_has_its_own_sentence(qapp: QApplication) -> None:
    texts = [errors.user_message(e) for e in STORE_ERRORS]
    assert len(set(texts)) == len(texts)
    assert "/home/x" not in " ".join(t or "" for t in texts)


def test_record_errors_are_user_errors(qapp: QApplication) -> None:
    assert "deleted" in (errors.user_message(RecordNotFound("no cases record x")) or "")
    assert "elsewhere" in (errors.user_message(StaleRecord("rev 3 != 4")) or "")
    problem = ValidationError({"title": f"{SECRET} is not allowed", "status": "unknown"})
    text = errors.user_message(problem) or ""
    assert "title" in text and "status" in text and SECRET not in text
    assert errors.user_message(OSError(13, "Permission denied")) is not None
    # a KeyError or an IndexError is a LookupError, but a bug
    assert errors.user_message(KeyError("x")) is None
    assert errors.user_message(IndexError("x")) is None
    assert errors.user_message(ValueError(SECRET)) is None


def _fail_with_data(name: str) -> None:
    victim = {"name": name}  # a frame local: never written
    try:
        victim["age"] = int(victim["name"])
    except ValueError as exc:
        raise RuntimeError(f"cannot file the complaint of {victim['name']}") from exc


def test_a_bug_report_keeps_the_traceback_and_no_case_data(log: Path) -> None:
    try:
        _fail_with_data(SECRET)
    except RuntimeError as exc:
        path = errors.report_bug(exc, "filing a complaint")
    assert path == log
    text = log.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "while: filing a complaint" in text
    assert "RuntimeError: <message withheld" in text
    assert "ValueError: <message withheld" in text
    assert "direct cause" in text
    assert "_fail_with_data" in text and "test_errors.py" in text  # where it happened
    assert "int(victim[\"name\"])" in text  # the code line, not the value
    assert log.stat().st_mode & 0o077 == 0  # readable by the user only


def test_messages_of_code_errors_are_kept(log: Path) -> None:
    try:
        None.title  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        errors.report_bug(exc)
    assert "AttributeError: 'NoneType' object has no attribute 'title'" in log.read_text()


def test_the_log_is_rotated(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 200)
    for _ in range(3):
        errors.report_bug(RuntimeError("x"))
    assert log.with_name("errors.log.1").exists()
    assert log.stat().st_size < 2000


def test_describe_reports_a_bug_and_says_where(log: Path) -> None:
    text = errors.describe(ValueError(SECRET), "testing")
    assert str(log) in text and SECRET not in text
    assert SECRET not in log.read_text(encoding="utf-8")
    assert errors.describe(store_errors.StoreBusy("busy")) == errors.user_message(
        store_errors.StoreBusy("busy"))
    assert not log.read_text(encoding="utf-8").count("StoreBusy")  # user errors: no report


def test_the_excepthook_reports_and_tells(log: Path, boxes: list[tuple[str, str]]) -> None:
    restore = errors.install_excepthook()
    try:
        assert sys.excepthook is not sys.__excepthook__
        try:
            _fail_with_data(SECRET)
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        restore()
    assert boxes and str(log) in boxes[0][1] and "went wrong" in boxes[0][1]
    assert boxes[0][0] == "Critical"
    assert SECRET not in log.read_text(encoding="utf-8")


def test_the_excepthook_tells_a_user_error_as_such(log: Path,
                                                   boxes: list[tuple[str, str]]) -> None:
    restore = errors.install_excepthook()
    try:
        exc = store_errors.DiskFull("full")
        sys.excepthook(type(exc), exc, None)
    finally:
        restore()
    assert boxes == [("Warning", errors.user_message(exc))]
    assert not log.exists()


def test_an_unhandled_background_failure_is_reported_once(qtbot: Any, log: Path,
                                                          boxes: list[tuple[str, str]]) -> None:
    runner = TaskRunner()

    def fail() -> None:
        _fail_with_data(SECRET)

    runner.run_op(fail)  # no on_error: the runner's own report
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    runner.wait_idle()
    assert "went wrong" in boxes[0][1]
    assert "background task" in log.read_text(encoding="utf-8")
    assert SECRET not in log.read_text(encoding="utf-8")


def test_quiet_ignores_user_errors_and_reports_bugs(log: Path) -> None:
    on_error = errors.quiet("keeping a draft")
    on_error(store_errors.StoreBusy("busy"))
    assert not log.exists()
    on_error(RuntimeError(SECRET))
    assert "keeping a draft" in log.read_text() and SECRET not in log.read_text()


# Where an exception's own text would reach the screen. ui/launcher.py writes to the
# terminal before any window exists; a date field's DateParseError *is* its sentence.
RAW_TEXT = re.compile(r"str\((exc|error|err|e)\)|\bf[\"'][^\"']*\{(exc|error|err|e)\b")
ALLOWED = {"ui/errors.py": "the one place", "ui/launcher.py": "terminal, no window",
           "ui/forms/fields.py": "DateParseError's message is the user-facing sentence"}


def test_no_exception_text_is_shown_raw() -> None:
    root = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if RAW_TEXT.search(line):
                found.append(f"{rel}:{n}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_store_errors_are_translated_in_the_catalogues(lang: str, qapp: QApplication) -> None:
    from ui import i18n

    english = [errors.user_message(e) for e in STORE_ERRORS]
    i18n.install(lang)
    translated = [errors.user_message(e) for e in STORE_ERRORS]
    for en, tr in zip(english, translated, strict=True):
        assert tr and tr != en and re.search("[а-яәғқңөұүһі]", tr, re.IGNORECASE), (en, tr)
    assert "{path}" not in errors.bug_message(Path("/tmp/x.log"))
    assert "/tmp/x.log" in errors.bug_message(Path("/tmp/x.log"))


def test_a_bug_is_reported_once(log: Path) -> None:
    exc = RuntimeError("x")
    assert errors.report_bug(exc, "first") == errors.report_bug(exc, "second") == log
    assert log.read_text().count("=== ") == 1
