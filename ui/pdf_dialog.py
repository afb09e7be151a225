"""Print a case dossier or a visit report to PDF: language, redaction, where to save.

The render runs on the runner's "render" lane with its own read session; the dialog shows a
busy bar and a Cancel button (cancelling stops between sections and leaves no file), then
opens the finished PDF with the system viewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app import outputs
from monitor_app.documents import naming
from ui import errors, settings
from ui.context import AppContext
from ui.tasks import CancelToken

LANGS = ("en", "ru", "kk")
LEVELS = ("none", "pseudonymous", "public")


def _documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _safe_file_part(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-") or "document"


class PdfDialog(QDialog):
    """Choices for one document, then the render with a busy indicator and Cancel."""

    ready = Signal()  # the suggested file name was read from the store

    def __init__(self, ctx: AppContext, *, title: str, default_stem: str,
                 render: Callable[[Any, Path, str, str, Callable[[], None]], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._render = render
        self._default_stem = default_stem
        self._token: CancelToken | None = None
        self._stem_pending = False
        self.result_path: Path | None = None
        self.error: str | None = None
        self.setWindowTitle(title)

        self.lang_box = QComboBox(self)
        for code, label in (("en", self.tr("English")), ("ru", self.tr("Russian")),
                            ("kk", self.tr("Kazakh"))):
            self.lang_box.addItem(label, code)
        self.lang_box.setCurrentIndex(LANGS.index(ctx.lang) if ctx.lang in LANGS else 0)

        self.level_box = QComboBox(self)
        for code, label in (("none", self.tr("None: the full file")),
                            ("pseudonymous", self.tr("Pseudonymous: names replaced")),
                            ("public", self.tr("Public: for publication"))):
            self.level_box.addItem(label, code)
        # The safer level the user chose in Settings comes first: a dossier that leaves
        # the lawyer's hands should be pseudonymised unless someone decides otherwise.
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(
            settings.get("default_redaction"))))
        self.level_box.currentIndexChanged.connect(self.on_level_changed)

        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self.on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.lang_box)
        form.addRow(self.tr("Redaction"), self.level_box)
        form.addRow(self.tr("Save as"), path_row)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Create PDF"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self.on_create_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.on_level_changed()

    # -- choices -----------------------------------------------------------------------
    def level(self) -> str:
        return str(self.level_box.currentData())

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def read_default_stem(self, fn: Callable[[Any], str]) -> None:
        """Name the file after the record: ``fn(session)`` runs on the db lane; Create waits."""
        self._stem_pending = True
        self.create_button.setEnabled(False)
        self.ctx.read(fn, self.set_default_stem, self.on_stem_failed)

    def set_default_stem(self, stem: str) -> None:
        old = {f"{self._default_stem}-{lvl}.pdf" for lvl in LEVELS}
        self._default_stem = _safe_file_part(stem)
        self._stem_pending = False
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        if current is None or current.name in old:
            folder = current.parent if current else _documents_dir()
            self.path_edit.setText(str(folder / f"{self._default_stem}-{self.level()}.pdf"))
        self.create_button.setEnabled(self._token is None)
        self.ready.emit()

    def on_stem_failed(self, exc: BaseException) -> None:
        self._stem_pending = False
        self.status.setText(errors.describe(exc, "naming a PDF"))
        self.ready.emit()

    def is_ready(self) -> bool:
        """True once the suggested file name is known (Create can be pressed)."""
        return not self._stem_pending

    def on_level_changed(self, *_: object) -> None:
        """Keep the suggested file name in step with the redaction level."""
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        folder = current.parent if current else _documents_dir()
        suggested = {f"{self._default_stem}-{lvl}.pdf" for lvl in LEVELS}
        if current is None or current.name in suggested:
            self.path_edit.setText(str(folder / f"{self._default_stem}-{self.level()}.pdf"))

    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF as"),
                                              self.path_edit.text(), self.tr("PDF (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.path_edit.setText(path)

    # -- rendering ---------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for w in (self.lang_box, self.level_box, self.path_edit, self.browse_button,
                  self.create_button):
            w.setEnabled(not busy)

    def on_create_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        path = Path(text)
        if not path.parent.is_dir():
            self.status.setText(self.tr("The folder does not exist."))
            return
        try:  # never write through a link or into a device (see monitor_app.outputs)
            outputs.check_target(path)
        except outputs.UnsafeOutput:
            self.status.setText(self.tr("That name is a link or a special file, not a "
                                        "document; choose another name."))
            return
        store = self.ctx.require_store()
        token = CancelToken()
        self._token = token
        lang, level, render = self.lang(), self.level(), self._render

        def job() -> Path:
            render(store, path, lang, level, token.check)
            return path

        self._set_busy(True)
        self.status.setText(self.tr("Creating the PDF…"))
        self.ctx.runner.run_op(job, self.on_rendered, self.on_failed, lane="render")

    def on_rendered(self, path: Path) -> None:
        self._token = None
        self._set_busy(False)
        self.result_path = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def on_failed(self, exc: BaseException) -> None:
        from ui.tasks import Cancelled as TaskCancelled

        self._token = None
        self._set_busy(False)
        if isinstance(exc, TaskCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        if isinstance(exc, OSError):
            self.error = self.tr("The PDF could not be saved: %1").replace(
                "%1", errors.describe(exc, "writing a PDF"))
        else:
            self.error = errors.describe(exc, "rendering a PDF")
        self.status.setText(self.error)

    def on_cancel_clicked(self) -> None:
        if self._token is not None:
            self._token.cancel()  # the job stops at the next section
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()


def _render_dossier(case_id: str) -> Callable[[Any, Path, str, str, Callable[[], None]], int]:
    def render(store: Any, path: Path, lang: str, level: str, check: Callable[[], None]) -> int:
        from monitor_app.documents.dossier import write_dossier

        return write_dossier(store, case_id, path, lang=lang, level=level,  # type: ignore[arg-type]
                             check=check)

    return render


def _render_visit(visit_id: str) -> Callable[[Any, Path, str, str, Callable[[], None]], int]:
    def render(store: Any, path: Path, lang: str, level: str, check: Callable[[], None]) -> int:
        from monitor_app.documents.visit_report import write_visit_report

        return write_visit_report(store, visit_id, path, lang=lang,
                                  level=level, check=check)  # type: ignore[arg-type]

    return render


def dossier_dialog(ctx: AppContext, case_id: str, parent: QWidget | None = None) -> PdfDialog:
    """The dialog for a case's dossier (not shown yet; its file name is read on the db lane)."""
    dialog = PdfDialog(ctx, title="", default_stem="dossier",
                       render=_render_dossier(case_id), parent=parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfDialog", "Print the case dossier"))
    dialog.read_default_stem(lambda s: naming.dossier_stem(s, case_id))
    return dialog


def visit_report_dialog(ctx: AppContext, visit_id: str, parent: QWidget | None = None
                        ) -> PdfDialog:
    """The dialog for a visit report (not shown yet; its file name is read on the db lane)."""
    dialog = PdfDialog(ctx, title="", default_stem="visit-report",
                       render=_render_visit(visit_id), parent=parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfDialog", "Print the visit report"))
    dialog.read_default_stem(lambda s: naming.visit_report_stem(s, visit_id))
    return dialog


_open_dialogs: set[PdfDialog] = set()  # kept alive while shown (a parentless dialog)


def _show(dialog: PdfDialog) -> PdfDialog:
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.open()
    return dialog


def generate_dossier(ctx: AppContext, case_id: str, parent: QWidget | None = None
                     ) -> PdfDialog:
    """Ask for language, redaction and file, then render the case dossier (Ctrl+P)."""
    return _show(dossier_dialog(ctx, case_id, parent))


def generate_visit_report(ctx: AppContext, visit_id: str, parent: QWidget | None = None
                          ) -> PdfDialog:
    """Ask for language, redaction and file, then render the visit report."""
    return _show(visit_report_dialog(ctx, visit_id, parent))
