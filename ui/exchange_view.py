"""The Exchange view: this store's identity and its contacts (with fingerprints), sending
and merging files (ui.exchange_files), and the decisions a merge leaves to a person:
conflicts (both values side by side, who and when) and likely duplicates (both records).

The main window shows it in the middle pane for its navigation entries (:data:`VIEWS`)
and asks :func:`nav_counts` for their numbers; :func:`mark_if_disputed` gives a record's
pane its "disputed" banner. Everything is read and written on the db lane (``ctx.read`` /
``ctx.write`` / ``run_op``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.context import AppContext
from ui.exchange_dialogs import (
    AddContactDialog,
    CreateIdentityDialog,
    documents_dir,
    fingerprint_text,
    mono_label,
    reasons_text,
    refusal_text,
)
from ui.exchange_files import FileActions
from ui.field_names import field_name
from ui.flow_layout import FlowLayout
from ui.keyboard import menu_letters, with_mnemonic
from ui.read_only import hold_writes
from ui.trash import kind_title, local_moment

VIEWS = ("exchange", "conflicts", "duplicates")
VIEW_TITLES = {
    "exchange": QT_TRANSLATE_NOOP("MainWindow", "Exchange"),
    "conflicts": QT_TRANSLATE_NOOP("MainWindow", "Conflicts"),
    "duplicates": QT_TRANSLATE_NOOP("MainWindow", "Duplicates"),
}
IDENTITY_FILE_NAME = "identity.txt"  # the default name of a public identity file: no name in it


def nav_counts(session: Any) -> dict[str, int]:
    """The navigation's numbers: open conflicts and likely duplicates waiting for a person."""
    from monitor_app.exchange import duplicates, merge

    return {"conflicts": len(merge.open_conflicts(session)),
            "duplicates": len(duplicates.list_pairs(session, status="open"))}


def _buttons_row(parent: QWidget, *buttons: QPushButton) -> FlowLayout:
    """Buttons in a row that wraps when the pane is narrow (a 1024 px screen in Russian)."""
    row = FlowLayout()
    for b in buttons:
        b.setAutoDefault(False)
        row.add_widget(b)
    return row


