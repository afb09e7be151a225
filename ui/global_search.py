"""Search everywhere: one box that finds cases, people, places, visits and reprisals.

Opened by Ctrl+Shift+F (Ctrl+F stays the current list's own search box; Ctrl+K is not
used because a line edit deletes to the end of the line with it on Linux). Typing asks
:func:`monitor_app.queries.search.everywhere` on the db lane after the lists' own
typing delay; an answer to older text is dropped. Each hit shows its kind; Down moves
into the hits, Enter opens one in the window (full width, its list behind it), Escape
closes without opening anything. Locking closes the box and forgets its text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from monitor_app.queries import search as search_queries
from ui.filter_bar import SEARCH_DELAY_MS

SHORTCUT = "Ctrl+Shift+F"
ROLE_HIT = Qt.ItemDataRole.UserRole  # (kind, record id) of a hit; (kind, None): "more"

KIND_TITLES = {
    "cases": QT_TRANSLATE_NOOP("SearchEverywhere", "Case"),
    "people": QT_TRANSLATE_NOOP("SearchEverywhere", "Person"),
    "facilities": QT_TRANSLATE_NOOP("SearchEverywhere", "Place"),
    "visits": QT_TRANSLATE_NOOP("SearchEverywhere", "Visit"),
    "reprisals": QT_TRANSLATE_NOOP("SearchEverywhere", "Reprisal"),
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("SearchEverywhere", KIND_TITLES[kind])


class SearchEverywhere(QDialog):
    """The box and its hits (a small list: at most a few rows per kind)."""

    def __init__(self, window: QMainWindow, view_of_kind: dict[str, str]) -> None:
        super().__init__(window)
        self.setObjectName("search_everywhere")
        # ui.main_window.MainWindow (not imported: it imports this module)
        self.window_: Any = window
        self.view_of_kind = view_of_kind  # the list each kind is shown in
        self.ctx = self.window_.ctx
        self._generation = 0
        self._answered = 0
        self.per_kind = search_queries.PER_KIND
        self.box = QLineEdit(self)
        self.box.setObjectName("search_everywhere_box")
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.hits = QTreeWidget(self)
        self.hits.setObjectName("search_everywhere_hits")
        self.hits.setColumnCount(2)
        self.hits.setHeaderHidden(True)
        self.hits.setRootIsDecorated(False)
        self.hits.setIndentation(0)
        self.hits.setUniformRowHeights(True)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.header().setStretchLastSection(True)
        self.hits.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.hits.installEventFilter(self)
        self.hits.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.status = QLabel(self)
        self.status.setObjectName("search_everywhere_status")
        self.status.setEnabled(False)  # muted text
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.status)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.box.textEdited.connect(lambda _t: self._debounce.start())
        self.window_.lock_changed.connect(self.on_lock_changed)
        self.resize(560, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search everywhere"))
        self.box.setPlaceholderText(self.tr("Names, references, places… in every list"))
        self.box.setAccessibleName(self.tr("Search everywhere"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- asking ------------------------------------------------------------------
    def search_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        gen, typed, lang = self._generation, self.box.text(), self.ctx.lang
        if self.ctx.store is None or self.ctx.vocab is None:
            return
        vocab, per_kind = self.ctx.vocab, self.per_kind
        self.ctx.read(lambda s: search_queries.everywhere(s, vocab, typed, lang, per_kind),
                      lambda found: self.on_found(gen, typed, found))

    def is_current(self) -> bool:
        """The hits shown answer the text in the box (tests, and nothing typed pending)."""
        return self._answered == self._generation and not self._debounce.isActive()

    def on_found(self, gen: int, typed: str, found: list[search_queries.KindHits]) -> None:
        if gen != self._generation:
            return  # an answer to text typed before: a newer one is on its way
        self._answered = gen
        self.hits.clear()
        bold = QFont(self.hits.font())
        bold.setBold(True)
        for group in found:
            title = kind_title(group.kind)
            for hit in group.hits:
                item = QTreeWidgetItem(self.hits, [title, hit.label])
                item.setData(0, ROLE_HIT, (hit.kind, hit.id))
                item.setToolTip(1, hit.label)
            if group.more:
                item = QTreeWidgetItem(self.hits, [title, self.tr("More… show all in the list")])
                item.setData(0, ROLE_HIT, (group.kind, None))
                italic = QFont(self.hits.font())
                italic.setItalic(True)
                item.setFont(1, italic)
        if self.hits.topLevelItemCount():
            self.hits.setCurrentItem(self.hits.topLevelItem(0))  # what Enter opens
        if not typed.strip():
            self.status.setText("")
        elif not found:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("Enter opens the record; Escape closes."))

    # -- keys and opening ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.box:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.hits.topLevelItemCount():
                    self.hits.setFocus()
                    if self.hits.currentItem() is None:
                        self.hits.setCurrentItem(self.hits.topLevelItem(0))
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if not self.is_current():
                        self.search_now()  # Enter before the delay: ask now, open nothing
                        return True
                    item = self.hits.currentItem() or self.hits.topLevelItem(0)
                    if item is not None:
                        self.open_item(item)
                    return True
            elif watched is self.hits:
                if key == Qt.Key.Key_Up and self.hits.currentItem() is self.hits.topLevelItem(0):
                    self.box.setFocus()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    item = self.hits.currentItem()
                    if item is not None:
                        self.open_item(item)
                    return True
                if event.text() and event.text().isprintable() and not event.modifiers() & (
                        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                    self.box.setFocus()  # typing goes on in the box
                    self.box.insert(event.text())
                    self._debounce.start()
                    return True
        return super().eventFilter(watched, event)

    def open_item(self, item: QTreeWidgetItem) -> None:
        kind, record_id = item.data(0, ROLE_HIT)
        typed = self.box.text()
        self.accept()
        win = self.window_
        win.activateWindow()  # the window's shortcuts (Ctrl+W back to the list) work at once
        win.show_view(self.view_of_kind[kind])
        if record_id is None:  # "more": the kind's list, searching the same text
            lv = win.current_list()
            if lv is not None and lv.filter_bar is not None:
                lv.filter_bar.set_values({"text": typed})
                lv.on_filters_changed(lv.filter_bar.values())
                lv.focus_search()
            return
        detail = win.open_detail(kind, record_id, full_width=True)
        if detail is not None:
            detail.setFocus()

    def start(self) -> None:
        """Show the box, its text selected (a new search replaces it)."""
        self.show()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()
        if self.box.text().strip():
            self.search_now()  # records may have changed since it was last open

    def on_lock_changed(self, locked: bool) -> None:
        if locked:
            self.forget()

    def forget(self) -> None:
        """Close and drop every name shown or typed (the window locked)."""
        self._debounce.stop()
        self._generation += 1  # answers on their way are dropped
        self._answered = self._generation
        self.box.clear()
        self.hits.clear()
        self.status.setText("")
        self.reject()


def open_search(window: QMainWindow, view_of_kind: dict[str, str]) -> SearchEverywhere:
    """The window's one search box, made on first use and shown (``view_of_kind``: the
    window's list of each kind, where a hit opens)."""
    dialog = window.findChild(SearchEverywhere, "search_everywhere")
    if dialog is None:
        dialog = SearchEverywhere(window, view_of_kind)
    dialog.start()
    return dialog


__all__ = ["SHORTCUT", "SearchEverywhere", "kind_title", "open_search"]
