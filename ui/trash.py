"""Edit > Deleted records: every deleted record, newest deletion first, to restore or erase.

The rows come a page at a time from :mod:`monitor_app.queries.trash` on the db lane (the
table asks for the next page as it is scrolled); restoring goes through
:func:`monitor_app.operations.records.restore_many` (the rule that a part waits for its
holder lives there), erasing through :func:`monitor_app.operations.purge.purge_records`
after the same question as Edit > Erase the deleted record for good. The dialog closes
when the store is locked; it keeps only its size in the settings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app import operations
from monitor_app.dates import format_moment
from monitor_app.queries import trash
from monitor_app.queries.trash import TrashRow
from ui import errors, settings
from ui.context import AppContext
from ui.field_names import kind_name

ModelIndex = QModelIndex | QPersistentModelIndex
GEOMETRY = "trash/geometry"

HEADERS = (QT_TRANSLATE_NOOP("Trash", "Kind"), QT_TRANSLATE_NOOP("Trash", "Record"),
           QT_TRANSLATE_NOOP("Trash", "Deleted"), QT_TRANSLATE_NOOP("Trash", "Belongs to"))


def kind_title(kind: str) -> str:
    return kind_name(kind)


def local_moment(stamp: datetime | None, lang: str) -> str:
    """A stored stamp (UTC, naive) as the user's clock shows it."""
    if stamp is None:
        return ""
    return format_moment(stamp.replace(tzinfo=UTC).astimezone().replace(tzinfo=None), lang)