def _tree(parent: QWidget, name: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree


class IdentityPage(QWidget):
    """This store's identity with its fingerprint (in groups, to read out by phone) and its
    short form (what a QR code carries, with Copy: a public key is no case data, so the
    clipboard keeps it, unlike a sensitive field's text, ui.clipboard); the contacts, each
    with their fingerprint."""

    changed = Signal()

    def __init__(self, view: ExchangeView) -> None:
        super().__init__(view)
        self.view, self.ctx = view, view.ctx
        self.public: Any = None
        self.contacts: list[Any] = []
        layout = QVBoxLayout(self)
        self.me = QGroupBox(self)
        me = QVBoxLayout(self.me)
        self.me_text = QLabel(self.me)
        self.me_text.setObjectName("identity_text")
        self.me_text.setWordWrap(True)
        self.me_fingerprint = mono_label(self.me)
        self.me_fingerprint.setObjectName("identity_fingerprint")
        self.create = QPushButton(self.me)
        self.create.setObjectName("create_identity")
        self.create.clicked.connect(self.on_create)
        self.export = QPushButton(self.me)
        self.export.setObjectName("export_identity")
        self.export.clicked.connect(self.on_export)
        self.short_label = QLabel(self.me)
        self.short = QLineEdit(self.me)
        self.short.setObjectName("identity_short_form")
        self.short.setReadOnly(True)
        self.short.setFont(self.me_fingerprint.font())
        self.short_label.setBuddy(self.short)
        self.copy = QPushButton(self.me)
        self.copy.setObjectName("copy_short_form")
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self.on_copy)
        short = QHBoxLayout()
        short.addWidget(self.short, 1)
        short.addWidget(self.copy)
        me.addWidget(self.me_text)
        me.addWidget(self.me_fingerprint)
        me.addWidget(self.short_label)
        me.addLayout(short)
        me.addLayout(_buttons_row(self.me, self.create, self.export))
        layout.addWidget(self.me)

        self.others = QGroupBox(self)
        others = QVBoxLayout(self.others)
        self.list = _tree(self.others, "contacts")
        self.list.setColumnCount(3)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        others.addWidget(self.list, 1)
        self.add = QPushButton(self.others)
        self.add.setObjectName("add_contact")
        self.add.clicked.connect(self.on_add)
        self.verify = QPushButton(self.others)
        self.verify.setObjectName("verify_contact")
        self.verify.clicked.connect(self.on_verify)
        others.addLayout(_buttons_row(self.others, self.add, self.verify))
        self.hint = QLabel(self.others)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # the palette's muted text
        others.addWidget(self.hint)
        layout.addWidget(self.others, 1)

    def retranslate(self, taken: set[str]) -> None:
        self.me.setTitle(self.tr("This store's identity"))
        self.create.setText(with_mnemonic(self.tr("Create identity…"), taken))
        self.export.setText(with_mnemonic(self.tr("Export identity file…"), taken))
        self.short_label.setText(self.tr(
            "Short form (what a QR code of your identity holds; your contacts can add you "
            "from it):"))
        self.copy.setText(with_mnemonic(self.tr("Copy"), taken))
        self.copy.setToolTip(self.tr("Copy the short form: it holds only your public keys"))
        self.others.setTitle(self.tr("Contacts"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Verified")])
        self.add.setText(with_mnemonic(self.tr("Add contact from a file…"), taken))
        self.verify.setText(with_mnemonic(self.tr("Mark verified…"), taken))
        self.hint.setText(self.tr(
            "Compare a contact's fingerprint with them by phone or in person before you mark "
            "them verified. A file from a contact who is not verified says so before it is "
            "merged."))
        self._show_identity()
        self._show_contacts()

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        from monitor_app.exchange import keys

        def job(session: Any) -> tuple[Any, list[Any]]:
            mine = keys.my_identity(session)
            return (mine.public if mine is not None else None), keys.contacts(session)

        self.ctx.read(job, self._loaded)

    def _loaded(self, found: tuple[Any, list[Any]]) -> None:
        self.public, self.contacts = found
        self._show_identity()
        self._show_contacts()
        self.changed.emit()

    def _show_identity(self) -> None:
        p = self.public
        if p is None:
            self.me_text.setText(self.tr(
                "This store has no identity yet. Create one to send files and to merge files "
                "sent to you."))
            self.me_fingerprint.setText("")
            self.short.clear()
        else:
            from monitor_app.exchange import keys

            who = f"{p.name} — {p.org}" if p.org else p.name
            self.me_text.setText(self.tr("You are %1. Your fingerprint:").replace("%1", who))
            self.me_fingerprint.setText(fingerprint_text(p.fingerprint))
            self.short.setText(keys.short_form(p))
            self.short.setCursorPosition(0)
        for widget in (self.me_fingerprint, self.short_label, self.short, self.copy):
            widget.setVisible(p is not None)
        self.create.setVisible(p is None)
        self.export.setVisible(p is not None)
        self._update_buttons()

    def on_copy(self) -> None:
        """The short form to the clipboard (public, so it is not cleared after a while)."""
        if self.short.text():
            QGuiApplication.clipboard().setText(self.short.text())

    def _show_contacts(self) -> None:
        current = self.current_contact()
        keep = current.id if current is not None else None
        self.list.clear()
        for c in self.contacts:
            item = QTreeWidgetItem(self.list, [c.name, c.public.fingerprint,
                                               self.tr("yes") if c.verified else self.tr("no")])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            if c.id == keep:
                self.list.setCurrentItem(item)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def current_contact(self) -> Any:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.contacts if c.id == cid), None)

    def _update_buttons(self) -> None:
        c = self.current_contact()
        self.verify.setEnabled(c is not None and not c.verified)
        self.verify.setToolTip("")
        self.create.setEnabled(True)
        self.add.setEnabled(True)
        hold_writes(self.ctx, self.create, self.add, self.verify)

    # -- actions ---------------------------------------------------------------------------
    def on_create(self) -> None:
        dialog = CreateIdentityDialog(self)
        self.view.dialog = dialog
        dialog.accepted.connect(lambda: self.create_identity(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def create_identity(self, name: str, org: str) -> None:
        from monitor_app.exchange import keys

        self.ctx.write(lambda w: keys.create_identity(w, name, org), lambda _p: self.reload(),
                       self.view.failed(self.tr("No identity created")))

    def on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the identity file to"),
                                              str(documents_dir() / IDENTITY_FILE_NAME))
        if name:
            self.export_identity_to(Path(name).expanduser())

    def export_identity_to(self, out: Path) -> None:
        """Write the public identity file (nothing secret is in it) on the worker."""
        from monitor_app.exchange import keys
        from monitor_app.outputs import write_atomically

        public = self.public
        if public is None:
            return

        def job() -> Path:
            data = keys.export_identity(public)
            write_atomically(out, lambda f: f.write(data))
            return out

        self.ctx.runner.run_op(job, lambda p: self.view.tell(self.tr(
            "The identity file was written to %1. Give it to your contacts; compare the "
            "fingerprint with them.").replace("%1", str(p))),
            self.view.failed(self.tr("No identity file written")))

    def on_add(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a contact from the file"),
                                              str(documents_dir()))
        if name:
            self.add_contact_from(Path(name).expanduser())

    def add_contact_from(self, path: Path) -> None:
        """Read and check an identity file on the worker, then ask the name to keep."""
        from monitor_app.exchange import keys

        def job() -> tuple[bytes, Any]:
            data = path.read_bytes()
            return data, keys.parse_identity(data)

        self.ctx.runner.run_op(job, self._ask_contact_name,
                               self.view.failed(self.tr("No contact added")))

    def _ask_contact_name(self, parsed: tuple[bytes, Any]) -> None:
        data, public = parsed
        dialog = AddContactDialog(public.name, public.org, public.fingerprint, self)
        self.view.dialog = dialog
        dialog.accepted.connect(lambda: self._add_contact(data, dialog.chosen_name()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add_contact(self, data: bytes, name: str) -> None:
        from monitor_app.exchange import keys

        self.ctx.write(lambda w: keys.add_contact(w, data, name), lambda _c: self.reload(),
                       self.view.failed(self.tr("No contact added")))

    def on_verify(self) -> None:
        c = self.current_contact()
        if c is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark verified"), self.tr(
            "Did you compare this fingerprint with %1 by phone or in person, and do both "
            "agree?").replace("%1", c.name), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No, self)
        box.setObjectName("verify_question")
        box.setInformativeText(fingerprint_text(c.public.fingerprint))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.view.dialog = box
        box.accepted.connect(lambda: self.mark_verified(c.id))
        box.finished.connect(box.deleteLater)
        box.open()

    def mark_verified(self, contact_id: Any) -> None:
        from monitor_app.exchange import keys

        self.ctx.write(lambda w: keys.set_verified(w, contact_id, True),
                       lambda _r: self.reload(), self.view.failed(self.tr("Not saved")))


def show_decisions(page: QWidget, shown: bool) -> None:
    """With nothing to decide, a page shows only its list and its "nothing waits" line."""
    page.sides.setVisible(shown)  # type: ignore[attr-defined]
    for button in page.findChildren(QPushButton):
        button.setVisible(shown)


class SideBySide(QWidget):
    """Two panes side by side: this store's and the other's (a value or a record)."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QGroupBox] = []
        self.texts: list[QTextBrowser] = []
        self.notes: list[QLabel] = []
        for side in ("a", "b"):
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            text = QTextBrowser(box)
            text.setObjectName(f"{name}_{side}")
            text.setMinimumWidth(120)
            note = QLabel(box)
            note.setObjectName(f"{name}_{side}_note")
            note.setWordWrap(True)
            note.setEnabled(False)
            inner.addWidget(text, 1)
            inner.addWidget(note)
            layout.addWidget(box, 1)
            self.boxes.append(box)
            self.texts.append(text)
            self.notes.append(note)

    def show_pair(self, left: str, right: str, left_note: str = "", right_note: str = "") -> None:
        for text, value in zip(self.texts, (left, right), strict=True):
            text.setPlainText(value)
        for note, value in zip(self.notes, (left_note, right_note), strict=True):
            note.setText(value)
            note.setVisible(bool(value))

    def clear(self) -> None:
        self.show_pair("", "")


def value_text(session: Any, vocab: Any, f: Any, value: Any, lang: str) -> Any:
    """A stored value as the forms show it (on the worker): terms and links by their
    labels, dates in the interface's form; lists item by item; yes/no left to the window."""
    from monitor_app import labels, schema
    from monitor_app.dates import format_day

    if isinstance(value, (list, tuple)):
        return [value_text(session, vocab, f, v, lang) for v in value]
    if f is None or value is None or value == "" or isinstance(value, bool):
        return value
    if f.type in ("term", "terms") and vocab is not None:
        return vocab.label(value, lang)
    if f.type == "link" and f.link:
        target = session.get(schema.model(f.link), value)
        return labels.label_of(session, vocab, f.link, target, lang) if target else value
    if f.type == "approx":
        return labels.approx_text(str(value), lang)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_day(value, lang)
    return str(value)


def conflict_rows(session: Any, vocab: Any, lang: str, device: str = ""
                  ) -> list[dict[str, Any]]:
    """The open conflicts with what the window shows of them (on the worker): the record's
    label, both values as text (terms and links by their labels), and who each side is
    (``monitor_app.exchange.origin.change_origin``: ``mine_here`` and ``mine_name``; the
    received side's ``theirs_name`` the contact who sent the file)."""
    from monitor_app import labels, schema
    from monitor_app.exchange import merge
    from monitor_app.exchange.origin import change_origin

    rows = []
    for c in merge.open_conflicts(session):
        k = schema.kind(c["kind"])
        obj = session.get(k.model, c["record"])
        f = k.fields.get(c["field"])
        mine_here, mine_name = change_origin(session, c["mine_change"], device,
                                             fallback=c["mine_by"] or "")
        theirs_here, theirs_name = change_origin(session, c["theirs_change"], device,
                                                 c["bundle"] or "", c["theirs_by"] or "")
        rows.append({**c,
                     "mine_here": mine_here, "mine_name": mine_name,
                     "theirs_here": theirs_here, "theirs_name": theirs_name,
                     "record_label": (labels.label_of(session, vocab, c["kind"], obj, lang)
                                      if obj is not None else c["record"]),
                     "mine_text": value_text(session, vocab, f, c["mine"], lang),
                     "theirs_text": value_text(session, vocab, f, c["theirs"], lang)})
    return rows


def record_fields(session: Any, vocab: Any, kind: str, record_id: str, lang: str
                  ) -> list[tuple[str, Any]]:
    """A record's filled-in fields as (field name, value text), in the kind's order: what a
    person compares of two likely duplicates (no ids, stamps or other bookkeeping)."""
    from monitor_app import schema
    from monitor_app.records.values import multi_values

    k = schema.kind(kind)
    obj = session.get(k.model, record_id)
    if obj is None:
        return []
    out = []
    for name, f in k.fields.items():
        if name in schema.SYSTEM_FIELDS:
            continue
        value = multi_values(session, f, obj.id) if f.many else getattr(obj, name, None)
        if value in (None, "", [], False):
            continue
        out.append((name, value_text(session, vocab, f, value, lang)))
    return out


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("Exchange", "yes") if value else \
            QCoreApplication.translate("Exchange", "no")
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    return str(value)


def fields_text(kind: str, fields: list[tuple[str, Any]]) -> str:
    return "\n".join(f"{field_name(kind, name)}: {_shown(value)}" for name, value in fields)


class ConflictsPage(QWidget):
    """Open conflicts: the field, both values side by side (who, when), and the choice."""

    record_shown = Signal(str, str)  # kind, record id: the record of the conflict picked

    def __init__(self, view: ExchangeView) -> None:
        super().__init__(view)
        self.view, self.ctx = view, view.ctx
        self.rows: list[dict[str, Any]] = []
        self._filling = False
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.list = _tree(split, "conflicts")
        self.list.setColumnCount(3)
        self.list.currentItemChanged.connect(lambda *_: self._picked())
        self.sides = SideBySide(split, "conflict")
        split.addWidget(self.list)
        split.addWidget(self.sides)
        layout.addWidget(split, 1)
        self.mine = QPushButton(self)
        self.mine.setObjectName("take_mine")
        self.mine.clicked.connect(lambda: self.resolve("mine"))
        self.theirs = QPushButton(self)
        self.theirs.setObjectName("take_theirs")
        self.theirs.clicked.connect(lambda: self.resolve("theirs"))
        layout.addLayout(_buttons_row(self, self.mine, self.theirs))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout.addWidget(self.empty)

    def retranslate(self, taken: set[str]) -> None:
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Field"),
                                   self.tr("Changed by")])
        self.sides.boxes[0].setTitle(self.tr("This store (mine)"))
        self.sides.boxes[1].setTitle(self.tr("Received (theirs)"))
        self.mine.setText(with_mnemonic(self.tr("Take mine"), taken))
        self.theirs.setText(with_mnemonic(self.tr("Take theirs"), taken))
        self.empty.setText(self.tr("No conflicts wait for a decision."))
        self._loaded(self.rows)

    def reload(self) -> None:
        vocab, lang = self.ctx.vocab, self.ctx.lang
        store = self.ctx.store
        device = store.identity.device_id if store is not None else ""
        self.ctx.read(lambda s: conflict_rows(s, vocab, lang, device), self._loaded)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        current = self.current()
        keep = current["id"] if current is not None else None
        self.rows = rows
        self._filling = True
        try:
            self.list.clear()
            for row in rows:
                item = QTreeWidgetItem(self.list, [
                    f"{kind_title(row['kind'])}: {row['record_label']}",
                    self._field_text(row), self._name(row, "theirs")])
                item.setToolTip(2, row["theirs_by"] or "")
                item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
                if row["id"] == keep:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.topLevelItemCount():
                self.list.setCurrentItem(self.list.topLevelItem(0))
        finally:
            self._filling = False
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        show_decisions(self, bool(rows))
        self._show_current()

    def _field_text(self, row: dict[str, Any]) -> str:
        if row["field"] == "deleted":
            return self.tr("Deleted or kept")
        return field_name(row["kind"], row["field"])

    def _value(self, row: dict[str, Any], value: Any) -> str:
        if row["field"] == "deleted":
            return self.tr("deleted") if value else self.tr("kept")
        if isinstance(value, list):
            return "\n".join(_shown(v) for v in value) or self.tr("(empty)")
        return self.tr("(empty)") if value is None or value == "" else _shown(value)

    def _name(self, row: dict[str, Any], side: str) -> str:
        """Who made one side's change: "this store", or the contact who sent it."""
        if row.get(f"{side}_here"):
            return self.tr("this store")
        return str(row.get(f"{side}_name") or row.get(f"{side}_by") or "")

    def _who(self, row: dict[str, Any], side: str) -> str:
        at, when = row[f"{side}_at"], ""
        if at:
            try:
                when = local_moment(datetime.fromisoformat(str(at)).replace(tzinfo=None),
                                    self.ctx.lang)
            except ValueError:
                when = str(at)
        return ", ".join(x for x in (self._name(row, side), when) if x)

    def current(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r["id"] == cid), None)

    def _picked(self) -> None:
        self._show_current()
        row = self.current()
        if row is not None and not self._filling:
            self.record_shown.emit(row["kind"], row["record"])

    def _show_current(self) -> None:
        row = self.current()
        self.mine.setEnabled(row is not None)
        self.theirs.setEnabled(row is not None)
        hold_writes(self.ctx, self.mine, self.theirs)
        if row is None:
            self.sides.clear()
            return
        self.sides.show_pair(self._value(row, row["mine_text"]),
                             self._value(row, row["theirs_text"]),
                             self._who(row, "mine"), self._who(row, "theirs"))
        for note, side in zip(self.sides.notes, ("mine", "theirs"), strict=True):
            note.setToolTip(row[f"{side}_by"] or "")  # the actor and device, for who asks

    def resolve(self, take: str) -> None:
        from monitor_app.exchange import merge

        row = self.current()
        if row is None:
            return
        cid = row["id"]
        self.ctx.write(lambda w: merge.resolve(w, cid, take), lambda _r: self.view.reload(),
                       self.view.failed(self.tr("Not saved")))


