"""One list: the filter bar over a dense, sortable table whose columns can be hidden
and reordered (remembered per list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.context import AppContext
from ui.filter_bar import FilterBar
from ui.list_models import ROLE_ID, RecordListModel, column_title


class RecordTable(QTableView):
    """A dense table: Enter opens the record full width (like a double click)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 6)
        hh = self.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(lambda _i: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class RecordListView(QWidget):
    """Filter bar + table for one kind. Emits the selected record's id."""

    current_changed = Signal(object)  # str | None
    open_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None,
                 model: Any = None, filters: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(f"list_{kind}")
        self.ctx, self.kind = ctx, kind
        self.model = model if model is not None else RecordListModel(ctx, kind, self)
        self.filter_bar = FilterBar(ctx, kind, self) if filters else None
        self.table = RecordTable(self)
        self.table.setObjectName(f"table_{kind}")
        self.table.setModel(self.model)
        self._wanted_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
            self.filter_bar.changed.connect(self.on_filters_changed)
        layout.addWidget(self.table)
        header = self.table.horizontalHeader()
        header.customContextMenuRequested.connect(self.on_header_menu)
        if isinstance(self.model, RecordListModel):
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if self.model.query.descending
                else Qt.SortOrder.AscendingOrder)
            for i, col in enumerate(self.model.columns):
                self.table.setColumnWidth(i, col.width)
        self.restore_header()
        if isinstance(self.model, RecordListModel):
            # sorting re-runs the query (model.sort); the header keeps the indicator
            self.table.setSortingEnabled(True)
        header.sectionMoved.connect(lambda *_a: self.save_header())
        header.sectionResized.connect(lambda *_a: self.save_header())
        header.sortIndicatorChanged.connect(lambda *_a: self.save_header())
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row)
        self.table.open_requested.connect(self.on_open)
        self.model.loaded.connect(self.on_loaded)
        self.model.modelReset.connect(lambda: self.current_changed.emit(None)
                                      if self.model.rowCount() == 0 else None)

    # -- loading -----------------------------------------------------------------
    def start(self, filters: dict[str, Any] | None = None) -> None:
        """First load after the store is open (``filters``: values to restore after a lock)."""
        if self.filter_bar is not None:
            self.filter_bar.fill_vocab()
            if filters:
                self.filter_bar.set_values(filters)
                self.model.query = self.model.query.with_(**self.filter_bar.values())
            self.filter_bar.load_places()
        self.model.reload()

    def filters(self) -> dict[str, Any] | None:
        return self.filter_bar.values() if self.filter_bar is not None else None

    def on_filters_changed(self, values: dict[str, Any]) -> None:
        self.model.update_query(**values)

    def on_loaded(self, total: int) -> None:
        wanted = self._wanted_id
        if wanted is not None:
            self._wanted_id = None
            if not self.select_id(wanted) and self.model.rowCount():
                self.table.selectRow(0)
        self.loaded.emit(total)

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_after_load(self, record_id: str | None) -> None:
        self._wanted_id = record_id

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(ROLE_ID) if current.isValid() else None)

    def on_open(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open_requested.emit(record_id)

    def focus_search(self) -> None:
        if self.filter_bar is not None:
            self.filter_bar.search.setFocus()
            self.filter_bar.search.selectAll()

    # -- columns -----------------------------------------------------------------
    def on_header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i in range(self.model.columnCount()):
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, col=i: self.set_column_visible(col, on))
            menu.addAction(action)
        menu.addSeparator()
        # not self.tr: DeadlinesView subclasses this view
        menu.addAction(QCoreApplication.translate("RecordListView", "Reset columns"),
                       self.reset_columns)
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not visible)
        self.save_header()

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i in range(header.count()):
            header.setSectionHidden(i, False)
            header.moveSection(header.visualIndex(i), i)
        settings.set_state(f"lists/{self.kind}/header", None)
        self.save_header()

    def _signature(self) -> str:
        return ",".join(c.key for c in getattr(self.model, "columns", ())) or self.kind

    def save_header(self) -> None:
        """Remember column order, widths and hidden columns, and the sort by column key."""
        settings.set_state(f"lists/{self.kind}/header",
                           self.table.horizontalHeader().saveState())
        settings.set_state(f"lists/{self.kind}/columns", self._signature())
        if isinstance(self.model, RecordListModel):
            q = self.model.query
            settings.set_state(f"lists/{self.kind}/sort",
                               f"{q.sort_key}:{'desc' if q.descending else 'asc'}")

    def restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = settings.state(f"lists/{self.kind}/header")
        # a layout saved for other columns (an older version) is ignored, not misapplied
        if state and settings.state(f"lists/{self.kind}/columns") == self._signature():
            header.restoreState(state)
        if isinstance(self.model, RecordListModel):
            saved = str(settings.state(f"lists/{self.kind}/sort") or "")
            key, _, order = saved.partition(":")
            keys = {c.key: c for c in self.model.columns}
            if key in keys and keys[key].sort is not None:
                self.model.query = self.model.query.with_(sort_key=key,
                                                          descending=order == "desc")
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if self.model.query.descending
                else Qt.SortOrder.AscendingOrder)

    def column_titles(self) -> list[str]:
        return [column_title(c.title) for c in getattr(self.model, "columns", ())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              max(0, self.model.columnCount() - 1))
        super().changeEvent(event)
