"""What a date field says when the typing held a word the store cannot keep.

"mid-December 2011" is read as the month December 2011 (``monitor_app.dates``: EDTF has no
middle of a month, and inventing a day would claim more than the source says), so the
field says what will be stored and that the word is dropped, instead of dropping it
silently (issue 10).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monitor_app.dates import narrowing_words


def with_dropped_words(text: str, shown: str) -> str:
    """``shown`` (how the field reads ``text``), or, when ``text`` holds words such as
    "mid", "early", "начале", "ортасы", a notice that ``shown`` is what is stored and those
    words are not kept."""
    dropped = narrowing_words(text)
    if not dropped or not shown:
        return shown
    return QCoreApplication.translate(
        "Fields", "stored as %1; “%2” is not kept (write it in the notes if it matters)"
    ).replace("%1", shown).replace("%2", ", ".join(dropped))


__all__ = ["with_dropped_words"]
