"""Sending and merging exchange files from the window: the Send changes dialog, the merge
preview (each file's dry run, before anything is written), and the one way the Exchange
view runs long work (on the db lane, with a progress dialog and Cancel).

Cancel stops between files: each file is written, or merged, whole or not at all
(monitor_app.exchange.merge), so a cancelled merge leaves every file after it unmerged
and the store as the files before it left it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import Cancelled, refused_reason
from ui.exchange_dialogs import documents_dir, ok_cancel
from ui.keyboard import enter_never_submits, menu_letters, with_mnemonic
from ui.list_models import display
from ui.tasks import CancelToken

Job = Callable[[CancelToken, Callable[[int, int], None]], Any]


class _Progress(QObject):
    moved = Signal(int, int)


def run_long(parent: QWidget, ctx: AppContext, title: str, label: str, job: Job,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             *, cancellable: bool = True) -> QProgressDialog:
    """Run ``job(token, report)`` on the db lane behind a progress dialog with Cancel.

    ``report(done, total)`` (called on the worker) moves the bar and raises
    :class:`ui.errors.Cancelled` once Cancel was pressed, as ``token.check()`` does. Work
    that cannot stop half-way (writing one file) is not ``cancellable``: no Cancel button.
    """
    token = CancelToken()
    dialog = QProgressDialog(parent)
    dialog.setObjectName("exchange_progress")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Exchange", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.canceled.connect(token.cancel)
    relay = _Progress(dialog)

    def moved(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    relay.moved.connect(moved)

    def report(done: int, total: int) -> None:  # on the worker: no widget here
        token.check()
        relay.moved.emit(done, total)

    def finish() -> bool:
        """Close the dialog; False when the window went meanwhile (locked): then the answer
        is for nobody."""
        if not shiboken6.isValid(dialog):
            return False
        dialog.canceled.disconnect(token.cancel)
        dialog.close()
        dialog.deleteLater()
        return shiboken6.isValid(parent)

    def done(result: Any) -> None:
        if finish():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if finish():
            on_error(exc)

    dialog.show()
    ctx.runner.run_op(lambda: job(token, report), done, failed)
    return dialog



class SendDialog(QDialog):
    """Send changes: to which contact, what (since the last file, everything, chosen cases),
    and where the file goes (its default name says nothing of its contents)."""

    SCOPES = ("since_last", "everything", "cases")

    def __init__(self, ctx: AppContext, contacts: list[Any], default_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("send_changes")
        self.setWindowTitle(self.tr("Send changes"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        taken = menu_letters()
        self.contact = QComboBox(self)
        self.contact.setObjectName("send_contact")
        for c in contacts:
            text = c.name if c.verified else self.tr("%1 (not verified)").replace("%1", c.name)
            self.contact.addItem(text, c.id)
        contact_label = QLabel(with_mnemonic(self.tr("To"), taken), self)
        contact_label.setBuddy(self.contact)
        form.addRow(contact_label, self.contact)
        layout.addLayout(form)

        self.scope_group = QButtonGroup(self)
        self.scopes: dict[str, QRadioButton] = {}
        texts = {"since_last": self.tr("Changes since the last file to this contact"),
                 "everything": self.tr("Everything"),
                 "cases": self.tr("Chosen cases only")}
        for key in self.SCOPES:
            button = QRadioButton(with_mnemonic(texts[key], taken), self)
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button)
            self.scopes[key] = button
            layout.addWidget(button)
        self.scopes["since_last"].setChecked(True)
        self.cases = QListWidget(self)
        self.cases.setObjectName("send_cases")
        self.cases.setEnabled(False)
        self.cases.setMinimumHeight(120)
        layout.addWidget(self.cases)
        self.scopes["cases"].toggled.connect(self.cases.setEnabled)

        row = QHBoxLayout()
        self.path = QLineEdit(str(documents_dir() / default_name), self)
        self.path.setObjectName("send_path")
        path_label = QLabel(with_mnemonic(self.tr("Save as"), taken), self)
        path_label.setBuddy(self.path)
        self.browse = QPushButton(with_mnemonic(self.tr("Browse…"), taken), self)
        self.browse.setObjectName("send_browse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.on_browse)
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.box = ok_cancel(self, self.tr("Write the file"))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(bool(contacts))
        layout.addWidget(self.box)
        enter_never_submits(self)
        self.resize(640, 480)  # room for the cases' titles and the file's path
        self._load_cases()

    def _load_cases(self) -> None:
        from monitor_app.queries import listing
        from monitor_app.vocabulary import Vocab

        lang = self.ctx.lang

        def job(session: Any) -> list[tuple[str, str]]:
            q = listing.default_query("cases", lang)
            rows = listing.fetch_page(session, q, Vocab.load(session), 0, 5000)
            return [(r.id, " — ".join(str(v) for v in r.values[:2] if v)) for r in rows]

        self.ctx.read(job, self._show_cases)

    def _show_cases(self, cases: list[tuple[str, str]]) -> None:
        for case_id, text in cases:
            item = QListWidgetItem(text, self.cases)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file as"),
                                              self.path.text())
        if name:
            self.path.setText(name)

    def scope(self) -> str:
        return next(k for k, b in self.scopes.items() if b.isChecked())

    def chosen_cases(self) -> list[str]:
        out = []
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def contact_id(self) -> Any:
        return self.contact.currentData()

    def out_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()


REPORT_COLUMNS = ("file", "sender", "added", "updated", "unchanged", "conflicts", "duplicates")


class MergePreviewDialog(QDialog):
    """What merging the chosen files would do (their dry runs), before anything is written.

    ``reports``: one (path, report or None, the refusal or None) per file.
    """

    def __init__(self, reports: list[tuple[Path, Any, BaseException | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_preview")
        self.setWindowTitle(self.tr("Merge files: preview"))
        self.reports = reports
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("merge_preview_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        heads = {"file": self.tr("File"), "sender": self.tr("From"),
                 "added": self.tr("New"), "updated": self.tr("Updated"),
                 "unchanged": self.tr("Unchanged"), "conflicts": self.tr("Conflicts"),
                 "duplicates": self.tr("Likely duplicates")}
        self.table = QTableWidget(len(reports), len(REPORT_COLUMNS), self)
        self.table.setObjectName("merge_preview_table")
        self.table.setHorizontalHeaderLabels([heads[c] for c in REPORT_COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        unverified = older = replayed = 0
        for row, (path, report, refused) in enumerate(reports):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            if report is None or report.replayed:
                if report is None:
                    text = self.tr("Refused: %1").replace(
                        "%1", refused_reason(refused) if refused is not None else "")
                else:
                    replayed += 1
                    text = self.tr("Already merged: nothing of it is applied again.")
                self.table.setItem(row, 1, QTableWidgetItem(text))
                self.table.setSpan(row, 1, 1, len(REPORT_COLUMNS) - 1)
                continue
            sender = report.sender
            if not report.verified:
                unverified += 1
                sender = self.tr("%1 (not verified)").replace("%1", sender)
            older += bool(report.older_sequence)
            self.table.setItem(row, 1, QTableWidgetItem(sender))
            for col, key in enumerate(REPORT_COLUMNS[2:], start=2):
                item = QTableWidgetItem(display(int(getattr(report, key)), ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table)
        parts = [self.tr("Nothing has been written yet. Merge writes what the table shows; "
                         "conflicts and likely duplicates wait for your choice in Exchange.")]
        if unverified:
            parts.append(self.tr("A sender marked “not verified” has not had their "
                                 "fingerprint compared with you yet."))
        if older:
            parts.append(self.tr("A file is older than one already merged from its sender; "
                                 "its changes are merged by their history, not by the file's "
                                 "date."))
        if len(self.mergeable()) < len(reports) - replayed:
            parts.append(self.tr("Refused files are left out; nothing of them is written."))
        self.note.setText(" ".join(parts))
        self.box = ok_cancel(self, self.tr("Merge"))
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(bool(self.mergeable()))
        layout.addWidget(self.box)
        self.resize(760, 320)

    def mergeable(self) -> list[Path]:
        """The files merging would change anything for (not refused, not merged before)."""
        return [path for path, report, _ in self.reports
                if report is not None and not report.replayed]




class FileActions(QObject):
    """Send changes and Merge files for an Exchange view (``view``: its ``ctx``, ``tell``,
    ``failed``, ``reload`` and ``dialog``)."""

    sent = Signal(object)    # the ExportReport, once a file was written
    merged = Signal(object)  # the MergeReports, once files were merged

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view, self.ctx = view, view.ctx

    def on_send(self, contacts: list[Any]) -> None:
        from monitor_app.exchange import container

        dialog = SendDialog(self.ctx, contacts, container.default_file_name(), self.view)
        self.view.dialog = dialog
        dialog.accepted.connect(lambda: self.send_changes(
            dialog.contact_id(), dialog.scope(), dialog.chosen_cases(), dialog.out_path()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def send_changes(self, contact_id: str, scope: str, cases: list[str], out: Path) -> None:
        """Write the file for ``contact_id`` on the worker."""
        from monitor_app.exchange import merge

        store = self.ctx.require_store()
        everything = scope == "everything"
        chosen = cases if scope == "cases" else None

        def job(token: CancelToken, _report: Any) -> Any:
            token.check()
            return merge.export_file(store, contact_id, out, everything=everything,
                                     cases=chosen)

        def done(report: Any) -> None:
            self.sent.emit(report)
            self.view.tell(QCoreApplication.translate(
                "Exchange", "The file was written to %1. Only this contact can open it; its "
                "name says nothing of what is in it.").replace("%1", str(out)))

        self.view.dialog = run_long(
            self.view, self.ctx, QCoreApplication.translate("Exchange", "Send changes"),
            QCoreApplication.translate("Exchange", "Writing the encrypted file…"), job, done,
            self.view.failed(QCoreApplication.translate("Exchange", "No file written")),
            cancellable=False)

    def on_merge(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.view, QCoreApplication.translate("Exchange", "Merge files"),
            str(documents_dir()))
        if names:
            self.preview([Path(n).expanduser() for n in names])

    def preview(self, paths: list[Path]) -> None:
        """Dry-run every file on the worker (nothing is written), then show the reports."""
        from monitor_app.exchange import merge

        store = self.ctx.require_store()

        def job(_token: CancelToken, report: Any
                ) -> list[tuple[Path, Any, BaseException | None]]:
            out: list[tuple[Path, Any, BaseException | None]] = []
            for i, path in enumerate(paths):
                report(i, len(paths))
                try:
                    out.append((path, merge.merge_file(store, path, dry_run=True), None))
                except merge.MergeRefused as exc:
                    out.append((path, None, exc))
            report(len(paths), len(paths))
            return out

        self.view.dialog = run_long(
            self.view, self.ctx, QCoreApplication.translate("Exchange", "Merge files"),
            QCoreApplication.translate("Exchange", "Checking the files; nothing is written "
                                       "yet…"), job, self._show_preview,
            self.view.failed(QCoreApplication.translate("Exchange", "Nothing merged")))

    def _show_preview(self, reports: list[tuple[Path, Any, BaseException | None]]) -> None:
        dialog = MergePreviewDialog(reports, self.view)
        self.view.dialog = dialog
        dialog.accepted.connect(lambda: self.merge_files(dialog.mergeable()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def merge_files(self, paths: list[Path]) -> None:
        """Merge the files on the worker, each in one transaction; Cancel stops between
        files."""
        from monitor_app.exchange import merge
        from monitor_app.records import Change

        store = self.ctx.require_store()
        done_reports: list[Any] = []

        def job(_token: CancelToken, report: Any) -> list[Any]:
            for i, path in enumerate(paths):
                report(i, len(paths))
                done_reports.append(merge.merge_file(store, path))
            report(len(paths), len(paths))
            return done_reports

        def announce() -> None:
            kinds = {(k, "") for r in done_reports for k in r.by_kind}
            if kinds:
                self.ctx.changed.emit(Change(updated=kinds))  # the lists read again
            self.view.reload()

        def done(reports: list[Any]) -> None:
            announce()
            self.merged.emit(reports)
            self.view.tell(QCoreApplication.translate(
                "Exchange", "%n file(s) merged. Conflicts and likely duplicates wait in "
                "Exchange for your choice.", "", len(reports)))

        def failed(exc: BaseException) -> None:
            announce()  # the files merged before a refusal or Cancel stay merged
            if isinstance(exc, Cancelled):
                self.merged.emit(done_reports)
                self.view.tell(QCoreApplication.translate(
                    "Exchange", "Cancelled: %n file(s) were merged before, the others were "
                    "not.", "", len(done_reports)))
                return
            self.view.failed(QCoreApplication.translate("Exchange", "Not merged"))(exc)

        self.view.dialog = run_long(
            self.view, self.ctx, QCoreApplication.translate("Exchange", "Merge files"),
            QCoreApplication.translate("Exchange", "Merging the files…"), job, done, failed)
