"""Table models for the lists: a windowed cache over SQL pages, fetched on the db lane.

A model holds a :class:`~monitor_app.queries.listing.ListQuery`, the total from ``COUNT``
and the pages it has seen (at most ``MAX_PAGES``); a row outside them shows blank
and asks for its page. Every query carries a generation number so results of an
older query (typing fast, sorting twice) are dropped. On ``store_closed`` the model
forgets everything it held.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from monitor_app.dates import format_day
from monitor_app.queries import listing, timeline
from monitor_app.queries.listing import ListQuery, ListRow
from monitor_app.records import Change
from ui import errors
from ui.context import AppContext

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_TONE = Qt.ItemDataRole.UserRole + 2
MAX_PAGES = 40

ModelIndex = QModelIndex | QPersistentModelIndex

# Column titles, marked for lupdate; shown through translate("Columns", title).
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Reference"), QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Victim"), QT_TRANSLATE_NOOP("Columns", "Place"),
    QT_TRANSLATE_NOOP("Columns", "Region"), QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Risk"), QT_TRANSLATE_NOOP("Columns", "Opened"),
    QT_TRANSLATE_NOOP("Columns", "Late answers"), QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Monitoring body"),
    QT_TRANSLATE_NOOP("Columns", "Type of visit"), QT_TRANSLATE_NOOP("Columns", "Access"),
    QT_TRANSLATE_NOOP("Columns", "Interviews"), QT_TRANSLATE_NOOP("Columns", "Designation"),
    QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Authority"), QT_TRANSLATE_NOOP("Columns", "Capacity"),
    QT_TRANSLATE_NOOP("Columns", "Visits"), QT_TRANSLATE_NOOP("Columns", "Cases"),
    QT_TRANSLATE_NOOP("Columns", "Pseudonym"), QT_TRANSLATE_NOOP("Columns", "Code"),
    QT_TRANSLATE_NOOP("Columns", "Category"), QT_TRANSLATE_NOOP("Columns", "Position"),
    QT_TRANSLATE_NOOP("Columns", "Reprisal"), QT_TRANSLATE_NOOP("Columns", "Against"),
    QT_TRANSLATE_NOOP("Columns", "Role"), QT_TRANSLATE_NOOP("Columns", "Case"),
    QT_TRANSLATE_NOOP("Columns", "Answer due"), QT_TRANSLATE_NOOP("Columns", "Days late"),
    QT_TRANSLATE_NOOP("Columns", "Stage"), QT_TRANSLATE_NOOP("Columns", "Body"),
    QT_TRANSLATE_NOOP("Columns", "Deadline"),
)


def column_title(title: str) -> str:
    return QCoreApplication.translate("Columns", title)


def tone_colour(tone: str | None) -> QColor | None:
    """Colour with meaning only: red overdue/high risk, amber due soon, grey closed."""
    if tone in ("overdue", "high"):
        return QColor(200, 30, 30) if not _dark() else QColor(255, 110, 100)
    if tone == "due_soon":
        return QColor(180, 110, 0) if not _dark() else QColor(255, 190, 70)
    if tone == "closed":
        return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text)
    return None


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def display(value: Any, lang: str) -> str:
    """A value as the user reads it in ``lang``: a date (a datetime by its day) as every
    screen and document writes it (``monitor_app.dates.format_day``), numbers in the
    interface locale."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_day(value, lang)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