class DuplicatesPage(QWidget):
    """Likely duplicates: the two records side by side; Merge or Not the same."""

    def __init__(self, view: ExchangeView) -> None:
        super().__init__(view)
        self.view, self.ctx = view, view.ctx
        self.rows: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.list = _tree(split, "duplicates")
        self.list.setColumnCount(3)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.sides = SideBySide(split, "duplicate")
        split.addWidget(self.list)
        split.addWidget(self.sides)
        layout.addWidget(split, 1)
        self.merge = QPushButton(self)
        self.merge.setObjectName("merge_pair")
        self.merge.clicked.connect(self.on_merge)
        self.reject = QPushButton(self)
        self.reject.setObjectName("reject_pair")
        self.reject.clicked.connect(self.on_reject)
        layout.addLayout(_buttons_row(self, self.merge, self.reject))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout.addWidget(self.empty)
        self._asked = 0  # the latest records' read: an older answer is not shown

    def retranslate(self, taken: set[str]) -> None:
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Maybe the same as"),
                                   self.tr("Why")])
        self.sides.boxes[0].setTitle(self.tr("First record"))
        self.sides.boxes[1].setTitle(self.tr("Second record"))
        self.merge.setText(with_mnemonic(self.tr("Merge into one"), taken))
        self.reject.setText(with_mnemonic(self.tr("Not the same"), taken))
        self.empty.setText(self.tr("No likely duplicates wait for a decision."))
        self._show_current()

    def reload(self) -> None:
        from monitor_app.exchange import duplicates

        self.ctx.read(lambda s: duplicates.list_pairs(s, status="open"), self._loaded)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        current = self.current()
        keep = current["id"] if current else None
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(self.list, [
                str(row.get("a_label", "")), str(row.get("b_label", "")),
                reasons_text(row.get("reasons") or {})])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            if row["id"] == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        show_decisions(self, bool(rows))
        self._show_current()

    def current(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r["id"] == pid), None)

    def _show_current(self) -> None:
        row = self.current()
        self.merge.setEnabled(row is not None)
        self.reject.setEnabled(row is not None)
        hold_writes(self.ctx, self.merge, self.reject)
        if row is None:
            self.sides.clear()
            return
        self.sides.show_pair(str(row.get("a_label", "")), str(row.get("b_label", "")))
        vocab, lang, kind = self.ctx.vocab, self.ctx.lang, row["kind"]
        self._asked += 1
        asked = self._asked

        def job(session: Any) -> tuple[str, str]:
            return (record_fields(session, vocab, kind, row["a"], lang),
                    record_fields(session, vocab, kind, row["b"], lang))

        def shown(found: tuple[Any, Any]) -> None:
            if asked == self._asked:
                self.sides.show_pair(*(f"{label}\n\n{fields_text(kind, fields)}" for label, fields
                                       in zip((row["a_label"], row["b_label"]), found,
                                              strict=True)))

        self.ctx.read(job, shown, errors.quiet("showing two likely duplicates"))

    def on_merge(self) -> None:
        from monitor_app.exchange import duplicates

        row = self.current()
        if row is not None:
            pid = row["id"]
            self.ctx.write(lambda w: duplicates.accept(w, pid), lambda _r: self.view.reload(),
                           self.view.failed(self.tr("Not merged")))

    def on_reject(self) -> None:
        from monitor_app.exchange import duplicates

        row = self.current()
        if row is not None:
            pid = row["id"]
            self.ctx.write(lambda w: duplicates.reject(w, pid), lambda _r: self.view.reload(),
                           self.view.failed(self.tr("Not saved")))


