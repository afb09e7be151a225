"""A record picker that asks the store as the user types, and never holds a whole table.

A combo box holding every person aborted the window at 105,000 people. This one holds a
page: the first matches of what is typed, asked for (debounced) through the caller's
``search`` on the db lane. An older question's answer never replaces a newer one's, and the
current value's label is asked for by its id alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QToolButton, QWidget

from ui.forms.fields import SearchableCombo

Choice = tuple[str, str]  # (label, record id)
# search(typed, limit, callback): calls back with the first ``limit`` matches, in order
Search = Callable[[str, int, Callable[[list[Choice]], None]], None]
# label_of(record id, callback): calls back with (label, id), or None when there is none
LabelOf = Callable[[str, Callable[[Choice | None], None]], None]

PAGE = 50
SEARCH_DELAY_MS = 200  # typing pauses this long before the store is asked


def _fold(text: str) -> str:
    return text.strip().casefold()


class RecordCombo(SearchableCombo):
    """An editable combo box over one page of a store's records, refilled as the user types.

    Its completer pops up the page unfiltered: the store has already chosen the matches."""

    def __init__(self, search: Search, label_of: LabelOf, parent: QWidget | None = None, *,
                 placeholder: str = "", page: int = PAGE) -> None:
        super().__init__(parent, placeholder=placeholder)
        self.setModel(QStandardItemModel(self))
        self.completer().setModel(self.model())
        self.completer().setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.page = page
        self._search, self._label_of = search, label_of
        self._asked = 0          # the latest search of the store, counted
        self._labels_asked = 0   # the latest label asked for by id, counted
        self._answered: str | None = None  # the typing the rows answer
        self._chosen: Choice | None = None  # the record picked (its label as shown)
        self._awaited: str | None = None    # an id set by set_value whose label is on its way
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.lineEdit().textEdited.connect(self._on_typed)
        self.currentIndexChanged.connect(self._on_current_changed)

    # -- asking the store ---------------------------------------------------------------
    def _on_typed(self, text: str) -> None:
        self._awaited = None
        if self._chosen is not None and text.strip() != self._chosen[0].strip():
            self._chosen = None  # typing over a picked record starts a new choice
        self._timer.start()

    def search_now(self) -> None:
        """Ask the store for the first matches of the typing now (not after the pause)."""
        self._timer.stop()
        typed = self.currentText()
        chosen = self._chosen
        if chosen is not None and typed.strip() == chosen[0].strip():
            typed = ""  # a record is shown: offer the first records, not only itself
        self._asked += 1
        asked = self._asked

        def answered(rows: list[Choice]) -> None:
            if shiboken6.isValid(self) and asked == self._asked:  # never an older answer
                self._show_rows(typed, rows)
        self._search(typed, self.page, answered)

    def _show_rows(self, typed: str, rows: list[Choice]) -> None:
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        self.blockSignals(True)
        try:
            model.removeRows(0, model.rowCount())
            for label, record_id in rows[:self.page]:
                item = QStandardItem(label)
                item.setData(record_id, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
            self.setCurrentIndex(-1)
        finally:
            self.blockSignals(False)
        line.setText(text)
        line.setCursorPosition(cursor)
        self._answered = typed
        if line.hasFocus() and text.strip() and self._chosen is None:
            self.completer().complete()  # the popup shows (and fits) the new matches
        if self._chosen is None and text.strip() and self.match_index() >= 0:
            self.edited.emit()  # the typing names a record now: what follows it (a region) may

    def answered(self) -> str | None:
        """The typing the rows held now answer (None before the first answer)."""
        return self._answered

    def rows(self) -> list[Choice]:
        """The page held now: (label, id) of each match."""
        return [(self.itemText(i), self.itemData(i)) for i in range(self.count())]

    # -- what the typing means ----------------------------------------------------------
    def _on_current_changed(self, index: int) -> None:
        if index >= 0:  # picked from the list or the completer's popup
            self._chosen = (self.itemText(index), self.itemData(index))
            self._awaited = None

    def match_index(self) -> int:
        """The row the typing means: an exact label, or the only match the store found for
        this very typing; -1 when none (or the answer for it has not come yet)."""
        text = self.currentText()
        if not text.strip():
            return -1
        wanted = _fold(text)
        for i in range(self.count()):
            if _fold(self.itemText(i)) == wanted:
                return i
        if self._answered is not None and _fold(self._answered) == wanted and self.count() == 1:
            return 0
        return -1

    def _resolve(self) -> Any:
        text = self.currentText().strip()
        if self._awaited is not None:
            return self._awaited
        if not text:
            return None
        if self._chosen is not None and text == self._chosen[0].strip():
            return self._chosen[1]
        if self._timer.isActive():
            self.search_now()  # the answer is wanted now (a synchronous runner has it)
        index = self.match_index()
        if index >= 0:
            self._chosen = (self.itemText(index), self.itemData(index))
            return self._chosen[1]
        return None

    def value(self) -> Any:
        found = self._resolve()
        if found is not None:
            return found
        text = self.currentText().strip()
        return text or None  # typed but not a record: problem() explains

    def problem(self) -> str | None:
        if not self.currentText().strip() and self._awaited is None:
            return None
        if self._resolve() is None:
            return QCoreApplication.translate("Fields", "Pick one of the entries in the list.")
        return None

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        shown = self.currentText()
        if shown.strip() and self._resolve() is not None and self._chosen is not None \
                and shown != self._chosen[0]:
            self._show_label(self._chosen[0])  # the typing completed to the record's label
            self.edited.emit()
        QComboBox.focusOutEvent(self, event)

    # -- values -------------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        self._timer.stop()
        self._chosen, self._awaited = None, None
        if value is None or value == "":
            self.blockSignals(True)
            self.setCurrentIndex(-1)
            self.blockSignals(False)
            self.setEditText("")
            return
        index = self.findData(value)
        if index >= 0:
            self._chosen = (self.itemText(index), value)
            self._show_label(self._chosen[0])
            return
        self._awaited = str(value)
        self.setEditText("")
        self._labels_asked += 1
        asked = self._labels_asked

        def labelled(choice: Choice | None) -> None:
            if not shiboken6.isValid(self) or asked != self._labels_asked or \
                    self._awaited != str(value):
                return
            self._awaited = None
            if choice is None:
                self.setEditText(str(value))  # no such record: problem() says so
            else:
                self._chosen = choice
                self._show_label(choice[0])
        self._label_of(str(value), labelled)

    def _show_label(self, label: str) -> None:
        """Show a picked record's label from its start (a long label's beginning names it;
        a line edit would otherwise scroll to the end: "…Torture: Қуаныш С.")."""
        self.setEditText(label)
        self.lineEdit().setCursorPosition(0)

    def set_items(self, items: Any) -> None:  # pragma: no cover - the store fills this box
        raise TypeError("a RecordCombo is filled by its search, not by set_items")


class RecordPicker(QWidget):
    """Pick an existing record (searchable by any part of its label) or create one in place.

    ``search(typed, limit, callback)`` must call back with the first ``limit`` matches
    ``[(label, id), ...]``; ``label_of(id, callback)`` with ``(label, id)`` or None;
    ``create_new`` (optional) opens an editor and calls back with the new record's id.
    """

    edited = Signal()

    def __init__(self, search: Search, label_of: LabelOf,
                 create_new: Callable[[Callable[[str], None]], None] | None = None,
                 parent: QWidget | None = None, *, placeholder: str = "",
                 page: int = PAGE) -> None:
        super().__init__(parent)
        self._create_new = create_new
        self.combo = RecordCombo(search, label_of, self, page=page,
                                 placeholder=placeholder or QCoreApplication.translate(
                                     "Fields", "Type to search…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.new_button: QToolButton | None = None
        if create_new is not None:
            self.new_button = QToolButton(self)
            self.new_button.setText(QCoreApplication.translate("Fields", "New…"))
            self.new_button.setToolTip(QCoreApplication.translate(
                "Fields", "Create a new record here and pick it"))
            self.new_button.clicked.connect(self.on_new_clicked)
            layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.combo.edited.connect(self.edited)
        self.reload()

    def label_of(self, record_id: str, callback: Callable[[Choice | None], None]) -> None:
        """Ask the store (off the GUI thread) for one record's label as this picker shows
        it: for a widget that lists picked records beside the picker (a visit's team)."""
        self.combo._label_of(record_id, callback)  # noqa: SLF001 - this module's own combo

    def reload(self, select: str | None = None) -> None:
        """Ask the store again (the records may have changed); ``select`` picks one."""
        if select is not None:
            self.combo.set_value(select)
        self.combo.search_now()

    def on_new_clicked(self) -> None:
        if self._create_new is None:
            return

        def created(record_id: str) -> None:
            if shiboken6.isValid(self):
                self.reload(select=record_id)
                self.edited.emit()
        self._create_new(created)

    def value(self) -> Any:
        return self.combo.value()

    def set_value(self, value: Any) -> None:
        self.combo.set_value(value)

    def state(self) -> Any:
        return self.combo.state()

    def set_state(self, state: Any) -> None:
        self.set_value(state or None)

    def problem(self) -> str | None:
        return self.combo.problem()

    def focus_target(self) -> QWidget:
        return self.combo
