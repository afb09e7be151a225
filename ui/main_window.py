"""The main window: navigation, list and record in three panes; menus, toolbar, lock.

Everything drawn from the store lives in the *workspace* (navigation counts, lists,
the open record). Locking drops the workspace whole and detaches the store;
unlocking builds it again and returns to the same view, filters and record.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations
from monitor_app.queries import listing
from monitor_app.store import Store
from monitor_app.vocabulary import Vocab
from ui import (
    errors,
    exchange_view,
    global_search,
    i18n,
    pdf_dialog,
    read_only,
    settings,
    store_actions,
    trash,
)
from ui.clipboard import ClipboardGuard
from ui.context import AppContext
from ui.deadlines import DeadlinesView, deadline_nav_counts, show_deadline_count
from ui.detail import DetailWidget, confirm_leave
from ui.detail_factory import make_detail
from ui.form_proposals import ask_delete, focus_first_field
from ui.keyboard import mnemonic_of, with_mnemonic
from ui.list_models import display
from ui.list_view import RecordListView
from ui.lock import IdleWatcher, LockScreen
from ui.unlock import error_text, unlock_and_load

VIEWS = ("cases", "visits", "places", "people", "reprisals", "deadlines", *exchange_view.VIEWS)
KIND_OF_VIEW = {"cases": "cases", "visits": "visits", "places": "facilities",
                "people": "people", "reprisals": "reprisals", "deadlines": "cases"}
PRINTABLE = ("cases", "visits")  # what Ctrl+P prints: a case's dossier, a visit's report
VIEW_TITLES = {
    "cases": QT_TRANSLATE_NOOP("MainWindow", "Cases"),
    "visits": QT_TRANSLATE_NOOP("MainWindow", "Visits"),
    "places": QT_TRANSLATE_NOOP("MainWindow", "Places"),
    "people": QT_TRANSLATE_NOOP("MainWindow", "People"),
    "reprisals": QT_TRANSLATE_NOOP("MainWindow", "Reprisals"),
    "deadlines": QT_TRANSLATE_NOOP("MainWindow", "Deadlines"),
    **exchange_view.VIEW_TITLES,
}


@dataclass
class ViewState:
    """Where the user was: restored after unlocking (ids and filters only, in memory)."""

    view: str = "cases"
    selected: dict[str, str | None] = field(default_factory=dict)
    filters: dict[str, dict[str, Any]] = field(default_factory=dict)
    detail: tuple[str, str | None] | None = None
    step_id: str | None = None
    full_width: bool = False
    tab: str | None = None  # the open record's tab (DetailWidget.current_tab)


class Workspace(QSplitter):
    """Navigation | list | record. Built on unlock, destroyed on lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)
        self.nav = QTreeWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setColumnCount(2)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(0)
        self.nav.setUniformRowHeights(True)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.header().setStretchLastSection(False)
        self.nav.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.nav.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.nav.setMinimumWidth(140)
        self.items: dict[str, QTreeWidgetItem] = {}
        for view in VIEWS:
            item = QTreeWidgetItem(self.nav, ["", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, view)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.items[view] = item
        self.list_stack = QStackedWidget(self)
        self.list_stack.setObjectName("lists")
        self.detail_area = QWidget(self)
        self.detail_area.setObjectName("detail_area")
        self.detail_layout = QVBoxLayout(self.detail_area)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.detail_area)
        self.placeholder.setObjectName("detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        self.detail_layout.addWidget(self.placeholder)
        self.addWidget(self.nav)
        self.addWidget(self.list_stack)
        self.addWidget(self.detail_area)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 2)
        self.setSizes([170, 700, 520])
        self.lists: dict[str, RecordListView] = {}
        self.detail: DetailWidget | None = None
        self.detail_key: tuple[str, str | None] | None = None
        self.full_width = False


DEFAULT_SIZE = (1400, 860)
FRAME_ROOM = (16, 48)  # px a window manager's frame and title bar take around the window


def first_size(window: QWidget) -> QSize:
    """The window's size the first time: the default, but never larger than the screen it
    opens on (a 1366x768 laptop showed a 1400x860 window with its buttons off the screen)."""
    size = QSize(*DEFAULT_SIZE)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    room = screen.availableGeometry().size() - QSize(*FRAME_ROOM)
    return size.boundedTo(room).expandedTo(window.minimumSizeHint())