class ExchangeView(QWidget):
    """The middle pane of the Exchange entries of the navigation: one tab per entry."""

    counts_stale = Signal()          # a write here changed what the navigation counts
    record_shown = Signal(str, str)  # kind, record id: show this record beside the view

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_view")
        self.ctx = ctx
        self.dialog: QWidget | None = None  # the dialog or question open now (tests)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.files = FileActions(self)
        self.send = QPushButton(self)
        self.send.setObjectName("send_changes")
        self.send.clicked.connect(lambda: self.files.on_send(self.identity.contacts))
        self.merge = QPushButton(self)
        self.merge.setObjectName("merge_files")
        self.merge.clicked.connect(self.files.on_merge)
        layout.addLayout(_buttons_row(self, self.send, self.merge))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        self.identity = IdentityPage(self)
        self.conflicts = ConflictsPage(self)
        self.duplicates = DuplicatesPage(self)
        self.pages: dict[str, Any] = {"exchange": self.identity, "conflicts": self.conflicts,
                                      "duplicates": self.duplicates}
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs, 1)
        self.identity.changed.connect(self._update_buttons)
        self.conflicts.record_shown.connect(self.record_shown)
        ctx.changed.connect(self.on_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        taken = menu_letters()
        self.send.setText(with_mnemonic(self.tr("Send changes…"), taken))
        self.merge.setText(with_mnemonic(self.tr("Merge files…"), taken))
        titles = {"exchange": self.tr("Identity and contacts"),
                  "conflicts": self.tr("Conflicts"), "duplicates": self.tr("Duplicates")}
        for i, (view, page) in enumerate(self.pages.items()):
            self.tabs.setTabText(i, with_mnemonic(titles[view], taken))
            page.retranslate(taken)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, view: str) -> None:
        self.tabs.setCurrentWidget(self.pages.get(view, self.identity))

    def reload(self) -> None:
        if self.ctx.store is None:
            return
        for page in self.pages.values():
            page.reload()
        self.counts_stale.emit()

    def on_changed(self, _change: Any) -> None:
        if self.ctx.store is not None:
            self.conflicts.reload()
            self.duplicates.reload()

    def _update_buttons(self) -> None:
        """Sending needs an identity and a contact; merging needs an identity. A button
        that cannot be used yet says what it waits for."""
        mine = self.identity.public is not None
        contacts = bool(self.identity.contacts)
        self.send.setEnabled(mine and contacts)
        self.merge.setEnabled(mine)
        first = self.tr("Create this store's identity first (Identity and contacts).")
        self.merge.setToolTip("" if mine else first)
        self.send.setToolTip("" if mine and contacts else first if not mine else self.tr(
            "Add a contact first, from their identity file."))
        hold_writes(self.ctx, self.send, self.merge)

    # -- telling -----------------------------------------------------------------------------
    def tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exchange"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exchange_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    def failed(self, title: str) -> Any:
        """An ``on_error`` for a job: a refused input's reason, or ui.errors' message."""
        def on_error(exc: BaseException) -> None:
            reason = refusal_text(exc)
            if reason is not None:
                self.dialog = errors.show_user_error(self, reason, title)
            else:
                self.dialog = errors.show_user_error(self, exc, title, context="exchange")
        return on_error