class RecordListModel(QAbstractTableModel):
    """The rows of one list kind; all queries go through ``ctx.runner`` on the db lane."""

    loaded = Signal(int)       # total matches, after each (re)query's first page
    page_loaded = Signal(int)  # page number

    def __init__(self, ctx: AppContext, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.columns = listing.columns(kind)
        self.query = listing.default_query(kind, ctx.lang)
        self.total = 0
        self.is_loaded = False
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._answered = 0
        ctx.store_closed.connect(self.clear)
        ctx.changed.connect(self.on_changed)
        ctx.language_changed.connect(self.on_language_changed)

    def is_current(self) -> bool:
        """True when the rows shown answer the latest query (nothing in flight)."""
        return self.is_loaded and self._answered == self._generation and not self._pending

    # -- queries ---------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def update_query(self, **changes: Any) -> None:
        self.set_query(self.query.with_(**changes))

    def reload(self) -> None:
        """Re-run COUNT and the first page; stale answers to earlier queries are dropped."""
        store, vocab = self.ctx.store, self.ctx.vocab
        if store is None or vocab is None:
            return
        self._generation += 1
        gen, query = self._generation, self.query

        def job() -> tuple[int, int, list[ListRow]]:
            with store.read() as s:
                total = listing.count(s, query)
                return gen, total, listing.fetch_page(s, query, vocab, 0, listing.PAGE_SIZE)

        self.ctx.runner.run_op(job, self._on_first_page, self._on_error)

    def _on_first_page(self, result: tuple[int, int, list[ListRow]]) -> None:
        gen, total, rows = result
        if gen != self._generation:
            return
        self._answered = gen
        self.beginResetModel()
        self.total = total
        self._pages = OrderedDict({0: rows})
        self._pending.clear()
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit(total)

    def _request_page(self, page: int) -> None:
        store, vocab = self.ctx.store, self.ctx.vocab
        if page in self._pending or store is None or vocab is None:
            return
        self._pending.add(page)
        gen, query = self._generation, self.query

        def job() -> tuple[int, int, list[ListRow]]:
            with store.read() as s:
                rows = listing.fetch_page(s, query, vocab, page * listing.PAGE_SIZE,
                                          listing.PAGE_SIZE)
                return gen, page, rows

        self.ctx.runner.run_op(job, self._on_page, self._on_error)

    def _on_page(self, result: tuple[int, int, list[ListRow]]) -> None:
        gen, page, rows = result
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * listing.PAGE_SIZE
        last = min(self.total, first + listing.PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)

    def _on_error(self, exc: BaseException) -> None:
        self._pending.clear()
        errors.notify(exc, f"loading the list of {self.kind}")

    # -- signals from the app --------------------------------------------------
    def clear(self) -> None:
        """Forget every row (the store was locked or closed)."""
        self._generation += 1
        self.beginResetModel()
        self.total = 0
        self._pages.clear()
        self._pending.clear()
        self.is_loaded = False
        self.endResetModel()

    def on_changed(self, change: Change) -> None:
        if change.kinds & listing.kinds_shown(self.kind):
            self.reload()

    def on_language_changed(self, lang: str) -> None:
        self.query = self.query.with_(lang=lang)
        self.reload()

    # -- rows ------------------------------------------------------------------
    def row_data(self, row: int) -> ListRow | None:
        page = self._pages.get(row // listing.PAGE_SIZE)
        if page is None:
            return None
        offset = row % listing.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_id(self, row: int) -> str | None:
        data = self.row_data(row)
        return data.id if data else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages held, or None."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == record_id:
                    return page * listing.PAGE_SIZE + i
        return None

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    # -- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                page = index.row() // listing.PAGE_SIZE
                if page not in self._pages:
                    self._request_page(page)
                return ""
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row.values[index.column()], self.ctx.lang)
        if role == Qt.ItemDataRole.ToolTipRole and not col.numeric:
            text = display(row.values[index.column()], self.ctx.lang)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.tone == "closed":
                return tone_colour("closed")
            for key, tone in row.marks:
                if key == col.key:
                    return tone_colour(tone)
            return None
        if role == Qt.ItemDataRole.FontRole and row.marks:
            if any(key == col.key for key, _tone in row.marks):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROLE_ID:
            return row.id
        if role == ROLE_TONE:
            return row.tone
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(col.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if (key, descending) != (self.query.sort_key, self.query.descending):
            self.update_query(sort_key=key, descending=descending)

    def sort_column(self) -> int:
        for i, c in enumerate(self.columns):
            if c.key == self.query.sort_key:
                return i
        return -1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DeadlinesModel(QAbstractTableModel):
    """Late and soon-due complaint steps (a short list: held whole)."""

    COL_STATUS, COL_DUE, COL_LATE, COL_CASE, COL_TITLE, COL_STAGE, COL_BODY = range(7)
    TITLES = ("Deadline", "Answer due", "Days late", "Case", "Title", "Stage", "Body")

    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.is_loaded = False
        self._generation = 0
        self._answered = 0
        ctx.store_closed.connect(self.clear)
        ctx.changed.connect(self.on_changed)
        ctx.language_changed.connect(self.on_language_changed)

    def reload(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self._generation += 1
        gen = self._generation

        def job() -> tuple[int, list[Any]]:
            with store.read() as s:
                return gen, listing.deadlines(s)

        self.ctx.runner.run_op(job, self._on_rows,
                               lambda exc: errors.notify(exc, "loading the deadlines"))

    def _on_rows(self, result: tuple[int, list[Any]]) -> None:
        gen, rows = result
        if gen != self._generation:
            return
        self._answered = gen
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit(len(rows))

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.is_loaded = False
        self.endResetModel()

    def is_current(self) -> bool:
        return self.is_loaded and self._answered == self._generation

    def on_changed(self, change: Change) -> None:
        if change.kinds & timeline.DEADLINE_READS:
            self.reload()

    def on_language_changed(self, _lang: str) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.TITLES) - 1))

    def row_id(self, row: int) -> str | None:
        return self.rows[row].case_id if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int | None:
        """The first row of a case (rows are identified by their case)."""
        return next((i for i, r in enumerate(self.rows) if r.case_id == record_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.TITLES)

    def status_text(self, row: Any) -> str:
        if row.status == "overdue":
            return QCoreApplication.translate("Deadlines", "Overdue")
        return QCoreApplication.translate("Deadlines", "Due soon")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.COL_STATUS:
                return self.status_text(r)
            if c == self.COL_DUE:
                return display(r.answer_due, self.ctx.lang)
            if c == self.COL_LATE:
                return display(r.days_late, self.ctx.lang) if r.days_late > 0 else ""
            if c == self.COL_CASE:
                return r.case_reference
            if c == self.COL_TITLE:
                return r.case_title
            if c == self.COL_STAGE:
                return self.ctx.label(r.stage)
            if c == self.COL_BODY:
                return self.ctx.label(r.body)
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone_colour("overdue" if r.status == "overdue" else "due_soon")
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.COL_LATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROLE_ID:
            return r.case_id
        if role == ROLE_TONE:
            return r.status
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.TITLES)):
            return column_title(self.TITLES[section])
        return None
