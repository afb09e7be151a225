"""Vocabulary combos and record pickers for the forms, and the table of editors a picker's
"New…" opens.

Every editor module registers its editors here (:func:`register`) when it is imported, so
that a picker can open the editor of any kind without importing the editor modules (which
embed pickers themselves: the import would go round in a circle).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from monitor_app.queries import pickers as queries
from ui.context import AppContext
from ui.editors.base import EditorDialog, RecordEditor
from ui.forms import RecordPicker, VocabChecklist, VocabCombo

_EDITORS: dict[str, type[RecordEditor]] = {}

NEW_TITLES = {  # marked for lupdate; shown through translate("Editors", title)
    "facilities": QT_TRANSLATE_NOOP("Editors", "New place of detention"),
    "people": QT_TRANSLATE_NOOP("Editors", "New person"),
    "cases": QT_TRANSLATE_NOOP("Editors", "New case"),
    "allegations": QT_TRANSLATE_NOOP("Editors", "New allegation"),
    "medical_exams": QT_TRANSLATE_NOOP("Editors", "New medical examination"),
    "complaints": QT_TRANSLATE_NOOP("Editors", "New complaint"),
    "complaint_steps": QT_TRANSLATE_NOOP("Editors", "New complaint step"),
    "reprisals": QT_TRANSLATE_NOOP("Editors", "New reprisal"),
    "reprisal_responses": QT_TRANSLATE_NOOP("Editors", "New response"),
}


def register(kind: str, editor: type[RecordEditor]) -> None:
    """Make ``editor`` the editor of ``kind`` (called by each editor module at import)."""
    _EDITORS[kind] = editor


def editor_class(kind: str) -> type[RecordEditor] | None:
    """The editor of a kind of record, or None when it has none."""
    return _EDITORS.get(kind)


def vocab_combo(ctx: AppContext, vocabulary: str) -> VocabCombo:
    return VocabCombo(ctx.vocab, vocabulary, ctx.lang)


def vocab_list(ctx: AppContext, vocabulary: str, rows: int = 7) -> VocabChecklist:
    return VocabChecklist(ctx.vocab, vocabulary, ctx.lang, rows=rows)


def record_picker(ctx: AppContext, kind: str, parent: QWidget | None = None, *,
                  can_create: bool = True, placeholder: str = "",
                  where: dict[str, Any] | None = None) -> RecordPicker:
    """A picker of existing records of ``kind`` that asks the store for the first matches
    of the typing (``where``: columns they must equal), with "New…" to create one."""
    filters = dict(where or {})

    def search(typed: str, limit: int, callback: Callable[[list[queries.Choice]], None]
               ) -> None:
        if ctx.store is None or ctx.vocab is None:
            callback([])
            return
        vocab, lang = ctx.vocab, ctx.lang
        ctx.read(lambda s: queries.page(s, vocab, kind, lang, typed, limit, **filters),
                 callback)

    def label_of(record_id: str, callback: Callable[[queries.Choice | None], None]) -> None:
        if ctx.store is None or ctx.vocab is None:
            callback(None)
            return
        vocab, lang = ctx.vocab, ctx.lang
        ctx.read(lambda s: queries.label(s, vocab, kind, lang, record_id), callback)

    create: Callable[[Callable[[str], None]], None] | None = None
    if can_create and editor_class(kind) is not None:
        def create(callback: Callable[[str], None]) -> None:
            cls = editor_class(kind)
            assert cls is not None
            editor = cls(ctx, None, defaults=dict(filters), scope="picker")
            if kind in NEW_TITLES:
                title = QCoreApplication.translate("Editors", NEW_TITLES[kind])
            else:
                title = QCoreApplication.translate("Editors", "New record")
            dialog = EditorDialog(editor, title, picker)
            editor.saved.connect(callback)
            dialog.open()

    picker = RecordPicker(search, label_of, create, parent, placeholder=placeholder,
                          page=queries.PAGE)
    return picker
