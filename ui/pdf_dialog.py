"""Print a case dossier or a visit report to PDF: language, redaction, where to save.

The render runs on the runner's "render" lane with its own read session; the dialog shows a
busy bar and a Cancel button (cancelling stops between sections and leaves no file), then
opens the finished PDF with the system viewer.

For a pseudonymous or public file the dialog first looks, on the render lane, for possible
names in the texts that are not people of the file (the named-entity recogniser loads on
first use, about a second) and lists them with a checkbox each: checked, the word is a name
and is replaced by a code; unchecked, it is not a name. The decisions are kept in the store
(on the db lane) before the render, so the next file does not ask again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
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
    QListWidget,
    QListWidgetItem,
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
    names_ready = Signal()  # the possible names of the chosen level are listed

    def __init__(self, ctx: AppContext, *, title: str, default_stem: str,
                 render: Callable[[Any, Path, str, str, Callable[[], None]], int],
                 names: Callable[[Any, str], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._render = render
        self._names = names
        self._names_pending = False
        self._names_asked = 0  # which search the answer belongs to (the level may change)
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

        self.names_label = QLabel(self.tr(
            "Possible names of people who are not records of this file. Checked: a name, "
            "replaced by a code in the PDF. Unchecked: not a name. Kept for the next PDF."),
            self)
        self.names_label.setWordWrap(True)
        self.names_list = QListWidget(self)
        self.names_label.setVisible(False)
        self.names_list.setVisible(False)

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
        layout.addWidget(self.names_label)
        layout.addWidget(self.names_list)
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
        self.create_button.setEnabled(self._token is None and not self._names_pending)
        self.ready.emit()

    def on_stem_failed(self, exc: BaseException) -> None:
        self._stem_pending = False
        self.status.setText(errors.describe(exc, "naming a PDF"))
        self.ready.emit()

    def is_ready(self) -> bool:
        """True once the suggested file name and the possible names are known."""
        return not self._stem_pending and not self._names_pending

    # -- possible names ----------------------------------------------------------------
    def candidates(self) -> list[str]:
        """The possible names listed, in order."""
        return [self.names_list.item(i).text() for i in range(self.names_list.count())]

    def set_candidate_checked(self, text: str, checked: bool) -> None:
        for i in range(self.names_list.count()):
            item = self.names_list.item(i)
            if item.text() == text:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def look_for_names(self) -> None:
        """List the possible names a redacted file would ask about (render lane: the
        recogniser's model loads there, never on the GUI thread)."""
        self.show_candidates([])
        if self._names is None or self.level() == "none" or self.ctx.store is None:
            self._names_pending = False
            self.names_ready.emit()
            return
        store, lang, find = self.ctx.require_store(), self.lang(), self._names
        self._names_asked += 1
        asked = self._names_asked
        self._names_pending = True
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Looking for names that are not records…"))

        def done(found: list[str]) -> None:
            if asked == self._names_asked:
                self.on_names_found(found)

        def failed(exc: BaseException) -> None:
            if asked == self._names_asked:
                self.on_names_failed(exc)

        self.ctx.runner.run_op(lambda: find(store, lang), done, failed, lane="render")

    def show_candidates(self, found: list[str]) -> None:
        self.names_list.clear()
        for text in found:
            item = QListWidgetItem(text, self.names_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)  # the safe side: replaced
        self.names_label.setVisible(bool(found))
        self.names_list.setVisible(bool(found))

    def on_names_found(self, found: list[str]) -> None:
        self._names_pending = False
        self.show_candidates(found)
        self.status.setText("")
        self.create_button.setEnabled(self._token is None and not self._stem_pending)
        self.names_ready.emit()

    def on_names_failed(self, exc: BaseException) -> None:
        self._names_pending = False
        self.status.setText(errors.describe(exc, "looking for names"))
        self.names_ready.emit()  # Create stays disabled: nothing unchecked is written

    def on_level_changed(self, *_: object) -> None:
        """Keep the suggested file name and the possible names in step with the level."""
        if self._names is not None:
            self.look_for_names()
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
                  self.create_button, self.names_list):
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

        def start(_: object = None) -> None:
            self.ctx.runner.run_op(job, self.on_rendered, self.on_failed, lane="render")

        self._set_busy(True)
        self.status.setText(self.tr("Creating the PDF…"))
        names, not_names = self.decisions()
        if level != "none" and (names or not_names):
            from monitor_app.documents.redaction import record_decisions

            self.ctx.write(lambda w: record_decisions(w, names, not_names), start,
                           self.on_failed, source="pdf dialog")
        else:
            start()

    def decisions(self) -> tuple[list[str], list[str]]:
        """The listed names checked (names) and unchecked (not names)."""
        names, nots = [], []
        for i in range(self.names_list.count()):
            item = self.names_list.item(i)
            (names if item.checkState() == Qt.CheckState.Checked else nots).append(item.text())
        return names, nots

    def on_rendered(self, path: Path) -> None:
        self._token = None
        self._set_busy(False)
        self.result_path = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def on_failed(self, exc: BaseException) -> None:
        from monitor_app.documents.redaction import UnconfirmedNames
        from ui.tasks import Cancelled as TaskCancelled

        self._token = None
        self._set_busy(False)
        if isinstance(exc, TaskCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        if isinstance(exc, UnconfirmedNames):  # the texts changed since the list was made
            self.show_candidates(exc.candidates)
            self.status.setText(self.tr("New possible names were found; mark them and "
                                        "create the PDF again. No file was written."))
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


def _dossier_names(case_id: str) -> Callable[[Any, str], list[str]]:
    def find(store: Any, lang: str) -> list[str]:
        from monitor_app.documents.dossier import dossier_names

        return dossier_names(store, case_id, lang)

    return find


def _visit_names(visit_id: str) -> Callable[[Any, str], list[str]]:
    def find(store: Any, lang: str) -> list[str]:
        from monitor_app.documents.visit_report import visit_report_names

        return visit_report_names(store, visit_id, lang)

    return find


def dossier_dialog(ctx: AppContext, case_id: str, parent: QWidget | None = None) -> PdfDialog:
    """The dialog for a case's dossier (not shown yet; its file name is read on the db lane)."""
    dialog = PdfDialog(ctx, title="", default_stem="dossier",
                       render=_render_dossier(case_id), names=_dossier_names(case_id),
                       parent=parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfDialog", "Print the case dossier"))
    dialog.read_default_stem(lambda s: naming.dossier_stem(s, case_id))
    return dialog


def visit_report_dialog(ctx: AppContext, visit_id: str, parent: QWidget | None = None
                        ) -> PdfDialog:
    """The dialog for a visit report (not shown yet; its file name is read on the db lane)."""
    dialog = PdfDialog(ctx, title="", default_stem="visit-report",
                       render=_render_visit(visit_id), names=_visit_names(visit_id),
                       parent=parent)
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