def confirm_erase(parent: QWidget) -> bool:
    """The one question asked before a deleted record is erased for good."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("MainWindow", "Erase for good"),
        QCoreApplication.translate(
            "MainWindow", "Erase the deleted record for good? Its text, its parts and the old "
            "values in its history are overwritten; not even Undo can bring them "
            "back. Copies and backups made before keep what they held."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class TrashModel(QAbstractTableModel):
    """The deleted records, fetched a page at a time on the db lane as the view scrolls."""

    loaded = Signal(int)  # the total, after each reload's first page

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.total = 0
        self.is_loaded = False
        self._rows: list[TrashRow] = []
        self._generation = 0
        self._fetching = False

    def reload(self) -> None:
        store, vocab = self.ctx.store, self.ctx.vocab
        if store is None or vocab is None:
            return
        self._generation += 1
        gen, lang = self._generation, self.ctx.lang

        def job() -> tuple[int, int, list[TrashRow]]:
            with store.read() as s:
                return gen, trash.count(s), trash.fetch_page(s, vocab, lang, 0, trash.PAGE_SIZE)

        self._fetching = True
        self.ctx.runner.run_op(job, self._on_first_page, self._on_error)

    def _on_first_page(self, result: tuple[int, int, list[TrashRow]]) -> None:
        gen, total, rows = result
        if gen != self._generation:
            return
        self.beginResetModel()
        self.total, self._rows, self._fetching = total, rows, False
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit(total)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.is_loaded and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        store, vocab = self.ctx.store, self.ctx.vocab
        if parent.isValid() or self._fetching or store is None or vocab is None:
            return
        self._fetching = True
        gen, lang, offset = self._generation, self.ctx.lang, len(self._rows)

        def job() -> tuple[int, int, list[TrashRow]]:
            with store.read() as s:
                return gen, offset, trash.fetch_page(s, vocab, lang, offset, trash.PAGE_SIZE)

        self.ctx.runner.run_op(job, self._on_page, self._on_error)

    def _on_page(self, result: tuple[int, int, list[TrashRow]]) -> None:
        gen, offset, rows = result
        if gen != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self.total = len(self._rows)  # fewer than counted: some went meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _on_error(self, exc: BaseException) -> None:
        self._fetching = False
        errors.notify(exc, "loading the deleted records")

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self.total, self.is_loaded, self._fetching = [], 0, False, False
        self.endResetModel()

    def row(self, row: int) -> TrashRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row())
        if r is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return kind_title(r.kind)
        if column == 1:
            return r.label
        if column == 2:
            return local_moment(r.deleted_at, self.ctx.lang)
        if r.holder_kind is None:
            return ""
        text = f"{kind_title(r.holder_kind)}: {r.holder_label}"
        if r.holder_deleted:
            text = QCoreApplication.translate("Trash", "{holder} (deleted)").format(holder=text)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("Trash", HEADERS[section])
        return None


class TrashDialog(QDialog):
    """Edit > Deleted records. Enter restores the chosen rows, Delete erases them for good
    (after the question), Escape closes."""

    restored = Signal(int)  # how many came back
    erased = Signal(int)    # how many records (parts too) were erased

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.ctx = ctx
        self.model = TrashModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("trash_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 300, 140)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.status = QLabel(self)  # how many there are
        self.status.setObjectName("trash_status")
        self.result = QLabel(self)  # what the last command did
        self.result.setObjectName("trash_result")
        self.result.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_button")
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.restore_button, self.erase_button, self.close_button):
            button.setAutoDefault(False)  # Enter acts on the table's rows, never by accident
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.on_restore)
        self.erase_button.clicked.connect(self.on_erase)

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)

        self.model.loaded.connect(self._on_loaded)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self._on_changed)
        ctx.store_closed.connect(self._on_store_closed)
        ctx.language_changed.connect(lambda _lang: self.model.reload())
        self._busy = False
        self.resize(900, 480)
        geometry = settings.state(GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        self.retranslate()
        self._update_buttons()
        self.model.reload()

    # -- text ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deleted records"))
        self.intro.setText(self.tr(
            "Records deleted in this store, newest first. Restore brings a record back "
            "where it was (Enter); Erase for good overwrites it (Delete)."))
        self.restore_button.setText(self.tr("&Restore"))
        self.erase_button.setText(self.tr("&Erase for good…"))
        self.close_button.setText(self.tr("Close"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------
    def selected(self) -> list[TrashRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row(n) for n in rows) if r is not None]

    def _writable(self) -> bool:
        store = self.ctx.store
        return store is not None and not store.read_only

    def _update_buttons(self, *_args: Any) -> None:
        can = bool(self.selected()) and self._writable() and not self._busy
        self.restore_button.setEnabled(can)
        self.erase_button.setEnabled(can)

    def _on_loaded(self, total: int) -> None:
        self.status.setText(self.tr("%n deleted record(s)", "", total) if total
                            else self.tr("Nothing is deleted."))
        if total and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def _on_changed(self, _change: Any) -> None:
        self.model.reload()

    def _on_store_closed(self) -> None:
        self.model.clear()
        self.reject()  # nothing of the data stays on screen while locked

    # -- keys ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.on_restore()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.on_erase()
                return True
        return super().eventFilter(watched, event)

    # -- commands --------------------------------------------------------------
    def on_restore(self) -> None:
        chosen = self.selected()
        if not chosen or not self._writable() or self._busy:
            return
        items = [(r.kind, r.id) for r in chosen]
        labels = {(r.kind, r.id): r for r in chosen}
        self._set_busy(True)

        def done(refused: list[Any]) -> None:
            self._set_busy(False)
            back = len(items) - len(refused)
            self.result.setText(self.tr("%n record(s) restored.", "", back))
            if back:
                self.restored.emit(back)
            if refused:
                errors.show_user_error(self, self._refusal_text(refused, labels),
                                       self.tr("Not restored"))

        self.ctx.write(lambda w: operations.records.restore_many(w, items), done,
                       self._on_error)

    def _refusal_text(self, refused: list[Any], rows: dict[tuple[str, str], TrashRow]) -> str:
        lines = []
        for exc in refused[:5]:
            row = rows.get((exc.kind, exc.record_id))
            lines.append(self.tr(
                "{kind} “{label}” belongs to a record that is deleted too ({holder_kind}: "
                "“{holder}”): restore that record first.").format(
                    kind=kind_title(exc.kind), label=row.label if row else "",
                    holder_kind=kind_title(exc.holder_kind),
                    holder=row.holder_label if row else ""))
        if len(refused) > 5:
            lines.append(self.tr("And %n more.", "", len(refused) - 5))
        return "\n".join(lines)

    def on_erase(self) -> None:
        chosen = self.selected()
        if not chosen or not self._writable() or self._busy or not confirm_erase(self):
            return
        items = [(r.kind, r.id) for r in chosen]
        store = self.ctx.require_store()
        self._set_busy(True)

        def job() -> Any:
            from monitor_app.operations.purge import purge_records

            return purge_records(store, items)

        def done(summary: Any) -> None:
            self._set_busy(False)
            self.result.setText(self.tr("Erased for good: %n record(s), with their parts.", "",
                              len(items)))
            self.erased.emit(summary.total)
            self.model.reload()

        self.ctx.runner.run_op(job, done, self._on_error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        errors.show_user_error(self, exc, self.tr("Not done"),
                               context="restoring or erasing deleted records")

    def done(self, result: int) -> None:
        settings.set_state(GEOMETRY, self.saveGeometry())
        super().done(result)


def open_dialog(window: QWidget) -> TrashDialog:
    """Show the window's Deleted records dialog (one at a time; raised if already open)."""
    for existing in window.findChildren(TrashDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    dialog = TrashDialog(ctx, window)
    lock = getattr(window, "act_lock", None)
    if lock is not None:
        dialog.addAction(lock)  # Ctrl+L locks from the dialog too (and closes it)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


__all__ = ["TrashDialog", "TrashModel", "confirm_erase", "kind_title",
           "open_dialog"]