def show_page(window: Any, view: str) -> ExchangeView:
    """Show the Exchange view in ``window``'s middle pane at ``view``'s page (made once per
    workspace; ``window`` is the :class:`ui.main_window.MainWindow`, not imported here)."""
    ws = window.ws
    found = ws.list_stack.findChild(ExchangeView, "exchange_view")
    if found is None:
        found = ExchangeView(window.ctx, ws.list_stack)
        ws.list_stack.addWidget(found)
        found.counts_stale.connect(window.refresh_counts)
        found.record_shown.connect(lambda kind, rid: window.open_detail(kind, rid))
    found.show_page(view)
    ws.list_stack.setCurrentWidget(found)
    item = ws.items[view]
    if ws.nav.currentItem() is not item:
        ws.nav.blockSignals(True)
        ws.nav.setCurrentItem(item)
        ws.nav.blockSignals(False)
    window.state.view = view
    window.matches.setText("")
    return found




class DisputedBanner(QLabel):
    """A record with an open conflict says so above its form, until someone chooses."""

    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("disputed_banner")
        self.ctx, self.record_id = ctx, record_id
        self.setWordWrap(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setContentsMargins(8, 4, 8, 4)
        self.hide()
        ctx.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _change: Any = None) -> None:
        from monitor_app.exchange import merge

        if self.ctx.store is None:
            return
        rid = self.record_id
        self.ctx.read(lambda s: len(merge.open_conflicts(s, rid)), self.show_count,
                      errors.quiet("reading a record's conflicts"))

    def show_count(self, n: int) -> None:
        self.setText(self.tr(
            "Disputed: %n field(s) of this record were changed differently in another store. "
            "It shows one value until someone chooses in Exchange, Conflicts.", "", n))
        self.setVisible(n > 0)


def mark_if_disputed(ctx: AppContext, widget: QWidget, record_id: str | None) -> None:
    """Give a record's pane the banner that says when it has an open conflict."""
    layout = widget.layout()
    if record_id and isinstance(layout, QBoxLayout):
        layout.insertWidget(0, DisputedBanner(ctx, record_id, widget))