class MainWindow(QMainWindow):
    """The one window of the app."""

    ready = Signal()          # the current list's first page is shown (screenshots, tests)
    lock_changed = Signal(bool)

    def __init__(self, ctx: AppContext, store_path: str | Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self.store_path = Path(store_path) if store_path else (
            ctx.store.path if ctx.store else None)
        self.locked = False
        self.read_only = False  # a view beside another program's writer (ui.read_only)
        self.state = ViewState()
        self.ws: Workspace | None = None
        self._counts: dict[str, int] = {}
        self._undo: tuple[str, str] | None = None
        self._is_ready = False
        self._open_first: str | None = None  # "right" | "full" after the first page
        self._retired: list[QWidget] = []

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.lock_screen = LockScreen(self.pages)
        self.lock_screen.unlock_requested.connect(self.on_unlock_requested)
        self.pages.addWidget(self.lock_screen)

        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self.idle = IdleWatcher(settings.get("idle_lock_minutes") * 60_000, self)
        self.idle.idle.connect(self.on_idle)
        self.clipboard_guard = ClipboardGuard(self)
        ctx.changed.connect(self.on_changed)
        ctx.store_opened.connect(self.on_store_opened)
        self.retranslate()
        self._restore_geometry()
        if ctx.store is not None:
            self.build_workspace()

    # -- actions and menus ---------------------------------------------------------
    def _action(self, name: str, slot: Any, shortcut: Any = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action("new", self.on_new, QKeySequence.StandardKey.New,
                                    sp.SP_FileIcon)
        self.act_save = self._action("save", self.on_save, QKeySequence.StandardKey.Save,
                                     sp.SP_DialogSaveButton)
        self.act_delete = self._action("delete", self.on_delete, QKeySequence.StandardKey.Delete,
                                       sp.SP_TrashIcon)
        self.act_undo = self._action("undo", self.on_undo, QKeySequence.StandardKey.Undo)
        self.act_purge = self._action("purge", self.on_purge)
        self.act_trash = self._action("trash", self.on_trash)  # Edit > Deleted records (ui.trash)
        self.act_find = self._action("find", self.on_find, QKeySequence.StandardKey.Find,
                                     sp.SP_FileDialogContentsView)
        # Ctrl+Shift+F: every kind at once (ui.global_search says why not Ctrl+K)
        self.act_find_all = self._action("find_everywhere", self.on_find_everywhere,
                                         global_search.SHORTCUT, sp.SP_FileDialogInfoView)
        self.act_close = self._action("close_record", self.on_close_record, "Ctrl+W")
        self.act_print = self._action("print", self.on_print, QKeySequence.StandardKey.Print)
        self.act_lock = self._action("lock", self.lock, "Ctrl+L", sp.SP_BrowserStop)
        # panic: works from any window of the app (a dialog too) and while locked
        self.act_panic = self._action("panic", self.panic, "Ctrl+Shift+L")
        self.act_panic.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_settings = self._action("settings", self.on_settings, "Ctrl+,")
        self.act_unlock_policy = self._action("unlock_policy", self.on_unlock_policy)
        self.act_procedure = self._action("procedure", self.on_procedure)
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_help = self._action("help", self.on_help, QKeySequence.StandardKey.HelpContents,
                                     sp.SP_DialogHelpButton)
        self.act_shortcuts = self._action("shortcuts", self.on_shortcuts)
        self.act_about = self._action("about", self.on_about)
        self.guide: QWidget | None = None  # Help > Guide, made on first use
        self.act_views: dict[str, QAction] = {}
        for n, view in enumerate(VIEWS, start=1):
            self.act_views[view] = self._action(f"view_{view}", lambda v=view: self.show_view(v),
                                                f"Ctrl+{n}")
        self.act_undo.setEnabled(False)
        self.act_purge.setEnabled(False)
        self.data_actions = [self.act_new, self.act_save, self.act_delete, self.act_undo,
                             self.act_purge, self.act_trash,
                             self.act_find, self.act_find_all, self.act_close, self.act_print,
                             self.act_unlock_policy, self.act_procedure,
                             *self.act_views.values()]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menu_file")
        self.store_actions = store_actions.StoreActions(self)  # backup, restore, passphrase
        self.data_actions += self.store_actions.actions()
        for a in (self.act_new, self.act_save, self.act_print, None,
                  *self.store_actions.actions(), None, self.act_lock,
                  self.act_panic, self.act_settings, self.act_unlock_policy,
                  self.act_procedure, None,
                  self.act_quit):
            self.menu_file.addSeparator() if a is None else self.menu_file.addAction(a)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.setObjectName("menu_edit")
        for a in (self.act_undo, None, self.act_delete, self.act_purge, self.act_trash, None,
                  self.act_find, self.act_find_all):
            self.menu_edit.addSeparator() if a is None else self.menu_edit.addAction(a)
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menu_view")
        for view in VIEWS:
            self.menu_view.addAction(self.act_views[view])
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_close)
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menu_help")
        for a in (self.act_help, self.act_shortcuts, None, self.act_about):
            self.menu_help.addSeparator() if a is None else self.menu_help.addAction(a)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_new, self.act_save, self.act_delete, None, self.act_find,
                  self.act_find_all, self.act_print, None, self.act_lock):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.matches = QLabel(self)
        self.matches.setObjectName("matches")
        bar.addWidget(self.matches)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.on_undo)
        self.undo_button.hide()
        bar.addPermanentWidget(self.undo_button)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        texts = {
            self.act_new: self.tr("&New record"), self.act_save: self.tr("&Save"),
            self.act_delete: self.tr("&Delete…"), self.act_undo: self.tr("&Undo delete"),
            self.act_purge: self.tr("&Erase the deleted record for good…"),
            self.act_trash: QCoreApplication.translate("MainWindow", "Deleted &records…"),
            self.act_find: self.tr("&Search"), self.act_close: self.tr("&Close record"),
            self.act_find_all: QCoreApplication.translate("MainWindow", "Search every&where…"),
            self.act_lock: self.tr("&Lock"),
            self.act_panic: self.tr("&Hide and lock now"),
            self.act_settings: self.tr("Se&ttings…"), self.act_quit: self.tr("&Quit"),
            self.act_unlock_policy: QCoreApplication.translate("MainWindow",
                                                               "&Unlock protection…"),
            self.act_help: self.tr("&Guide"),
            self.act_shortcuts: self.tr("&Keyboard shortcuts"),
            self.act_about: self.tr("&About Monitor"),
            self.act_procedure: QCoreApplication.translate("MainWindow",
                                                           "&Deadlines and procedure…"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(text.replace("&", "").rstrip("…"))
        self._update_print_text()
        tips = {self.act_lock: self.tr("Lock the window: hides everything until the "
                                       "passphrase is typed again"),
                self.act_panic: self.tr("Minimise and lock the window at once, from any "
                                        "window of the app")}
        for action, tip in tips.items():
            action.setToolTip(tip)
        taken = {mnemonic_of(self.act_close.text())}  # the View menu's letters, per language
        for view, action in self.act_views.items():
            action.setText(with_mnemonic(
                QCoreApplication.translate("MainWindow", VIEW_TITLES[view]), taken))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.store_actions.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.undo_button.setText(self.tr("Undo"))
        if self.ws is not None:
            self._update_nav_texts()
            self.ws.placeholder.setText(self.tr(
                "Select a record in the list, or press Ctrl+N to add one."))
            self._update_matches()
        read_only.retranslate(self)

    def _title(self) -> str:
        name = self.store_path.name if self.store_path else ""
        if self.locked:
            return self.tr("Monitor — locked")
        title = f"Monitor — {name}" if name else "Monitor"
        return read_only.title(title) if self.read_only else title

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- workspace -----------------------------------------------------------------
    def build_workspace(self, state: ViewState | None = None) -> None:
        """Show the data (after opening or unlocking) at ``state``."""
        state = state or self.state
        self.ws = Workspace(self.pages)
        self.pages.addWidget(self.ws)
        self.pages.setCurrentWidget(self.ws)
        saved = settings.state("window/splitter")
        if saved:
            self.ws.restoreState(saved)
        self.ws.splitterMoved.connect(self._save_splitter)
        self.ws.nav.currentItemChanged.connect(self.on_nav_changed)
        for a in self.data_actions:
            a.setEnabled(a not in (self.act_undo, self.act_purge) or self._undo is not None)
        self.retranslate()
        self.refresh_counts()
        read_only.apply(self)
        self.show_view(state.view, state)
        if state.detail is not None:
            kind, record_id = state.detail
            widget = self.open_detail(kind, record_id, full_width=state.full_width,
                                      step_id=state.step_id)
            if widget is not None and state.tab:
                widget.show_tab(state.tab)
        self.idle.start()

    def _save_splitter(self, *_args: Any) -> None:
        if self.ws is not None and not self.ws.full_width:
            settings.set_state("window/splitter", self.ws.saveState())

    def capture_state(self) -> ViewState:
        ws = self.ws
        if ws is None:
            return self.state
        state = ViewState(view=self.current_view())
        for view, lv in ws.lists.items():
            state.selected[view] = lv.current_id()
            filters = lv.filters()
            if filters is not None:
                state.filters[view] = filters
        state.detail = ws.detail_key
        state.full_width = ws.full_width
        state.tab = ws.detail.current_tab() if ws.detail is not None else None
        if ws.detail_key and state.view == "deadlines":
            step = ws.lists["deadlines"].current_step() if "deadlines" in ws.lists else None
            state.step_id = step[1] if step else None
        return state

    def drop_workspace(self) -> None:
        ws, self.ws = self.ws, None
        if ws is None:
            return
        if not ws.full_width:
            settings.set_state("window/splitter", ws.saveState())
        self.pages.removeWidget(ws)
        ws.hide()
        ws.setParent(None)  # out of the window's tree at once; destroyed below
        ws.deleteLater()
        self._is_ready = False

    def current_view(self) -> str:
        if self.ws is None:
            return self.state.view
        item = self.ws.nav.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else "cases"

    def current_list(self) -> RecordListView | None:
        return self.ws.lists.get(self.current_view()) if self.ws else None

    def show_view(self, view: str, state: ViewState | None = None) -> None:
        """Switch the middle pane to ``view`` (creating its list on first use)."""
        ws = self.ws
        if view not in VIEWS:
            return
        if ws is None:
            self.state.view = view  # shown when the store opens
            return
        if ws.full_width:
            self.set_full_width(False)
        if view in exchange_view.VIEWS:  # identities, files, decisions: not a record list
            exchange_view.show_page(self, view)
            self._update_print_text()
            self.on_list_loaded(view, 0)  # nothing to load: the window is ready
            return
        lv = ws.lists.get(view)
        if lv is None:
            if view == "deadlines":
                lv = DeadlinesView(self.ctx, ws.list_stack)
            else:
                lv = RecordListView(self.ctx, KIND_OF_VIEW[view], ws.list_stack)
            ws.lists[view] = lv
            ws.list_stack.addWidget(lv)
            lv.current_changed.connect(lambda rid, v=view: self.on_current_changed(v, rid))
            lv.open_requested.connect(lambda rid, v=view: self.on_open_requested(v, rid))
            lv.loaded.connect(lambda total, v=view: self.on_list_loaded(v, total))
            if state is not None:
                lv.select_after_load(state.selected.get(view))
            lv.start(state.filters.get(view) if state is not None else None)
        ws.list_stack.setCurrentWidget(lv)
        item = ws.items[view]
        if ws.nav.currentItem() is not item:
            ws.nav.blockSignals(True)
            ws.nav.setCurrentItem(item)
            ws.nav.blockSignals(False)
        self.state.view = view
        self._update_matches()
        self._update_print_text()
        if lv.model.is_loaded:
            self.on_current_changed(view, lv.current_id())

    def on_nav_changed(self, current: QTreeWidgetItem | None, _prev: Any) -> None:
        if current is not None:
            self.show_view(current.data(0, Qt.ItemDataRole.UserRole))

    def open_first(self, mode: str) -> None:
        """After the first page, select its first record (``mode``: "right" or "full")."""
        self._open_first = mode
        lv = self.current_list()
        if lv is not None and lv.model.is_loaded:
            self.on_list_loaded(self.current_view(), lv.model.rowCount())

    def on_list_loaded(self, view: str, total: int) -> None:
        if view != self.current_view():
            return
        self._update_matches()
        lv = self.current_list()
        if lv is not None and self._open_first and total:
            mode, self._open_first = self._open_first, None
            if lv.current_id() is None:
                lv.table.selectRow(0)
            record_id = lv.current_id()
            if record_id and mode == "full":
                self.on_open_requested(view, record_id)
        if not self._is_ready:
            self._is_ready = True
            QTimer.singleShot(0, self.ready.emit)

    def is_ready(self) -> bool:
        return self._is_ready

    # -- counts ------------------------------------------------------------------
    def refresh_counts(self) -> None:
        if self.ctx.store is None:
            return

        def job(session: Any) -> dict[str, int]:
            found = listing.counts(session)
            return {"cases": found["cases"], "visits": found["visits"],
                    "places": found["facilities"], "people": found["people"],
                    "reprisals": found["reprisals"],
                    **deadline_nav_counts(listing.deadline_counts(session)),
                    **exchange_view.nav_counts(session)}

        self.ctx.read(job, self._on_counts)

    def _on_counts(self, counts: dict[str, int]) -> None:
        if self.ws is None:
            return
        self._counts = counts
        self._update_nav_texts()

    def _update_nav_texts(self) -> None:
        if self.ws is None:
            return
        for view, item in self.ws.items.items():
            item.setText(0, QCoreApplication.translate("MainWindow", VIEW_TITLES[view]))
            n = self._counts.get(view)
            item.setText(1, display(n, self.ctx.lang) if n is not None else "")
            if view == "deadlines":
                show_deadline_count(item, self._counts)

    def _update_matches(self) -> None:
        lv = self.current_list()
        if lv is None or not lv.model.is_loaded:
            self.matches.setText("")
            return
        n = lv.model.rowCount()
        if self.current_view() == "deadlines":
            self.matches.setText(self.tr("%n complaint step(s) waiting for an answer", "", n))
        else:
            self.matches.setText(self.tr("%n match(es)", "", n))

    def on_changed(self, change: Any) -> None:
        self.refresh_counts()
        ws = self.ws
        if ws is not None and ws.detail_key and ws.detail_key[1]:
            kind, record_id = ws.detail_key
            if (kind, record_id) in change.deleted:
                self.close_detail()

    # -- the record pane ----------------------------------------------------------
    def on_current_changed(self, view: str, record_id: str | None) -> None:
        if self.ws is None or view != self.current_view() or self.ws.full_width:
            return
        self._update_matches()
        if record_id is None:
            return
        step_id = None
        if view == "deadlines":
            lv = self.ws.lists["deadlines"]
            step = lv.current_step() if isinstance(lv, DeadlinesView) else None
            step_id = step[1] if step else None
        self.open_detail(KIND_OF_VIEW[view], record_id, step_id=step_id)

    def on_open_requested(self, view: str, record_id: str) -> None:
        step_id = None
        if view == "deadlines" and self.ws is not None:
            lv = self.ws.lists["deadlines"]
            step = lv.current_step() if isinstance(lv, DeadlinesView) else None
            step_id = step[1] if step else None
        self.open_detail(KIND_OF_VIEW[view], record_id, full_width=True, step_id=step_id)

    def confirm_leave_detail(self) -> bool:
        """Ask before an edited record is replaced or closed; False when it must stay.

        On Save this waits for the save's answer (see :func:`ui.detail.confirm_leave`).
        """
        ws = self.ws
        detail = ws.detail if ws else None
        if detail is None:
            return True
        if not detail.is_dirty():
            return True
        # no idle lock while the question is open or its save is being waited for: the
        # workspace must not go away under the guard
        self.idle.stop()
        try:
            return confirm_leave(detail, self)
        finally:
            if not self.locked and self.ctx.store is not None:
                self.idle.start()

    def open_detail(self, kind: str, record_id: str | None, *, full_width: bool = False,
                    step_id: str | None = None) -> DetailWidget | None:
        ws = self.ws
        if ws is None:
            return None
        if ws.detail_key == (kind, record_id) and ws.detail is not None and record_id:
            widget = ws.detail
        else:
            if not self.confirm_leave_detail():
                return ws.detail
            self._remove_detail()
            try:
                widget = make_detail(self.ctx, kind, record_id, ws.detail_area)
            except Exception as exc:  # a record deleted meanwhile, or an editor's bug
                ws.placeholder.setText(errors.describe(exc, f"opening a record of {kind}"))
                ws.placeholder.show()
                return None
            ws.placeholder.hide()
            ws.detail_layout.addWidget(widget)
            ws.detail, ws.detail_key = widget, (kind, record_id)
            widget.close_requested.connect(self.on_close_record)
        if step_id and hasattr(widget, "focus_step"):
            widget.focus_step(step_id)
        if full_width:
            self.set_full_width(True)
        return widget

    def _remove_detail(self) -> None:
        ws = self.ws
        if ws is None or ws.detail is None:
            return
        widget, ws.detail, ws.detail_key = ws.detail, None, None
        ws.detail_layout.removeWidget(widget)
        widget.hide()
        widget.setParent(None)
        # Reads the record started may still be answering: keep it alive (hidden, out of
        # the window) until the db lane has answered everything queued before now.
        self._retired.append(widget)
        self.ctx.runner.run_op(lambda: None, lambda _r, w=widget: self._bury(w))

    def _bury(self, widget: QWidget) -> None:
        if widget in self._retired:
            self._retired.remove(widget)
            widget.deleteLater()

    def close_detail(self) -> None:
        if self.ws is None:
            return
        self._remove_detail()
        self.ws.placeholder.setText(self.tr(
            "Select a record in the list, or press Ctrl+N to add one."))
        self.ws.placeholder.show()
        self.set_full_width(False)

    def set_full_width(self, on: bool) -> None:
        ws = self.ws
        if ws is None or ws.full_width == on:
            return
        if on:
            settings.set_state("window/splitter", ws.saveState())
        ws.full_width = on
        ws.nav.setVisible(not on)
        ws.list_stack.setVisible(not on)
        if not on:
            lv = self.current_list()
            if lv is not None:
                lv.table.setFocus()

    # -- commands ----------------------------------------------------------------
    def on_new(self) -> None:
        view = self.current_view()
        kind = KIND_OF_VIEW.get(view, "cases")
        focus_first_field(self.open_detail(kind, None))  # typing goes to the form, not the list

    def on_save(self) -> None:
        if self.ws is not None and self.ws.detail is not None:
            self.ws.detail.save()

    def _selected_record(self) -> tuple[str, str] | None:
        ws = self.ws
        if ws is None:
            return None
        if ws.detail_key and ws.detail_key[1] and (ws.full_width or ws.detail is not None):
            kind, record_id = ws.detail_key
            return kind, record_id  # type: ignore[return-value]
        lv = self.current_list()
        record_id = lv.current_id() if lv else None
        return (KIND_OF_VIEW[self.current_view()], record_id) if record_id else None

    def on_delete(self) -> None:
        target = self._selected_record()
        if target is None or self.ctx.store is None:
            return
        kind, record_id = target
        if self.current_view() == "deadlines" and not (self.ws and self.ws.full_width):
            return  # a deadline row is a step of a case: delete it from the case
        # the question names the record and what goes with it (ui.form_proposals)
        ask_delete(self, self.ctx, kind, record_id, lambda: self.delete_record(kind, record_id))

    def delete_record(self, kind: str, record_id: str) -> None:
        """Soft-delete a record (no question asked) and offer Undo."""
        def done(_result: Any) -> None:
            self._undo = (kind, record_id)
            self.act_undo.setEnabled(True)
            self.act_purge.setEnabled(True)
            self.undo_button.show()
            self.statusBar().showMessage(self.tr("Deleted."), 10_000)

        self.ctx.write(lambda w: operations.records.delete(w, kind, record_id), done,
                       self._on_write_error)

    def on_undo(self) -> None:
        if self._undo is None or self.ctx.store is None:
            return
        kind, record_id = self._undo
        self._undo = None
        self.act_undo.setEnabled(False)
        self.act_purge.setEnabled(False)
        self.undo_button.hide()

        def done(_result: Any) -> None:
            self.statusBar().showMessage(self.tr("Restored."), 5_000)
            lv = self.current_list()
            if lv is not None:
                lv.select_after_load(record_id)

        self.ctx.write(lambda w: operations.records.restore(w, kind, record_id), done,
                       self._on_write_error)

    def on_purge(self) -> None:
        """Erase the record just deleted for good (see monitor_app.operations.purge)."""
        if self._undo is None or self.ctx.store is None:
            return
        if not trash.confirm_erase(self) or self._undo is None:
            return
        kind, record_id = self._undo
        self._undo = None
        self.act_undo.setEnabled(False)
        self.act_purge.setEnabled(False)
        self.undo_button.hide()
        store = self.ctx.require_store()

        def job() -> Any:
            from monitor_app.operations.purge import purge_records

            return purge_records(store, [(kind, record_id)])

        def done(_result: Any) -> None:
            self.statusBar().showMessage(self.tr("Erased for good."), 10_000)

        self.ctx.runner.run_op(job, done, self._on_write_error)

    def on_trash(self) -> None:
        """Edit > Deleted records: restore or erase any deleted record (ui.trash)."""
        if self.ctx.store is not None:
            trash.open_dialog(self)

    def _on_write_error(self, exc: BaseException) -> None:
        errors.show_user_error(self, exc, self.tr("Not saved"), context="deleting or restoring")

    def on_find(self) -> None:
        if self.ws is None:
            return
        if self.ws.full_width:
            self.set_full_width(False)
        lv = self.current_list()
        if lv is not None and lv.filter_bar is None:  # deadlines: search the cases
            self.show_view("cases")
            lv = self.current_list()
        if lv is not None:
            lv.focus_search()

    def on_find_everywhere(self) -> None:
        if self.ws is not None:
            global_search.open_search(self, {kind: view for view, kind in KIND_OF_VIEW.items()
                                             if view != "deadlines"})

    def on_close_record(self) -> None:
        ws = self.ws
        if ws is None:
            return
        if ws.full_width:
            self.set_full_width(False)
        elif ws.detail is not None and self.confirm_leave_detail():
            self.close_detail()

    def _printable(self) -> tuple[str, str] | None:
        """What Ctrl+P prints: the open (or else the selected) case, as its dossier, or
        visit, as its report."""
        ws = self.ws
        if ws is None:
            return None
        if ws.detail_key and ws.detail_key[0] in PRINTABLE and ws.detail_key[1]:
            return ws.detail_key[0], ws.detail_key[1]
        kind = KIND_OF_VIEW.get(self.current_view())
        if kind in PRINTABLE:
            lv = self.current_list()
            record_id = lv.current_id() if lv else None
            return (kind, record_id) if record_id else None
        return None

    def _update_print_text(self) -> None:
        """The Print action names what it prints in this view."""
        if KIND_OF_VIEW.get(self.current_view()) == "visits":
            text = QCoreApplication.translate("MainWindow", "&Print visit report…")
        else:
            text = self.tr("&Print dossier…")
        self.act_print.setText(text)
        self.act_print.setIconText(text.replace("&", "").rstrip("…"))

    def on_print(self) -> None:
        target = self._printable()
        if target is None:
            QMessageBox.information(self, self.tr("Print dossier"), QCoreApplication.translate(
                "MainWindow", "Select a case or a visit first: a case prints as its dossier, "
                "a visit as its report."))
            return
        kind, record_id = target
        if kind == "visits":
            pdf_dialog.generate_visit_report(self.ctx, record_id, self)
        else:
            pdf_dialog.generate_dossier(self.ctx, record_id, self)

    def on_help(self) -> None:
        """F1: the guide (ui.help), in the interface language, beside the window."""
        from ui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def on_shortcuts(self) -> None:
        from ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions(), self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def on_about(self) -> None:
        from ui.help import show_about

        show_about(self)

    def on_settings(self) -> None:
        dialog = settings.SettingsDialog(self, ctx=self.ctx)
        dialog.applied.connect(self.apply_settings)
        dialog.exec()

    def on_procedure(self) -> None:
        from ui.procedure_dialog import ProcedureDialog

        if self.ctx.store is not None:
            dialog = ProcedureDialog(self.ctx, self)
            try:
                dialog.exec()
            finally:
                dialog.deleteLater()

    def on_unlock_policy(self) -> None:
        from ui.unlock_policy_dialog import UnlockPolicyDialog

        if self.ctx.store is not None:
            dialog = UnlockPolicyDialog(self.ctx.store, self.ctx.runner, self)
            try:
                dialog.exec()
            finally:
                dialog.deleteLater()  # not kept as a child of the window until it closes

    def apply_settings(self, changed: dict[str, Any]) -> None:
        if "idle_lock_minutes" in changed:
            self.idle.set_timeout_ms(int(changed["idle_lock_minutes"]) * 60_000)
        if "language" in changed:
            self.set_language(changed["language"])

    def set_language(self, lang: str) -> None:
        """Switch the interface and the vocabulary labels live."""
        i18n.install(lang)
        self.ctx.lang = lang
        self.ctx.language_changed.emit(lang)
        ws = self.ws
        if ws is not None and ws.detail is not None and ws.detail_key and \
                not ws.detail.is_dirty():
            kind, record_id = ws.detail_key
            full = ws.full_width
            self._remove_detail()
            self.open_detail(kind, record_id, full_width=full)

    # -- lock --------------------------------------------------------------------
    def on_idle(self) -> None:
        if not self.locked and self.ctx.store is not None:
            self.lock()

    def panic(self) -> None:
        """Hide the window at once (minimised, the lock screen in front), then lock."""
        self.pages.setCurrentWidget(self.lock_screen)  # nothing of the data stays painted
        self.showMinimized()
        self.clipboard_guard.clear()
        self.lock()

    def lock(self) -> None:
        """Hide every piece of data, drop sessions and models, wipe temporary files."""
        self.clipboard_guard.clear()
        if self.locked or self.ctx.store is None:
            return
        self.idle.stop()
        ws = self.ws
        if ws is not None and ws.detail is not None and ws.detail.is_dirty():
            save_draft = getattr(ws.detail, "save_draft", None)
            if save_draft is not None:
                try:
                    save_draft()
                except Exception as exc:  # locking must go on; the bug is kept for a report
                    errors.report_bug(exc, "keeping a draft while locking")
        self.state = self.capture_state()
        self._state_store = self.ctx.store.path  # whose ids and filters those are
        for dialog in self.findChildren(QMessageBox):
            dialog.reject()
        self._settle()  # answers already on their way reach live widgets, then stop
        self.drop_workspace()
        for widget in self._retired:
            widget.deleteLater()
        self._retired.clear()
        self.locked = True
        self.ctx.detach()
        with contextlib.suppress(ImportError):
            from monitor_app import evidence_files

            evidence_files.wipe_all()
        self.matches.setText("")
        self.statusBar().clearMessage()
        self.undo_button.hide()
        for a in [*self.data_actions, self.act_lock]:
            a.setEnabled(False)
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self.setWindowTitle(self._title())
        self.lock_changed.emit(True)

    def _settle(self) -> None:
        for _ in range(3):
            self.ctx.runner.wait_idle()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)

    def on_unlock_requested(self, passphrase: str) -> None:
        path = self.store_path
        if path is None:
            self.lock_screen.show_error(self.tr("The store's file is not known."))
            return
        opener = read_only.unlock_and_load if self.read_only else unlock_and_load
        self.ctx.runner.run_op(lambda: opener(path, passphrase), self._on_unlocked,
                               read_only.offer_after(self, path, passphrase,
                                                     self._on_unlock_failed), lane="kdf")

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.show_error(error_text(exc))

    def _on_unlocked(self, opened: tuple[Store, Vocab]) -> None:
        self.lock_screen.field.edit.clear()
        self.lock_screen.set_busy(False)
        store, vocab = opened
        if store.path != getattr(self, "_state_store", store.path):
            # another store opened (a duress passphrase's decoy): nothing of the locked
            # one's ids, filters or search texts may show in it
            self.state = ViewState(view=self.state.view)
        self.ctx.attach(store, vocab)  # store_opened: the workspace comes back

    def on_store_opened(self) -> None:
        """The store is usable (unlocked again, or attached after the window was made)."""
        if self.ws is not None:
            return
        self.locked = False
        self.act_lock.setEnabled(True)
        self.build_workspace(self.state)
        self.setWindowTitle(self._title())
        self.lock_changed.emit(False)

    # -- window ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.state("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that shrank
        else:
            self.resize(first_size(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.locked and not self.confirm_leave_detail():
            event.ignore()
            return
        settings.set_state("window/geometry", self.saveGeometry())
        if self.ws is not None and not self.ws.full_width:
            settings.set_state("window/splitter", self.ws.saveState())
        for lv in (self.ws.lists.values() if self.ws else ()):
            lv.save_header()
        self.idle.uninstall()
        self.clipboard_guard.uninstall()
        super().closeEvent(event)
