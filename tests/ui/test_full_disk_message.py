"""The window's full-disk message says what was not saved, what stays, and how much to
free where (the figures come from the store, see tests/monitor_app/test_full_disk.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from db.engine import MB, DiskFull, DiskSpace
from ui import errors

ROOT = Path(__file__).resolve().parents[2]
SPACE = DiskSpace(mount="/media/usb", free_bytes=2 * MB + 5, wal_bytes=40 * MB + 1)


def test_the_message_names_the_disk_and_the_amount(qapp: QApplication) -> None:
    text = errors.user_message(DiskFull("The disk is full: ...", SPACE)) or ""
    assert "this change was not saved" in text and "stays in the store" in text
    assert "/media/usb has 2 MB free" in text and "log holds 41 MB" in text
    assert "Free at least 54 MB on /media/usb" in text
    assert "nothing was changed" not in text


@pytest.mark.parametrize("lang,words", [("ru", ("/media/usb", "54 МБ", "41 МБ", "2 МБ")),
                                        ("kk", ("/media/usb", "54 МБ", "41 МБ", "2 МБ"))])
def test_the_message_is_translated(qapp: QApplication, lang: str,
                                   words: tuple[str, ...]) -> None:
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / f"monitor_{lang}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = errors.user_message(DiskFull("x", SPACE)) or ""
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Free at least" not in text
    for word in words:
        assert word in text, (word, text)


def test_without_figures_the_old_sentence_stays(qapp: QApplication) -> None:
    assert "Free some space" in (errors.user_message(DiskFull("full")) or "")


def test_when_there_is_room_again_it_says_so(qapp: QApplication) -> None:
    roomy = DiskSpace(mount="/home", free_bytes=900 * MB, wal_bytes=3 * MB)
    text = errors.user_message(DiskFull("x", roomy)) or ""
    assert "/home now has 900 MB free: try again" in text
    assert "Free at least" not in text
    assert roomy.advice() == "/home now has 900 MB free: try again"


def test_the_room_again_message_is_translated(qapp: QApplication) -> None:
    roomy = DiskSpace(mount="/home", free_bytes=900 * MB, wal_bytes=3 * MB)
    for lang in ("ru", "kk"):
        translator = QTranslator()
        assert translator.load(str(ROOT / "resources" / "translations" / f"monitor_{lang}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            text = errors.user_message(DiskFull("x", roomy)) or ""
        finally:
            QCoreApplication.removeTranslator(translator)
        assert "try again" not in text and "/home" in text and "900 МБ" in text, text
