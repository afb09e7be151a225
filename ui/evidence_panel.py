"""Evidence files of a case (or visit, allegation, reprisal): add, list, open, remove.

Files are read and stored on the db lane (``operations.evidence.attach_file``: hashed
at intake, photo metadata stripped, kept encrypted inside the store). Opening a photo or
a PDF shows it inside the app from memory (:mod:`ui.evidence_viewer`); any other file,
after a warning, is decrypted to a private temporary file with a random name
(:mod:`monitor_app.evidence_files`) for the system's viewer, wiped on lock and exit.
Every read is checked against the SHA-256 taken at intake.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontDatabase,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app import evidence_files, operations
from monitor_app.operations import Outcome
from monitor_app.queries import readmodels as queries
from monitor_app.records import Change, Writer, get, read_evidence
from ui import errors
from ui.context import AppContext
from ui.evidence_viewer import MAX_SHOWN_BYTES, CannotShow, EvidenceViewer, shows_inside


def open_local_file(path: Path) -> bool:
    """Hand a decrypted file to the system's viewer (replaceable in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvidencePanel(QWidget):
    """The evidence list with Add files…, drag and drop, Open and Remove."""

    COLUMNS = ("File", "Kind", "Added", "Size", "SHA-256")

    def __init__(self, ctx: AppContext, links: dict[str, str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.links = dict(links)
        self.rows: list[queries.Row] = []
        self._queued = 0
        self._done_bytes = 0
        self._total_bytes = 0
        self.viewer: EvidenceViewer | None = None
        self.setAcceptDrops(True)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAcceptDrops(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(4, 230)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        self.retranslate()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self.on_changed)
        self.reload()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Files are kept encrypted inside the store, with their SHA-256 taken when added. "
            "Photo metadata such as GPS is removed. Drop files here or use Add files…"))
        self.add_button.setText(self.tr("Add files…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"),
                                              self.tr("Added"), self.tr("Size"),
                                              self.tr("SHA-256")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- list --------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.store is None or self.ctx.vocab is None:
            return
        vocab, lang, links = self.ctx.vocab, self.ctx.lang, self.links
        self.ctx.read(lambda s: queries.evidence_rows(s, vocab, lang, **links), self._show)

    def _show(self, rows: list[queries.Row]) -> None:
        self.rows = rows
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c == 4:
                    item.setFont(mono)
                    item.setToolTip(text)
                if c == 0 and row.extra.get("description"):
                    item.setToolTip(row.extra["description"])
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.selected_id())
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def on_changed(self, change: Change) -> None:
        if change.touches("evidence"):
            self.reload()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- adding ------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Store files as evidence linked to this panel's record (on the db lane)."""
        files = [Path(p) for p in paths]
        files = [p for p in files if p.is_file()]
        if not files:
            return
        sizes = {p: p.stat().st_size for p in files}
        self._queued += len(files)
        self._total_bytes += sum(sizes.values())
        self.progress.setRange(0, 1000)
        self.progress.setValue(self._progress_value())
        self.progress.show()
        self.status.setText(self.tr("Adding %n file(s)…", "", self._queued))
        links = dict(self.links)
        for path in files:
            # one transaction per file: a file that fails leaves the others stored
            def op(w: Writer, path: Path = path) -> Outcome:
                return operations.evidence.attach_file(w, path, **links)

            self.ctx.write(op, lambda _o, p=path: self._file_done(p, sizes[p], None),
                           lambda exc, p=path: self._file_done(p, sizes[p], exc))

    def _progress_value(self) -> int:
        if not self._total_bytes:
            return 0
        return int(1000 * self._done_bytes / self._total_bytes)

    def _file_done(self, path: Path, size: int, error: BaseException | None) -> None:
        self._queued -= 1
        self._done_bytes += size
        self.progress.setValue(self._progress_value())
        if error is not None:
            self.status.setText(self.tr("{name} could not be added: {error}").format(
                name=path.name, error=errors.describe(error, "adding evidence")))
        elif self._queued:
            self.status.setText(self.tr("Adding %n file(s)…", "", self._queued))
        else:
            self.status.setText(self.tr("Added."))
        if not self._queued:
            self.progress.hide()
            self._done_bytes = self._total_bytes = 0

    # -- drag and drop -------------------------------------------------------------------
    @staticmethod
    def _local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- opening and removing ----------------------------------------------------------------
    def open_selected(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id:
            self.open_evidence(evidence_id)

    def open_evidence(self, evidence_id: str) -> None:
        """Show a photo or PDF inside the app; offer any other file to the system's viewer."""
        def load(session: object) -> tuple[str, bytes | None]:
            rec = get(session, "evidence", evidence_id)  # type: ignore[arg-type]
            media = str(rec["media_type"])
            if shows_inside(media) and int(rec["size"]) <= MAX_SHOWN_BYTES:
                return media, read_evidence(session, evidence_id)  # type: ignore[arg-type]
            return media, None

        def loaded(found: tuple[str, bytes | None]) -> None:
            media, data = found
            if data is not None:
                try:
                    viewer = EvidenceViewer(data, media, self)
                except CannotShow:
                    pass  # not decodable here: the system's viewer may know it
                else:
                    self.ctx.store_closed.connect(viewer.close)
                    viewer.show()
                    self.viewer = viewer
                    return
            self.open_outside(evidence_id)

        self.ctx.read(load, loaded, self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        self.status.setText(QCoreApplication.translate(
            "EvidencePanel", "Could not open the file: {error}").format(
                error=errors.describe(exc, "opening evidence")))

    def open_outside(self, evidence_id: str) -> None:
        """After a warning, decrypt the file to a private temporary copy for another program."""
        answer = QMessageBox.warning(
            self, QCoreApplication.translate("EvidencePanel", "Open in another program"),
            QCoreApplication.translate(
                "EvidencePanel", "Monitor cannot show this file itself. To open it in another "
                "program, a decrypted copy is written to disk; it is wiped when the store is "
                "locked or the app closes, but the other program may keep its own copies. "
                "Open it?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Open:
            return

        def opened(path: Path) -> None:
            self.status.setText(self.tr(
                "Opened a decrypted copy; it is wiped when the store is locked or the app "
                "closes."))
            open_local_file(path)

        self.ctx.read(lambda s: evidence_files.decrypt_to_temp(s, evidence_id), opened,
                      self._open_failed)

    def remove_selected(self) -> None:
        evidence_id = self.selected_id()
        if not evidence_id:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove evidence"),
            self.tr("Remove this file from the case? It stays in the history and can be "
                    "restored."))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.write(lambda w: operations.records.delete(w, "evidence", evidence_id))
